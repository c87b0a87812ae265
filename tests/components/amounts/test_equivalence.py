"""The speed tricks of fr_amounts find exactly what the plain rules find.

The quantity regex starts with :data:`~pipeline.components.amounts.grammar.QUANTITY_START` (a
quantity starts at a digit or at the first letter of a number word): the same matches, the same
groups, without it. The alternations built by ``pipeline.regex_build`` are checked in
``tests/test_regex_build.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.components.amounts import DATA_FILES, lexicon_records
from pipeline.components.amounts.grammar import QuantityGrammar
from pipeline.resources import load_files

CORPUS = Path(__file__).resolve().parents[3] / "corpus"

TEXTS = [
    "Une offre de 97,4 milliards de dollars, soit quelques centaines de millions d'euros.",
    "Entre 16 et 18 Md€, une dizaine de millions, un demi-milliard, deux milliards et demi.",
    "L'A380 (4 300 salariés) a coûté 1 million 500 000 euros, -3,2 M€ et 12'000 CHF en 2015.",
    "dedeux, undeux, quatre-vingt-dix, vingt et un, desmilliards, 1,500,000 $, x12, a-1.",
    "Quelques milliards, plusieurs dizaines, des millions : UNE CENTAINE, Un Demi-Milliard.",
]


def corpus_texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(CORPUS.rglob("*.txt"))]


@pytest.fixture(scope="module")
def grammars() -> tuple[QuantityGrammar, QuantityGrammar]:
    data = lexicon_records(load_files(DATA_FILES))
    fast = QuantityGrammar(data["scales"], data["approx_nouns"])
    plain = QuantityGrammar(data["scales"], data["approx_nouns"], start="")
    return fast, plain


def test_quantity_start_changes_no_match(
    grammars: tuple[QuantityGrammar, QuantityGrammar],
) -> None:
    fast, plain = grammars
    texts = TEXTS + corpus_texts()
    assert len(texts) > len(TEXTS)
    for text in texts:
        got = [(m.span(), m.groupdict()) for m in fast.quantity_re.finditer(text)]
        want = [(m.span(), m.groupdict()) for m in plain.quantity_re.finditer(text)]
        assert got == want, text[:80]
