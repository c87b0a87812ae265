"""fr_amounts: two numbers joined by ``et``, ``à`` or a dash: a range, or two amounts sharing
the scale and currency written once."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.amounts.helpers import Expected, amounts, same

RANGES: list[tuple[str, list[Expected]]] = [
    # ranges
    ("entre 16 et 18 milliards de dollars", [(16e9, "USD", 18e9, None)]),
    ("un coût de 5 à 7 M€", [(5e6, "EUR", 7e6, None)]),
    ("un budget de 10 - 20 euros", [(10.0, "EUR", 20.0, None)]),
    ("entre 10 euros et 20 euros", [(10.0, "EUR", 20.0, None)]),
    ("entre 500 millions et 1 milliard d'euros", [(500e6, "EUR", 1e9, None)]),
    # ranges in the press
    ("La valorisation se situe entre 3 et 4 milliards d'euros.", [(3e9, "EUR", 4e9, None)]),
    ("Une valorisation de 3 à 4 milliards d'euros.", [(3e9, "EUR", 4e9, None)]),
    ("Une valorisation de 3-4 milliards d'euros.", [(3e9, "EUR", 4e9, None)]),
    ("Une valorisation de 3 milliards à 4 milliards d'euros.", [(3e9, "EUR", 4e9, None)]),
]


@pytest.mark.parametrize(("text", "expected"), RANGES, ids=[t for t, _ in RANGES])
def test_range_is_one_amount(amounts_nlp: Language, text: str, expected: list[Expected]) -> None:
    """``entre 16 et 18 milliards de dollars``: one amount, value and value_max."""
    got = amounts(amounts_nlp, text)
    assert same(got, expected), got


TWO_AMOUNTS: list[tuple[str, list[Expected]]] = [
    # a change is two amounts, not a range
    (
        "Le chiffre d'affaires est passé de 10 à 12 millions d'euros.",
        [(10e6, "EUR", None, None), (12e6, "EUR", None, None)],
    ),
    (
        "Les ventes ont atteint respectivement 3 et 4 milliards d'euros.",
        [(3e9, "EUR", None, None), (4e9, "EUR", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TWO_AMOUNTS, ids=[t for t, _ in TWO_AMOUNTS])
def test_change_is_two_amounts(amounts_nlp: Language, text: str, expected: list[Expected]) -> None:
    """``passé de 10 à 12 millions d'euros``: two amounts, one currency."""
    got = amounts(amounts_nlp, text)
    assert same(got, expected), got
