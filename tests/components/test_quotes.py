"""Tests of the fr_quotes component: direct and indirect quotes with their speakers."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from pipeline.components.quotes import find_quote_marks

NBSP = "\u00a0"
NNBSP = "\u202f"


def quotes(nlp: Language, text: str) -> list[dict[str, Any]]:
    doc = nlp(text)
    return [dict(s._.quote) for s in doc.spans["quotes"]]


# text, expected [(kind, quote, speaker, cue)]
CASES = [
    # direct, attribution before
    (
        "Le PDG de Renault, Luca de Meo, a prévenu : « Nous ne céderons pas sur les prix. »",
        [("direct", "Nous ne céderons pas sur les prix.", "Luca de Meo", "prévenir")],
    ),
    (
        f"Bernard Arnault a déclaré :{NBSP}«{NBSP}Le luxe résiste bien{NNBSP}»{NBSP}.",
        [("direct", "Le luxe résiste bien", "Bernard Arnault", "déclarer")],
    ),
    (
        "Thierry Breton juge que « la situation est grave ».",
        [("direct", "la situation est grave", "Thierry Breton", "juger")],
    ),
    (
        "Marie Curie est partie tôt. Elle s’est dit « déçue » par la décision.",
        [("direct", "déçue", "Marie Curie", "se dire")],
    ),
    # direct, attribution after
    (
        "« Nous sommes très satisfaits de ces résultats », a déclaré Jean Martin, le patron "
        "de Carrefour, lors d'une conférence.",
        [("direct", "Nous sommes très satisfaits de ces résultats", "Jean Martin", "déclarer")],
    ),
    (
        "Marie Dupont dirige les finances de Danone. « Cette hausse est ponctuelle et nous allons "
        "la corriger », a-t-elle déclaré.",
        [
            (
                "direct",
                "Cette hausse est ponctuelle et nous allons la corriger",
                "Marie Dupont",
                "déclarer",
            )
        ],
    ),
    (
        "« Nous visons l'équilibre en 2026 », souligne Patrick Pouyanné. « Les marges restent "
        "solides, mais le contexte est difficile », ajoute le PDG de TotalEnergies.",
        [
            ("direct", "Nous visons l'équilibre en 2026", "Patrick Pouyanné", "souligner"),
            (
                "direct",
                "Les marges restent solides, mais le contexte est difficile",
                "Patrick Pouyanné",
                "ajouter",
            ),
        ],
    ),
    # direct, incise inside: one quote
    (
        "Claire Martin est arrivée en 2020. « Cette hausse, explique-t-elle, est ponctuelle. "
        "Elle ne durera pas. »",
        [
            (
                "direct",
                "Cette hausse est ponctuelle. Elle ne durera pas.",
                "Claire Martin",
                "expliquer",
            )
        ],
    ),
    # straight and curly quotes
    (
        'Sundar Pichai a affirmé : "Nous investissons massivement dans l’IA."',
        [("direct", "Nous investissons massivement dans l’IA.", "Sundar Pichai", "affirmer")],
    ),
    (
        "Satya Nadella a répondu : “Nous avons une longueur d’avance sur nos concurrents.”",
        [
            (
                "direct",
                "Nous avons une longueur d’avance sur nos concurrents.",
                "Satya Nadella",
                "répondre",
            )
        ],
    ),
    (
        "Le ministre de l'Économie, Éric Lombard, a appelé au calme : « L'économie française "
        "est solide. »",
        [("direct", "L'économie française est solide.", "Éric Lombard", "appeler")],
    ),
    (
        "L'avocate de M. Ferrière, Me Delphine Aubry, a indiqué que son client allait faire appel.",
        [("indirect", "son client allait faire appel", "Delphine Aubry", "indiquer")],
    ),
    (
        "Christine Lagarde a parlé. Elle a laissé entendre que la BCE pourrait marquer une pause.",
        [
            (
                "indirect",
                "la BCE pourrait marquer une pause",
                "Christine Lagarde",
                "laisser entendre",
            )
        ],
    ),
    (
        "Dans sa décision, Paul Martin estime que M. Ferrière « ne pouvait ignorer le caractère "
        "privilégié de l’information » dont il disposait.",
        [
            (
                "indirect",
                "M. Ferrière ne pouvait ignorer le caractère privilégié de l’information "
                "dont il disposait",
                "Paul Martin",
                "estimer",
            )
        ],
    ),
    # indirect
    (
        "Un proche du dossier assure que la vente sera conclue avant l'été.",
        [("indirect", "la vente sera conclue avant l'été", None, "assurer")],
    ),
    (
        "Selon Bernard Arnault, le marché du luxe va ralentir en 2025.",
        [("indirect", "le marché du luxe va ralentir en 2025", "Bernard Arnault", "selon")],
    ),
    (
        "Christine Lagarde s'exprimait à Francfort. D'après elle, l'inflation va refluer.",
        [("indirect", "l'inflation va refluer", "Christine Lagarde", "d'après")],
    ),
    (
        "Pour Christine Lagarde, l'inflation reste trop élevée.",
        [("indirect", "l'inflation reste trop élevée", "Christine Lagarde", "pour")],
    ),
    (
        "Le marché va croître, selon Goldman Sachs.",
        [("indirect", "Le marché va croître", "Goldman Sachs", "selon")],
    ),
    (
        "Les ventes ont reculé de 3 %, a indiqué mardi la directrice financière, Anne Durand. "
        "Elle a ajouté que le groupe maintenait ses objectifs annuels.",
        [
            ("indirect", "Les ventes ont reculé de 3 %", "Anne Durand", "indiquer"),
            ("indirect", "le groupe maintenait ses objectifs annuels", "Anne Durand", "ajouter"),
        ],
    ),
    (
        "TotalEnergies publie ses comptes. Le groupe a précisé qu'il investirait 10 milliards "
        "d'euros en 2025.",
        [("indirect", "il investirait 10 milliards d'euros en 2025", "TotalEnergies", "préciser")],
    ),
    (
        "Jean Dupont a rencontré Paul Durand. Il a estimé que la fusion était une erreur.",
        [("indirect", "la fusion était une erreur", "Jean Dupont", "estimer")],
    ),
    (
        "Sophie Martin a quitté Orange, affirmant que la stratégie du groupe était mauvaise.",
        [("indirect", "la stratégie du groupe était mauvaise", "Sophie Martin", "affirmer")],
    ),
    (
        'Sundar Pichai a parlé hier. Le PDG a ajouté que les résultats étaient "excellents".',
        [("indirect", "les résultats étaient excellents", "Sundar Pichai", "ajouter")],
    ),
]

# second round: apposition subjects, organisation descriptions, incises, introducers, voices
CASES += [
    # ROLE de ORG, PERSON: the apposed person speaks, not the organisation
    (
        "Schneider Electric rachète Harwell Grid Systems. Le groupe financera l’opération par sa "
        "trésorerie. La directrice générale de Harwell, Emma Whitcombe, a affirmé : « Rejoindre "
        "un groupe de cette taille nous permettra d’accélérer. »",
        [
            (
                "direct",
                "Rejoindre un groupe de cette taille nous permettra d’accélérer.",
                "Emma Whitcombe",
                "affirmer",
            )
        ],
    ),
    # la direction / l'entreprise: the company, never the union just quoted
    (
        "Valmorel Industries va supprimer 400 postes. La CFDT a dénoncé un plan brutal. "
        "La direction a indiqué qu’elle avait provisionné 120 millions d’euros.",
        [
            (
                "indirect",
                "elle avait provisionné 120 millions d’euros",
                "Valmorel Industries",
                "indiquer",
            )
        ],
    ),
    (
        "Le constructeur Stellantis a publié ses comptes mardi. Les syndicats ont critiqué la "
        "décision. L’entreprise a précisé qu’elle maintenait ses objectifs.",
        [("indirect", "elle maintenait ses objectifs", "Stellantis", "préciser")],
    ),
    (
        "Michelin a annoncé la fermeture de deux usines. Le fabricant de pneus, dirigé par "
        "Florent Menegaux, a expliqué qu’il ne pouvait plus être compétitif.",
        [("indirect", "il ne pouvait plus être compétitif", "Michelin", "expliquer")],
    ),
    # regulators and central banks described by a common noun
    (
        "L’Autorité des marchés financiers (AMF) a sanctionné Jean Ferrière. Dans sa décision, "
        "la commission estime que M. Ferrière a manqué à ses obligations.",
        [
            (
                "indirect",
                "M. Ferrière a manqué à ses obligations",
                "Autorité des marchés financiers",
                "estimer",
            )
        ],
    ),
    (
        "La Banque centrale européenne a baissé ses taux, comme Renault l’espérait. "
        "L’institution a indiqué qu’elle restait vigilante.",
        [("indirect", "elle restait vigilante", "Banque centrale européenne", "indiquer")],
    ),
    # a named subject the model typed as a place
    (
        "« Nous examinerons ce dossier avec attention », a prévenu Bruxelles.",
        [("direct", "Nous examinerons ce dossier avec attention", "Bruxelles", "prévenir")],
    ),
    # incises inside a sentence without quote marks
    (
        "Le marché, estime Jean Dupont, va croître de 5 % cette année.",
        [("indirect", "Le marché va croître de 5 % cette année", "Jean Dupont", "estimer")],
    ),
    (
        "Jean Dupont est arrivé en 2020. Cette hausse, assure-t-il, restera limitée.",
        [("indirect", "Cette hausse restera limitée", "Jean Dupont", "assurer")],
    ),
    (
        "Christine Lagarde s'exprimait jeudi. La croissance, selon elle, devrait ralentir.",
        [("indirect", "La croissance devrait ralentir", "Christine Lagarde", "selon")],
    ),
    (
        "Les ventes, a précisé mardi le groupe Renault, ont reculé de 3 %.",
        [("indirect", "Les ventes ont reculé de 3 %", "Renault", "préciser")],
    ),
    # introducers
    (
        "À en croire Jean Dupont, la fusion sera bouclée en juin.",
        [("indirect", "la fusion sera bouclée en juin", "Jean Dupont", "à en croire")],
    ),
    (
        "Aux yeux de Bernard Arnault, la Chine reste un marché clé.",
        [("indirect", "la Chine reste un marché clé", "Bernard Arnault", "aux yeux de")],
    ),
    (
        "De l’avis de Jean Dupont, les taux vont baisser.",
        [("indirect", "les taux vont baisser", "Jean Dupont", "de l'avis de")],
    ),
    (
        "Christine Lagarde s'exprimait jeudi. Mais selon elle, la croissance va ralentir.",
        [("indirect", "la croissance va ralentir", "Christine Lagarde", "selon")],
    ),
    (
        "Pour Jean Dupont, économiste chez Natixis, la BCE devrait encore baisser ses taux.",
        [("indirect", "la BCE devrait encore baisser ses taux", "Jean Dupont", "pour")],
    ),
    # more attribution forms
    (
        "Jean Dupont l’a rappelé jeudi devant les actionnaires : « Nous ne céderons rien. »",
        [("direct", "Nous ne céderons rien.", "Jean Dupont", "rappeler")],
    ),
    (
        "Marie Curie ne cache pas que la situation est délicate.",
        [("indirect", "la situation est délicate", "Marie Curie", "cacher")],
    ),
    (
        "« Nous sommes très confiants », confie au Figaro Paul Hermelin, président de Capgemini.",
        [("direct", "Nous sommes très confiants", "Paul Hermelin", "confier")],
    ),
    (
        "Emmanuel Macron a reçu les patrons. « Il faut produire en France », leur a-t-il dit.",
        [("direct", "Il faut produire en France", "Emmanuel Macron", "dire")],
    ),
    (
        "Airbus a livré 60 avions. « Nous restons prudents », a annoncé mardi soir le groupe.",
        [("direct", "Nous restons prudents", "Airbus", "annoncer")],
    ),
    (
        "— Comment voyez-vous 2025 ?\n— Nous visons une croissance de 10 %, répond Jean Dupont.",
        [("indirect", "Nous visons une croissance de 10 %", "Jean Dupont", "répondre")],
    ),
    # a quote with no cue opening its sentence: the subject of the sentence before
    (
        "Jean Dupont se montre optimiste pour la suite. « Nous allons doubler nos ventes en Asie "
        "d’ici trois ans. »",
        [
            (
                "direct",
                "Nous allons doubler nos ventes en Asie d’ici trois ans.",
                "Jean Dupont",
                None,
            )
        ],
    ),
    (
        "Le PDG de Safran, Olivier Andriès, est formel :\n« Nous ne manquerons pas de commandes "
        "cette année. »",
        [
            (
                "direct",
                "Nous ne manquerons pas de commandes cette année.",
                "Olivier Andriès",
                None,
            )
        ],
    ),
    # spokespeople, analysts and communiqués speak for the organisation they name
    (
        "« Nous ne commentons pas les rumeurs de marché », a répondu un porte-parole de Kering.",
        [("direct", "Nous ne commentons pas les rumeurs de marché", "Kering", "répondre")],
    ),
    (
        "« Le titre est sous-évalué », estiment les analystes de Goldman Sachs.",
        [("direct", "Le titre est sous-évalué", "Goldman Sachs", "estimer")],
    ),
    (
        "Renault présente ses comptes. « Nous sommes confiants », indique un communiqué.",
        [("direct", "Nous sommes confiants", "Renault", "indiquer")],
    ),
    # unnamed individual sources stay without speaker
    (
        "La Bourse a reculé. « Les investisseurs ont peur », résume un gérant d’Oddo BHF.",
        [("direct", "Les investisseurs ont peur", None, "résumer")],
    ),
    (
        "Un cadre de l’entreprise, qui a requis l’anonymat, assure que le plan sera revu.",
        [("indirect", "le plan sera revu", None, "assurer")],
    ),
    # a role with its modifier picks the right person; "le patron" fits a directeur général
    (
        "Kering a publié ses ventes. Son directeur général, Luca de Meo, a salué la résistance "
        "du groupe. Sa directrice financière, Armelle Poulou, a détaillé les comptes. Le patron "
        "de Kering a estimé que la marque Gucci se redresserait.",
        [("indirect", "la marque Gucci se redresserait", "Luca de Meo", "estimer")],
    ),
    (
        "Kering a publié ses ventes. Son directeur général, Luca de Meo, a salué la résistance "
        "du groupe. Armelle Poulou, directrice financière, a détaillé les comptes. « Nous "
        "tiendrons nos objectifs », a ajouté la directrice financière.",
        [("direct", "Nous tiendrons nos objectifs", "Armelle Poulou", "ajouter")],
    ),
    # an unnamed source taken up again with a definite article stays unnamed; a role that
    # contradicts the known one ("directeur financier" is no PDG) resolves to nobody
    (
        "Bernard Arnault a présenté les résultats. « Les ventes ont résisté », commente un "
        "gérant parisien. « La Chine reste le point faible », ajoute le gérant.",
        [
            ("direct", "Les ventes ont résisté", None, "commenter"),
            ("direct", "La Chine reste le point faible", None, "ajouter"),
        ],
    ),
    (
        "Jean Dupont, directeur financier de Vinci, a présenté les comptes. Le PDG a estimé "
        "que la croissance continuerait.",
        [("indirect", "la croissance continuerait", None, "estimer")],
    ),
    # a pronoun goes to the last speaker rather than to a person merely mentioned since
    (
        "« Nous avons fait le bon choix », a déclaré Anne Morel. Le rachat de la société fondée "
        "par Paula Girard a coûté cher. « Mais nous allons rentabiliser l’investissement », "
        "a-t-elle poursuivi.",
        [
            ("direct", "Nous avons fait le bon choix", "Anne Morel", "déclarer"),
            (
                "direct",
                "Mais nous allons rentabiliser l’investissement",
                "Anne Morel",
                "poursuivre",
            ),
        ],
    ),
    # plural pronouns: better no speaker than a wrong one
    (
        "Les syndicats ont quitté la table. Ils ont affirmé que le plan était inacceptable.",
        [("indirect", "le plan était inacceptable", None, "affirmer")],
    ),
    # fourth round: descriptions taking up a person named under another role
    (
        "« Le dialogue est rompu », a déclaré Sophie Lemaire, déléguée CFDT de l’usine de "
        "Cholet. La syndicaliste a prévenu que le mouvement pourrait durer tout l’été.",
        [
            ("direct", "Le dialogue est rompu", "Sophie Lemaire", "déclarer"),
            ("indirect", "le mouvement pourrait durer tout l’été", "Sophie Lemaire", "prévenir"),
        ],
    ),
    (
        "Rémi Garnier, procureur de la République de Lille, a requis trois ans de prison. Le "
        "magistrat a averti que d’autres dossiers suivraient.",
        [("indirect", "d’autres dossiers suivraient", "Rémi Garnier", "avertir")],
    ),
    (
        "Anne Morel dirige la coopérative depuis 2015. « Elle décide seule », regrette Paul "
        "Vidal, élu au conseil. L’intéressée répond que chaque vote est public.",
        [
            ("direct", "Elle décide seule", "Paul Vidal", "regretter"),
            ("indirect", "chaque vote est public", "Anne Morel", "répondre"),
        ],
    ),
    # a top-role description and the one woman of the article, named under another role
    (
        "Léa Forestier, ingénieure passée par Airbus, a repris en 2019 l’entreprise de son "
        "père. Le carnet de commandes déborde. « Elle va trop vite », juge Marc Dubois, délégué "
        "CGT du site. Les banques suivent. Les clients aussi. Le marché reste porteur. La "
        "présidente balaie l’hypothèse : « Nous ne vendrons pas. »",
        [
            ("direct", "Elle va trop vite", "Marc Dubois", "juger"),
            ("direct", "Nous ne vendrons pas.", "Léa Forestier", "balayer"),
        ],
    ),
    # an organisation quoted through a study is no antecedent for "le dirigeant"
    (
        "Marc Olivier préside Initiative Loire. D’après une étude du cabinet Deloitte, les PME "
        "ont levé 2 milliards d’euros. Le dirigeant estime que le crédit reste trop cher.",
        [
            ("indirect", "les PME ont levé 2 milliards d’euros", "Deloitte", "d'après"),
            ("indirect", "le crédit reste trop cher", "Marc Olivier", "estimer"),
        ],
    ),
    # an anonymous source whose verb the parser misses keeps no speaker (not the last one quoted)
    (
        "« Le titre est cher », estime Salma Idrissi, analyste chez CDG Capital. Un banquier "
        "dakarois, qui a requis l’anonymat, relève que la concurrence «n’a jamais été aussi "
        "rude».",
        [
            ("direct", "Le titre est cher", "Salma Idrissi", "estimer"),
            ("indirect", "la concurrence n’a jamais été aussi rude", None, "relever"),
        ],
    ),
    # multi-word incise verb after the quote; a role given as "X et Y"
    (
        "« Nous ne vendrons pas », fait valoir Jean Dupont, le fondateur de la PME.",
        [("direct", "Nous ne vendrons pas", "Jean Dupont", "faire valoir")],
    ),
    (
        "« Le marché est immense », a déclaré le fondateur et directeur général de Nu "
        "Holdings, David Vélez. Le patron a assuré que le groupe ne rachèterait aucune banque.",
        [
            ("direct", "Le marché est immense", "David Vélez", "déclarer"),
            ("indirect", "le groupe ne rachèterait aucune banque", "David Vélez", "assurer"),
        ],
    ),
    # the entourage of a named person is an unnamed source
    (
        "« Les recettes sont conformes à la prévision », fait valoir l’entourage du ministre "
        "de l’Économie, Éric Lombard.",
        [("direct", "Les recettes sont conformes à la prévision", None, "faire valoir")],
    ),
    # uncommon incise verbs after a direct quote
    (
        "« On nous prend pour des pions », grince Luc Ferrand, élu d’opposition.",
        [("direct", "On nous prend pour des pions", "Luc Ferrand", "grincer")],
    ),
    # craindre que; que after a noun under a preposition is a complementiser
    (
        "La CGT craint que la direction ne ferme le site de Lyon avant l’été.",
        [("indirect", "la direction ne ferme le site de Lyon avant l’été", "CGT", "craindre")],
    ),
    (
        "Le ministre, Cheikh Diba, a assuré devant les députés que la taxe, «juste et modeste», "
        "rapporterait 40 milliards de FCFA.",
        [
            (
                "indirect",
                "la taxe, juste et modeste, rapporterait 40 milliards de FCFA",
                "Cheikh Diba",
                "assurer",
            )
        ],
    ),
]

NEGATIVES = [
    # scare quotes and titles
    "Sa filiale a lancé une offre « agressive » sur le marché européen.",
    "Le titre du livre est « Les Échos de la Bourse ».",
    "Il a lu « Le Monde » et « Les Échos » ce matin.",
    # estimer with a nominal object, relative que, other conjunctions
    "Le groupe estime le coût de l'opération à 3 milliards d'euros.",
    "Les valeurs que la société a annoncées ne changent rien.",
    "La société a annoncé ainsi que ses filiales une hausse des prix.",
    # data sources after selon, and pour as a preposition
    "Selon nos informations, le rachat sera annoncé lundi.",
    "Pour l'entreprise, la hausse reste modeste.",
    "Cela dit, la croissance ralentit.",
    # stray or odd quote marks
    "Le « grand soir n'est pas arrivé et rien ne bouge.",
    'Un guillemet " isolé ne doit rien casser.',
    "",
    "\x00\x07 « » \u200b",
    # second round: titles, nicknames, quoted terms, passive participles, non-quote groups
    "Le gouvernement a présenté le plan « France 2030 » mardi.",
    "Le directeur financier, surnommé « le Professeur », a quitté le groupe.",
    "Le texte sera examiné en « procédure accélérée » au Parlement.",
    "Le projet, révélé mardi par Les Echos, prévoit la fermeture du site de Bresles.",
    "Aux yeux des investisseurs, la Chine reste un marché clé.",
    "Le groupe, qui estime ses pertes à 3 millions, va fermer deux usines.",
    "La société, affirmant sa confiance, maintient ses prévisions.",
    "Contacté par l’AFP, le groupe n’a pas souhaité commenter.",
    "Le groupe a présenté devant les salariés les mesures que le comité attendait.",
    "Les prix grincent sous la pression des fournisseurs.",
]


def _check(
    got: dict[str, Any], kind: str, quote: str, speaker: str | None, cue: str | None
) -> None:
    assert got["kind"] == kind
    assert got["quote"] == quote
    assert got["speaker"] == speaker
    assert got["cue"] == cue


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quote_cases(nlp: Language, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    got = quotes(nlp, text)
    assert len(got) == len(expected), got
    for g, e in zip(got, expected, strict=True):
        _check(g, *e)


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_quote(nlp: Language, text: str) -> None:
    assert quotes(nlp, text) == []


def test_speaker_types(nlp: Language) -> None:
    got = quotes(nlp, "Selon TotalEnergies, la production va augmenter.")
    assert got[0]["speaker_type"] == "organization"
    got = quotes(nlp, "Selon Jean Dupont, la production va augmenter.")
    assert got[0]["speaker_type"] == "person"
    got = quotes(nlp, "Un proche du dossier assure que la vente sera conclue avant l'été.")
    assert got[0]["speaker_type"] is None
    assert got[0]["speaker"] is None  # unnamed source: no speaker, its words kept aside
    assert got[0]["speaker_text"] == "Un proche du dossier"


def test_span_covers_content(nlp: Language) -> None:
    doc = nlp("Jean Dupont a déclaré : « Nous allons investir en France. »")
    (span,) = doc.spans["quotes"]
    assert span.text == "Nous allons investir en France."


def test_cue_inside_direct_quote_starts_nothing(nlp: Language) -> None:
    got = quotes(
        nlp, "Jean Dupont a déclaré : « Nos clients estiment que les prix sont trop élevés. »"
    )
    assert [g["kind"] for g in got] == ["direct"]


def test_multi_paragraph_quote(nlp: Language) -> None:
    text = (
        "Anne Lauvergeon a expliqué : « Nous avons tout essayé pour sauver le site.\n"
        "« Mais la demande a chuté de moitié en deux ans. »"
    )
    got = quotes(nlp, text)
    assert len(got) == 1
    assert got[0]["quote"].startswith("Nous avons tout essayé")
    assert got[0]["quote"].endswith("en deux ans.")


def test_marks_pairing() -> None:
    text = 'a « b » c "d" e “f” g « h'
    found = find_quote_marks(text)
    assert [text[q.start : q.end] for q in found] == ["b", "d", "f"]
    # a stray opening mark is dropped at the end of its paragraph
    assert find_quote_marks("« sans fin\nsuite « ok »") != []
    assert [q.mark for q in find_quote_marks("« sans fin\nsuite « ok »")] == ["«"]


def test_seed_article(nlp: Language, seed_text: str) -> None:
    got = quotes(nlp, seed_text)
    by_kind = [(g["kind"], g["speaker"]) for g in got]
    assert ("direct", "Elon Musk") in by_kind
    assert len(got) == 3
    indirect = {g["quote"]: g["speaker"] for g in got if g["kind"] == "indirect"}
    assert indirect["Musk devrait plutôt acheter Twitter"] == "Sam Altman"
    assert indirect["l'entreprise s'était écartée de sa mission initiale d'intérêt public"] in (
        "Elon Musk",
        "Musk",
    )


def test_long_odd_input_is_fast_and_safe(nlp: Language) -> None:
    para = (
        "« Nous investissons », a déclaré Jean Dupont. Le groupe estime que la hausse durera. "
        'Un " isolé et un « orphelin puis des » fermants. '
    )
    doc = nlp(para * 150)
    assert len(doc.spans["quotes"]) >= 150


# third round: each phenomenon with sentences of several registers (dépêche, analysis, regional
# press, interview); text, expected [(kind, quote, speaker, cue)]
CASES_3 = [
    # an interview: the title "Nom (Société) : « … »" and answers after "Nom. –" without marks;
    # the paper's question is no one's quote
    (
        "Sophie Marchal (Biocoop) : « Le bio n’est pas mort »\n"
        "La directrice générale de l’enseigne répond à nos questions.\n"
        "Ouest-France. – Les ventes reculent-elles encore ?\n"
        "Sophie Marchal. – Non, elles se stabilisent depuis le printemps. Nous avons regagné "
        "des clients.\n"
        "Selon elle, la grande distribution a abandonné le bio.",
        [
            ("direct", "Le bio n’est pas mort", "Sophie Marchal", None),
            (
                "direct",
                "Non, elles se stabilisent depuis le printemps. Nous avons regagné des clients.",
                "Sophie Marchal",
                None,
            ),
            ("indirect", "la grande distribution a abandonné le bio", "Sophie Marchal", "selon"),
        ],
    ),
    (
        "Thomas Girard, PDG d’Aérolia : « Les cadences reprendront au second semestre »\n"
        "Thomas Girard. – Nous embaucherons 400 personnes à Méaulte cette année.",
        [
            ("direct", "Les cadences reprendront au second semestre", "Thomas Girard", None),
            (
                "direct",
                "Nous embaucherons 400 personnes à Méaulte cette année.",
                "Thomas Girard",
                None,
            ),
        ],
    ),
    # a dateline in capitals before a dash is no interviewee and no part of the quote
    (
        "DAKAR – Les exportations d’arachide atteindront 900 000 tonnes, a annoncé mardi "
        "le ministère du Commerce.",
        [
            (
                "indirect",
                "Les exportations d’arachide atteindront 900 000 tonnes",
                "ministère du Commerce",
                "annoncer",
            )
        ],
    ),
    # the interviewee's role: "le président de Vallorès" is no role of a person named Vallorès;
    # "dirigée par X" makes X "le dirigeant", "fondée par Y" makes Y "le fondateur"
    (
        "Le tribunal a placé la société Dalmas en redressement. Fondée par Henri Dalmas en 1970, "
        "la PME est dirigée depuis 2019 par sa fille, Claire Dalmas. « Nous n’avons jamais perdu "
        "un client », explique la dirigeante. Le fondateur reconnaît que la concurrence asiatique "
        "a tout changé.",
        [
            ("direct", "Nous n’avons jamais perdu un client", "Claire Dalmas", "expliquer"),
            (
                "indirect",
                "la concurrence asiatique a tout changé",
                "Henri Dalmas",
                "reconnaître",
            ),
        ],
    ),
    (
        "Marc Vidal dirige depuis 2020 la coopérative Terrena. Le dirigeant estime que la "
        "collecte de lait baissera de 3 %.",
        [("indirect", "la collecte de lait baissera de 3 %", "Marc Vidal", "estimer")],
    ),
    # a relative "qui" after a described speaker speaks for it
    (
        "Fondée par Louis Texier, l’entreprise est dirigée par Paul Texier. « Le carnet est "
        "plein », indique le dirigeant, qui assure que l’usine « ne fermera pas ».",
        [
            ("direct", "Le carnet est plein", "Paul Texier", "indiquer"),
            ("indirect", "l’usine ne fermera pas", "Paul Texier", "assurer"),
        ],
    ),
    # "le groupe de X" is the organisation, and X is its head: "le président" later is X; a
    # former role ("ancien directeur général") is no current one
    (
        "Kering a publié ses ventes semestrielles. Le groupe de François-Henri Pinault a confirmé "
        "que Luca de Meo, ancien directeur général de Renault, prendrait ses fonctions en "
        "septembre. Le président a assuré que son successeur aurait les mains libres.",
        [
            (
                "indirect",
                "Luca de Meo, ancien directeur général de Renault, prendrait ses fonctions en "
                "septembre",
                "Kering",
                "confirmer",
            ),
            (
                "indirect",
                "son successeur aurait les mains libres",
                "François-Henri Pinault",
                "assurer",
            ),
        ],
    ),
    (
        "Le groupe Bel, dirigé par Antoine Fiévet, a publié ses ventes. Le groupe dirigé par "
        "Antoine Fiévet a indiqué que les prix seraient stables.",
        [("indirect", "les prix seraient stables", "Bel", "indiquer")],
    ),
    # anonymous sources get no speaker, never the article's best-known person
    (
        "Julien Ravanel dirige Kryptalis. « Un vol de cette ampleur reste absorbable », a glissé "
        "le dirigeant d’une plateforme concurrente, qui a requis l’anonymat.",
        [("direct", "Un vol de cette ampleur reste absorbable", None, "glisser")],
    ),
    (
        "Jean Dupont, le PDG de la Fnac, a salué l’opération. D’après un consultant du secteur, "
        "la fusion permettrait d’économiser 300 millions d’euros.",
        [
            (
                "indirect",
                "la fusion permettrait d’économiser 300 millions d’euros",
                None,
                "d'après",
            )
        ],
    ),
    (
        "Bernard Sauvagnac a dirigé la société jusqu’en 2019. Selon un ancien cadre de la "
        "filiale, qui a requis l’anonymat, ces pratiques étaient connues de tous.",
        [("indirect", "ces pratiques étaient connues de tous", None, "selon")],
    ),
    (
        "Florent Menegaux a présenté le plan. Un syndicaliste de Cholet, qui a souhaité garder "
        "l’anonymat, affirme que la direction prépare des fermetures.",
        [("indirect", "la direction prépare des fermetures", None, "affirmer")],
    ),
    # a spokesperson of a described organisation, and "Elle" for the company
    (
        "Le groupe Lactalis a proposé un prix de 465 euros. « Le marché s’est retourné », "
        "a justifié un porte-parole du groupe lavallois. Selon lui, les cours du beurre ont "
        "reculé de 25 %.",
        [
            ("direct", "Le marché s’est retourné", "Lactalis", "justifier"),
            ("indirect", "les cours du beurre ont reculé de 25 %", "Lactalis", "selon"),
        ],
    ),
    (
        "La société Valdor a publié ses comptes jeudi. Elle estime que la reprise sera lente.",
        [("indirect", "la reprise sera lente", "Valdor", "estimer")],
    ),
    (
        "Kryptalis SAS, enregistrée depuis 2021 auprès de l’Autorité des marchés financiers, "
        "revendique 180 000 clients. Elle a suspendu les retraits et assure que les avoirs "
        "seront restitués.",
        [("indirect", "les avoirs seront restitués", "Kryptalis SAS", "assurer")],
    ),
    # "Selon lui" goes to the most recent fitting speaker; a role's grammatical gender beats an
    # ambiguous first name
    (
        "« Le prix est bon », a déclaré Yves Koné, directeur du CCC. « Mais nos rendements ont "
        "baissé », a glissé Adama Coulibaly, président d’une coopérative. Selon lui, la récolte "
        "viendra du Ghana.",
        [
            ("direct", "Le prix est bon", "Yves Koné", "déclarer"),
            ("direct", "Mais nos rendements ont baissé", "Adama Coulibaly", "glisser"),
            ("indirect", "la récolte viendra du Ghana", "Adama Coulibaly", "selon"),
        ],
    ),
    (
        "« Les volumes sont solides », a déclaré Marc Lenoir, le PDG de Vinci. « Nous restons "
        "prudents », a ajouté Sophie Tardy, directrice financière du groupe. Selon elle, la marge "
        "progressera.",
        [
            ("direct", "Les volumes sont solides", "Marc Lenoir", "déclarer"),
            ("direct", "Nous restons prudents", "Sophie Tardy", "ajouter"),
            ("indirect", "la marge progressera", "Sophie Tardy", "selon"),
        ],
    ),
    # introducers: "à en croire X", "selon l'accusation" (the prosecution), "Pour" + a body
    # that gives opinions
    (
        "À en croire Yves Le Goff, 84 ans, l’entreprise a déjà surmonté une crise en 1993.",
        [
            (
                "indirect",
                "l’entreprise a déjà surmonté une crise en 1993",
                "Yves Le Goff",
                "à en croire",
            )
        ],
    ),
    (
        "Le Parquet national financier (PNF) a requis une amende contre la société Orvane. Selon "
        "l’accusation, la société aurait versé 3 millions d’euros de pots-de-vin.",
        [
            (
                "indirect",
                "la société aurait versé 3 millions d’euros de pots-de-vin",
                "Parquet national financier",
                "selon",
            )
        ],
    ),
    (
        "Les éleveurs dénoncent un coup de force. Pour la Fédération nationale des producteurs "
        "de lait, le coût de revient atteint 512 euros les 1 000 litres.",
        [
            (
                "indirect",
                "le coût de revient atteint 512 euros les 1 000 litres",
                "Fédération nationale des producteurs de lait",
                "pour",
            )
        ],
    ),
    (
        "Pour la CFDT, ce plan social est inacceptable.",
        [("indirect", "ce plan social est inacceptable", "CFDT", "pour")],
    ),
    # incises: a described subject, an inverted pronoun followed by adjuncts
    (
        "Alstom a publié ses commandes. Le carnet atteint 95 milliards d’euros, a annoncé jeudi "
        "le constructeur ferroviaire.",
        [("indirect", "Le carnet atteint 95 milliards d’euros", "Alstom", "annoncer")],
    ),
    (
        "Sandrine Molinari dirige Cervane. Sa rémunération n’a pas bougé depuis son arrivée, "
        "précise son entourage.",
        [
            (
                "indirect",
                "Sa rémunération n’a pas bougé depuis son arrivée",
                None,
                "préciser",
            )
        ],
    ),
    (
        "Sandrine Molinari dirige Cervane depuis janvier. Prochaine étape : un retour à "
        "l’équilibre en 2026, a-t-elle martelé devant les analystes jeudi dernier.",
        [
            (
                "indirect",
                "Prochaine étape : un retour à l’équilibre en 2026",
                "Sandrine Molinari",
                "marteler",
            )
        ],
    ),
    (
        "Jeanne Morel a pris la tête de la banque en 2022. Le résultat doublera d’ici 2027, "
        "a-t-elle assuré lors de l’assemblée générale.",
        [("indirect", "Le résultat doublera d’ici 2027", "Jeanne Morel", "assurer")],
    ),
]

CASES_3 += [
    # "Pour lui, « … »" at the start of a sentence introduces a direct quote
    (
        "Jean Dupont, économiste chez Natixis, a été clair. Pour lui, « la croissance restera "
        "molle jusqu’en 2026 ».",
        [("direct", "la croissance restera molle jusqu’en 2026", "Jean Dupont", "pour")],
    ),
    (
        "Marie Lenoir dirige la filiale depuis 2021. Mais pour elle, « le pire est derrière "
        "nous ».",
        [("direct", "le pire est derrière nous", "Marie Lenoir", "pour")],
    ),
    # the narrative infinitive "Et d'ajouter" goes on with the last speaker
    (
        "« Nous avons tenu nos engagements », a déclaré Luc Besson, le PDG. Et d’ajouter : « Le "
        "dividende sera maintenu. »",
        [
            ("direct", "Nous avons tenu nos engagements", "Luc Besson", "déclarer"),
            ("direct", "Le dividende sera maintenu.", "Luc Besson", "ajouter"),
        ],
    ),
    (
        "« Le dividende est maintenu », a déclaré Anne Leroy. Et de préciser que la dette sera "
        "réduite de moitié.",
        [
            ("direct", "Le dividende est maintenu", "Anne Leroy", "déclarer"),
            ("indirect", "la dette sera réduite de moitié", "Anne Leroy", "préciser"),
        ],
    ),
    # a speech verb, a colon and a clause without quote marks
    (
        "Le président de la Fnaim, Loïc Cantin, le reconnaît : le marché a touché le fond.",
        [("indirect", "le marché a touché le fond", "Loïc Cantin", "reconnaître")],
    ),
    (
        "Marie Dubois l’affirme : la banque n’a jamais été aussi solide.",
        [("indirect", "la banque n’a jamais été aussi solide", "Marie Dubois", "affirmer")],
    ),
]

CASES_3 += [
    # interview answers after a question, as dash paragraphs, go to the interviewee; "Nom :"
    # answers speak in the first person
    (
        "Xavier Niel : « Les opérateurs doivent se regrouper »\n"
        "Trois opérateurs, est-ce suffisant ?\n"
        "– Oui, si l’État cesse de nous taxer. Nous investissons 1,5 milliard par an.",
        [
            ("direct", "Les opérateurs doivent se regrouper", "Xavier Niel", None),
            (
                "direct",
                "Oui, si l’État cesse de nous taxer. Nous investissons 1,5 milliard par an.",
                "Xavier Niel",
                None,
            ),
        ],
    ),
    (
        "Entretien avec Claire Dubois, PDG de Solvane.\n"
        "Les Echos : Pourquoi cette acquisition ?\n"
        "Claire Dubois : Nous voulions doubler notre taille en Europe.",
        [("direct", "Nous voulions doubler notre taille en Europe.", "Claire Dubois", None)],
    ),
]

CASES_3 += [
    # a reporter's clause holding a quoted fragment before an incise is an indirect quote (the
    # fragment is kept as a direct quote too)
    (
        "Le déficit atteindra 5,4 % du PIB. Ce dérapage est « préoccupant », estime la Cour des "
        "comptes dans son rapport annuel.",
        [
            ("indirect", "Ce dérapage est préoccupant", "Cour des comptes", "estimer"),
            ("direct", "préoccupant", "Cour des comptes", "estimer"),
        ],
    ),
    # a name apposed with its title (Me, M., Mme) after a description
    (
        "Le tribunal a condamné la société Isoverte. « C’est une décision sévère mais juste », "
        "a réagi l’avocat d’Engie, Me Paul Caron.",
        [("direct", "C’est une décision sévère mais juste", "Paul Caron", "réagir")],
    ),
    # a demand with "réclamer que", the subject's pronoun repeated
    (
        "L’association UFC-Que Choisir réclame, elle, que les tarifs soient gelés.",
        [("indirect", "les tarifs soient gelés", "UFC-Que Choisir", "réclamer")],
    ),
]

CASES_3 += [
    # a public office is never guessed to be the business leader last quoted; it resolves to the
    # person the article gives that office
    (
        "« Nous investirons 2 milliards », a déclaré Patrick Pouyanné. Le ministre de l’Industrie "
        "a estimé que l’annonce était une bonne nouvelle.",
        [
            ("direct", "Nous investirons 2 milliards", "Patrick Pouyanné", "déclarer"),
            ("indirect", "l’annonce était une bonne nouvelle", None, "estimer"),
        ],
    ),
    (
        "Le ministre de l’Économie, Bruno Le Maire, a présenté le budget. Le ministre a assuré que "
        "la dette serait stabilisée en 2027.",
        [("indirect", "la dette serait stabilisée en 2027", "Bruno Le Maire", "assurer")],
    ),
    # the board of X speaks for X
    (
        "Le conseil d’administration de Renault a estimé que l’offre était insuffisante.",
        [("indirect", "l’offre était insuffisante", "Renault", "estimer")],
    ),
]

CASES_3 += [
    # a partial quotation inside a reported clause: the clause is the indirect quote, the
    # fragment is kept as a direct quote too
    (
        "Marie Dupuis préside Cervane. Selon elle, ce contrat « sécurise la charge des trois "
        "usines jusqu’en 2030 ».",
        [
            (
                "indirect",
                "ce contrat sécurise la charge des trois usines jusqu’en 2030",
                "Marie Dupuis",
                "selon",
            ),
            (
                "direct",
                "sécurise la charge des trois usines jusqu’en 2030",
                "Marie Dupuis",
                "selon",
            ),
        ],
    ),
]

CASES_3 += [
    # a description or pronoun far from any fitting mention: the one person of that gender the
    # article has named so far
    (
        "Claire Delorme a pris la tête de l’entreprise en 2015. L’usine fabrique des "
        "transformateurs à Lyon. Elle emploie 450 salariés. Son chiffre d’affaires a atteint 120 "
        "millions d’euros. Les commandes ont doublé. Les délais dépassent deux ans. « Nous sommes "
        "saturés », reconnaît la dirigeante.",
        [("direct", "Nous sommes saturés", "Claire Delorme", "reconnaître")],
    ),
    (
        "La PDG d’Engie, Catherine MacGregor, a présenté ses résultats. Le groupe a dégagé un "
        "bénéfice de 5 milliards d’euros. La dette a reculé. Les investissements ont progressé. "
        "Le titre a gagné 3 %. Les analystes saluent la performance. Elle a toutefois prévenu que "
        "2026 serait plus difficile.",
        [("indirect", "2026 serait plus difficile", "Catherine MacGregor", "prévenir")],
    ),
]

CASES_3 += [
    # "Elle": the organisation subject of the sentence before, not a person merely mentioned
    # earlier
    (
        "Le conseil a remercié Anne Dupont en mai. La SNCF a publié ses résultats jeudi. Elle a "
        "indiqué que le trafic progressait de 4 %.",
        [("indirect", "le trafic progressait de 4 %", "SNCF", "indiquer")],
    ),
]

CASES_3 += [
    # local officials: "le préfet" resolves to the person given that office, "l'élu" to an
    # elected official (adjoint au maire); an office given to no one stays unnamed
    (
        "Le préfet du Nord, Georges-François Leclerc, a réuni les élus. Le préfet a assuré que "
        "l’État soutiendrait le site.",
        [
            (
                "indirect",
                "l’État soutiendrait le site",
                "Georges-François Leclerc",
                "assurer",
            )
        ],
    ),
    (
        "« C’est un coup dur pour la vallée », a réagi Loïc Tanguy, adjoint au maire. L’élu "
        "estime que la commune doit racheter le terrain.",
        [
            ("direct", "C’est un coup dur pour la vallée", "Loïc Tanguy", "réagir"),
            ("indirect", "la commune doit racheter le terrain", "Loïc Tanguy", "estimer"),
        ],
    ),
    (
        "Le préfet a assuré que l’État soutiendrait le site. « Nous serons présents », a déclaré "
        "Patrick Martin.",
        [
            ("indirect", "l’État soutiendrait le site", None, "assurer"),
            ("direct", "Nous serons présents", "Patrick Martin", "déclarer"),
        ],
    ),
]

CASES_3 += [
    # anaphoric subjects: "celui-ci", "ce dernier", a demonstrative description after the verb
    (
        "Marc Lenoir a passé vingt ans chez McKinsey. Celui-ci estime que l’industrie doit se "
        "réinventer.",
        [("indirect", "l’industrie doit se réinventer", "Marc Lenoir", "estimer")],
    ),
    (
        "Jean Martin a racheté la société en 2019. Ce dernier a estimé que la relance prendrait "
        "deux ans.",
        [("indirect", "la relance prendrait deux ans", "Jean Martin", "estimer")],
    ),
    (
        "Le groupe a recruté Sandrine Molinari. « J’ai toujours voulu diriger une usine », résume "
        "cette mère de trois enfants.",
        [("direct", "J’ai toujours voulu diriger une usine", "Sandrine Molinari", "résumer")],
    ),
]

CASES_3 += [
    # a pronoun taking up a dislocated subject ("La CFDT, elle, juge que")
    (
        "« C’est un échec », a déploré Sophie Binet, secrétaire générale de la CGT. La CFDT, elle, "
        "juge que le dialogue reste possible.",
        [
            ("direct", "C’est un échec", "Sophie Binet", "déplorer"),
            ("indirect", "le dialogue reste possible", "CFDT", "juger"),
        ],
    ),
    # two quotes around an incise in straight marks: the same speaker
    (
        'L’opérateur SES a relevé ses objectifs. "Les synergies dépassent nos attentes", a martelé '
        'son directeur général, Adel Al-Saleh. "Nous atteindrons 370 millions dès 2026."',
        [
            ("direct", "Les synergies dépassent nos attentes", "Adel Al-Saleh", "marteler"),
            ("direct", "Nous atteindrons 370 millions dès 2026.", "Adel Al-Saleh", None),
        ],
    ),
]

NEGATIVES_3 = [
    # a demonstrative subject before a weak verb is no speaker ("ce projet prévoit que")
    "Le projet a été présenté mardi. Ce projet prévoit que 200 emplois seront créés.",
    "La CGT réclame 3 millions d’euros d’indemnités pour les salariés.",
    # a headline "Nom : description" is no answer
    "Sandrine Molinari : la patronne qui veut sauver Cervane\nElle a le sens de la formule.",
    # a colon after a speech verb's object, or before a list without a clause
    "Le groupe a annoncé ses résultats : un bénéfice de 3 millions d’euros.",
    # "pour « … »" inside a sentence is a purpose, not an introducer
    "Le groupe a lancé un plan pour « redresser la barre » dès 2025.",
    # naming words before quote marks: a name or a term, not speech
    "Les pirates ont vidé un portefeuille dit « chaud », connecté à Internet.",
    "Le programme, baptisé « Horizon 2030 », prévoit 2 milliards d’investissements.",
    "Ce patron surnommé « le cost killer » par les syndicats a fermé trois usines.",
    "Un modèle qualifié de « révolutionnaire » par ses concepteurs arrive en juin.",
    # a subject and its apposition before a speech verb with an object is no incise
    "Armelle Poulou, directrice financière, a détaillé les comptes.",
    # "pour" + a company or a common noun is a topic, not an opinion
    "Pour Renault, l’année 2024 a été difficile.",
    "Pour l’entreprise, la hausse reste modeste.",
]


def test_speech_verb_keeps_saying(nlp: Language) -> None:
    """``dit`` after an auxiliary or a reflexive is speech, not naming."""
    got = quotes(nlp, "Le ministre a dit « non » à l’offre de rachat.")
    assert [g["quote"] for g in got] == ["non"]


def _requote(nlp: Language, text: str, people: list[str], orgs: list[str]) -> list[dict[str, Any]]:
    """Run fr_quotes again on ``text`` with the entity groups replaced by the given (possibly
    wrong) mentions: the speakers must survive entity errors."""
    doc = nlp(text)

    def spans(names: list[str]) -> list[Any]:
        out = []
        for name in names:
            start = text.find(name)
            while start >= 0:
                span = doc.char_span(start, start + len(name), alignment_mode="expand")
                if span is not None:
                    out.append(span)
                start = text.find(name, start + len(name))
        return out

    doc.spans["people"] = spans(people)
    doc.spans["organizations"] = spans(orgs)
    nlp.get_pipe("fr_quotes")(doc)
    return [dict(s._.quote) for s in doc.spans["quotes"]]


INTERVIEW = (
    "Arnaud Delcourt (Vallorès) : « Sans les investisseurs, le neuf ne repartira pas »\n"
    "Le président de Vallorès Immobilier dresse un constat sévère. Interrogé par Le Figaro, le "
    "dirigeant estime que la baisse des taux ne suffira pas. « Le compte n’y est pas », "
    "martèle-t-il."
)


@pytest.mark.parametrize(
    ("people", "orgs"),
    [
        (["Arnaud Delcourt", "Vallorès Immobilier"], ["Vallorès"]),  # the company as a person
        ([], ["Arnaud Delcourt", "Vallorès Immobilier", "Vallorès"]),  # the person as a company
        (["Arnaud Delcourt"], ["Vallorès Immobilier", "Vallorès"]),  # right
    ],
)
def test_interviewee_survives_entity_errors(
    nlp: Language, people: list[str], orgs: list[str]
) -> None:
    got = _requote(nlp, INTERVIEW, people, orgs)
    assert [(g["speaker"], g["speaker_type"]) for g in got] == [("Arnaud Delcourt", "person")] * 3


def test_interviewee_missed_by_the_recogniser(nlp: Language) -> None:
    """No entity at all: the title's name, then pronouns and descriptions, still find it."""
    doc = nlp(INTERVIEW + "\nSelon lui, le HCSF devrait assouplir la règle.")
    doc.ents = []
    doc.spans["people"] = []
    doc.spans["organizations"] = []
    nlp.get_pipe("fr_quotes")(doc)
    got = [s._.quote for s in doc.spans["quotes"]]
    assert [g["speaker"] for g in got] == ["Arnaud Delcourt"] * 4


