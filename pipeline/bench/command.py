"""The benchmark's command: ``python -m pipeline bench`` (through :mod:`pipeline.cli`) and
``python -m pipeline.bench`` run :func:`bench_command`, which prints the report."""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pipeline.bench.report import format_benchmark
from pipeline.bench.run import run_benchmark


def _description() -> str:
    """The help text of ``python -m pipeline.bench``: the docstring of :mod:`pipeline.bench`
    without its list of modules."""
    doc = importlib.import_module("pipeline.bench").__doc__ or ""
    return doc.split("\n\nModules, in the order")[0] + "\n"


#: The sizes of ``--quick``: a run of a minute or two.
QUICK = {
    "n_articles": 40,
    "repeats": 1,
    "speedup_articles": 120,
    "memory_sizes": (20, 200),
    "component_docs": 40,
}


def bench_command(
    quick: bool = False,
    n_articles: int | None = None,
    repeats: int | None = None,
    n_process: int = 2,
    speedup_articles: int | None = None,
    memory: bool = True,
    json_out: str | Path | None = None,
    memory_sizes: Sequence[int] | None = None,
) -> None:
    """Run the benchmark and print the report (``--quick``: small sizes, a minute or two)."""
    settings: dict[str, Any] = dict(QUICK) if quick else {}
    if n_articles is not None:
        settings["n_articles"] = n_articles
    if repeats is not None:
        settings["repeats"] = repeats
    if speedup_articles is not None:
        settings["speedup_articles"] = speedup_articles
    if memory_sizes:
        settings["memory_sizes"] = tuple(int(n) for n in memory_sizes)
    if not memory:
        settings["memory_sizes"] = None
    settings["n_process"] = tuple(range(1, max(1, n_process) + 1)) if n_process > 1 else (1,)

    def log(message: str) -> None:
        sys.stderr.write(f"[bench {time.strftime('%H:%M:%S')}] {message}\n")
        sys.stderr.flush()

    report = run_benchmark(log=log, **settings)
    if json_out is not None:
        Path(json_out).write_text(json.dumps(report, indent=2), encoding="utf-8")
    sys.stdout.write(format_benchmark(report) + "\n")


def main(argv: Sequence[str] | None = None) -> None:
    """``python -m pipeline.bench``: the options of ``python -m pipeline bench``, parsed with
    argparse."""
    parser = argparse.ArgumentParser(prog="python -m pipeline.bench", description=_description())
    parser.add_argument("--quick", action="store_true", help="small sizes (a minute or two)")
    parser.add_argument("--n-articles", type=int)
    parser.add_argument("--repeats", type=int)
    parser.add_argument("--n-process", type=int, default=2)
    parser.add_argument("--speedup-articles", type=int)
    parser.add_argument(
        "--memory-sizes", type=int, nargs="+", help="articles of each memory run (500 5000)"
    )
    parser.add_argument("--no-memory", action="store_true", help="skip the memory subprocesses")
    parser.add_argument("--json", dest="json_out", help="also write the figures as JSON here")
    args = parser.parse_args(argv)
    bench_command(
        quick=args.quick,
        n_articles=args.n_articles,
        repeats=args.repeats,
        n_process=args.n_process,
        speedup_articles=args.speedup_articles,
        memory=not args.no_memory,
        json_out=args.json_out,
        memory_sizes=args.memory_sizes,
    )
