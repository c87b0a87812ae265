"""Quarters and semesters (words and codes: ``troisième trimestre 2025``, ``T3 2024``, ``au
S1``), windows of months anchored on a calendar period (``neuf premiers mois de l'année``)
and rolling windows, which are durations (``les 3 derniers mois``).

Each case: (sentence, article date, [(text, value, value_end, granularity), ...]); the
article date is Wednesday 12 February 2025 (``ARTICLE``) unless a case gives another.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.dates.helpers import ARTICLE, dates

CASES = [
    # quarters and semesters
    (
        "Le chiffre d'affaires du troisième trimestre 2025 progresse.",
        ARTICLE,
        [("troisième trimestre 2025", "2025-07-01", "2025-09-30", "quarter")],
    ),
    (
        "Au T3 2024, la marge a reculé.",
        ARTICLE,
        [("T3 2024", "2024-07-01", "2024-09-30", "quarter")],
    ),
    (
        "Les ventes ont progressé au premier semestre.",
        ARTICLE,
        [("premier semestre", "2025-01-01", "2025-06-30", "semester")],
    ),
    (
        "Ses résultats du 2e trimestre 2024 déçoivent.",
        ARTICLE,
        [("2e trimestre 2024", "2024-04-01", "2024-06-30", "quarter")],
    ),
    # Les Echos analyses: periods of the year
    (
        "Au quatrième trimestre, les ventes ont reculé de 2 %.",
        ARTICLE,
        [("quatrième trimestre", "2024-10-01", "2024-12-31", "quarter")],
    ),
    ("Au T4, la marge a progressé.", ARTICLE, [("T4", "2024-10-01", "2024-12-31", "quarter")]),
    (
        "Au S1 2025, la marge progressera.",
        ARTICLE,
        [("S1 2025", "2025-01-01", "2025-06-30", "semester")],
    ),
    (
        "Sur l'exercice 2025-2026, le groupe vise 5 % de croissance.",
        ARTICLE,
        [("2025-2026", "2025", "2026", "period")],
    ),
    (
        "Sur l'exercice clos le 31 mars 2025, le bénéfice a doublé.",
        ARTICLE,
        [("31 mars 2025", "2025-03-31", None, "day")],
    ),
    (
        "Au 30 juin 2025, la dette nette s'élevait à 3 milliards d'euros.",
        ARTICLE,
        [("30 juin 2025", "2025-06-30", None, "day")],
    ),
    ("Le dividende versé au titre de 2024 augmente.", ARTICLE, [("2024", "2024", None, "year")]),
    # windows anchored on a calendar period (corpus convention); past tense -> elapsed window
    (
        "Sur les neuf premiers mois de l'année, les ventes ont progressé.",
        ARTICLE,
        [("neuf premiers mois de l'année", "2024-01-01", "2024-09-30", "period")],
    ),
    (
        "Sur les six derniers mois de 2024, la marge a reculé.",
        ARTICLE,
        [("six derniers mois de 2024", "2024-07-01", "2024-12-31", "period")],
    ),
    (
        "Les trois premiers trimestres de l'exercice 2023 ont été bons.",
        ARTICLE,
        [("trois premiers trimestres de l'exercice 2023", "2023-01-01", "2023-09-30", "period")],
    ),
    # rolling windows are durations, not dates; a tram line is no quarter
    ("Sur les 3 derniers mois, le titre a gagné 10 %.", ARTICLE, []),
    ("Le groupe embauchera dans les six prochains mois.", ARTICLE, []),
    ("Sur les douze derniers mois, le chiffre d'affaires a progressé.", ARTICLE, []),
    ("Le tramway passe au T3.", ARTICLE, []),
]
#: the cases whose answer reads the parse (the tense of the verb, a part of speech); the
#: others need the text alone and pass on a blank French pipeline too
NEEDS_THE_PARSE = {
    "Au quatrième trimestre, les ventes ont reculé de 2 %.",
    "Au T4, la marge a progressé.",
    "Sur les neuf premiers mois de l'année, les ventes ont progressé.",
}


@pytest.mark.parametrize(("text", "article_date", "expected"), CASES)
def test_periods(nlp: Language, text: str, article_date: str | None, expected: list) -> None:
    assert dates(nlp, text, article_date) == expected


@pytest.mark.parametrize(
    ("text", "article_date", "expected"), [c for c in CASES if c[0] not in NEEDS_THE_PARSE]
)
def test_periods_from_the_text_alone(
    blank: Language, text: str, article_date: str | None, expected: list
) -> None:
    assert dates(blank, text, article_date) == expected
