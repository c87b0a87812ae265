"""Scoring amounts: the 0.5 % tolerance, currencies, ranges, one-to-one maximum matching."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.evaluate import score
from tests.evaluate.predictions import counts, gold_doc, pred


@pytest.mark.parametrize(
    ("predicted", "expected"),
    [
        (1005.0, (1, 0, 0)),  # exactly 0.5 % above
        (995.0, (1, 0, 0)),  # exactly 0.5 % below
        (1005.1, (0, 1, 1)),  # just beyond
        (994.9, (0, 1, 1)),
    ],
)
def test_amount_tolerance_edge(predicted: float, expected: tuple[int, int, int]) -> None:
    gold = [gold_doc(amounts=[{"value": 1000.0, "currency": "EUR"}])]
    report = score(gold, pred(amounts=[{"value": predicted, "currency": "EUR"}]))
    assert counts(report.amounts) == expected


def test_amount_zero_is_exact() -> None:
    gold = [
        gold_doc(amounts=[{"value": 0.0, "currency": "EUR"}, {"value": 0.0, "currency": "EUR"}])
    ]
    report = score(
        gold, pred(amounts=[{"value": 0.0, "currency": "EUR"}, {"value": 1e-9, "currency": "EUR"}])
    )
    assert counts(report.amounts) == (1, 1, 1)


@pytest.mark.parametrize(
    ("gold_currency", "predicted_currency", "expected"),
    [
        ("USD", "EUR", (0, 1, 1)),
        ("USD", pd.NA, (0, 1, 1)),  # predicted NA against a gold code: mismatch
        ("USD", None, (0, 1, 1)),
        (None, pd.NA, (1, 0, 0)),  # missing on both sides: same
        (None, float("nan"), (1, 0, 0)),
        (None, "EUR", (0, 1, 1)),
        ("usd", "USD", (1, 0, 0)),
    ],
)
def test_amount_currency(
    gold_currency: str | None, predicted_currency: object, expected: tuple[int, int, int]
) -> None:
    gold = [gold_doc(amounts=[{"value": 5e6, "currency": gold_currency}])]
    report = score(gold, pred(amounts=[{"value": 5e6, "currency": predicted_currency}]))
    assert counts(report.amounts) == expected


def test_repeated_gold_amount_is_matched_once_per_prediction() -> None:
    twice = [{"value": 97.4e9, "currency": "USD"}] * 2
    once = score([gold_doc(amounts=twice)], pred(amounts=[{"value": 97.4e9, "currency": "USD"}]))
    assert counts(once.amounts) == (1, 0, 1)
    both = score([gold_doc(amounts=twice)], pred(amounts=twice))
    assert counts(both.amounts) == (2, 0, 0)
    extra = score([gold_doc(amounts=twice[:1])], pred(amounts=twice))
    assert counts(extra.amounts) == (1, 1, 0)


def test_range_contributes_both_bounds() -> None:
    row = {"text": "entre 16 et 18 milliards de dollars", "value": 16e9, "value_max": 18e9}
    row["currency"] = "USD"
    bounds = [{"value": 16e9, "currency": "USD"}, {"value": 18e9, "currency": "USD"}]
    assert counts(score([gold_doc(amounts=bounds)], pred(amounts=[row])).amounts) == (2, 0, 0)
    lower_only = score([gold_doc(amounts=bounds[:1])], pred(amounts=[row]))
    assert counts(lower_only.amounts) == (1, 1, 0)
    false_positive = lower_only.per_doc[0]["fields"]["amounts"]["false_positives"]
    assert false_positive == [
        {"text": row["text"], "currency": "USD", "value": 18e9, "bound": "value_max"}
    ]


def test_amount_matching_is_maximum_not_just_greedy() -> None:
    # Closest-first alone pairs 100 with 100.3 and leaves 100.8 unmatched; 99.6 can only go to
    # 100, so the maximum matching is 100 ↔ 99.6 and 100.8 ↔ 100.3.
    gold = [gold_doc(amounts=[{"value": v, "currency": "EUR"} for v in (100.0, 100.8)])]
    predicted = pred(amounts=[{"value": v, "currency": "EUR"} for v in (100.3, 99.6)])
    assert counts(score(gold, predicted).amounts) == (2, 0, 0)


def test_amount_row_without_value_is_a_false_positive() -> None:
    report = score([gold_doc()], pred(amounts=[{"text": "des millions", "value": float("nan")}]))
    assert counts(report.amounts) == (0, 1, 0)
