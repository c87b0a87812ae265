"""Pass 7 — context currency: a scaled number written without currency, governed by money.

A scaled number (``1,04 milliard``, ``200 millions``, ``1,04 Md``) that no earlier pass gave a
currency, and that counts nothing (``de clients``…), becomes an amount when one of these rules
applies, tried in order (:func:`context_currency`):

1. governed by a money word of ``money_triggers.txt`` a few words before it in its sentence
   (``un chiffre d'affaires de 1,04 milliard``, ``a levé 40 millions``, ``valorisé 3
   milliards``) or right after it (``300 millions de bénéfice``; a money verb in the passive,
   ``Quarante millions seront investis``): it takes the currency of the
   nearest amount of its paragraph, else the article's one currency, else stays out;
2. compared with the context amount just before it (``une perte de 1,04 milliard, contre 980
   millions``): that amount's currency;
3. restating the amount just before a ``soit`` (``un plan de 6 milliards d'euros (...) soit
   environ 1,2 milliard par an``): that amount's currency;
4. the next member of a series whose verb and currency are elided, after the money quantity
   just before it (``B écope de 28,6 millions, et C de 12,6 millions``; ``…, et la société C,
   qui a coopéré, de 12,6 millions``): that quantity's currency.

Before them, a part of the amount just before a ``dont`` (``une demande de 11 milliards d'euros,
dont 10 milliards de la part des institutionnels``) takes that amount's currency whatever words
follow it (they say whose part it is, not what it counts).

A bare number just before it forming a range or a pair with it shares it (``entre 16 et 18
millions``, ``passé de 10 à 12 millions``).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

from pipeline.components.amounts.counted import (
    DE_WORD_RE,
    NOT_MONEY_AFTER_RE,
    asset_after,
    counted_by_governor,
    counts_something,
)
from pipeline.components.amounts.document import Article
from pipeline.components.amounts.lexicon import HS
from pipeline.components.amounts.numbers import dmul
from pipeline.components.amounts.pairs import CONNECTOR_RE, PAIR_GAP, pair
from pipeline.components.amounts.values import Amount
from pipeline.text import lower_straight

#: A money word governs a number at most this many words after it ("une perte nette de …"), or
#: up to the long window when a verb of reach_verbs.txt / change_verbs.txt links them.
TRIGGER_WINDOW_WORDS = 6
TRIGGER_LONG_WINDOW_WORDS = 10
#: The smallest scale a number needs to take a currency from its context (a million).
CONTEXT_MIN_SCALE = 1e6
#: "soit (environ|près de|quelque…) 1,2 milliard": a restatement of the quantity before it.
_RESTATED_BEFORE = re.compile(
    rf"(?i:(?<!\w)soit(?:{HS}+(?:environ|quelque|près{HS}+de|plus{HS}+de|moins{HS}+de"
    rf"|au{HS}+moins|un{HS}+peu{HS}+plus{HS}+de|un{HS}+peu{HS}+moins{HS}+de|presque))?){HS}*$"
)
#: how far (characters) each way the sentence of a number is read for an amount with a currency
SENTENCE_REACH = 300
#: how far back (characters) the restated amount of a "soit" may stand
RESTATED_REACH = 400
#: "…, contre 980 millions": a comparison with the amount before the number
_CONTEXT_COMPARISON_RE = re.compile(
    rf"[\s,(]*(?i:contre|après|soit|vs\.?|face{HS}+à|comparée?s?{HS}+à|au{HS}+lieu{HS}+d[eu]s?"
    rf"|par{HS}+rapport{HS}+à)(?!\w)[^\n.;!?]{{0,30}}$"
)
#: "…, dont (environ|plus de…) 10 milliards": a part of the amount before the number
_PART_BEFORE = re.compile(
    rf"(?i:(?<!\w)dont(?:{HS}+(?:environ|quelque|près{HS}+de|plus{HS}+de|moins{HS}+de"
    rf"|au{HS}+moins|presque))?){HS}*$"
)
#: how far back (characters) the whole of a "dont" part may end
PART_REACH = 24
_ELIDED_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
#: ", Gamma de " / " et l'Italie ": the gap of a series whose verb and currency are elided opens
#: with a comma or a conjunction, and holds no figure, sentence end or bracket
_GAPPED_OPEN_RE = re.compile(r"[,;]|(?i:et|ou)(?!\w)")
_GAPPED_STOP_RE = re.compile(r"[\d\n.;:!?%()]")
#: how long (characters, words) that gap may be
GAPPED_REACH = 40
GAPPED_WORDS = 5
#: a member after an incise: the gap ends with ", de " / ", à " and holds no sentence end
INCISE_REACH = 200
_INCISE_END_RE = re.compile(rf",{HS}*(?:de|d['’]|à){HS}*$")
_INCISE_STOP_RE = re.compile(r"[\n.;:!?%()«»]")
#: words that give the member a verb or a measure of its own (not a gapped series)
_NOT_GAPPED = frozenset(
    {
        "soit",
        "dont",
        "contre",
        "pour",
        "par",
        "sur",
        "avec",
        "qui",
        "que",
        "qu",
        "compte",
        "emploie",
        "vend",
        "vendu",
        "vendus",
        "comptait",
        "compter",
    }
)


class KnownAmounts:
    """The amounts the earlier passes found in one article, indexed for this pass: those with a
    currency (by start), the places taken, and the quantities that stop a money word's reach
    (amounts and scaled numbers: percentages, years and counts in between do not)."""

    def __init__(self, text: str, amounts: list[Amount], bare: list[Amount]) -> None:
        self.with_currency = sorted(
            (a for a in amounts if a.currency and a.value is not None), key=lambda a: a.start
        )
        self.currency_starts = [a.start for a in self.with_currency]
        # a conversion in brackets into a minor currency of the article ("42 milliards de FCFA
        # (64 millions d'euros)") is no currency of the article nor of its context
        self.conversions = minor_conversions(text, self.with_currency)
        # "francs" left a guess (CHF?) and "francs suisses" (CHF) are one currency
        self.isos = {
            a.currency.rstrip("?")
            for k, a in enumerate(self.with_currency)
            if a.currency and k not in self.conversions
        }
        self.taken = sorted((a.start, a.end) for a in amounts)
        self.taken_starts = [t[0] for t in self.taken]
        self.blocking = sorted(
            [(a.start, a.end) for a in amounts]
            + [(b.start, b.end) for b in bare if b.has_scale or b.abbr is not None]
        )
        self.block_starts = [t[0] for t in self.blocking]
        self.block_max_end: list[int] = []
        for _, e in self.blocking:
            self.block_max_end.append(max(e, self.block_max_end[-1]) if self.block_max_end else e)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``start``–``end`` overlaps an amount already found."""
        k = bisect.bisect_left(self.taken_starts, end)
        return k > 0 and self.taken[k - 1][1] > start

    def blocks_before(self, pos: int) -> int:
        """How many blocking quantities start before ``pos``."""
        return bisect.bisect_left(self.block_starts, pos)

    def nearest_currency(self, article: Article, pos: int) -> str | None:
        """The currency of the amount nearest to ``pos`` in its paragraph (not a conversion in
        brackets: "212 milliards de nairas (environ 138 millions $), contre un bénéfice de 96
        milliards")."""
        newlines = article.newlines
        k = bisect.bisect_left(newlines, pos)
        par_start = newlines[k - 1] + 1 if k > 0 else 0
        par_end = newlines[k] if k < len(newlines) else len(article.text)
        j = bisect.bisect_left(self.currency_starts, pos)
        best: tuple[int, str] | None = None
        for k in range(max(0, j - 2), min(j + 1, len(self.with_currency))):
            a = self.with_currency[k]
            outside = a.start < par_start or a.end > par_end
            if outside or a.currency is None or k in self.conversions:
                continue
            dist = pos - a.end if a.end <= pos else a.start - pos
            if best is None or dist < best[0]:
                best = (dist, a.currency)
        return best[1] if best else None

    def nearest_in_sentence(self, article: Article, start: int, end: int) -> str | None:
        """The currency of the amount nearest to ``start``–``end`` in its sentence, either side
        (not a conversion in brackets): ``un bénéfice de 84,6 millions d'euros, en recul de 7 %
        par rapport aux 91 millions de l'exercice précédent``."""
        lo = start - len(article.sentence_before(start, limit=SENTENCE_REACH))
        hi = end + len(article.sentence_after(end, limit=SENTENCE_REACH))
        j = bisect.bisect_left(self.currency_starts, lo)
        best: tuple[int, str] | None = None
        for k in range(j, len(self.with_currency)):
            a = self.with_currency[k]
            if a.start >= hi:
                break
            if a.end > hi or a.currency is None or k in self.conversions:
                continue
            dist = start - a.end if a.end <= start else a.start - end
            if best is None or dist < best[0]:
                best = (dist, a.currency)
        return best[1] if best else None

    def previous_paragraph_currency(self, article: Article, pos: int) -> str | None:
        """The one currency of the amounts of the last paragraph before ``pos`` that has any
        (conversions in brackets aside): the currency the reader last saw; ``None`` when that
        paragraph mixes currencies (``20 millions d'euros et 10 millions de dollars``)."""
        newlines = article.newlines
        j = bisect.bisect_left(self.currency_starts, pos)
        k = j - 1
        while k >= 0 and (k in self.conversions or self.with_currency[k].currency is None):
            k -= 1
        if k < 0:
            return None
        last = self.with_currency[k]
        p = bisect.bisect_left(newlines, last.start)
        par_start = newlines[p - 1] + 1 if p > 0 else 0
        isos = {
            (a.currency or "").rstrip("?")
            for i, a in enumerate(self.with_currency[: k + 1])
            if a.start >= par_start and i not in self.conversions
        }
        return last.currency if len(isos) == 1 else None

    def currency_starting_at(self, start: int) -> str | None:
        """The currency of the amount starting at ``start``, if it has one."""
        j = bisect.bisect_left(self.currency_starts, start)
        if j < len(self.with_currency) and self.with_currency[j].start == start:
            return self.with_currency[j].currency
        return None


