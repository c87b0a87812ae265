"""Pass 2 — currencies: each quantity takes the currency written next to it.

Tried in this order (:func:`attach`):

1. a currency after the number: ``… de dollars``, ``… €``, ``… EUR``, a subunit (``6 centimes
   d'euro``, ``470 pence``); a sign or a code after ``de`` only after a scale (``10 millions de
   $``, not ``le taux de 5 de EUR``);
2. after a scale word, a form that needs one (``2,4 milliards US``);
3. a currency before the number: ``$10``, ``US$ 10 millions``, ``EUR 20``, ``£ 8,10 millions``
   (with the sign first, ``$1,500`` groups thousands the English way).

Hundredths written after a unit amount are added: ``15 dollars et 15 cents``, ``2 euros 50``,
``3€50``. A quantity with no currency stays *bare* (later passes may give it one); an
abbreviation (``10 m de haut``) is no scale without a currency, unless the data lets it be one
when money governs it (``1,04 Md``).
"""

from __future__ import annotations

import re

from pipeline.components.amounts.document import Article
from pipeline.components.amounts.lexicon import HS
from pipeline.components.amounts.numbers import (
    ENGLISH_THOUSANDS,
    HUNDRED_MULTIPLIERS,
    NUMBER_WORDS_RE,
    SUBUNIT_WORDS,
    dadd,
    dmul,
    parse_digits,
    parse_words,
)
from pipeline.components.amounts.quantities import without_subunit_word
from pipeline.components.amounts.values import Amount, Quantity

#: Hundredths after a unit amount: "15 dollars et 15 cents", "treize euros et quarante-cinq
#: cents", "2 euros 50" (two digits that are not a percentage, a word or a longer number).
SUBUNIT_RE = re.compile(
    rf"{HS}+(?:(?i:et){HS}+)?(?:(?P<n>\d{{1,2}})|(?i:(?P<w>{NUMBER_WORDS_RE}))){HS}*"
    rf"(?i:cents?|centimes?)(?![\w])"
    rf"|{HS}+(?:(?i:et){HS}+)?(?P<n2>\d{{2}})(?!\d|[,.]\d|{HS}*(?:%|[^\W\d_]|\d))"
)
#: A currency factor this large is a scale written inside the sign (``ME``: millions of euros,
#: ``MMDH``: milliards of dirhams), shared with a bare number before it (``entre 540 et 560 ME``).
SCALE_IN_SIGN = 1e3
#: "3€50": hundredths glued to the sign.
GLUED_CENTS_RE = re.compile(r"\d{2}(?![\d]|[,.]\d|[^\W\d_])")
_WORD_SPLIT = re.compile(r"[\s-]+")


def attach_currencies(article: Article, quantities: list[Quantity]) -> list[Amount]:
    """An amount for each quantity not inside the previous amount: with its currency, or bare."""
    items: list[Amount] = []
    last_end = 0
    for q in quantities:
        if q.start < last_end:
            continue
        amt = attach(article, q, last_end)
        if amt is None and ends_with_subunit_word(q):
            # "quarante-cinq cents": the last word is the currency, not the number
            shorter = without_subunit_word(q)
            if shorter is not None:
                q = shorter
                amt = attach(article, q, last_end)
        if amt is None and q.scale_kind == "abbr":
            amt = sign_holding_scale(article, q)
        if amt is None:
            amt = bare_amount(article, q)
        else:
            last_end = amt.end
        items.append(amt)
    return items


def sign_holding_scale(article: Article, q: Quantity) -> Amount | None:
    """``971 MD`` in Tunisian press: letters read as a scale abbreviation (``MD``, a milliard
    elsewhere) that are, with no currency after them, a sign holding its own scale (millions of
    dinars), tried on the digits alone."""
    if not (q.raw[:1].isdigit() and q.value is not None):
        return None
    base = parse_digits(q.raw)
    if base is None:
        return None
    digits = Quantity(q.start, q.start + len(q.raw), base, q.raw)
    amt = currency_after(article, digits)
    if amt is None or amt.scale < SCALE_IN_SIGN:
        return None
    return amt


def ends_with_subunit_word(q: Quantity) -> bool:
    """``quarante-cinq cents`` (not ``deux cents`` alone, which is 200)."""
    words = _WORD_SPLIT.split(q.raw.lower())
    return (
        words[-1] in SUBUNIT_WORDS
        and q.scale_kind is None
        and not (len(words) > 1 and words[-2] in HUNDRED_MULTIPLIERS)
    )


def attach(article: Article, q: Quantity, last_end: int) -> Amount | None:
    """The amount of ``q`` with the currency written after or before it, if any."""
    amt = currency_after(article, q)
    if amt is None:
        amt = currency_after_scale(article, q)
    if amt is None:
        amt = currency_before(article, q, last_end)
    return amt


