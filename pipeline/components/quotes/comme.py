"""``Comme l'a rappelé X, <clause>`` and ``<clause>, comme le souligne X.``: a speech verb in a
``comme`` clause with its subject inverted reports the main clause of its sentence.

The rules, in order:

1. ``comme`` one to four words before the verb, over an object pronoun (``l'``, ``le``), an
   auxiliary, an inverted pronoun (``comme l'a-t-il rappelé``);
2. the inverted attribution starts after ``comme`` at this verb and names a subject
   (:func:`.inverted.inverted`: ``comme l'a indiqué mardi le groupe``);
3. ``comme`` opens the sentence: the clause after the comma that closes the attribution, up
   to the end of the sentence; else ``comme`` follows a comma and the attribution ends the
   sentence: the clause before that comma;
4. the clause holds no quote marks (a direct quote has its own cues).
"""

from __future__ import annotations

from pipeline.components.quotes.document import QuoteDoc
from pipeline.components.quotes.incises import ends_sentence
from pipeline.components.quotes.inverted import inverted
from pipeline.components.quotes.lexicon import Cue
from pipeline.components.quotes.reported import record_indirect
from pipeline.components.quotes.words import AUX_FORMS, EUPHONIC_T, HYPHEN_PRON
from pipeline.text import lower_straight

#: The conjunction opening the attribution.
COMME = "comme"
#: The neuter object pronoun standing for the clause (``comme l'a dit X``, ``comme le dit X``).
NEUTER = {"l'", "le"}


def comme_clause(view: QuoteDoc, i: int, cue: Cue) -> bool:
    """``Comme l'a rappelé X, <clause>`` / ``<clause>, comme le souligne X.`` around the speech
    verb at ``i`` (rules of the module docstring). Whether one was recorded."""
    k = comme_before(view, i)
    if k < 0:
        return False
    first = k + 1
    while first < i and lower_straight(view.doc[first].text) in NEUTER:
        first += 1
    hit = inverted(view, first, len(view.doc))
    if hit is None or hit.verb.i != i or hit.speaker is None or hit.speaker[0] is None:
        return False
    span = reported_span(view, k, hit.end)
    if span is None:
        return False
    start, end = span
    if any(view.in_quote[t] >= 0 or t in view.opener_toks for t in range(start, end)):
        return False
    record_indirect(view, start, end, hit.speaker, hit.cue.lemma, i)
    return True


def comme_before(view: QuoteDoc, i: int) -> int:
    """The ``comme`` one to four words before the verb at ``i`` (rule 1), or -1."""
    k = i - 1
    while k >= 0 and i - k <= 4:
        low = lower_straight(view.doc[k].text)
        if low == COMME:
            return k if k < i - 1 else -1
        if not (
            low in AUX_FORMS
            or low in NEUTER
            or view.doc[k].text in EUPHONIC_T
            or HYPHEN_PRON.match(view.doc[k].text)
        ):
            return -1
        k -= 1
    return -1


def reported_span(view: QuoteDoc, k: int, end: int) -> tuple[int, int] | None:
    """The clause the ``comme`` attribution ``k..end`` reports (rule 3), or None."""
    doc = view.doc
    s = view.sent_of[k]
    sstart = view.content_start(view.sent_start[s], k)
    after_conj = k == sstart + 1 and doc[sstart].pos_ == "CCONJ"  # "Et comme l'a dit X, …"
    if (k == sstart or after_conj) and end < len(doc) and doc[end].text == ",":
        stop = end + 1
        while stop < len(doc) and view.sent_of[stop] == s and not ends_sentence(view, stop):
            stop += 1
        return (end + 1, stop) if stop - end > 3 else None
    if k > sstart + 3 and doc[k - 1].text == "," and ends_sentence(view, end):
        return sstart, k - 1
    return None
