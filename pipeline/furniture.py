"""Page furniture: the lines of a web page that are no part of the article.

Text taken from a web page keeps the site's menus, tickers and buttons around the article
(``Accueil > Économie > Entreprises``, ``CAC 40 7 812,45 +0,62 % | Airbus 171,20 € …``, ``Lire
aussi : …``, ``Partager sur Facebook``, ``Vos commentaires``). They must give no mention: the
components skip what starts inside one (:func:`furniture_lines`, :func:`in_furniture`). The
phrases opening such a line are ``models/shared/furniture.txt``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.resources import load_file

FURNITURE = "shared/furniture.txt"
#: a line with this many "|" separators or more is a ticker or a menu
TICKER_BARS = 2
#: a menu or a "Lire aussi" line has at most this many words (a headline after "Lire aussi")
MAX_WORDS = 16
#: a breadcrumb separator between two words ("Accueil > Économie")
_CRUMB = re.compile(r"\S[ \t\u00a0]+[>›][ \t\u00a0]+\S")
_LINE = re.compile(r"[^\n]+")


_LEAD = r"[ \t\u00a0•·>*-]*"


def _alternation(phrases: list[str]) -> str:
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"[ \t\u00a0]+") for p in ordered)


@lru_cache(maxsize=1)
def opener_regex() -> re.Pattern[str]:
    """The phrases of ``furniture.txt`` at the start of a line (after spaces or a bullet), then
    a non-letter; those written ``=phrase`` only as the whole line."""
    phrases = [str(p).strip().lower() for p in load_file(FURNITURE)]
    openers = _alternation([p for p in phrases if p and not p.startswith("=")])
    alone = _alternation([p[1:] for p in phrases if p.startswith("=") and len(p) > 1])
    return re.compile(
        rf"{_LEAD}(?:(?i:{openers})(?![^\W\d_])|(?i:{alone})[^\w\n]*(?:\d+[^\w\n]*)?$)"
    )


def is_furniture(line: str) -> bool:
    """Whether one line of text is page furniture: it opens with a phrase of
    ``furniture.txt`` (``Lire aussi : …``), or it is a ticker (``… | … | …``, short items) or a
    breadcrumb (``Accueil > Économie > Entreprises``)."""
    if line.count("|") >= TICKER_BARS:
        # a ticker or a menu is short items between bars; a long part is article text
        return all(len(part.split()) <= MAX_WORDS for part in line.split("|"))
    # a longer line is article text glued to a button or a menu: it stays
    return len(line.split()) <= MAX_WORDS and (
        len(_CRUMB.findall(line)) >= 2 or opener_regex().match(line) is not None
    )


@lru_cache(maxsize=4)
def furniture_lines(text: str) -> tuple[tuple[int, int], ...]:
    """The ``(start, end)`` character offsets of the furniture lines of ``text``, in order
    (computed once per text: every component asks)."""
    return tuple((m.start(), m.end()) for m in _LINE.finditer(text) if is_furniture(m.group()))


def in_furniture(lines: tuple[tuple[int, int], ...], pos: int) -> bool:
    """Whether the character ``pos`` lies in one of the furniture ``lines`` (a page has few)."""
    return any(start <= pos < end for start, end in lines)
