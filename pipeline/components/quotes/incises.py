"""Indirect quotes around an incise: ``<clause>, estime X.``, ``<clause>, estime X, <clause>.``

A speech verb after a comma with its subject inverted (:func:`.inverted.inverted`: ``estime X``,
``a-t-il ajouté``) reports the sentence around it. The rules, in order:

1. the comma: up to four words back over an auxiliary, ``-t-``, an inverted pronoun, a reflexive
   or object pronoun, the word of a multi-word cue (``, a-t-elle martelé``, ``, s'est-il
   félicité``, ``, a fait savoir``);
2. not the incise of a direct quote (``« … », a-t-il dit``) — unless the sentence is the
   reporter's clause with a quoted fragment (``Ce dérapage est « préoccupant », estime la Cour``);
3. the inverted attribution starts at this verb and names a subject (``X, a prévenu : …`` is
   no incise), and the verb is no passive participle (``Le projet, révélé par Les Echos, …``);
4. after the incise: the end of the sentence, adjuncts up to it (``…, a-t-elle martelé devant les
   analystes jeudi dernier.``), or a comma and a clause of its own (``Le marché, estime X, va
   croître``: the quote is the sentence around the incise);
5. the words before the comma hold no quote (but a fragment) and are no subject with an aside
   (``Le Comité Champagne, qui réunit vignerons et maisons, a tempéré …``); before an incise
   ending the sentence, at least four words after a dateline.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.components.quotes.document import QuoteDoc
from pipeline.components.quotes.inverted import inverted
from pipeline.components.quotes.lexicon import Cue
from pipeline.components.quotes.reported import (
    record_indirect,
    record_indirect_parts,
    skip_dateline,
)
from pipeline.components.quotes.speakers import Speaker
from pipeline.components.quotes.tokens import colon_before, is_finite
from pipeline.components.quotes.words import (
    AUX_FORMS,
    EUPHONIC_T,
    HYPHEN_PRON,
    OBJECT_CLITICS,
    QUE,
    REFLEXIVE,
    RELATIVES,
    SENT_END,
)
from pipeline.text import lower_straight


def incise(view: QuoteDoc, i: int, cue: Cue) -> bool:
    """``<clause>, estime X.``: the speech verb at ``i`` is an incise (rules 1–3 of the module
    docstring); record the sentence around it (rules 4–5). Whether one was recorded."""
    if cue.direct_only:
        return False  # demander: a quote cue only before its "que" clause
    comma = incise_comma(view, i, cue)
    if comma < 0:
        return False
    if comma > 0 and comma - 1 in view.closer_toks and not fragment_before(view, comma):
        return False  # « … », a-t-il dit: the direct quote's incise
    hit = inverted(view, comma + 1, len(view.doc))
    if hit is None:
        return False
    c, verb, sp, end = hit
    if verb.i != i or sp is None:
        return False  # no inverted subject: "X, a prévenu : …" is not an incise
    if passive_participle(view, verb):
        return False  # "Le projet, révélé par Les Echos, …"
    return record_around_incise(view, i, comma, end, sp, c.lemma)


def incise_comma(view: QuoteDoc, i: int, cue: Cue) -> int:
    """The comma opening the incise of the verb at ``i`` (rule 1), or -1."""
    doc = view.doc
    comma = i - 1
    while comma >= 0 and i - comma <= 4 and doc[comma].text != ",":
        t = doc[comma]
        if not (
            t.lower_ in AUX_FORMS
            or t.text in EUPHONIC_T
            or HYPHEN_PRON.match(t.text)
            or lower_straight(t.text) in REFLEXIVE | OBJECT_CLITICS
            or (comma == i - 1 and lower_straight(t.text) in cue.after)
        ):
            break  # ", a-t-elle martelé", ", s'est-il félicité", ", a fait savoir"
        comma -= 1
    return comma if comma >= 0 and doc[comma].text == "," else -1


def passive_participle(view: QuoteDoc, verb: Token) -> bool:
    """``Le projet, révélé par Les Echos, …``: a past participle with no auxiliary before it
    and no inverted pronoun near it."""
    doc = view.doc
    return (
        verb.morph.get("VerbForm", []) == ["Part"]
        and "Past" in verb.morph.get("Tense", [])
        and doc[verb.i - 1].lower_ not in AUX_FORMS
        and not any(HYPHEN_PRON.match(t.text) for t in doc[max(0, verb.i - 2) : verb.i + 3])
    )


def record_around_incise(
    view: QuoteDoc, i: int, comma: int, end: int, sp: Speaker, cue: str
) -> bool:
    """The quote around the incise ``comma..end`` (rules 4 and 5); whether one was recorded."""
    n = len(view.doc)
    s = view.sent_of[comma]
    rest_end = view.clause_end(end + 1) if end + 1 < n else end + 1
    clause_after = clause_follows(view, comma, end, rest_end)
    if not ends_sentence(view, end) and view.doc[end].text != ",":
        end = adjuncts_end(view, end)
        if end < 0:
            return False
    sstart = view.content_start(view.sent_start[s], comma)
    if any(view.in_quote[k] >= 0 for k in range(sstart, comma)) and not fragment_before(
        view, comma
    ):
        return False
    if clause_after:
        # "Le marché, estime X, va croître": the sentence around the incise, when the rest is
        # a clause of its own (a finite verb) and has no quote marks
        rest = range(end + 1, rest_end)
        if (
            comma <= sstart
            or any(view.in_quote[k] >= 0 or k in view.opener_toks for k in rest)
            or subject_with_aside(view, sstart, comma)
        ):
            return False
        record_indirect_parts(view, [(sstart, comma), (end + 1, rest_end)], sp, cue, i)
        return True
    sstart = skip_dateline(view, sstart, comma)
    if comma - sstart < 4 or subject_with_aside(view, sstart, comma):
        return False
    record_indirect(view, sstart, comma, sp, cue, i)
    return True


def ends_sentence(view: QuoteDoc, k: int) -> bool:
    """Whether token ``k`` ends the sentence (or the document)."""
    return k >= len(view.doc) or view.doc[k].text in SENT_END or "\n" in view.doc[k].text


def clause_follows(view: QuoteDoc, comma: int, end: int, rest_end: int) -> bool:
    """Whether the incise ``comma..end`` is followed by a comma in its sentence and a clause of
    its own (a finite verb, before ``rest_end``): ``Le marché, estime X, va croître``."""
    doc = view.doc
    return (
        end < len(doc)
        and doc[end].text == ","
        and not relative_after(view, end + 1)
        and view.sent_of[end] == view.sent_of[comma]
        and any(
            doc[k].pos_ in ("VERB", "AUX") and is_finite(doc[k]) for k in range(end + 1, rest_end)
        )
    )


def relative_after(view: QuoteDoc, k: int) -> bool:
    """Whether the words after the incise's comma open a relative clause on its speaker
    (``…, a précisé la directrice, Anne Durand, qui table sur …``, ``…, selon qui …``): no
    clause of the quote's own."""
    folds = view.folds
    if k < len(folds) and folds[k] in RELATIVES:
        return True
    return k + 1 < len(folds) and folds[k + 1] in RELATIVES and folds[k] in ("selon", "pour")


