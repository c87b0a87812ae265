"""Worker processes under supervision: a time budget per article, and no chunk lost with a
worker.

Each worker is one process linked to this one by a pipe: it receives a list of articles, runs
:func:`pipeline.chunks.process_chunk` on it and sends the rows back. The supervisor
(:func:`iter_supervised`) hands every chunk to a free worker as one batch and waits for its
answer with a deadline of ``article_timeout`` seconds plus one second per article (a normal
chunk of 64 articles takes one or two seconds; the clock starts once the worker has loaded its
pipeline). When a batch overruns its deadline, or its worker dies (killed, out of
memory), the worker is killed and replaced and the chunk's articles are sent again **one at a
time**: an article that overruns the budget alone, or kills its worker alone, gets one
``articles`` row with ``status="error"`` and the reason, and every other article is processed.
The rows come back in input order; at most ``2 x workers`` chunks are in flight.

A worker ends with the process that started it: it stops when its pipe closes, and on Linux
the kernel kills it when its parent dies (``PR_SET_PDEATHSIG``), even mid-article.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing import get_context
from multiprocessing.connection import Connection, wait
from typing import Any

from spacy.language import Language

from pipeline.chunks import article_row, iter_chunks, process_chunk
from pipeline.io import Article
from pipeline.result import ChunkResult

#: The pipeline a forked worker inherits (set by the supervisor just before it forks).
INHERITED: dict[str, Language | None] = {"nlp": None}
#: What a worker says once its pipeline is loaded.
READY = "ready"
_PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int) -> None:
    """Have the kernel kill this process when its parent ends (Linux); exit now if the parent
    is already gone."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):  # pragma: no cover - no prctl in this libc
            pass
    if os.getppid() != parent:
        os._exit(0)


def worker_main(conn: Connection, parent: int, model_path: str | None) -> None:
    """A worker's life: the pipeline (inherited, loaded from ``model_path``, or the default),
    then one chunk after another until the pipe closes."""
    die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the supervisor's to handle
    nlp = INHERITED["nlp"]
    if nlp is None:
        from pipeline.nlp import default_nlp, load

        nlp = load(model_path) if model_path else default_nlp()
    conn.send(READY)  # the time budget of its first chunk starts now, not before the load
    while True:
        try:
            articles = conn.recv()
        except (EOFError, OSError):
            break
        if articles is None:
            break
        conn.send(process_chunk(nlp, articles))
    conn.close()


@dataclass
class Job:
    """One chunk of articles and what came back for it: the whole chunk's rows, or (once the
    chunk has failed as a batch) each article's rows."""

    articles: list[Article]
    started: bool = False
    result: ChunkResult | None = None
    singles: list[ChunkResult | None] | None = None
    waiting: deque[int] = field(default_factory=deque)

    @property
    def done(self) -> bool:
        if self.singles is not None:
            return all(single is not None for single in self.singles)
        return self.result is not None

    def split(self) -> None:
        """The batch failed: every article is to be sent again alone."""
        self.singles = [None] * len(self.articles)
        self.waiting = deque(range(len(self.articles)))

    def fail(self, index: int, reason: str) -> None:
        """Article ``index`` failed alone: it gets an error row."""
        assert self.singles is not None
        single = ChunkResult()
        single.articles.append(article_row(self.articles[index], reason))
        self.singles[index] = single

    def rows(self) -> ChunkResult:
        if self.singles is None:
            assert self.result is not None
            return self.result
        whole = ChunkResult()
        for single in self.singles:
            assert single is not None
            whole.extend(single)
        return whole


@dataclass
class Task:
    job: Job
    index: int | None  # None: the whole chunk as a batch


