"""Scoring quotes: shared word sets, one-to-one best overlaps first; attribution by the
speaker's name, alias or surname (see :mod:`pipeline.evaluate`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from pipeline.evaluate.matching import field_detail, max_matching
from pipeline.evaluate.values import (
    contains_words,
    entity_keys,
    fold,
    gold_items,
    name_key,
    text_or_none,
)

QUOTE_MIN_GOLD_SHARE = 0.5  # of the gold words

QUOTE_MIN_PRED_SHARE = 0.3  # of the predicted words

_WORD = re.compile(r"\w+")


def _words(text: object) -> frozenset[str]:
    return frozenset(_WORD.findall(fold(text)))


def _quote_overlap(gold: frozenset[str], pred: frozenset[str]) -> int | None:
    """Size of the shared word set when the pair matches, else None."""
    shared = len(gold & pred)
    # Integer forms of shared >= 0.5 |G| and shared >= 0.3 |P|, free of float rounding.
    if shared and 2 * shared >= len(gold) and 10 * shared >= 3 * len(pred):
        return shared
    return None


def _speaker_matcher(doc: Mapping[str, Any], speaker: object) -> Callable[[object], bool]:
    """Whether a predicted speaker names the gold ``speaker`` (see the module doc)."""
    if text_or_none(speaker) is None:
        return lambda predicted: text_or_none(predicted) is None
    key = name_key(speaker)
    keys = {key}
    person_names: list[object] = []
    is_org = False
    for kind in ("people", "people_optional", "organizations", "organizations_optional"):
        for entity in gold_items(doc, kind):
            its_keys = entity_keys(entity)
            if key in its_keys:
                keys |= its_keys
                if kind.startswith("people"):
                    person_names.append(entity.get("name"))
                else:
                    is_org = True
    surname: str | None = None
    if person_names or not is_org:
        words = fold(person_names[0] if person_names else speaker).split()
        surname = words[-1].strip(".,;:") if words else None

    def matches(predicted: object) -> bool:
        if text_or_none(predicted) is None:
            return False
        if name_key(predicted) in keys:
            return True
        return surname is not None and contains_words(fold(predicted), surname)

    return matches


def score_quotes(
    doc: Mapping[str, Any], rows: list[dict[str, Any]]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """(detection, attributed) details."""
    gold = gold_items(doc, "quotes")
    optional_words = [_words(item.get("text")) for item in gold_items(doc, "quotes_optional")]
    gold_words = [_words(item.get("text")) for item in gold]
    pred_words = [_words(row.get("quote")) for row in rows]

    edges = []
    for g, gw in enumerate(gold_words):
        for p, pw in enumerate(pred_words):
            shared = _quote_overlap(gw, pw)
            if shared is not None:
                jaccard = shared / len(gw | pw)
                edges.append(((-jaccard, -shared), g, p))
    gold_to_pred, pred_to_gold = max_matching(len(gold), edges)

    def gold_item(g: int) -> dict[str, Any]:
        return {"text": gold[g].get("text"), "speaker": gold[g].get("speaker")}

    def pred_item(p: int) -> dict[str, Any]:
        return {"quote": rows[p].get("quote"), "speaker": rows[p].get("speaker")}

    ignored: list[dict[str, Any]] = []
    unmatched: list[int] = []
    for p, pw in enumerate(pred_words):
        if p in pred_to_gold:
            continue
        if any(_quote_overlap(ow, pw) is not None for ow in optional_words):
            ignored.append(pred_item(p))
        else:
            unmatched.append(p)

    missed = [gold_item(g) for g in range(len(gold)) if g not in gold_to_pred]
    detection = field_detail(len(gold_to_pred), missed, [pred_item(p) for p in unmatched], ignored)

    attributed_missed: list[dict[str, Any]] = []
    wrong: list[dict[str, Any]] = []
    tp = 0
    for g in range(len(gold)):
        found = gold_to_pred.get(g)
        if found is None:
            attributed_missed.append(gold_item(g))
        elif _speaker_matcher(doc, gold[g].get("speaker"))(rows[found].get("speaker")):
            tp += 1
        else:
            attributed_missed.append(gold_item(g))
            wrong.append({**pred_item(found), "gold_speaker": gold[g].get("speaker")})
    attributed = field_detail(
        tp, attributed_missed, wrong + [pred_item(p) for p in unmatched], list(ignored)
    )
    return detection, attributed
