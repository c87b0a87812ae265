"""The Dask backend: same tables as in-process (two-worker LocalCluster), input order, bounded
in-flight tasks and failed tasks reported per article (a stand-in client, no cluster)."""

from __future__ import annotations

import http.server
import socket
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from spacy.language import Language

pytest.importorskip("distributed")

from typer.testing import CliRunner

from pipeline.bench import iter_articles
from pipeline.cli import EXIT_USAGE, app
from pipeline.dask_backend import (
    SchedulerUnreachable,
    check_scheduler,
    extract_dask,
    iter_dask_chunk_results,
)
from pipeline.extract import extract
from pipeline.io import Article, read_source
from pipeline.result import ChunkResult
from pipeline.tables import TABLES


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Seven short articles built from the corpus paragraphs, plus one empty file."""
    root = tmp_path_factory.mktemp("dask-in")
    texts = iter_articles(7, min_words=60, max_words=160, seed=3)
    for index, text in enumerate(texts):
        (root / f"2025-06-{index + 10:02d}-article-{index}.txt").write_text(text, encoding="utf-8")
    (root / "zz-empty.txt").write_text("", encoding="utf-8")
    return root


@pytest.mark.slow
def test_dask_tables_equal_in_process(folder: Path, nlp: Language) -> None:
    local = extract(folder, nlp=nlp)
    # no address: starts (and closes) a LocalCluster of two worker processes; three tasks
    distributed = extract_dask(folder, n_workers=2, chunk_size=3, memory_limit="3GiB")
    assert local.summary()["articles"] == 8
    assert local.n_failed == 1  # the empty file, reported the same way by both backends
    assert local.summary()["amounts"] > 0 and local.summary()["organizations"] > 0
    for table in TABLES:
        pd.testing.assert_frame_equal(
            distributed.tables()[table], local.tables()[table], check_exact=True, obj=table
        )


class _Future:
    def __init__(self, client: _Client, chunk: list[Article]) -> None:
        self.client, self.chunk = client, chunk

    def result(self) -> ChunkResult:
        self.client.outstanding -= 1
        if any(a.doc_id == "boom" for a in self.chunk):
            raise RuntimeError("worker killed")
        return ChunkResult(articles=[{"doc_id": a.doc_id} for a in self.chunk])

    def release(self) -> None:
        pass


class _Client:
    """Stands in for ``distributed.Client``: records the tasks in flight."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.outstanding = 0
        self.max_outstanding = 0
        self.plugins: list[Any] = []
        self.cancelled: list[Any] = []

    def register_plugin(self, plugin: Any, name: str | None = None) -> None:
        self.plugins.append(plugin)

    def scheduler_info(self, n_workers: int = -1) -> dict[str, Any]:
        return {"workers": {f"w{i}": {} for i in range(self.workers)}}

    def submit(self, func: Any, chunk: list[Article], model_path: Any, pure: bool) -> _Future:
        assert callable(func) and pure is False
        self.outstanding += 1
        self.max_outstanding = max(self.max_outstanding, self.outstanding)
        return _Future(self, chunk)

    def cancel(self, futures: list[Any]) -> None:
        self.cancelled.extend(futures)


@pytest.mark.parametrize(("n", "chunk", "workers"), [(0, 5, 2), (1, 5, 2), (23, 2, 2), (40, 3, 3)])
def test_order_sizes_and_bounded_tasks(n: int, chunk: int, workers: int) -> None:
    client = _Client(workers)
    ids = [f"a{i:03d}" for i in range(n)]
    texts = [f"Texte {i}." for i in range(n)]
    articles = read_source(texts, ids)
    results = list(iter_dask_chunk_results(articles, client=client, chunk_size=chunk))
    assert [row["doc_id"] for _, r in results for row in r.articles] == ids
    assert [size for size, _ in results] == [len(ids[i : i + chunk]) for i in range(0, n, chunk)]
    assert client.max_outstanding <= 2 * workers
    assert len(client.plugins) == 1 and client.plugins[0].model_path is None