def currency_after(article: Article, q: Quantity) -> Amount | None:
    """``97,4 milliards de dollars``, ``23€``, ``1000 EUR``, ``6 centimes d'euro``."""
    m = article.rules.currencies.after_re.match(article.text, q.end)
    if m is None:
        return None
    kind = next(k for k in ("name", "subunit", "symbol", "code") if m.group(k))
    info = article.rules.currencies.currency_of(m.group(kind))
    if info is None:
        return None
    iso, _, factor = info
    # "10 millions de $", but not "la tranche de 5 de EUR"
    if kind == "name" or kind == "subunit" or not m.group("conn") or q.scale_kind:
        return make_amount(article.text, q, iso, factor, m.end(), kind)
    return None


def currency_after_scale(article: Article, q: Quantity) -> Amount | None:
    """``2,4 milliards US``: a form that follows a scale word only."""
    if q.scale_kind != "word":
        return None
    m = article.rules.currencies.after_scale_re.match(article.text, q.end)
    if m is None:
        return None
    info = article.rules.currencies.currency_of(m.group("after"))
    if info is None:
        return None
    return make_amount(article.text, q, info[0], 1.0, m.end(), "after")


def currency_before(article: Article, q: Quantity, last_end: int) -> Amount | None:
    """``$10``, ``EUR 1000``, ``£ 8,10 millions``: a sign or code just before the number (after
    the previous amount)."""
    window_start = max(last_end, q.start - 12)
    m = article.rules.currencies.before_re.search(article.text[window_start : q.start])
    if m is None:
        return None
    info = article.rules.currencies.currency_of(m.group("symbol") or m.group("code"))
    if info is None:
        return None
    if q.scale_kind is None and ENGLISH_THOUSANDS.fullmatch(q.raw):
        # "$1,500": a sign first is the English convention, the comma groups thousands
        q = Quantity(q.start, q.end, float(q.raw.replace(",", "")), q.raw)
    amt = make_amount(article.text, q, info[0], 1.0, q.end, "before")
    amt.start = window_start + m.start()
    return amt


def make_amount(text: str, q: Quantity, iso: str, factor: float, end: int, kind: str) -> Amount:
    """The amount of ``q`` in ``iso`` ending at ``end`` (the currency's end), its value times the
    currency's ``factor`` (``470 pence`` → 4.70 GBP) and with the hundredths written after a
    unit amount (``kind``: how the currency was written)."""
    value = dmul(q.value, factor) if q.value is not None else None
    if kind in ("name", "code", "symbol", "before") and q.scale_kind is None and value is not None:
        value, end = with_hundredths(text, value, end, kind)
    amt = Amount(q.start, end, value, iso, scale=q.scale, raw=q.raw, vague=q.vague)
    amt.has_scale = q.scale_kind is not None
    if factor >= SCALE_IN_SIGN:  # "560 ME", "310 MDH": the sign holds the scale
        amt.scale, amt.has_scale = dmul(q.scale, factor), True
    if q.approx:
        amt.qualifier = "approx"
    return amt


def with_hundredths(text: str, value: float, end: int, kind: str) -> tuple[float, int]:
    """``value`` and ``end`` with the hundredths written after the currency: ``15 dollars et 15
    cents`` (15.15), ``2 euros 50`` (2.5), ``3€50`` (3.5)."""
    sm = SUBUNIT_RE.match(text, end)
    if sm is not None:
        sub: float | None
        if sm.group("n"):
            sub = float(sm.group("n"))
        elif sm.group("w"):
            sub = parse_words(sm.group("w"))
        else:
            sub = float(sm.group("n2"))
        if sub is not None and sub < 100:
            return dadd(value, dmul(sub, 0.01)), sm.end()
    elif kind == "symbol" and text[end - 1 : end] in "€$£":
        gm = GLUED_CENTS_RE.match(text, end)
        if gm is not None:  # "3€50"
            return dadd(value, dmul(float(gm.group(0)), 0.01)), gm.end()
    return value, end


def bare_amount(article: Article, q: Quantity) -> Amount:
    """``q`` without currency. An abbreviation is no scale then (``10 m de haut``); one the data
    marks ``bare`` (``1,04 Md``) is remembered: a scale if the context is money."""
    abbr: tuple[float, int] | None = None
    if q.scale_kind == "abbr":
        base = parse_digits(q.raw) if q.raw[:1].isdigit() or q.raw[:1] in "-−" else None
        written = article.text[q.start + len(q.raw) : q.end]
        if written[:1].isspace() and written.strip() in article.rules.quantities.bare_abbrs:
            abbr = (q.scale, q.end)
        q = Quantity(q.start, q.start + len(q.raw), base, q.raw)
    amt = Amount(q.start, q.end, q.value, None, scale=q.scale, raw=q.raw)
    amt.has_scale = q.scale_kind == "word"
    amt.bare, amt.vague, amt.approx, amt.abbr = True, q.vague, q.approx, abbr
    return amt