def adjuncts_end(view: QuoteDoc, end: int) -> int:
    """``…, a-t-elle martelé devant les analystes jeudi dernier.``: adjuncts (no verb, no
    clause) may follow the incise to the end of the sentence: that end, or -1."""
    doc = view.doc
    n = len(doc)
    k = end
    while k < n and k - end < 10 and not view.is_stop(k) and doc[k].text != ",":
        if is_finite(doc[k]) or lower_straight(doc[k].text) in QUE:
            break
        k += 1
    if k < n and not (doc[k].text in SENT_END or "\n" in doc[k].text):
        return -1
    return k


def subject_with_aside(view: QuoteDoc, start: int, comma: int) -> bool:
    """Whether ``start..comma`` is a noun phrase with an aside set off by a comma and no
    finite verb of its own (``Le Comité Champagne, qui réunit vignerons et maisons, a
    tempéré ce diagnostic``; ``Le premier groupe du Brésil, Rede D'Or, a annoncé le
    rachat``): the subject of the verb after it, not a quote before an incise."""
    doc = view.doc
    if not any(doc[k].text == "," for k in range(start, comma)):
        return False
    for k in range(start, comma):
        t = doc[k]
        if t.pos_ in ("VERB", "AUX") and is_finite(t):
            v = t if t.pos_ == "VERB" else t.head
            if not v.dep_.startswith("acl") and not any(
                c.dep_.startswith("nsubj") and c.lower_ in ("qui", "dont", "que", "qu'")
                for c in v.children
            ):
                return False
    return True


def fragment_before(view: QuoteDoc, comma: int) -> bool:
    """Whether the sentence before ``comma`` is the reporter's clause with a quoted fragment
    (``Ce dérapage est « préoccupant », estime la Cour``): an indirect quote, not the incise
    of a direct one."""
    doc = view.doc
    start = view.content_start(view.sent_start.get(view.sent_of[comma], comma), comma)
    toks = range(start, comma)
    openers = [k for k in toks if k in view.opener_toks]
    if not openers or start in view.opener_toks or colon_before(view, openers[0]) >= 0:
        return False  # "L'État a mis ses warnings : « … », a déclaré X": the quote's incise
    before = sum(1 for k in range(start, openers[0]) if doc[k].is_alpha)
    quoted = sum(1 for k in toks if view.in_quote[k] >= 0)
    return before >= 2 and 2 * quoted < len(toks)
