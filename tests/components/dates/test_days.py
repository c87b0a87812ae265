"""Days: full dates, abbreviations, numeric forms (``14.03.2025``, ``le 14/03``), days in words
(``le quatre octobre``), ranges of days, a day moved by a duration written before it.

Each case: (sentence, article date, [(text, value, value_end, granularity), ...]); the
article date is Wednesday 12 February 2025 (``ARTICLE``) unless a case gives another.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.dates.helpers import ARTICLE, dates

CASES = [
    # full dates
    (
        "Le 12 février 2025, la société a annoncé un rachat.",
        ARTICLE,
        [("12 février 2025", "2025-02-12", None, "day")],
    ),
    (
        "L'accord a été signé le 1er mars 2024.",
        ARTICLE,
        [("1er mars 2024", "2024-03-01", None, "day")],
    ),
    (
        "L\u2019assemblée du jeudi 3\u00a0avril\u00a02025 votera.",
        ARTICLE,
        [("jeudi 3\u00a0avril\u00a02025", "2025-04-03", None, "day")],
    ),
    (
        "La cotation reprend le 7 sept. 2023.",
        ARTICLE,
        [("7 sept. 2023", "2023-09-07", None, "day")],
    ),
    ("Le contrat court jusqu'au 31/12/2026.", ARTICLE, [("31/12/2026", "2026-12-31", None, "day")]),
    (
        "Selon le document daté du 2024-11-05, le projet avance.",
        ARTICLE,
        [("2024-11-05", "2024-11-05", None, "day")],
    ),
    # real-press forms, several registers
    # AFP: full dates, abbreviations, weekdays with a day number
    (
        "Le nouveau tarif entrera en vigueur le 1er janvier 2026, a indiqué l'AFP.",
        ARTICLE,
        [("1er janvier 2026", "2026-01-01", None, "day")],
    ),
    (
        "La cotation a été suspendue le 3 janv. 2025.",
        ARTICLE,
        [("3 janv. 2025", "2025-01-03", None, "day")],
    ),
    (
        "L'offre court jusqu'au 28 févr. 2025.",
        ARTICLE,
        [("28 févr. 2025", "2025-02-28", None, "day")],
    ),
    (
        "La séance du lun. 3 mars sera décisive.",
        ARTICLE,
        [("lun. 3 mars", "2025-03-03", None, "day")],
    ),
    # numeric forms
    ("La réunion aura lieu le 14/03.", ARTICLE, [("le 14/03", "2025-03-14", None, "day")]),
    ("Assemblée générale : 14.03.2025.", ARTICLE, [("14.03.2025", "2025-03-14", None, "day")]),
    ("Mise à jour du 2025-03-14.", ARTICLE, [("2025-03-14", "2025-03-14", None, "day")]),
    (
        "L'offre est ouverte du 01/10 au 02/11/2025.",
        ARTICLE,
        [("du 01/10 au 02/11/2025", "2025-10-01", "2025-11-02", "period")],
    ),
    ("Les données de 2024-11 sont révisées.", ARTICLE, [("2024-11", "2024-11", None, "month")]),
    # day numbers in words
    (
        "Le salon se tiendra du treize au 15 mars.",
        ARTICLE,
        [("du treize au 15 mars", "2025-03-13", "2025-03-15", "period")],
    ),
    ("Le magasin a fermé le premier mars.", ARTICLE, [("premier mars", "2024-03-01", None, "day")]),
    (
        "La loi entrera en vigueur le quatre octobre.",
        ARTICLE,
        [("quatre octobre", "2025-10-04", None, "day")],
    ),
    # a day moved by a duration written before it
    (
        "Les titres ont été achetés trois jours avant le 5 mars 2022.",
        ARTICLE,
        [("trois jours avant le 5 mars 2022", "2022-03-02", None, "day")],
    ),
]
#: the cases whose answer reads the parse (the tense of the verb, a part of speech); the
#: others need the text alone and pass on a blank French pipeline too
NEEDS_THE_PARSE = {
    "La réunion aura lieu le 14/03.",
    "Le salon se tiendra du treize au 15 mars.",
    "Le magasin a fermé le premier mars.",
    "La loi entrera en vigueur le quatre octobre.",
}


@pytest.mark.parametrize(("text", "article_date", "expected"), CASES)
def test_days(nlp: Language, text: str, article_date: str | None, expected: list) -> None:
    assert dates(nlp, text, article_date) == expected


@pytest.mark.parametrize(
    ("text", "article_date", "expected"), [c for c in CASES if c[0] not in NEEDS_THE_PARSE]
)
def test_days_from_the_text_alone(
    blank: Language, text: str, article_date: str | None, expected: list
) -> None:
    assert dates(blank, text, article_date) == expected
