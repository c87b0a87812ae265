"""An incise read by its shape: a verb no list knows, placed as a speech verb after a quote.

Newsrooms vary the verb of an incise endlessly (``« … », s'enflamme X``, ``« … », philosophe-t-
elle``, ``« … », embraie son associé, X``, ``« … », positive le directeur commercial X``). After
a closing quote mark and its comma, the inverted order itself says "this is who spoke": one
word in the verb's place (maybe after ``se``), then an inverted pronoun or a subject that closes
the sentence. :func:`unknown_incise` reads that shape when :func:`.inverted.inverted` found no
known speech verb; inside a quote (``« A, philosophe-t-elle, b »``) only the inverted pronoun
is trusted.

The subject must follow the verb at once: a person's name, or a description of a person or
an organisation (``son associé, X``, ``le directeur commercial X``), or an unnamed source (``un
gérant parisien``: no speaker, but nobody else's quote either). A word of a closed class
(determiner, preposition, conjunction, pronoun, number, adverb) is no verb (``« … », notamment
le PDG``), nor a word that cannot end a present-tense verb (``« … », concurrent de X``).
"""

from __future__ import annotations

from pipeline.components.quotes.document import QuoteDoc
from pipeline.components.quotes.inverted import (
    Inverted,
    person_named,
    pronoun_speaker,
    subject_end,
)
from pipeline.components.quotes.lexicon import Cue
from pipeline.components.quotes.words import (
    EUPHONIC_T,
    HYPHEN_PRON,
    INCISE_ADVERBS,
    REFLEXIVE,
    SENT_END,
    TIME_WORDS,
)
from pipeline.text import lower_straight

#: Parts of speech that never stand in a speech verb's place.
CLOSED_CLASSES = {"DET", "ADP", "CCONJ", "SCONJ", "PRON", "NUM", "ADV", "PUNCT", "AUX", "SYM"}
#: How a present-tense (or imperfect) third-person verb ends: ``embraie``, ``sourit``, ``répond``.
VERB_ENDINGS = ("e", "t", "d")


def unknown_incise(view: QuoteDoc, k: int, n: int, pronoun_only: bool = False) -> Inverted | None:
    """An incise whose verb no list knows, starting at token ``k`` after a quote and its
    comma (see the module docstring); ``pronoun_only`` inside a quote."""
    doc = view.doc
    j = k
    if j < n and lower_straight(doc[j].text) in REFLEXIVE:
        j += 1
    if j >= n or not incise_word(view, j):
        return None
    verb = doc[j]
    cue = Cue(lower_straight(verb.text), weak=False, direct_only=True)
    after = j + 1
    if after < n and doc[after].text in EUPHONIC_T:
        after += 1
    if after < n and HYPHEN_PRON.match(doc[after].text):
        if not closes(view, after + 1, n, commas=True):
            return None
        return Inverted(cue, verb, pronoun_speaker(view, doc[after], after + 1, n), after + 1)
    if pronoun_only or after >= n:
        return None
    end = subject_end(view, after, n)
    if not closes(view, end, n, commas=False):
        return None
    return named_subject(view, cue, after, end)


def incise_word(view: QuoteDoc, j: int) -> bool:
    """Whether token ``j`` may stand in a speech verb's place: a lower-case word of an open
    class ending like a third-person present (``embraie``, ``sourit``, ``répond``)."""
    t = view.doc[j]
    low = t.text
    return (
        low.isalpha()
        and low.islower()
        and len(low) >= 4
        and low.endswith(VERB_ENDINGS)
        and t.pos_ not in CLOSED_CLASSES
        and low not in TIME_WORDS
        and low not in INCISE_ADVERBS
        and view.res.mention(j) is None
    )


def closes(view: QuoteDoc, end: int, n: int, commas: bool) -> bool:
    """Whether the incise ends the sentence at ``end`` (or, ``commas``, goes on after a
    comma: ``« A », philosophe-t-elle, « b »``)."""
    doc = view.doc
    if end >= n:
        return True
    return (
        doc[end].text in SENT_END
        or "\n" in doc[end].text
        or "\n" in doc[end - 1].whitespace_
        or (commas and doc[end].text == ",")
    )


def named_subject(view: QuoteDoc, cue: Cue, start: int, end: int) -> Inverted | None:
    """The subject ``start..end`` of an unknown incise: a person named at once or after a
    description (``le directeur commercial Karim Haddad``, ``son associé, Thomas Girard``), a
    description resolved to someone, an unnamed source (no speaker)."""
    doc = view.doc
    verb = doc[start - 1]
    k = start
    while k < end and view.res.mention(k) is None and doc[k].pos_ in ("DET", "NOUN", "ADJ", ","):
        k += 1
    if k < end and view.res.mention(k) is not None:
        sp = person_named(view, start, end)
        m = view.res.mention(k)
        if sp is None and m is not None and k == start:
            sp = (m.name, m.kind)  # "« … », s'amuse Kelvia": the organisation named at once
        return Inverted(cue, verb, sp, end) if sp is not None else None
    if doc[start].pos_ != "DET":
        return None
    np_end = start
    while np_end < end and doc[np_end].text != ",":
        np_end += 1
    speaker = view.res.resolve_np(start, np_end, verb.i)
    if speaker is not None and speaker[0] is not None:
        return Inverted(cue, verb, speaker, end)
    if any(lower_straight(t.text) in view.lex.unnamed for t in doc[start:np_end]):
        return Inverted(cue, verb, None, end)  # "« … », abonde un gérant parisien"
    return None
