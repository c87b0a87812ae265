"""Pass 4 — a bare number takes the currency of a neighbouring amount of its sentence.

* carried back: a scaled number compared, later in its sentence, with an amount that has a
  currency shares it when the sentence speaks of money (``un bénéfice de 3,5 milliards, contre
  500 millions d'euros``), or when it goes from one to the other (``passerait de 59 milliards en
  2025 à 100 milliards d'euros``): :func:`carry_back`;
* currency ellipsis: ``1,50 milliard d'euros contre 1,34 milliard`` (the second is EUR too);
  an unscaled number only in a comparison (``2,30 euros par action, contre 2,10``):
  :func:`share_previous_currency`.

A bare number that counts something (``de clients``) or reads as a year takes nothing.
"""

from __future__ import annotations

import re

from pipeline.components.amounts.context import minor_conversions, with_bare_partner
from pipeline.components.amounts.counted import counts_something
from pipeline.components.amounts.document import SENTENCE_BREAK_RE, Article
from pipeline.components.amounts.lexicon import HS
from pipeline.components.amounts.numbers import is_year_like
from pipeline.components.amounts.values import Amount

#: "contre 21", "et 7 millions": what stands before an unscaled number taking the currency.
_COMPARED_BEFORE = re.compile(rf"(?i:contre|après|vs\.?|et|à){HS}*$")
#: a comparison between a number and a later amount
COMPARISON_RE = re.compile(
    rf"(?i:(?<!\w)(?:contre|après|soit|et|vs\.?|face{HS}+à|comparé\w*"
    rf"|par{HS}+rapport{HS}+à)(?!\w))"
)
#: between the two ends of "de X (en 2025) à (plus de) Y €"
_FROM_TO_GAP = re.compile(
    rf"{HS}*(?:(?:en|fin|début|mi-?){HS}*(?:19|20)\d\d{HS}*)?à{HS}+"
    rf"(?:(?:plus|moins|près|environ){HS}*(?:de{HS}+|d['’])?)?$"
)
_DE_BEFORE = re.compile(rf"(?<!\w)(?i:de|d['’]){HS}*$")
#: how far (characters) an amount may give its currency forward; back
ELLIPSIS_REACH = 250
CARRY_BACK_REACH = 80


def carry_back(article: Article, items: list[Amount]) -> None:
    """A scaled number without currency compared, later in its sentence, with an amount that
    has one shares it when the sentence speaks of money: ``un bénéfice de 3,5 milliards,
    contre 500 millions d'euros``."""
    for i, it in enumerate(items):
        if not it.bare or it.value is None or not it.has_scale:
            continue
        if it.scale < 1e6 or it.vague:
            continue
        nxt = next((b for b in items[i + 1 : i + 4] if b.currency is not None and not b.bare), None)
        if nxt is None or not nxt.has_scale or nxt.vague or nxt.value is None:
            continue
        if carries_back(article, it, nxt):
            it.currency = nxt.currency
            it.bare = False
            it.found_by = "carried"


def carries_back(article: Article, it: Amount, nxt: Amount) -> bool:
    """Whether the currency of ``nxt`` goes back to ``it``, a few words before it in the same
    sentence."""
    text = article.text
    gap = text[it.end : nxt.start]
    if len(gap) > CARRY_BACK_REACH or SENTENCE_BREAK_RE.search(gap):
        return False
    # "passerait de 59 milliards en 2025 à 100 milliards d'euros": a change from one
    # amount to another, in one unit
    from_to = bool(_FROM_TO_GAP.match(gap)) and bool(
        _DE_BEFORE.search(text[max(0, it.start - 20) : it.start])
    )
    if not from_to and not COMPARISON_RE.search(gap):
        return False
    if counts_something(article, it.end, lenient=from_to):
        return False
    if from_to:
        return True
    # "3,5 milliards, contre 500 millions d'euros" when the sentence speaks of money
    money_re = article.rules.words.money_re
    return money_re is not None and bool(
        money_re.search(article.sentence_before(it.start) + " " + gap)
    )


def share_previous_currency(article: Article, items: list[Amount]) -> list[Amount]:
    """The amounts with a currency, and the bare quantities that share the currency of the
    amount just before them (the other bare ones are left out)."""
    out: list[Amount] = []
    prev: Amount | None = None
    with_currency = [it for it in items if not it.bare and it.currency is not None]
    minor = {id(with_currency[k]) for k in minor_conversions(article.text, with_currency)}
    for i, it in enumerate(items):
        if not it.bare:
            if it.currency is not None:
                out.append(it)
                if id(it) not in minor:
                    prev = it  # "212 milliards de nairas (environ 138 millions $), contre 96
                    # milliards": a conversion into a minor currency is passed over
            continue
        if prev is None or it.value is None or prev.currency is None:
            continue
        if takes_previous_currency(article, prev, it):
            it.currency = prev.currency
            it.bare = False
            it.found_by = "ellipsis"
            before = items[i - 1] if i > 0 else None
            if before is not None and before.bare and before.currency is None:
                # "8 M€, soit une valorisation de 40 à 50 millions": the bare number before
                # forms a range (or a pair) with it
                out.extend(with_bare_partner(article, items, i, it))
            else:
                out.append(it)
    return out


def takes_previous_currency(article: Article, prev: Amount, it: Amount) -> bool:
    """``1,50 milliard d'euros contre 1,34 milliard``, ``5 millions d'euros en 2020 et 7
    millions``, ``2,30 euros par action, contre 2,10``: ``it`` takes the currency of ``prev``."""
    gap = article.text[prev.end : it.start]
    if len(gap) > ELLIPSIS_REACH or SENTENCE_BREAK_RE.search(gap):
        return False
    if counts_something(article, it.end, lenient=it.has_scale):
        return False
    if it.has_scale:
        return not prev.vague
    # an unscaled number takes the currency only in a comparison: "contre 21"
    if is_year_like(it.raw) or prev.has_scale:
        return False
    return bool(_COMPARED_BEFORE.search(gap))