# Fifth round: object and adjective fragments, the speaker named after the quote, organisation
# introducers, appositions of the subject, an abbreviation's period closing a sentence.
CASES_5 = [
    (
        "Sophie Marchal, directrice de Norvia, juge le projet de loi « inapplicable en l'état ».",
        [("direct", "inapplicable en l'état", "Sophie Marchal", "juger")],
    ),
    (
        "Le rapport est sorti lundi. Marc Petit qualifie la mesure de « brutale ».",
        [("direct", "brutale", "Marc Petit", "qualifier")],
    ),
    (
        "La CGT trouve ce plan « inacceptable ».",
        [("direct", "inacceptable", "CGT", "trouver")],
    ),
    (
        "« Nous ne fermerons aucune usine. » C'est en ces termes que Jean Dupont a réagi mardi "
        "à l'annonce.",
        [("direct", "Nous ne fermerons aucune usine.", "Jean Dupont", None)],
    ),
    (
        "« Le marché va se redresser dès l'an prochain. » Voilà ce qu’a déclaré Sophie Marchal "
        "devant les actionnaires.",
        [("direct", "Le marché va se redresser dès l'an prochain.", "Sophie Marchal", "déclarer")],
    ),
    (
        "« Nous tiendrons nos objectifs malgré la crise. » Ainsi s'exprimait Jean Dupont devant "
        "les analystes.",
        [("direct", "Nous tiendrons nos objectifs malgré la crise.", "Jean Dupont", None)],
    ),
    (
        "« Le marché est saturé. » Tel est le constat dressé par Jean Dupont, le patron de Valtek.",
        [("direct", "Le marché est saturé.", "Jean Dupont", None)],
    ),
    (
        "Pour l’association Foodwatch, cette hausse des tarifs est injustifiée.",
        [("indirect", "cette hausse des tarifs est injustifiée", "Foodwatch", "pour")],
    ),
    (
        "Interrogé par Les Echos, Marc Lévy, analyste chez Oddo, estime que l'action est "
        "sous-évaluée.",
        [("indirect", "l'action est sous-évaluée", "Marc Lévy", "estimer")],
    ),
    (
        "Mohamed El Kettani, le PDG d’Attijariwafa, a signé l’accord. Son directeur général, "
        "Abdoulaye Diop, s’est félicité de l’apport. Selon lui, la demande dépasse l’offre.",
        [("indirect", "la demande dépasse l’offre", "Abdoulaye Diop", "selon")],
    ),
    (
        "Marie Roux préside l'Aspim. Elle estime que le marché « a touché le fond » et que le "
        "rendement reste supérieur à celui du livret A. Les SCPI résidentielles tirent leur "
        "épingle du jeu, selon elle.",
        [
            (
                "indirect",
                "le marché a touché le fond et que le rendement reste supérieur à celui du "
                "livret A",
                "Marie Roux",
                "estimer",
            ),
            (
                "indirect",
                "Les SCPI résidentielles tirent leur épingle du jeu",
                "Marie Roux",
                "selon",
            ),
        ],
    ),
    (
        "Selon la FDSEA, trente producteurs livrent l’usine. Le syndicat agricole "
        "craint toutefois que la coopérative impose ses prix.",
        [
            ("indirect", "trente producteurs livrent l’usine", "FDSEA", "selon"),
            ("indirect", "la coopérative impose ses prix", "FDSEA", "craindre"),
        ],
    ),
    (
        "Anne Roux, analyste chez Fitch Ratings, reste prudente. Le groupe Covéa, lui, se dit "
        "serein. D’après l’agence de notation, le secteur restera solide en 2026.",
        [("indirect", "le secteur restera solide en 2026", "Fitch Ratings", "d'après")],
    ),
    # "ce dernier": the person mentioned last, even as an object
    (
        "Carlos Tavares a rencontré Luca de Meo. Ce dernier a estimé que les droits de douane "
        "étaient une erreur.",
        [("indirect", "les droits de douane étaient une erreur", "Luca de Meo", "estimer")],
    ),
    # "le patron de Renault": the person whose role was given at Renault
    (
        "Le patron de Stellantis, John Elkann, a reçu Luca de Meo, le directeur général de "
        "Renault. « Nous devons coopérer », a déclaré le patron de Renault.",
        [("direct", "Nous devons coopérer", "Luca de Meo", "déclarer")],
    ),
    (
        "Le patron de Stellantis, John Elkann, a reçu Luca de Meo, le directeur général de "
        "Renault. « Nous devons coopérer », a déclaré le patron de Stellantis.",
        [("direct", "Nous devons coopérer", "John Elkann", "déclarer")],
    ),
    # "le groupe suisse": the organisation introduced as Swiss
    (
        "Le groupe suisse Nestlé a vendu ses eaux à Danone. Danone a réagi. Le groupe suisse "
        "estime que la vente sera bouclée en juin.",
        [("indirect", "la vente sera bouclée en juin", "Nestlé", "estimer")],
    ),
    (
        "Le groupe allemand Siemens et le français Alstom ont signé un accord. « C'est une "
        "alliance historique », s'est réjoui le groupe français.",
        [("direct", "C'est une alliance historique", "Alstom", "se réjouir")],
    ),
    (
        "Thomas Buberl, directeur général d'Axa, a salué « une année record ».",
        [("direct", "une année record", "Thomas Buberl", "saluer")],
    ),
    # another person's apposition after "et" gives no gender; "Il a, lui, assuré que"
    (
        "Le directeur financier de Valtek, Marc Lenoir, et la présidente, Anne Petit, ont "
        "présenté les comptes. « Nous sommes prudents », a-t-elle dit. Il a, lui, assuré que "
        "la trésorerie était solide.",
        [
            ("direct", "Nous sommes prudents", "Anne Petit", "dire"),
            ("indirect", "la trésorerie était solide", "Marc Lenoir", "assurer"),
        ],
    ),
    # a participle's agent before the pronoun is no dislocated subject
    (
        "Claire Dubois dirige la filiale française de Siemens. Interrogée par l'AFP, elle "
        "affirme que l'usine ne fermera pas.",
        [("indirect", "l'usine ne fermera pas", "Claire Dubois", "affirmer")],
    ),
    # the pronoun of a relative clause is not the subject of the cue
    (
        "Selon Jean Dupont, le marché va croître. La ministre Agnès Pannier, qu'il a rencontrée "
        "lundi, juge au contraire que la demande va baisser.",
        [
            ("indirect", "le marché va croître", "Jean Dupont", "selon"),
            ("indirect", "la demande va baisser", "Agnès Pannier", "juger"),
        ],
    ),
    # a day between the cue and the quote; "qualifier de « … »" before its object
    (
        "Olivier Salleron a dénoncé mardi « un effondrement historique » des mises en chantier.",
        [("direct", "un effondrement historique", "Olivier Salleron", "dénoncer")],
    ),
    (
        "Patrick Pouyanné a qualifié de « stupide » la taxe sur les superprofits.",
        [("direct", "stupide", "Patrick Pouyanné", "qualifier")],
    ),
    # the relative after an inverted subject has its own cue
    (
        "« On ne taxe pas un résultat », a martelé Patrick Pouyanné, qui a rappelé que le groupe "
        "avait payé 5 milliards d’impôts.",
        [
            ("direct", "On ne taxe pas un résultat", "Patrick Pouyanné", "marteler"),
            (
                "indirect",
                "le groupe avait payé 5 milliards d’impôts",
                "Patrick Pouyanné",
                "rappeler",
            ),
        ],
    ),
]

