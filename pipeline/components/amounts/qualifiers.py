"""Pass 5 — qualifiers, and ``un euro`` under a negation.

* :func:`qualify`: a phrase of ``qualifiers.tsv`` before the amount (``près de`` → approx,
  ``plus de`` → at_least, ``jusqu'à`` → at_most) or after it (``100 millions d'euros
  environ``); the phrase stays outside the span. A range keeps only ``approx`` (``plus de 3 à 4
  M€`` is no bound), and ``ne vaut plus que 0,85 €`` is a restriction, no bound;
* :func:`drop_negated_one`: ``ne perdra pas un centime``, ``sans débourser un euro`` is an idiom
  for "nothing", no amount (``ne coûte qu'un euro``, ``pour un euro symbolique`` stay).
"""

from __future__ import annotations

import re

from pipeline.components.amounts.document import Article
from pipeline.components.amounts.lexicon import HS
from pipeline.components.amounts.values import Amount
from pipeline.text import APOS, lower_straight_spaced

#: "ne vaut plus que": a negation a word or two before the qualifier.
NEGATION_BEFORE_RE = re.compile(rf"(?i:(?<!\w)n(?:e{HS}+|{APOS}{HS}*)\S+(?:{HS}+\S+)?{HS}*$)")
#: Words of a negation: "un centime" under one is an idiom ("ne perdra pas un centime").
NEGATION_WORDS = frozenset(("ne", "n", "pas", "sans", "jamais", "aucun", "aucune", "rien"))
#: …unless "un" follows one of these: "ne coûte qu'un euro", "pour un euro symbolique".
NEGATED_ONE_KEEP = frozenset(("qu", "que", "à", "pour", "de", "d", "contre", "au", "par", "sur"))
#: how far before an amount (characters) its qualifier may start
QUALIFIER_REACH = 40
_LETTER_RUNS = re.compile(r"[^\W\d_]+")


def qualify(article: Article, amounts: list[Amount]) -> None:
    """Give each amount the qualifier written before it, else the one after it."""
    for a in amounts:
        q = qualifier_before(article, a)
        if q and not (a.value_max is not None and q != "approx"):
            a.qualifier = q
            continue
        if a.qualifier is None:
            q = qualifier_after(article, a)
            if q:
                a.qualifier = q


def qualifier_before(article: Article, a: Amount) -> str | None:
    """``près de 5 millions d'euros`` → approx; ``ne vaut plus que 0,85 €`` → none."""
    phrases = article.rules.qualifiers
    window = article.text[max(0, a.start - QUALIFIER_REACH) : a.start]
    mb = phrases.before_re.search(window)
    if mb is None:
        return None
    phrase = lower_straight_spaced(mb.group("q"))
    if phrase == "plus que" and NEGATION_BEFORE_RE.search(window[: mb.start()]):
        return None  # "ne vaut plus que 0,85 €": only that much, no bound
    return phrases.before.get(phrase)


def qualifier_after(article: Article, a: Amount) -> str | None:
    """``100 millions d'euros environ`` → approx."""
    phrases = article.rules.qualifiers
    ma = phrases.after_re.match(article.text, a.end)
    return None if ma is None else phrases.after.get(lower_straight_spaced(ma.group("q")))


def drop_negated_one(article: Article, amounts: list[Amount]) -> list[Amount]:
    """``Aucun client ne perdra un centime``, ``sans débourser un euro``: "un" + currency
    under a negation is an idiom for "nothing", no amount. ``ne coûte qu'un euro`` (a
    restriction) and ``pour un euro symbolique`` stay."""
    return [a for a in amounts if not is_negated_one(article, a)]


def is_negated_one(article: Article, a: Amount) -> bool:
    if a.raw.strip().lower() not in ("un", "une") or a.value_max is not None:
        return False
    before = article.sentence_before(a.start, limit=60).rsplit(",", 1)[-1]
    words = [w.lower() for w in _LETTER_RUNS.findall(before)]
    return bool(words and words[-1] not in NEGATED_ONE_KEEP and NEGATION_WORDS & set(words[-4:]))
