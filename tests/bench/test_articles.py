"""The benchmark's articles: their length, their seed, their paragraphs, built lazily."""

from __future__ import annotations

import pytest

from pipeline.bench import build_articles, corpus_paragraphs, count_words, iter_articles


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
