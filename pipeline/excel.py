"""Tables as one Excel workbook (``--format xlsx``): one sheet per table, in table order.

Excel cannot hold everything a table can, so each limit is handled in one named way:

* characters Excel refuses in a cell (control characters other than tab and line breaks) are
  dropped from the cell's text;
* a cell holds at most :data:`MAX_CELL_CHARS` characters: longer text is cut and ends with ``…``;
* a sheet holds at most :data:`MAX_ROWS` rows: a longer table is an error that says to choose
  another format (nothing is silently left out).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pandas as pd
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

#: Excel's limit of characters in one cell.
MAX_CELL_CHARS = 32_767

#: Excel's limit of rows in one sheet, the header row included.
MAX_ROWS = 1_048_576


def excel_safe(value: object) -> object:
    """A cell value Excel accepts: text without refused characters, at most
    :data:`MAX_CELL_CHARS` long (cut text ends with ``…``)."""
    if not isinstance(value, str):
        return value
    text = ILLEGAL_CHARACTERS_RE.sub("", value)
    if len(text) > MAX_CELL_CHARS:
        text = text[: MAX_CELL_CHARS - 1] + "…"
    return text


def write_workbook(tables: Mapping[str, pd.DataFrame], path: str | Path) -> Path:
    """Write ``{sheet name: table}`` to the workbook ``path`` (written whole, then renamed)."""
    path = Path(path)
    for name, df in tables.items():
        if len(df) + 1 > MAX_ROWS:
            raise ValueError(
                f"table {name} has {len(df):,} rows, more than an Excel sheet holds: "
                "write parquet, csv or jsonl instead"
            )
    tmp = path.with_name(f".{path.name}.tmp")
    with pd.ExcelWriter(tmp, engine="openpyxl") as writer:
        for name, df in tables.items():
            text_columns = df.select_dtypes(include=["string", "object"]).columns
            safe = df.astype({c: object for c in text_columns})
            for column in text_columns:
                safe[column] = safe[column].map(excel_safe)
            safe.to_excel(writer, sheet_name=name[:31], index=False)
    tmp.replace(path)
    return path
