"""``aujourd'hui`` meaning "nowadays", not the article's day: such a one is not output.

Two lists of rules, tried in order:

1. :data:`TEXT_RULES`, read from the words around it: a frequency after it (``versent
   aujourd'hui 9 € par mois``), ``d'aujourd'hui`` after a noun (``le monde d'aujourd'hui``),
   ``encore``/``toujours`` beside it;
2. then, from the parse: a role noun after it (``aujourd'hui directrice``, :func:`role_after`),
   and :data:`PREDICATE_RULES` on the verb (or adjective) it depends on, each giving a verdict
   or passing to the next: a present of state (``emploie aujourd'hui 350 personnes``), any
   present verb it stands before the complements of (``tournent aujourd'hui à mi-régime``)
   unless an event verb of ``event_verbs.txt`` (``publie aujourd'hui ses résultats``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from pipeline.components.dates.calendar_math import Tense
from pipeline.components.dates.context import Context
from pipeline.components.dates.lexicon import Lexicon
from pipeline.components.dates.tense import adjective_predicate, finite_tense, token_tense
from pipeline.text import lower_straight_spaced as fold

#: a frequency after "aujourd'hui" makes it "nowadays": "versent aujourd'hui 9 € par mois"
_HABIT_AFTER = re.compile(r"(?<![\w])(?:par|chaque) (?:jour|semaine|mois|an|année|trimestre)s?\b")
#: "encore aujourd'hui", "aujourd'hui encore": still, nowadays
_STILL_AROUND = re.compile(r"(?<!\w)(?:encore|toujours)\s*$", re.IGNORECASE)
_STILL_AFTER = re.compile(r"\s*(?:,\s*)?(?:encore|toujours)(?!\w)")
_NOUN_OF = re.compile(r"\w{3,} d'$")
_FROM_OF = re.compile(r"(?:partir|compter) d'$")


def _habit_after(m: re.Match[str], ctx: Context) -> bool:
    """A frequency later in the sentence: ``versent aujourd'hui 9,40 € par mois``."""
    return _HABIT_AFTER.search(ctx.after(m.end(), 80).split(".")[0]) is not None


def _of_today(m: re.Match[str], ctx: Context) -> bool:
    """``d'aujourd'hui`` after a word: ``le monde d'aujourd'hui`` (but ``à partir
    d'aujourd'hui`` is the day)."""
    before = ctx.before(m.start(), 30)
    return _NOUN_OF.search(before) is not None and _FROM_OF.search(before) is None


def _still(m: re.Match[str], ctx: Context) -> bool:
    """``aujourd'hui encore``, ``encore aujourd'hui``: still, nowadays."""
    return bool(
        _STILL_AROUND.search(ctx.before(m.start(), 30))
        or _STILL_AFTER.match(ctx.after(m.end(), 12))
    )


#: the rules read from the words around ``aujourd'hui``, tried in this order
TEXT_RULES: tuple[Callable[[re.Match[str], Context], bool], ...] = (
    _habit_after,
    _of_today,
    _still,
)


@dataclass
class Predicate:
    """The verb (or adjective after a copula) ``aujourd'hui`` depends on, its lemma (``être``
    for a copula) and its tense."""

    span: Span
    ctx: Context
    verb: Token
    lemma: str
    tense: Tense | None

    @property
    def forms(self) -> set[str]:
        # the lemmatiser sometimes returns the form itself ("compte"): try it as an -er verb
        return {self.lemma, self.lemma + "r"}


def _passive_present(p: Predicate) -> bool | None:
    """A passive in the present around it: ``le marché est aujourd'hui saturé``, ``est
    aujourd'hui détenu par``."""
    verb, span = p.verb, p.span
    passive = [c for c in verb.children if c.dep_ == "aux:pass"]
    if (
        passive
        and passive[0].i < span.start < verb.i
        and not any(c.dep_ == "aux:tense" for c in verb.children)
        and finite_tense(passive[0]) is None
    ):
        return True
    return None


def _tensed(p: Predicate) -> bool | None:
    """A past or future verb: ``a annoncé aujourd'hui``, ``publiera aujourd'hui`` (a day)."""
    return False if p.tense is not None else None


