"""Quarters and semesters as company releases and wires write them: the rank first (``3T
2024``, ``1S 2025``, with a four-digit year only: ``3T25`` is not read) and the abbreviation
``trim.`` of tables (``3e trim. 2024``).

Each case: (sentence, article date, [(text, value, value_end, granularity), ...]); the
article date is Wednesday 12 February 2025 (``ARTICLE``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.dates.helpers import ARTICLE, dates

CASES = [
    (
        "Le chiffre d'affaires du 3T 2024 est en hausse de 4 %.",
        ARTICLE,
        [("3T 2024", "2024-07-01", "2024-09-30", "quarter")],
    ),
    (
        "Le résultat du 1S 2025 est attendu.",
        ARTICLE,
        [("1S 2025", "2025-01-01", "2025-06-30", "semester")],
    ),
    (
        "Les ventes du 4T2023 ont reculé.",
        ARTICLE,
        [("4T2023", "2023-10-01", "2023-12-31", "quarter")],
    ),
    # a semester has no third rank; two digits after the code are no year here
    ("Le 3S 2024 n'existe pas.", ARTICLE, [("2024", "2024", None, "year")]),
    ("La ligne 3T25 sera prolongée.", ARTICLE, []),
    (
        "Au 3e trim. 2024, la marge a reculé.",
        ARTICLE,
        [("3e trim. 2024", "2024-07-01", "2024-09-30", "quarter")],
    ),
]


@pytest.mark.parametrize(("text", "article_date", "expected"), CASES)
def test_press_periods(blank: Language, text: str, article_date: str, expected: list) -> None:
    assert dates(blank, text, article_date) == expected
