"""Writing tables chunk by chunk, atomically, so a killed run loses nothing and can resume.

During a run every chunk of articles is written as one part file per table under
``OUT/.parts/<table>/part-NNNNNN.parquet`` (temporary file, then rename); the ``articles`` part
is written last and marks the chunk as done (it also records each article's content hash).
:meth:`TableWriter.finalize` streams the parts into ``OUT/<table>.<format>`` (again through a
temporary file and a rename) and keeps the parts: they are the state a later ``--resume`` or
``--update`` starts from, so no step of the merge can lose a finished table.

``resume=True`` continues an interrupted run of the same input (the input's fingerprint, kept
in ``OUT/.parts/run.json``, must match); ``update=True`` accepts a changed input at the same
path. Either way an article already written with the same ``doc_id`` and content hash and
``status="ok"`` is kept, every other article (new, changed, or failed before) is processed,
and an article no longer in the input is dropped from the tables.
"""

from __future__ import annotations

import hashlib
import shutil
from collections import Counter, defaultdict, deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.corpus import EntityLinks, link_entities
from pipeline.io import Article
from pipeline.result import LINKED_TABLES, write_jsonl
from pipeline.runstate import read_json, write_json
from pipeline.tables import MENTION_TABLES, SCHEMAS, TABLES, Row, extra_columns, frame

FORMATS = ("parquet", "csv", "jsonl", "xlsx")
PARTS_DIR = ".parts"
RUN_STATE = "run.json"
#: Extra column of the ``articles`` parts (not of the final table): the article's content hash.
HASH_COLUMN = "content_hash"


class StateMismatch(ValueError):
    """The parts in the output folder come from another input."""


def content_hash(article: Article) -> str:
    """A hash of what decides an article's rows: its text, date and read error."""
    key = f"{article.date}\0{article.error}\0{article.text}"
    return hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def _atomic_parquet(df: pd.DataFrame, path: Path) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    df.to_parquet(tmp, index=False)
    tmp.replace(path)


def check_state(previous: dict[str, Any] | None, current: dict[str, Any], update: bool) -> None:
    """Raise :class:`StateMismatch` when the parts recorded by ``previous`` (the run state of
    the output folder) cannot be continued with the input ``current``."""
    if previous is None or not current.get("path"):
        return
    if previous.get("path") != current["path"]:
        raise StateMismatch(
            f"the output folder holds the tables of another input ({previous.get('path')}): "
            "choose another folder, or run without --resume/--update to start afresh"
        )
    fingerprint = previous.get("fingerprint")
    if not update and fingerprint and fingerprint != current.get("fingerprint"):
        raise StateMismatch(
            f"the input {current['path']} changed since the run that wrote the output folder: "
            "use --update to process only its new or changed articles"
        )


