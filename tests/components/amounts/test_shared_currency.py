"""fr_amounts: a bare number takes the currency of a neighbouring amount of its sentence
(currency ellipsis forward, carried back to a compared number)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.amounts.helpers import Expected, amounts, same

ELLIPSIS: list[tuple[str, list[Expected]]] = [
    # currency ellipsis
    (
        "Le chiffre d'affaires atteint 1,50 milliard d'euros contre 1,34 milliard un an plus tôt.",
        [(1.5e9, "EUR", None, None), (1.34e9, "EUR", None, None)],
    ),
    (
        "Le groupe a investi 5 millions d’euros en 2020 et 7 millions en 2021.",
        [(5e6, "EUR", None, None), (7e6, "EUR", None, None)],
    ),
    (
        "Le dividende est de 2,30 euros par action, contre 2,10 l'an dernier.",
        [(2.3, "EUR", None, None), (2.1, "EUR", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ELLIPSIS, ids=[t for t, _ in ELLIPSIS])
def test_currency_ellipsis(amounts_nlp: Language, text: str, expected: list[Expected]) -> None:
    """``1,50 milliard d'euros contre 1,34 milliard``: the second is EUR too."""
    got = amounts(amounts_nlp, text)
    assert same(got, expected), got


# ---- a currency carried back to a scaled number compared with a later amount ---------------

CARRY_BACK: list[tuple[str, list[Expected]]] = [
    (
        "Le chiffre d'affaires atteint 3,5 milliards, contre 500 millions d'euros il y a dix ans.",
        [(3.5e9, "EUR", None, None), (500e6, "EUR", None, None)],
    ),
    (
        "Le bénéfice s'élève à 3,5 milliards, après 2,9 milliards d'euros en 2022.",
        [(3.5e9, "EUR", None, None), (2.9e9, "EUR", None, None)],
    ),
    (
        "Le groupe a dégagé un résultat net de 1,2 milliard, en hausse de 8 %, contre 1,1 "
        "milliard de dollars un an plus tôt.",
        [(1.2e9, "USD", None, None), (1.1e9, "USD", None, None)],
    ),
    (
        "La jeune pousse a levé 15 millions en 2023 et 40 millions d'euros cette année.",
        [(15e6, "EUR", None, None), (40e6, "EUR", None, None)],
    ),
    (
        "La dette nette, de 2 milliards fin 2023, soit 300 millions de francs suisses de moins.",
        [(2e9, "CHF", None, None), (300e6, "CHF", None, None)],
    ),
    # a lapse of time after a compared number is no count; "soit" restates an amount, not a
    # count; money to be found ("trouver quelque 2 milliards")
    (
        "Elle a réalisé un chiffre d'affaires de 8,3 millions d'euros en 2024, contre 11 "
        "millions deux ans plus tôt.",
        [(8.3e6, "EUR", None, None), (11e6, "EUR", None, None)],
    ),
    (
        "Le groupe a présenté un plan de 6 milliards d'euros.\nIl veut rénover ses pistes, soit "
        "environ 1,2 milliard par an.",
        [(6e9, "EUR", None, None), (1.2e9, "EUR", None, "approx")],
    ),
    (
        "Le site reçoit 60 millions de visiteurs par mois, soit 2 millions par jour. Il a levé 5 "
        "millions d'euros.",
        [(5e6, "EUR", None, None)],
    ),
    (
        "Le groupe a levé 1,5 milliard d'euros. Il devra encore trouver quelque 2 milliards pour "
        "renouveler ses satellites.",
        [(1.5e9, "EUR", None, None), (2e9, "EUR", None, "approx")],
    ),
    (
        "Le groupe a levé 1,5 milliard d'euros. Il devra trouver 2 millions de clients.",
        [(1.5e9, "EUR", None, None)],
    ),
    # a money noun after the number is no count
    (
        "Le groupe a réalisé 3 milliards de chiffre d'affaires, contre 2,5 milliards d'euros.",
        [(3e9, "EUR", None, None), (2.5e9, "EUR", None, None)],
    ),
    (
        "Le groupe a réalisé 3 milliards d'euros de ventes et 300 millions de bénéfice.",
        [(3e9, "EUR", None, None), (300e6, "EUR", None, None)],
    ),
    (
        "Le groupe a levé 3 milliards d'euros et compte 300 millions d'abonnés.",
        [(3e9, "EUR", None, None)],
    ),
    # no money context, counted things, another sentence: nothing carried
    (
        "Le film a attiré 3 millions de spectateurs, contre 2 millions d'euros de budget.",
        [(2e6, "EUR", None, None)],
    ),
    (
        "La ville compte 2 millions, contre 1,5 million d'euros de subventions.",
        [(1.5e6, "EUR", None, None)],
    ),
    (  # another sentence: no comparison, but a money word governs it (see CONTEXT_CURRENCY)
        "Le bénéfice atteint 3 milliards. Il était de 2 milliards d'euros en 2020.",
        [(3e9, "EUR", None, None), (2e9, "EUR", None, None)],
    ),
    (
        "Le groupe compte 3,5 millions de clients et 500 millions d'euros de chiffre d'affaires.",
        [(500e6, "EUR", None, None)],
    ),
    (
        "Le chiffre d'affaires atteint 350, contre 500 millions d'euros il y a dix ans.",
        [(500e6, "EUR", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CARRY_BACK, ids=[t for t, _ in CARRY_BACK])
def test_currency_carried_back(amounts_nlp: Language, text: str, expected: list[Expected]) -> None:
    got = amounts(amounts_nlp, text)
    assert same(got, expected), got
