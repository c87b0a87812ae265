"""Scoring dates: texts equal or containing one another as whole words; the value as a
separate matching (see :mod:`pipeline.evaluate`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pipeline.evaluate.matching import field_detail, max_matching
from pipeline.evaluate.values import contains_words, fold, gold_items, text_or_none


def _date_edges(
    gold: list[dict[str, Any]], preds: list[dict[str, Any]]
) -> tuple[list[tuple[Any, int, int]], list[tuple[Any, int, int]]]:
    """The candidate pairs of gold and predicted dates, as :func:`max_matching` edges: a pair
    whose folded texts are equal or contain one another as whole words. The detection edges
    prefer the same text, then the same value; the value edges are the pairs with the same
    value (the same text first)."""
    gold_texts = [fold(item["text"]) for item in gold]
    pred_texts = [fold(item["text"]) for item in preds]
    edges = []
    value_edges = []
    for g, gt in enumerate(gold_texts):
        for p, pt in enumerate(pred_texts):
            if not gt or not pt:
                continue
            if gt == pt or contains_words(gt, pt) or contains_words(pt, gt):
                same_value = gold[g]["value"] == preds[p]["value"]
                edges.append(((gt != pt, not same_value), g, p))
                if same_value:
                    value_edges.append(((gt != pt,), g, p))
    return edges, value_edges


def _date_value_false_positives(
    gold: list[dict[str, Any]],
    preds: list[dict[str, Any]],
    value_p2g: dict[int, int],
    pred_to_gold: dict[int, int],
) -> list[dict[str, Any]]:
    """The predictions without a gold date of the same value; one found with another value
    shows the gold value beside its own."""
    value_fps = []
    for p, item in enumerate(preds):
        if p in value_p2g:
            continue
        if p in pred_to_gold:  # found, but with another value: show the gold one
            item = {**item, "gold_value": gold[pred_to_gold[p]]["value"]}
        value_fps.append(item)
    return value_fps


def score_dates(
    doc: Mapping[str, Any], rows: list[dict[str, Any]]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """(detection, value) details. An article whose gold has no ``dates`` key has no date
    annotation: its predicted dates are not counted."""
    if "dates" not in doc:
        rows = []
    gold = [
        {"text": item.get("text"), "value": text_or_none(item.get("value"))}
        for item in gold_items(doc, "dates")
    ]
    preds = [{"text": row.get("text"), "value": text_or_none(row.get("value"))} for row in rows]
    edges, value_edges = _date_edges(gold, preds)
    gold_to_pred, pred_to_gold = max_matching(len(gold), edges)
    detection = field_detail(
        len(gold_to_pred),
        [item for g, item in enumerate(gold) if g not in gold_to_pred],
        [item for p, item in enumerate(preds) if p not in pred_to_gold],
    )

    value_g2p, value_p2g = max_matching(len(gold), value_edges)
    value_fps = _date_value_false_positives(gold, preds, value_p2g, pred_to_gold)
    value = field_detail(
        len(value_g2p), [item for g, item in enumerate(gold) if g not in value_g2p], value_fps
    )
    return detection, value
