"""Weekdays: the last one for a past verb, the next one for a future verb, the coming one for
a scheduled event (``la saison qui s'ouvre samedi``); a weekday with a day number fixes
the year; ``le dimanche``, ``du lundi au vendredi`` are habits.

Each case: (sentence, article date, [(text, value, value_end, granularity), ...]); the
article date is Wednesday 12 February 2025 (``ARTICLE``) unless a case gives another.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.dates.helpers import ARTICLE, dates

CASES = [
    # weekdays: past tense -> last one, future tense -> next one
    ("Le PDG a annoncé jeudi son départ.", ARTICLE, [("jeudi", "2025-02-06", None, "day")]),
    ("Le PDG présentera jeudi son plan.", ARTICLE, [("jeudi", "2025-02-13", None, "day")]),
    ("Il a démissionné lundi dernier.", ARTICLE, [("lundi dernier", "2025-02-10", None, "day")]),
    ("La veille, le titre avait chuté.", ARTICLE, [("La veille", "2025-02-11", None, "day")]),
    # a weekday fixes the year of a day without one (3 March 2025 is a Monday)
    ("L'usine a rouvert le lundi 3 mars.", ARTICLE, [("lundi 3 mars", "2025-03-03", None, "day")]),
    ("Il a démissionné mardi dernier.", ARTICLE, [("mardi dernier", "2025-02-11", None, "day")]),
    (
        "Le conseil se réunira mardi prochain.",
        ARTICLE,
        [("mardi prochain", "2025-02-18", None, "day")],
    ),
    (
        "Le conseil se réunira jeudi de la semaine prochaine.",
        ARTICLE,
        [("jeudi de la semaine prochaine", "2025-02-20", None, "day")],
    ),
    # "le dimanche", "du lundi au vendredi": a habit, opening hours, no date
    ("Le magasin ouvre le dimanche.", ARTICLE, []),
    ("Le magasin est ouvert du lundi au vendredi.", ARTICLE, []),
    # a scheduled event in the simple present: the coming weekday (Thursday 11 December 2025)
    (
        "La saison qui s’ouvre samedi s’annonce-t-elle meilleure ?",
        "2025-12-11",
        [("samedi", "2025-12-13", None, "day")],
    ),
    ("Le salon se tient samedi à Lyon.", "2025-12-11", [("samedi", "2025-12-13", None, "day")]),
    ("La réunion a lieu jeudi.", "2025-12-11", [("jeudi", "2025-12-11", None, "day")]),
    # ... in a past tense, or another present verb, the past one
    ("Le salon s'est tenu samedi à Lyon.", "2025-12-11", [("samedi", "2025-12-06", None, "day")]),
    (
        "Le groupe a annoncé samedi un rachat.",
        "2025-12-11",
        [("samedi", "2025-12-06", None, "day")],
    ),
]


@pytest.mark.parametrize(("text", "article_date", "expected"), CASES)
def test_weekdays(nlp: Language, text: str, article_date: str | None, expected: list) -> None:
    assert dates(nlp, text, article_date) == expected
