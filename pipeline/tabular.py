"""CSV files as they come: separator and encoding found, every row checked against the header.

A CSV saved by French Excel (``;`` separator, cp1252, ``07/12/2026`` dates) reads like a UTF-8
comma-separated one. The encoding is UTF-8 (with or without a byte-order mark), UTF-16 with
its mark (Excel's "Unicode text"), else cp1252 (latin-1 for the five bytes cp1252 leaves
undefined). The separator is the one of ``,`` ``;`` tab ``|`` that cuts the header into the
most columns (Excel's ``sep=;`` first line is obeyed). A row with more fields than the header
(an unquoted separator inside a field) or fewer is an error record naming its line, never a
row with shifted columns.

>>> records = csv_records("id;texte\\r\\nA1;Le groupe a cédé sa filiale\\r\\n".encode("cp1252"))
>>> records.encoding, records.columns
('cp1252', ['id', 'texte'])
>>> next(records.rows)
{'_position': 0, '_line': 2, 'id': 'A1', 'texte': 'Le groupe a cédé sa filiale'}
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

#: the separators tried, in order of preference when they cut the header alike
SEPARATORS = (",", ";", "\t", "|")

#: an article may be long: the csv module's default limit of 128 kB per field is too small
_FIELD_LIMIT = 1 << 30


@dataclass
class CsvRecords:
    """A CSV file's encoding, separator and columns, and its rows as records (``_position``:
    the row's number from 0, ``_line``: the line it starts on; ``_error`` on a bad row)."""

    encoding: str
    separator: str
    columns: list[str]
    rows: Iterator[dict[str, Any]]


def decode_table(data: bytes) -> tuple[str, str]:
    """``(text, encoding)`` of a CSV file's bytes (see the module)."""
    for bom, encoding in ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _first_record(text: str, separator: str) -> list[str]:
    return next(csv.reader(io.StringIO(text[:65536]), delimiter=separator), [])


def find_separator(text: str) -> tuple[str, str]:
    """``(separator, text)``: the separator of the header, and the text without Excel's
    ``sep=`` line when it has one."""
    hint = re.match(r"sep=(.)\r?\n", text)
    if hint:
        return hint.group(1), text[hint.end() :]
    counts = [(len(_first_record(text, sep)), -rank, sep) for rank, sep in enumerate(SEPARATORS)]
    return max(counts)[2], text


def csv_records(data: bytes) -> CsvRecords:
    """Read a CSV file's bytes; raises ValueError when it has no header line or two columns
    of one name."""
    text, encoding = decode_table(data)
    separator, text = find_separator(text)
    csv.field_size_limit(max(csv.field_size_limit(), _FIELD_LIMIT))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    header: list[str] = []
    for row in reader:
        if any(cell.strip() for cell in row):
            header = [cell.strip() for cell in row]
            break
    if not header:
        raise ValueError("no header line (an empty CSV file)")
    named = [name for name in header if name]
    repeated = sorted({name for name in named if named.count(name) > 1})
    if repeated:
        raise ValueError(f"two columns of one name: {', '.join(repeated)}")
    return CsvRecords(encoding, separator, header, _rows(reader, header, separator))


def _rows(reader: Any, header: list[str], separator: str) -> Iterator[dict[str, Any]]:
    position = 0
    line = reader.line_num + 1
    for row in reader:
        start, line = line, reader.line_num + 1
        if not any(cell.strip() for cell in row):
            continue
        record: dict[str, Any] = {"_position": position, "_line": start}
        position += 1
        extra = row[len(header) :]
        if len(row) < len(header) or any(cell.strip() for cell in extra):
            record["_error"] = (
                f"line {start}: {len(row)} fields where the header has {len(header)} "
                f"(an unquoted {_shown(separator)} inside a field?); row not read"
            )
        else:
            cells = zip(header, row[: len(header)], strict=True)
            record.update({name: (cell if cell != "" else None) for name, cell in cells if name})
        yield record


def _shown(separator: str) -> str:
    return {"\t": "tab", ",": "comma", ";": "semicolon", "|": "bar"}.get(separator, separator)
