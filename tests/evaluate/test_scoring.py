"""Scoring whole gold files: micro-averages over articles, empty sides, dtypes, duplicate ids,
the reference gold against itself, and ``evaluate`` running the extraction."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pandas as pd
import pytest

from pipeline.evaluate import PRF, evaluate, load_gold, score
from pipeline.evaluate.facts import carries_facts
from tests.evaluate.predictions import COLUMNS, counts, gold_doc, pred, quote_doc

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


def test_micro_average_and_documents_without_rows() -> None:
    gold = [
        gold_doc("a", amounts=[{"value": 1.0, "currency": "EUR"}]),
        gold_doc(
            "b", amounts=[{"value": 2.0, "currency": "EUR"}, {"value": 3.0, "currency": "EUR"}]
        ),
        gold_doc("c"),
    ]
    rows = [
        {"doc_id": "a", "value": 1.0, "currency": "EUR"},
        {"doc_id": "c", "value": 9.0, "currency": "EUR"},
        {"doc_id": "zzz", "value": 2.0, "currency": "EUR"},  # not a gold article: ignored
    ]
    report = score(gold, pred(amounts=rows))
    assert report.n_docs == 3
    assert counts(report.amounts) == (1, 1, 2)
    assert report.amounts.precision == 0.5
    assert report.amounts.recall == pytest.approx(1 / 3)
    assert [doc["id"] for doc in report.per_doc] == ["a", "b", "c"]
    assert report.per_doc[1]["fields"]["amounts"]["fn"] == 2


def test_empty_gold_and_predictions() -> None:
    report = score([gold_doc()], pred())
    for name, prf in report.fields().items():
        assert (prf.precision, prf.recall, prf.f1) == (1.0, 1.0, 1.0), name
    bare = SimpleNamespace(**{name: pd.DataFrame() for name in COLUMNS})  # no columns at all
    assert score([gold_doc()], bare).amounts.f1 == 1.0
    only_predicted = score([gold_doc()], pred(organizations=[{"name": "OpenAI"}]))
    assert counts(only_predicted.organizations) == (0, 1, 0)
    assert only_predicted.organizations.f1 == 0.0
    assert score([], pred()).n_docs == 0


def test_all_misses_when_nothing_predicted() -> None:
    gold = [
        quote_doc(
            amounts=[{"value": 1.0, "currency": "EUR"}], dates=[{"text": "2015", "value": "2015"}]
        )
    ]
    report = score(gold, pred())
    assert counts(report.amounts) == (0, 0, 1)
    assert counts(report.organizations) == (0, 0, 1)
    assert counts(report.people_lenient) == (0, 0, 1)
    assert counts(report.quotes_attributed) == (0, 0, 1)
    assert counts(report.dates_value) == (0, 0, 1)
    assert report.dates.recall == 0.0 and report.dates.precision == 0.0


def test_numpy_and_nullable_dtypes() -> None:
    amounts = pd.DataFrame(
        {
            "doc_id": pd.array(["d", "d"], dtype="string"),
            "text": ["x", "y"],
            "value": pd.array([16e9, 5.0], dtype="Float64"),
            "value_max": pd.array([18e9, None], dtype="Float64"),
            "currency": pd.array(["USD", None], dtype="string"),
            "qualifier": [None, None],
        }
    )
    result = pred()
    result.amounts = amounts
    gold = [
        gold_doc(amounts=[{"value": 18e9, "currency": "USD"}, {"value": 5.0, "currency": None}])
    ]
    report = score(gold, result)
    assert counts(report.amounts) == (2, 1, 0)
    json.dumps(report.to_dict())


def test_score_rejects_duplicate_ids() -> None:
    with pytest.raises(ValueError, match="not unique"):
        score([gold_doc("a"), gold_doc("a")], pred())


def perfect_predictions(gold: list[dict[str, Any]]) -> SimpleNamespace:
    tables: dict[str, list[dict[str, Any]]] = {name: [] for name in COLUMNS}
    for doc in gold:
        doc_id = doc["id"]
        for amount in doc.get("amounts", []):
            tables["amounts"].append({"doc_id": doc_id, **amount, "value_max": float("nan")})
        for kind in ("organizations", "people"):
            for entity in doc.get(kind, []):
                # One row per mention: the canonical name repeated is still one name.
                for mention in [entity["name"], *entity["aliases"]]:
                    tables[kind].append({"doc_id": doc_id, "text": mention, "name": entity["name"]})
        for quote in doc.get("quotes", []):
            row = {"doc_id": doc_id, "quote": quote["text"], "speaker": quote["speaker"]}
            tables["quotes"].append(row)
        for date in doc.get("dates", []):
            tables["dates"].append({"doc_id": doc_id, "text": date["text"], "value": date["value"]})
    return pred(**tables)


def test_seed_gold_against_itself_is_perfect() -> None:
    seed = SHARED / "seed" / "gold.jsonl"
    if not seed.exists():
        pytest.skip(f"../shared is absent: {seed} not found")
    gold = load_gold(seed)
    report = score(gold, perfect_predictions(gold))
    assert report.n_docs == len(gold) >= 1
    for name, prf in report.fields().items():
        if name == "facts" and not carries_facts(gold):
            assert prf == PRF(), "a set without facts gold scores no fact"
            continue
        assert prf.tp > 0, name
        assert (prf.precision, prf.recall, prf.f1) == (1.0, 1.0, 1.0), name
    assert report.format_errors() == "No errors."


def test_evaluate_runs_extract_on_the_gold_texts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pipeline

    gold = [
        {"id": "a", "text": "OpenAI lève 6,6 milliards de dollars.", "date": "2024-10-02"},
        {"id": "b", "text": "Rien.", "organizations": [{"name": "OpenAI", "aliases": []}]},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in gold))
    calls: list[tuple[pd.DataFrame, dict[str, Any]]] = []
    marker = object()

    def fake_extract(source: pd.DataFrame, **kwargs: Any) -> SimpleNamespace:
        calls.append((source, kwargs))
        return pred(organizations=[{"doc_id": "b", "name": "OpenAI"}])

    monkeypatch.setattr(pipeline, "extract", fake_extract, raising=False)
    report = evaluate(path, nlp=marker)  # type: ignore[arg-type]
    (source, kwargs), *_ = calls
    assert list(source.columns) == ["id", "text", "date"]
    assert source["id"].tolist() == ["a", "b"]
    assert source["date"].tolist() == ["2024-10-02", None]
    assert kwargs == {"nlp": marker}
    assert report.n_docs == 2 and counts(report.organizations) == (1, 0, 0)

    evaluate(path)
    assert calls[1][1] == {}
