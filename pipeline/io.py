"""Reading articles from every kind of input, one :class:`Article` at a time.

A problem with one article (unreadable, empty, binary or undecodable file, null text, a file
that is not a regular file or is over the size limit, a bad CSV row) never stops the others:
the article comes out with ``error`` set and ``text`` None. A problem with the input as a
whole (missing, unsupported, without a text column, empty) raises :class:`InputError`.

Folders are listed by :mod:`pipeline.folder`, web pages read by :mod:`pipeline.web`, CSV files
by :mod:`pipeline.tabular`; :class:`ReadOptions` names the columns and limits, and collects the
files of a folder that were not read.
"""

from __future__ import annotations

import codecs
import json
import math
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.folder import HTML_SUFFIXES, TEXT_SUFFIXES, list_folder
from pipeline.pubdate import (
    RelativeDateError,
    date_from_filename,
    date_from_header,
    normalize_date,
)
from pipeline.tabular import csv_records
from pipeline.web import read_html

TABULAR_SUFFIXES = (".jsonl", ".csv", ".parquet")
TEXT_SUFFIX = ".txt"

#: default size limit of one article file (``max_bytes``, ``--max-bytes``)
DEFAULT_MAX_BYTES = 5_000_000


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
    title: str | None = None
    url: str | None = None
    site: str | None = None
    #: why a value given with the article was not used (a relative date)
    note: str | None = None
    #: the other columns of a tabular input, by name
    extra: dict[str, str | None] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.error is None and self.text is not None

    def metadata(self) -> dict[str, str | None]:
        """The ``articles`` columns beyond the fixed ones: title, url, site, note and the
        other columns of a tabular input."""
        fixed = {"title": self.title, "url": self.url, "site": self.site, "note": self.note}
        return {**fixed, **self.extra}


@dataclass
class ReadOptions:
    """How a source is read: the columns of a tabular input (``text`` or ``html``, ``id``,
    ``date`` unless named here), the files of a folder (``include`` globs, symbolic links),
    the size limit of an article; ``not_read`` collects the entries of a folder that were not
    read, each with the reason."""

    text_column: str | None = None
    id_column: str | None = None
    date_column: str | None = None
    include: tuple[str, ...] = ()
    max_bytes: int | None = DEFAULT_MAX_BYTES
    follow_symlinks: bool = False
    not_read: list[tuple[str, str]] = field(default_factory=list)


# --------------------------------------------------------------------------- names
_SURROGATE = re.compile("[\ud800-\udfff]")


