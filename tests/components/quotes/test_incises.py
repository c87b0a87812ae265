"""Indirect quotes around an incise without quote marks: ``<clause>, estime X.``, ``<clause>,
estime X, <clause>.``; and the commas that set off no incise."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.quotes.helpers import Expected, check_quotes, quotes

CASES: list[tuple[str, list[Expected]]] = [
    # an inverted subject with its apposed name, then a pronoun taking it up
    (
        "Les ventes ont reculé de 3 %, a indiqué mardi la directrice financière, Anne Durand. "
        "Elle a ajouté que le groupe maintenait ses objectifs annuels.",
        [
            ("indirect", "Les ventes ont reculé de 3 %", "Anne Durand", "indiquer"),
            ("indirect", "le groupe maintenait ses objectifs annuels", "Anne Durand", "ajouter"),
        ],
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
    # a reporter's clause holding a quoted fragment before an incise is one indirect quote
    (
        "Le déficit atteindra 5,4 % du PIB. Ce dérapage est « préoccupant », estime la Cour des "
        "comptes dans son rapport annuel.",
        [("indirect", "Ce dérapage est préoccupant", "Cour des comptes", "estimer")],
    ),
    (
        "Le CAC 40 a reculé. On a assisté à « des mouvements erratiques », a commenté Paul "
        "Garnier, gérant chez Orvel.",
        [
            (
                "indirect",
                "On a assisté à des mouvements erratiques",
                "Paul Garnier",
                "commenter",
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
]

NOT_QUOTES = [
    # a passive participle set off by commas is no incise
    "Le projet, révélé mardi par Les Echos, prévoit la fermeture du site de Bresles.",
    # a subject and its apposition before a speech verb with an object is no incise
    "Armelle Poulou, directrice financière, a détaillé les comptes.",
    # a subject with an aside before a verb and its object: no incise
    "Le Conseil interprofessionnel, qui réunit producteurs et négociants, a nuancé ce constat.",
    "Le premier assureur du pays, Mutua Salud S.A., a annoncé mardi le rachat du groupe Vitalis, "
    "qui gère douze cliniques, pour 400 millions d’euros.",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_incises(nlp: Language, text: str, expected: list[Expected]) -> None:
    check_quotes(nlp, text, expected)


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_no_incise(nlp: Language, text: str) -> None:
    assert quotes(nlp, text) == []


def test_incise_after_a_clause_with_a_relative_stays(nlp: Language) -> None:
    got = quotes(
        nlp, "Les ventes, qui avaient chuté en 2023, vont remonter, a annoncé Jean Dupont."
    )
    assert [(g["quote"], g["speaker"]) for g in got] == [
        ("Les ventes, qui avaient chuté en 2023, vont remonter", "Jean Dupont")
    ]
