"""The last step: the amounts as spaCy spans of ``doc.spans["amounts"]``, each with
``span._.amount = {"value", "value_max", "currency", "qualifier"}``."""

from __future__ import annotations

from spacy.tokens import Doc, Span

import pipeline.extensions  # noqa: F401  (registers span._.amount)
from pipeline.components.amounts.values import Amount

#: The span group the component writes.
SPAN_GROUP = "amounts"


def amount_spans(doc: Doc, amounts: list[Amount]) -> list[Span]:
    """One span per amount, in text order, widened to whole tokens (``alignment_mode=
    "expand"``); an amount whose tokens overlap the previous span's is left out."""
    spans: list[Span] = []
    last_end = -1
    for a in sorted(amounts, key=lambda a: a.start):
        span = doc.char_span(a.start, a.end, label="MONEY", alignment_mode="expand")
        if span is None or len(span) == 0 or span.start < last_end:
            continue
        span._.amount = a.to_dict()
        spans.append(span)
        last_end = span.end
    return spans
