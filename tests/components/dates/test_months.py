"""Months: with a year, alone in a date context (``en novembre``) but not when the sentence
states a habit (``un hiver se joue en février``), ranges of months, abbreviations (``Sept
salariés`` is a count).

Each case: (sentence, article date, [(text, value, value_end, granularity), ...]); the
article date is Wednesday 12 February 2025 (``ARTICLE``) unless a case gives another.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.dates.helpers import ARTICLE, dates

CASES = [
    # months
    ("En octobre 2024, le titre a chuté.", ARTICLE, [("octobre 2024", "2024-10", None, "month")]),
    (
        "Les ventes de sept 2017 étaient faibles.",
        ARTICLE,
        [("sept 2017", "2017-09", None, "month")],
    ),
    # Les Echos analyses: periods of the year
    (
        "Les ventes ont progressé entre janvier et mars.",
        ARTICLE,
        [("entre janvier et mars", "2025-01", "2025-03", "period")],
    ),
    (
        "De janvier à mars 2025, les commandes ont doublé.",
        ARTICLE,
        [("De janvier à mars 2025", "2025-01", "2025-03", "period")],
    ),
    # regional press / interviews: parts of the year, deadlines, seasons
    ("Les résultats sont attendus à la mi-mars.", ARTICLE, [("mi-mars", "2025-03", None, "month")]),
    # an abbreviation alone is no month ("Sept" is a numeral), nor is a month name out of a date
    # context (the planet)
    ("Sept salariés ont été licenciés.", ARTICLE, []),
    ("Mars est une planète rouge.", ARTICLE, []),
    # a month alone under a verb in the simple present states a habit or a general truth
    ("Un hiver se joue en février, nous restons prudents.", "2025-12-11", []),
    ("Les séminaires remplissent déjà nos hôtels en juillet.", "2025-12-11", []),
    ("Le festival remplit chaque année en mars les hôtels de la ville.", "2025-12-11", []),
    # ... but a plain present of a change, a future, a past or an event verb makes it a date
    (
        "La production repart en mai.",
        "2025-12-11",
        [("mai", "2025-05", None, "month")],
    ),
    (
        "L'inflation ralentit en novembre, selon l'Insee.",
        "2025-12-11",
        [("novembre", "2025-11", None, "month")],
    ),
    (
        "Le groupe publiera ses comptes en février.",
        "2025-12-11",
        [("février", "2026-02", None, "month")],
    ),
    (
        "Les ventes ont bondi en juillet.",
        "2025-12-11",
        [("juillet", "2025-07", None, "month")],
    ),
]


@pytest.mark.parametrize(("text", "article_date", "expected"), CASES)
def test_months(nlp: Language, text: str, article_date: str | None, expected: list) -> None:
    assert dates(nlp, text, article_date) == expected
