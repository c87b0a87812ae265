"""The tables of a run held in memory: :class:`ChunkResult` (the rows of some articles, as a
worker returns them) and :class:`ExtractResult` (every table as a pandas DataFrame with its
fixed schema, what :func:`pipeline.extract` returns)."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.corpus import ENTITY_SCHEMA, link_entities
from pipeline.tables import MENTION_TABLES, SCHEMAS, TABLES, Row, frame

#: Tables that hold entity ids filled from the corpus entities (pipeline.corpus).
LINKED_TABLES = ("organizations", "people", "quotes", "amounts")


def write_jsonl(df: pd.DataFrame, path: Path) -> None:
    """``df`` as JSON Lines at ``path`` (an empty file for an empty frame)."""
    if df.empty:  # pandas writes a lone newline for an empty frame
        path.write_text("", encoding="utf-8")
    else:
        df.to_json(path, orient="records", lines=True, force_ascii=False)


_BOOLEANS = {"true": True, "false": False, "1": True, "0": False}


def _typed(series: pd.Series, dtype: str) -> pd.Series:
    """A column read back from a file, in its schema's dtype."""
    values = series.astype("object").where(series.notna(), None)
    if dtype in ("float64", "int64", "Int64"):
        values = pd.to_numeric(values)
    elif dtype == "boolean":
        values = values.map(lambda v: v if v is None else _BOOLEANS.get(str(v).lower(), bool(v)))
    return values.astype(dtype)  # type: ignore[call-overload]


def read_table(path: Path, table: str) -> pd.DataFrame:
    """One table file written by a run, with the dtypes of its schema (extra columns kept)."""
    if path.suffix == ".parquet":
        df = pd.read_parquet(path)
    elif path.suffix == ".csv":
        df = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
    elif path.stat().st_size:
        df = pd.read_json(path, lines=True, dtype=False)
    else:
        df = pd.DataFrame()
    schema = ENTITY_SCHEMA if table == "entities" else SCHEMAS[table]
    for column, dtype in schema.items():
        missing = pd.Series([None] * len(df), index=df.index, dtype="object")
        df[column] = _typed(df[column] if column in df.columns else missing, dtype)
    return df[[*schema, *(c for c in df.columns if c not in schema)]]


@dataclass
class ExtractResult:
    """The tables of one extraction run (pandas DataFrames with fixed schemas)."""

    articles: pd.DataFrame
    amounts: pd.DataFrame
    organizations: pd.DataFrame
    people: pd.DataFrame
    quotes: pd.DataFrame
    dates: pd.DataFrame
    #: the entries of an input folder that were not read, each with the reason
    not_read: list[tuple[str, str]] = field(default_factory=list)
    #: one row per organisation or person across the run (pipeline.corpus); computed from the
    #: other tables, with their entity ids, when not given
    entities: pd.DataFrame | None = None

    def __post_init__(self) -> None:
        if self.entities is None:
            links = link_entities(self.tables())
            self.entities = links.entities
            for name in LINKED_TABLES:
                setattr(self, name, links.annotate(name, getattr(self, name)))

    def tables(self) -> dict[str, pd.DataFrame]:
        return {name: getattr(self, name) for name in TABLES}

    def all_tables(self) -> dict[str, pd.DataFrame]:
        """:meth:`tables` and the ``entities`` table."""
        return {**self.tables(), "entities": self.entities}  # type: ignore[dict-item]

    @classmethod
    def read(cls, out_dir: str | Path) -> ExtractResult:
        """The tables an extraction wrote to ``out_dir`` (parquet, csv or jsonl), with the
        entities computed again from them."""
        out = Path(out_dir)
        for suffix in (".parquet", ".csv", ".jsonl"):
            if (out / f"articles{suffix}").exists():
                return cls(**{t: read_table(out / f"{t}{suffix}", t) for t in TABLES})
        raise FileNotFoundError(f"no articles table (parquet, csv or jsonl) in {out}")

    def to_html(self, path: str | Path, *, title: str | None = None) -> Path:
        """A self-contained HTML report of this run (``pipeline.report``)."""
        from pipeline.report import write_report

        return write_report(self, path, title=title)

    @property
    def n_failed(self) -> int:
        return int((self.articles["status"] == "error").sum())

    def summary(self) -> dict[str, int]:
        """Counts: articles, failures, and rows of each mention table."""
        counts = {"articles": len(self.articles), "failed": self.n_failed}
        counts.update({name: len(getattr(self, name)) for name in MENTION_TABLES})
        return counts

    def _write(
        self, out_dir: str | Path, suffix: str, writer: Callable[[pd.DataFrame, Path], Any]
    ) -> list[Path]:
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        paths = []
        for name, df in self.all_tables().items():
            path = out / f"{name}{suffix}"
            tmp = path.with_name(f".{path.name}.tmp")
            writer(df, tmp)
            os.replace(tmp, path)
            paths.append(path)
        return paths

    def to_parquet(self, out_dir: str | Path) -> list[Path]:
        """Write ``<table>.parquet`` for every table into ``out_dir``; returns the paths."""
        return self._write(out_dir, ".parquet", lambda df, p: df.to_parquet(p, index=False))

    def to_csv(self, out_dir: str | Path) -> list[Path]:
        """Write ``<table>.csv`` (UTF-8) for every table into ``out_dir``."""
        return self._write(out_dir, ".csv", lambda df, p: df.to_csv(p, index=False))

    def to_jsonl(self, out_dir: str | Path) -> list[Path]:
        """Write ``<table>.jsonl`` (one JSON object per row) for every table into ``out_dir``."""
        return self._write(
            out_dir,
            ".jsonl",
            write_jsonl,
        )

    def to_xlsx(self, out_dir: str | Path) -> list[Path]:
        """Write ``tables.xlsx``: one Excel workbook, one sheet per table (see
        :mod:`pipeline.excel` for how Excel's limits are handled)."""
        from pipeline.excel import write_workbook

        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        return [write_workbook(self.all_tables(), out / "tables.xlsx")]

    def write(self, out_dir: str | Path, format: str = "parquet") -> list[Path]:
        writers = {
            "parquet": self.to_parquet,
            "csv": self.to_csv,
            "jsonl": self.to_jsonl,
            "xlsx": self.to_xlsx,
        }
        if format not in writers:
            raise ValueError(f"unknown format {format!r}: choose parquet, csv, jsonl or xlsx")
        return writers[format](out_dir)


@dataclass
class ChunkResult:
    """The rows of some articles: one ``articles`` row each, and their mention rows by table.

    What a worker returns for a chunk (plain rows, never Docs); chunks are joined with
    :meth:`extend` and turned into tables with :meth:`to_result`."""

    articles: list[Row] = field(default_factory=list)
    rows: dict[str, list[Row]] = field(default_factory=lambda: {t: [] for t in MENTION_TABLES})

    def extend(self, other: ChunkResult) -> None:
        self.articles.extend(other.articles)
        for table, rows in other.rows.items():
            self.rows[table].extend(rows)

    def to_result(self) -> ExtractResult:
        """The collected rows as tables with their fixed schemas."""
        return ExtractResult(
            articles=frame("articles", self.articles),
            **{table: frame(table, rows) for table, rows in self.rows.items()},
        )
