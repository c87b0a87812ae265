"""The Dask backend: same tables as in-process (two-worker LocalCluster), input order, bounded
in-flight tasks and failed tasks reported per article (a stand-in client, no cluster)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from spacy.language import Language

pytest.importorskip("distributed")

from pipeline.bench import iter_articles
from pipeline.dask_backend import extract_dask, iter_dask_chunk_results
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


def test_failed_task_marks_its_articles_and_the_run_goes_on() -> None:
    ids = ["a", "b", "boom", "c", "d"]
    results = list(iter_dask_chunk_results(read_source(ids, ids), client=_Client(1), chunk_size=2))
    rows = [row for _, r in results for row in r.articles]
    assert [row["doc_id"] for row in rows] == ids
    failed = [row["doc_id"] for row in rows if row.get("status") == "error"]
    assert failed == ["boom", "c"]
    assert "worker killed" in rows[2]["error"]


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