class TableWriter:
    """Streams chunk rows to part files, then merges them into one file per table."""

    def __init__(
        self,
        out_dir: str | Path,
        format: str = "parquet",
        *,
        resume: bool = False,
        update: bool = False,
        input_info: dict[str, Any] | None = None,
    ):
        if format not in FORMATS:
            raise ValueError(f"unknown format {format!r}: choose parquet, csv, jsonl or xlsx")
        self.out_dir = Path(out_dir)
        self.format = format
        self.parts = self.out_dir / PARTS_DIR
        keep = resume or update
        if keep:
            check_state(read_json(self.parts / RUN_STATE), input_info or {}, update)
        elif self.parts.exists():
            shutil.rmtree(self.parts)
        for table in TABLES:
            (self.parts / table).mkdir(parents=True, exist_ok=True)
        write_json(self.parts / RUN_STATE, dict(input_info or {}))
        #: (doc_id, content hash) -> the numbers of the parts that hold it with status ok
        self._written: dict[tuple[str, str], list[int]] = defaultdict(list)
        #: (doc_id, content hash) of every article of this run's input, with its count
        self._seen: Counter[tuple[str, str]] = Counter()
        #: (doc_id, content hash) -> its first position in the input
        self._position: dict[tuple[str, str], int] = {}
        self._pending: dict[str, deque[str]] = defaultdict(deque)
        self.counts: Counter[str] = Counter()
        self.failures: list[tuple[str, str]] = []
        self.distinct_names: dict[str, Counter[str]] = {
            "people": Counter(),
            "organizations": Counter(),
        }
        self._next = 0
        self.paths: list[Path] = []
        #: the corpus entities, computed from the kept articles by :meth:`finalize`
        self.entities: pd.DataFrame | None = None
        #: articles already written by an earlier run and kept as they were
        self.n_resumed = 0
        #: articles of an earlier run no longer in the input, dropped from the tables
        self.n_dropped = 0
        #: what the run should tell its user (a stale lock taken over, articles dropped)
        self.notes: list[str] = []
        if keep:
            self._load_previous_parts()

    # ----------------------------------------------------------------- resume
    def _part_numbers(self, table: str) -> list[int]:
        return sorted(
            int(p.stem.split("-")[1]) for p in (self.parts / table).glob("part-*.parquet")
        )

    def _complete_parts(self) -> set[int]:
        """The chunks written whole: an ``articles`` part and every mention table's part."""
        done = set(self._part_numbers("articles"))
        for table in MENTION_TABLES:
            done &= set(self._part_numbers(table))
        return done

    def _load_previous_parts(self) -> None:
        done_parts = self._complete_parts()
        for table in TABLES:  # a chunk some of whose parts are missing is done again
            for number in set(self._part_numbers(table)) - done_parts:
                (self.parts / table / self._name(number)).unlink()
        for number in sorted(done_parts):
            articles = pd.read_parquet(self.parts / "articles" / self._name(number))
            if HASH_COLUMN not in articles:  # parts of an older version: no hash, redo
                continue
            ok = articles[articles["status"] == "ok"]
            for key in zip(ok["doc_id"].astype(str), ok[HASH_COLUMN].astype(str), strict=True):
                self._written[key].append(number)
        self._next = max(done_parts, default=-1) + 1

    def skip_done(self, articles: Iterable[Article]) -> Iterator[Article]:
        """The articles not already written (same ``doc_id``, same content, ``status="ok"``) by
        an earlier run; every article is noted as part of this run's input."""
        remaining = Counter({key: len(numbers) for key, numbers in self._written.items()})
        for article in articles:
            key = (str(article.doc_id), content_hash(article))
            self._seen[key] += 1
            self._position.setdefault(key, len(self._position))
            if remaining[key] > 0:
                remaining[key] -= 1
                self.n_resumed += 1
                continue
            self._pending[key[0]].append(key[1])
            yield article

    # ----------------------------------------------------------------- writing
    @staticmethod
    def _name(number: int) -> str:
        return f"part-{number:06d}.parquet"

    def _account(self, table: str, df: pd.DataFrame) -> None:
        self.counts[table] += len(df)
        if table == "articles":
            failed = df[df["status"] == "error"]
            self.failures.extend(zip(failed["doc_id"], failed["error"], strict=True))
        elif table in self.distinct_names and len(df):
            names = df.drop_duplicates(["doc_id", "name"])["name"]
            self.distinct_names[table].update(names.dropna().astype(str))

    def _hashes(self, articles: list[Row]) -> list[str]:
        hashes = []
        for row in articles:
            queue = self._pending.get(str(row["doc_id"]))
            hashes.append(queue.popleft() if queue else "")
            if queue is not None and not queue:
                del self._pending[str(row["doc_id"])]
        return hashes

    def write_chunk(self, articles: list[Row], rows: dict[str, list[Row]]) -> None:
        """Write one chunk: every mention table's part, then the articles part (with each
        article's content hash), which marks the chunk as done."""
        number = self._next
        for table in MENTION_TABLES:
            df = frame(table, rows.get(table, []))
            _atomic_parquet(df, self.parts / table / self._name(number))
        df = frame("articles", articles)
        df[HASH_COLUMN] = pd.array(self._hashes(articles), dtype="string")
        _atomic_parquet(df, self.parts / "articles" / self._name(number))
        self._next += 1

    # ----------------------------------------------------------------- merging
    def _kept_ids(self) -> dict[int, set[str]]:
        """For each part, the ``doc_id`` of the articles whose rows go into the tables: the
        latest version of every article of this run's input (as many as it holds)."""
        versions: dict[tuple[str, str], list[int]] = defaultdict(list)
        old_ids: set[str] = set()
        for number in sorted(self._complete_parts()):
            df = pd.read_parquet(self.parts / "articles" / self._name(number))
            if HASH_COLUMN not in df:
                df[HASH_COLUMN] = ""
            for key in zip(df["doc_id"].astype(str), df[HASH_COLUMN].astype(str), strict=True):
                versions[key].append(number)
                old_ids.add(key[0])
        kept: dict[int, set[str]] = defaultdict(set)
        first: dict[int, int] = {}
        for key, numbers in versions.items():
            for number in numbers[len(numbers) - self._seen[key] :] if self._seen[key] else []:
                kept[number].add(key[0])
                first[number] = min(first.get(number, self._position[key]), self._position[key])
        self.n_dropped = len(old_ids - {doc_id for doc_id, _hash in self._seen})
        # the parts in the order of their first article in the input (a chunk done again by a
        # resumed run goes back to its place)
        return {number: kept[number] for number in sorted(kept, key=first.__getitem__)}

    def _columns(self, table: str, kept: dict[int, set[str]]) -> list[str]:
        """The columns of ``table`` in the final file: its schema, and for ``articles`` the
        other columns of a tabular input found in the parts (the content hash left out)."""
        columns = list(SCHEMAS[table])
        if table != "articles":
            return columns
        parts = [self.parts / table / self._name(number) for number in kept]
        names = [dict.fromkeys(pq.read_schema(part).names) for part in parts]
        return columns + [c for c in extra_columns(names) if c != HASH_COLUMN]

    def _kept_frames(self, table: str, kept: dict[int, set[str]]) -> Iterator[pd.DataFrame]:
        """The rows of ``table`` of the kept articles, part by part, with the final columns."""
        columns = self._columns(table, kept)
        for number in kept:
            df = pd.read_parquet(self.parts / table / self._name(number))
            yield df[df["doc_id"].astype(str).isin(kept[number])].reindex(columns=columns)

    def _link_entities(self, kept: dict[int, set[str]]) -> EntityLinks:
        """The corpus entities of the kept articles (:func:`pipeline.corpus.link_entities`)."""
        tables = {}
        for table in ("articles", "organizations", "people"):
            frames = list(self._kept_frames(table, kept))
            tables[table] = pd.concat(frames, ignore_index=True) if frames else frame(table, [])
        links = link_entities(tables)
        self.entities = links.entities
        self.counts["entities"] = len(links.entities)
        return links

    def finalize(self) -> list[Path]:
        """Merge the parts into ``OUT/<table>.<format>`` (each through a temporary file and a
        rename) and write ``OUT/entities.<format>``; with ``xlsx``, one workbook
        ``OUT/tables.xlsx``. The parts are kept for a later ``--resume``/``--update``. Returns
        the paths."""
        kept = self._kept_ids()
        links = self._link_entities(kept)
        if self.format == "xlsx":
            return [self._write_workbook(kept, links)]
        paths = []
        for table in TABLES:
            path = self.out_dir / f"{table}.{self.format}"
            tmp = path.with_name(f".{path.name}.tmp")
            empty = self._empty(table, kept, links)
            self._merge(table, empty, self._linked(table, kept, links), tmp)
            tmp.replace(path)
            paths.append(path)
        paths.append(self._write_entities(links.entities))
        return paths

    def _empty(self, table: str, kept: dict[int, set[str]], links: EntityLinks) -> pd.DataFrame:
        """``table`` with no row and its final columns (entity ids included)."""
        empty = frame(table, [], self._columns(table, kept)[len(SCHEMAS[table]) :])
        return links.annotate(table, empty) if table in LINKED_TABLES else empty

    def _linked(
        self, table: str, kept: dict[int, set[str]], links: EntityLinks
    ) -> Iterator[pd.DataFrame]:
        """The kept frames of ``table``, with their entity id columns where it has some."""
        for df in self._kept_frames(table, kept):
            yield links.annotate(table, df) if table in LINKED_TABLES else df

    def _write_workbook(self, kept: dict[int, set[str]], links: EntityLinks) -> Path:
        from pipeline.excel import write_workbook

        tables: dict[str, pd.DataFrame] = {}
        for table in TABLES:
            frames = list(self._linked(table, kept, links))
            for df in frames:
                self._account(table, df)
            tables[table] = pd.concat([self._empty(table, kept, links), *frames], ignore_index=True)
        tables["entities"] = links.entities
        return write_workbook(tables, self.out_dir / "tables.xlsx")

    def _write_entities(self, entities: pd.DataFrame) -> Path:
        path = self.out_dir / f"entities.{self.format}"
        tmp = path.with_name(f".{path.name}.tmp")
        if self.format == "parquet":
            entities.to_parquet(tmp, index=False)
        elif self.format == "csv":
            entities.to_csv(tmp, index=False)
        else:
            write_jsonl(entities, tmp)
        tmp.replace(path)
        return path

    def _merge(
        self, table: str, empty: pd.DataFrame, frames: Iterator[pd.DataFrame], tmp: Path
    ) -> None:
        if self.format == "parquet":
            schema = pa.Schema.from_pandas(empty, preserve_index=False)
            with pq.ParquetWriter(tmp, schema) as writer:
                for df in frames:
                    self._account(table, df)
                    writer.write_table(pa.Table.from_pandas(df, schema, preserve_index=False))
            return
        with tmp.open("w", encoding="utf-8", newline="") as handle:
            if self.format == "csv":
                empty.to_csv(handle, index=False)
            for df in frames:
                self._account(table, df)
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
