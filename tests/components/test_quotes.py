"""Tests of the fr_quotes component: direct and indirect quotes with their speakers."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from pipeline.components.quotes_marks import find_quote_marks

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