NEGATIVES_5 = [
    # an object and a name in quote marks with no speech verb: a title
    "Le ministre a présenté le plan « France 2030 » à Bercy.",
    # "c'est ainsi que" after a quote is no attribution
    "Le groupe a lancé la marque « Horizon ». C'est ainsi que Renault a pu croître.",
    # an object closing the sentence after a cue is no inverted subject
    "Nestlé, dont le siège est à Vevey, a annoncé mardi la cession.",
    "Le maire a salué l'arrivée du nouveau directeur.",
]


# -- sixth round ---------------------------------------------------------------------------------
CASES_6 = [
    # demander que: a request is an indirect quote, after a complement too
    (
        "Côté syndical, l'inquiétude demeure. La CGT Atos demande que l'État garantisse les "
        "effectifs jusqu'en 2030.",
        [("indirect", "l'État garantisse les effectifs jusqu'en 2030", "CGT Atos", "demander")],
    ),
    (
        "La CGT demande à l'État que les emplois soient préservés.",
        [("indirect", "les emplois soient préservés", "CGT", "demander")],
    ),
    (
        "Force ouvrière réclame de la direction que les primes soient maintenues.",
        [("indirect", "les primes soient maintenues", "Force ouvrière", "réclamer")],
    ),
    # a coordinated "et demande que" after a quoted fragment (a fragment is no quote)
    (
        "La CGT du groupe a dénoncé dans un tract « une course à la rentabilité » et demande que "
        "la prime soit portée à 1 500 euros.",
        [("indirect", "la prime soit portée à 1 500 euros", "CGT", "demander")],
    ),
    # demander keeps introducing direct questions
    (
        "« Pourquoi maintenant ? », demande Sophie Martin, déléguée syndicale.",
        [("direct", "Pourquoi maintenant ?", "Sophie Martin", "demander")],
    ),
    # the recogniser's whole name of an organisation the entity table missed
    (
        "La CFDT Construction Bois du Limousin réclame que les salaires de juin soient garantis.",
        [
            (
                "indirect",
                "les salaires de juin soient garantis",
                "CFDT Construction Bois du Limousin",
                "réclamer",
            )
        ],
    ),
    # "l'ancien PDG": the man introduced before; "l'ancienne PDG" is no man
    (
        "Quand son père, Bernard Achard, lui cède les commandes, Achard Précision SA réalise 38 "
        "millions d’euros de chiffre d’affaires. Elle vise 60 millions en 2027. Pour y parvenir, "
        "la dirigeante a convaincu le fonds Irdi d’entrer au capital. “Marion a une vision que je "
        "n’avais pas”, sourit l’ancien PDG, qui siège toujours au conseil.",
        [("direct", "Marion a une vision que je n’avais pas", "Bernard Achard", "sourire")],
    ),
    (
        "Quand son père, Bernard Achard, lui cède les commandes, Achard Précision SA réalise 38 "
        "millions d’euros. « J'ai dû tout réapprendre », sourit l'ancienne PDG, qui a quitté le "
        "groupe en 2020.",
        [("direct", "J'ai dû tout réapprendre", None, "sourire")],
    ),
    # "l'opérateur historique" is not the organisation introduced as "l'opérateur virtuel"
    (
        "La CNIL a prononcé une amende contre l’opérateur virtuel Lyvia Mobile SAS. Lyvia Mobile "
        "loue le réseau d’Orange. Lyvia Mobile conteste. Les forfaits de Lyvia sont bon marché. "
        "Orange, de son côté, rappelle que la sécurité incombe à chaque opérateur. « Notre réseau "
        "n’a jamais été compromis », a indiqué une porte-parole de l’opérateur historique.",
        [
            ("indirect", "la sécurité incombe à chaque opérateur", "Orange", "rappeler"),
            ("direct", "Notre réseau n’a jamais été compromis", "Orange", "indiquer"),
        ],
    ),
    (
        "La CNIL a prononcé une amende contre l’opérateur virtuel Lyvia Mobile SAS. Lyvia Mobile "
        "loue le réseau d’Orange. Lyvia Mobile conteste. Orange, de son côté, rappelle que la "
        "sécurité incombe à chaque opérateur. « Nous ferons appel », a indiqué une porte-parole de "
        "l’opérateur virtuel.",
        [
            ("indirect", "la sécurité incombe à chaque opérateur", "Orange", "rappeler"),
            ("direct", "Nous ferons appel", "Lyvia Mobile SAS", "indiquer"),
        ],
    ),
    # an anonymous person of a named firm is no speaker
    (
        "Le titre de Solvay a chuté de 5 %. « Le marché est déçu », estime un analyste de KBC "
        "Securities.",
        [("direct", "Le marché est déçu", None, "estimer")],
    ),
]