def _escape_surrogate(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"


def printable(name: str) -> str:
    """A file name or id that every output format can write: the bytes of a name that are not
    UTF-8 (kept by Python as surrogate escapes) are written ``\\xe9``, a lone surrogate of a
    JSON id ``\\ud800``; any other name is unchanged."""
    return _SURROGATE.sub(_escape_surrogate, name)


def clean_text(text: str) -> str:
    """``text`` with each lone surrogate (which no output can encode) replaced by U+FFFD,
    one character for one so offsets are unchanged."""
    return _SURROGATE.sub("\ufffd", text)


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


# --------------------------------------------------------------------------- article files
_FILE_KINDS = (
    (stat.S_ISDIR, "a folder, not a file"),
    (stat.S_ISFIFO, "a named pipe (FIFO), not a regular file"),
    (stat.S_ISCHR, "a character device, not a regular file"),
    (stat.S_ISBLK, "a block device, not a regular file"),
    (stat.S_ISSOCK, "a socket, not a regular file"),
)


def _file_problem(path: Path, max_bytes: int | None) -> str | None:
    """Why ``path`` cannot be read as an article without opening it (so a FIFO never blocks):
    missing, not a regular file, or over ``max_bytes``; None when it can."""
    try:
        info = os.stat(path)
    except OSError as exc:
        return f"unreadable file: {exc.strerror or exc}"
    for test, kind in _FILE_KINDS:
        if test(info.st_mode):
            return kind
    if not stat.S_ISREG(info.st_mode):
        return "not a regular file"
    if max_bytes is not None and info.st_size > max_bytes:
        return f"file of {info.st_size:,} bytes over the limit of {max_bytes:,} (--max-bytes)"
    return None


def _read_bytes(path: Path, max_bytes: int | None) -> bytes:
    with path.open("rb") as handle:
        data = handle.read(-1 if max_bytes is None else max_bytes + 1)
    if max_bytes is not None and len(data) > max_bytes:
        raise OSError(f"file over the limit of {max_bytes:,} bytes (--max-bytes)")
    return data


def read_text_file(
    path: Path, doc_id: str, date: str | None = None, max_bytes: int | None = DEFAULT_MAX_BYTES
) -> Article:
    """One article file: plain text (``.txt``, ``.md``) or a web page (``.html``, ``.htm``)."""
    source = printable(str(path))
    problem = _file_problem(path, max_bytes)
    if problem is not None:
        return Article(doc_id, None, source, date, error=problem)
    try:
        data = _read_bytes(path, max_bytes)
    except OSError as exc:
        return Article(doc_id, None, source, date, error=f"unreadable file: {exc.strerror or exc}")
    if path.name.lower().endswith(HTML_SUFFIXES):
        return _web_article(data, doc_id, source, date, path.name)
    try:
        text, encoding = decode_bytes(data)
    except ValueError as exc:
        return Article(doc_id, None, source, date, error=str(exc))
    if date is None:
        date = date_from_header(text) or date_from_filename(path.name)
    return Article(doc_id, clean_text(text), source, date, encoding=encoding)


def _web_article(
    html: bytes | str, doc_id: str, source: str | None, date: str | None, name: str = ""
) -> Article:
    """An article from a web page: its main text, title, address, site and date (the given
    ``date`` first, then the page's metadata, a date line at the top, the file name)."""
    if isinstance(html, bytes) and not html.strip():
        return Article(doc_id, None, source, date, error="empty file")
    try:
        page = read_html(html)
    except ValueError as exc:
        return Article(doc_id, None, source, date, error=str(exc))
    text = clean_text(page.text)
    date = date or page.date or date_from_header(text) or date_from_filename(name)
    return Article(doc_id, text, source, date, title=page.title, url=page.url, site=page.site)


# --------------------------------------------------------------------------- tabular
#: the fixed ``articles`` columns a tabular input may fill
_FILLED = ("title", "url", "site")
#: the fixed ``articles`` columns the pipeline writes: an input column of that name is kept
#: as ``input_<name>``
_RESERVED = ("doc_id", "source", "date", "n_chars", "status", "error", "encoding", "note")


@dataclass
class Columns:
    """Which columns of a tabular input hold what (None: absent)."""

    text: str | None
    id: str | None
    date: str | None
    html: bool = False


def _is_missing(value: Any) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def _find(columns: list[str], name: str) -> str | None:
    """The column called ``name``, exactly or else in another case."""
    if name in columns:
        return name
    return next((c for c in columns if c.lower() == name.lower()), None)


def _given(columns: list[str], name: str | None, default: str, where: str, option: str) -> Any:
    if name is None:
        return _find(columns, default)
    found = _find(columns, name)
    if found is None:
        raise InputError(f"{where}: no column {name!r} ({option}); columns: {', '.join(columns)}")
    return found


def resolve_columns(columns: list[str], where: str, options: ReadOptions) -> Columns:
    """The text (or html), id and date columns among ``columns``; raises InputError naming
    ``where`` when a named column is absent or there is no text column."""
    text = _given(columns, options.text_column, "text", where, "--text-column")
    html = text is None and _find(columns, "html") is not None
    if html:
        text = _find(columns, "html")
    if text is None:
        raise InputError(
            f"{where}: no 'text' column (columns: {', '.join(columns)}); "
            "name the text column with text_column= or --text-column"
        )
    return Columns(
        text=text,
        id=_given(columns, options.id_column, "id", where, "--id-column"),
        date=_given(columns, options.date_column, "date", where, "--date-column"),
        html=html or text.lower().endswith("html"),
    )


def _as_cell(value: Any) -> str | None:
    """A value of another column as text for the ``articles`` table."""
    if _is_missing(value):
        return None
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, (list, dict, tuple)):
        return clean_text(json.dumps(value, ensure_ascii=False, default=str))
    return clean_text(str(value))


def _other_columns(record: dict[str, Any], columns: Columns) -> dict[str, str | None]:
    """The columns of a record that are neither its text, id, date nor title/url/site; one
    named like a column the pipeline writes is kept as ``input_<name>``."""
    used = {columns.text, columns.id, columns.date}
    kept = {}
    for name, value in record.items():
        if name in used or name.startswith("_") or name.lower() in _FILLED:
            continue
        kept[printable(f"input_{name}" if name in _RESERVED else name)] = _as_cell(value)
    return kept


def _fill(article: Article, record: dict[str, Any]) -> None:
    """Set the title, url and site of ``article`` from the record's columns of those names
    (any case), where they have a value."""
    for name, value in record.items():
        cell = _as_cell(value) if name.lower() in _FILLED else None
        if cell is not None:
            setattr(article, name.lower(), cell)


