"""One chunk through the pipeline: every article gets its ``articles`` row in input order, and an
article the pipeline fails on gets ``status="error"`` alone (a blank pipeline with a component
that fails on one text, no model needed)."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.chunks import iter_chunks, process_chunk
from pipeline.io import Article
from pipeline.tables import MENTION_TABLES


@Language.component("test_fails_on_boom")
def fails_on_boom(doc: Doc) -> Doc:
    if "boom" in doc.text:
        raise ValueError("boom")
    return doc


def _nlp() -> Language:
    nlp = spacy.blank("fr")
    nlp.add_pipe("test_fails_on_boom")
    return nlp


def test_chunks_keep_the_order_and_the_last_is_shorter() -> None:
    articles = [Article(str(i), "texte") for i in range(5)]
    chunks = list(iter_chunks(articles, 2))
    assert [[a.doc_id for a in chunk] for chunk in chunks] == [["0", "1"], ["2", "3"], ["4"]]
    assert list(iter_chunks([], 2)) == []


def test_an_article_that_fails_is_retried_alone_and_reported() -> None:
    articles = [
        Article("a", "Un premier texte."),
        Article("b", "Un texte qui fait boom."),
        Article("c", None, error="unreadable: bad bytes"),
        Article("d", "Un dernier texte."),
    ]
    result = process_chunk(_nlp(), articles)
    assert [row["doc_id"] for row in result.articles] == ["a", "b", "c", "d"]
    assert [row["status"] for row in result.articles] == ["ok", "error", "error", "ok"]
    assert result.articles[1]["error"] == "processing failed: ValueError: boom"
    assert result.articles[2]["error"] == "unreadable: bad bytes"
    assert result.articles[0]["n_chars"] == len("Un premier texte.")
    assert set(result.rows) == set(MENTION_TABLES)


def test_a_chunk_without_failure_is_processed_as_one_batch() -> None:
    calls: list[int] = []
    nlp = _nlp()
    pipe = nlp.pipe

    def counting_pipe(docs, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        return pipe(docs, **kwargs)

    nlp.pipe = counting_pipe  # type: ignore[method-assign]
    result = process_chunk(nlp, [Article("a", "Un texte."), Article("b", "Un autre.")])
    assert calls == [1]
    assert [row["status"] for row in result.articles] == ["ok", "ok"]