#: what stands between an amount and its conversion into another currency: " (", " (soit ",
#: " (environ "
_CONVERSION_GAP_RE = re.compile(rf"{HS}*\((?i:soit|environ|près{HS}+de)?{HS}*")


def is_conversion(text: str, prev: Amount, amt: Amount) -> bool:
    """Whether ``amt`` converts the amount ``prev`` just before it into another currency, in
    brackets: ``42 milliards de FCFA (64 millions d'euros)``."""
    return (
        prev.currency != amt.currency
        and _CONVERSION_GAP_RE.fullmatch(text, prev.end, amt.start) is not None
    )


def minor_conversions(text: str, amounts: list[Amount]) -> set[int]:
    """The indices of the ``amounts`` (with a currency, in order) that convert the one before
    them into a currency the article uses no more than the one converted (``212 milliards de
    nairas (environ 138 millions $)`` in an article in nairas; not ``22 millions de dollars
    (environ 19 millions d'euros)`` in an article in euros): the bare amounts after them take
    the currency converted, not theirs."""
    counts = Counter(a.currency for a in amounts)
    return {
        k
        for k, a in enumerate(amounts)
        if k > 0
        and is_conversion(text, amounts[k - 1], a)
        and counts[a.currency] <= counts[amounts[k - 1].currency]
    }


