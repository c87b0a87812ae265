"""``pipeline.extract``: articles in, tables out."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.base import remember_text
from pipeline.io import Article, read_source
from pipeline.output import TableWriter
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

    def to_result(self) -> ExtractResult:
        """The collected rows as tables with their fixed schemas."""
        return ExtractResult(
            articles=frame("articles", self.articles),
            **{table: frame(table, rows) for table, rows in self.rows.items()},
        )


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
    text = article.text or ""
    doc = remember_text(nlp.make_doc(text), text)  # the components need not rebuild it
    doc._.doc_id = article.doc_id
    doc._.article_date = article.date
    return doc


def split_long_text(text: str, max_chars: int) -> list[str]:
    """Cut ``text`` into consecutive pieces of at most ``max_chars`` characters, at paragraph
    breaks where possible, else at line breaks, sentence ends or spaces. The pieces joined
    give ``text`` back exactly."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > max_chars:
        window = text[start : start + max_chars]
        cut = -1
        for separator in ("\n\n", "\n", ". ", " "):
            found = window.rfind(separator)
            if found > 0:
                cut = found + len(separator)
                break
        if cut <= 0:
            cut = max_chars
        pieces.append(text[start : start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def _model_and_rules(nlp: Language) -> tuple[list[Any], list[Any]]:
    """The pipeline's components split into the statistical model's and this project's."""
    from pipeline.nlp import COMPONENTS

    model = [proc for name, proc in nlp.pipeline if name not in COMPONENTS]
    rules = [proc for name, proc in nlp.pipeline if name in COMPONENTS]
    return model, rules


def process_long(nlp: Language, article: Article) -> Doc:
    """An article longer than ``nlp.max_length``: the model runs on paragraph-aligned pieces,
    which are joined back into one Doc of the whole text, then the project's components run on
    that Doc (so entities are canonicalised over the whole article and offsets stay exact)."""
    text = article.text or ""
    model, rules = _model_and_rules(nlp)
    pieces = []
    for piece in split_long_text(text, nlp.max_length):
        doc = nlp.make_doc(piece)
        for proc in model:
            doc = proc(doc)
        pieces.append(doc)
    doc = Doc.from_docs(pieces, ensure_whitespace=False)
    doc._.doc_id = article.doc_id
    doc._.article_date = article.date
    for proc in rules:
        doc = proc(doc)
    return doc


def _process_one(nlp: Language, article: Article) -> Doc:
    if len(article.text or "") > nlp.max_length:
        return process_long(nlp, article)
    return nlp(_make_doc(nlp, article))


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
            short = [i for i, a in enumerate(readable) if len(a.text or "") <= nlp.max_length]
            docs = nlp.pipe(_make_doc(nlp, readable[i]) for i in short)
            for index, doc in zip(short, docs, strict=True):
                converted[index] = doc_rows(doc, readable[index].doc_id)
            for index, article in enumerate(readable):
                if index not in converted:
                    converted[index] = doc_rows(process_long(nlp, article), article.doc_id)
        except Exception:
            converted.clear()
            for index, article in enumerate(readable):
                try:
                    converted[index] = doc_rows(_process_one(nlp, article), article.doc_id)
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
    if _WORKER_NLP is not None:  # forked from a parent that holds the pipeline already
        return
    from pipeline.nlp import load

    _WORKER_NLP = load(model_path)


def _can_fork() -> bool:
    """Workers may be forked from this process: the platform has ``fork`` and no other thread
    runs here (forking a process with threads can deadlock its children)."""
    import multiprocessing
    import threading

    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


@contextmanager
def _process_pool(nlp: Language | None, n_process: int, tmp: str) -> Iterator[ProcessPoolExecutor]:
    """Worker processes that each hold the pipeline ``nlp`` (default: :func:`pipeline.load`).

    Where it is safe, the workers are forked from this process and share its loaded pipeline
    (no load, pages shared until written; spaCy's own ``nlp.pipe(n_process=…)`` forks too).
    Elsewhere they are spawned and each loads the pipeline once, from ``tmp`` (where ``nlp``
    is saved) or with :func:`pipeline.load`.
    """
    global _WORKER_NLP
    from pipeline.nlp import default_nlp

    model_path: str | None = None
    if _can_fork():
        start = "fork"
        # inherited by the children, which are forked at the first submit
        _WORKER_NLP = nlp if nlp is not None else default_nlp()
    else:
        start = "spawn"
        if nlp is not None:  # the workers load the caller's pipeline from disk
            nlp.to_disk(tmp)
            model_path = tmp
    try:
        with ProcessPoolExecutor(
            max_workers=n_process,
            mp_context=get_context(start),
            initializer=_worker_init,
            initargs=(model_path,),
        ) as pool:
            yield pool
    finally:
        _WORKER_NLP = None


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
    with (
        tempfile.TemporaryDirectory(prefix="pipeline-model-") as tmp,
        _process_pool(nlp, n_process, tmp) as pool,
    ):
        pending: list[tuple[int, Any]] = []
        for chunk in _chunks(articles, chunk_size):
            pending.append((len(chunk), pool.submit(_worker_process, chunk)))
            if len(pending) >= 2 * n_process:
                size, future = pending.pop(0)
                yield size, future.result()
        for size, future in pending:
            yield size, future.result()


def _chunk_results(
    articles: Iterable[Article],
    *,
    nlp: Language | None,
    n_process: int,
    chunk_size: int | None,
    backend: str,
    scheduler: str | None,
) -> Iterator[tuple[int, _ChunkResult]]:
    if backend == "local":
        size = chunk_size or CHUNK_SIZE
        return iter_chunk_results(articles, nlp=nlp, n_process=n_process, chunk_size=size)
    if backend == "dask":
        from pipeline.dask_backend import DASK_CHUNK_SIZE, iter_dask_chunk_results

        return iter_dask_chunk_results(
            articles,
            scheduler=scheduler,
            chunk_size=chunk_size or DASK_CHUNK_SIZE,
            n_workers=max(n_process, 1),
            nlp=nlp,
        )
    raise ValueError(f"unknown backend {backend!r}: choose 'local' or 'dask'")


def extract_to_dir(
    source: Any,
    out_dir: str | Path,
    *,
    format: str = "parquet",
    resume: bool = False,
    ids: Iterable[Any] | None = None,
    n_process: int = 1,
    date: Any = None,
    nlp: Language | None = None,
    chunk_size: int | None = None,
    backend: str = "local",
    scheduler: str | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> TableWriter:
    """Extract ``source`` straight into ``out_dir`` (one file per table), streaming: every
    chunk's rows are written to part files as soon as they are ready, no Doc and no table is
    held whole in memory. With ``resume=True`` the articles written by an interrupted run into
    the same folder are skipped. Returns the writer, whose ``summary()`` counts the rows."""
    writer = TableWriter(out_dir, format, resume=resume)
    articles = writer.skip_done(read_source(source, ids, date=date))
    for size, chunk in _chunk_results(
        articles,
        nlp=nlp,
        n_process=n_process,
        chunk_size=chunk_size,
        backend=backend,
        scheduler=scheduler,
    ):
        writer.write_chunk(chunk.articles, chunk.rows)
        if on_progress is not None:
            on_progress(size)
    writer.paths = writer.finalize()
    return writer


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
    chunk_size: int | None = None,
    backend: str = "local",
    scheduler: str | None = None,
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
    worker processes, each loading the pipeline once. ``backend="dask"`` runs the chunks on a
    Dask cluster instead: the one at ``scheduler`` (an address), or a local cluster of
    ``n_process`` worker processes started for the run.

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
        for size, chunk_result in _chunk_results(
            articles,
            nlp=nlp,
            n_process=n_process,
            chunk_size=chunk_size,
            backend=backend,
            scheduler=scheduler,
        ):
            collected.extend(chunk_result)
            if bar is not None:
                bar.advance(task, size)
    finally:
        if bar is not None:
            bar.stop()
    return collected.to_result()
