"""The benchmark run: the bare model against the full extraction, on the same articles.

:func:`run_benchmark` loads both pipelines, then measures in turn: one process in alternating
rounds (:func:`measure_single_process`), each component's time, the speed-up of several
processes (:func:`measure_processes`), start-up and peak memory in fresh processes. Every
figure lands in one JSON-serialisable report, which :mod:`pipeline.bench.report` prints.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from typing import Any

import spacy

from pipeline.bench.articles import build_articles, count_words
from pipeline.bench.measures import (
    machine_info,
    peak_rss_mb,
    rate,
    run_ours,
    run_plain,
    time_components,
    timed,
)
from pipeline.bench.subprocesses import measure_memory, measure_startup
from pipeline.chunks import CHUNK_SIZE
from pipeline.nlp import BASE_MODEL, load, tune

#: How each side of a comparison runs its articles: the bare model's ``nlp.pipe``, or the full
#: extraction.
RUNNERS: dict[str, Callable[..., Any]] = {"plain": run_plain, "ours": run_ours}


def measure_single_process(
    models: dict[str, Any], texts: list[str], repeats: int, say: Callable[[str], None]
) -> dict[str, Any]:
    """Time every side over ``texts`` ``repeats`` times in alternating order, so machine noise
    hits each; their median rates, every round's seconds, and the ratios of the full extraction
    to the bare model.

    The sides: ``plain``, ``nlp.pipe`` as the model ships; ``plain_tuned``, the bare model given
    the two model-level settings of :func:`pipeline.load` (batch size, warm tokenizer cache),
    which tells what those settings gain from what our rule components cost; ``ours``, the full
    extraction. ``models`` holds the pipeline of each side.
    """
    runs: dict[str, Callable[[], Any]] = {
        "plain": lambda: run_plain(models["plain"], texts),
        "plain_tuned": lambda: run_plain(models["plain_tuned"], texts),
        "ours": lambda: run_ours(models["ours"], texts),
    }
    n_docs, n_words = len(texts), count_words(texts)
    sides = list(runs)
    rounds: dict[str, list[float]] = {side: [] for side in sides}
    for round_index in range(max(1, repeats)):
        shift = round_index % len(sides)
        for side in sides[shift:] + sides[:shift]:  # each side in each position in turn
            say(f"round {round_index + 1}/{repeats}: {side}")
            rounds[side].append(timed(runs[side]))
    single: dict[str, Any] = {
        side: rate(n_docs, n_words, statistics.median(t)) for side, t in rounds.items()
    }
    for side, times in rounds.items():
        single[side]["rounds_s"] = times
    single["ratio_ours_to_plain"] = single["ours"]["docs_per_s"] / single["plain"]["docs_per_s"]
    single["ratio_ours_to_plain_tuned"] = (
        single["ours"]["docs_per_s"] / single["plain_tuned"]["docs_per_s"]
    )
    return single


def _timed_run(side: str, model: Any, texts: list[str], n_process: int, n_words: int) -> dict:
    """The rate of one side over ``texts`` with ``n_process`` processes, or its error."""
    start = time.perf_counter()
    try:
        RUNNERS[side](model, texts, n_process)
    except Exception as exc:  # a broken worker pool must not lose the other figures
        return {"error": f"{type(exc).__name__}: {exc}"}
    seconds = time.perf_counter() - start
    return rate(len(texts), n_words, seconds)


def measure_processes(
    models: dict[str, Any], texts: list[str], counts: list[int], say: Callable[[str], None]
) -> dict[str, Any]:
    """The rate of each side (``plain``, ``ours``) with each process count of ``counts``, and
    the speed-up of every count above one over one process."""
    n_words = count_words(texts)
    scaling: dict[str, Any] = {"n_docs": len(texts), "n_words": n_words}
    for n in counts:
        for side in ("plain", "ours"):
            say(f"{len(texts)} articles, n_process={n}: {side}")
            scaling[f"{side}_n{n}"] = _timed_run(side, models[side], texts, n, n_words)
    for n in counts:
        for side in ("plain", "ours"):
            one, many = scaling.get(f"{side}_n1", {}), scaling.get(f"{side}_n{n}", {})
            if n > 1 and "seconds" in one and "seconds" in many:
                scaling[f"{side}_speedup_n{n}"] = one["seconds"] / many["seconds"]
    return scaling


def _load_pipelines(plain_nlp: Any, nlp: Any) -> tuple[Any, Any, dict[str, float]]:
    """The bare model and :func:`pipeline.load`'s pipeline (the given ones, else loaded here),
    and the seconds each load took."""
    start = time.perf_counter()
    plain = plain_nlp if plain_nlp is not None else spacy.load(BASE_MODEL)
    plain_load = time.perf_counter() - start
    start = time.perf_counter()
    ours = nlp if nlp is not None else load()
    ours_load = time.perf_counter() - start
    return plain, ours, {"plain": plain_load, "ours": ours_load}


def run_benchmark(
    n_articles: int = 400,
    n_process: Sequence[int] = (1, 2),
    repeats: int = 3,
    *,
    speedup_articles: int = 2000,
    memory_sizes: Sequence[int] | None = (500, 5000),
    startup: bool = True,
    component_docs: int = 100,
    min_words: int = 300,
    max_words: int = 900,
    seed: int = 0,
    log: Callable[[str], None] | None = None,
    plain_nlp: Any = None,
    tuned_nlp: Any = None,
    nlp: Any = None,
) -> dict[str, Any]:
    """Measure the bare model against the full extraction; returns a JSON-serialisable dict.

    ``n_articles`` articles are processed ``repeats`` times by each side in alternating order.
    When ``n_process`` holds values above 1, both sides also run ``speedup_articles`` articles
    with each of those process counts (speed-up relative to one process). ``memory_sizes``
    (``None`` to skip) are streaming runs in subprocesses; ``startup`` times the loads in
    fresh processes. ``plain_nlp`` / ``tuned_nlp`` / ``nlp``: already loaded pipelines to reuse
    (the bare model as shipped, the bare model given our model-level settings, and
    :func:`pipeline.load`'s), loaded here otherwise.
    """
    say = log or (lambda _message: None)
    settings: dict[str, Any] = {
        "n_articles": n_articles,
        "repeats": repeats,
        "n_process": list(n_process),
        "speedup_articles": speedup_articles,
        "memory_sizes": list(memory_sizes) if memory_sizes else None,
        "words_per_article": [min_words, max_words],
        "chunk_size": CHUNK_SIZE,
        "seed": seed,
    }
    report: dict[str, Any] = {"machine": machine_info(), "settings": settings}
    say("loading both pipelines")
    plain, ours, report["in_process_load_s"] = _load_pipelines(plain_nlp, nlp)
    settings["plain_batch_size"] = plain.batch_size
    settings["ours_batch_size"] = ours.batch_size

    texts = build_articles(n_articles, seed=seed, min_words=min_words, max_words=max_words)
    n_words = count_words(texts)
    report["corpus"] = {"n_docs": len(texts), "n_words": n_words}

    say("warming up")
    run_plain(plain, texts[:4])
    run_ours(ours, texts[:4])

    # the bare model given pipeline.load()'s model-level settings (see measure_single_process)
    tuned = tuned_nlp if tuned_nlp is not None else tune(spacy.load(BASE_MODEL))
    models = {"plain": plain, "plain_tuned": tuned, "ours": ours}
    report["single_process"] = measure_single_process(models, texts, repeats, say)

    say("timing each component")
    report["components"] = time_components(ours, texts[: max(1, min(component_docs, len(texts)))])

    counts = sorted({int(n) for n in n_process if int(n) >= 1})
    if any(n > 1 for n in counts):
        big = build_articles(
            speedup_articles, seed=seed + 1, min_words=min_words, max_words=max_words
        )
        report["multi_process"] = measure_processes(models, big, counts, say)

    if startup:
        say("start-up times (fresh processes)")
        report["startup"] = measure_startup(repeats=max(1, min(repeats, 3)))
    if memory_sizes:
        say(f"peak memory of streaming runs of {list(memory_sizes)} articles (subprocesses)")
        report["memory"] = measure_memory(
            memory_sizes, seed=seed + 2, min_words=min_words, max_words=max_words
        )
    report["bench_process_peak_rss_mb"] = peak_rss_mb()
    return report
