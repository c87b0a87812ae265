"""The Excel output: one workbook, one sheet per table, Excel's limits handled by name."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pipeline.excel import MAX_CELL_CHARS, excel_safe, write_workbook
from pipeline.result import ChunkResult
from pipeline.tables import TABLES


def test_refused_characters_dropped_and_long_text_cut() -> None:
    assert excel_safe("Total\x01Energies") == "TotalEnergies"
    assert excel_safe("ligne\tpuis\nligne") == "ligne\tpuis\nligne"
    cut = excel_safe("x" * (MAX_CELL_CHARS + 10))
    assert isinstance(cut, str) and len(cut) == MAX_CELL_CHARS and cut.endswith("…")
    assert excel_safe(3.5) == 3.5


def test_every_table_is_a_sheet_with_its_columns(tmp_path: Path) -> None:
    rows = {
        "doc_id": "a",
        "start_char": 0,
        "end_char": 5,
        "sentence": "Le groupe a levé 5 M€.",
        "text": "5 M€",
        "value": 5e6,
        "currency": "EUR",
    }
    chunk = ChunkResult(articles=[{"doc_id": "a", "status": "ok", "n_chars": 22}])
    chunk.rows["amounts"].append(rows)
    result = chunk.to_result()
    [path] = result.write(tmp_path, "xlsx")
    sheets = pd.read_excel(path, sheet_name=None)
    assert list(sheets) == [*TABLES, "entities"]
    for name, df in result.tables().items():
        assert list(sheets[name].columns) == list(df.columns)
    assert sheets["amounts"].loc[0, "value"] == 5e6
    assert sheets["amounts"].loc[0, "text"] == "5 M€"


def test_a_table_too_long_for_a_sheet_is_an_error(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr("pipeline.excel.MAX_ROWS", 3)
    with pytest.raises(ValueError, match="more than an Excel sheet holds"):
        write_workbook({"amounts": pd.DataFrame({"a": range(5)})}, tmp_path / "t.xlsx")
    assert not (tmp_path / "t.xlsx").exists()