NEGATIVES_6 = [
    # demander without a que clause, "ce que", or the noun
    "La CGT demande à la direction de rouvrir les négociations.",
    "Il se demande ce que la direction prépare.",
    "La demande que nous avons reçue est claire.",
]


# seventh round, text: (kind, quote, speaker, cue)
CASES_7 = [
    # a time word before "qu'elle" is no relative antecedent; an organisation speaking
    (
        "Le brasseur Sobraga a averti jeudi qu’elle pourrait geler ses investissements au Gabon.",
        [
            (
                "indirect",
                "elle pourrait geler ses investissements au Gabon",
                "Sobraga",
                "avertir",
            )
        ],
    ),
    # the subject before a relative clause set off by commas (a weak cue)
    (
        "La Fédération des travailleurs de la métallurgie (FTM), qui compte 9 000 adhérents dans "
        "le Nord, réclame que les primes soient versées avant l’été.",
        [
            (
                "indirect",
                "les primes soient versées avant l’été",
                "Fédération des travailleurs de la métallurgie",
                "réclamer",
            )
        ],
    ),
    # a multi-word incise cue after an indirect clause, its subject a description
    (
        "La Région Normandie a voté une aide à l’usine. La Région Normandie garantira un prêt de "
        "2 millions d’euros, a fait savoir la collectivité.",
        [
            (
                "indirect",
                "La Région Normandie garantira un prêt de 2 millions d’euros",
                "Région Normandie",
                "faire savoir",
            )
        ],
    ),
    # a report by a newspaper covering the whole sentence, after a title-case dateline
    (
        "Milan – Le constructeur Iveco Group a reçu une offre de rachat de 3 milliards d’euros, "
        "a rapporté le quotidien Il Sole 24 Ore.",
        [
            (
                "indirect",
                "Le constructeur Iveco Group a reçu une offre de rachat de 3 milliards d’euros",
                "Il Sole 24 Ore",
                "rapporter",
            )
        ],
    ),
    # "A en croire X" (capital without accent) with a quoted fragment
    (
        "A en croire la Fédération française du bâtiment (FFB), l’activité restera "
        "« très dégradée » jusqu’en 2026.",
        [
            (
                "indirect",
                "l’activité restera très dégradée jusqu’en 2026",
                "Fédération française du bâtiment",
                "à en croire",
            )
        ],
    ),
    # a colon after the object of a non-speech verb; an earlier participle is not the cue
    (
        "Interrogée sur une cession de la marque, Claire Dufresne a écarté l’idée : « Cette "
        "marque n’est pas à vendre. »",
        [("direct", "Cette marque n’est pas à vendre.", "Claire Dufresne", "écarter")],
    ),
    # a bare spokesperson speaks for the organisation named before it in its sentence
    (
        "Chez Lactalis, un porte-parole a indiqué que le groupe « examinait le dossier ».",
        [("indirect", "le groupe examinait le dossier", "Lactalis", "indiquer")],
    ),
    # le syndicaliste: the person given a role next to a union
    (
        "Le syndicat Unia reste prudent. « Rien n’est réglé », a prévenu son secrétaire régional, "
        "Marco Bernasconi. Le syndicaliste exige que les emplois soient maintenus.",
        [
            ("direct", "Rien n’est réglé", "Marco Bernasconi", "prévenir"),
            ("indirect", "les emplois soient maintenus", "Marco Bernasconi", "exiger"),
        ],
    ),
    # a woman just introduced with a title beats an earlier subject for "elle"
    (
        "Sa fille, Julie Martel, a déclaré : « Nous avons des clients. » Le tribunal a "
        "nommé Me Sophie Arnaud comme mandataire. Selon elle, deux repreneurs se sont manifestés.",
        [
            ("direct", "Nous avons des clients.", "Julie Martel", "déclarer"),
            ("indirect", "deux repreneurs se sont manifestés", "Sophie Arnaud", "selon"),
        ],
    ),
    # ... but a woman merely named, without a title, does not
    (
        "Julie Martel a déclaré : « Nous avons des clients. » Elle a reçu Sophie Arnaud "
        "mardi. Selon elle, deux repreneurs se sont manifestés.",
        [
            ("direct", "Nous avons des clients.", "Julie Martel", "déclarer"),
            ("indirect", "deux repreneurs se sont manifestés", "Julie Martel", "selon"),
        ],
    ),
    # a subsidiary named after its parent: "la direction" is the parent's
    (
        "Le chimiste Solvane a publié ses comptes. Solvane cède trois usines. Aux États-Unis, la "
        "filiale Solvane Inc. a ouvert un site. La direction assure qu’aucune fermeture n’est "
        "prévue en France.",
        [
            (
                "indirect",
                "aucune fermeture n’est prévue en France",
                "Solvane",
                "assurer",
            )
        ],
    ),
]

