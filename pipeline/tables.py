"""From processed Docs to table rows: one converter per table, each with a fixed schema.

The converters run where the Docs are (inside a worker process when ``n_process > 1``), so only
plain rows ever cross process boundaries. Every table has the same columns and dtypes even when
empty (:func:`frame`).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from typing import Any

import pandas as pd
from spacy.tokens import Doc, Span

import pipeline.extensions  # noqa: F401
from pipeline.components.base import doc_text
from pipeline.rates import parse_day, to_eur

Row = dict[str, Any]

#: Columns shared by every mention table, first in each.
MENTION_COLUMNS: dict[str, str] = {
    "doc_id": "string",
    "start_char": "int64",
    "end_char": "int64",
    "sentence": "string",
}

#: The schema of each table: column name -> pandas dtype, in column order.
SCHEMAS: dict[str, dict[str, str]] = {
    "articles": {
        "doc_id": "string",
        "source": "string",
        "date": "string",
        "n_chars": "Int64",
        "status": "string",
        "error": "string",
        "encoding": "string",
        "title": "string",
        "url": "string",
        "site": "string",
        "note": "string",
    },
    "amounts": {
        **MENTION_COLUMNS,
        "text": "string",
        "value": "float64",
        "value_max": "float64",
        "currency": "string",
        "qualifier": "string",
        "measure": "string",
        "holder": "string",
        "counterpart": "string",
        "period": "string",
        "value_eur": "float64",
        "value_max_eur": "float64",
        "eur_rate_date": "string",
        "holder_entity_id": "string",
        "counterpart_entity_id": "string",
    },
    "organizations": {**MENTION_COLUMNS, "text": "string", "name": "string", "entity_id": "string"},
    "people": {
        **MENTION_COLUMNS,
        "text": "string",
        "name": "string",
        "role": "string",
        "organization": "string",
        "entity_id": "string",
    },
    "quotes": {
        **MENTION_COLUMNS,
        "quote": "string",
        "kind": "string",
        "speaker": "string",
        "speaker_type": "string",
        "cue": "string",
        "speaker_text": "string",
        "speaker_entity_id": "string",
    },
    "dates": {
        **MENTION_COLUMNS,
        "text": "string",
        "value": "string",
        "value_end": "string",
        "granularity": "string",
        "relative": "boolean",
    },
}

TABLES: tuple[str, ...] = tuple(SCHEMAS)
MENTION_TABLES: tuple[str, ...] = tuple(t for t in TABLES if t != "articles")


def extra_columns(rows: list[Row]) -> list[str]:
    """The ``articles`` columns of ``rows`` beyond the schema (the other columns of a tabular
    input), in the order first seen."""
    schema = SCHEMAS["articles"]
    return list(dict.fromkeys(key for row in rows for key in row if key not in schema))


def frame(table: str, rows: Iterable[Row], extra: Iterable[str] = ()) -> pd.DataFrame:
    """A DataFrame of ``table`` with exactly its schema's columns and dtypes; ``articles``
    keeps the other columns of its rows (and ``extra`` ones) after them, as text."""
    rows = list(rows)
    schema = SCHEMAS[table]
    if table == "articles":
        schema = {**schema, **dict.fromkeys([*extra_columns(rows), *extra], "string")}
    df = pd.DataFrame(rows, columns=list(schema))
    for column, dtype in schema.items():
        series = df[column]
        if dtype in ("string", "boolean", "Int64"):
            series = series.astype("object").where(series.notna(), None)
        df[column] = series.astype(dtype)  # type: ignore[call-overload]
    return df


class _Sentences:
    """The sentences of one Doc, computed once, for the ``sentence`` column of every row."""

    def __init__(self, doc: Doc) -> None:
        self.text = doc_text(doc)  # shared with the components: built once per Doc
        try:
            sents = list(doc.sents)
        except ValueError:  # no sentence boundaries set
            sents = [doc[:]]
        self.token_starts = [sent.start for sent in sents]
        self.bounds = [(sent.start_char, sent.end_char) for sent in sents]

    def _index(self, token: int) -> int:
        return max(bisect_right(self.token_starts, token) - 1, 0)

    def of(self, span: Span) -> str:
        """The sentence (or sentences) containing ``span``, within its paragraph and at most
        :data:`SENTENCE_CONTEXT` characters on each side of it (:func:`context_window`)."""
        if len(span) == 0 or not self.bounds:
            return ""
        first = self.bounds[self._index(span.start)]
        last = self.bounds[self._index(span.end - 1)]
        start, end = context_window(self.text, span.start_char, span.end_char, first[0], last[1])
        return self.text[start:end]


#: The ``sentence`` column's reach: at most this many characters on each side of the mention
#: (cut at a space), so a text without full stops gives rows of bounded size.
SENTENCE_CONTEXT = 300
#: A paragraph break: a line break (news text puts a paragraph, a headline or a dateline on a
#: line of its own; the parser may join a headline to the first sentence) or a blank line.
PARAGRAPH_BREAK = re.compile(r"\n(?:[^\S\n]*\n)?")


def context_window(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The part of ``text[lo:hi]`` (the sentences of the mention ``text[start:end]``) shown with
    the mention: never across a paragraph break (the mention's own paragraph; a mention written
    across paragraphs keeps its first one) and at most :data:`SENTENCE_CONTEXT` characters
    before and after it, cut after a space (``… le 5 mai 2025 …`` in a list without a full
    stop)."""
    near, far = start - SENTENCE_CONTEXT, end + SENTENCE_CONTEXT
    if near > lo:  # cut after a space, not inside a word
        space = text.find(" ", near, start)
        lo = space + 1 if space >= 0 else near
    if far < hi:
        space = text.rfind(" ", end, far)
        hi = space if space >= 0 else far
    for brk in PARAGRAPH_BREAK.finditer(text, lo, start):
        lo = brk.end()
    after = PARAGRAPH_BREAK.search(text, start, hi)
    if after is not None:
        hi = after.start()
    return lo, hi


