"""One chunk of articles through the pipeline, as table rows: what every backend runs.

An article becomes a Doc (:func:`make_doc`: its text, ``doc_id`` and publication date), the
Docs of a chunk go through ``nlp.pipe`` together, and each Doc is turned into table rows at
once (:func:`pipeline.tables.doc_rows`) inside a memory zone, so no Doc outlives its chunk
(:func:`process_chunk`). An article longer than ``nlp.max_length`` is run in pieces
(:func:`process_long`); an article that cannot be read or processed gets one ``articles`` row
with ``status="error"`` (:func:`article_row`) and the others go on.

The in-process and process-pool backend (:mod:`pipeline.local_backend`) and the Dask backend
(:mod:`pipeline.dask_backend`) both cut the input with :func:`iter_chunks` and run
:func:`process_chunk` on each chunk.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.base import remember_text
from pipeline.io import Article
from pipeline.nlp import COMPONENTS
from pipeline.result import ChunkResult
from pipeline.tables import Row, doc_rows

#: Articles handed to the model (and to a worker) at a time.
CHUNK_SIZE = 64


def iter_chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """The articles in consecutive lists of ``size`` (the last one shorter), read lazily."""
    iterator = iter(articles)
    while chunk := list(islice(iterator, size)):
        yield chunk


def article_row(article: Article, error: str | None = None) -> Row:
    """The ``articles`` table row of ``article``; ``error`` (or the article's own read error)
    makes it ``status="error"``."""
    error = error or article.error
    return {
        "doc_id": article.doc_id,
        "source": article.source,
        "date": article.date,
        "n_chars": len(article.text) if article.text is not None else None,
        "status": "error" if error else "ok",
        "error": error,
        "encoding": article.encoding,
        **article.metadata(),
    }


def make_doc(nlp: Language, article: Article) -> Doc:
    """The tokenized Doc of ``article``, with its ``doc_id`` and publication date set and its
    text remembered (:func:`pipeline.components.base.remember_text`)."""
    text = article.text or ""
    doc = remember_text(nlp.make_doc(text), text)  # the components need not rebuild it
    doc._.doc_id = article.doc_id
    doc._.article_date = article.date
    return doc


def split_long_text(text: str, max_chars: int) -> list[str]:
    """Cut ``text`` into consecutive pieces of at most ``max_chars`` characters, at paragraph
    breaks where possible, else at line breaks, sentence ends or spaces. The pieces joined
    give ``text`` back exactly."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > max_chars:
        window = text[start : start + max_chars]
        cut = -1
        for separator in ("\n\n", "\n", ". ", " "):
            found = window.rfind(separator)
            if found > 0:
                cut = found + len(separator)
                break
        if cut <= 0:
            cut = max_chars
        pieces.append(text[start : start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def _model_and_rules(nlp: Language) -> tuple[list[Any], list[Any]]:
    """The pipeline's components split into the statistical model's and this project's."""
    model = [proc for name, proc in nlp.pipeline if name not in COMPONENTS]
    rules = [proc for name, proc in nlp.pipeline if name in COMPONENTS]
    return model, rules


def process_long(nlp: Language, article: Article) -> Doc:
    """An article longer than ``nlp.max_length``: the model runs on paragraph-aligned pieces,
    which are joined back into one Doc of the whole text, then the project's components run on
    that Doc (so entities are canonicalised over the whole article and offsets stay exact)."""
    text = article.text or ""
    model, rules = _model_and_rules(nlp)
    pieces = []
    for piece in split_long_text(text, nlp.max_length):
        doc = nlp.make_doc(piece)
        for proc in model:
            doc = proc(doc)
        pieces.append(doc)
    doc = Doc.from_docs(pieces, ensure_whitespace=False)
    doc._.doc_id = article.doc_id
    doc._.article_date = article.date
    for proc in rules:
        doc = proc(doc)
    return doc


def _process_one(nlp: Language, article: Article) -> Doc:
    if len(article.text or "") > nlp.max_length:
        return process_long(nlp, article)
    return nlp(make_doc(nlp, article))


def _rows_in_batch(nlp: Language, readable: list[Article]) -> dict[int, dict[str, list[Row]]]:
    """The rows of every article, by its index in ``readable``: the short ones through
    ``nlp.pipe`` together, the long ones in pieces (:func:`process_long`). Raises when any
    article fails."""
    converted: dict[int, dict[str, list[Row]]] = {}
    short = [i for i, a in enumerate(readable) if len(a.text or "") <= nlp.max_length]
    docs = nlp.pipe(make_doc(nlp, readable[i]) for i in short)
    for index, doc in zip(short, docs, strict=True):
        converted[index] = doc_rows(doc, readable[index].doc_id)
    for index, article in enumerate(readable):
        if index not in converted:
            converted[index] = doc_rows(process_long(nlp, article), article.doc_id)
    return converted


def _rows_one_by_one(
    nlp: Language, readable: list[Article]
) -> tuple[dict[int, dict[str, list[Row]]], dict[int, str]]:
    """The rows of each article that goes through the pipeline alone, and the error of each
    that fails, by its index in ``readable``."""
    converted: dict[int, dict[str, list[Row]]] = {}
    failures: dict[int, str] = {}
    for index, article in enumerate(readable):
        try:
            converted[index] = doc_rows(_process_one(nlp, article), article.doc_id)
        except Exception as exc:  # one bad article must not stop the run
            failures[index] = f"processing failed: {type(exc).__name__}: {exc}"
    return converted, failures


def process_chunk(nlp: Language, articles: list[Article]) -> ChunkResult:
    """Run the pipeline over some articles and convert each Doc to rows at once.

    Runs inside ``nlp.memory_zone()`` so no Doc outlives the chunk. When the batch fails, its
    articles are retried one by one so a single bad article gets ``status=error`` alone.
    """
    result = ChunkResult()
    readable = [a for a in articles if a.ok]
    failures: dict[int, str] = {}
    with nlp.memory_zone():
        try:
            converted = _rows_in_batch(nlp, readable)
        except Exception:
            converted, failures = _rows_one_by_one(nlp, readable)
    position = {id(a): i for i, a in enumerate(readable)}
    for article in articles:
        done = position.get(id(article))
        if done is None or done not in converted:
            error = failures.get(done) if done is not None else None
            result.articles.append(article_row(article, error))
            continue
        result.articles.append(article_row(article))
        for table, rows in converted[done].items():
            result.rows[table].extend(rows)
    return result
