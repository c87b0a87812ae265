"""The output folder: one run at a time (the lock), a manifest written last, a final merge that
no kill can turn into lost rows, ``--resume`` that refuses another input and retries failed
articles, ``--update`` that processes only new or changed articles and drops removed ones."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc
from typer.testing import CliRunner

from pipeline.cli import EXIT_LOCKED, EXIT_USAGE, app
from pipeline.extract import extract_to_dir
from pipeline.output import StateMismatch, TableWriter
from pipeline.runstate import OutputLocked, output_lock
from pipeline.tables import TABLES

SEEN: list[str] = []


@Language.component("test_records_texts")
def records_texts(doc: Doc) -> Doc:
    """Notes every text it processes; fails on ``panne``."""
    SEEN.append(doc.text)
    if "panne" in doc.text:
        raise RuntimeError("panne")
    return doc


def _blank() -> Language:
    nlp = spacy.blank("fr")
    nlp.add_pipe("test_records_texts")
    return nlp


def _folder(root: Path, texts: dict[str, str]) -> Path:
    root.mkdir(exist_ok=True)
    for old in root.glob("*.txt"):
        old.unlink()
    for name, text in texts.items():
        (root / f"{name}.txt").write_text(text, encoding="utf-8")
    return root


def _run(src: Path, out: Path, nlp: Language, **options: object) -> TableWriter:
    SEEN.clear()
    return extract_to_dir(src, out, nlp=nlp, article_timeout=None, **options)  # type: ignore[arg-type]


def _table(out: Path, table: str) -> pd.DataFrame:
    return pd.read_parquet(out / f"{table}.parquet")


# --------------------------------------------------------------------------- the lock
def test_a_second_run_on_the_same_folder_is_refused(tmp_path: Path) -> None:
    src = _folder(tmp_path / "in", {"a": "Un texte."})
    out = tmp_path / "out"
    with output_lock(out):
        with pytest.raises(OutputLocked, match="in use by another run"):
            _run(src, out, _blank())
        result = CliRunner().invoke(app, ["extract", str(src), "-o", str(out), "--no-progress"])
        assert result.exit_code == EXIT_LOCKED
        assert "in use by another run" in " ".join(result.output.split())
    assert not (out / "articles.parquet").exists()  # the refused run touched nothing
    _run(src, out, _blank())  # free again once the first run ends
    assert len(_table(out, "articles")) == 1


def test_a_stale_lock_is_taken_over_with_a_note(tmp_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], check=True,
                          capture_output=True, text=True)  # fmt: skip
    out = tmp_path / "out"
    out.mkdir()
    holder = {"pid": int(dead.stdout), "host": "ici", "started": "2026-01-01T00:00:00+00:00"}
    (out / ".lock").write_text(json.dumps(holder))
    writer = _run(_folder(tmp_path / "in", {"a": "Un texte."}), out, _blank())
    assert any(f"stale lock left by pid {holder['pid']}" in note for note in writer.notes)
    assert (out / ".lock").read_text() == ""  # released at the end


# --------------------------------------------------------------------------- the manifest
def test_the_manifest_says_what_made_the_tables(tmp_path: Path) -> None:
    src = _folder(tmp_path / "in", {"a": "Un texte.", "b": "Une panne.", "c": "Un autre."})
    writer = _run(src, tmp_path / "out", _blank(), chunk_size=2)
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert manifest["model"]["name"] == "fr_core_news_md"
    assert manifest["pipeline_version"]
    assert manifest["input"]["path"] == str(src.resolve())
    assert len(manifest["input"]["fingerprint"]) == 64
    assert manifest["counts"] == writer.summary()
    assert manifest["counts"]["articles"] == 3 and manifest["counts"]["failed"] == 1
    assert manifest["status"] == "complete_with_errors"
    assert manifest["options"]["chunk_size"] == 2
    assert manifest["started"] <= manifest["finished"]


# --------------------------------------------------------------------------- crash-safe merge
def test_a_run_killed_inside_the_final_merge_resumes_with_every_row(
    nlp: Language, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = {
        f"n{i}": f"La société Alpha{i} a levé {i + 2} millions d'euros. « Nous grandissons », "
        f"a déclaré Marie Durand{i}."
        for i in range(4)
    }
    src = _folder(tmp_path / "in", texts)
    reference = tmp_path / "reference"
    _run(src, reference, nlp, chunk_size=2)
    out = tmp_path / "out"
    replace = Path.replace
    calls: list[Path] = []

    def dies_after_the_first_table(self: Path, target: Path) -> Path:  # type: ignore[override]
        if Path(target).parent == out:  # a final table, not a part
            calls.append(self)
        if len(calls) > 1:
            raise KeyboardInterrupt("killed inside the final merge")
        return replace(self, target)

    monkeypatch.setattr(Path, "replace", dies_after_the_first_table)
    with pytest.raises(KeyboardInterrupt):
        _run(src, out, nlp, chunk_size=2)
    monkeypatch.undo()
    # what the old merge left when killed: one table's parts already removed
    for part in (out / ".parts" / "quotes").glob("part-000000*"):
        part.unlink()
    writer = _run(src, out, nlp, chunk_size=2, resume=True)
    assert writer.n_resumed == 2  # the chunk that lost a part was done again
    for table in TABLES:
        pd.testing.assert_frame_equal(_table(out, table), _table(reference, table), obj=table)
    assert len(_table(out, "quotes")) == 4


def test_resume_refuses_the_parts_of_another_input(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _run(_folder(tmp_path / "a", {"a": "Un texte."}), out, _blank())
    other = _folder(tmp_path / "b", {"b": "Un autre texte."})
    with pytest.raises(StateMismatch, match="another input"):
        _run(other, out, _blank(), resume=True)
    result = CliRunner().invoke(app, ["extract", str(other), "-o", str(out), "--resume"])
    assert result.exit_code == EXIT_USAGE
    assert "another input" in " ".join(result.output.split())
    assert _table(out, "articles")["doc_id"].tolist() == ["a.txt"]  # left as it was


def test_resume_refuses_a_changed_input_and_points_to_update(tmp_path: Path) -> None:
    src = _folder(tmp_path / "in", {"a": "Un texte."})
    out = tmp_path / "out"
    _run(src, out, _blank())
    _folder(src, {"a": "Un texte.", "b": "Un nouveau texte."})
    with pytest.raises(StateMismatch, match="--update"):
        _run(src, out, _blank(), resume=True)


def test_resume_retries_the_articles_that_failed(tmp_path: Path) -> None:
    src = _folder(tmp_path / "in", {"a": "Un texte.", "b": "Une panne.", "c": "Un autre."})
    out = tmp_path / "out"
    first = _run(src, out, _blank())
    assert first.summary()["failed"] == 1
    cured = spacy.blank("fr")  # the cause of the failure is gone
    again = _run(src, out, cured, resume=True)
    assert again.n_resumed == 2
    articles = _table(out, "articles")
    assert articles["doc_id"].tolist() == ["a.txt", "c.txt", "b.txt"]
    assert articles["status"].tolist() == ["ok", "ok", "ok"]
    assert again.summary()["failed"] == 0


# --------------------------------------------------------------------------- incremental runs
def test_update_processes_only_new_or_changed_articles_and_drops_removed_ones(
    nlp: Language, tmp_path: Path
) -> None:
    src = _folder(
        tmp_path / "in",
        {
            "a": "La société Alpha a levé 5 millions d'euros.",
            "b": "La société Beta a levé 6 millions d'euros.",
            "c": "La société Gamma a levé 8 millions d'euros.",
        },
    )
    out = tmp_path / "out"
    _run(src, out, nlp)
    _folder(
        src,
        {
            "a": "La société Alpha a levé 5 millions d'euros.",
            "b": "La société Beta a levé 7 millions d'euros.",  # changed
            "d": "La société Delta a levé 9 millions d'euros.",  # new; c removed
        },
    )
    counted = _run(src, out, nlp, update=True)
    assert counted.n_resumed == 1 and counted.n_dropped == 1
    assert any("dropped: 1 articles" in note for note in counted.notes)
    assert sorted(_table(out, "articles")["doc_id"]) == ["a.txt", "b.txt", "d.txt"]
    values = _table(out, "amounts").set_index("doc_id")["value"].to_dict()
    assert values == {"a.txt": 5e6, "b.txt": 7e6, "d.txt": 9e6}
    # nothing new: nothing is processed and the tables stay whole
    again = _run(src, out, _blank(), update=True)
    assert SEEN == [] and again.n_resumed == 3
    assert len(_table(out, "amounts")) == 3


def test_the_command_line_updates_and_says_what_it_kept_and_dropped(
    nlp: Language, tmp_path: Path
) -> None:
    src = _folder(tmp_path / "in", {"a": "Un premier texte.", "b": "Un second texte."})
    out = tmp_path / "out"
    command = ["extract", str(src), "-o", str(out), "--no-progress", "--article-timeout", "0"]
    assert CliRunner().invoke(app, command).exit_code == 0
    _folder(src, {"a": "Un premier texte.", "c": "Un troisième texte."})
    result = CliRunner().invoke(app, [*command, "--update"])
    output = " ".join(result.output.split())
    assert result.exit_code == 0, output
    assert "resumed: 1 articles were already done" in output
    assert "dropped: 1 articles of the earlier run are no longer in the input" in output
    assert _table(out, "articles")["doc_id"].tolist() == ["a.txt", "c.txt"]
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["options"]["update"] is True and manifest["kept"] == 1


def test_rows_of_a_failed_task_do_not_count_as_done(tmp_path: Path) -> None:
    """A Dask task whose worker died gives error rows; a resume processes those articles."""
    from pipeline.chunks import article_row
    from pipeline.io import Article

    articles = [Article("a", "Un texte."), Article("b", "Un autre.")]
    writer = TableWriter(tmp_path, resume=False)
    list(writer.skip_done(articles))
    rows = [article_row(articles[0]), article_row(articles[1], "dask task failed: KilledWorker")]
    writer.write_chunk(rows, {})
    again = TableWriter(tmp_path, resume=True)
    assert [a.doc_id for a in again.skip_done(articles)] == ["b"]
    assert again.n_resumed == 1