def context_currency(article: Article, bare: list[Amount], amounts: list[Amount]) -> list[Amount]:
    """The bare numbers (``bare``, in order) that take a currency from their context, as amounts
    (``amounts``: those found so far)."""
    if article.rules.words.trigger_re is None or not bare:
        return []
    known = KnownAmounts(article.text, amounts, bare)
    out: list[Amount] = []
    last: Amount | None = None
    for i, it in enumerate(bare):
        scaled = scaled_number(it)
        if scaled is None:
            continue
        value, end, scale = scaled
        if known.overlaps(it.start, end):
            continue
        head = range_head(article.text, bare, i)
        iso = part_of_amount(article, known, head, end)
        if iso is None:
            if counts_something(article, end, lenient=True) and not asset_after(article, end):
                continue
            iso = currency_of_context(article, known, head, it.start, end, last)
        if iso is None and sentence_fallback(article, it, end):
            # fallback: nothing specific matched, but an amount of its sentence has a
            # currency and the number counts nothing: it is money in that currency
            iso = known.nearest_in_sentence(article, it.start, end)
        if iso is None:
            continue
        amt = Amount(it.start, end, value, iso, scale=scale, raw=it.raw, found_by="context")
        amt.has_scale = True
        amt.qualifier = "approx" if it.approx else None
        out.extend(with_bare_partner(article, bare, i, amt))
        last = amt
    return out


