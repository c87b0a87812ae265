"""Sales: the buyer and the seller a word of selling names around a price.

``Vendôme cède sa division diagnostic à Harlow Partners pour 1,35 milliard d'euros``, ``a
annoncé la cession de sa division au fonds Harlow Partners pour…``: the price is the buyer's
(FACTS.md), the buyer the party named after ``à`` / ``au`` / ``aux`` / ``au profit de``
(``buyer_preps`` of ``models/facts/words.json``) after the word of selling (``disposals``),
whatever the parser hung that complement on. The counterpart is the company sold when it is
named after the word of selling (``cède Kerival à…``, ``la cession de Kerival à…``), else the
seller, the owner of what is sold: the subject of the verb of selling, or the organisation
named before the word in its clause (``Le groupe Vendôme a annoncé la cession…``).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from pipeline.components.facts.deals import named_after, org_before
from pipeline.components.facts.document import FactDoc, Party


@dataclass
class Sale:
    """A word of selling near a price and the parties it names."""

    at: int
    buyer: Party | None = None
    #: the company sold, named after the word of selling
    sold: Party | None = None


def sale_word(fd: FactDoc, amount: Span) -> int | None:
    """The nearest word of selling in the amount's clause (before it, else after it)."""
    window = [*fd.left(amount.start), *fd.right(amount.end)]
    return next((i for i in window if fd.lex.has("disposals", fd.lemma[i])), None)


def sale_near(fd: FactDoc, amount: Span) -> Sale | None:
    """The :class:`Sale` told in the amount's clause, or None when it has no word of
    selling."""
    at = sale_word(fd, amount)
    if at is None:
        return None
    sale = Sale(at)
    preps = tuple(fd.lex.words.get("buyer_preps", ()))
    end = max(at, amount.end)
    last = fd.right(end)
    for j in range(at + 1, last.stop if last else end):
        if j in fd.amount_at:
            continue
        token = named_after(fd, j, preps)
        if token is not None:
            sale.buyer = fd.party_at[token.i]
            break
    stop = sale.buyer.start if sale.buyer is not None else amount.start
    sale.sold = next(
        (fd.party_at[i] for i in range(at + 1, max(stop, at + 1)) if i in fd.party_at), None
    )
    return sale


def owner(fd: FactDoc, sale: Sale, subject_name: str | None) -> str | None:
    """The counterpart of a sale: the company sold when named, else the seller, the subject of
    the verb of selling (``subject_name``, read by the caller from the parse), else the
    organisation named before the word of selling in its clause."""
    if sale.sold is not None:
        return sale.sold.name
    return subject_name or org_before(fd, sale.at)
