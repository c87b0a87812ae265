"""Running the extraction on this machine (``extract --backend local``, the default).

With one process and no time budget the chunks (:func:`pipeline.chunks.iter_chunks`) go
through the pipeline here, one after another. Otherwise supervised worker processes
(:mod:`pipeline.workers`) each hold the pipeline and run :func:`pipeline.chunks.process_chunk`
on the chunks they are handed, under the per-article time budget; at most ``2 x n_process``
chunks are in flight and the results come back in input order.

Where it is safe the workers are forked from this process and share its loaded pipeline
(:func:`can_fork`); elsewhere they are spawned and each loads the pipeline once.
"""

from __future__ import annotations

import multiprocessing
import tempfile
import threading
from collections.abc import Iterable, Iterator

from spacy.language import Language

from pipeline.chunks import CHUNK_SIZE, iter_chunks, process_chunk
from pipeline.io import Article
from pipeline.nlp import default_nlp
from pipeline.result import ChunkResult
from pipeline.workers import iter_supervised


def can_fork() -> bool:
    """Workers may be forked from this process: the platform has ``fork`` and no other thread
    runs here (forking a process with threads can deadlock its children)."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def iter_chunk_results(
    articles: Iterable[Article],
    *,
    nlp: Language | None = None,
    n_process: int = 1,
    chunk_size: int = CHUNK_SIZE,
    article_timeout: float | None = None,
) -> Iterator[tuple[int, ChunkResult]]:
    """Process articles chunk by chunk, in input order; yields ``(n_articles, rows)``.

    With one process and no ``article_timeout`` the chunks run here. Otherwise supervised worker
    processes run them (:mod:`pipeline.workers`): an article over ``article_timeout`` seconds,
    or one that kills its worker, gets ``status="error"`` and the run goes on. One process with
    a pipeline of the caller's on a platform that cannot fork runs here, without the budget
    (saving and reloading the pipeline would cost more than the run)."""
    if n_process <= 1 and (not article_timeout or (nlp is not None and not can_fork())):
        model = nlp if nlp is not None else default_nlp()
        for chunk in iter_chunks(articles, chunk_size):
            yield len(chunk), process_chunk(model, chunk)
        return
    start = "fork" if can_fork() else "spawn"
    with tempfile.TemporaryDirectory(prefix="pipeline-model-") as tmp:
        model_path = None
        if start == "spawn" and nlp is not None:  # the workers load the caller's pipeline
            nlp.to_disk(tmp)
            model_path = tmp

        def shared() -> Language | None:
            """The pipeline forked workers share: the caller's; with several workers the
            default one loaded here once; with one worker none (it loads its own, so this
            process stays small)."""
            if nlp is not None or n_process <= 1:
                return nlp
            return default_nlp()

        yield from iter_supervised(
            articles,
            n_workers=n_process,
            chunk_size=chunk_size,
            start=start,
            model_path=model_path,
            article_timeout=article_timeout,
            before_fork=shared,
        )
