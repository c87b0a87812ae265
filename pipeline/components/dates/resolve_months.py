"""Resolvers of months: a month (``en mars``, ``fin septembre 2025``, ``le mois de mai
dernier``), a range of months (``de janvier à mars``), a numeric month (``11/2017``).

A month name alone is a date only in a date context: after a word of ``month_triggers.txt``
(``en mars``, ``depuis mai``), with a modifier (``fin mars``), ``mois de`` or a direction word
(``mars dernier``); after ``en``, not when the sentence states a habit (:func:`habitual`).
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token

from pipeline.components.dates.calendar_math import Resolved, month_bounds
from pipeline.components.dates.context import Context
from pipeline.components.dates.resolve_common import Resolution, no_year
from pipeline.components.dates.tense import governing_verb, token_tense
from pipeline.text import lower_straight_spaced as fold


def month_range(m: re.Match[str], ctx: Context) -> Resolution:
    """``de janvier à mars 2025``, ``entre mars et mai``: first day of the first month, last
    day of the last."""
    m1, m2 = ctx.lex.month_number(m["m1"]), ctx.lex.month_number(m["m2"])
    if m1 is None or m2 is None:
        return None
    y2 = int(m["y2"]) if m["y2"] else (int(m["y1"]) if m["y1"] else None)
    if y2 is None:

        def bounds(year: int) -> tuple[dt.date, dt.date]:
            first = year - 1 if m1 > m2 else year
            return month_bounds(first, m1)[0], month_bounds(year, m2)[1]

        return no_year(bounds, "month", m, ctx)
    y1 = int(m["y1"]) if m["y1"] else (y2 - 1 if m1 > m2 else y2)
    start, end = month_bounds(y1, m1)[0], month_bounds(y2, m2)[1]
    return Resolved(start, end, "month") if start < end else None


def month_slash_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    """``11/2017``, ``03-2024``."""
    mo, y = int(m["m"] or m["m_"]), int(m["y"])
    if not 1 <= mo <= 12:
        return None
    start, end = month_bounds(y, mo)
    return Resolved(start, end, "month")


def month(m: re.Match[str], ctx: Context) -> Resolution:
    """``(fin) septembre (2025) (dernier)``, ``le mois de mai``: ``fin septembre`` keeps the
    precision of the text, the month."""
    form = fold(m["m"])
    mo = ctx.lex.month_number(form)
    if mo is None:
        return None
    has_mois = "mois" in fold(m.group())
    abbreviated = not ctx.lex.is_full_month(form)
    if m["y"]:
        start, end = month_bounds(int(m["y"]), mo)
        return Resolved(start, end, "month")
    if abbreviated:
        return None  # "Sept salariés": an abbreviation is a month only with a day or a year
    if not m["mod"] and not has_mois and not m["rel"]:
        # a month name alone needs a date context: "en mars", "depuis mai", "dès juin"
        # ("courant mars" has its modifier, of no kind: the month itself)
        before = ctx.before(m.start())
        last = before.split(" ")[-1] if before else ""
        if not (
            last in ctx.lex.month_triggers or before.endswith(("jusqu'en", "d'ici", "à partir de"))
        ):
            return None
        if last == "en" and habitual(m, ctx):
            return None  # "un hiver se joue en février", "remplit ses hôtels en juillet"
    # "fin septembre" keeps the precision of the text: the month
    return no_year(lambda y: month_bounds(y, mo), "month", m, ctx, m["rel"])


def habitual(m: re.Match[str], ctx: Context) -> bool:
    """A month alone after ``en`` under a verb in the simple present that states a habit
    or a general truth (a subject with ``un``/``une`` or a word of ``habit_words.txt`` in
    the sentence), not an event: the verb is finite, present, indicative, no look-ahead
    verb of ``future_verbs.txt``, event verb of ``event_verbs.txt`` nor scheduled event of
    ``scheduled_verbs.txt`` (``le salon se tient en janvier``)."""
    span = ctx.char_span(m.start(), m.end())
    if span is None or len(span) == 0:
        return False
    verb = governing_verb(span.root, 4)
    if verb.pos_ != "VERB" or verb.i > span.start:
        return False  # "la production repart en mai" is a date; so is a month before its verb
    if not _simple_present(verb) or _names_an_event(verb, ctx):
        return False  # "les ventes ont bondi en juillet", "publiera ses comptes en février"
    # "un hiver se joue en février", "les séminaires remplissent déjà nos hôtels en juillet"
    return _generic_subject(verb) or _habit_word_in(span, ctx)


def _simple_present(verb: Token) -> bool:
    """A finite verb in the present indicative, without auxiliary or copula (``remplit``)."""
    morph = verb.morph
    if "Fin" not in morph.get("VerbForm", []) or "Pres" not in morph.get("Tense", []):
        return False
    if "Ind" not in morph.get("Mood", []) or token_tense(verb) is not None:
        return False
    return not any(c.dep_.startswith("aux") or c.dep_ == "cop" for c in verb.children)


def _names_an_event(verb: Token, ctx: Context) -> bool:
    """A verb looking ahead, of a dated event or of a scheduled one (``prévoit``, ``publie``,
    ``se tient``, ``a lieu``)."""
    lemma = fold(verb.lemma_)
    forms = {lemma, lemma + "r", "se " + lemma, "s'" + lemma}
    if any(fold(c.text) == "lieu" for c in verb.children):
        forms.add("avoir lieu")
    lex = ctx.lex
    looks_ahead = lex.future_verbs | lex.event_verbs | lex.scheduled_verbs
    return lemma in lex.future_verbs or bool(forms & looks_ahead)


def _generic_subject(verb: Token) -> bool:
    """A subject with ``un``/``une``: ``un hiver se joue en février``."""
    return any(
        c.dep_.startswith("nsubj")
        and any(d.dep_ == "det" and fold(d.text) in ("un", "une") for d in c.children)
        for c in verb.children
    )


def _habit_word_in(span: Span, ctx: Context) -> bool:
    """A word of ``habit_words.txt`` in the sentence (``chaque année``, ``déjà``)."""
    habit_words = ctx.cues.habit_words
    return bool(habit_words and habit_words.search(fold(span.sent.text)))