def sentence_fallback(article: Article, it: Amount, end: int) -> bool:
    """Whether the last-resort rule may give the number ``it`` (ending at ``end``) the currency
    of an amount of its sentence: it is no subject of a verb of its own (``3 millions sont
    attendus``), no asset (``30 millions d'actifs``: money only when a money word governs it)
    and no count by its parse (``Le pays compte 48 millions``)."""
    return not (
        subject_of_own_verb(article, end)
        or asset_after(article, end)
        or counted_by_governor(article, it.start, end)
    )


def part_of_amount(article: Article, known: KnownAmounts, head: int, end: int) -> str | None:
    """The currency of the amount just before ``dont`` when the number starting at ``head`` is
    a part of it (``11 milliards d'euros, dont 10 milliards de la part des institutionnels``);
    ``None`` otherwise, or when the number is a rate (``dont 20 %``)."""
    text = article.text
    if (
        not _PART_BEFORE.search(text[max(0, head - 40) : head])
        or NOT_MONEY_AFTER_RE.match(text, end)
        or part_counts_something(article, end)
    ):
        return None
    k = known.blocks_before(head)
    if k == 0:
        return None
    block = known.blocking[k - 1]
    if head - block[1] > PART_REACH:
        return None
    return known.currency_starting_at(block[0])


#: after "de", a determiner says whose part it is ("dont 10 milliards de la part des…")
_WHOSE = frozenset({"la", "le", "les", "l"})


def part_counts_something(article: Article, end: int) -> bool:
    """A ``dont`` part that counts something: a noun after it (``dont 150 millions
    d'habitants``), not a determiner (``de la part des institutionnels``) nor a participle
    (``issus de la vente``)."""
    dm = DE_WORD_RE.match(article.text, end)
    if dm is not None:
        words = article.rules.words
        w = dm.group("w")
        money = words.money_re is not None and words.money_re.match(article.text, dm.start("w"))
        return w.lower() not in _WHOSE and not money
    tok = article.word_after(end)
    return tok is not None and tok.pos_ in ("NOUN", "PROPN", "NUM")


def scaled_number(it: Amount) -> tuple[float, int, float] | None:
    """Value, end and scale of a bare number of a million or more (``1,04 milliard``; ``1,04
    Md``: the abbreviation counts here), else ``None``."""
    if it.value is None or it.vague:
        return None
    value, end, scale = it.value, it.end, it.scale
    if not it.has_scale:
        if it.abbr is None:
            return None
        scale, end = it.abbr
        value = dmul(value, scale)
    if scale < CONTEXT_MIN_SCALE:
        return None
    return value, end, scale


