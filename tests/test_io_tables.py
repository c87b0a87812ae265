"""Tabular inputs: CSV as French Excel writes it, named columns, kept columns, bad rows."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from spacy.language import Language

import pipeline
from pipeline.io import InputError, ReadOptions, read_source
from pipeline.tabular import csv_records, find_separator

TEXT = "Le groupe Lactalis a cédé son usine de Rodez pour 35 millions d'euros; c'est acté."
TEXT2 = "Selon la Caisse d'épargne, le crédit immobilier a reculé de 4 % en un an, dit-elle."


def write_csv(path: Path, rows: list[str], encoding: str = "cp1252", newline: str = "\r\n") -> Path:
    path.write_bytes((newline.join(rows) + newline).encode(encoding))
    return path


def excel_csv(tmp_path: Path) -> Path:
    return write_csv(
        tmp_path / "export.csv",
        [
            "id;date;titre;text;source",
            f'A1;07/12/2026;Lactalis à Rodez;"{TEXT}";Dépêche',
            f"A2;08/12/2026 09:15;Crédit;{TEXT2};Agence",
        ],
    )


def test_french_excel_csv_just_works(tmp_path: Path) -> None:
    articles = list(read_source(excel_csv(tmp_path)))
    assert [a.doc_id for a in articles] == ["A1", "A2"]
    assert [a.text for a in articles] == [TEXT, TEXT2]
    assert [a.date for a in articles] == ["2026-12-07", "2026-12-08"]  # day first
    assert {a.encoding for a in articles} == {"cp1252"}
    assert articles[0].extra == {"titre": "Lactalis à Rodez", "input_source": "Dépêche"}


@pytest.mark.parametrize(
    ("header", "separator"),
    [("id,text", ","), ("id;text", ";"), ("id\ttext", "\t"), ("id|text", "|"), ("text", ",")],
)
def test_separator_is_the_one_of_the_header(header: str, separator: str) -> None:
    assert find_separator(header + "\nx\n")[0] == separator


def test_excel_sep_line_is_obeyed(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "t.csv", ["sep=;", "id;text", f"k;{TEXT2}"], "utf-8")
    [article] = read_source(path)
    assert (article.doc_id, article.text) == ("k", TEXT2)


@pytest.mark.parametrize(
    ("encoding", "expected"), [("utf-8", "utf-8"), ("utf-8-sig", "utf-8"), ("utf-16", "utf-16")]
)
def test_csv_encodings(tmp_path: Path, encoding: str, expected: str) -> None:
    path = write_csv(tmp_path / "t.csv", ["id\ttext", f"é1\t{TEXT}"], encoding)
    [article] = read_source(path)
    assert (article.doc_id, article.text, article.encoding) == ("é1", TEXT, expected)


def test_quoted_fields_with_separators_and_line_breaks(tmp_path: Path) -> None:
    text = f"{TEXT}\n\n{TEXT2}"
    frame = pd.DataFrame({"id": ["m"], "text": [text], "date": ["2026-02-03"]})
    frame.to_csv(tmp_path / "t.csv", index=False, sep=";")
    [article] = read_source(tmp_path / "t.csv")
    assert article.text == text


def test_long_text_is_read_whole(tmp_path: Path) -> None:
    text = (TEXT + " ") * 3000  # over the csv module's default 128 kB field limit
    pd.DataFrame({"text": [text]}).to_csv(tmp_path / "t.csv", index=False)
    [article] = read_source(tmp_path / "t.csv")
    assert article.text == text


def test_extra_unquoted_fields_are_an_error_row_naming_the_line(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "t.csv",
        ["id,text,date", "a,Le texte un,2026-01-02", "b,Le texte, avec une virgule,2026-01-03",
         "c,Le texte trois,2026-01-04"],
        "utf-8",
    )  # fmt: skip
    articles = list(read_source(path))
    assert [(a.doc_id, a.ok) for a in articles] == [("a", True), ("line 3", False), ("c", True)]
    assert articles[1].error == (
        "t.csv, line 3: 4 fields where the header has 3 (an unquoted comma inside a field?); "
        "row not read"
    )
    assert articles[2].text == "Le texte trois"  # the next row is not shifted


def test_missing_fields_are_an_error_row_too(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "t.csv", ["id;text;date", "a;Un texte", "b;Deux;2026-01-01"])
    articles = list(read_source(path))
    assert [(a.doc_id, a.ok) for a in articles] == [("line 2", False), ("b", True)]
    assert "line 2: 2 fields where the header has 3" in (articles[0].error or "")


def test_trailing_empty_fields_are_accepted(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "t.csv", ["id;text", "a;Un texte;;"])
    [article] = read_source(path)
    assert (article.doc_id, article.text) == ("a", "Un texte")


def test_null_text_and_bad_date_name_the_file_and_line(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "t.csv", ["id;text;date", "a;;", "b;Un texte;32/13/2026"])
    errors = [a.error for a in read_source(path)]
    assert errors[0] == "t.csv, line 2: null text"
    assert (errors[1] or "").startswith("t.csv, line 3: bad date: not a date: '32/13/2026'")


@pytest.mark.parametrize("word", ["hier", "now", "il y a 3 jours", "aujourd'hui"])
def test_relative_date_is_not_used(tmp_path: Path, word: str) -> None:
    path = write_csv(tmp_path / "t.csv", ["id;text;date", f"a;{TEXT2};{word}"])
    [article] = read_source(path)
    assert article.ok and article.date is None
    assert f"relative date {word!r} not used" in (article.note or "")


def test_named_columns(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "t.csv", ["Référence;Publié;Corps;Rubrique", f"R-1;03/02/2026;{TEXT2};Éco"]
    )
    options = ReadOptions(text_column="corps", id_column="Référence", date_column="Publié")
    [article] = read_source(path, options=options)
    assert (article.doc_id, article.text, article.date) == ("R-1", TEXT2, "2026-02-03")
    assert article.extra == {"Rubrique": "Éco"}


def test_named_column_absent_is_an_input_error(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "t.csv", ["id;corps", f"a;{TEXT}"])
    with pytest.raises(InputError, match=r"t.csv: no column 'contenu' \(--text-column\)"):
        list(read_source(path, options=ReadOptions(text_column="contenu")))
    with pytest.raises(InputError, match=r"t.csv: no 'text' column \(columns: id, corps\)"):
        list(read_source(path))


def test_csv_problems_of_the_whole_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"t.csv: two columns of one name: text"):
        list(read_source(write_csv(tmp_path / "t.csv", ["text;text", "a;b"])))
    with pytest.raises(InputError, match=r"e.csv: no header line"):
        list(read_source(write_csv(tmp_path / "e.csv", [""])))
    with pytest.raises(InputError, match=r"no article in .*h.csv: the file has no rows"):
        list(read_source(write_csv(tmp_path / "h.csv", ["id;text"])))


def test_csv_records_line_numbers_count_multiline_fields() -> None:
    data = b'id,text\na,"deux\nlignes"\nb,trois\n'
    records = list(csv_records(data).rows)
    assert [r["_line"] for r in records] == [2, 4]


def test_title_url_site_columns_fill_the_fixed_columns(tmp_path: Path) -> None:
    frame = pd.DataFrame(
        {"text": [TEXT], "Title": ["Rodez"], "url": ["https://x.example/a"], "n_chars": [3]}
    )
    [article] = read_source(frame)
    assert (article.title, article.url, article.site) == ("Rodez", "https://x.example/a", None)
    assert article.extra == {"input_n_chars": "3"}


def test_jsonl_named_columns_and_kept_keys(tmp_path: Path) -> None:
    records = [
        {"ref": "j1", "body": TEXT, "pub": "2026-05-06", "tags": ["agro", "usine"]},
        {"ref": "j2", "pub": "2026-05-07"},
    ]
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), "utf-8")
    options = ReadOptions(text_column="body", id_column="ref", date_column="pub")
    articles = list(read_source(path, options=options))
    assert [(a.doc_id, a.ok, a.date) for a in articles] == [
        ("j1", True, "2026-05-06"),
        ("j2", False, "2026-05-07"),
    ]
    assert articles[0].extra == {"tags": '["agro", "usine"]'}
    assert articles[1].error == "a.jsonl, line 2: null text"


def test_extract_keeps_other_columns_in_every_format(nlp: Language, tmp_path: Path) -> None:
    result = pipeline.extract(excel_csv(tmp_path), nlp=nlp)
    articles = result.articles.set_index("doc_id")
    assert articles.loc["A1", "titre"] == "Lactalis à Rodez"
    assert articles.loc["A2", "input_source"] == "Agence"
    assert list(result.articles.columns[-2:]) == ["titre", "input_source"]
    assert 35e6 in set(result.amounts["value"])


def test_cli_named_columns_and_kept_columns(nlp: Language, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from pipeline.cli import app

    path = write_csv(tmp_path / "t.csv", ["Ref;Jour;Corps;Rubrique", f'R1;07/12/2026;"{TEXT}";Éco'])
    for fmt, read in (("csv", pd.read_csv), ("parquet", pd.read_parquet)):
        out = tmp_path / fmt
        args = ["extract", str(path), "-o", str(out), "-f", fmt, "--text-column", "Corps"]
        args += ["--id-column", "Ref", "--date-column", "Jour", "--no-progress"]
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 0, result.output
        [row] = read(out / f"articles.{fmt}").itertuples()
        assert (row.doc_id, row.date, row.Rubrique) == ("R1", "2026-12-07", "Éco")
