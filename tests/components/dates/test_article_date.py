"""The article's date: what relative expressions and dates without a year are read against.

Without an article date (or with a garbage one), relative expressions keep their span with
value None, never today's date; absolute dates do not need it.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.dates.helpers import dates, run


@pytest.mark.parametrize(
    ("text", "article_date", "expected"),
    [
        # no article date: relative expressions keep their span, value None (never today)
        ("Hier, le titre a chuté.", None, [("Hier", None, None, "day")]),
        ("Le groupe a levé des fonds en novembre.", None, [("novembre", None, None, "month")]),
        (
            "Au premier semestre, les ventes montent.",
            None,
            [("premier semestre", None, None, "semester")],
        ),
        # absolute ones do not need it
        (
            "Le 12 février 2025, la société a annoncé un rachat.",
            None,
            [("12 février 2025", "2025-02-12", None, "day")],
        ),
        # a garbage article date is ignored, not fatal
        ("Hier, le titre a chuté.", "pas une date", [("Hier", None, None, "day")]),
        # the article's own year drives missing years
        (
            "Le groupe a levé des fonds en novembre.",
            "2023-12-01",
            [("novembre", "2023-11", None, "month")],
        ),
    ],
)
def test_article_date(nlp: Language, text: str, article_date: str | None, expected: list) -> None:
    assert dates(nlp, text, article_date) == expected


def test_relative_flag(nlp: Language) -> None:
    """``relative`` says whether the value was read against the article's date."""
    doc = run(nlp, "Hier, en 2015 comme le 3 mai, tout a changé.")
    flags = {s.text: s._.date["relative"] for s in doc.spans["dates"]}
    assert flags == {"Hier": True, "2015": False, "3 mai": True}
