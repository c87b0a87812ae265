"""The period of a result, from the dates the dates component found near the amount."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.components.facts.periods import period_value
from tests.components.facts.helpers import facts

VALUES = [
    ({"value": "2024-07-01", "value_end": "2024-09-30", "granularity": "quarter"}, "2024-Q3"),
    ({"value": "2024-01-01", "value_end": "2024-06-30", "granularity": "semester"}, "2024-H1"),
    (
        {"value": "2019-01-01", "value_end": "2019-09-30", "granularity": "period"},
        "2019-01/2019-09",
    ),
    ({"value": "2023-07-01", "value_end": "2024-06-30", "granularity": "period"}, "2023/2024"),
    ({"value": "2023", "value_end": None, "granularity": "year"}, "2023"),
    ({"value": "2024-06", "value_end": None, "granularity": "month"}, "2024-06"),
    ({"value": "2011-06-30", "value_end": None, "granularity": "day"}, "2011-06"),
    ({"value": None, "value_end": None, "granularity": None}, None),
    ({"value": "2020-01-01", "value_end": "2024-12-31", "granularity": "period"}, None),
]


@pytest.mark.parametrize(("info", "expected"), VALUES)
def test_period_value(info: dict, expected: str | None) -> None:
    assert period_value(info) == expected


SENTENCES = [
    ("Le groupe a dégagé un bénéfice de 40 millions d'euros au premier semestre 2024.", "2024-H1"),
    ("Son chiffre d'affaires a atteint 2 milliards d'euros en 2023.", "2023"),
    ("La perte s'élève à 12 millions d'euros au troisième trimestre 2024.", "2024-Q3"),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_the_period_of_a_result(nlp: Language, text: str, expected: str) -> None:
    assert facts(nlp, text)[0][3] == expected


def test_a_price_takes_no_period(nlp: Language) -> None:
    text = "En 2023, le groupe a racheté son concurrent pour 300 millions d'euros."
    assert facts(nlp, text)[0][0] == "price"
    assert facts(nlp, text)[0][3] is None


DEADLINES = [
    "Le groupe Ostrel investira 250 millions d'euros dans ses usines d'ici 2028.",
    "Le port a présenté mardi un plan d'investissement de 1,4 milliard d'euros d'ici à 2030.",
    "Ostrel a placé un emprunt obligataire de 500 millions d'euros à échéance 2031.",
    "Ostrel vise 3 milliards d'euros d'économies à l'horizon 2030.",
]


@pytest.mark.parametrize("text", DEADLINES)
def test_a_deadline_is_no_period(nlp: Language, text: str) -> None:
    """A deadline or a maturity is not the period of the figure, nor is the next date out."""
    assert facts(nlp, text)[0][3] is None


def test_a_year_of_results_stays_a_period(nlp: Language) -> None:
    text = "Ostrel a réalisé un chiffre d'affaires de 610 millions d'euros en 2024."
    assert facts(nlp, text)[0][3] == "2024"


COMPARED = [
    ("Le résultat opérationnel progresse de 9 % à 48,8 millions d'euros (contre 44,7 millions "
     "au premier semestre 2025).", [None, "2025-H1"]),
    ("Son bénéfice net atteint 131,5 millions d'euros, contre 127,8 millions en 2025.",
     [None, "2025"]),
    ("Les ventes ont reculé à 2,1 milliards d'euros contre 2,4 milliards d'euros au troisième "
     "trimestre 2024.", [None, "2024-Q3"]),
    # a date before the amount stays its period
    ("Au premier semestre 2026, la perte nette s'élève à 80 millions d'euros, contre 75 "
     "millions en 2025.", ["2026-H1", "2025"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), COMPARED)
def test_the_date_of_a_compared_amount_is_its_own_period(
    nlp: Language, text: str, expected: list[str | None]
) -> None:
    """``X, contre Y en 2025``: the date after the compared amount is Y's period, not X's."""
    assert [fact[3] for fact in facts(nlp, text)] == expected
