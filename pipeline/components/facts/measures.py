"""What an amount measures: :data:`MEASURE_RULES`, small named rules tried in order.

Each rule reads the amount's context on the :class:`~.document.FactDoc` and returns a measure
of ``FACTS.md`` (or None to pass). The first answer wins; none gives ``other``. Cue words are
rule data (``models/facts/measure_nouns.tsv``, ``measure_verbs.tsv``); :func:`measure_of`
also turns a negative result into a loss (``-548 millions d'euros`` of a ``résultat``).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from pipeline.components.facts.document import MAX_HEADS, FactDoc, Hit
from pipeline.components.facts.parties import subject_of

MeasureRule = Callable[[FactDoc, Span], "str | None"]

#: the largest value of a per-unit amount (a share price, a price per share)
MAX_UNIT_VALUE = 10_000.0


def _first(hits: list[Hit]) -> str | None:
    """The measure of the first cue that is not a blocker; a blocker first stops the search."""
    for hit in hits:
        return None if hit.blocks else hit.measure
    return None


def own_shares(fd: FactDoc, amount: Span) -> str | None:
    """A buy-back of the company's own shares is a dividend: ``a racheté pour 8 milliards de
    dollars de ses propres actions``, ``prévoit d'en racheter pour 2 milliards de ses propres
    titres``."""
    after = fd.right(amount.end, 5)
    for i in after:
        if fd.lex.has("own_shares", fd.low[i]) and fd.lex.has("per_unit", fd.lower(i + 1)):
            return "dividend"
    return None


def noun_after(fd: FactDoc, amount: Span) -> str | None:
    """The noun right after the amount: ``179 millions d'euros de chiffre d'affaires``,
    ``dont 1 euro en dividende exceptionnel``, ``50 milliards sous forme de dividendes``."""
    i = amount.end
    if fd.words_at(i, ("sous", "forme", "de")):
        i += 2
    if not fd.lex.has("joiners", fd.lower(i)) or i + 1 >= len(fd.doc):
        return None
    found = fd.hit(i + 1)
    return None if found is None or found.kind != "noun" or found.blocks else found.measure


def buying_purpose(fd: FactDoc, amount: Span) -> str | None:
    """``pour`` and a verb or noun of buying after the amount: ``a proposé 14 milliards pour
    racheter ce spécialiste``, ``débourse 15 milliards pour s'offrir l'assureur``."""
    after = fd.right(amount.end, 4)
    if not after or fd.lower(after[0]) != "pour":
        return None
    for i in after[1:]:
        if fd.lex.has("purpose_verbs", fd.forms(i)[1]):
            return "price"
    return None


def per_share(fd: FactDoc, amount: Span) -> str | None:
    """``par action`` / ``par titre`` after the amount: a dividend after ``dividende``
    (``un dividende de 1,20 euro par action``), a price in a bid (``propose 20 euros par
    action``, ``son offre à 25,50 euros par titre``), else a share price."""
    after = fd.right(amount.end, 3)
    if len(after) < 2 or fd.lower(after[0]) != "par":
        return None
    if not any(fd.lex.has("per_unit", fd.lower(i)) for i in after[1:]):
        return None
    before = [hit.measure for hit in fd.hits(fd.left(amount.start)) if not hit.blocks]
    if before and before[0] == "dividend":
        return "dividend"
    start, end = fd.sentence(amount.start)
    if any(fd.lex.has("bid_words", fd.forms(i)[1]) for i in range(start, end)):
        return "price"
    if any(h.measure == "price" for h in fd.hits(range(start, end))):
        return "price"
    return "dividend" if "dividend" in before else "share_price"


def market_quote(fd: FactDoc, amount: Span) -> str | None:
    """A small amount after ``à`` beside a change or a market word: ``BNP Paribas a chuté de
    5,42 % à 21,73 euros``, ``le titre a clôturé à 12,5 euros``."""
    value = (amount._.amount or {}).get("value")
    if value is None or value >= MAX_UNIT_VALUE:
        return None
    before = fd.left(amount.start, 3)
    if not any(fd.lower(i) == "à" for i in before):
        return None
    around = [*fd.left(amount.start, 12), *fd.right(amount.end, 8)]
    if any(fd.lex.has("quote_words", fd.lower(i)) for i in around):
        return "share_price"
    return None


def public_giver(fd: FactDoc, amount: Span) -> str | None:
    """Aid: the amount is the object of a verb of giving (``aid_verbs``) whose subject is a
    public body: ``la Région Bretagne apportera 20 millions``, ``Bpifrance pourrait apporter
    400 000 euros``, ``la Région est prête à avancer 300 000 euros``."""
    verb = amount.root.head
    if verb.pos_ not in ("VERB", "AUX") or not fd.lex.has("aid_verbs", fd.lemma[verb.i]):
        return None
    subject = subject_of(verb)
    party = fd.party_in(subject) if subject is not None else None
    return "aid" if party is not None and fd.is_public(party.name) else None


def governing_cue(fd: FactDoc, amount: Span) -> str | None:
    """The noun or verb governing the amount in the parse: ``une amende de 100 millions``,
    ``X a levé 10 millions``, ``qui lui ont coûté la bagatelle de 2 milliards``; the search
    stops at a verb that is no cue (``a progressé``: the subject is read by the next rule)."""
    token = amount.root
    for _ in range(MAX_HEADS):
        if token.head.i == token.i:
            return None
        token = token.head
        found = fd.hit_covering(token.i)
        if found is not None:
            return None if found.blocks else found.measure
        if token.pos_ in ("VERB", "AUX"):
            return None
    return None


def cue_before(fd: FactDoc, amount: Span) -> str | None:
    """The nearest cue before the amount in its clause: ``le chiffre d'affaires a progressé
    de 6 % à 5,6 milliards``, ``une perte nette de 368 millions``."""
    return _first(fd.hits(fd.left(amount.start)))


def cue_after(fd: FactDoc, amount: Span) -> str | None:
    """The nearest cue after the amount, before any other amount: ``miser 3 milliards sur
    l'acquisition d'un actif``."""
    indices = []
    for i in fd.right(amount.end, 6):
        if i in fd.amount_at:
            break
        indices.append(i)
    if not indices:
        return None
    return _first(fd.hits(range(indices[0], indices[-1] + 1)))


#: the measure rules, in order
MEASURE_RULES: tuple[MeasureRule, ...] = (
    own_shares,
    noun_after,
    buying_purpose,
    per_share,
    market_quote,
    public_giver,
    governing_cue,
    cue_before,
    cue_after,
)


def is_negative(amount: Span) -> bool:
    """Whether the amount is written with a minus sign (``-548 millions d'euros``)."""
    return amount.text[:1] in ("-", "−", "–")


def measure_of(fd: FactDoc, amount: Span) -> str | None:
    """The measure of ``amount``: the first rule's answer, None when none answers; a profit
    written negative is a loss."""
    for rule in MEASURE_RULES:
        found = rule(fd, amount)
        if found:
            return "loss" if found == "profit" and is_negative(amount) else found
    return None
