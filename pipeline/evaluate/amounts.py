"""Scoring amounts: same currency, value within 0.5 %, one-to-one (see :mod:`pipeline.evaluate`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pipeline.evaluate.matching import field_detail, max_matching
from pipeline.evaluate.values import gold_items, is_missing, text_or_none

AMOUNT_TOLERANCE = 0.005  # relative


def _currency(value: object) -> str | None:
    """The currency code in upper case, or None."""
    text = text_or_none(value)
    return text.upper() if text else None


def _number(value: object) -> float | None:
    """The value as a float, or None when missing or not a number."""
    if is_missing(value) or isinstance(value, bool):
        return None
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


@dataclass
class AmountMatch:
    """The amounts of one article matched: the gold amounts and the predictions (a range's
    row gives one per bound) as compared, the row each prediction comes from, and the
    one-to-one matching both ways."""

    gold: list[dict[str, Any]]
    preds: list[dict[str, Any]]
    pred_rows: list[int]
    gold_to_pred: dict[int, int]
    pred_to_gold: dict[int, int]


def match_amounts(doc: Mapping[str, Any], rows: list[dict[str, Any]]) -> AmountMatch:
    """Match the predicted amounts of one article with its gold ones: same currency, value
    within :data:`AMOUNT_TOLERANCE`, closest pairs first; a predicted range gives one
    prediction per bound."""
    gold: list[dict[str, Any]] = [
        {"value": _number(item.get("value")), "currency": _currency(item.get("currency"))}
        for item in gold_items(doc, "amounts")
    ]
    preds: list[dict[str, Any]] = []
    pred_rows: list[int] = []
    for index, row in enumerate(rows):
        base = {"text": row.get("text"), "currency": _currency(row.get("currency"))}
        preds.append({**base, "value": _number(row.get("value")), "bound": "value"})
        pred_rows.append(index)
        value_max = _number(row.get("value_max"))
        if value_max is not None:
            preds.append({**base, "value": value_max, "bound": "value_max"})
            pred_rows.append(index)

    edges = []
    for g, gitem in enumerate(gold):
        for p, pitem in enumerate(preds):
            gv, pv = gitem["value"], pitem["value"]
            if gv is None or pv is None or gitem["currency"] != pitem["currency"]:
                continue
            error = abs(pv - gv)
            # The tiny slack keeps the 0.5 % edge itself inside despite float rounding.
            if error <= AMOUNT_TOLERANCE * abs(gv) * (1 + 1e-9):
                edges.append((error / abs(gv) if gv else 0.0, g, p))
    gold_to_pred, pred_to_gold = max_matching(len(gold), edges)
    return AmountMatch(gold, preds, pred_rows, gold_to_pred, pred_to_gold)


def score_amounts(doc: Mapping[str, Any], rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The detail of the amounts of one article; a predicted range gives one prediction per
    bound."""
    match = match_amounts(doc, rows)
    missed = [item for g, item in enumerate(match.gold) if g not in match.gold_to_pred]
    false_positives = [item for p, item in enumerate(match.preds) if p not in match.pred_to_gold]
    return field_detail(len(match.gold_to_pred), missed, false_positives)
