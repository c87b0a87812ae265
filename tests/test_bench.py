"""A tiny run of the benchmark: the report's keys and positive figures (no timing asserts)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from pipeline.bench import (
    build_articles,
    corpus_paragraphs,
    count_words,
    format_benchmark,
    iter_articles,
    peak_rss_mb,
    run_benchmark,
    time_components,
)
from pipeline.nlp import COMPONENTS, PIPE_BATCH_SIZE


@pytest.mark.parametrize(("low", "high"), [(300, 900), (60, 120), (40, 40)])
def test_articles_reach_their_length_and_are_reproducible(low: int, high: int) -> None:
    texts = build_articles(12, min_words=low, max_words=high, seed=7)
    assert len(texts) == 12
    longest_paragraph = max(len(p.split()) for p in corpus_paragraphs())
    for text in texts:
        assert low <= len(text.split()) < high + longest_paragraph
    assert texts == build_articles(12, min_words=low, max_words=high, seed=7)
    assert texts != build_articles(12, min_words=low, max_words=high, seed=8)
    assert count_words(texts) == sum(len(t.split()) for t in texts)


def test_articles_are_generated_lazily_and_from_given_paragraphs() -> None:
    iterator = iter_articles(10**9, min_words=5, max_words=5, paragraphs=["un deux trois"])
    assert next(iterator) == "un deux trois\nun deux trois"
    assert build_articles(0) == []
    with pytest.raises(ValueError):
        build_articles(1, paragraphs=[])


def test_component_times_cover_every_pipe(nlp: Language) -> None:
    timed = time_components(nlp, build_articles(2, min_words=40, max_words=60))
    assert list(timed["seconds"]) == [*nlp.pipe_names, "tables (doc_rows)"]
    assert all(value >= 0 for value in timed["seconds"].values())
    assert timed["model_seconds"] > 0 and timed["rules_seconds"] > 0
    assert set(COMPONENTS) <= set(timed["seconds"])


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


def test_format_of_multi_process_startup_and_memory_sections() -> None:
    rate = {"seconds": 2.0, "docs_per_s": 5.0, "words_per_s": 3000.0}
    text = format_benchmark(
        {
            "multi_process": {
                "n_docs": 10,
                "n_words": 6000,
                "plain_n1": rate,
                "plain_n2": rate,
                "plain_speedup_n2": 1.8,
                "ours_n2": {"error": "BrokenProcessPool: a worker died"},
            },
            "startup": {
                "plain": {"import_s": 1.0, "load_s": 2.5, "total_s": 3.5},
                "ours": {"error": "start-up of ours failed (1): boom"},
            },
            "memory": {
                "runs": [
                    {
                        "n_articles": 5,
                        "peak_rss_mb": 800.0,
                        "rss_after_load_mb": 700.0,
                        "seconds": 3.0,
                        "rows": 40,
                        "vocab_strings": 1000,
                    },
                    {"error": "memory subprocess failed (9): killed"},
                ]
            },
        }
    )
    assert "plain_speedup_n2  : 1.80x" in text
    assert "ours_n2   : failed: BrokenProcessPool" in text
    assert "2.50 s load" in text and "boom" in text
    assert "peak RSS 800 MiB" in text and "killed" in text


def test_peak_memory_is_measured() -> None:
    assert peak_rss_mb() > 10
