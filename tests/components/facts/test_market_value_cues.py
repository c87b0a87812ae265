"""Cue words of Canadian releases and market copy (sentences of our own): ``BAIIA`` (EBITDA in
Canadian French) is a profit, ``valeur boursière`` a valuation."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.facts.helpers import measures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le BAIIA ajusté de Boréalis s'est établi à 488,6 M$, en baisse de 12,1 M$.",
         ["profit", "profit"]),
        ("Son BAII a atteint 120 millions de dollars canadiens au troisième trimestre.",
         ["profit"]),
        ("La valeur boursière de Nordia dépasse 9 milliards d'euros.", ["valuation"]),
        ("Sa valeur en Bourse a atteint 3 milliards d'euros en séance.", ["valuation"]),
    ],
)  # fmt: skip
def test_market_and_canadian_cues(nlp: Language, text: str, expected: list[str]) -> None:
    assert measures(nlp, text) == expected
