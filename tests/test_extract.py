"""The public contract of ``pipeline.extract``: tables, columns, dtypes, offsets, writers."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from spacy.language import Language

import pipeline
from pipeline.tables import SCHEMAS, TABLES

ARTICLE = (
    "Airbus a annoncé jeudi un bénéfice net de 4,2 milliards d’euros pour 2024. "
    "« Nous avons tenu nos engagements », a déclaré son directeur général, Guillaume Faury. "
    "Le groupe prévoit de livrer 820 avions cette année."
)
OTHER = "La start-up Mistral AI a levé 600 millions d’euros auprès de General Catalyst."


def _check_schema(result: pipeline.ExtractResult) -> None:
    for name in TABLES:
        df = getattr(result, name)
        assert isinstance(df, pd.DataFrame)
        assert list(df.columns) == list(SCHEMAS[name]), name
        assert {c: str(t) for c, t in df.dtypes.items()} == SCHEMAS[name], name


def _check_offsets(result: pipeline.ExtractResult, texts: dict[str, str]) -> None:
    for name in ("amounts", "organizations", "people", "dates"):
        for row in getattr(result, name).itertuples():
            assert texts[row.doc_id][row.start_char : row.end_char] == row.text, (name, row)
    for row in result.quotes.itertuples():
        span = texts[row.doc_id][row.start_char : row.end_char]
        assert span.strip(), row
        assert row.sentence and span in texts[row.doc_id]


def test_empty_input_has_every_column(nlp: Language) -> None:
    result = pipeline.extract([], nlp=nlp)
    _check_schema(result)
    assert all(len(getattr(result, t)) == 0 for t in TABLES)


def test_texts_with_default_and_given_ids(nlp: Language) -> None:
    result = pipeline.extract([ARTICLE, OTHER], nlp=nlp)
    _check_schema(result)
    assert result.articles["doc_id"].tolist() == ["0", "1"]
    assert result.articles["status"].tolist() == ["ok", "ok"]
    assert result.articles["n_chars"].tolist() == [len(ARTICLE), len(OTHER)]
    _check_offsets(result, {"0": ARTICLE, "1": OTHER})
    named = pipeline.extract([ARTICLE, OTHER], ids=["a", "b"], nlp=nlp)
    assert set(named.amounts["doc_id"]) <= {"a", "b"}
    assert named.articles["doc_id"].tolist() == ["a", "b"]


def test_amount_of_the_article(nlp: Language) -> None:
    result = pipeline.extract([ARTICLE], nlp=nlp)
    amounts = result.amounts
    row = amounts[amounts["text"].str.contains("4,2")].iloc[0]
    assert row["value"] == pytest.approx(4.2e9)
    assert row["currency"] == "EUR"
    assert "bénéfice net" in row["sentence"]


def test_null_and_empty_texts_are_errors_not_crashes(nlp: Language) -> None:
    result = pipeline.extract([ARTICLE, "", None, "   "], nlp=nlp)
    status = dict(zip(result.articles["doc_id"], result.articles["status"], strict=True))
    assert status == {"0": "ok", "1": "error", "2": "error", "3": "error"}
    errors = result.articles.set_index("doc_id")["error"]
    assert errors["2"] == "null text"
    assert pd.isna(errors["0"])
    assert result.n_failed == 3


def test_date_override_reaches_articles_table(nlp: Language) -> None:
    result = pipeline.extract([ARTICLE], nlp=nlp, date="2025-02-13")
    assert result.articles["date"].tolist() == ["2025-02-13"]


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl"])
def test_writers_round_trip(nlp: Language, tmp_path: Path, fmt: str) -> None:
    result = pipeline.extract([ARTICLE, OTHER], nlp=nlp)
    paths = result.write(tmp_path, fmt)
    assert sorted(p.name for p in paths) == sorted(f"{t}.{fmt}" for t in (*TABLES, "entities"))
    for name in TABLES:
        path = tmp_path / f"{name}.{fmt}"
        if fmt == "parquet":
            back = pd.read_parquet(path)
        elif fmt == "csv":
            back = pd.read_csv(path)
        else:
            lines = path.read_text(encoding="utf-8").splitlines()
            back = pd.DataFrame([json.loads(line) for line in lines])
        assert len(back) == len(getattr(result, name)), name
        if fmt == "parquet" or len(back):
            assert list(back.columns) == list(SCHEMAS[name]), name
    assert not list(tmp_path.glob(".*.tmp"))


def test_seed_offsets_and_schema(nlp: Language, seed_text: str) -> None:
    result = pipeline.extract([seed_text], ids=["seed"], nlp=nlp)
    _check_schema(result)
    _check_offsets(result, {"seed": seed_text})
    assert len(result.amounts) == 3
