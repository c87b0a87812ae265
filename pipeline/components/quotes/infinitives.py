"""Indirect quotes in a bare infinitive: ``X a annoncé avoir signé …``, ``X dit craindre …``.

A speech verb whose infinitive reports what its subject says (``"infinitive": true`` in
``speech_verbs.jsonl``: ``annoncer``, ``affirmer``, ``dire``, ``faire savoir``…) followed by an
infinitive reports the clause from that infinitive to the end of the sentence. Between the verb
and the infinitive (:func:`infinitive_after`), only:

1. adverbs, time words, a date and commas (``a annoncé vendredi 15 mars avoir signé``, ``a
   dit, hier,``, ``ont annoncé ce matin être parvenues``);
2. a negation (``affirme ne pas vouloir céder``, ``dit n'avoir reçu``);
3. a document it was said in (``a indiqué dans un communiqué avoir atteint``).

An incise is no such verb (``…, croit savoir l'agence Bloomberg.``: :mod:`.incises`). The clause
ends before a verb coordinated with the speech verb (``… et a précisé que``). The
infinitive must not follow a preposition (``a annoncé un plan pour relancer``: an object and
a purpose, no report) and the verb must not be a bare participle (``le plan annoncé hier``). The
speaker is the verb's subject (:func:`.subjects.subject_of`).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.components.quotes.document import QuoteDoc
from pipeline.components.quotes.incises import incise_comma, subject_with_aside
from pipeline.components.quotes.inverted import inverted
from pipeline.components.quotes.lexicon import Cue
from pipeline.components.quotes.reported import record_indirect
from pipeline.components.quotes.subjects import subject_of
from pipeline.components.quotes.tokens import is_finite
from pipeline.components.quotes.words import (
    AUX_FORMS,
    MONTHS,
    NEGATION,
    OBJECT_DETS,
    TIME_WORDS,
)
from pipeline.text import lower_straight

#: At most this many tokens between the speech verb and its infinitive.
MAX_GAP = 8


def infinitive_clause(view: QuoteDoc, i: int, cue: Cue) -> bool:
    """``X a annoncé avoir signé …``: record the clause opening with the infinitive after the
    speech verb at ``i``. Whether one was recorded."""
    if not cue.infinitive:
        return False
    verb = view.doc[i]
    if bare_participle(view, verb):
        return False  # "le plan annoncé hier": no report
    start = infinitive_after(view, i)
    if start < 0 or inverted_incise(view, i, cue):
        return False
    end = coordinated_verb(view, start, view.clause_end(start))
    record_indirect(view, start, end, subject_of(view, verb), cue.lemma, i)
    return True


def inverted_incise(view: QuoteDoc, i: int, cue: Cue) -> bool:
    """``…, croit savoir l'agence Bloomberg.``: the verb at ``i`` opens an incise whose subject
    follows it (the sentence before is the quote, :mod:`.incises`)."""
    comma = incise_comma(view, i, cue)
    start = view.sent_start.get(view.sent_of[i], 0)
    if comma < 0 or subject_with_aside(view, start, comma):
        return False  # "Paul Garnier, PDG de Kelvia, a annoncé vouloir …": the subject
    hit = inverted(view, comma + 1, len(view.doc))
    return hit is not None and hit.verb.i == i and hit.speaker is not None


def bare_participle(view: QuoteDoc, verb: Token) -> bool:
    """``le plan annoncé hier``: a past participle with no auxiliary before it (adverbs and
    pronouns between them: ``a ainsi annoncé``, ``l'a dit``)."""
    if "Part" not in verb.morph.get("VerbForm", []) or "Past" not in verb.morph.get("Tense", []):
        return False
    doc = view.doc
    k = verb.i - 1
    while k >= 0 and verb.i - k <= 3 and doc[k].pos_ in ("ADV", "PRON"):
        k -= 1
    return not (k >= 0 and (doc[k].pos_ == "AUX" or view.folds[k] in AUX_FORMS))


def infinitive_after(view: QuoteDoc, i: int) -> int:
    """The first token of the reported infinitive after the verb at ``i`` (its negation
    included), or -1 (the rules of the module docstring)."""
    doc = view.doc
    n = len(doc)
    j = i + 1
    negation = -1
    while j < n and j - i <= MAX_GAP:
        if view.is_stop(j) or view.in_quote[j] >= 0 or j in view.opener_toks:
            return -1
        t = doc[j]
        if is_infinitive(t):
            return negation if negation >= 0 else j
        low = view.folds[j]
        if low in NEGATION:
            negation = j if negation < 0 else negation
            j += 1
        elif negation < 0 and (
            low in TIME_WORDS or t.pos_ in ("ADV", "NUM") or month(t) or t.text == ","
        ):
            j += 1  # "a annoncé vendredi 15 mars", "a dit, hier,"
        elif negation < 0 and demonstrative_time(view, j):
            j += 2  # "ont annoncé ce matin être parvenues à un accord"
        elif negation < 0 and low == "dans":
            j = after_document(view, j)  # "a indiqué dans un communiqué"
            if j < 0:
                return -1
        else:
            return -1
    return -1


def coordinated_verb(view: QuoteDoc, start: int, end: int) -> int:
    """The clause ``start..end`` cut before a coordinated finite verb of the main clause
    (``a confirmé viser 5 % de croissance et a précisé que …``): its new end."""
    doc = view.doc
    for k in range(start + 1, end - 1):
        if doc[k].pos_ == "CCONJ" and is_finite(doc[k + 1]) and doc[k + 1].pos_ in ("AUX", "VERB"):
            return k
    return end


def demonstrative_time(view: QuoteDoc, j: int) -> bool:
    """``ce matin``, ``cet après-midi`` at ``j``."""
    return (
        view.folds[j] in ("ce", "cet", "cette")
        and j + 1 < len(view.folds)
        and view.folds[j + 1] in TIME_WORDS
    )


def is_infinitive(t: Token) -> bool:
    """Whether ``t`` is a verb in the infinitive (``avoir``, ``vouloir``, ``convoiter``)."""
    return t.pos_ in ("VERB", "AUX") and "Inf" in t.morph.get("VerbForm", [])


def month(t: Token) -> bool:
    """A month name in a date between the verb and its infinitive (``vendredi 15 mars``)."""
    return lower_straight(t.text) in MONTHS


def after_document(view: QuoteDoc, j: int) -> int:
    """``dans un communiqué``, ``dans sa lettre aux actionnaires`` at ``j``: the token after the
    document's noun, or -1 when no document is named there."""
    doc = view.doc
    k = j + 1
    if k < len(doc) and view.folds[k] in OBJECT_DETS:
        k += 1
    if k < len(doc) and view.folds[k] in view.lex.documents:
        return k + 1
    return -1
