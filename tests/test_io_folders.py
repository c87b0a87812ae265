"""Folders as people keep them, odd files and names, and sources that are not inputs."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from spacy.language import Language
from typer.testing import CliRunner

import pipeline
from pipeline.cli import EXIT_ARTICLE_FAILED, EXIT_USAGE, app
from pipeline.folder import list_folder
from pipeline.io import InputError, ReadOptions, printable, read_source

TEXT = "La coopérative Terres du Sud a investi 12 millions d'euros dans une sucrerie."
runner = CliRunner()
needs_posix = pytest.mark.skipif(os.name != "posix", reason="POSIX file kinds and names")


def statuses(source: object, **options: object) -> dict[str, str | None]:
    """doc_id -> error (None when read) of every article of ``source``."""
    found = read_source(source, options=ReadOptions(**options))  # type: ignore[arg-type]
    return {a.doc_id: a.error for a in found}


def messy_folder(root: Path) -> Path:
    for name in ("a.txt", "B.TXT", "c.md", "d.Htm", "sub/e.txt", "notes.pdf", ".cache.txt",
                 ".ipynb_checkpoints/a-checkpoint.txt", ".git/HEAD", ".DS_Store"):  # fmt: skip
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        body = f"<html><body><p>{TEXT}</p></body></html>" if name.endswith("Htm") else TEXT
        path.write_text(body, encoding="utf-8")
    return root


def test_messy_folder_reads_articles_only(tmp_path: Path) -> None:
    options = ReadOptions()
    ids = [a.doc_id for a in read_source(messy_folder(tmp_path), options=options)]
    assert ids == ["B.TXT", "a.txt", "d.Htm", "sub/e.txt"]
    assert dict(options.not_read) == {
        "c.md": "not a .txt, .html or .htm file",
        ".cache.txt": "hidden file",
        ".DS_Store": "hidden file",
        ".git/": "hidden folder",
        ".ipynb_checkpoints/": "hidden folder",
        "notes.pdf": "not a .txt, .html or .htm file",
    }


def test_include_globs_choose_the_files(tmp_path: Path) -> None:
    messy_folder(tmp_path)
    assert list(statuses(tmp_path, include=("*.txt", "*.pdf"))) == [
        "a.txt",
        "notes.pdf",
        "sub/e.txt",
    ]
    listing = list_folder(tmp_path, include=("sub/*",))
    assert [name for _, name in listing.files] == ["sub/e.txt"]
    assert ("a.txt", "not matched by --include") in listing.not_read


@needs_posix
def test_fifo_folder_and_device_are_error_rows_without_blocking(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "x.txt").mkdir()
    (tmp_path / "x.txt" / "inner.txt").write_text(TEXT, encoding="utf-8")
    os.symlink("/dev/zero", tmp_path / "zero.txt")
    found = statuses(tmp_path, follow_symlinks=True)
    assert found == {
        "good.txt": None,
        "pipe.txt": "a named pipe (FIFO), not a regular file",
        "x.txt": "a folder, not a file",
        "x.txt/inner.txt": None,
        "zero.txt": "a character device, not a regular file",
    }
    [fifo] = read_source(tmp_path / "pipe.txt")  # given alone: still no blocking read
    assert fifo.error == "a named pipe (FIFO), not a regular file"


@needs_posix
def test_symlinks_outside_the_folder_are_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(TEXT, encoding="utf-8")
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text(TEXT, encoding="utf-8")
    os.symlink(outside / "secret.txt", root / "link.txt")
    os.symlink(root / "a.txt", root / "inside.txt")
    os.symlink(outside, root / "dir")
    options = ReadOptions()
    assert [a.doc_id for a in read_source(root, options=options)] == ["a.txt", "inside.txt"]
    assert dict(options.not_read) == {
        "link.txt": "symbolic link leading outside the input folder (use --follow-symlinks)",
        "dir/": "symbolic link to a folder (use --follow-symlinks)",
    }
    followed = statuses(root, follow_symlinks=True)
    assert list(followed) == ["a.txt", "dir/secret.txt", "inside.txt", "link.txt"]


def test_files_over_max_bytes_are_error_rows(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text(TEXT * 100, encoding="utf-8")
    (tmp_path / "small.txt").write_text(TEXT, encoding="utf-8")
    found = statuses(tmp_path, max_bytes=1000)
    assert found["small.txt"] is None
    assert found["big.txt"] == "file of 7,800 bytes over the limit of 1,000 (--max-bytes)"
    assert statuses(tmp_path, max_bytes=None)["big.txt"] is None
    [long] = read_source([TEXT * 100], options=ReadOptions(max_bytes=1000))
    assert long.error == "text of 7,800 bytes over the limit of 1,000"


def test_empty_folder_and_folder_without_articles_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"no article file in folder .* \(it is empty\)"):
        list(read_source(tmp_path))
    (tmp_path / "notes.pdf").write_text("x")
    (tmp_path / ".hidden.txt").write_text("x")
    with pytest.raises(InputError, match=r"not read \(2\): \.hidden\.txt \(hidden file\)"):
        list(read_source(tmp_path))


def test_dict_source_is_an_input_error() -> None:
    with pytest.raises(InputError, match=r"source is a dict: .*ids=list\(d\)"):
        list(read_source({"a": TEXT}))


def test_iterable_that_raises_keeps_what_it_gave(nlp: Language) -> None:
    def texts() -> Iterator[str]:
        yield TEXT
        yield TEXT.replace("12", "14")
        raise ConnectionError("la base ne répond plus")

    result = pipeline.extract(texts(), nlp=nlp)
    rows = result.articles.set_index("doc_id")
    assert rows["status"].to_dict() == {"0": "ok", "1": "ok", "2": "error"}
    assert rows.loc["2", "error"] == (
        "the input stopped with ConnectionError: la base ne répond plus after 2 articles; "
        "those were processed, the rest of the input was not read"
    )
    assert sorted(result.amounts["value"]) == [12e6, 14e6]


def test_relative_article_date_is_na_with_a_note(nlp: Language) -> None:
    frame = pd.DataFrame({"id": ["r", "f"], "text": [TEXT, TEXT], "date": ["hier", "2026-01-02"]})
    rows = pipeline.extract(frame, nlp=nlp).articles.set_index("doc_id")
    assert pd.isna(rows.loc["r", "date"]) and rows.loc["r", "status"] == "ok"
    assert "relative date 'hier' not used" in rows.loc["r", "note"]
    assert rows.loc["f", "date"] == "2026-01-02" and pd.isna(rows.loc["f", "note"])
    with pytest.raises(ValueError, match="relative date 'now'"):
        pipeline.extract([TEXT], nlp=nlp, date="now")


def test_printable_names() -> None:
    assert printable("zz_\udce9t\udce9.txt") == "zz_\\xe9t\\xe9.txt"
    assert printable("id\ud800") == "id\\ud800"
    assert printable("Société.txt") == "Société.txt"


NON_UTF8 = os.fsdecode(b"zz_\xe9t\xe9.txt")


@needs_posix
@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_non_utf8_name_and_lone_surrogate_id_written_in_every_format(
    nlp: Language, tmp_path: Path, fmt: str
) -> None:
    root = tmp_path / "in"
    root.mkdir()
    try:
        (root / NON_UTF8).write_text(TEXT, encoding="utf-8")
    except (OSError, UnicodeEncodeError):
        pytest.skip("the file system refuses names that are not UTF-8")
    (root / "b.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(root), "-o", str(out), "-f", fmt, "--no-progress"])
    assert result.exit_code == 0, result.output
    reader = {"csv": pd.read_csv, "parquet": pd.read_parquet}.get(fmt)
    read = reader or (lambda p: pd.read_json(p, lines=True))
    assert sorted(read(out / f"articles.{fmt}")["doc_id"]) == ["b.txt", "zz_\\xe9t\\xe9.txt"]
    assert len(read(out / f"amounts.{fmt}")) == 2

    jsonl = tmp_path / "ids.jsonl"
    line = json.dumps({"id": "x\ud800", "text": TEXT + " \udc00"})  # escapes kept as \\udXXX
    jsonl.write_text(line + "\n", encoding="utf-8")
    out2 = tmp_path / "out2"
    result = runner.invoke(
        app, ["extract", str(jsonl), "-o", str(out2), "-f", fmt, "--no-progress"]
    )
    assert result.exit_code == 0, result.output
    [row] = read(out2 / f"articles.{fmt}").itertuples()
    assert row.doc_id == "x\\ud800"


def test_cli_names_what_it_did_not_read(nlp: Language, tmp_path: Path) -> None:
    out = tmp_path / "out"
    src = messy_folder(tmp_path / "in")
    result = runner.invoke(app, ["extract", str(src), "-o", str(out), "-f", "csv", "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "not read (6) in the input folder:" in result.output
    assert ".ipynb_checkpoints/: hidden folder" in result.output
    assert len(pd.read_csv(out / "articles.csv")) == 4


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.mkdir(), "no article file in folder"),
        (lambda p: (p.mkdir(), (p / "x.pdf").write_text("x")), "not read (1): x.pdf"),
        (lambda p: p.with_suffix(".csv").write_text("id;text\n"), "no article in"),
        (lambda p: p.with_suffix(".jsonl").write_text("\n\n"), "no article in"),
        (lambda p: p.with_suffix(".csv").write_text("id;text;x\na;b;c;d\n"), None),
    ],
    ids=["empty folder", "no article file", "csv header only", "blank jsonl", "bad row"],
)
def test_cli_empty_input_exits_2(
    nlp: Language, tmp_path: Path, make: object, message: str | None
) -> None:
    target = tmp_path / "input"
    make(target)  # type: ignore[operator]
    [path] = [p for p in tmp_path.iterdir() if p.name.startswith("input")]
    result = runner.invoke(app, ["extract", str(path), "-o", str(tmp_path / "o"), "--no-progress"])
    if message is None:  # one unreadable row is an article that failed, not an empty input
        assert result.exit_code == EXIT_ARTICLE_FAILED, result.output
        assert "line 2: 4 fields where the header has 3" in result.output
        return
    assert result.exit_code == EXIT_USAGE, result.output
    assert message in " ".join(result.output.split())
    assert "Traceback" not in result.output


def test_jsonl_lone_surrogate_text_keeps_offsets(tmp_path: Path) -> None:
    path = tmp_path / "t.jsonl"
    path.write_text(json.dumps({"id": "s", "text": "Total \ud83d fin"}) + "\n", encoding="utf-8")
    [article] = read_source(path)
    assert article.text == "Total \ufffd fin"


def test_extract_include_and_not_read(nlp: Language, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "c.md").write_text(TEXT, encoding="utf-8")
    result = pipeline.extract(tmp_path, nlp=nlp, include="*.md")
    assert result.articles["doc_id"].tolist() == ["c.md"]
    assert result.not_read == [("a.txt", "not matched by --include")]
    assert pipeline.extract(tmp_path, nlp=nlp).not_read == [
        ("c.md", "not a .txt, .html or .htm file")
    ]
