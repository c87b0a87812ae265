"""The report's data: one JSON-ready dict built from the tables of a run."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import pandas as pd

from pipeline.report.segments import article_segments

#: The fact columns of ``amounts`` (``FACTS.md``); the facts section shows when they exist.
FACT_COLUMNS = ("measure", "holder", "counterpart", "period", "value_eur")
#: At most this many entities and speakers in the page (the most cited first).
MAX_ENTITIES = 2000
MAX_SPEAKERS = 300


def _clean(value: Any) -> Any:
    """A cell as JSON: None for NA and non-finite numbers, plain Python scalars."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if hasattr(value, "item"):
        return _clean(value.item())
    return value


def records(df: pd.DataFrame, columns: list[str]) -> list[list[Any]]:
    """The rows of ``df`` as lists of cells (the columns that exist, in that order)."""
    present = [c for c in columns if c in df.columns]
    return [[_clean(v) for v in row] for row in df[present].astype("object").itertuples(False)]


def _summary(tables: Mapping[str, pd.DataFrame]) -> dict[str, Any]:
    articles = tables["articles"]
    dates = articles["date"].dropna().astype(str)
    counts = {name: len(df) for name, df in tables.items()}
    counts["failed"] = int((articles["status"] == "error").sum())
    return {
        "counts": counts,
        "first_date": dates.min() if len(dates) else None,
        "last_date": dates.max() if len(dates) else None,
    }


ENTITY_COLUMNS = [
    "entity_id",
    "type",
    "name",
    "aliases",
    "kind",
    "n_articles",
    "n_mentions",
    "first_date",
    "last_date",
]
FACT_TABLE_COLUMNS = [
    "doc_id",
    "measure",
    "holder",
    "counterpart",
    "text",
    "value",
    "currency",
    "value_eur",
    "period",
    "sentence",
]


def _facts(amounts: pd.DataFrame) -> dict[str, Any] | None:
    """The facts table (``FACTS.md`` columns), None when the run has no fact columns."""
    if not all(c in amounts.columns for c in FACT_COLUMNS):
        return None
    columns = [c for c in FACT_TABLE_COLUMNS if c in amounts.columns]
    return {"columns": columns, "rows": records(amounts, columns)}


def _quotes(quotes: pd.DataFrame) -> list[dict[str, Any]]:
    """Quotes grouped by speaker, the most quoted first."""
    said = quotes.dropna(subset=["speaker"])
    key = "speaker_entity_id" if "speaker_entity_id" in said.columns else "speaker"
    key_values = said[key].astype("object").where(said[key].notna(), said["speaker"])
    out = []
    for _, group in said.groupby(key_values, sort=False):
        out.append(
            {
                "speaker": str(group["speaker"].mode().iloc[0]),
                "type": _clean(group["speaker_type"].iloc[0]),
                "quotes": records(group, ["doc_id", "kind", "cue", "quote"]),
            }
        )
    out.sort(key=lambda s: (-len(s["quotes"]), s["speaker"]))
    return out[:MAX_SPEAKERS]


def _timeline(tables: Mapping[str, pd.DataFrame]) -> dict[str, Any]:
    """Articles per month of publication and dates mentioned per month."""
    published = tables["articles"]["date"].dropna().astype(str).str[:7]
    mentioned = tables["dates"]["value"].dropna().astype(str)
    mentioned = mentioned[mentioned.str.match(r"^\d{4}-\d{2}")].str[:7]
    return {
        "articles": {str(k): int(v) for k, v in published.value_counts().sort_index().items()},
        "dates": {str(k): int(v) for k, v in mentioned.value_counts().sort_index().items()},
    }


def _articles(tables: Mapping[str, pd.DataFrame], facts: bool) -> list[dict[str, Any]]:
    segments = article_segments(tables)
    amounts = tables["amounts"]
    columns = ["text", "value", "currency", *(FACT_COLUMNS if facts else ())]
    by_doc: dict[str, list[list[Any]]] = {}
    for doc_id, row in zip(amounts["doc_id"].astype(str), records(amounts, columns), strict=True):
        by_doc.setdefault(doc_id, []).append(row)
    out = []
    for row in tables["articles"].astype("object").itertuples(index=False):
        doc_id = str(row.doc_id)
        out.append(
            {
                "id": doc_id,
                "date": _clean(row.date),
                "status": _clean(row.status),
                "error": _clean(row.error),
                "segments": segments.get(doc_id, []),
                "facts": by_doc.get(doc_id, []),
            }
        )
    return out


def report_data(
    tables: Mapping[str, pd.DataFrame], entities: pd.DataFrame | None, title: str
) -> dict[str, Any]:
    """Everything the page shows, as one JSON-ready dict."""
    facts = _facts(tables["amounts"])
    top = entities.head(MAX_ENTITIES) if entities is not None else pd.DataFrame()
    return {
        "title": title,
        "summary": _summary({**tables, "entities": top}),
        "entities": {"columns": ENTITY_COLUMNS, "rows": records(top, ENTITY_COLUMNS)},
        "facts": facts,
        "fact_columns": [c for c in (*FACT_COLUMNS,) if facts is not None],
        "quotes": _quotes(tables["quotes"]),
        "timeline": _timeline(tables),
        "articles": _articles(tables, facts is not None),
        "amount_columns": ["text", "value", "currency", *(FACT_COLUMNS if facts else ())],
    }
