"""``pipeline.extract``: articles in, tables out."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.io import Article, read_source
from pipeline.tables import MENTION_TABLES, TABLES, Row, doc_rows, frame

#: Articles handed to the model (and to a worker) at a time.
CHUNK_SIZE = 64


def _write_jsonl(df: pd.DataFrame, path: Path) -> None:
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
            _write_jsonl,
        )

    def write(self, out_dir: str | Path, format: str = "parquet") -> list[Path]:
        writers = {"parquet": self.to_parquet, "csv": self.to_csv, "jsonl": self.to_jsonl}
        if format not in writers:
            raise ValueError(f"unknown format {format!r}: choose parquet, csv or jsonl")
        return writers[format](out_dir)


@dataclass
class _ChunkResult:
    articles: list[Row] = field(default_factory=list)
    rows: dict[str, list[Row]] = field(default_factory=lambda: {t: [] for t in MENTION_TABLES})

    def extend(self, other: _ChunkResult) -> None:
        self.articles.extend(other.articles)
        for table, rows in other.rows.items():
            self.rows[table].extend(rows)


def _article_row(article: Article, error: str | None = None) -> Row:
    error = error or article.error
    return {
        "doc_id": article.doc_id,
        "source": article.source,
        "date": article.date,
        "n_chars": len(article.text) if article.text is not None else None,
        "status": "error" if error else "ok",
        "error": error,
        "encoding": article.encoding,
    }


def _make_doc(nlp: Language, article: Article) -> Doc:
    doc = nlp.make_doc(article.text or "")
    doc._.doc_id = article.doc_id
    doc._.article_date = article.date
    return doc


def process_chunk(nlp: Language, articles: list[Article]) -> _ChunkResult:
    """Run the pipeline over some articles and convert each Doc to rows at once.

    Runs inside ``nlp.memory_zone()`` so no Doc outlives the chunk. When the batch fails, its
    articles are retried one by one so a single bad article gets ``status=error`` alone.
    """
    result = _ChunkResult()
    readable = [a for a in articles if a.ok]
    failures: dict[int, str] = {}
    converted: dict[int, dict[str, list[Row]]] = {}
    with nlp.memory_zone():
        try:
            docs = nlp.pipe(_make_doc(nlp, a) for a in readable)
            for index, doc in enumerate(docs):
                converted[index] = doc_rows(doc, readable[index].doc_id)
        except Exception:
            converted.clear()
            for index, article in enumerate(readable):
                try:
                    converted[index] = doc_rows(nlp(_make_doc(nlp, article)), article.doc_id)
                except Exception as exc:  # one bad article must not stop the run
                    failures[index] = f"processing failed: {type(exc).__name__}: {exc}"
    position = {id(a): i for i, a in enumerate(readable)}
    for article in articles:
        done = position.get(id(article))
        if done is None or done not in converted:
            error = failures.get(done) if done is not None else None
            result.articles.append(_article_row(article, error))
            continue
        result.articles.append(_article_row(article))
        for table, rows in converted[done].items():
            result.rows[table].extend(rows)
    return result


# --------------------------------------------------------------------------- workers
_WORKER_NLP: Language | None = None


def _worker_init(model_path: str | None) -> None:
    global _WORKER_NLP
    from pipeline.nlp import load

    _WORKER_NLP = load(model_path)


def _worker_process(articles: list[Article]) -> _ChunkResult:
    assert _WORKER_NLP is not None, "worker not initialised"
    return process_chunk(_WORKER_NLP, articles)


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while chunk := list(islice(iterator, size)):
        yield chunk


def iter_chunk_results(
    articles: Iterable[Article],
    *,
    nlp: Language | None = None,
    n_process: int = 1,
    chunk_size: int = CHUNK_SIZE,
) -> Iterator[tuple[int, _ChunkResult]]:
    """Process articles chunk by chunk, in input order; yields ``(n_articles, rows)``."""
    if n_process <= 1:
        from pipeline.nlp import default_nlp

        model = nlp if nlp is not None else default_nlp()
        for chunk in _chunks(articles, chunk_size):
            yield len(chunk), process_chunk(model, chunk)
        return
    with tempfile.TemporaryDirectory(prefix="pipeline-model-") as tmp:
        model_path: str | None = None
        if nlp is not None:  # the workers load the caller's pipeline from disk, once each
            nlp.to_disk(tmp)
            model_path = tmp
        context = get_context("spawn")
        with ProcessPoolExecutor(
            max_workers=n_process,
            mp_context=context,
            initializer=_worker_init,
            initargs=(model_path,),
        ) as pool:
            pending: list[tuple[int, Any]] = []
            for chunk in _chunks(articles, chunk_size):
                pending.append((len(chunk), pool.submit(_worker_process, chunk)))
                if len(pending) >= 2 * n_process:
                    size, future = pending.pop(0)
                    yield size, future.result()
            for size, future in pending:
                yield size, future.result()


def _count_hint(source: Any) -> int | None:
    try:
        return len(source)
    except TypeError:
        return None


def extract(
    source: Any,
    ids: Iterable[Any] | None = None,
    *,
    n_process: int = 1,
    progress: bool = False,
    date: Any = None,
    nlp: Language | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> ExtractResult:
    """Extract amounts, organisations, people, quotes and dates from French articles.

    ``source``: a list (or any iterable) of article texts; a folder of ``.txt`` articles
    (recursive; ``doc_id`` is the path relative to the folder); a ``.txt``, ``.jsonl``, ``.csv``
    or ``.parquet`` file (tabular inputs have a ``text`` column and optional ``id`` and ``date``
    columns); or a pandas DataFrame with those columns. ``ids`` names the texts of an iterable
    (default ``"0"``, ``"1"``, …). ``date`` (ISO string, date or datetime) overrides every
    article's publication date, which otherwise comes from the ``date`` column, a date line at
    the top of a text file, or a date in its file name. ``nlp`` is a pipeline from
    :func:`pipeline.load` to reuse (loaded on first use otherwise). ``n_process`` > 1 runs
    worker processes, each loading the pipeline once.

    Returns an :class:`ExtractResult` whose tables follow the project's contract; an article
    that cannot be read or processed gets ``status="error"`` with a message in ``articles``
    and every other article is still processed.
    """
    articles = read_source(source, ids, date=date)
    bar = None
    if progress:
        from rich.progress import Progress

        bar = Progress(transient=False)
        bar.start()
        task = bar.add_task("articles", total=_count_hint(source))
    collected = _ChunkResult()
    try:
        for size, chunk_result in iter_chunk_results(
            articles, nlp=nlp, n_process=n_process, chunk_size=chunk_size
        ):
            collected.extend(chunk_result)
            if bar is not None:
                bar.advance(task, size)
    finally:
        if bar is not None:
            bar.stop()
    return ExtractResult(
        articles=frame("articles", collected.articles),
        **{table: frame(table, rows) for table, rows in collected.rows.items()},
    )
