"""Reading articles from every kind of input, one :class:`Article` at a time.

A problem with one article (unreadable, empty, binary or undecodable file, null text) never
stops the others: the article comes out with ``error`` set and ``text`` None.
"""

from __future__ import annotations

import codecs
import json
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.pubdate import date_from_filename, date_from_header, normalize_date

TABULAR_SUFFIXES = (".jsonl", ".csv", ".parquet")
TEXT_SUFFIX = ".txt"


class InputError(Exception):
    """The input as a whole cannot be read (missing path, unsupported kind)."""


@dataclass
class Article:
    doc_id: str
    text: str | None
    source: str | None = None
    date: str | None = None
    encoding: str | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None and self.text is not None


# --------------------------------------------------------------------------- decoding
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _looks_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    sample = text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return controls > max(2, len(sample) // 100)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode an article file. Returns ``(text, encoding)``; raises ValueError with a clear
    message for empty, binary or undecodable content."""
    if not data.strip():
        raise ValueError("empty file" if not data else "file holds only whitespace")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise ValueError(
                    f"undecodable bytes after a {encoding} byte-order mark: {exc}"
                ) from None
            break
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            if b"\x00" in data:
                raise ValueError("binary content (NUL bytes), not a text article") from None
            text, encoding = _decode_legacy(data)
    if _looks_binary(text):
        raise ValueError("binary content (control characters), not a text article")
    if not text.strip():
        raise ValueError("file holds only whitespace")
    return text, encoding


def _decode_legacy(data: bytes) -> tuple[str, str]:
    """Non-UTF-8 bytes: ask charset-normalizer, prefer cp1252 (French archives' usual export)."""
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1252", "latin_1", "iso8859_15", "mac_roman"]).best()
    if best is None or best.encoding is None:
        raise ValueError("undecodable bytes: not UTF-8 nor a known single-byte encoding")
    encoding = "cp1252" if best.encoding in ("latin_1", "iso8859_15") else best.encoding
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError:
        return str(best), best.encoding


def read_text_file(path: Path, doc_id: str, date: str | None = None) -> Article:
    source = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Article(doc_id, None, source, date, error=f"unreadable file: {exc.strerror or exc}")
    try:
        text, encoding = decode_bytes(data)
    except ValueError as exc:
        return Article(doc_id, None, source, date, error=str(exc))
    if date is None:
        date = date_from_header(text) or date_from_filename(path.name)
    return Article(doc_id, text, source, date, encoding=encoding)


# --------------------------------------------------------------------------- tabular
def _is_missing(value: Any) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def _records_from_frame(frame: pd.DataFrame, source: str | None) -> Iterator[dict[str, Any]]:
    if "text" not in frame.columns:
        raise InputError(
            f"{source or 'table'}: no 'text' column (columns: {', '.join(map(str, frame.columns))})"
        )
    for position, record in enumerate(frame.to_dict(orient="records")):
        record.setdefault("_position", position)
        yield record


def _jsonl_records(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8-sig", errors="replace") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield {"_position": number - 1, "_error": f"line {number}: invalid JSON ({exc})"}
                continue
            if not isinstance(record, dict):
                yield {"_position": number - 1, "_error": f"line {number}: not a JSON object"}
                continue
            record["_position"] = number - 1
            yield record


def _article_from_record(record: dict[str, Any], source: str | None, date: str | None) -> Article:
    raw_id = record.get("id")
    doc_id = str(record["_position"]) if _is_missing(raw_id) else str(raw_id)
    if "_error" in record:
        return Article(doc_id, None, source, date, error=record["_error"])
    try:
        article_date = date if date is not None else normalize_date(record.get("date"))
    except ValueError as exc:
        return Article(doc_id, None, source, None, error=f"bad date: {exc}")
    text = record.get("text")
    if _is_missing(text):
        return Article(doc_id, None, source, article_date, error="null text")
    if not isinstance(text, str):
        return Article(doc_id, None, source, article_date, error="text is not a string")
    if not text.strip():
        return Article(doc_id, None, source, article_date, error="empty text")
    return Article(doc_id, text, source, article_date)


def _tabular_articles(path: Path, date: str | None) -> Iterator[Article]:
    source = str(path)
    suffix = path.suffix.lower()
    records: Iterable[dict[str, Any]]
    if suffix == ".jsonl":
        records = _jsonl_records(path)
    elif suffix == ".csv":
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
        records = _records_from_frame(frame, source)
    else:
        records = _records_from_frame(pd.read_parquet(path), source)
    for record in records:
        yield _article_from_record(record, source, date)


# --------------------------------------------------------------------------- dispatch
def read_source(
    source: Any, ids: Iterable[Any] | None = None, *, date: Any = None
) -> Iterator[Article]:
    """Yield the articles of ``source`` (see :func:`pipeline.extract`). ``date`` overrides every
    article's publication date. An article whose id was already used is reported as an error
    (never merged with the first one)."""
    first_seen: dict[str, int] = {}
    for position, article in enumerate(_read_source(source, ids, date)):
        if article.doc_id in first_seen:
            yield Article(
                article.doc_id,
                None,
                article.source,
                article.date,
                error=f"duplicate id {article.doc_id!r}: already used by article "
                f"#{first_seen[article.doc_id] + 1} of the input; this one was not processed",
            )
            continue
        first_seen[article.doc_id] = position
        yield article


def _read_source(source: Any, ids: Iterable[Any] | None, date: Any) -> Iterator[Article]:
    override = normalize_date(date) if date is not None else None
    if isinstance(source, pd.DataFrame):
        for record in _records_from_frame(source, None):
            yield _article_from_record(record, None, override)
        return
    if isinstance(source, str) and ("\n" in source or len(source) > 4096):
        raise InputError("source is a text, not a path: pass a list of texts, e.g. [text]")
    if isinstance(source, (str, Path)):
        yield from _read_path(Path(source), override)
        return
    if isinstance(source, (bytes, bytearray)):
        raise InputError("source is bytes: pass a path, a list of texts or a DataFrame")
    try:
        iterator = iter(source)
    except TypeError:
        raise InputError(f"unsupported source of type {type(source).__name__}") from None
    id_iter = iter(ids) if ids is not None else None
    for position, text in enumerate(iterator):
        doc_id = str(position)
        if id_iter is not None:
            try:
                doc_id = str(next(id_iter))
            except StopIteration:
                raise InputError("fewer ids than texts") from None
        yield _article_from_record(
            {"_position": position, "id": doc_id, "text": text}, None, override
        )


def _read_path(path: Path, date: str | None) -> Iterator[Article]:
    if not path.exists():
        raise InputError(f"input not found: {path}")
    if path.is_dir():
        files = sorted(p for p in path.rglob(f"*{TEXT_SUFFIX}") if p.is_file() or p.is_symlink())
        for file in files:
            yield read_text_file(file, file.relative_to(path).as_posix(), date)
        return
    suffix = path.suffix.lower()
    if suffix in TABULAR_SUFFIXES:
        yield from _tabular_articles(path, date)
    elif suffix == TEXT_SUFFIX:
        yield read_text_file(path, path.name, date)
    else:
        raise InputError(
            f"unsupported input {path}: expected a folder, a .txt, .jsonl, .csv or .parquet file"
        )
