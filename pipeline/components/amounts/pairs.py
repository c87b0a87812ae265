"""Pass 3 — pairs: two neighbouring quantities joined by ``et``, ``à``, ``ou`` or a dash.

* a range: ``entre 16 et 18 milliards de dollars``, ``de 5 à 7 M€``, ``10 - 20 euros`` → one
  amount from 16 to 18 billion (``value_max``);
* two amounts sharing the scale and currency written once: ``passé de 10 à 12 millions
  d'euros`` (a change), ``respectivement 3 et 4 milliards d'euros``, ``3 ou 4 euros``.

A bare first number takes the second one's scale and currency; a bare second one takes the
first one's in a range only (``5 millions d'euros en 2020 et 7 millions``: the ellipsis pass
decides), and never when it counts something.
"""

from __future__ import annotations

import re

from pipeline.components.amounts.counted import counts_something
from pipeline.components.amounts.document import Article
from pipeline.components.amounts.lexicon import HS
from pipeline.components.amounts.numbers import dmul, is_year_like
from pipeline.components.amounts.values import Amount
from pipeline.text import APOS, lower_straight

#: All that stands between the two numbers of a pair.
CONNECTOR_RE = re.compile(rf"{HS}*(?P<c>(?i:et|à|au|ou)|[-–—]){HS}*$")
#: "entre", "de", "d'" just before the first number.
PAIR_INTRO_RE = re.compile(rf"(?i:(?<![\w'’-])(?P<w>entre|de|d{APOS})){HS}*$")
_WORD_BEFORE_RE = re.compile(rf"(?P<w>[^\W\d_]+){HS}+$")
DASHES = ("-", "–", "—")
#: How far apart (characters) the two numbers of a pair may stand.
PAIR_GAP = 12


def pair_neighbours(article: Article, items: list[Amount]) -> list[Amount]:
    """``items`` with each pair of neighbours made a range or two amounts sharing a currency."""
    out: list[Amount] = []
    i = 0
    while i < len(items):
        a = items[i]
        b = items[i + 1] if i + 1 < len(items) else None
        merged = pair(article, a, b) if b is not None else None
        if merged is None:
            out.append(a)
            i += 1
        else:
            out.extend(merged)
            i += 2
        # a pair is not looked at again: "de 5 à 7 et 9 M€" pairs 5 and 7 only
    return out


def connector(text: str, a: Amount, b: Amount) -> str | None:
    """The word or dash joining ``a`` and ``b`` (lower case), if only it stands between them."""
    between = text[a.end : b.start]
    if len(between) > PAIR_GAP:
        return None
    cm = CONNECTOR_RE.match(between)
    return None if cm is None else cm.group("c").lower()


def pair(article: Article, a: Amount, b: Amount) -> list[Amount] | None:
    """``[range]`` or ``[a, b]`` sharing scale and currency, or ``None`` when ``a`` and ``b``
    are no pair (the later passes look at them one by one)."""
    if a.value is None or b.value is None:
        return None
    a_bare, b_bare = a.currency is None, b.currency is None
    if a_bare and b_bare:
        return None
    conn = connector(article.text, a, b)
    if conn is None or no_pair(a, conn):
        return None
    is_range = reads_as_range(article, conn, a.start)
    if not a_bare and not b_bare and not is_range:
        return None
    if a_bare and not first_shares_second(a, b):
        return None
    if b_bare and not second_shares_first(article, a, b, is_range):
        return None
    if is_range:
        merged = as_range(a, b, conn)
        if merged is not None:
            return [merged]
    return [a, b]


def no_pair(a: Amount, conn: str) -> bool:
    """``en 2020 et 7 millions d'euros`` (a bare year first), ``5 euros ou 7 dollars`` (two
    amounts, each with its currency): no pair."""
    if a.currency is None:
        return is_year_like(a.raw) and not a.has_scale
    return conn == "ou"


def reads_as_range(article: Article, conn: str, a_start: int) -> bool:
    """Whether ``X conn Y`` is a range (else two amounts), by the connector and the word
    before ``X``."""
    if conn in DASHES:  # "10 - 20 euros", "3-4 milliards"
        return True
    intro = PAIR_INTRO_RE.search(article.text[max(0, a_start - PAIR_GAP) : a_start])
    intro_word = lower_straight(intro.group("w")) if intro else ""
    if conn == "et":  # "entre 16 et 18 milliards"; "respectivement 3 et 4 milliards": two
        return intro_word == "entre"
    if conn in ("à", "au"):
        if intro is not None and intro_word in ("de", "d'"):
            # "de 5 à 7 M€" is a range; "passé de 10 à 12 millions" a change: two amounts
            return not change_before(article, a_start - len(intro.group(0)))
        if intro is None and change_before(article, a_start):
            return False  # "le titre a perdu 1,30 euro à 58,12 euros": the move, the price
        return intro_word != "entre"  # "5 à 7 M€"
    return False  # "ou": "3 ou 4 euros" are two amounts


#: "relevé son objectif de cours ": a verb, a possessive and the object it changes
_VERB_OF_OBJECT_BEFORE_RE = re.compile(
    rf"(?P<w>[^\W\d_]+){HS}+(?i:son|sa|ses|leur|leurs){HS}+"
    rf"(?:[^\W\d_]+(?:{APOS}|{HS}+|-)){{1,4}}$"
)


def change_before(article: Article, pos: int) -> bool:
    """A verb of change (``passé``, ``grimpé``) is the word before ``pos``, or governs the
    object before it (``a relevé son objectif de cours `` + ``de 6,7 euros à 11 euros``)."""
    before = article.text[max(0, pos - 60) : max(0, pos)]
    stems = article.rules.words.change_stems
    m = _WORD_BEFORE_RE.search(before[-30:])
    if m and m.group("w").lower().startswith(stems):
        return True
    vm = _VERB_OF_OBJECT_BEFORE_RE.search(before)
    return bool(vm and vm.group("w").lower().startswith(stems))


def first_shares_second(a: Amount, b: Amount) -> bool:
    """The bare first number takes the scale and currency of ``b``: ``entre 16 et 18 milliards
    de dollars`` (16 billion USD); ``1500 et 2 millions d'euros`` is no pair (False)."""
    assert a.value is not None
    if not a.has_scale and b.has_scale and not b.vague:
        a.value = dmul(a.value, b.scale)
        a.has_scale = True
    elif not a.has_scale and (a.raw.isdigit() and len(a.raw) > 3) and b.has_scale:
        return False
    a.currency = b.currency
    a.bare = False
    return True


def second_shares_first(article: Article, a: Amount, b: Amount, is_range: bool) -> bool:
    """The bare second number of a range takes the currency of ``a``: ``entre 10 euros et
    20``; not when it counts something, nor when only ``a`` has a scale (``5 millions d'euros à
    7``: the ellipsis pass decides)."""
    if not is_range or (not b.has_scale and a.has_scale):
        return False
    if counts_something(article, b.end):
        return False
    b.currency = a.currency
    b.bare = False
    return True


def as_range(a: Amount, b: Amount, conn: str) -> Amount | None:
    """One amount from ``a`` to ``b`` when they rise (a dash allows equal ends) from zero or
    more; else ``None`` (they stay two amounts)."""
    lo, hi = a.value, b.value
    if lo is None or hi is None or lo < 0:
        return None
    if not (lo < hi or (conn in DASHES and lo <= hi)):
        return None
    merged = Amount(a.start, b.end, lo, a.currency or b.currency, value_max=hi)
    merged.has_scale = a.has_scale or b.has_scale
    merged.qualifier = a.qualifier or b.qualifier
    merged.found_by = "range"
    return merged
