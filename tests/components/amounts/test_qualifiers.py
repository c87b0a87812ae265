"""fr_amounts: qualifiers (``près de`` approx, ``plus de`` at_least, ``jusqu'à`` at_most), and
``un euro`` under a negation (an idiom, no amount)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.amounts.helpers import Expected, amounts, same

QUALIFIERS: list[tuple[str, list[Expected]]] = [
    # qualifiers
    ("près de 5 millions d'euros", [(5e6, "EUR", None, "approx")]),
    ("environ 35 millions de $", [(35e6, "USD", None, "approx")]),
    ("quelque 300 millions d'euros", [(300e6, "EUR", None, "approx")]),
    ("un montant de l’ordre de 2 M€", [(2e6, "EUR", None, "approx")]),
    ("100 millions d'euros environ", [(100e6, "EUR", None, "approx")]),
    ("plus de 3 M€", [(3e6, "EUR", None, "at_least")]),
    ("au moins 10 euros", [(10.0, "EUR", None, "at_least")]),
    ("moins de 10 dollars", [(10.0, "USD", None, "at_most")]),
    ("jusqu'à 10 000 €", [(10e3, "EUR", None, "at_most")]),
    ("jusqu’à 2 milliards de dollars", [(2e9, "USD", None, "at_most")]),
    # in the press
    ("Le rachat s'élève à un peu plus de 3 milliards d'euros.", [(3e9, "EUR", None, "at_least")]),
    ("Les pertes dépassent plus de 3 milliards d'euros.", [(3e9, "EUR", None, "at_least")]),
    ("Le fonds pourra investir jusqu'à 500 millions d'euros.", [(500e6, "EUR", None, "at_most")]),
    # elided before "un": "plus d'un milliard", "près d'un million"
    ("Les pertes s'élèvent à plus d'un milliard d'euros.", [(1e9, "EUR", None, "at_least")]),
    ("Le rachat a coûté près d’un milliard de dollars.", [(1e9, "USD", None, "approx")]),
    ("La subvention atteint moins d'un million d'euros.", [(1e6, "EUR", None, "at_most")]),
    # "ne … plus que" is a restriction, no bound; "plus que" alone is one
    ("L'action ne vaut plus que 0,85 €.", [(0.85, "EUR", None, None)]),
    ("Le groupe ne pèse plus que 3 milliards d'euros.", [(3e9, "EUR", None, None)]),
    ("Le titre valait plus que 30 euros.", [(30.0, "EUR", None, "at_least")]),
]


@pytest.mark.parametrize(("text", "expected"), QUALIFIERS, ids=[t for t, _ in QUALIFIERS])
def test_qualifier_of_the_amount(
    amounts_nlp: Language, text: str, expected: list[Expected]
) -> None:
    """The qualifier written before or after the amount."""
    got = amounts(amounts_nlp, text)
    assert same(got, expected), got


# ---- un euro under a negation -----------------------------------------------------------

NEGATED_ONE: list[tuple[str, list[Expected]]] = [
    ("« Aucun client ne perdra un centime », a assuré le président.", []),
    ("Les actionnaires ne toucheront pas un euro.", []),
    ("Il a bâti son réseau sans débourser un dollar.", []),
    ("Le ticket ne coûte qu'un euro.", [(1.0, "EUR", None, None)]),
    ("Il a cédé la filiale pour un euro symbolique.", [(1.0, "EUR", None, None)]),
    ("Le repreneur ne paiera pas plus de 2 millions d'euros.", [(2e6, "EUR", None, "at_most")]),
]


@pytest.mark.parametrize(("text", "expected"), NEGATED_ONE, ids=[t for t, _ in NEGATED_ONE])
def test_one_under_a_negation_is_an_idiom(
    amounts_nlp: Language, text: str, expected: list[Expected]
) -> None:
    got = amounts(amounts_nlp, text)
    assert same(got, expected), got
