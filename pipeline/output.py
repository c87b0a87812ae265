"""Writing tables chunk by chunk, atomically, so a killed run loses nothing and can resume.

During a run every chunk of articles is written as one part file per table under
``OUT/.parts/<table>/part-NNNNNN.parquet`` (temporary file, then rename); the ``articles`` part
is written last and marks the chunk as done. :meth:`TableWriter.finalize` streams the parts
into ``OUT/<table>.<format>`` (again through a temporary file and a rename) and removes the
parts. ``resume=True`` keeps the parts of an interrupted run: the articles they hold are
skipped and the final tables equal those of an uninterrupted run.
"""

from __future__ import annotations

import os
import shutil
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.corpus import EntityLinks, link_entities
from pipeline.io import Article
from pipeline.result import LINKED_TABLES, write_jsonl
from pipeline.tables import MENTION_TABLES, TABLES, Row, extra_columns, frame

FORMATS = ("parquet", "csv", "jsonl")
PARTS_DIR = ".parts"


def _atomic_parquet(df: pd.DataFrame, path: Path) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    df.to_parquet(tmp, index=False)
    os.replace(tmp, path)


def _part_columns(parts: list[Path]) -> list[str]:
    """The ``articles`` columns beyond the schema found in any of the parts (the other
    columns of a tabular input)."""
    return extra_columns([dict.fromkeys(pq.read_schema(part).names) for part in parts])