def _record_date(value: Any) -> tuple[str | None, str | None]:
    """``(date, note)`` of a date cell: a relative date (``hier``) is not used, with a note;
    raises ValueError on a value that is not a date."""
    try:
        return normalize_date(value), None
    except RelativeDateError as exc:
        return None, str(exc)


def _article_from_record(
    record: dict[str, Any],
    source: str | None,
    date: str | None,
    columns: Columns | None = None,
    max_bytes: int | None = None,
) -> Article:
    columns = columns or Columns("text", "id", "date")
    raw_id = record.get(columns.id) if columns.id else None
    doc_id = printable(str(record["_position"]) if _is_missing(raw_id) else str(raw_id))
    file = f"{Path(source).name}, " if source else ""
    where = f"{file}line {record['_line']}: " if "_line" in record else ""
    if "_error" in record:  # a row that could not be read: named by its line
        line = record.get("_line", record["_position"] + 1)
        return Article(f"line {line}", None, source, date, error=file + record["_error"])
    note = None
    try:
        if date is None:
            date, note = _record_date(record.get(columns.date) if columns.date else None)
    except ValueError as exc:
        return Article(doc_id, None, source, None, error=f"{where}bad date: {exc}")
    text: Any = record.get(columns.text) if columns.text else None
    problem = _text_problem(text, max_bytes)
    if problem is not None:
        return Article(doc_id, None, source, date, error=where + problem, note=note)
    if columns.html:
        article = _web_article(text, doc_id, source, date)
        if article.error:
            article.error = where + article.error
    else:
        article = Article(doc_id, clean_text(text), source, date)
    article.note = note
    _fill(article, record)
    article.extra = _other_columns(record, columns)
    return article


def _text_problem(text: Any, max_bytes: int | None) -> str | None:
    if _is_missing(text):
        return "null text"
    if not isinstance(text, str):
        return "text is not a string"
    if not text.strip():
        return "empty text"
    if max_bytes is not None and len(text) > max_bytes // 4:
        size = len(text.encode("utf-8", errors="surrogatepass"))
        if size > max_bytes:
            return f"text of {size:,} bytes over the limit of {max_bytes:,}"
    return None


def _records_from_frame(frame: pd.DataFrame) -> Iterator[dict[str, Any]]:
    for position, record in enumerate(frame.to_dict(orient="records")):
        yield {**{str(key): value for key, value in record.items()}, "_position": position}


