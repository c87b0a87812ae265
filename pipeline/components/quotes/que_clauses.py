"""Indirect quotes in a ``que`` clause: ``X a affirmé que …``, ``…, affirmant que …``.

After a speech verb, the first ``que`` within ten words (25 after an aside set off by commas:
``a affirmé sur le plateau de …, lundi, en pleine promotion de son livre, qu'il …``) opens the
reported clause, up to the end of the sentence, unless (in order):

1. the scan stops first: at a stop (``.``, ``;``, a quote mark, a newline), a colon, a quote, a
   relative pronoun after a comma (``a martelé le dirigeant, qui a rappelé que``: the relative's
   own cue) or a finite verb (another clause);
2. the ``que`` is no complementiser: another conjunction (``ainsi que``, ``alors que``), a
   relative pronoun after a noun (``les mesures qu'il a prises``, or a number after a determiner:
   ``sur les 910 que compte le groupe``; not a noun under a preposition:
   ``a assuré devant les députés que …``, nor a time word: ``a averti mardi qu'elle …``), or the
   end of a comparison (``meilleur qu'attendu``, ``plus élevé que prévu``, ``beaucoup plus
   exigeant que``: a participle after an adverb of degree);
3. a quote mark opens the clause (``X juge que « … »``: a direct quote, see :mod:`.direct`);
4. a weak or direct-only verb (``prévoir``, ``demander``) has no speaker.

The speaker is the verb's subject (:func:`.subjects.subject_of`), or for a present participle
(``…, affirmant que``) the main clause's (:func:`.subjects.main_subject`).
"""

from __future__ import annotations

from spacy.parts_of_speech import VERB

from pipeline.components.quotes.document import QuoteDoc
from pipeline.components.quotes.lexicon import Cue
from pipeline.components.quotes.reported import record_indirect
from pipeline.components.quotes.subjects import main_subject, subject_of
from pipeline.components.quotes.tokens import is_finite, is_present_participle
from pipeline.components.quotes.words import (
    COMPARATIVES,
    NOT_COMPLEMENTIZER,
    QUE,
    RELATIVES,
    TIME_WORDS,
)
from pipeline.text import lower_straight


def que_clause(view: QuoteDoc, i: int, cue: Cue) -> bool:
    """``X a affirmé que <clause>``: record the clause. Whether a complementiser ``que`` follows
    the verb at ``i`` (then no other rule applies to it)."""
    que = complementizer_after(view, i)
    if que < 0:
        return False
    start = que + 1
    if start < len(view.doc) and (start in view.opener_toks or view.in_quote[start] >= 0):
        return True  # X juge que « … »: a direct quote
    end = view.clause_end(start)
    tok = view.doc[i]
    if is_present_participle(tok) or view.folds[i].endswith("ant"):
        sp = main_subject(view, tok)  # "…, affirmant que": the main clause's subject
    else:
        sp = subject_of(view, tok)
    if (cue.weak or cue.direct_only) and (sp is None or sp == (None, None)):
        return True  # "ce projet prévoit que …": a weak verb needs a speaker
    record_indirect(view, start, end, sp, cue.lemma, i)
    return True


#: Adverbs of degree making a present participle an adjective (``beaucoup plus exigeant que``).
DEGREE = {"plus", "moins", "aussi", "très", "si", "beaucoup", "trop"}

#: The farthest ``que`` from its verb: after an aside set off by commas (``a affirmé sur le
#: plateau de …, lundi, en pleine promotion de son livre, qu'il …``); ten words otherwise.
FAR_QUE = 25


def complementizer_after(view: QuoteDoc, i: int) -> int:
    """The token of the complementiser ``que`` after the verb at ``i``, or -1 (rules 1 and 2
    of the module docstring)."""
    n = len(view.doc)
    words, folds = view.words, view.folds
    if i > 0 and folds[i].endswith("ant") and folds[i - 1] in DEGREE:
        return -1  # "plus exigeant que la règle": an adjective in a comparison
    j = i + 1
    # the word arrays first: a Token only where the part of speech or parse is read
    while j < n and j - i <= FAR_QUE:
        if view.is_stop(j) or view.in_quote[j] >= 0 or words[j] == ":":
            return -1
        if folds[j] in QUE:
            return j if complementizer(view, i, j) else -1
        if words[j].lower() in RELATIVES and words[j - 1] == ",":
            return -1  # "a martelé le dirigeant, qui a rappelé que": the relative's own cue
        if j > i + 1 and view.pos[j] == VERB and is_finite(view.doc[j]):
            return -1  # (the part of speech first: reading the morphology is dearer)
        j += 1
    return -1


def complementizer(view: QuoteDoc, i: int, j: int) -> bool:
    """Whether the ``que`` at ``j`` after the verb at ``i`` is its complementiser: far from the
    verb only after an aside set off by commas; not ``ainsi que``, ``alors que``, a relative
    pronoun or the end of a comparison."""
    folds = view.folds
    if j - i > 10 and view.words[j - 1] != ",":
        return False
    return (
        folds[j - 1] not in NOT_COMPLEMENTIZER  # "ainsi que", "alors que"
        and not relative_que(view, j)
        and not comparative(view, i + 1, j)
    )


def relative_que(view: QuoteDoc, j: int) -> bool:
    """Whether the ``que`` at ``j`` is a relative pronoun after its antecedent noun (``les
    mesures qu'il a prises``); a noun under a preposition is no antecedent (``a assuré devant
    les députés que …``), nor a time word (``a averti mardi qu'elle …``)."""
    t, prev = view.doc[j], view.doc[j - 1]
    if counted_antecedent(view, j):
        return True
    return (
        t.pos_ == "PRON"
        and prev.pos_ == "NOUN"
        and view.folds[j - 1] not in TIME_WORDS
        and not (prev.dep_.startswith("obl") and any(c.dep_ == "case" for c in prev.children))
    )


def counted_antecedent(view: QuoteDoc, j: int) -> bool:
    """Whether a number standing for its noun after a determiner comes right before the ``que``
    at ``j`` (``sur les 910 que compte le groupe``, ``parmi les 40 qu'il emploie``): a relative
    pronoun, whatever the parser tags it."""
    return j >= 2 and view.doc[j - 1].like_num and view.doc[j - 2].pos_ == "DET"


def comparative(view: QuoteDoc, start: int, que: int) -> bool:
    """Whether the ``que`` at ``que`` ends a comparison (``meilleur qu'attendu``, ``plus
    élevé que prévu``, ``moins que l'an dernier``): never a content clause."""
    doc = view.doc
    words = [lower_straight(doc[k].text) for k in range(max(start, que - 3), que)]
    if any(w in COMPARATIVES for w in words):
        return True
    return (
        que - 2 >= start
        and words[-2:-1] in (["plus"], ["moins"], ["aussi"])
        and (
            doc[que - 1].pos_ in ("ADJ", "ADV")
            and lower_straight(doc[que - 1].text) not in ("tard", "tôt")
        )
    )
