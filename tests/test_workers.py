"""Supervised worker processes: an article over its time budget, or one that kills its worker,
gets an error row and the rest is processed; a worker killed from outside loses nothing; the
workers end with the process that started them. Each test runs a fresh process (this one may
hold threads, which rule out forking) with a blank French pipeline and test components: no
model needed."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="the tests fork workers"
)


_BUDGET_SCRIPT = """
import json, os, signal, sys, time
import spacy
from spacy.language import Language
from pipeline.io import read_source
from pipeline.local_backend import can_fork, iter_chunk_results

@Language.component("test_stalls_or_dies")
def stalls_or_dies(doc):
    if "lente" in doc.text:
        time.sleep(120)
    if "fatale" in doc.text:
        os.kill(os.getpid(), signal.SIGKILL)
    return doc

assert can_fork(), "a fresh process forks its workers"
nlp = spacy.blank("fr")
nlp.add_pipe("test_stalls_or_dies")
texts = json.loads(sys.argv[1])
options = json.loads(sys.argv[2])
start = time.monotonic()
results = iter_chunk_results(read_source(texts), nlp=nlp, **options)
rows = [row for _size, result in results for row in result.articles]
print(json.dumps({"seconds": time.monotonic() - start, "rows": rows}, default=str))
"""


def _rows(texts: list[str], **options: object) -> tuple[float, list[dict[str, object]]]:
    """The ``articles`` rows of ``texts`` run in a fresh process (no thread: the workers are
    forked from it) through a blank pipeline where ``lente`` stalls for two minutes and
    ``fatale`` kills its own process; and the seconds the run took."""
    done = subprocess.run(
        [sys.executable, "-c", _BUDGET_SCRIPT, json.dumps(texts), json.dumps(options)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    answer = json.loads(done.stdout.strip().splitlines()[-1])
    return answer["seconds"], answer["rows"]


def test_an_article_over_its_time_budget_gets_an_error_row_and_the_run_goes_on() -> None:
    texts = ["Une note brève.", "Une dépêche lente.", "Un communiqué.", "Un dernier mot."]
    seconds, rows = _rows(texts, n_process=1, chunk_size=2, article_timeout=2.0)
    assert seconds < 60  # the stalled article was stopped, not waited for
    assert [row["doc_id"] for row in rows] == ["0", "1", "2", "3"]
    assert [row["status"] for row in rows] == ["ok", "error", "ok", "ok"]
    assert "stopped after 2 s (the article time budget)" in str(rows[1]["error"])


def test_an_article_that_kills_its_worker_gets_an_error_row_and_the_rest_is_written() -> None:
    texts = [f"Article {i}." for i in range(7)]
    texts[4] = "Une nouvelle fatale."
    _seconds, rows = _rows(texts, n_process=2, chunk_size=3, article_timeout=60.0)
    assert [row["doc_id"] for row in rows] == [str(i) for i in range(7)]
    assert [row["status"] for row in rows] == ["ok"] * 4 + ["error"] + ["ok"] * 2
    assert "killed by SIGKILL" in str(rows[4]["error"])


_SCRIPT = """
import json, os, sys, time
from pathlib import Path
import spacy
from spacy.language import Language
import pipeline

marks = Path(sys.argv[1])

@Language.component("test_marks_and_waits")
def marks_and_waits(doc):
    if "attente" in doc.text and not (marks / "killed").exists():
        (marks / f"worker-{os.getpid()}").write_text("")
        time.sleep(float(sys.argv[2]))
    return doc

nlp = spacy.blank("fr")
nlp.add_pipe("test_marks_and_waits")
texts = [f"Texte {i}." for i in range(6)] + ["Une longue attente."] + ["Fin."] * 3
result = pipeline.extract(texts, nlp=nlp, n_process=2, chunk_size=2, article_timeout=120)
print(json.dumps(result.articles["status"].tolist()))
"""


def _start(tmp_path: Path, wait: float) -> tuple[subprocess.Popen[str], list[int]]:
    process = subprocess.Popen(
        [sys.executable, "-c", _SCRIPT, str(tmp_path), str(wait)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not list(tmp_path.glob("worker-*")):
        assert process.poll() is None, process.communicate()[1][-2000:]
        time.sleep(0.05)
    pids = [int(p.name.split("-")[1]) for p in tmp_path.glob("worker-*")]
    assert pids, "no worker reached the waiting article"
    return process, pids


def _gone(pid: int) -> bool:
    """The process has ended (a zombie waiting to be reaped counts as ended)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return True
    return state in ("Z", "X")


def test_a_worker_killed_from_outside_loses_nothing(tmp_path: Path) -> None:
    process, pids = _start(tmp_path, wait=60)
    (tmp_path / "killed").write_text("")  # the retried article does not wait again
    os.kill(pids[0], signal.SIGKILL)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err[-2000:]
    assert json.loads(out.strip().splitlines()[-1]) == ["ok"] * 10


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_killing_the_main_process_ends_its_workers(tmp_path: Path) -> None:
    process, pids = _start(tmp_path, wait=300)
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children")
    pids += [int(pid) for pid in children.read_text().split()]  # the idle worker too
    assert len(set(pids)) >= 2
    os.kill(process.pid, signal.SIGKILL)
    process.communicate(timeout=30)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and not all(_gone(pid) for pid in pids):
        time.sleep(0.1)
    assert all(_gone(pid) for pid in pids), "a worker outlived the main process"
