"""Deals: who buys whom, read from the words around a noun or verb of buying.

A price's buyer and target are often named away from the amount, in the sentence that tells
the deal (``Covéa négocie le rachat du réassureur PartnerRe``; later: ``Montant de la
transaction : 9 milliards d'euros``). :func:`deal_at` reads one cue of buying:

* a noun of a bid (``offre``, ``OPA``: ``bid_nouns`` of ``models/facts/words.json``): ``de X``
  names the bidder, ``sur Y`` the target (``l'OPA de Vivendi sur Lagardère``);
* another noun of buying (``rachat``, ``acquisition``, ``reprise``): ``de Y`` names the target,
  ``par X`` the buyer (``le rachat de Potash par BHP Billiton``);
* a verb of buying (``racheter``, ``acquérir``, ``s'emparer de``): the first name after it is
  the target;
* a buyer not named after the cue is the nearest name before it in its clause (``Veolia
  s'engage à lancer une OPA sur Suez``), unless a possessive says it is the subject's (``son
  offre``) or the verb sells (``Exor serait disposé à céder PartnerRe``: Exor sells).

:func:`deal_in_clause` reads the cues of the amount's clause; :func:`opening_deal` the first
deal the article tells (found once per article, kept on the :class:`~.document.FactDoc`).
"""

from __future__ import annotations

from spacy.symbols import ADJ, DET, NOUN, PROPN
from spacy.tokens import Token

from pipeline.components.facts.document import Deal, FactDoc, Hit

#: words between a preposition and the name it leads to (``de l'assureur suisse X``)
FILLERS = frozenset(("le", "la", "les", "l'", "du", "des", "de", "d'", "son", "sa", "ses"))
#: parts of speech of a description between a preposition and a name (a lower-case word
#: tagged a proper noun is a description too: ``de l'américain Intelsat``)
DESCRIPTION = frozenset((NOUN, ADJ, DET, PROPN))
#: tokens read after a cue of buying for its names
AFTER_CUE = 10
#: tokens read after a preposition for a name behind a long description (``sur le fabricant
#: français d'éclairage public Lumeris``: eight words before the name)
DESCRIBED_REACH = 10


def named_after(fd: FactDoc, i: int, words: tuple[str, ...], reach: int = 7) -> Token | None:
    """The token of a party named right after one of ``words`` at ``i``: articles and a few
    lower-case words (a description) may stand between (``de l'assureur suisse
    Winterthur``), nothing else."""
    if fd.lower(i) not in words:
        return None
    for j in range(i + 1, min(i + reach, len(fd.doc))):
        if j in fd.party_at:
            return fd.doc[j]
        if fd.lower(j) not in FILLERS and not (fd.is_lower[j] and fd.pos[j] in DESCRIPTION):
            return None
    return None


def investor_after(fd: FactDoc, end: int) -> str | None:
    """The investor (``investor_words``) named by ``de`` right after an amount ending at
    ``end``: ``a obtenu 8 millions d'euros de Serena Capital``."""
    token = named_after(fd, end, ("de", "d'"), 2)
    if token is None:
        return None
    name = fd.party_at[token.i].name
    return name if fd.is_investor(name) else None


def _name(fd: FactDoc, token: Token | None) -> str | None:
    return fd.party_at[token.i].name if token is not None else None


def org_before(fd: FactDoc, start: int) -> str | None:
    """The nearest organisation named before token ``start`` in its clause."""
    for i in fd.left(start, 12):
        party = fd.party_at.get(i)
        if party is not None and party.kind == "org":
            return party.name
    return None


def _names_after_noun(fd: FactDoc, hit: Hit) -> tuple[str | None, str | None]:
    """``(buyer, target)`` named after a noun of buying."""
    bid = any(fd.words_at(hit.start, tuple(w.split())) for w in fd.lex.words.get("bid_nouns", ()))
    buyer = target = None
    for j in fd.right(hit.end, AFTER_CUE):
        if j in fd.amount_at:
            continue
        if j <= hit.end + 1 and (found := named_after(fd, j, ("de", "du", "d'", "des"))):
            if bid:
                buyer = buyer or _name(fd, found)
            else:
                target = target or _name(fd, found)
        elif found := named_after(fd, j, ("sur",), DESCRIBED_REACH):
            target = target or _name(fd, found)
        elif found := named_after(fd, j, ("par",)):
            buyer = buyer or _name(fd, found)
    return buyer, target


def deal_at(fd: FactDoc, hit: Hit) -> Deal | None:
    """The deal a cue of buying tells (see the module's docstring), or None when it names
    neither party."""
    if hit.measure != "price" or hit.blocks:
        return None
    if hit.kind == "noun":
        buyer, target = _names_after_noun(fd, hit)
    else:
        buyer = None
        target = next((fd.party_at[j].name for j in fd.right(hit.end, 6) if j in fd.party_at), None)
    if hit.kind == "verb" and hit.cue.roles == "seller":
        buyer = None  # the name before a verb of selling is the seller
    elif not buyer and not fd.lex.has("possessives", fd.lower(hit.start - 1)):
        buyer = org_before(fd, hit.start)  # "son offre": the bidder is the subject's
    if buyer == target:
        target = None
    return Deal(buyer, target) if buyer or target else None


def deal_in_clause(fd: FactDoc, start: int, end: int) -> Deal | None:
    """The deal told by the nearest cue of buying before token ``start`` (the amount), or
    else right after ``end``."""
    for hit in [*fd.hits(fd.left(start)), *fd.hits(fd.right(end, 6))]:
        deal = deal_at(fd, hit)
        if deal is not None:
            return deal
    return None


def opening_deal(fd: FactDoc) -> Deal:
    """The first deal the article tells with both parties (else the first with one), found
    once per article: ``Covéa négocie le rachat du réassureur PartnerRe``."""
    if fd.opening is None:
        first: Deal | None = None
        for hit in fd.hits(range(len(fd.doc))):
            deal = deal_at(fd, hit)
            if deal is not None and deal.holder and deal.counterpart:
                first = deal
                break
            first = first or deal
        fd.opening = first or Deal()
    return fd.opening
