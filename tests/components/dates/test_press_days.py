"""Days as newsrooms write them around the publication day: ``le 12 décembre dernier`` (the
last 12 December before the article, not the month), ``le 3 mars prochain``, ``le 3 courant``
(a day of the article's month, in administrative and African press), and a weekday that is
the publication day itself (``se réunira mercredi``, ``ce mercredi`` in a Wednesday's article),
Swiss dates with dots and no leading zeros (``le 3.2.2025``), ``courant mars`` (the month).

Each case: (sentence, article date, [(text, value, value_end, granularity), ...]); the
article date is Wednesday 12 February 2025 (``ARTICLE``) unless a case gives another.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.dates.helpers import ARTICLE, dates

#: a day and month led by "dernier"/"prochain"/"passé": the day, in the direction the word says
DAY_WITH_DIRECTION = [
    (
        "La loi de finances a été votée le 18 décembre dernier.",
        ARTICLE,
        [("18 décembre dernier", "2024-12-18", None, "day")],
    ),
    # the same day of the year as the article's is a year back when "dernier"
    (
        "Le ministre avait été reçu le 14 février dernier.",
        ARTICLE,
        [("14 février dernier", "2024-02-14", None, "day")],
    ),
    (
        "Les faits remontent au 20 janvier passé.",
        ARTICLE,
        [("20 janvier passé", "2025-01-20", None, "day")],
    ),
    (
        "Le nouveau barème s'appliquera à partir du 1er mars prochain.",
        ARTICLE,
        [("1er mars prochain", "2025-03-01", None, "day")],
    ),
    # "prochain" wins over a verb in the past
    (
        "Le conseil a fixé l'assemblée au 6 janvier prochain.",
        ARTICLE,
        [("6 janvier prochain", "2026-01-06", None, "day")],
    ),
]

#: "le 3 courant": the day of the article's month
DAY_OF_THIS_MONTH = [
    (
        "La convention a été signée le 3 courant à Abidjan.",
        ARTICLE,
        [("3 courant", "2025-02-03", None, "day")],
    ),
    (
        "Les candidatures sont attendues avant le 28 courant.",
        ARTICLE,
        [("28 courant", "2025-02-28", None, "day")],
    ),
    # a day the month does not have is no date
    ("La réunion du 30 courant a été annulée.", ARTICLE, []),
    # "courant" after something else than a day is no such date
    ("Le 3 est le courant le plus fort.", ARTICLE, []),
]

#: a weekday that is the article's own day: that day, in the future tense too
WEEKDAY_OF_THE_DAY = [
    (
        "Le conseil d'administration se réunira mercredi pour examiner l'offre.",
        ARTICLE,
        [("mercredi", "2025-02-12", None, "day")],
    ),
    (
        "Ce mercredi, le gouvernement présentera son projet de budget.",
        ARTICLE,
        [("mercredi", "2025-02-12", None, "day")],
    ),
    # "prochain" still means the next week's
    (
        "Le conseil d'administration se réunira mercredi prochain.",
        ARTICLE,
        [("mercredi prochain", "2025-02-19", None, "day")],
    ),
    # another weekday: the next one for a future verb
    (
        "Ce vendredi, le gouvernement présentera son projet de budget.",
        ARTICLE,
        [("vendredi", "2025-02-14", None, "day")],
    ),
]

#: Swiss dates with dots need no leading zeros when the year has four digits
SWISS_DOTS = [
    (
        "La séance du Conseil communal du 3.2.2025 a été houleuse.",
        ARTICLE,
        [("3.2.2025", "2025-02-03", None, "day")],
    ),
    ("La version 1.2.25 du logiciel est sortie.", ARTICLE, []),
]

#: "courant mars" (in the course of March): the month, like "début mars"
IN_THE_COURSE_OF = [
    (
        "La direction rencontrera les syndicats courant mars.",
        ARTICLE,
        [("courant mars", "2025-03", None, "month")],
    ),
    (
        "Courant janvier, le groupe a bouclé son refinancement.",
        ARTICLE,
        [("Courant janvier", "2025-01", None, "month")],
    ),
]

CASES = DAY_WITH_DIRECTION + DAY_OF_THIS_MONTH + WEEKDAY_OF_THE_DAY + SWISS_DOTS + IN_THE_COURSE_OF


@pytest.mark.parametrize(("text", "article_date", "expected"), CASES)
def test_press_days(nlp: Language, text: str, article_date: str | None, expected: list) -> None:
    assert dates(nlp, text, article_date) == expected


@pytest.mark.parametrize(("text", "article_date", "expected"), DAY_OF_THIS_MONTH)
def test_day_of_this_month_from_the_text_alone(
    blank: Language, text: str, article_date: str | None, expected: list
) -> None:
    assert dates(blank, text, article_date) == expected
