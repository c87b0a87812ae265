"""Indirect quotes after a colon: ``Loïc Cantin le reconnaît : le marché a touché le fond.``

A speech verb (that quotes more than direct speech), at most three adverbs or time words, a
colon, then a clause of its own up to the end of the sentence: a finite verb and no quote
marks (``X a précisé : « … »`` is a direct quote, :mod:`.direct`; ``X a présenté trois
mesures : la baisse des prix, …`` has no clause). The speaker is the verb's subject; a weak
verb needs a named one.
"""

from __future__ import annotations

from pipeline.components.quotes.document import QuoteDoc
from pipeline.components.quotes.lexicon import Cue
from pipeline.components.quotes.reported import record_indirect
from pipeline.components.quotes.subjects import subject_of
from pipeline.components.quotes.tokens import is_finite
from pipeline.components.quotes.words import TIME_WORDS


def colon_clause(view: QuoteDoc, i: int, cue: Cue) -> bool:
    """``X le reconnaît : <clause>.`` after the speech verb at ``i``: record the clause.
    Whether one was recorded (then no other rule applies to the verb)."""
    if cue.direct_only:
        return False  # demander: a quote cue only before its "que" clause
    start = after_colon(view, i)
    if start < 0:
        return False
    end = view.clause_end(start)
    if not own_clause(view, start, end):
        return False
    sp = subject_of(view, view.doc[i])
    if sp is None or (sp == (None, None) and cue.weak):
        return False
    record_indirect(view, start, end, sp, cue.lemma, i)
    return True


def after_colon(view: QuoteDoc, i: int) -> int:
    """The first token after ``<verb> [adverbs] :`` in the verb's sentence, or -1 (also when
    a quote mark opens there)."""
    doc = view.doc
    n = len(doc)
    j = i + 1
    while j < n and j - i <= 3 and (doc[j].lower_ in TIME_WORDS or doc[j].pos_ == "ADV"):
        j += 1
    if j + 1 >= n or doc[j].text != ":" or view.in_quote[j + 1] >= 0:
        return -1
    start = j + 1
    while start < n and doc[start].is_space:
        start += 1
    if start >= n or start in view.opener_toks or view.sent_of[start] != view.sent_of[i]:
        return -1
    return start


def own_clause(view: QuoteDoc, start: int, end: int) -> bool:
    """Whether ``start..end`` is a clause of its own: a finite verb, no quote marks."""
    doc = view.doc
    span = range(start, end)
    if any(view.in_quote[k] >= 0 or k in view.opener_toks for k in span):
        return False
    return any(is_finite(doc[k]) and doc[k].pos_ in ("VERB", "AUX") for k in span)
