"""What the benchmark measures in fresh processes: start-up times (``spacy.load`` against
:func:`pipeline.load`) and the peak memory of streaming runs, each in its own subprocess so
each has its own peak."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from typing import Any

from pipeline.bench.articles import ROOT, iter_articles
from pipeline.bench.measures import peak_rss_mb
from pipeline.chunks import CHUNK_SIZE
from pipeline.io import read_source
from pipeline.local_backend import iter_chunk_results
from pipeline.nlp import BASE_MODEL, load


def _child(mode: str, args: dict[str, Any], timeout: float | None = None) -> dict[str, Any]:
    """Run :func:`child_main` ``(mode, args)`` in a fresh interpreter; returns its JSON
    answer."""
    code = (
        "import sys; from pipeline.bench.subprocesses import child_main; "
        "child_main(sys.argv[1], sys.argv[2])"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, mode, json.dumps(args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=str(ROOT),
        check=False,
    )
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-5:]
        return {"error": f"{mode} subprocess failed ({proc.returncode}): " + " | ".join(tail)}
    return dict(json.loads(lines[-1]))


def child_main(mode: str, raw_args: str) -> None:
    """The subprocess side of :func:`_child`: run ``mode`` with the JSON ``raw_args`` and print
    its answer as one JSON line."""
    args = json.loads(raw_args)
    answer: dict[str, Any]
    if mode == "memory":
        answer = _memory_run(**args)
    else:
        raise SystemExit(f"unknown mode {mode}")
    sys.stdout.write(json.dumps(answer) + "\n")


def _memory_run(
    n_articles: int, seed: int, chunk_size: int, min_words: int, max_words: int
) -> dict:
    """Stream ``n_articles`` through the pipeline chunk by chunk, keeping only row counts."""
    nlp = load()
    after_load = peak_rss_mb()
    texts = iter_articles(n_articles, seed=seed, min_words=min_words, max_words=max_words)
    rows = 0
    start = time.perf_counter()
    for _size, result in iter_chunk_results(read_source(texts), nlp=nlp, chunk_size=chunk_size):
        rows += sum(len(r) for r in result.rows.values())
    seconds = time.perf_counter() - start
    return {
        "n_articles": n_articles,
        "rows": rows,
        "seconds": seconds,
        "rss_after_load_mb": after_load,
        "peak_rss_mb": peak_rss_mb(),
        "vocab_strings": len(nlp.vocab.strings),
    }


_STARTUP_SCRIPT = """
import json, sys, time
start = time.perf_counter()
import spacy
imported = time.perf_counter()
if sys.argv[1] == "plain":
    spacy.load(sys.argv[2])
else:
    import pipeline
    imported = time.perf_counter()
    pipeline.load()
done = time.perf_counter()
print(json.dumps({"import_s": imported - start, "load_s": done - imported,
                  "total_s": done - start}))
"""


def _startup_once(which: str) -> dict[str, Any]:
    """Import and load times of one fresh interpreter: ``plain`` spaCy or ``ours``."""
    proc = subprocess.run(
        [sys.executable, "-c", _STARTUP_SCRIPT, which, BASE_MODEL],
        capture_output=True,
        text=True,
        timeout=900,
        cwd=str(ROOT),
        check=False,
    )
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
        return {"error": f"start-up of {which} failed ({proc.returncode}): " + " | ".join(tail)}
    return dict(json.loads(lines[-1]))


def measure_startup(repeats: int = 2) -> dict[str, Any]:
    """Start-up of ``spacy.load`` vs :func:`pipeline.load`, each in fresh processes (medians).

    ``import_s`` is the import of spaCy (plain) or of spaCy then this package (ours);
    ``load_s`` the load itself."""
    runs: dict[str, list[dict[str, Any]]] = {"plain": [], "ours": []}
    for _ in range(max(1, repeats)):
        for which in ("plain", "ours"):
            runs[which].append(_startup_once(which))
    out: dict[str, Any] = {}
    for which, answers in runs.items():
        good = [a for a in answers if "error" not in a]
        if not good:
            out[which] = {"error": answers[-1].get("error")}
            continue
        keys = ("import_s", "load_s", "total_s")
        out[which] = {key: statistics.median(a[key] for a in good) for key in keys}
    return out


def measure_memory(
    sizes: Sequence[int] = (500, 5000),
    *,
    seed: int = 0,
    chunk_size: int | None = None,
    min_words: int = 300,
    max_words: int = 900,
) -> dict[str, Any]:
    """Peak RSS of a streaming run of each size, each in its own subprocess."""
    runs = [
        _child(
            "memory",
            {
                "n_articles": int(size),
                "seed": seed,
                "chunk_size": chunk_size or CHUNK_SIZE,
                "min_words": min_words,
                "max_words": max_words,
            },
        )
        for size in sizes
    ]
    out: dict[str, Any] = {"runs": runs}
    peaks = [float(r["peak_rss_mb"]) for r in runs if "peak_rss_mb" in r]
    if len(peaks) >= 2 and len(peaks) == len(runs):
        out["ratio_largest_to_smallest"] = peaks[-1] / peaks[0]
    return out
