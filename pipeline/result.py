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

from pipeline.tables import MENTION_TABLES, TABLES, Row, frame


def write_jsonl(df: pd.DataFrame, path: Path) -> None:
    """``df`` as JSON Lines at ``path`` (an empty file for an empty frame)."""
    if df.empty:  # pandas writes a lone newline for an empty frame
        path.write_text("", encoding="utf-8")
    else:
        df.to_json(path, orient="records", lines=True, force_ascii=False)


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

    def tables(self) -> dict[str, pd.DataFrame]:
        return {name: getattr(self, name) for name in TABLES}

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
        for name, df in self.tables().items():
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

    def write(self, out_dir: str | Path, format: str = "parquet") -> list[Path]:
        writers = {"parquet": self.to_parquet, "csv": self.to_csv, "jsonl": self.to_jsonl}
        if format not in writers:
            raise ValueError(f"unknown format {format!r}: choose parquet, csv or jsonl")
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
