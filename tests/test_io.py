"""Every input kind, decoding, and bad input turned into error rows."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from spacy.language import Language

import pipeline
from pipeline.io import InputError, decode_bytes, read_source

TEXT = "Le groupe Danone a cédé sa filiale pour 1,2 milliard d’euros, a-t-il annoncé."
TEXT2 = "Selon la Banque de France, la croissance atteindra 0,8 % en 2025."


def _ids_and_status(source: object, **kwargs: object) -> list[tuple[str, str]]:
    return [(a.doc_id, "ok" if a.ok else "error") for a in read_source(source, **kwargs)]


def test_folder_is_recursive_with_relative_ids(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "sub" / "2025-03-04-b.txt").write_text(TEXT2, encoding="utf-8")
    (tmp_path / "notes.odt").write_text("not an article", encoding="utf-8")
    articles = list(read_source(tmp_path))
    assert [a.doc_id for a in articles] == ["a.txt", "sub/2025-03-04-b.txt"]
    assert articles[1].date == "2025-03-04"  # from the file name
    assert articles[0].source == str(tmp_path / "a.txt")


def test_single_txt_file(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    [article] = read_source(path)
    assert (article.doc_id, article.text, article.encoding) == ("article.txt", TEXT, "utf-8")


def test_jsonl_csv_parquet_and_dataframe(tmp_path: Path) -> None:
    records = [
        {"id": "x1", "text": TEXT, "date": "2025-01-02"},
        {"id": "x2", "text": TEXT2},
    ]
    jsonl = tmp_path / "a.jsonl"
    jsonl.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), "utf-8")
    frame = pd.DataFrame(records)
    frame.to_csv(tmp_path / "a.csv", index=False)
    frame.to_parquet(tmp_path / "a.parquet", index=False)
    for source in (jsonl, tmp_path / "a.csv", tmp_path / "a.parquet", frame):
        articles = list(read_source(source))
        assert [a.doc_id for a in articles] == ["x1", "x2"], source
        assert [a.text for a in articles] == [TEXT, TEXT2], source
        assert [a.date for a in articles] == ["2025-01-02", None], source


def test_tabular_without_id_column_numbers_rows(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    pd.DataFrame({"text": [TEXT, TEXT2]}).to_csv(path, index=False)
    assert [a.doc_id for a in read_source(path)] == ["0", "1"]


def test_bad_jsonl_line_is_an_error_row(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({"id": "ok", "text": TEXT}) + "\n{not json\n", encoding="utf-8")
    articles = list(read_source(path))
    assert [a.ok for a in articles] == [True, False]
    assert "line 2" in (articles[1].error or "")


def test_missing_text_column_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    pd.DataFrame({"body": [TEXT]}).to_csv(path, index=False)
    with pytest.raises(InputError, match="no 'text' column"):
        list(read_source(path))


def test_missing_path_and_unsupported_kind(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="input not found"):
        list(read_source(tmp_path / "nope"))
    with pytest.raises(InputError, match="pass a list of texts"):
        list(read_source(TEXT + "\n" + TEXT2))
    odd = tmp_path / "a.docx"
    odd.write_bytes(b"PK")
    with pytest.raises(InputError, match="unsupported input"):
        list(read_source(odd))


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),
        (
            "Élodie a payé 3 € à l’épicerie de la Société Générale, déjà réglée.".encode("cp1252"),
            "cp1252",
        ),
    ],
)
def test_decoding(data: bytes, encoding: str) -> None:
    text, used = decode_bytes(data)
    assert used == encoding
    assert "é" in text or "É" in text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty file"),
        (b"  \n\t ", "only whitespace"),
        (bytes(range(256)) * 4, "binary content"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary content"),
    ],
)
def test_bad_files_are_reported(tmp_path: Path, data: bytes, message: str) -> None:
    (tmp_path / "bad.txt").write_bytes(data)
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    status = dict(_ids_and_status(tmp_path))
    assert status == {"bad.txt": "error", "good.txt": "ok"}
    [bad] = [a for a in read_source(tmp_path) if not a.ok]
    assert message in (bad.error or "")


def test_folder_with_bad_file_still_extracts_the_others(nlp: Language, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    result = pipeline.extract(tmp_path, nlp=nlp)
    articles = result.articles.set_index("doc_id")
    assert articles.loc["empty.txt", "status"] == "error"
    assert articles.loc["good.txt", "status"] == "ok"
    assert (result.amounts["doc_id"] == "good.txt").any()


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_cr_files_keep_offsets_into_the_decoded_text(
    nlp: Language, tmp_path: Path, newline: str
) -> None:
    text = newline.join(["Titre du jour", TEXT, TEXT2]) + newline
    path = tmp_path / "windows.txt"
    path.write_bytes(text.encode("cp1252", errors="replace"))
    result = pipeline.extract(path, nlp=nlp)
    [article] = result.articles.itertuples()
    assert article.status == "ok"
    assert article.encoding == "cp1252"
    decoded = path.read_bytes().decode("cp1252")
    assert article.n_chars == len(decoded)
    assert len(result.amounts) == 1
    for row in result.amounts.itertuples():
        assert decoded[row.start_char : row.end_char] == row.text
    assert row.value == pytest.approx(1.2e9)