NEGATIVES_7 = [
    # comparatives: "meilleur qu'attendu", "plus élevé que prévu" are no content clauses
    "Le groupe a relevé mardi ses prévisions après un semestre meilleur qu’attendu, porté par "
    "l’Asie.",
    "Le transporteur a relevé ses objectifs, sur un trimestre plus solide que prévu.",
    "Le groupe a souligné des ventes pires que l’an dernier en Europe.",
]


# eighth round: text, expected [(kind, quote, speaker, cue)]
CASES_8 = [
    # "l'intéressé": the person of that gender named last, not the earlier speaker
    (
        "« La demande progresse vite », a souligné le PDG, Paul Martin. La clinique Santa Rita, "
        "fondée en 1990 par le chirurgien Luis Ferreira, emploie 800 personnes. « Nous voulions "
        "un partenaire solide », confie l’intéressé, qui restera au conseil.",
        [
            ("direct", "La demande progresse vite", "Paul Martin", "souligner"),
            ("direct", "Nous voulions un partenaire solide", "Luis Ferreira", "confier"),
        ],
    ),
    # a dislocated subject ("X, elle, a …") the recogniser missed the second time
    (
        "« Nous avons tenu », confie Claire Morvan, qui dirige l’usine. Elle a recruté son "
        "associée, Julie Le Gall, aujourd’hui directrice technique. « Les ventes ont baissé », "
        "reconnaît la dirigeante. Julie Le Gall, elle, a relocalisé la peinture. « Le client "
        "veut du local. Il paie pour ça », glisse-t-elle.",
        [
            ("direct", "Nous avons tenu", "Claire Morvan", "confier"),
            ("direct", "Les ventes ont baissé", "Claire Morvan", "reconnaître"),
            ("direct", "Le client veut du local. Il paie pour ça", "Julie Le Gall", "glisser"),
        ],
    ),
    # "À en croire X, apposition, « … »": the introducer's words do not count in the gap
    (
        "À en croire Karim Haddad, délégué de la fédération syndicale à Sfax, « aucune usine ne "
        "fermera cette année ».",
        [("direct", "aucune usine ne fermera cette année", "Karim Haddad", "à en croire")],
    ),
    # "le collectif + Name": the name even when the organisation table misses it
    (
        "Le collectif Air Pur Vallée, lui, déplore que le projet ne prévoie aucun filtre.",
        [("indirect", "le projet ne prévoie aucun filtre", "Air Pur Vallée", "déplorer")],
    ),
    # the name before the apposition is the subject, not the family in it
    (
        "Holdco Invest SA, la société de la famille Rinaldi, qui détient 40 % du capital, a "
        "indiqué qu’elle suivrait l’augmentation de capital.",
        [
            (
                "indirect",
                "elle suivrait l’augmentation de capital",
                "Holdco Invest SA",
                "indiquer",
            )
        ],
    ),
    # a spokesperson of a ministry: the whole ministry
    (
        "Un porte-parole du ministère belge des Transports a confirmé que la taxe serait "
        "appliquée dès janvier.",
        [
            (
                "indirect",
                "la taxe serait appliquée dès janvier",
                "ministère belge des Transports",
                "confirmer",
            )
        ],
    ),
]

