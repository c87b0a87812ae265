"""How gold and predicted values are read and compared: missing values, stripped texts,
folded texts (:func:`fold`), name keys (a folded name without its leading article), whole-word
containment."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import pandas as pd

from pipeline.text import compare_key

_ARTICLE = re.compile(r"^(?:(?:le|la|les) |l' ?)")


def is_missing(value: object) -> bool:
    """``None``, or a pandas/numpy NA (``pd.NA``, ``NaN``, ``NaT``); never a string or a
    container."""
    if value is None:
        return True
    if isinstance(value, str | list | tuple | dict | set):
        return False
    try:
        scalar: Any = value
        return bool(pd.isna(scalar))
    except (TypeError, ValueError):
        return False


def clean(value: object) -> Any:
    """Plain JSON-friendly Python value: None for NA, Python scalars for numpy ones."""
    if is_missing(value):
        return None
    item = getattr(value, "item", None)
    if callable(item) and not isinstance(value, str | bytes):
        try:
            return item()
        except (TypeError, ValueError):
            return str(value)
    if isinstance(value, str | int | float | bool):
        return value
    return str(value)


def text_or_none(value: object) -> str | None:
    """Stripped string, or None when missing or blank."""
    if is_missing(value):
        return None
    text = str(value).strip()
    return text or None


def gold_items(doc: Mapping[str, Any], key: str) -> list[dict[str, Any]]:
    """The items (objects) of the gold list ``key`` of an article; none when it is absent."""
    return [item for item in doc.get(key) or [] if isinstance(item, dict)]


def fold(text: object) -> str:
    """Text as compared: no case, no accents, straight apostrophes, single spaces."""
    if is_missing(text):
        return ""
    return compare_key(str(text))


def name_key(name: object) -> str:
    """Folded name without a leading article: the key names are compared on."""
    return _ARTICLE.sub("", fold(name), count=1).strip()


def entity_keys(entity: Mapping[str, Any]) -> set[str]:
    """The name keys of a gold entity: its name and every alias."""
    names = [entity.get("name"), *(entity.get("aliases") or [])]
    return {key for key in map(name_key, names) if key}


def contains_words(haystack: str, needle: str) -> bool:
    """Whether ``needle`` occurs in ``haystack`` as whole words (``en 2015`` contains ``2015``;
    ``2015`` does not contain ``5``)."""
    return bool(needle) and re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", haystack) is not None
