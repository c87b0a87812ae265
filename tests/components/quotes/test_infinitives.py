"""Indirect quotes in a bare infinitive after a speech verb (``X a annoncé avoir signé …``), and
the infinitives that report nothing."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.quotes.helpers import Expected, check_quotes

CASES: list[tuple[str, list[Expected]]] = [
    # a date between the verb and its infinitive
    (
        "Le groupe Solvane a annoncé vendredi avoir signé un accord avec la société Dravel.",
        [("indirect", "avoir signé un accord avec la société Dravel", "Solvane", "annoncer")],
    ),
    # "ce matin" between the verb and its infinitive
    (
        "Le groupe Norvane a annoncé ce matin être parvenu à un accord de principe.",
        [("indirect", "être parvenu à un accord de principe", "Norvane", "annoncer")],
    ),
    # dire + an infinitive
    (
        "Le laboratoire Nexalis a dit craindre une baisse de ses ventes en Europe.",
        [("indirect", "craindre une baisse de ses ventes en Europe", "Nexalis", "dire")],
    ),
    # a multi-word speech verb
    (
        "La société Brimont a fait savoir vouloir contester la décision devant le tribunal.",
        [
            (
                "indirect",
                "vouloir contester la décision devant le tribunal",
                "Brimont",
                "faire savoir",
            )
        ],
    ),
    # a negation, and a subject set off by its apposition
    (
        "Marie Lenoir, directrice générale de Kelvia, affirme ne pas vouloir céder la filiale.",
        [("indirect", "ne pas vouloir céder la filiale", "Marie Lenoir", "affirmer")],
    ),
    # the document it was said in
    (
        "La banque Corvel a indiqué dans un communiqué avoir atteint ses objectifs.",
        [("indirect", "avoir atteint ses objectifs", "Corvel", "indiquer")],
    ),
    # an adverb between the auxiliary and the verb
    (
        "Le grand assureur britannique Ardelis a ainsi annoncé avoir été approché par un rival.",
        [("indirect", "avoir été approché par un rival", "Ardelis", "annoncer")],
    ),
    # the subject's name, not the owner named in its apposition
    (
        "Le groupe Talmont, propriété du milliardaire Henri Vasseur, a annoncé vendredi avoir "
        "signé une promesse d'achat.",
        [("indirect", "avoir signé une promesse d'achat", "Talmont", "annoncer")],
    ),
    # the clause ends before a verb coordinated with the speech verb
    (
        "Jean Morel a confirmé viser une croissance de 5 % et a précisé que la trajectoire "
        "serait détaillée en février.",
        [
            ("indirect", "viser une croissance de 5 %", "Jean Morel", "confirmer"),
            ("indirect", "la trajectoire serait détaillée en février", "Jean Morel", "préciser"),
        ],
    ),
    # an object and a purpose, no report
    ("Le groupe Vernel a annoncé un plan pour relancer ses ventes.", []),
    # a participle with no auxiliary
    ("Le plan annoncé hier prévoit la fermeture de deux usines.", []),
    # an incise: the sentence before is the quote
    (
        "Le groupe Kelvane n'entend pas réduire sa participation, croit savoir l'agence Bloomberg.",
        [
            (
                "indirect",
                "Le groupe Kelvane n'entend pas réduire sa participation",
                "Bloomberg",
                "croire",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_infinitive_quotes(nlp: Language, text: str, expected: list[Expected]) -> None:
    check_quotes(nlp, text, expected)