class Worker:
    """One worker process and the task it runs."""

    def __init__(self, start: str, model_path: str | None) -> None:
        context = get_context(start)
        self.conn, child = context.Pipe()
        self.process = context.Process(  # type: ignore[attr-defined]
            target=worker_main, args=(child, os.getpid(), model_path), daemon=True
        )
        self.process.start()
        child.close()
        self.task: Task | None = None
        self.deadline = 0.0
        self.ready = False

    def wait_ready(self) -> None:
        """Note the worker's READY message; raise when it died while loading the pipeline."""
        try:
            message = self.conn.recv()
        except (EOFError, OSError):
            self.process.join(timeout=5)
            raise RuntimeError(
                f"a worker process could not load the pipeline ({death_reason(self.process)})"
            ) from None
        self.ready = message == READY

    def give(self, task: Task, timeout: float | None) -> None:
        """Send ``task`` to the worker; its deadline: ``timeout`` for one article, plus one
        second per article for a whole chunk (64 articles normally take a second or two)."""
        articles = task.job.articles if task.index is None else [task.job.articles[task.index]]
        self.conn.send(articles)
        self.task = task
        budget = timeout + (len(articles) if len(articles) > 1 else 0) if timeout else None
        self.deadline = time.monotonic() + budget if budget else float("inf")

    def stop(self, kill: bool = False) -> None:
        if kill and self.process.is_alive():
            self.process.kill()
        else:
            with contextlib.suppress(OSError):
                self.conn.send(None)
        self.conn.close()
        self.process.join(timeout=None if kill else 5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()


def death_reason(process: Any) -> str:
    """Why a worker ended, in words (the signal that killed it, or its exit code)."""
    code = process.exitcode
    if code is not None and code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exited with code {code}"


class Supervisor:
    """The workers and the chunks in flight (see the module's docstring)."""

    def __init__(
        self,
        n_workers: int,
        start: str,
        model_path: str | None,
        article_timeout: float | None,
    ) -> None:
        self.start, self.model_path, self.timeout = start, model_path, article_timeout
        self.workers = [Worker(start, model_path) for _ in range(max(1, n_workers))]
        self.jobs: deque[Job] = deque()

    def _next_task(self) -> Task | None:
        for job in self.jobs:
            if job.waiting:
                return Task(job, job.waiting.popleft())
        for job in self.jobs:
            if not job.started:
                job.started = True
                return Task(job, None)
        return None

    def _assign(self) -> None:
        for worker in self.workers:
            if worker.ready and worker.task is None and (task := self._next_task()) is not None:
                try:
                    worker.give(task, self.timeout)
                except OSError:  # it died while idle
                    self._replace(worker).give(task, self.timeout)

    def _lost(self, worker: Worker, reason: str) -> None:
        """``worker``'s task ended without rows: replace the worker, retry or report."""
        task = worker.task
        assert task is not None
        self._replace(worker)
        job = task.job
        if task.index is None and len(job.articles) > 1:
            job.split()  # retried one article at a time
            return
        if job.singles is None:  # a chunk of one article
            job.split()
            job.waiting.clear()
        job.fail(task.index or 0, reason)

    def _replace(self, worker: Worker) -> Worker:
        worker.stop(kill=True)
        fresh = Worker(self.start, self.model_path)
        self.workers[self.workers.index(worker)] = fresh
        return fresh

    def _receive(self, worker: Worker) -> None:
        task = worker.task
        assert task is not None
        try:
            result: ChunkResult = worker.conn.recv()
        except (EOFError, OSError):
            worker.process.join(timeout=5)
            self._lost(worker, f"worker process {death_reason(worker.process)}")
            return
        worker.task = None
        if task.index is None:
            task.job.result = result
        else:
            assert task.job.singles is not None
            task.job.singles[task.index] = result

    def _wait(self) -> None:
        busy = [w for w in self.workers if w.task is not None]
        loading = [w for w in self.workers if not w.ready]
        deadline = min((w.deadline for w in busy), default=float("inf"))
        timeout = min(max(0.0, deadline - time.monotonic()), 3600.0)
        ready = wait([w.conn for w in busy + loading], timeout=timeout)
        for worker in loading:
            if worker.conn in ready:
                worker.wait_ready()
        for worker in busy:
            if worker.conn in ready:
                self._receive(worker)
            elif time.monotonic() >= worker.deadline:
                self._lost(worker, f"stopped after {self.timeout:g} s (the article time budget)")

    def run(self, chunks: Iterator[list[Article]]) -> Iterator[tuple[int, ChunkResult]]:
        limit = 2 * len(self.workers)
        exhausted = False
        while True:
            while not exhausted and len(self.jobs) < limit:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                else:
                    self.jobs.append(Job(chunk))
            while self.jobs and self.jobs[0].done:
                job = self.jobs.popleft()
                yield len(job.articles), job.rows()
            if not self.jobs:
                if exhausted:
                    return
                continue
            self._assign()
            self._wait()

    def close(self) -> None:
        for worker in self.workers:
            worker.stop(kill=worker.task is not None)


def iter_supervised(
    articles: Iterable[Article],
    *,
    n_workers: int,
    chunk_size: int,
    start: str,
    model_path: str | None = None,
    article_timeout: float | None = None,
    before_fork: Callable[[], Language | None] | None = None,
) -> Iterator[tuple[int, ChunkResult]]:
    """``(n_articles, rows)`` of each chunk, in input order, computed by ``n_workers``
    supervised worker processes (started with ``start``: ``fork`` or ``spawn``). Forked
    workers inherit the pipeline ``before_fork()`` returns (None: each loads its own);
    spawned ones load ``model_path`` (None: the default pipeline)."""
    supervisor = None
    try:
        # read by the workers forked now and by any forked later to replace a dead one
        INHERITED["nlp"] = before_fork() if before_fork is not None and start == "fork" else None
        supervisor = Supervisor(n_workers, start, model_path, article_timeout)
        yield from supervisor.run(iter_chunks(articles, chunk_size))
    finally:
        INHERITED["nlp"] = None
        if supervisor is not None:
            supervisor.close()
