"""``pipeline.extract``: articles in, tables out.

:func:`extract` reads the articles (:func:`pipeline.io.read_source`), has a backend run them
chunk by chunk through the pipeline (:mod:`pipeline.local_backend` in this process or a pool
of worker processes, :mod:`pipeline.dask_backend` on a Dask cluster; each runs
:func:`pipeline.chunks.process_chunk`) and joins the rows into tables
(:class:`pipeline.result.ExtractResult`). :func:`extract_to_dir` writes every chunk's rows to
disk as soon as they are ready instead (:class:`pipeline.output.TableWriter`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language

from pipeline.chunks import CHUNK_SIZE
from pipeline.io import DEFAULT_MAX_BYTES, Article, ReadOptions, read_source
from pipeline.local_backend import iter_chunk_results
from pipeline.output import TableWriter
from pipeline.result import ChunkResult, ExtractResult
from pipeline.runstate import describe_input, now, output_lock, write_manifest

#: Seconds an article may take before it is stopped and gets ``status="error"`` (local backend).
ARTICLE_TIMEOUT = 60.0


def chunk_results(
    articles: Iterable[Article],
    *,
    nlp: Language | None,
    n_process: int,
    chunk_size: int | None,
    backend: str,
    scheduler: str | None,
    article_timeout: float | None = None,
) -> Iterator[tuple[int, ChunkResult]]:
    """``(n_articles, rows)`` of each chunk, in input order, from the chosen backend."""
    if backend == "local":
        size = chunk_size or CHUNK_SIZE
        return iter_chunk_results(
            articles,
            nlp=nlp,
            n_process=n_process,
            chunk_size=size,
            article_timeout=article_timeout,
        )
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


def read_settings(options: ReadOptions | None) -> dict[str, Any]:
    """How the input was read, for the manifest (:class:`pipeline.io.ReadOptions` without the
    files it did not read)."""
    if options is None:
        return {}
    return {
        "text_column": options.text_column,
        "id_column": options.id_column,
        "date_column": options.date_column,
        "include": list(options.include),
        "max_bytes": options.max_bytes,
        "follow_symlinks": options.follow_symlinks,
    }


def extract_to_dir(
    source: Any,
    out_dir: str | Path,
    *,
    format: str = "parquet",
    resume: bool = False,
    update: bool = False,
    ids: Iterable[Any] | None = None,
    n_process: int = 1,
    date: Any = None,
    nlp: Language | None = None,
    chunk_size: int | None = None,
    backend: str = "local",
    scheduler: str | None = None,
    article_timeout: float | None = ARTICLE_TIMEOUT,
    on_progress: Callable[[int], None] | None = None,
    options: ReadOptions | None = None,
) -> TableWriter:
    """Extract ``source`` straight into ``out_dir`` (one file per table), streaming: every
    chunk's rows are written to part files as soon as they are ready, no Doc and no table is
    held whole in memory. The folder is locked for the run (:func:`pipeline.runstate.output_lock`
    raises :class:`pipeline.runstate.OutputLocked` when another run holds it) and gets a
    ``manifest.json`` last. With ``resume=True`` the articles written by an interrupted run of
    the same input are kept; ``update=True`` also accepts a changed input: only its new or
    changed articles (and those that failed) are processed, and removed ones are dropped.
    ``options`` (:class:`pipeline.io.ReadOptions`) names the columns of a tabular input and the
    limits, and collects the files not read. Returns the writer, whose ``summary()`` counts the
    rows and ``notes`` say what was kept, dropped or taken over."""
    started = now()
    input_info = describe_input(source, out_dir)
    with output_lock(out_dir) as stale:
        writer = TableWriter(out_dir, format, resume=resume, update=update, input_info=input_info)
        if stale:
            writer.notes.append(stale)
        articles = writer.skip_done(read_source(source, ids, date=date, options=options))
        for size, chunk in chunk_results(
            articles,
            nlp=nlp,
            n_process=n_process,
            chunk_size=chunk_size,
            backend=backend,
            scheduler=scheduler,
            article_timeout=article_timeout,
        ):
            writer.write_chunk(chunk.articles, chunk.rows)
            if on_progress is not None:
                on_progress(size)
        writer.paths = writer.finalize()
        if writer.n_dropped:
            writer.notes.append(
                f"dropped: {writer.n_dropped} articles of the earlier run are no longer in "
                "the input"
            )
        settings = {
            **read_settings(options),
            "format": format,
            "resume": resume,
            "update": update,
            "n_process": n_process,
            "date": date,
            "chunk_size": chunk_size,
            "backend": backend,
            "scheduler": scheduler,
            "article_timeout": article_timeout,
        }
        write_manifest(
            out_dir,
            input=input_info,
            counts=writer.summary(),
            kept=writer.n_resumed,
            dropped=writer.n_dropped,
            status="complete" if not writer.failures else "complete_with_errors",
            started=started,
            finished=now(),
            options=settings,
        )
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
    text_column: str | None = None,
    id_column: str | None = None,
    date_column: str | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    include: Iterable[str] = (),
    follow_symlinks: bool = False,
    article_timeout: float | None = ARTICLE_TIMEOUT,
) -> ExtractResult:
    """Extract amounts, organisations, people, quotes and dates from French articles.

    ``source``: a list (or any iterable) of article texts; a folder of articles (``.txt``,
    ``.html``, ``.htm``, any case, recursive, hidden files and folders skipped; ``doc_id`` is
    the path relative to the folder; ``include`` globs choose other files, e.g. ``*.md``;
    symbolic links leading outside the folder are read only with ``follow_symlinks``); a
    ``.txt``, ``.md``, ``.html``, ``.htm``, ``.jsonl``, ``.csv`` or ``.parquet`` file; or a
    pandas DataFrame. Web pages give their main text (no menus, ads or comments) and their
    title, address, site and date. Tabular inputs have a ``text`` (or ``html``) column and
    optional ``id`` and ``date`` columns (``text_column=``, ``id_column=``, ``date_column=``
    name others); their other columns are kept in ``articles``. A file (or text) over
    ``max_bytes`` (None: no limit) is an error row. ``ids`` names the texts of an iterable
    (default ``"0"``, ``"1"``, …). ``date`` (ISO string, date or datetime) overrides every
    article's publication date, which otherwise comes from the ``date`` column, a web page's
    metadata, a date line at the top of a text file, or a date in its file name; a relative
    date (``hier``) is not used (NA, with a ``note``). ``nlp`` is a pipeline from
    :func:`pipeline.load` to reuse (loaded on first use otherwise). ``n_process`` > 1 runs
    worker processes, each loading the pipeline once. ``backend="dask"`` runs the chunks on a
    Dask cluster instead: the one at ``scheduler`` (an address), or a local cluster of
    ``n_process`` worker processes started for the run. ``article_timeout``: seconds an
    article may take before it is stopped and gets ``status="error"`` (None: no limit; the
    local backend only).

    Returns an :class:`ExtractResult` whose tables follow the project's contract; an article
    that cannot be read or processed gets ``status="error"`` with a message in ``articles``
    and every other article is still processed.
    """
    globs = (include,) if isinstance(include, str) else tuple(include)
    options = ReadOptions(text_column, id_column, date_column, globs, max_bytes, follow_symlinks)
    articles = read_source(source, ids, date=date, options=options)
    bar = None
    if progress:
        from rich.progress import Progress

        bar = Progress(transient=False)
        bar.start()
        task = bar.add_task("articles", total=_count_hint(source))
    collected = ChunkResult()
    try:
        for size, chunk_result in chunk_results(
            articles,
            nlp=nlp,
            n_process=n_process,
            chunk_size=chunk_size,
            backend=backend,
            scheduler=scheduler,
            article_timeout=article_timeout,
        ):
            collected.extend(chunk_result)
            if bar is not None:
                bar.advance(task, size)
    finally:
        if bar is not None:
            bar.stop()
    result = collected.to_result()
    result.not_read = options.not_read
    return result