NEGATIVES_8 = [
    # a subject with an aside before a verb and its object: no incise
    "Le Conseil interprofessionnel, qui réunit producteurs et négociants, a nuancé ce constat.",
    "Le premier assureur du pays, Mutua Salud S.A., a annoncé mardi le rachat du groupe Vitalis, "
    "qui gère douze cliniques, pour 400 millions d’euros.",
]


def test_incise_after_a_clause_with_a_relative_stays(nlp: Language) -> None:
    got = quotes(
        nlp, "Les ventes, qui avaient chuté en 2023, vont remonter, a annoncé Jean Dupont."
    )
    assert [(g["quote"], g["speaker"]) for g in got] == [
        ("Les ventes, qui avaient chuté en 2023, vont remonter", "Jean Dupont")
    ]


CASES_9 = [
    # the sides of a trial speak through the prosecutor / the defence lawyer named before
    (
        "La procureure, Camille Dorval, a requis deux ans de prison. Selon l'accusation, les "
        "fonds ont servi à rembourser un prêt bancaire. L'avocat du prévenu, Me Pierre Gallou, "
        "plaide la relaxe. D'après la défense, plusieurs études ont bien été réalisées, mais "
        "jamais facturées.",
        [
            (
                "indirect",
                "les fonds ont servi à rembourser un prêt bancaire",
                "Camille Dorval",
                "selon",
            ),
            (
                "indirect",
                "plusieurs études ont bien été réalisées, mais jamais facturées",
                "Pierre Gallou",
                "d'après",
            ),
        ],
    ),
    (
        "Le procureur Jean Martin a requis la relaxe. Pour le parquet, le dossier ne contient "
        "aucune preuve de fraude.",
        [("indirect", "le dossier ne contient aucune preuve de fraude", "Jean Martin", "pour")],
    ),
    # no prosecutor named: the side stays without a speaker
    (
        "Le procès s'est ouvert lundi à Rennes. Selon l'accusation, les fonds ont servi à "
        "rembourser un prêt bancaire.",
        [("indirect", "les fonds ont servi à rembourser un prêt bancaire", None, "selon")],
    ),
    # a press title after "Pour"
    (
        "Le gouvernement italien a bloqué l'opération. Pour le Corriere della Sera, Rome "
        "cherche surtout à rassurer Washington.",
        [
            (
                "indirect",
                "Rome cherche surtout à rassurer Washington",
                "Corriere della Sera",
                "pour",
            )
        ],
    ),
    # "Pour X, …, selon elle, …": the opening introducer holds the incise
    (
        "Aurélie Tessier a fondé Lirette en 2019. Pour Tessier, la seconde main n’est plus une "
        "niche : elle représentera, selon elle, un vêtement vendu sur cinq en 2030.",
        [
            (
                "indirect",
                "la seconde main n’est plus une niche : elle représentera, selon elle, un "
                "vêtement vendu sur cinq en 2030",
                "Aurélie Tessier",
                "pour",
            )
        ],
    ),
    # the boss a holding made a person is the group's vice-président exécutif
    (
        "Le décret conforte Camfin, la holding de Marco Tronchetti Provera. « C’est une "
        "décision qui protège une technologie stratégique », a salué le vice-président exécutif "
        "du groupe milanais.",
        [
            (
                "direct",
                "C’est une décision qui protège une technologie stratégique",
                "Marco Tronchetti Provera",
                "saluer",
            )
        ],
    ),
    # a spokesperson "de l'X": the organisation X
    (
        "L'Agence nationale de sécurité du médicament (ANSM) n'envisage aucune restriction "
        "supplémentaire, a indiqué un porte-parole de l'ANSM.",
        [
            (
                "indirect",
                "L'Agence nationale de sécurité du médicament (ANSM) n'envisage aucune "
                "restriction supplémentaire",
                "Agence nationale de sécurité du médicament",
                "indiquer",
            )
        ],
    ),
    # a bare spokesperson: the organisation subject of the sentence before
    (
        "Le constructeur Renault a publié ses comptes mardi. Un porte-parole a précisé que les "
        "ventes avaient progressé de 3 %.",
        [("indirect", "les ventes avaient progressé de 3 %", "Renault", "préciser")],
    ),
]

