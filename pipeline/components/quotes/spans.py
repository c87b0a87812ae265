"""The quotes found made spans: overlaps settled, ``doc.spans["quotes"]`` written.

In order:

1. a direct quote inside an indirect quote is dropped when it has no cue or the same speaker
   (the reported clause holds it: ``Selon elle, ce contrat « sécurise … »``, ``On a assisté à
   « des mouvements erratiques », a commenté X`` are one quote each);
2. an indirect quote more than half covered by a direct quote is dropped, unless the direct quote
   is a partial quotation inside it;
3. of two indirect quotes over the same characters, the first is kept;
4. the quotes in text order (a direct one before an indirect one at the same start) become spans
   (expanded to whole tokens) with ``span._.quote``.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from pipeline.components.quotes.document import Found, QuoteDoc
from pipeline.components.quotes.speakers import speaker_dict


def make_spans(view: QuoteDoc) -> list[Span]:
    """The spans of the quotes kept, in text order, each with ``span._.quote``."""
    spans: list[Span] = []
    for f in settle_overlaps(view, drop_uncued_inside_indirect(view, view.found)):
        span = view.doc.char_span(f.start, f.end, label="QUOTE", alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        span._.quote = speaker_dict(f.text, f.kind, f.speaker, f.cue)
        spans.append(span)
    return spans


def drop_uncued_inside_indirect(view: QuoteDoc, found: list[Found]) -> list[Found]:
    """Rule 1: a direct quote inside an indirect quote, with no cue, or a partial quotation
    of the same speaker (:func:`is_fragment`), is no quote of its own."""
    indirect = [f for f in found if f.kind == "indirect"]
    return [
        f
        for f in found
        if f.kind == "indirect"
        or not any(
            (f.cue is None and i.start <= f.start and f.end <= i.end)
            or (f.speaker == i.speaker and is_fragment(view, f, i))
            for i in indirect
        )
    ]


def settle_overlaps(view: QuoteDoc, found: list[Found]) -> list[Found]:
    """Rules 2 and 3: the quotes kept, in text order."""
    direct = [f for f in found if f.kind == "direct"]
    kept: list[Found] = []
    for f in sorted(found, key=lambda f: (f.start, f.kind != "direct")):
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
    return kept


def is_fragment(view: QuoteDoc, d: Found, f: Found) -> bool:
    """Whether the direct quote ``d`` is a partial quotation inside the reported clause ``f``
    (``Selon elle, ce contrat « sécurise … »``): the clause starts with words of its own."""
    if not (f.start < d.start and d.end <= f.end + 2):
        return False
    return len(re.findall(r"[^\W\d_]{2,}", view.text[f.start : d.start])) >= 2
