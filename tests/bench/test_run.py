"""A tiny run of the benchmark: the report's keys and positive figures (no timing asserts),
and its text with every measured section."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from pipeline.bench import format_benchmark, run_benchmark
from pipeline.nlp import COMPONENTS, PIPE_BATCH_SIZE


@pytest.fixture(scope="module")
def report(nlp: Language) -> dict[str, Any]:
    return run_benchmark(
        n_articles=3,
        n_process=(1,),
        repeats=2,
        memory_sizes=None,
        startup=False,
        component_docs=2,
        min_words=40,
        max_words=80,
        plain_nlp=nlp,  # the point here is the report, not the speed: reuse the loaded model
        tuned_nlp=nlp,
        nlp=nlp,
    )


def test_report_keys_and_positive_figures(report: dict[str, Any]) -> None:
    assert {"machine", "settings", "corpus", "single_process", "components"} <= set(report)
    assert "multi_process" not in report and "memory" not in report and "startup" not in report
    assert report["corpus"]["n_docs"] == 3 and report["corpus"]["n_words"] >= 120
    single = report["single_process"]
    for side in ("plain", "plain_tuned", "ours"):
        assert single[side]["docs_per_s"] > 0 and single[side]["words_per_s"] > 0
        assert len(single[side]["rounds_s"]) == 2
    assert single["ratio_ours_to_plain"] > 0 and single["ratio_ours_to_plain_tuned"] > 0
    assert report["settings"]["ours_batch_size"] == PIPE_BATCH_SIZE
    assert report["bench_process_peak_rss_mb"] > 0


def test_format_shows_every_measured_section(report: dict[str, Any]) -> None:
    text = format_benchmark(report)
    for heading in (
        "Machine:",
        "One process",
        "ratio full / plain",
        "ratio full / plain with the same model settings",
        f"batch_size {PIPE_BATCH_SIZE}",
        "Time per component",
    ):
        assert heading in text
    for name in COMPONENTS:
        assert name in text
    assert "Processes" not in text and "Peak memory" not in text