def _state(p: Predicate) -> bool | None:
    """A verb of state of ``stative_verbs.txt`` in the present: ``emploie aujourd'hui 350
    personnes``, ``est aujourd'hui leader``."""
    return True if p.forms & p.ctx.lex.stative_verbs else None


def _event(p: Predicate) -> bool | None:
    """An event verb of ``event_verbs.txt``: ``publie aujourd'hui ses résultats`` (the day)."""
    forms, events = p.forms, p.ctx.lex.event_verbs
    reflexive = {"se " + f for f in forms} | {"s'" + f for f in forms}
    return False if forms & events or reflexive & events else None


def _before_complements(p: Predicate) -> bool | None:
    """Any other verb in the present, ``aujourd'hui`` right after it and before its
    complements: ``les chaînes tournent aujourd'hui à mi-régime``."""
    verb, span = p.verb, p.span
    return (
        verb.pos_ == "VERB"
        and verb.i < span.start
        and all(t.pos_ in ("ADV", "PRON", "PART") for t in p.ctx.doc[verb.i + 1 : span.start])
        and any(c.i >= span.end and not c.is_punct for c in verb.children)
    )


#: the rules read from the predicate, tried in this order: the first verdict (True: nowadays,
#: False: the day) is the answer; the last rule always gives one
PREDICATE_RULES: tuple[Callable[[Predicate], bool | None], ...] = (
    _passive_present,
    _tensed,
    _state,
    _event,
    _before_complements,
)


def nowadays(m: re.Match[str], ctx: Context) -> bool:
    """``aujourd'hui`` meaning "nowadays": ``le monde d'aujourd'hui``, or a verb of state
    in the present (``emploie aujourd'hui 350 personnes``, ``est aujourd'hui leader``)."""
    if any(rule(m, ctx) for rule in TEXT_RULES):
        return True
    span = ctx.char_span(m.start(), m.end())
    if span is None or len(span) == 0:
        return False
    if role_after(span, ctx.lex):
        return True  # "son associée, aujourd'hui directrice industrielle"
    predicate = _predicate(span, ctx)
    if predicate is None:
        return False  # no verb: "aujourd'hui, la bourse" alone is the day
    for rule in PREDICATE_RULES:
        verdict = rule(predicate)
        if verdict is not None:
            return verdict
    return False  # pragma: no cover - the last rule always answers


def _predicate(span: Span, ctx: Context) -> Predicate | None:
    """The verb up the parse from ``aujourd'hui``, or an adjective after a copula it stands
    before (``le marché est aujourd'hui saturé``; but ``est stable aujourd'hui``)."""
    verb = span.root
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        if adjective_predicate(verb) and span.start < verb.i:
            break  # "le marché est aujourd'hui saturé" (but "est stable aujourd'hui")
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") and not (adjective_predicate(verb) and span.start < verb.i):
        return None
    copula = next((c for c in verb.children if c.dep_ == "cop"), None)
    if copula is not None:  # "est aujourd'hui leader"
        return Predicate(span, ctx, verb, "être", finite_tense(copula))
    return Predicate(span, ctx, verb, fold(verb.lemma_), token_tense(verb))


def role_after(span: Span, lex: Lexicon) -> bool:
    """``aujourd'hui`` right before a noun or adjective without a determiner that it
    modifies, out of any verb (``son associée, aujourd'hui directrice industrielle``,
    ``aujourd'hui âgé de 70 ans``): a role or state nowadays."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    nxt = doc[span.end]
    apposed = (
        span.start >= 2
        and doc[span.start - 1].text == ","
        and doc[span.start - 2].pos_ in ("PROPN", "NOUN")
    )  # "une amie, Nadia Benali, aujourd'hui directrice technique" (whatever the parse)
    if nxt.pos_ not in ("NOUN", "ADJ") or (span.root.head.i != nxt.i and not apposed):
        return False
    if fold(nxt.text) in lex.weekday_of or fold(nxt.text) in lex.month_of:
        return False  # "aujourd'hui mardi"
    return not any(c.dep_ == "det" for c in nxt.children) and not any(
        c.dep_ in ("cop", "aux:pass", "aux:tense") for c in nxt.children
    )
