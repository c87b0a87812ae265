"""Seasons: meteorological, with a year, ``cet``/``ce`` or a direction word (``l'été
dernier``, ``au printemps 2026``, ``cet hiver``); a bare season, ``le printemps arabe``,
``a été`` are no dates.

Each case: (sentence, article date, [(text, value, value_end, granularity), ...]); the
article date is Wednesday 12 February 2025 (``ARTICLE``) unless a case gives another.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.dates.helpers import ARTICLE, dates

CASES = [
    # a season with a year, a direction word or cet/ce
    (
        "La livraison est attendue au printemps 2026.",
        ARTICLE,
        [("printemps 2026", "2026-03-01", "2026-05-31", "period")],
    ),
    (
        "L'été dernier, le groupe a racheté un concurrent.",
        ARTICLE,
        [("L'été dernier", "2024-06-01", "2024-08-31", "period")],
    ),
    (
        "« Cet hiver sera difficile », prévient le maire.",
        ARTICLE,
        [("Cet hiver", "2024-12-01", "2025-02-28", "period")],
    ),
    # a season of a name, a figure, a participle (a été) or an adjective is no date
    ("Le printemps arabe a bouleversé la région.", ARTICLE, []),
    ("Le Printemps a rouvert son magasin du boulevard Haussmann.", ARTICLE, []),
    ("Le club a été dernier du classement.", ARTICLE, []),
    ("L'hiver démographique inquiète les élus.", ARTICLE, []),
    # a bare season is no date; one anchored by a year, cet/ce or dernier/prochain is
    ("« Nous avons des chantiers signés jusqu'à l'automne. »", "2025-06-25", []),
    ("Les actions se multiplieraient au printemps, a prévenu le syndicat.", "2026-03-05", []),
    ("« Le gaz reste indispensable l'hiver », résume l'analyste.", "2026-02-26", []),
    (
        "Le chantier reprendra l'été prochain.",
        "2026-02-26",
        [("l'été prochain", "2026", None, "year")],
    ),
    (
        "Le site fermera cet automne.",
        "2025-06-25",
        [("cet automne", "2025-09-01", "2025-11-30", "period")],
    ),
    # a season with prochain gives the year of the coming season
    (
        "« Nous avons des commandes jusqu’à l’été prochain », dit-elle.",
        "2025-11-18",
        [("l’été prochain", "2026", None, "year")],
    ),
    (
        "L'hiver dernier a été rude.",
        "2025-11-18",
        [("L'hiver dernier", "2024-12-01", "2025-02-28", "period")],
    ),
]


@pytest.mark.parametrize(("text", "article_date", "expected"), CASES)
def test_seasons(nlp: Language, text: str, article_date: str | None, expected: list) -> None:
    assert dates(nlp, text, article_date) == expected
