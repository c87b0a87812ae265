"""Pass 8 — a bare number followed by a per-unit phrase is a price: ``acheter le cacao à 1 400
le kilogramme``, ``le baril à 82,50 le baril``, ``12,40 l'action``.

Per-unit prices count as amounts; a newsroom that has named the currency once often leaves it
out of the next price (``le kilogramme de fèves se négocie à 1 100 francs CFA ; les planteurs
espéraient 1 400 le kilogramme``). The number, not a year and counting nothing before the
phrase, takes the currency of the nearest amount of its paragraph, else the article's one
currency, else the currency the reader last saw
(:meth:`~.context.KnownAmounts.previous_paragraph_currency`).
The phrases are ``unit_prices.txt``.
"""

from __future__ import annotations

import re

from pipeline.components.amounts.context import KnownAmounts
from pipeline.components.amounts.document import Article
from pipeline.components.amounts.lexicon import HS
from pipeline.components.amounts.numbers import is_year_like
from pipeline.components.amounts.values import Amount

_HS_RUN = re.compile(rf"{HS}*")


def per_unit_prices(article: Article, bare: list[Amount], amounts: list[Amount]) -> list[Amount]:
    """The bare numbers (``bare``) right before a per-unit phrase, as amounts in the currency
    of their context (``amounts``: those found so far)."""
    unit_re = article.rules.words.unit_price_re
    if unit_re is None or not bare or not any(a.currency for a in amounts):
        return []
    known = KnownAmounts(article.text, amounts, bare)
    out = []
    for it in bare:
        if it.value is None or it.vague or known.overlaps(it.start, it.end):
            continue
        if not it.has_scale and is_year_like(it.raw):
            continue  # "2025 la tonne" is no price
        gap = _HS_RUN.match(article.text, it.end)
        if gap is None or not unit_re.match(article.text, gap.end()):
            continue
        iso = context_iso(article, known, it.start)
        if iso is None:
            continue
        amt = Amount(it.start, it.end, it.value, iso, scale=it.scale, raw=it.raw)
        amt.has_scale, amt.found_by = it.has_scale, "unit price"
        out.append(amt)
    return out


def context_iso(article: Article, known: KnownAmounts, pos: int) -> str | None:
    """The currency of the nearest amount of the paragraph of ``pos``, else the article's one
    currency, else the one of the last paragraph with amounts."""
    iso = known.nearest_currency(article, pos)
    if iso is None and len(known.isos) == 1:
        iso = next(iter(known.isos))
    return iso if iso is not None else known.previous_paragraph_currency(article, pos)