def currency_of_context(
    article: Article, known: KnownAmounts, head: int, start: int, end: int, last: Amount | None
) -> str | None:
    """The currency the context gives the number ``start``–``end`` (its phrase starts at
    ``head``), by the first of the three rules that applies; ``last``: the previous number this
    pass made an amount."""
    k = known.blocks_before(head)
    prev_end = known.block_max_end[k - 1] if k > 0 else 0
    if governed_by_money(article, head, end, prev_end):
        # 1. "un chiffre d'affaires de 1,04 milliard": the nearest amount's currency, else the
        #    article's one currency
        iso = known.nearest_currency(article, start)
        if iso is None and len(known.isos) == 1:
            iso = next(iter(known.isos))
        if iso is None:
            # several currencies in the article, none in the paragraph: the one last seen
            iso = known.previous_paragraph_currency(article, start)
        return iso
    if (
        last is not None
        and prev_end <= last.end <= head
        and _CONTEXT_COMPARISON_RE.match(article.text[last.end : head])
    ):
        # 2. "un chiffre d'affaires de 1,04 milliard, contre 980 millions": compared with the
        #    context amount just before it
        return last.currency
    if k > 0 and _RESTATED_BEFORE.search(article.text[max(0, head - 40) : head]):
        # 3. "un plan de 6 milliards d'euros (...) soit environ 1,2 milliard par an": a
        #    restatement of the scaled quantity just before it, when that one is money
        block = known.blocking[k - 1]
        if head - block[1] > RESTATED_REACH:
            return None
        if last is not None and last.start == block[0]:
            return last.currency  # "la dette a grimpé à 2,9 milliards, soit 200 millions de plus"
        return known.currency_starting_at(block[0])
    if k > 0:
        # 4. "Beta écope de 28,6 millions, et Gamma de 12,6 millions": the next member of a
        #    series whose verb and currency are not repeated
        if subject_of_own_verb(article, end):
            return None  # "…, et 1,5 million seront accueillis": a clause of its own
        return gapped_series_currency(article, known, head, last)
    return None


def gapped_series_currency(
    article: Article, known: KnownAmounts, head: int, last: Amount | None
) -> str | None:
    """The currency of the money quantity just before the number starting at ``head`` when a
    gap opened by a comma or ``et`` links them in one sentence as members of a series: short
    and without a verb of its own (``Beta écope de 28,6 millions d'euros, Gamma de 12,6
    millions et Delta de 3 millions``), or ending with the elided verb's preposition after an
    incise (``…, et la société Y, qui a dénoncé l'entente en 2022, de 12,6 millions``);
    ``None`` otherwise."""
    k = known.blocks_before(head)
    block = known.blocking[k - 1]
    gap = article.text[block[1] : head].lstrip()
    opener = _GAPPED_OPEN_RE.match(gap)
    if opener is None or not (short_member(gap, opener.end()) or member_after_incise(gap)):
        return None
    if last is not None and last.start == block[0]:
        return last.currency
    return known.currency_starting_at(block[0])


def short_member(gap: str, start: int) -> bool:
    """A short gap without a figure, sentence end or verb of its own: ``, Gamma de ``."""
    if len(gap) > GAPPED_REACH or _GAPPED_STOP_RE.search(gap, start):
        return False
    words = _ELIDED_WORDS.findall(gap)
    return len(words) <= GAPPED_WORDS and not any(w.lower() in _NOT_GAPPED for w in words)


def member_after_incise(gap: str) -> bool:
    """A gap ending with an incise and the elided verb's preposition, in one sentence: ``, et
    la société Y, qui a dénoncé l'entente en 2022, de ``."""
    return (
        len(gap) <= INCISE_REACH
        and _INCISE_END_RE.search(gap) is not None
        and _INCISE_STOP_RE.search(gap) is None
    )


def governed_by_money(article: Article, start: int, end: int, prev_end: int) -> bool:
    """A money word a few words before the number in its sentence, with no other quantity in
    between (none ending after ``prev_end``), or right after it (``300 millions de
    bénéfice``)."""
    text, words = article.text, article.rules.words
    assert words.trigger_re is not None
    dm = DE_WORD_RE.match(text, end)
    if dm is not None and words.trigger_re.match(text, dm.start("w")):
        return True
    if money_verb_after(article, end):
        return True
    before = article.sentence_before(start, limit=120)
    last = last_money_word(article, before)
    if last is None or start - len(before) + last.start() < prev_end:
        return False
    gap = before[last.end() :]
    if article.rules.quantities.scaled_before_re.search(gap):
        return False
    return within_reach(article, _ELIDED_WORDS.findall(gap))


