"""Press idioms for a sum that govern a scaled number written without its currency, which then
takes the currency of its paragraph (``models/amounts/money_triggers.txt``):

* ``l'État participe à hauteur de 15 millions``, ``un ticket de 5 millions`` (an investor's
  share), ``une rallonge de 300 millions``, ``le trou pourrait atteindre 15 milliards``, ``le
  manque à gagner``, ``l'ardoise``, ``une seconde tranche de 10 millions``, ``acheté pour 45
  millions``;
* not the same words in another sense (``trigger_stoplist.txt``): ``la tranche d'âge compte 2
  millions``, ``le trou noir``; nor a count after them (``acheté pour 2 millions de doses``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.amounts.helpers import Expected, amounts, same

EUR50 = (50e6, "EUR", None, None)

CASES: list[tuple[str, list[Expected]]] = [
    (
        "Le groupe a levé 50 millions d'euros. L'État participe à hauteur de 15 millions.",
        [EUR50, (15e6, "EUR", None, None)],
    ),
    (
        "Le groupe a levé 50 millions d'euros. Son ticket moyen est de 5 millions.",
        [EUR50, (5e6, "EUR", None, None)],
    ),
    (
        "Le plan atteint 50 millions d'euros. Le ministère prévoit une rallonge de 300 millions.",
        [EUR50, (300e6, "EUR", None, None)],
    ),
    (
        "Le déficit atteint 50 millions d'euros. Le trou pourrait atteindre 90 millions.",
        [EUR50, (90e6, "EUR", None, None)],
    ),
    (
        "La taxe rapporte 50 millions d'euros. Le manque à gagner serait de 20 millions.",
        [EUR50, (20e6, "EUR", None, None)],
    ),
    (
        "Le club a vendu son joueur 50 millions d'euros. Il avait été acheté pour 45 millions.",
        [EUR50, (45e6, "EUR", None, None)],
    ),
    (
        "La banque a prêté 50 millions d'euros. Une seconde tranche de 10 millions suivra.",
        [EUR50, (10e6, "EUR", None, None)],
    ),
    (
        "Le groupe a perdu 50 millions d'euros. Il prévoit de réinvestir 12 millions dans l'usine.",
        [EUR50, (12e6, "EUR", None, None)],
    ),
    # the same words in another sense, or a count after them
    (
        "Le plan atteint 50 millions d'euros. La tranche d'âge compte 2 millions.",
        [EUR50],
    ),
    (
        "Le plan atteint 50 millions d'euros. Il a acheté pour 2 millions de doses.",
        [EUR50],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_press_idioms(amounts_nlp: Language, text: str, expected: list[Expected]) -> None:
    got = amounts(amounts_nlp, text)
    assert same(got, expected), got
