"""Running the extraction on this machine (``extract --backend local``, the default).

With one process the chunks (:func:`pipeline.chunks.iter_chunks`) go through the pipeline
here, one after another. With ``n_process`` > 1 a pool of worker processes each holds the
pipeline and runs :func:`pipeline.chunks.process_chunk` on the chunks it is handed; at most
``2 x n_process`` chunks are in flight and the results come back in input order.

Where it is safe the workers are forked from this process and share its loaded pipeline
(:func:`can_fork`); elsewhere they are spawned and each loads the pipeline once.
"""

from __future__ import annotations

import multiprocessing
import tempfile
import threading
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from multiprocessing import get_context
from typing import Any

from spacy.language import Language

from pipeline.chunks import CHUNK_SIZE, iter_chunks, process_chunk
from pipeline.io import Article
from pipeline.nlp import default_nlp, load
from pipeline.result import ChunkResult

#: The pipeline of this worker process (set by the pool's initializer, or inherited by fork).
_WORKER_NLP: Language | None = None


def _worker_init(model_path: str | None) -> None:
    global _WORKER_NLP
    if _WORKER_NLP is not None:  # forked from a parent that holds the pipeline already
        return
    _WORKER_NLP = load(model_path)


def can_fork() -> bool:
    """Workers may be forked from this process: the platform has ``fork`` and no other thread
    runs here (forking a process with threads can deadlock its children)."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


@contextmanager
def process_pool(nlp: Language | None, n_process: int, tmp: str) -> Iterator[ProcessPoolExecutor]:
    """Worker processes that each hold the pipeline ``nlp`` (default: :func:`pipeline.load`).

    Where it is safe, the workers are forked from this process and share its loaded pipeline
    (no load, pages shared until written; spaCy's own ``nlp.pipe(n_process=…)`` forks too).
    Elsewhere they are spawned and each loads the pipeline once, from ``tmp`` (where ``nlp``
    is saved) or with :func:`pipeline.load`.
    """
    global _WORKER_NLP
    model_path: str | None = None
    if can_fork():
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


def _worker_process(articles: list[Article]) -> ChunkResult:
    assert _WORKER_NLP is not None, "worker not initialised"
    return process_chunk(_WORKER_NLP, articles)


def iter_chunk_results(
    articles: Iterable[Article],
    *,
    nlp: Language | None = None,
    n_process: int = 1,
    chunk_size: int = CHUNK_SIZE,
) -> Iterator[tuple[int, ChunkResult]]:
    """Process articles chunk by chunk, in input order; yields ``(n_articles, rows)``."""
    if n_process <= 1:
        model = nlp if nlp is not None else default_nlp()
        for chunk in iter_chunks(articles, chunk_size):
            yield len(chunk), process_chunk(model, chunk)
        return
    with (
        tempfile.TemporaryDirectory(prefix="pipeline-model-") as tmp,
        process_pool(nlp, n_process, tmp) as pool,
    ):
        pending: list[tuple[int, Any]] = []
        for chunk in iter_chunks(articles, chunk_size):
            pending.append((len(chunk), pool.submit(_worker_process, chunk)))
            if len(pending) >= 2 * n_process:
                size, future = pending.pop(0)
                yield size, future.result()
        for size, future in pending:
            yield size, future.result()
