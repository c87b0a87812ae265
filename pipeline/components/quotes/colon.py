"""colon (docstring to write)."""

from __future__ import annotations

from pipeline.components.quotes.document import QuoteDoc
from pipeline.components.quotes.reported import record_indirect
from pipeline.components.quotes.subjects import subject_of
from pipeline.components.quotes.words import TIME_WORDS


def colon_clause(view: QuoteDoc, i: int) -> bool:
    """``Loïc Cantin le reconnaît : le marché a touché le fond.``: a speech verb, a colon
    and a clause of its own (a finite verb, no quote marks) up to the end of the sentence."""
    doc = view.doc
    n = len(doc)
    tok = doc[i]
    j = i + 1
    while j < n and j - i <= 3 and (doc[j].lower_ in TIME_WORDS or doc[j].pos_ == "ADV"):
        j += 1
    if j + 1 >= n or doc[j].text != ":" or view.in_quote[j + 1] >= 0:
        return False
    start = j + 1
    while start < n and doc[start].is_space:
        start += 1
    if start >= n or start in view.opener_toks or view.sent_of[start] != view.sent_of[i]:
        return False
    end = view.clause_end(start)
    span = range(start, end)
    if any(view.in_quote[k] >= 0 or k in view.opener_toks for k in span):
        return False
    if not any(
        "Fin" in doc[k].morph.get("VerbForm", []) and doc[k].pos_ in ("VERB", "AUX") for k in span
    ):
        return False
    cue = view.lex.cue_of(tok)
    sp = subject_of(view, tok)
    if cue is None or sp is None or (sp == (None, None) and cue.weak):
        return False
    record_indirect(view, start, end, sp, cue.lemma, i)
    return True