class TableWriter:
    """Streams chunk rows to part files, then merges them into one file per table."""

    def __init__(self, out_dir: str | Path, format: str = "parquet", *, resume: bool = False):
        if format not in FORMATS:
            raise ValueError(f"unknown format {format!r}: choose parquet, csv or jsonl")
        self.out_dir = Path(out_dir)
        self.format = format
        self.parts = self.out_dir / PARTS_DIR
        if self.parts.exists() and not resume:
            shutil.rmtree(self.parts)
        for table in TABLES:
            (self.parts / table).mkdir(parents=True, exist_ok=True)
        self._done: Counter[str] = Counter()
        self.counts: Counter[str] = Counter()
        self.failures: list[tuple[str, str]] = []
        self.distinct_names: dict[str, Counter[str]] = {
            "people": Counter(),
            "organizations": Counter(),
        }
        self._next = 0
        self.paths: list[Path] = []
        #: the corpus entities, computed from every part by :meth:`finalize`
        self.entities: pd.DataFrame | None = None
        if resume:
            self._load_previous_parts()
        #: articles already written by the interrupted run that this one resumes
        self.n_resumed = sum(self._done.values())

    # ----------------------------------------------------------------- resume
    def _part_numbers(self, table: str) -> list[int]:
        return sorted(
            int(p.stem.split("-")[1]) for p in (self.parts / table).glob("part-*.parquet")
        )

    def _load_previous_parts(self) -> None:
        done_parts = set(self._part_numbers("articles"))
        for table in MENTION_TABLES:  # rows of a chunk whose articles part never came: redo it
            for number in set(self._part_numbers(table)) - done_parts:
                (self.parts / table / self._name(number)).unlink()
        for number in sorted(done_parts):
            articles = pd.read_parquet(self.parts / "articles" / self._name(number))
            self._account("articles", articles)
            for table in MENTION_TABLES:
                path = self.parts / table / self._name(number)
                if path.exists():
                    self._account(table, pd.read_parquet(path))
        self._next = max(done_parts, default=-1) + 1

    def skip_done(self, articles: Iterable[Article]) -> Iterator[Article]:
        """The articles not already written by an earlier (interrupted) run."""
        remaining = Counter(self._done)
        for article in articles:
            if remaining[article.doc_id] > 0:
                remaining[article.doc_id] -= 1
                continue
            yield article

    # ----------------------------------------------------------------- writing
    @staticmethod
    def _name(number: int) -> str:
        return f"part-{number:06d}.parquet"

    def _account(self, table: str, df: pd.DataFrame) -> None:
        self.counts[table] += len(df)
        if table == "articles":
            self._done.update(df["doc_id"].astype(str))
            failed = df[df["status"] == "error"]
            self.failures.extend(zip(failed["doc_id"], failed["error"], strict=True))
        elif table in self.distinct_names and len(df):
            names = df.drop_duplicates(["doc_id", "name"])["name"]
            self.distinct_names[table].update(names.dropna().astype(str))

    def write_chunk(self, articles: list[Row], rows: dict[str, list[Row]]) -> None:
        """Write one chunk: every mention table's part, then the articles part."""
        number = self._next
        for table in (*MENTION_TABLES, "articles"):
            df = frame(table, articles if table == "articles" else rows.get(table, []))
            _atomic_parquet(df, self.parts / table / self._name(number))
            self._account(table, df)
        self._next += 1

    def finalize(self) -> list[Path]:
        """Merge the parts into ``OUT/<table>.<format>`` and remove them; returns the paths."""
        paths = []
        links = self._link_entities()
        for table in TABLES:
            parts = [self.parts / table / self._name(n) for n in self._part_numbers(table)]
            path = self.out_dir / f"{table}.{self.format}"
            tmp = path.with_name(f".{path.name}.tmp")
            self._merge(table, parts, tmp, links)
            os.replace(tmp, path)
            paths.append(path)
        paths.append(self._write_entities(links.entities))
        shutil.rmtree(self.parts)
        return paths

    def _link_entities(self) -> EntityLinks:
        """The corpus entities of every part written (:func:`pipeline.corpus.link_entities`)."""
        tables = {}
        for table in ("articles", "organizations", "people"):
            parts = [self.parts / table / self._name(n) for n in self._part_numbers(table)]
            dfs = [pd.read_parquet(p) for p in parts]
            tables[table] = pd.concat(dfs, ignore_index=True) if dfs else frame(table, [])
        links = link_entities(tables)
        self.entities = links.entities
        self.counts["entities"] = len(links.entities)
        return links

    def _write_entities(self, entities: pd.DataFrame) -> Path:
        path = self.out_dir / f"entities.{self.format}"
        tmp = path.with_name(f".{path.name}.tmp")
        if self.format == "parquet":
            entities.to_parquet(tmp, index=False)
        elif self.format == "csv":
            entities.to_csv(tmp, index=False)
        else:
            write_jsonl(entities, tmp)
        os.replace(tmp, path)
        return path

    def _merge(self, table: str, parts: list[Path], tmp: Path, links: EntityLinks) -> None:
        linked = table in LINKED_TABLES
        extra = [] if table != "articles" else _part_columns(parts)
        empty = frame(table, [], extra)
        empty = links.annotate(table, empty) if linked else empty
        if self.format == "parquet":
            schema = pa.Schema.from_pandas(empty, preserve_index=False)
            with pq.ParquetWriter(tmp, schema) as writer:
                for part in parts:
                    if linked:
                        df = links.annotate(table, pd.read_parquet(part))
                        writer.write_table(pa.Table.from_pandas(df, schema, preserve_index=False))
                    else:
                        writer.write_table(pq.read_table(part, schema=schema))
            return
        with tmp.open("w", encoding="utf-8", newline="") as handle:
            if self.format == "csv":
                empty.to_csv(handle, index=False)
            for part in parts:
                df = pd.read_parquet(part)
                df = links.annotate(table, df) if linked else df
                df = df.reindex(columns=empty.columns)
                if df.empty:
                    continue
                if self.format == "csv":
                    df.to_csv(handle, index=False, header=False)
                else:
                    text = df.to_json(orient="records", lines=True, force_ascii=False)
                    handle.write(text if text.endswith("\n") else text + "\n")

    def summary(self) -> dict[str, Any]:
        counts = {table: self.counts[table] for table in (*TABLES, "entities")}
        counts["failed"] = len(self.failures)
        return counts
