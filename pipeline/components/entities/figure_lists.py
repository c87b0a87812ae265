"""Names listed with a figure in brackets: ``Nuvolia (140 millions $), Kinetra Santé (85
millions $) et Boréal Robotique (47,5 M$)`` (funding rounds), ``Ardagh (7,8 fois), Vetropack
(6 fois) et Owens-Illinois (5,9 fois)`` (valuation multiples), ``Airbus (+1,2 %), Safran (-0,4
%)`` (share moves).

Two names or more in a row, each followed by an amount, a multiple or a percentage in brackets,
are companies: the model often leaves such young or foreign names untagged.
"""

from __future__ import annotations

import re

from pipeline.components.entities.view import ArticleView

_UP = "A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ"
#: a name of one to four capitalised words (of at most 40 characters each, so that a search
#: stays linear on a long run of letters), then its figure in brackets
_ITEM = re.compile(
    rf"(?P<name>[{_UP}][\w'’&.-]{{0,40}}(?:[ \t]+[{_UP}][\w'’&.-]{{0,40}}){{0,3}})[ \t]*"
    r"\((?P<figure>[^()\n]{1,30})\)"
)
#: what the figure must hold: a digit and a unit of money, a multiple or a percentage (within
#: the 30 characters a figure has)
_FIGURE = re.compile(
    r"\d.{0,30}(?:millions?|milliards?|M\$|M€|Md|G\$|€|\$|fois|%|francs|dollars|euros)",
    re.IGNORECASE,
)
#: between two items of the list (white space runs bounded: linear even when searched)
_SEPARATOR = re.compile(r"[ \t]{0,10}(?:,|et|ou)[ \t]{1,10}")


def figure_list_names(v: ArticleView) -> list[tuple[int, int]]:
    """The names of the lists of ``Name (figure)`` items, as ``(start, end)`` token pairs."""
    text = v.text
    items = [m for m in _ITEM.finditer(text) if _FIGURE.search(m.group("figure"))]
    listed: set[int] = set()
    for k in range(len(items) - 1):
        gap = text[items[k].end() : items[k + 1].start()]
        if _SEPARATOR.fullmatch(gap):
            listed.update((k, k + 1))
    out = []
    for k in sorted(listed):
        span = v.doc.char_span(
            items[k].start("name"), items[k].end("name"), alignment_mode="contract"
        )
        if span is not None and len(span) > 0:
            out.append((span.start, span.end))
    return out
