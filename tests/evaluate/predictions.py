"""Hand-made predicted tables and gold articles for the scorer's tests (no spaCy model needed)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pandas as pd

from pipeline.evaluate import PRF

COLUMNS = {
    "amounts": [
        "doc_id",
        "text",
        "value",
        "value_max",
        "currency",
        "qualifier",
        "measure",
        "holder",
        "counterpart",
    ],
    "organizations": ["doc_id", "text", "name"],
    "people": ["doc_id", "text", "name", "role"],
    "quotes": ["doc_id", "quote", "kind", "speaker", "speaker_type", "cue"],
    "dates": ["doc_id", "text", "value"],
}


def pred(**tables: list[dict[str, Any]]) -> SimpleNamespace:
    """A result-like object; rows without ``doc_id`` belong to article ``d``."""
    frames = {}
    for name, columns in COLUMNS.items():
        rows = [{"doc_id": "d", **row} for row in tables.get(name, [])]
        frames[name] = pd.DataFrame(rows, columns=columns)
    return SimpleNamespace(**frames)


def gold_doc(doc_id: str = "d", **fields: Any) -> dict[str, Any]:
    return {"id": doc_id, "text": "…", **fields}


def counts(prf: PRF) -> tuple[int, int, int]:
    return prf.tp, prf.fp, prf.fn


#: The words of the gold quote of :func:`quote_doc`.
GOLD_WORDS = [f"g{i}" for i in range(10)]


def quote_doc(speaker: str | None = "Elon Musk", **fields: Any) -> dict[str, Any]:
    """A gold article with one quote of :data:`GOLD_WORDS` by ``speaker``, Elon Musk among its
    people and Baron Capital Group among its organisations."""
    return gold_doc(
        quotes=[{"text": " ".join(GOLD_WORDS), "speaker": speaker, "kind": "direct"}],
        people=[{"name": "Elon Musk", "aliases": ["Musk"]}],
        organizations=[{"name": "Baron Capital Group", "aliases": ["Baron Capital"]}],
        **fields,
    )
