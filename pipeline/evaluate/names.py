"""Scoring organisations and people: distinct predicted names matched to gold entities by
name or alias, strict and lenient (see :mod:`pipeline.evaluate`)."""

from __future__ import annotations

from typing import Any

from pipeline.evaluate.matching import field_detail
from pipeline.evaluate.values import entity_keys, name_key, text_or_none


def _distinct_names(rows: list[dict[str, Any]], canonical: set[str]) -> list[str]:
    """The distinct predicted names (stripped, as written), those equal to a canonical gold
    name first: such a name is "the first" of its entity in the strict score."""
    names: list[str] = []
    for row in rows:
        name = text_or_none(row.get("name"))
        if name is not None and name not in names:
            names.append(name)
    names.sort(key=lambda name: name_key(name) not in canonical)
    return names


def score_names(
    gold: list[dict[str, Any]], optional: list[dict[str, Any]], rows: list[dict[str, Any]]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """(strict, lenient) details for organisations or people."""
    gold_keys = [entity_keys(entity) for entity in gold]
    optional_keys = set().union(*(entity_keys(entity) for entity in optional))
    names = _distinct_names(rows, {name_key(entity.get("name")) for entity in gold})

    matched: dict[int, str] = {}
    unmatched: list[dict[str, Any]] = []
    duplicates: list[dict[str, Any]] = []
    ignored: list[dict[str, Any]] = []
    for name in names:
        key = name_key(name)
        candidates = [i for i, keys in enumerate(gold_keys) if key and key in keys]
        if candidates:
            fresh = [i for i in candidates if i not in matched]
            if fresh:
                matched[fresh[0]] = name
            else:
                gold_name = gold[candidates[0]].get("name")
                duplicates.append({"name": name, "duplicate_of": gold_name})
        elif key and key in optional_keys:
            ignored.append({"name": name})
        else:
            unmatched.append({"name": name})
    missed = [
        {"name": entity.get("name"), "aliases": list(entity.get("aliases") or [])}
        for i, entity in enumerate(gold)
        if i not in matched
    ]
    strict = field_detail(len(matched), missed, unmatched + duplicates, ignored)
    lenient = field_detail(len(matched), list(missed), list(unmatched), list(ignored))
    return strict, lenient
