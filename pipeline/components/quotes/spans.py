"""spans (docstring to write)."""

from __future__ import annotations

import re

from spacy.tokens import Span

from pipeline.components.quotes.document import Found, QuoteDoc
from pipeline.components.quotes_speakers import (
    speaker_dict,
)


def is_fragment(view: QuoteDoc, d: Found, f: Found) -> bool:
    """Whether the direct quote ``d`` is a partial quotation inside the reported clause ``f``
    (``Selon elle, ce contrat « sécurise … »``): the clause starts with words of its own."""
    if not (f.start < d.start and d.end <= f.end + 2):
        return False
    return len(re.findall(r"[^\W\d_]{2,}", view.text[f.start : d.start])) >= 2


def make_spans(view: QuoteDoc) -> list[Span]:
    indirect = [f for f in view.found if f.kind == "indirect"]
    view.found = [
        f
        for f in view.found
        if f.kind == "indirect"
        or f.cue is not None
        or not any(i.start <= f.start and f.end <= i.end for i in indirect)
    ]
    direct = [f for f in view.found if f.kind == "direct"]
    kept: list[Found] = []
    for f in sorted(view.found, key=lambda f: (f.start, f.kind != "direct")):
        if f.kind == "indirect":
            length = max(1, f.end - f.start)
            if any(
                min(f.end, d.end) - max(f.start, d.start) > 0.5 * length
                and not is_fragment(view, d, f)
                for d in direct
            ):
                continue
            if any(k.start == f.start and k.end == f.end for k in kept):
                continue
        kept.append(f)
    spans: list[Span] = []
    for f in kept:
        span = view.doc.char_span(f.start, f.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        span._.quote = speaker_dict(f.text, f.kind, f.speaker, f.cue)
        spans.append(span)
    return spans
