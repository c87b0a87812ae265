"""Scoring dates: texts that contain one another, and the value as its own matching."""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest

from pipeline.evaluate import score
from tests.evaluate.predictions import counts, gold_doc, pred


@pytest.mark.parametrize(
    ("text", "value", "detected", "valued"),
    [
        ("2015", "2015", True, True),
        ("en 2015", "2015", True, True),  # the prediction contains the gold text
        ("5", "2015", False, False),  # containment is by whole words
        ("2016", "2016", False, False),
        ("2015", "2015-01", True, False),  # found, wrong value
        ("2015", pd.NA, True, False),
    ],
)
def test_dates(text: str, value: object, detected: bool, valued: bool) -> None:
    gold = [gold_doc(dates=[{"text": "2015", "value": "2015"}])]
    report = score(gold, pred(dates=[{"text": text, "value": value}]))
    assert counts(report.dates) == ((1, 0, 0) if detected else (0, 1, 1))
    assert counts(report.dates_value) == ((1, 0, 0) if valued else (0, 1, 1))


def test_dates_gold_contains_prediction_and_value_end_is_not_compared() -> None:
    gold = [
        gold_doc(
            dates=[
                {"text": "du 3 au 5 mars 2024", "value": "2024-03-03", "value_end": "2024-03-05"},
                {"text": "mardi", "value": None},
            ]
        )
    ]
    rows: list[dict[str, Any]] = [
        {"text": "3 au 5 mars 2024", "value": "2024-03-03"},
        {"text": "Mardi", "value": None},
    ]
    report = score(gold, pred(dates=rows))
    assert counts(report.dates) == (2, 0, 0)
    assert counts(report.dates_value) == (2, 0, 0)


def test_dates_value_is_its_own_matching() -> None:
    # Detection pairs equal texts first (lundi-lundi, ce lundi-ce lundi), both with the wrong
    # value; the value score pairs by containment instead and finds both values.
    gold = [
        gold_doc(
            dates=[
                {"text": "lundi", "value": "2024-03-04"},
                {"text": "ce lundi", "value": "2024-03-11"},
            ]
        )
    ]
    rows = [{"text": "lundi", "value": "2024-03-11"}, {"text": "ce lundi", "value": "2024-03-04"}]
    report = score(gold, pred(dates=rows))
    assert counts(report.dates) == (2, 0, 0)
    assert counts(report.dates_value) == (2, 0, 0)


def test_a_gold_article_without_a_dates_key_does_not_score_dates() -> None:
    predicted = pred(dates=[{"text": "2015", "value": "2015"}])
    unannotated = score([gold_doc(amounts=[])], predicted)
    assert counts(unannotated.dates) == counts(unannotated.dates_value) == (0, 0, 0)
    assert not unannotated.dates.scored
    annotated_empty = score([gold_doc(dates=[])], predicted)
    assert counts(annotated_empty.dates) == (0, 1, 0)