def test_a_chunk_that_kills_its_worker_is_split_to_isolate_the_heavy_article() -> None:
    ids = ["a", "b", "boom", "c", "d", "e", "f"]
    client = _Client(1)
    results = list(iter_dask_chunk_results(read_source(ids, ids), client=client, chunk_size=3))
    rows = [row for _, r in results for row in r.articles]
    assert [row["doc_id"] for row in rows] == ids
    failed = [row["doc_id"] for row in rows if row.get("status") == "error"]
    assert failed == ["boom"]  # its chunk mates were run again alone, and came through
    assert "worker killed" in rows[2]["error"]
    assert [size for size, _ in results] == [3, 3, 1]


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


#: sockets of the test servers, kept open until the end of the session
_HELD: list[socket.socket] = []


def _silent_server() -> int:
    """Accepts connections and never says a word."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(4)
    _HELD.append(sock)
    threading.Thread(target=lambda: _HELD.append(sock.accept()[0]), daemon=True).start()
    return int(sock.getsockname()[1])


def _http_server() -> int:
    server = http.server.HTTPServer(("127.0.0.1", 0), http.server.BaseHTTPRequestHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return int(server.server_address[1])


def _talking_server(greeting: bytes) -> int:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(4)
    _HELD.append(sock)

    def serve() -> None:
        conn, _ = sock.accept()
        _HELD.append(conn)
        conn.sendall(greeting)

    threading.Thread(target=serve, daemon=True).start()
    return int(sock.getsockname()[1])


@pytest.mark.parametrize(
    ("server", "message"),
    [
        (_closed_port, "connection refused"),
        (_silent_server, "did not answer as a Dask scheduler within 1 s"),
        (_http_server, "did not answer as a Dask scheduler within 1 s"),
        (lambda: _talking_server(b"SSH-2.0-OpenSSH\r\n"), "is not a Dask scheduler"),
    ],
)
def test_a_bad_scheduler_address_fails_fast_and_clearly(server: Any, message: str) -> None:
    address = f"tcp://127.0.0.1:{server()}"
    start = time.monotonic()
    with pytest.raises(SchedulerUnreachable, match=message):
        check_scheduler(address, timeout=1.0)
    assert time.monotonic() - start < 10


def test_a_scheduler_greeting_passes_the_check() -> None:
    frames = (3).to_bytes(8, sys.byteorder)  # how a Dask scheduler starts talking
    check_scheduler(f"tcp://127.0.0.1:{_talking_server(frames)}", timeout=5.0)


def test_the_command_line_names_an_unreachable_scheduler(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Un texte.", encoding="utf-8")
    address = f"tcp://127.0.0.1:{_closed_port()}"
    command = ["extract", str(tmp_path), "-o", str(tmp_path / "out"), "--no-progress"]
    result = CliRunner().invoke(app, [*command, "--backend", "dask", "--scheduler", address])
    assert result.exit_code == EXIT_USAGE
    assert f"no Dask scheduler at {address}" in " ".join(result.output.split())


def test_stopping_early_cancels_pending_tasks() -> None:
    client = _Client(2)
    ids = [str(i) for i in range(20)]
    iterator = iter_dask_chunk_results(read_source(ids, ids), client=client, chunk_size=2)
    next(iterator)
    iterator.close()
    assert client.cancelled  # nothing is left running for a consumer that went away


def test_nlp_object_needs_a_local_cluster(nlp: Language) -> None:
    with pytest.raises(ValueError, match="model_path"):
        next(iter_dask_chunk_results([], client=_Client(1), nlp=nlp))


def test_a_real_scheduler_passes_the_check() -> None:
    from distributed import LocalCluster

    with LocalCluster(n_workers=0, processes=True, dashboard_address=None) as cluster:
        assert cluster.scheduler_address.startswith("tcp://")
        check_scheduler(cluster.scheduler_address, timeout=5.0)
