"""Dates: kinds of construction found on press we had not tuned on (session 8), with sentences
of our own modelled on how newsrooms write them.

Each case: (sentence, article date, [(text, value, value_end, granularity), ...]).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.dates.helpers import dates

#: a day set for a payment or an event ("payable le", "prévue le") is the coming one, even
#: under a past verb
SCHEDULED_DAY = [
    (
        "Le conseil a approuvé un dividende de 0,21 $ par action, payable le 20 octobre.",
        "2026-09-03",
        [("20 octobre", "2026-10-20", None, "day")],
    ),
    (
        "Le groupe a confirmé que l'assemblée générale, prévue le 12 juin, votera le dividende.",
        "2026-04-28",
        [("12 juin", "2026-06-12", None, "day")],
    ),
    # without such a word, a past verb keeps the past day
    (
        "Le conseil a approuvé le 20 août un dividende de 0,21 $ par action.",
        "2026-09-03",
        [("20 août", "2026-08-20", None, "day")],
    ),
]

#: a quarter or a semester without its year takes the year named earlier in its sentence
PERIOD_OF_THE_YEAR_NAMED = [
    (
        "Nous avons vendu l'an dernier 40 000 tonnes, mais les prix se sont effondrés au second "
        "semestre.",
        "2026-11-12",
        [
            ("l'an dernier", "2025", None, "year"),
            ("second semestre", "2025-07-01", "2025-12-31", "semester"),
        ],
    ),
    (
        "En 2024, le chiffre d'affaires a reculé au troisième trimestre.",
        "2026-02-10",
        [
            ("2024", "2024", None, "year"),
            ("troisième trimestre", "2024-07-01", "2024-09-30", "quarter"),
        ],
    ),
    # a year of another sentence does not carry over
    (
        "L'an dernier fut difficile. Les ventes ont reculé au premier trimestre.",
        "2026-06-10",
        [
            ("L'an dernier", "2025", None, "year"),
            ("premier trimestre", "2026-01-01", "2026-03-31", "quarter"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "article_date", "expected"), SCHEDULED_DAY + PERIOD_OF_THE_YEAR_NAMED
)
def test_unseen_kinds(nlp: Language, text: str, article_date: str, expected: list) -> None:
    assert dates(nlp, text, article_date) == expected
