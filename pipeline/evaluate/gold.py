"""Reading a gold JSON Lines file (the format of ``GOLD_FORMAT.md``), checked line by line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

GOLD_LIST_KEYS = (
    "amounts",
    "organizations",
    "organizations_optional",
    "people",
    "people_optional",
    "quotes",
    "quotes_optional",
    "dates",
)


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """Read a gold JSON Lines file (blank lines skipped).

    Raises ValueError naming the file and line on bad JSON, a line that is not an object, a
    missing or non-string ``id``/``text``, a duplicate ``id`` or a list field that is not a list.
    """
    path = Path(path)
    docs: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    with path.open(encoding="utf-8-sig") as handle:
        for lineno, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{path}, line {lineno}"
            try:
                doc = json.loads(line)
            except json.JSONDecodeError as err:
                raise ValueError(f"{where}: invalid JSON ({err.msg}, column {err.colno})") from err
            if not isinstance(doc, dict):
                raise ValueError(f"{where}: expected a JSON object, got {type(doc).__name__}")
            for key in ("id", "text"):
                if key not in doc:
                    raise ValueError(f"{where}: missing {key!r}")
                if not isinstance(doc[key], str):
                    raise ValueError(f"{where}: {key!r} must be a string")
            for key in GOLD_LIST_KEYS:
                value = doc.get(key)
                if value is not None and not isinstance(value, list):
                    raise ValueError(f"{where}: {key!r} must be a list")
            if doc["id"] in seen:
                raise ValueError(f"{where}: duplicate id {doc['id']!r} (line {seen[doc['id']]})")
            seen[doc["id"]] = lineno
            docs.append(doc)
    return docs
