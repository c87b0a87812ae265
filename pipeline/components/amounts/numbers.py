"""Numbers as French press writes them: digits, words, and exact decimal arithmetic.

* digits: French decimal comma, thousands grouped by spaces, no-break spaces or dots (``97,4``,
  ``4 300``, ``288.607.076``), Swiss apostrophes (``12'000``), English commas (``1,500,000``):
  :data:`DIGITS` finds them, :func:`parse_digits` reads them;
* words: ``quarante-cinq``, ``deux cents``, ``un`` (:data:`NUMBER_WORDS_RE`, :func:`parse_words`,
  read by text2num);
* :func:`dmul` / :func:`dadd`: products and sums as the decimals written (``16,1 milliards`` is
  16100000000.0, not 16100000000.000002).

This grammar is code, not data: the word lists here are the closed set of French number words.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal

from text_to_num import text2num

from pipeline.components.amounts.lexicon import HS
from pipeline.regex_build import literal_trie

WORD_NUMBERS = (
    *("zéro", "un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"),
    *("dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "vingts"),
    *("trente", "quarante", "cinquante", "soixante", "septante", "huitante", "octante"),
    *("nonante", "cent", "cents", "mille"),
)

#: "quelques centaines de millions", "des milliards": quantities without a value.
VAGUE_WORDS = ("quelques", "plusieurs", "des")

SUBUNIT_WORDS = ("cent", "cents", "centime", "centimes")
#: "deux cents" … "neuf cents" are hundreds (200 … 900), not cents.
HUNDRED_MULTIPLIERS = ("deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf")

#: A written-out number: number words joined by spaces or hyphens, "et" between
#: (``vingt et un``, ``quatre-vingt-dix``, ``deux cents``).
_NUM_WORDS = literal_trie(sorted(WORD_NUMBERS, key=len, reverse=True), ignorecase=True)
NUMBER_WORDS_RE = (
    rf"(?<![\w-])(?:{_NUM_WORDS})(?:(?:{HS}+|-|{HS}*-{HS}*)(?:et(?:{HS}+|-))?"
    rf"(?:{_NUM_WORDS}))*(?![\w-])"
)

#: A number in digits, with its sign.
DIGITS = (
    r"(?<![\d.,_])(?<!\d['’])(?:[-−](?=\d))?"
    # a space typed after the decimal comma before a scale word (African budget news):
    # 312, 45 milliards; 13 720, 7 milliards
    r"(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})*,[ \u00a0]\d{1,3}(?=[ \u00a0]+(?i:milli(?:ard|on)s?)\b)"
    r"|\d{1,3}(?:['’]\d{3})+(?![\d'’])(?:[.,]\d+)?"  # Swiss thousands: 12'000, 1’250.50
    r"|\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?(?![\d,])|\d{1,3},\d{3}\.\d+(?![\d,])"  # 1,500,000
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])(?:,\d+)?"
    r"|\d{1,3}(?:\.\d{3})+(?![\d])(?:,\d+)?"
    r"|\d+(?:[,.]\d+)?)(?![\d])"
)

#: "$1,500", "€1,000": English thousands when the currency sign comes first ("$0,275" is a
#: decimal: a group of thousands never opens with 0).
ENGLISH_THOUSANDS = re.compile(r"[1-9]\d{0,2},\d{3}")

_DIGIT_SPACES = re.compile(r"[\s\u00a0\u202f]")
_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_SPACES = re.compile(r"\s+")
_SUBUNIT_SPLIT = re.compile(r"(\s+|-)")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def parse_digits(raw: str) -> float | None:
    """French digits → float: ``97,4`` 97.4, ``4 300`` 4300, ``288.607.076``, ``-3,2``, ``1.5``."""
    s = raw.strip().replace("−", "-")
    neg = s.startswith("-")
    s = s.lstrip("-")
    s = _DIGIT_SPACES.sub("", s)
    swiss = "'" in s or "’" in s
    s = s.replace("'", "").replace("’", "")
    try:
        if swiss:
            val = float(s.replace(",", "."))
        elif s.count(",") > 1 or ("," in s and "." in s and s.index(",") < s.index(".")):
            val = float(s.replace(",", ""))  # English thousands: "1,500,000", "1,500.50"
        elif "," in s:
            int_part, dec = s.split(",", 1)
            val = float(int_part.replace(".", "") + "." + dec)
        elif "." in s:
            thousands = _DOT_THOUSANDS.fullmatch(s)
            val = float(s.replace(".", "")) if thousands else float(s)
        else:
            val = float(s)
    except ValueError:
        return None
    if not math.isfinite(val):
        return None
    return -val if neg else val


def parse_words(raw: str) -> float | None:
    """Written-out French number → float (``quarante-cinq`` 45, ``deux cents`` 200)."""
    s = _SPACES.sub(" ", raw.strip().lower())
    if s in ("un", "une"):
        return 1.0
    try:
        return float(text2num(s.replace("une", "un"), "fr"))
    except (ValueError, TypeError, IndexError):
        return None


def drop_subunit_word(raw: str) -> tuple[str, float] | None:
    """``quarante-cinq cents`` → (``quarante-cinq``, 45.0): the last word was the currency."""
    words = _SUBUNIT_SPLIT.split(raw)
    if not words or words[-1].lower() not in SUBUNIT_WORDS:
        return None
    words.pop()
    while words and (not words[-1].strip() or words[-1] == "-"):
        words.pop()
    shorter = "".join(words)
    value = parse_words(shorter) if shorter else None
    return None if value is None else (shorter, value)


def _dec(x: float) -> Decimal:
    return Decimal(repr(x)) if math.isfinite(x) else Decimal(0)


def dmul(a: float, b: float) -> float:
    """``a * b`` as the decimals written: ``16,1 milliards`` gives 16100000000.0, not
    16100000000.000002 (the shortest repr of a float is the number the text wrote)."""
    try:
        return float(_dec(a) * _dec(b))
    except (ArithmeticError, ValueError):
        return a * b


def dadd(a: float, b: float) -> float:
    """``a + b`` as the decimals written (``1,12`` + cents, ``1 million 500 000``)."""
    try:
        return float(_dec(a) + _dec(b))
    except (ArithmeticError, ValueError):
        return a + b


def is_year_like(raw: str) -> bool:
    """``2015``, ``1990``: a number that reads as a year."""
    return bool(_YEAR.fullmatch(raw.strip()))
