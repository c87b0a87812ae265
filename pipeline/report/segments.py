"""Articles rebuilt from the tables: the sentences their mentions quote, in article order,
each with the marks (kind, start, end inside the sentence, label) of its mentions.

A sentence's offset in the article is the one most of its mentions agree on
(``start_char`` minus the mention's place in the sentence); a sentence inside a longer one (a
quote's several sentences) is shown once, inside the longer."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

import pandas as pd

#: table -> (mark kind, column of the mention's text, column of its label)
MARKED_TABLES = {
    "amounts": ("amount", "text", "currency"),
    "organizations": ("org", "text", "name"),
    "people": ("per", "text", "name"),
    "dates": ("date", "text", "value"),
    "quotes": ("quote", "quote", "speaker"),
}


#: what may stand between a direct quote's start and its content: "« ", "“"
_OPENING_MARKS = '«“"„ \u00a0\u202f'


@dataclass
class Sentence:
    text: str
    votes: Counter[int] = field(default_factory=Counter)
    rows: list[tuple[str, int, int, str, str]] = field(default_factory=list)
    offset: int | None = None


def _occurrences(sentence: str, text: str) -> Iterator[int]:
    start = sentence.find(text) if text else -1
    while start >= 0:
        yield start
        start = sentence.find(text, start + 1)


def _collect(tables: Mapping[str, pd.DataFrame]) -> dict[str, dict[str, Sentence]]:
    by_doc: dict[str, dict[str, Sentence]] = defaultdict(dict)
    for table, (kind, text_column, label_column) in MARKED_TABLES.items():
        df = tables.get(table)
        if df is None or df.empty:
            continue
        columns = ("doc_id", "sentence", "start_char", "end_char", text_column, label_column)
        values = [df[c].astype("object").tolist() for c in columns]
        for doc_id, sentence, start, end, text, label in zip(*values, strict=True):
            if not isinstance(sentence, str) or not sentence:
                continue
            unit = by_doc[str(doc_id)].setdefault(sentence, Sentence(sentence))
            text = text if isinstance(text, str) else ""
            if kind != "quote":
                unit.votes.update(int(start) - p for p in _occurrences(sentence, text))
            label = label if isinstance(label, str) else ""
            unit.rows.append((kind, int(start), int(end), text, label))
    return by_doc


def _marks(unit: Sentence) -> list[list[object]]:
    """``[kind, start, end, label]`` of each mention inside its sentence."""
    marks: list[list[object]] = []
    n = len(unit.text)
    for kind, start, end, text, label in unit.rows:
        if unit.offset is not None:
            rel, rel_end = start - unit.offset, end - unit.offset
        elif kind == "quote" and text in unit.text:
            rel = unit.text.find(text)
            rel, rel_end = rel, rel + len(text)
        else:
            continue
        rel, rel_end = max(rel, 0), min(rel_end, n)
        if rel < rel_end and (kind == "quote" or unit.text[rel:rel_end] == text):
            marks.append([kind, rel, rel_end, label])
    return marks


def _offsets(units: list[Sentence]) -> None:
    """Each sentence's offset: the one its mentions agree on; for a quote's sentences without
    other mentions, the offset of a placed sentence it begins with, else an estimate from the
    quote's start."""
    placed = []
    for unit in units:
        if unit.votes:
            unit.offset = unit.votes.most_common(1)[0][0]
            placed.append(unit)
    for unit in units:
        if unit.offset is not None or not unit.rows:
            continue
        first = [u for u in placed if unit.text.startswith(u.text)]
        if first:
            unit.offset = first[0].offset
            continue
        _kind, start, _end, text, _label = unit.rows[0]
        content = max(unit.text.find(text), 0) if text else 0
        before = unit.text[:content]
        marks = before[len(before.rstrip(_OPENING_MARKS)) :]
        opening = len(marks) if any(c in '«“"„' for c in marks) else 0
        unit.offset = start - (content - opening)  # the span opens at its quote mark, if any


def _place(units: list[Sentence]) -> list[Sentence]:
    """The sentences in article order; one inside or overlapping the one before is joined to
    it (a quote's several sentences and their first sentence are shown once)."""
    _offsets(units)
    ordered = sorted(units, key=lambda u: (u.offset or 0, -len(u.text)))
    kept: list[Sentence] = []
    for unit in ordered:
        outer = kept[-1] if kept else None
        if outer is None or outer.offset is None or unit.offset is None:
            kept.append(unit)
            continue
        outer_end = outer.offset + len(outer.text)
        if outer.offset <= unit.offset < outer_end:
            overlap = min(outer_end - unit.offset, len(unit.text))
            inner = unit.offset - outer.offset
            if unit.text[:overlap] != outer.text[inner : inner + overlap]:
                kept.append(unit)  # the offsets disagree with the texts: show both
                continue
            outer.text += unit.text[overlap:]
            outer.rows.extend(unit.rows)
            continue
        kept.append(unit)
    return kept


def article_segments(tables: Mapping[str, pd.DataFrame]) -> dict[str, list[dict[str, object]]]:
    """doc_id -> its sentences ``{"o": offset, "t": text, "m": marks}`` in article order."""
    out: dict[str, list[dict[str, object]]] = {}
    for doc_id, units in _collect(tables).items():
        out[doc_id] = [
            {"o": unit.offset, "t": unit.text, "m": _marks(unit)}
            for unit in _place(list(units.values()))
        ]
    return out
