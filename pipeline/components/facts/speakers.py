"""Holders read from who speaks about the amount: the company behind a first person in a quote
(``« Nous investirons 60 millions »``, a dit son PDG), the listed company of a broker's target
price (``Oddo BHF abaisse son objectif de cours sur X de 24 à 16 euros``: X, never the broker).
Two rules of :data:`~.holders.HOLDER_RULES`."""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.components.facts.deals import named_after
from pipeline.components.facts.document import FactDoc
from pipeline.components.facts.scene import Scene

#: measures a first person in a quote holds through the speaker's company (not pay: ``nous
#: réclamons une prime de 100 euros`` is the employees'; not ``other``: prices of goods)
SPEAKER_MEASURES = frozenset(
    (
        "revenue",
        "profit",
        "loss",
        "investment",
        "funding",
        "cost",
        "price",
        "debt",
        "order",
        "dividend",
        "valuation",
    )
)


def company_of_speaker(scene: Scene) -> str | None:
    """In a quote, ``nous`` / ``notre`` / ``nos`` before the amount in its clause stand for the
    speaker's company: the speaker itself when an organisation, else the organisation of the
    speaker's role (``« Nous allons investir 35 millions », explique la PDG de X``: X)."""
    fd = scene.fd
    if scene.measure not in SPEAKER_MEASURES:
        return None
    if not any(fd.lex.has("first_person", fd.low[i]) for i in fd.left(scene.amount.start)):
        return None
    quote = _quote_around(fd, scene.amount)
    if quote is None or not quote._.quote:
        return None
    speaker = quote._.quote.get("speaker")
    if not speaker:
        return None
    if quote._.quote.get("speaker_type") == "organization":
        return str(speaker)
    for party in fd.parties:
        if party.name == speaker and party.kind == "person":
            return party.role_org if party.role_org in fd.organisations() else None
    return None


def _quote_around(fd: FactDoc, amount: Span) -> Span | None:
    """The quote the amount stands in, if any."""
    for quote in fd.doc.spans.get("quotes", []):
        if quote.start <= amount.start and amount.end <= quote.end:
            return quote
    return None


def company_of_target(scene: Scene) -> str | None:
    """A broker's target for a share (``objectif de cours``, ``cours cible``) is the price of
    the listed company: the company named after ``sur`` in the sentence (``son objectif de
    cours sur Michelin à 50 euros``), else the article's main company unless it is the broker
    (the last party named before the target word); else no holder (``""``)."""
    if scene.measure != "share_price":
        return None
    fd = scene.fd
    before = list(fd.left(scene.amount.start))
    target = next((i for i in before if fd.lex.has("price_targets", fd.low[i])), None)
    if target is None:
        return None
    start, end = fd.sentence(scene.amount.start)
    for i in range(start, end):
        token = named_after(fd, i, ("sur",))
        if token is not None and fd.party_at[token.i].kind == "org":
            return fd.party_at[token.i].name
    broker = next(
        (fd.party_at[i].name for i in range(target, start - 1, -1) if i in fd.party_at), None
    )
    main = fd.main_company()
    return main if main and main != broker else ""
