"""A title's amounts: the figure a headline announces is told again in the body, where the
sentence says what it is (``Levées de fonds : 187 millions d'euros pour les start-up`` over
``Au total, les jeunes pousses ont levé 187 millions d'euros cette semaine``). The title's
amount takes the fact of the same amount in the body (``corpus/README.md``, "Facts on
amounts": a title amount gets the measure and parties of the body sentence it announces, its
period only when the title gives one)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from pipeline.components.facts.document import FactDoc

#: the largest relative gap between two values written for the same figure (``1,2 Md€`` and
#: ``1,2 milliard d'euros``; the scorer's tolerance)
SAME_VALUE = 0.005


def title_end(fd: FactDoc) -> int:
    """The character offset where the article's title ends (its first line), or -1 when the
    text is one paragraph or opens on a sentence (no title to tell apart)."""
    end = fd.text.find("\n")
    return -1 if fd.text[:end].rstrip().endswith(".") else end


def _value(amount: Span) -> tuple[float | None, str | None]:
    found = amount._.amount or {}
    return found.get("value"), found.get("currency")


def same_figure(a: Span, b: Span) -> bool:
    """Whether two amounts write the same figure: same currency, values within
    :data:`SAME_VALUE`."""
    (value_a, currency_a), (value_b, currency_b) = _value(a), _value(b)
    if value_a is None or value_b is None or currency_a != currency_b:
        return False
    return abs(value_a - value_b) <= SAME_VALUE * max(abs(value_a), abs(value_b))


def body_fact(fd: FactDoc, amount: Span, end: int) -> dict[str, Any] | None:
    """The fact of the first body amount (after the title's ``end``) that writes the same
    figure as the title's ``amount`` and says what it is (no ``other``), else None."""
    for span, fact in fd.facts:
        if span.start_char > end and same_figure(amount, span) and fact["measure"] != "other":
            return fact
    return None


def announce_titles(fd: FactDoc) -> None:
    """Give each amount of the title the fact of the body amount it announces (:func:`
    _announced`), in ``fd.facts``."""
    end = title_end(fd)
    if end < 0:
        return
    for k, (span, fact) in enumerate(fd.facts):
        if span.start_char >= end:
            break
        found = body_fact(fd, span, end)
        if found is not None and not (_bid_valued(fact, found) and _bid_title(fd, end)):
            fd.facts[k] = (span, _announced(fact, found))


def _bid_valued(title: dict[str, Any], body: dict[str, Any]) -> bool:
    """Whether the title tells a bid the body restates as the value it gives the target
    (``Couche-Tard relève son offre sur Seven & i à 47 milliards`` over ``l'opération
    valoriserait le groupe à 47 milliards``): the title's price stands."""
    return title["measure"] == "price" and body["measure"] == "valuation"


def _bid_title(fd: FactDoc, end: int) -> bool:
    """Whether the title (up to the character ``end``) names a bid by a noun of ``bid_nouns``
    (``relève son offre sur Seven & i``), not a purchase done (``Sorelle s'offre les
    Laboratoires Ondine pour 185 millions``, ``met la main sur Maplecrest``: the body's
    value, debt included, is the title's figure)."""
    for token in fd.doc:
        if token.idx >= end:
            return False
        if fd.lex.has("bid_nouns", fd.low[token.i]) and fd.lower(token.i - 1) not in ("s'", "se"):
            return True
    return False


def _announced(title: dict[str, Any], body: dict[str, Any]) -> dict[str, Any]:
    """The title's fact from the body's: its measure, the parties the title leaves unsaid
    (a party the title names stays), the title's own period."""
    return {
        "measure": body["measure"],
        "holder": title["holder"] or body["holder"],
        "counterpart": title["counterpart"] or body["counterpart"],
        "period": title["period"],
    }
