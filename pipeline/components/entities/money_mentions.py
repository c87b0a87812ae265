"""Mentions that are amounts, not names: ``1.456,2 MD`` (millions of Tunisian dinars), ``874
ME``, ``12 mio CHF``, or a currency sign alone (``MD``, ``MDT``, ``CHF``).

The model tags such wire abbreviations as organisations. The signs are those of the amounts
component (``models/amounts/currencies.tsv``: symbols and codes; ``scales.tsv``: scale
abbreviations), read by the lexicon (``money_signs``) rather than listed twice. A mention
made only of numbers and signs, with at least one sign, is dropped before the labels are
weighed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.components.entities.view import ArticleView

#: a number as written in the press: "1.456,2", "12'500", "3,1"
_NUMBER = re.compile(r"[\d][\d.,'’\u00a0\u202f]{0,30}")


def _is_sign(text: str, signs: set[str], glued: set[str]) -> bool:
    """A currency sign, or a scale abbreviation glued to one ("M€", "Md$": ``glued``, every
    such pair made once by the lexicon)."""
    return text in signs or text in glued


def is_money_mention(v: ArticleView, start: int, end: int) -> bool:
    """Whether tokens ``start:end`` are an amount or a bare currency sign: numbers, scale
    abbreviations and currency signs only, with at least one currency sign or one number
    followed by a scale."""
    signs, abbrs = v.lex.money_signs, v.lex.scale_abbrs
    has_sign = has_number = has_scale = False
    for i in range(start, end):
        text = v.texts[i]
        if _is_sign(text, signs, v.lex.glued_signs):
            has_sign = True
        elif _NUMBER.fullmatch(text):
            has_number = True
        elif text in abbrs:
            has_scale = True
        else:
            return False
    return has_sign or (has_number and has_scale)
