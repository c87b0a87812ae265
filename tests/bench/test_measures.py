"""What the benchmark measures in its own process: each component's time, peak memory."""

from __future__ import annotations

from spacy.language import Language

from pipeline.bench import build_articles, peak_rss_mb, time_components
from pipeline.nlp import COMPONENTS


def test_component_times_cover_every_pipe(nlp: Language) -> None:
    timed = time_components(nlp, build_articles(2, min_words=40, max_words=60))
    assert list(timed["seconds"]) == [*nlp.pipe_names, "tables (doc_rows)"]
    assert all(value >= 0 for value in timed["seconds"].values())
    assert timed["model_seconds"] > 0 and timed["rules_seconds"] > 0
    assert set(COMPONENTS) <= set(timed["seconds"])


def test_peak_memory_is_measured() -> None:
    assert peak_rss_mb() > 10
