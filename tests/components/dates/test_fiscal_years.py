"""Quarters of a non-calendar fiscal year: the year closing in March starts in April; when the
article does not say when its fiscal year starts, the span is kept with value None; calendar
quarters stay calendar ones.

Each case: (sentence, article date, [(text, value, value_end, granularity), ...]); the
article date is Wednesday 12 February 2025 (``ARTICLE``) unless a case gives another.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.dates.helpers import dates

CASES = [
    # quarters of a non-calendar fiscal year: the year closing in March starts in April
    (
        "Le groupe, dont l'exercice est clos le 31 mars, a vu ses commandes bondir au "
        "troisième trimestre.",
        "2026-02-05",
        [
            ("31 mars", "2026-03-31", None, "day"),
            ("troisième trimestre", "2025-10-01", "2025-12-31", "quarter"),
        ],
    ),
    (
        "Les ventes ont reculé au premier trimestre de son exercice 2025-2026, clos fin septembre.",
        "2025-11-20",
        [
            ("premier trimestre", "2025-07-01", "2025-09-30", "quarter"),
            ("2025-2026", "2025", "2026", "period"),
            ("fin septembre", "2025-09", None, "month"),
        ],
    ),
    (
        "Le distributeur, dont l'exercice décalé s'achève fin juin, publiera jeudi son "
        "chiffre d'affaires du premier semestre.",
        "2026-02-03",
        [
            ("fin juin", "2026-06", None, "month"),
            ("jeudi", "2026-02-05", None, "day"),
            ("premier semestre", "2025-07-01", "2025-12-31", "semester"),
        ],
    ),
    (
        "Le groupe, dont l'exercice s'achève fin mars, a vu ses ventes progresser de 4 % sur "
        "les neuf premiers mois de l'exercice.",
        "2026-02-05",
        [
            ("fin mars", "2026-03", None, "month"),
            ("neuf premiers mois de l'exercice", "2025-04-01", "2025-12-31", "period"),
        ],
    ),
    # ... when the article does not say when the fiscal year starts: the quarter, value None
    (
        "Au troisième trimestre de son exercice 2025-2026, le groupe a réduit sa dette.",
        "2026-02-05",
        [
            ("troisième trimestre", None, None, "quarter"),
            ("2025-2026", "2025", "2026", "period"),
        ],
    ),
    (
        "Le groupe a publié ses ventes du premier semestre de l'exercice 2025/26.",
        "2026-02-05",
        [("premier semestre", None, None, "semester"), ("2025/26", "2025", "2026", "period")],
    ),
    # ... and calendar quarters stay calendar ones
    (
        "Le groupe, dont l'exercice est clos fin mars, avait vu ses ventes progresser au "
        "troisième trimestre 2025.",
        "2026-02-05",
        [
            ("fin mars", "2026-03", None, "month"),
            ("troisième trimestre 2025", "2025-07-01", "2025-09-30", "quarter"),
        ],
    ),
    (
        "Les trois premiers trimestres de l'exercice 2023 ont été bons.",
        "2026-02-05",
        [("trois premiers trimestres de l'exercice 2023", "2023-01-01", "2023-09-30", "period")],
    ),
]


@pytest.mark.parametrize(("text", "article_date", "expected"), CASES)
def test_fiscal_years(nlp: Language, text: str, article_date: str | None, expected: list) -> None:
    assert dates(nlp, text, article_date) == expected