NEGATIVES_9 = [
    "Le ministère de la Défense a commandé douze avions. La défense européenne reste un chantier.",
    "Pour Renault, l'année 2025 a été difficile sur le marché européen.",
]


def test_bare_spokesperson_after_a_person_stays_unnamed(nlp: Language) -> None:
    got = quotes(
        nlp,
        "Renault a publié ses comptes mardi, selon Luca de Meo. Un porte-parole a précisé que "
        "les ventes avaient progressé de 3 %.",
    )
    assert [(g["quote"], g["speaker"]) for g in got] == [
        ("Renault a publié ses comptes mardi", "Luca de Meo"),
        ("les ventes avaient progressé de 3 %", None),
    ]


def test_bare_spokesperson_of_the_organisation_that_spoke_before(nlp: Language) -> None:
    got = quotes(
        nlp,
        "Le gouvernement a mis son veto au projet du groupe chinois Sinochem Holdings "
        "Corporation Ltd, premier actionnaire de Pirelli. Dans un communiqué, le conglomérat "
        "estime que la mesure « contredit "
        "l’esprit » du pacte. Un porte-parole a ajouté que Sinochem n’avait « jamais interféré "
        "dans la gestion ».",
    )
    assert [g["speaker"] for g in got] == ["Sinochem Holdings Corporation Ltd"] * 2


