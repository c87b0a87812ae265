"""Pass 1 — quantities: every number of the text with its scale, before any currency.

One regex (:func:`~pipeline.components.amounts.grammar.quantity_regex`) finds, left to right:

* digits (French decimal comma, thousands grouped by spaces, no-break spaces or dots) and
  written-out numbers (text2num), each with an optional scale: ``97,4 milliards``, ``1,5 Md``,
  ``cent millions``, ``5 M``; a lower place (``1 milliard 200 millions``, ``1 million 500 000``)
  and a half (``deux milliards et demi``) are added;
* ``un demi-milliard`` (0.5 × the scale);
* ``une dizaine de millions`` (an approximate noun: 10 × the scale, approx);
* ``quelques centaines de millions``, ``des milliards`` (vague: no value).
"""

from __future__ import annotations

import re

from pipeline.components.amounts.document import Article
from pipeline.components.amounts.grammar import QuantityGrammar
from pipeline.components.amounts.numbers import (
    dadd,
    dmul,
    drop_subunit_word,
    parse_digits,
    parse_words,
)
from pipeline.components.amounts.values import Quantity


def find_quantities(article: Article) -> list[Quantity]:
    """The quantities of the text, in order."""
    grammar = article.rules.quantities
    out: list[Quantity] = []
    for m in grammar.quantity_re.finditer(article.text):
        q = quantity_of(grammar, m)
        if q is None:
            continue
        if out and joins_lower_place(article.text, out[-1], q):
            merge_lower_place(out[-1], q)  # "48 milliards et 916 millions"
            continue
        out.append(q)
    return out


#: "48 milliards et 916 millions de dirhams": the lower place joined by "et"
_AND_GAP = re.compile(r"[^\S\n]+et[^\S\n]+")


def joins_lower_place(text: str, q: Quantity, nxt: Quantity) -> bool:
    """Whether ``nxt`` is the lower place of ``q`` joined by ``et``: both in digits or words
    with a scale word, the second's scale smaller and its value under the first's scale
    (``48 milliards et 916 millions``; not ``3 milliards et 4 milliards``)."""
    if q.value is None or nxt.value is None or q.vague or nxt.vague or q.approx or nxt.approx:
        return False
    if q.scale_kind != "word" or nxt.scale_kind != "word" or nxt.scale >= q.scale:
        return False
    return nxt.value < q.scale and _AND_GAP.fullmatch(text, q.end, nxt.start) is not None


def merge_lower_place(q: Quantity, nxt: Quantity) -> None:
    """``q`` takes in its lower place ``nxt`` (value added, span extended; ``raw`` stays the
    number as written at its start)."""
    assert q.value is not None and nxt.value is not None
    q.value = dadd(q.value, nxt.value)
    q.end = nxt.end


def quantity_of(grammar: QuantityGrammar, m: re.Match[str]) -> Quantity | None:
    """The quantity of one match of the quantity regex, by the kind its groups say."""
    if m["digits"] is None:
        if m["vague"]:
            return vague_quantity(grammar, m)
        if m["adet"]:
            return approx_noun_quantity(grammar, m)
        if m["hdet"]:
            return half_quantity(grammar, m)
    return plain_quantity(grammar, m)


def vague_quantity(grammar: QuantityGrammar, m: re.Match[str]) -> Quantity:
    """``quelques centaines de millions``, ``des milliards``: no value, approx."""
    scale_txt = m["vscale1"] or m["vscale2"]
    return Quantity(
        m.start(),
        m.end(),
        None,
        m.group(0),
        scale=grammar.scale_value(scale_txt) if scale_txt else 1.0,
        scale_kind="word" if scale_txt else None,
        approx=True,
        vague=True,
    )


def approx_noun_quantity(grammar: QuantityGrammar, m: re.Match[str]) -> Quantity:
    """``une dizaine de millions``: 10 millions, approx."""
    base = grammar.approx_values.get(m["anoun"].lower(), 1.0)
    scale = grammar.scale_value(m["ascale"]) if m["ascale"] else 1.0
    return Quantity(
        m.start(),
        m.end(),
        dmul(base, scale),
        m.group(0),
        scale=scale,
        scale_kind="word" if m["ascale"] else None,
        approx=True,
    )


def half_quantity(grammar: QuantityGrammar, m: re.Match[str]) -> Quantity:
    """``un demi-milliard``: 500 millions."""
    scale = grammar.scale_value(m["hscale"])
    return Quantity(
        m.start(), m.end(), dmul(0.5, scale), m.group(0), scale=scale, scale_kind="word"
    )


def plain_quantity(grammar: QuantityGrammar, m: re.Match[str]) -> Quantity | None:
    """A number in digits or words, with its scale if one follows (``97,4 milliards``)."""
    digits = m.group("digits")
    raw = digits or m.group("words")
    group = "digits" if digits else "words"
    start, end = m.start(group), m.end(group)
    value = parse_digits(raw) if digits else parse_words(raw)
    if value is None and not digits:
        # "quarante-cinq cents": the number is the words before the currency
        shorter = drop_subunit_word(raw)
        if shorter is None:
            return None
        return Quantity(start, start + len(shorter[0]), shorter[1], shorter[0])
    if value is None:
        return None
    q = Quantity(start, end, value, raw)
    scale_group = "scale" if m.group("scale") else "oscale"  # "trois autres millions"
    info = grammar.scale(m.group(scale_group)) if m.group(scale_group) else None
    if info:
        q.scale, q.scale_kind = info
        q.end = m.end(scale_group)
        q.value = dmul(value, q.scale)
        add_lower_places(grammar, q, m)
        if m.group("demi"):  # "deux milliards et demi"
            q.value = dadd(q.value, dmul(0.5, q.scale))
            q.end = m.end("demi")
    return q


def add_lower_places(grammar: QuantityGrammar, q: Quantity, m: re.Match[str]) -> None:
    """``1 milliard 200 millions``, ``1 million 500 000``: the lower places written after the
    scale are added to ``q``."""
    assert q.value is not None
    if m.group("cscale"):
        sub = parse_digits(m.group("cscale_num"))
        sub_scale = grammar.scale_value(m.group("cscale"))
        if sub is not None and sub_scale < q.scale:
            q.value = dadd(q.value, dmul(sub, sub_scale))
            q.end = m.end("cscale")
    elif m.group("cfill") and q.scale_kind == "word":
        # "1 million 500 000 euros": the lower places written out
        fill = parse_digits(m.group("cfill"))
        if fill is not None and fill < q.scale:
            q.value = dadd(q.value, fill)
            q.end = m.end("cfill")


def without_subunit_word(q: Quantity) -> Quantity | None:
    """``quarante-cinq cents`` → the quantity ``quarante-cinq`` (45): the last word was the
    currency, not part of the number."""
    shorter = drop_subunit_word(q.raw)
    if shorter is None:
        return None
    return Quantity(q.start, q.start + len(shorter[0]), shorter[1], shorter[0])
