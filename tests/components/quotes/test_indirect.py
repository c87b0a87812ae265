"""Indirect quotes in a ``que`` clause (``X estime que …``, ``…, affirmant que …``, ``demander
que``), quoted fragments inside them; and the ``que`` that opens no reported clause."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.quotes.helpers import Expected, check_quotes, quotes

CASES: list[tuple[str, list[Expected]]] = [
    # a que far from its verb, after an aside set off by commas
    (
        "Jean Dufour, ministre de l'Industrie, a affirmé sur le plateau de nos confrères de la "
        "radio, lundi 14 janvier, en pleine promotion de son livre, qu'il n'était pas favorable "
        "à une fusion entre les deux groupes.",
        [
            (
                "indirect",
                "il n'était pas favorable à une fusion entre les deux groupes",
                "Jean Dufour",
                "affirmer",
            )
        ],
    ),
    # an apposed name with its title is the subject
    (
        "L'avocate de M. Ferrière, Me Delphine Aubry, a indiqué que son client allait faire appel.",
        [("indirect", "son client allait faire appel", "Delphine Aubry", "indiquer")],
    ),
    # a multi-word speech verb before que
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
    # a quoted fragment inside the reported clause
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
    # a present participle's que clause: the main clause's subject
    (
        "Sophie Martin a quitté Orange, affirmant que la stratégie du groupe était mauvaise.",
        [("indirect", "la stratégie du groupe était mauvaise", "Sophie Martin", "affirmer")],
    ),
    # a negated speech verb still reports its clause
    (
        "Marie Curie ne cache pas que la situation est délicate.",
        [("indirect", "la situation est délicate", "Marie Curie", "cacher")],
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
    # a demand with "réclamer que", the subject's pronoun repeated
    (
        "L’association UFC-Que Choisir réclame, elle, que les tarifs soient gelés.",
        [("indirect", "les tarifs soient gelés", "UFC-Que Choisir", "réclamer")],
    ),
    # a partial quotation inside a reported clause: the clause is the one quote (the
    # fragment is no quote of its own)
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
        ],
    ),
    # an abbreviation's period closing a sentence (livret A. Les SCPI)
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
]

NOT_QUOTES = [
    # estimer with a nominal object, relative que, other conjunctions
    "Le groupe estime le coût de l'opération à 3 milliards d'euros.",
    "Les valeurs que la société a annoncées ne changent rien.",
    "La société a annoncé ainsi que ses filiales une hausse des prix.",
    # a speech verb with a nominal object, in a relative clause
    "Le groupe, qui estime ses pertes à 3 millions, va fermer deux usines.",
    # a participle with a nominal object
    "La société, affirmant sa confiance, maintient ses prévisions.",
    # a relative que after the verb's object
    "Le groupe a présenté devant les salariés les mesures que le comité attendait.",
    # a demonstrative subject before a weak verb is no speaker ("ce projet prévoit que")
    "Le projet a été présenté mardi. Ce projet prévoit que 200 emplois seront créés.",
    # a demand with a nominal object is no quote
    "La CGT réclame 3 millions d’euros d’indemnités pour les salariés.",
    # demander without a que clause, "ce que", or the noun
    "La CGT demande à la direction de rouvrir les négociations.",
    "Il se demande ce que la direction prépare.",
    "La demande que nous avons reçue est claire.",
    # comparatives: "meilleur qu'attendu", "plus élevé que prévu" are no content clauses
    "Le groupe a relevé mardi ses prévisions après un semestre meilleur qu’attendu, porté par "
    "l’Asie.",
    "Le transporteur a relevé ses objectifs, sur un trimestre plus solide que prévu.",
    "Le groupe a souligné des ventes pires que l’an dernier en Europe.",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_que_clauses(nlp: Language, text: str, expected: list[Expected]) -> None:
    check_quotes(nlp, text, expected)


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_no_que_clause(nlp: Language, text: str) -> None:
    assert quotes(nlp, text) == []