# the rounds' cases and negatives, checked like the first ones
ROUND_CASES = [*CASES_3, *CASES_5, *CASES_6, *CASES_7, *CASES_8, *CASES_9]
ROUND_NEGATIVES = [
    *NEGATIVES_3,
    *NEGATIVES_5,
    *NEGATIVES_6,
    *NEGATIVES_7,
    *NEGATIVES_8,
    *NEGATIVES_9,
]


@pytest.mark.parametrize(("text", "expected"), ROUND_CASES)
def test_quote_cases_of_the_rounds(
    nlp: Language, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    test_quote_cases(nlp, text, expected)


@pytest.mark.parametrize("text", ROUND_NEGATIVES)
def test_no_quote_of_the_rounds(nlp: Language, text: str) -> None:
    test_no_quote(nlp, text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Sophie Le Bihan, elle, a dit. Sophie Le Bihanne non.", ["Sophie Le Bihan"]),
        (
            "Jean Dupont et Jean Dupont-Martin puis _Jean Dupont",
            ["Jean Dupont-Martin", "Jean Dupont"],
        ),
        ("aa a aa aaa", ["aa", "a"]),
        ("ab ab", ["b a", "ab"]),
        ("Élise Roux,Élise Roux2 Élise Roux", ["Élise Roux"]),
    ],
)
def test_find_names_is_the_names_regex(text: str, names: list[str]) -> None:
    """The name scan of the speaker index finds what the alternation regex it replaces did."""
    import re

    from pipeline.components.quotes_speakers import _find_names

    pat = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")
    assert _find_names(text, names) == [(m.start(), m.end()) for m in pat.finditer(text)]
