"""Scoring amounts: same currency, value within 0.5 %, one-to-one (see :mod:`pipeline.evaluate`)."""

from __future__ import annotations

from collections.abc import Mapping
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


def score_amounts(doc: Mapping[str, Any], rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The detail of the amounts of one article; a predicted range gives one prediction per
    bound."""
    gold: list[dict[str, Any]] = [
        {"value": _number(item.get("value")), "currency": _currency(item.get("currency"))}
        for item in gold_items(doc, "amounts")
    ]
    preds: list[dict[str, Any]] = []
    for row in rows:
        base = {"text": row.get("text"), "currency": _currency(row.get("currency"))}
        preds.append({**base, "value": _number(row.get("value")), "bound": "value"})
        value_max = _number(row.get("value_max"))
        if value_max is not None:
            preds.append({**base, "value": value_max, "bound": "value_max"})

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
    missed = [item for g, item in enumerate(gold) if g not in gold_to_pred]
    false_positives = [item for p, item in enumerate(preds) if p not in pred_to_gold]
    return field_detail(len(gold_to_pred), missed, false_positives)