def _mention(doc_id: str, span: Span, sentences: _Sentences) -> Row:
    return {
        "doc_id": doc_id,
        "start_char": span.start_char,
        "end_char": span.end_char,
        "sentence": sentences.of(span),
    }


def _finite(value: Any) -> float | None:
    if value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def amount_rows(doc: Doc, doc_id: str, sentences: _Sentences) -> list[Row]:
    """One row per amount: its value, its fact (``span._.fact``, ``FACTS.md``; ``measure``
    ``other`` when no fact was set) and its value in euros at the rate of the article's date
    (:mod:`pipeline.rates`)."""
    rows = []
    day = parse_day(doc._.article_date)
    for span in doc.spans.get("amounts", []):
        info = span._.amount or {}
        fact = span._.fact or {}
        value = _finite(info.get("value"))
        value_max = _finite(info.get("value_max"))
        currency = info.get("currency")
        value_eur, rate_date = to_eur(value, currency, day)
        rows.append(
            {
                **_mention(doc_id, span, sentences),
                "text": span.text,
                "value": value,
                "value_max": value_max,
                "currency": currency,
                "qualifier": info.get("qualifier"),
                "measure": fact.get("measure") or "other",
                "holder": fact.get("holder"),
                "counterpart": fact.get("counterpart"),
                "period": fact.get("period"),
                "value_eur": value_eur,
                "value_max_eur": to_eur(value_max, currency, day)[0],
                "eur_rate_date": rate_date,
            }
        )
    return rows


def organization_rows(doc: Doc, doc_id: str, sentences: _Sentences) -> list[Row]:
    return [
        {
            **_mention(doc_id, span, sentences),
            "text": span.text,
            "name": span._.canonical or span.text,
        }
        for span in doc.spans.get("organizations", [])
    ]


def person_rows(doc: Doc, doc_id: str, sentences: _Sentences) -> list[Row]:
    return [
        {
            **_mention(doc_id, span, sentences),
            "text": span.text,
            "name": span._.canonical or span.text,
            "role": span._.role,
            "organization": span._.role_org,
        }
        for span in doc.spans.get("people", [])
    ]


def quote_rows(doc: Doc, doc_id: str, sentences: _Sentences) -> list[Row]:
    rows = []
    for span in doc.spans.get("quotes", []):
        info = span._.quote or {}
        rows.append(
            {
                **_mention(doc_id, span, sentences),
                "quote": info.get("quote") or span.text,
                "kind": info.get("kind"),
                "speaker": info.get("speaker"),
                "speaker_type": info.get("speaker_type"),
                "cue": info.get("cue"),
                "speaker_text": info.get("speaker_text"),
            }
        )
    return rows


def date_rows(doc: Doc, doc_id: str, sentences: _Sentences) -> list[Row]:
    rows = []
    for span in doc.spans.get("dates", []):
        info = span._.date or {}
        rows.append(
            {
                **_mention(doc_id, span, sentences),
                "text": span.text,
                "value": info.get("value"),
                "value_end": info.get("value_end"),
                "granularity": info.get("granularity"),
                "relative": info.get("relative"),
            }
        )
    return rows


CONVERTERS: dict[str, Callable[[Doc, str, _Sentences], list[Row]]] = {
    "amounts": amount_rows,
    "organizations": organization_rows,
    "people": person_rows,
    "quotes": quote_rows,
    "dates": date_rows,
}


def doc_rows(doc: Doc, doc_id: str) -> dict[str, list[Row]]:
    """Every mention table's rows for one processed Doc."""
    sentences = _Sentences(doc)
    return {table: convert(doc, doc_id, sentences) for table, convert in CONVERTERS.items()}