#: "… seront investis", "… ont été levés", "… vont être consacrés": the auxiliaries between a
#: subject number and the money verb of its clause (closed word class)
_AUXILIARIES_AFTER_RE = re.compile(
    rf"{HS}+(?:(?i:seront|sont|ont|avaient|auront|seraient|vont|doivent|devraient|pourraient"
    rf"|viennent|été|être|déjà|ainsi|d['’]être){HS}+){{1,3}}"
)


#: "… pour racheter", "… afin de financer": a purpose clause right after the number
_PURPOSE_AFTER_RE = re.compile(rf"{HS}+(?i:pour|afin{HS}+d(?:e{HS}+|['’]))(?:{HS}*)")


def money_verb_after(article: Article, end: int) -> bool:
    """A number subject of a money verb in the passive voice (``Quarante millions seront
    investis``, ``200 millions ont déjà été levés``), or followed by a purpose clause of one
    (``en allongeant 1,3 milliard pour acheter le laitier``, ``500 millions afin de financer``)."""
    words = article.rules.words
    assert words.trigger_re is not None
    for after in (_AUXILIARIES_AFTER_RE, _PURPOSE_AFTER_RE):
        am = after.match(article.text, end)
        if am is not None and words.trigger_re.match(article.text, am.end()) is not None:
            return True
    return False


def subject_of_own_verb(article: Article, end: int) -> bool:
    """A number followed by a verb of its own (``…; 3 millions sont attendus``): the subject of
    a new clause, no member of a series whose verb is elided."""
    return _AUXILIARIES_AFTER_RE.match(article.text, end) is not None


def last_money_word(article: Article, before: str) -> re.Match[str] | None:
    """The last money word of ``before`` that is not part of a stop phrase (``prix Nobel``)."""
    words = article.rules.words
    assert words.trigger_re is not None
    stops = (
        [(m.start(), m.end()) for m in words.trigger_stop_re.finditer(before)]
        if words.trigger_stop_re is not None
        else []
    )
    last = None
    for m in words.trigger_re.finditer(before):
        if not any(s <= m.start() < e for s, e in stops):
            last = m
    return last


def within_reach(article: Article, gap_words: list[str]) -> bool:
    """A money word reaches a number a few words after it, or a few more when a verb of reach or
    change links them (``le chiffre d'affaires du pôle … atteint 1,04 milliard``)."""
    if len(gap_words) <= TRIGGER_WINDOW_WORDS:
        return True
    if len(gap_words) > TRIGGER_LONG_WINDOW_WORDS:
        return False
    stems = article.rules.words.reach_stems
    flat = " ".join(lower_straight(w) for w in gap_words)
    return any(w.startswith(stems) for w in flat.split()) or any(
        " " in stem and stem in flat for stem in stems
    )


def range_head(text: str, bare: list[Amount], i: int) -> int:
    """Where the phrase of ``bare[i]`` starts: at the bare number before it in ``entre 16 et
    18 milliards``, ``de 10 à 12 millions``, ``1,2 - 1,5 million``; else at ``bare[i]``."""
    it = bare[i]
    if i <= 0 or bare[i - 1].value is None:
        return it.start
    prev = bare[i - 1]
    between = text[prev.end : it.start]
    if len(between) > PAIR_GAP or CONNECTOR_RE.match(between) is None:
        return it.start
    return prev.start


def with_bare_partner(article: Article, bare: list[Amount], i: int, amt: Amount) -> list[Amount]:
    """``entre 16 et 18 milliards``, ``passé de 10 à 12 millions``: the bare number just
    before a context amount shares its scale and currency (a range, or two amounts)."""
    if i <= 0:
        return [amt]
    prev = bare[i - 1]
    if prev.value is None or prev.vague or prev.end > bare[i].start:
        return [amt]
    partner = Amount(prev.start, prev.end, prev.value, None, scale=prev.scale, raw=prev.raw)
    partner.has_scale = prev.has_scale
    partner.bare = True
    merged = pair(article, partner, amt)
    return merged if merged is not None else [amt]
