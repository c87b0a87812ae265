"""Scoring predicted tables against gold articles, field by field (:func:`score`), and the
whole evaluation of the pipeline on a gold file (:func:`evaluate`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import pandas as pd

from pipeline.evaluate.amounts import match_amounts, score_amounts
from pipeline.evaluate.dates import score_dates
from pipeline.evaluate.facts import FACT_COLUMNS, Accuracy, carries_facts, score_facts
from pipeline.evaluate.gold import load_gold
from pipeline.evaluate.names import score_names
from pipeline.evaluate.quotes import score_quotes
from pipeline.evaluate.report import FIELDS, PRF, EvalReport
from pipeline.evaluate.values import clean, gold_items

if TYPE_CHECKING:
    from spacy.language import Language


class ExtractResultLike(Protocol):
    """What :func:`score` reads: one DataFrame per table, each with a ``doc_id`` column."""

    @property
    def amounts(self) -> pd.DataFrame: ...
    @property
    def organizations(self) -> pd.DataFrame: ...
    @property
    def people(self) -> pd.DataFrame: ...
    @property
    def quotes(self) -> pd.DataFrame: ...
    @property
    def dates(self) -> pd.DataFrame: ...


def _rows_by_doc(table: object, name: str) -> dict[str, list[dict[str, Any]]]:
    """The rows of the predicted table ``name`` as plain dicts, grouped by ``doc_id``."""
    if table is None:
        return {}
    if not isinstance(table, pd.DataFrame):
        raise TypeError(f"predicted.{name} must be a pandas DataFrame, not {type(table).__name__}")
    if table.empty:
        return {}
    if "doc_id" not in table.columns:
        raise ValueError(f"predicted.{name} has no 'doc_id' column")
    grouped: dict[str, list[dict[str, Any]]] = {}
    for record in table.to_dict(orient="records"):
        row = {str(key): clean(value) for key, value in record.items()}
        grouped.setdefault(str(row["doc_id"]), []).append(row)
    return grouped


def score(gold: list[dict[str, Any]], predicted: ExtractResultLike) -> EvalReport:
    """Compare ``predicted`` tables with ``gold`` articles (see the module doc for the rules)."""
    ids = [str(doc["id"]) for doc in gold]
    if len(set(ids)) != len(ids):
        raise ValueError("gold ids are not unique")
    tables = {
        name: _rows_by_doc(getattr(predicted, name, None), name)
        for name in ("amounts", "organizations", "people", "quotes", "dates")
    }
    totals = {name: PRF() for name in FIELDS}
    accuracies = {column: Accuracy() for column in FACT_COLUMNS}
    annotated = carries_facts(gold)
    per_doc: list[dict[str, Any]] = []
    for doc_id, doc in zip(ids, gold, strict=True):
        rows = {name: table.get(doc_id, []) for name, table in tables.items()}
        details: dict[str, dict[str, Any]] = {"amounts": score_amounts(doc, rows["amounts"])}
        match = match_amounts(doc, rows["amounts"])
        details["facts"] = score_facts(doc, rows["amounts"], match, annotated)
        for column in FACT_COLUMNS:
            accuracies[column] += details["facts"][column]
            details["facts"][column] = details["facts"][column].to_dict()
        for kind in ("organizations", "people"):
            strict, lenient = score_names(
                gold_items(doc, kind), gold_items(doc, f"{kind}_optional"), rows[kind]
            )
            details[kind] = strict
            details[f"{kind}_lenient"] = lenient
        details["quotes"], details["quotes_attributed"] = score_quotes(doc, rows["quotes"])
        details["dates"], details["dates_value"] = score_dates(doc, rows["dates"])
        details = {name: details[name] for name in FIELDS}
        for name, detail in details.items():
            totals[name] += PRF(detail["tp"], detail["fp"], detail["fn"])
        per_doc.append({"id": doc_id, "fields": details})
    return EvalReport(
        **totals,
        measure_accuracy=accuracies["measure"],
        holder_accuracy=accuracies["holder"],
        counterpart_accuracy=accuracies["counterpart"],
        n_docs=len(gold),
        per_doc=per_doc,
    )


def evaluate(gold_path: str | Path, *, nlp: Language | None = None) -> EvalReport:
    """Load ``gold_path``, run :func:`pipeline.extract` on its texts and score the result."""
    from pipeline import extract

    gold = load_gold(gold_path)
    source = pd.DataFrame(
        {
            "id": [doc["id"] for doc in gold],
            "text": [doc["text"] for doc in gold],
            "date": pd.Series([doc.get("date") for doc in gold], dtype=object),
        },
        columns=["id", "text", "date"],
    )
    result = extract(source) if nlp is None else extract(source, nlp=nlp)
    return score(gold, result)
