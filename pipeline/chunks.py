"""One chunk of articles through the pipeline, as table rows: what every backend runs.

An article becomes a Doc (:func:`make_doc`: its text, ``doc_id`` and publication date), the
Docs of a chunk go through ``nlp.pipe`` together, and each Doc is turned into table rows at
once (:func:`pipeline.tables.doc_rows`) inside a memory zone, so no Doc outlives its chunk
(:func:`process_chunk`). An article longer than :data:`LONG_ARTICLE_CHARS` is run in paragraph
groups, one Doc at a time (:func:`long_rows`); an article that cannot be read or processed gets
one ``articles`` row with ``status="error"`` (:func:`article_row`) and the others go on.

The in-process and process-pool backend (:mod:`pipeline.local_backend`) and the Dask backend
(:mod:`pipeline.dask_backend`) both cut the input with :func:`iter_chunks` and run
:func:`process_chunk` on each chunk.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from pipeline import prepare
from pipeline.components.base import remember_text
from pipeline.io import Article
from pipeline.prepare import normalise_spacing, restore_rows, shift_rows
from pipeline.result import ChunkResult
from pipeline.tables import MENTION_TABLES, Row, doc_rows

#: Articles handed to the model (and to a worker) at a time.
CHUNK_SIZE = 64
#: An article longer than this (characters) is run in paragraph groups of at most this size
#: (:func:`long_rows`): the model's and the rules' memory grows with the length of a Doc, and a
#: 3 MB text in one Doc needed over 4 GB.
LONG_ARTICLE_CHARS = 100_000


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


def make_doc(nlp: Language, article: Article, text: str | None = None) -> Doc:
    """The tokenized Doc of ``article`` (or of ``text``, a piece of it), with its ``doc_id`` and
    publication date set and its text remembered (:func:`pipeline.components.base.remember_text`).
    Odd spacing is normalised and long runs are tokenized in pieces (:mod:`pipeline.prepare`)."""
    if text is None:
        text = normalise_spacing(article.text or "")[0]
    doc = remember_text(prepare.make_doc(nlp, text), text)  # the components need not rebuild it
    doc._.doc_id = article.doc_id
    doc._.article_date = article.date
    return doc


def article_rows(doc: Doc, article: Article) -> dict[str, list[Row]]:
    """The rows of ``article`` from its processed Doc, with offsets and mention texts into the
    article's text as read (:func:`pipeline.prepare.restore_rows`)."""
    text = article.text or ""
    clean, offsets = normalise_spacing(text)
    rows = doc_rows(doc, article.doc_id)
    return rows if clean == text else restore_rows(rows, text, offsets)


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


def long_rows(nlp: Language, article: Article) -> dict[str, list[Row]]:
    """An article longer than :func:`long_article_chars`: its paragraph groups
    (:func:`split_long_text`) go through the whole pipeline one at a time and their rows are
    moved by each group's offset, so memory stays that of one group."""
    text = article.text or ""
    clean, offsets = normalise_spacing(text)
    tables: dict[str, list[Row]] = {table: [] for table in MENTION_TABLES}
    start = 0
    for piece in split_long_text(clean, long_article_chars(nlp)):
        doc = nlp(make_doc(nlp, article, piece))
        for table, rows in shift_rows(doc_rows(doc, article.doc_id), start).items():
            tables[table].extend(rows)
        start += len(piece)
    return tables if clean == text else restore_rows(tables, text, offsets)


def long_article_chars(nlp: Language) -> int:
    """The length above which an article is run in pieces: :data:`LONG_ARTICLE_CHARS`, or
    ``nlp.max_length`` when smaller."""
    return min(LONG_ARTICLE_CHARS, nlp.max_length)


def _rows_of_one(nlp: Language, article: Article) -> dict[str, list[Row]]:
    if len(article.text or "") > long_article_chars(nlp):
        return long_rows(nlp, article)
    return article_rows(nlp(make_doc(nlp, article)), article)


def _rows_in_batch(nlp: Language, readable: list[Article]) -> dict[int, dict[str, list[Row]]]:
    """The rows of every article, by its index in ``readable``: the short ones through
    ``nlp.pipe`` together, the long ones in pieces (:func:`long_rows`). Raises when any
    article fails."""
    converted: dict[int, dict[str, list[Row]]] = {}
    limit = long_article_chars(nlp)
    short = [i for i, a in enumerate(readable) if len(a.text or "") <= limit]
    docs = nlp.pipe(make_doc(nlp, readable[i]) for i in short)
    for index, doc in zip(short, docs, strict=True):
        converted[index] = article_rows(doc, readable[index])
    for index, article in enumerate(readable):
        if index not in converted:
            converted[index] = long_rows(nlp, article)
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
            converted[index] = _rows_of_one(nlp, article)
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