def _jsonl_records(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8-sig", errors="replace") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                error = f"line {number}: invalid JSON ({exc})"
                yield {"_position": number - 1, "_line": number, "_error": error}
                continue
            if not isinstance(record, dict):
                error = f"line {number}: not a JSON object"
                yield {"_position": number - 1, "_line": number, "_error": error}
                continue
            record["_position"] = number - 1
            record["_line"] = number
            yield record


def _table_articles(
    records: Iterable[dict[str, Any]],
    columns: list[str] | None,
    source: str | None,
    date: str | None,
    options: ReadOptions,
) -> Iterator[Article]:
    """The articles of a table's records; ``columns`` is None for JSON Lines, whose keys
    are resolved record by record."""
    where = Path(source).name if source else "table"
    fixed = resolve_columns(columns, where, options) if columns is not None else None
    for record in records:
        if fixed is None:
            keys = [str(key) for key in record if not str(key).startswith("_")]
            try:
                found = resolve_columns(keys, where, options)
            except InputError:  # no text in this record: an error row, with its id
                found = Columns(
                    None,
                    _find(keys, options.id_column or "id"),
                    _find(keys, options.date_column or "date"),
                )
        yield _article_from_record(record, source, date, fixed or found, options.max_bytes)


def _tabular_articles(path: Path, date: str | None, options: ReadOptions) -> Iterator[Article]:
    source = printable(str(path))
    problem = _file_problem(path, None)
    if problem is not None:
        raise InputError(f"cannot read {source}: {problem}")
    suffix = path.suffix.lower()
    count = 0
    if suffix == ".jsonl":
        articles = _table_articles(_jsonl_records(path), None, source, date, options)
    elif suffix == ".csv":
        try:
            table = csv_records(path.read_bytes())
        except ValueError as exc:
            raise InputError(f"{source}: {exc}") from None
        articles = _table_articles(table.rows, table.columns, source, date, options)
    else:
        frame = pd.read_parquet(path)
        columns = [str(c) for c in frame.columns]
        articles = _table_articles(_records_from_frame(frame), columns, source, date, options)
    for article in articles:
        if suffix == ".csv":
            article.encoding = table.encoding
        count += 1
        yield article
    if count == 0:
        raise InputError(f"no article in {source}: the file has no rows")


# --------------------------------------------------------------------------- dispatch
def read_source(
    source: Any,
    ids: Iterable[Any] | None = None,
    *,
    date: Any = None,
    options: ReadOptions | None = None,
) -> Iterator[Article]:
    """Yield the articles of ``source`` (see :func:`pipeline.extract`). ``date`` overrides every
    article's publication date; ``options`` (:class:`ReadOptions`) names columns and limits and
    collects the files of a folder that were not read. An article whose id was already used is
    reported as an error (never merged with the first one)."""
    first_seen: dict[str, int] = {}
    for position, article in enumerate(_read_source(source, ids, date, options or ReadOptions())):
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


def _read_source(
    source: Any, ids: Iterable[Any] | None, date: Any, options: ReadOptions
) -> Iterator[Article]:
    override = normalize_date(date) if date is not None else None
    if isinstance(source, pd.DataFrame):
        columns = [str(c) for c in source.columns]
        records = _records_from_frame(source)
        yield from _table_articles(records, columns, None, override, options)
        return
    if isinstance(source, str) and ("\n" in source or len(source) > 4096):
        raise InputError("source is a text, not a path: pass a list of texts, e.g. [text]")
    if isinstance(source, (str, Path)):
        yield from _read_path(Path(source), override, options)
        return
    if isinstance(source, (bytes, bytearray)):
        raise InputError("source is bytes: pass a path, a list of texts or a DataFrame")
    if isinstance(source, dict):
        raise InputError(
            "source is a dict: pass its texts and their ids, "
            "extract(list(d.values()), ids=list(d)), or a DataFrame"
        )
    try:
        iterator = iter(source)
    except TypeError:
        raise InputError(f"unsupported source of type {type(source).__name__}") from None
    yield from _iterable_articles(iterator, ids, override, options)


def _iterable_articles(
    iterator: Iterator[Any], ids: Iterable[Any] | None, date: str | None, options: ReadOptions
) -> Iterator[Article]:
    """The texts of a list or any iterable. When the iterable itself raises, the articles
    read before are kept and one error row says where the input stopped."""
    id_iter = iter(ids) if ids is not None else None
    position = 0
    while True:
        try:
            text = next(iterator)
        except StopIteration:
            return
        except Exception as exc:
            yield Article(
                str(position),
                None,
                error=f"the input stopped with {type(exc).__name__}: {exc} after {position} "
                "articles; those were processed, the rest of the input was not read",
            )
            return
        doc_id = str(position)
        if id_iter is not None:
            try:
                doc_id = str(next(id_iter))
            except StopIteration:
                raise InputError("fewer ids than texts") from None
        record = {"_position": position, "id": doc_id, "text": text}
        yield _article_from_record(record, None, date, max_bytes=options.max_bytes)
        position += 1


def _read_folder(path: Path, date: str | None, options: ReadOptions) -> Iterator[Article]:
    listing = list_folder(path, options.include, options.follow_symlinks)
    options.not_read.extend(listing.not_read)
    if not listing.files:
        skipped = "; ".join(f"{name} ({why})" for name, why in listing.not_read[:5])
        more = f" and {len(listing.not_read) - 5} more" if len(listing.not_read) > 5 else ""
        detail = f"not read ({len(listing.not_read)}): {skipped}{more}" if skipped else ""
        raise InputError(
            f"no article file in folder {printable(str(path))}"
            + (f" ({detail})" if detail else " (it is empty)")
        )
    for file, name in listing.files:
        yield read_text_file(file, printable(name), date, options.max_bytes)


def _read_path(path: Path, date: str | None, options: ReadOptions) -> Iterator[Article]:
    if not path.exists():
        raise InputError(f"input not found: {printable(str(path))}")
    if path.is_dir():
        yield from _read_folder(path, date, options)
        return
    suffix = path.suffix.lower()
    if suffix in TABULAR_SUFFIXES:
        yield from _tabular_articles(path, date, options)
    elif suffix in TEXT_SUFFIXES + HTML_SUFFIXES:
        yield read_text_file(path, printable(path.name), date, options.max_bytes)
    else:
        raise InputError(
            f"unsupported input {printable(str(path))}: expected a folder, a .txt, .md, .html, "
            ".htm, .jsonl, .csv or .parquet file"
        )
