"""What the benchmark measures in its own process: time and rate of a run, each component's
time, resident memory, and the machine the figures come from."""

from __future__ import annotations

import contextlib
import os
import platform
import resource
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any

import spacy

from pipeline.bench.articles import count_words
from pipeline.components.base import remember_text
from pipeline.extract import extract
from pipeline.nlp import COMPONENTS
from pipeline.tables import doc_rows


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MiB.

    Linux: ``VmHWM`` of ``/proc/self/status``, which belongs to this process's own address
    space (``getrusage``'s ``ru_maxrss`` carries over the peak of the parent a subprocess was
    forked from, so it cannot compare two subprocesses).
    """
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # kilobytes on Linux, bytes on macOS
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def current_rss_mb() -> float | None:
    """Current resident memory of this process in MiB (Linux only, else None)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as handle:
            pages = int(handle.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / (1024 * 1024)
    except (OSError, ValueError, IndexError):
        return None


def timed(func: Callable[[], Any]) -> float:
    """Seconds ``func()`` takes."""
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def rate(n_docs: int, n_words: int, seconds: float) -> dict[str, Any]:
    """``seconds``, docs/s and words/s of a run over ``n_docs`` documents of ``n_words``."""
    seconds = max(seconds, 1e-9)
    return {"seconds": seconds, "docs_per_s": n_docs / seconds, "words_per_s": n_words / seconds}


def run_plain(nlp: Any, texts: Sequence[str], n_process: int = 1) -> None:
    """Consume the bare model's docs the way a user would, in a memory zone."""
    with nlp.memory_zone():
        for _doc in nlp.pipe(texts, n_process=n_process):
            pass


def run_ours(nlp: Any, texts: Sequence[str], n_process: int = 1) -> int:
    """The full extraction of ``texts``; returns its count of amounts, organisations and
    people."""
    result = extract(list(texts), nlp=nlp, n_process=n_process)
    return int(sum(result.summary()[t] for t in ("amounts", "organizations", "people")))


def time_components(nlp: Any, texts: Sequence[str], article_date: str = "2025-06-01") -> dict:
    """Seconds spent in each pipeline component (and in the conversion to rows) on ``texts``.

    The components run one after another over the whole batch (``pipe`` when they have it),
    exactly as ``nlp.pipe`` chains them, so each figure is that component's own cost.
    """
    timings: dict[str, float] = {}
    with nlp.memory_zone():
        docs = []
        for text in texts:
            doc = remember_text(nlp.make_doc(text), text)  # as pipeline.extract makes them
            doc._.article_date = article_date
            docs.append(doc)
        for name, proc in nlp.pipeline:
            start = time.perf_counter()
            if hasattr(proc, "pipe"):  # the model's components, batched as nlp.pipe does
                docs = list(proc.pipe(docs, batch_size=nlp.batch_size))
            else:
                docs = [proc(doc) for doc in docs]
            timings[name] = time.perf_counter() - start
        start = time.perf_counter()
        for index, doc in enumerate(docs):
            doc_rows(doc, str(index))
        timings["tables (doc_rows)"] = time.perf_counter() - start
    model = sum(v for k, v in timings.items() if k in dict(nlp.pipeline) and k not in COMPONENTS)
    rules = sum(v for k, v in timings.items() if k in COMPONENTS)
    return {
        "n_docs": len(texts),
        "n_words": count_words(texts),
        "seconds": timings,
        "model_seconds": model,
        "rules_seconds": rules,
        "rules_share_of_model": rules / model if model else None,
    }


def machine_info() -> dict[str, Any]:
    """The CPU, memory, platform and versions the figures were measured on."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    memory_gb = None
    with contextlib.suppress(ValueError, OSError, AttributeError):
        memory_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024**3
    return {
        "cpu": cpu,
        "cpus": os.cpu_count(),
        "memory_gb": round(memory_gb, 1) if memory_gb else None,
        "platform": platform.platform(),
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "load_average": list(os.getloadavg()) if hasattr(os, "getloadavg") else None,
    }
