"""One-to-one matching of gold and predicted items, and the detail of one field of one
article (its counts and the items missed, wrongly predicted or ignored)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def max_matching(
    n_gold: int, edges: Iterable[tuple[Any, int, int]]
) -> tuple[dict[int, int], dict[int, int]]:
    """One-to-one matching of maximum size: pairs with the smallest key are taken first
    (greedy), then augmenting paths complete it. ``edges`` are ``(key, gold, pred)``.
    Returns ``(gold -> pred, pred -> gold)``."""
    ordered = sorted(edges)
    adjacency: dict[int, list[int]] = {g: [] for g in range(n_gold)}
    gold_to_pred: dict[int, int] = {}
    pred_to_gold: dict[int, int] = {}
    for _, g, p in ordered:
        adjacency[g].append(p)
        if g not in gold_to_pred and p not in pred_to_gold:
            gold_to_pred[g], pred_to_gold[p] = p, g

    def augment(g: int, seen: set[int]) -> bool:
        for p in adjacency[g]:
            if p in seen:
                continue
            seen.add(p)
            if p not in pred_to_gold or augment(pred_to_gold[p], seen):
                gold_to_pred[g], pred_to_gold[p] = p, g
                return True
        return False

    for g in range(n_gold):
        if g not in gold_to_pred:
            augment(g, set())
    return gold_to_pred, pred_to_gold


def field_detail(
    tp: int,
    missed: list[dict[str, Any]],
    false_positives: list[dict[str, Any]],
    ignored: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """One field of one article: ``tp``, ``fp``, ``fn`` and the items behind them (``missed``,
    ``false_positives``, and ``ignored`` when given)."""
    detail: dict[str, Any] = {
        "tp": tp,
        "fp": len(false_positives),
        "fn": len(missed),
        "missed": missed,
        "false_positives": false_positives,
    }
    if ignored is not None:
        detail["ignored"] = ignored
    return detail
