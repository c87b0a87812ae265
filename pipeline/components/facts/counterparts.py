"""The other party of an amount (the counterpart): small named rules tried in order,
:data:`COUNTERPART_RULES`.

The object of a verb of buying, the subject of a verb of giving, the words of a counterpart
(``auprès de``, ``de la part de``: ``models/facts/words.json``), the deal the clause reads. A
counterpart the sentence leaves unsaid is read from the article: the employer of pay, the
authority of a fine, the seller of a sale with no buyer, the company an investor puts money
in, the lead investor of a round.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.symbols import AUX, VERB
from spacy.tokens import Span

from pipeline.components.facts.damages import is_court, receiver_of_damages, receiver_told_before
from pipeline.components.facts.deals import (
    DESCRIBED_REACH,
    deal_in_clause,
    investor_after,
    named_after,
    opening_deal,
)
from pipeline.components.facts.document import FactDoc
from pipeline.components.facts.sales import owner, sale_near
from pipeline.components.facts.scene import (
    Scene,
    agent_of,
    object_of,
    party_in,
    passive_agent,
    role_company,
    subject_of,
)

#: measures that have a counterpart (FACTS.md)
COUNTERPART_MEASURES = frozenset(
    ("price", "fine", "funding", "investment", "debt", "aid", "order", "pay")
)


def verb_object(scene: Scene) -> str | None:
    """The object of the buying verb (``AXA rachète XL Group pour…``, ``pour racheter
    Pactiv``), the subject of a passive one (``X a été rachetée par Y``), or the subject of a
    verb of giving (``la CNIL inflige…``)."""
    fd = scene.fd
    if scene.roles == "giver" and scene.verb is not None:
        subject = subject_of(scene.verb)
        if subject is None and scene.verb.dep_ == "acl":
            subject = agent_of(scene.verb)  # "une subvention accordée par la Région à X"
        return party_in(fd, subject)
    verb = scene.purpose or (scene.verb if scene.roles == "subject" else None)
    if verb is None or scene.measure not in ("price", "investment"):
        return None
    subject = subject_of(verb)
    if passive_agent(verb, subject) is not None:
        return party_in(fd, subject)  # X a été rachetée par Y pour…: X
    return party_in(fd, object_of(verb), reach=8)


def after_preposition(scene: Scene) -> str | None:
    """A party after the measure's words of a counterpart: ``auprès de Bpifrance``, ``de la
    part de la Commission``, ``le rachat de Potash``, ``l'offre sur Suez``."""
    fd = scene.fd
    words = fd.lex.words.get(f"counterpart_{scene.measure}", frozenset())
    if not words:
        return None
    phrases = [tuple(w.split()) for w in words]
    firsts = {phrase[0] for phrase in phrases}
    around = [*fd.left(scene.amount.start), *fd.right(scene.amount.end, 12)]
    for i in around:
        if fd.low[i] not in firsts:
            continue
        for phrase in phrases:
            if not fd.words_at(i, phrase):
                continue
            if scene.measure == "price" and not _after_price_noun(fd, i):
                continue
            token = named_after(fd, i + len(phrase) - 1, (phrase[-1],), DESCRIBED_REACH)
            if token is not None:
                return fd.party_at[token.i].name
    return None


def _after_price_noun(fd: FactDoc, i: int) -> bool:
    """Whether token ``i`` follows a cue noun of a price (``rachat`` de, ``offre`` sur)."""
    found = fd.hit_covering(i - 1)
    return found is not None and found.kind == "noun" and found.measure == "price"


def client_after_order_noun(scene: Scene) -> str | None:
    """For an order, the party named by ``de`` right after a noun of an order in the amount's
    sentence, or in the one before when it names no party (``order_nouns``): ``Alvéa
    remporte une commande de la SNCF pour 30 rames. Le contrat, d'un montant de 450
    millions…``, ``Commande de la RATP pour Alvéa Rail : 300 millions`` (not an order book:
    ``le carnet de commandes d'Alstom``, ``order_books``)."""
    if scene.measure != "order":
        return None
    fd = scene.fd
    start, end = fd.sentence(scene.amount.start)
    if fd.lower(start - 1) == ":":
        start = fd.sentence(start - 1)[0]  # a title cut at its colon
    elif start > 0 and not any(i in fd.party_at for i in range(start, end)):
        start = fd.sentence(start - 1)[0]  # ``Le contrat, d'un montant de…``: the one before
    for i in range(start, end):
        if not fd.lex.has("order_nouns", fd.low[i]) or fd.lex.has("order_books", fd.lower(i - 1)):
            continue
        token = named_after(fd, i + 1, ("de", "d'", "du", "des"), 5)
        if token is not None and token.i not in fd.amount_at:
            return fd.party_at[token.i].name
    return None


def giver_after_amount(scene: Scene) -> str | None:
    """The party named by ``de`` right after the amount of a loan, a grant or an order (the
    noun before it in ``giver_after_amount``): ``un prêt de 45 millions d'euros de la Banque
    des Territoires``, ``une subvention de 4 millions d'Investissement Québec``, ``une
    commande de 1,1 milliard $ de la STM`` (not ``la dette de 2 milliards du groupe``)."""
    fd = scene.fd
    nouns = {
        entry.split(":", 1)[1]
        for entry in fd.lex.words.get("giver_after_amount", ())
        if entry.startswith(f"{scene.measure}:")
    }
    if not nouns or not any(fd.low[i] in nouns for i in fd.left(scene.amount.start, 6)):
        return None
    token = named_after(fd, scene.amount.end, ("de", "d'", "d’", "du", "des"), 5)
    return fd.party_at[token.i].name if token is not None else None


def investor_after_amount(scene: Scene) -> str | None:
    """The investor named by ``de`` right after the amount of a funding received: ``la
    fintech a obtenu 8 millions d'euros de Serena Capital``."""
    return investor_after(scene.fd, scene.amount.end) if scene.measure == "funding" else None


def public_giver(scene: Scene) -> str | None:
    """For aid, the public body named before the amount in its clause (``la Région Normandie
    apportera une avance remboursable de 250 000 euros``); for a fine, the authority named
    around it (``le PNF a requis 150 000 euros d'amende contre X``)."""
    kind = {"aid": "public_bodies", "fine": "authorities"}.get(scene.measure)
    if kind is None:
        return None
    fd = scene.fd
    subject = party_in(fd, subject_of(scene.verb), reach=6) if scene.verb is not None else None
    if subject and fd.is_public(subject, kind):
        return subject  # le PNF a requis, devant le tribunal correctionnel, une amende…
    around = list(fd.left(scene.amount.start))
    if kind == "authorities":
        around += fd.right(scene.amount.end, 12)
    for i in around:
        party = fd.party_at.get(i)
        if party is not None and fd.is_public(party.name, kind):
            return party.name
    return None


def article_authority(scene: Scene) -> str | None:
    """For a fine whose sentence names no authority, the authority the article names most
    (the first named on a tie): ``L'Autorité de la concurrence a infligé… Le groupe X écope
    de la sanction la plus lourde, avec 164 millions``."""
    if scene.measure != "fine":
        return None
    fd = scene.fd
    counts: dict[str, int] = {}
    for party in fd.parties:
        if fd.is_public(party.name, "authorities"):
            counts[party.name] = counts.get(party.name, 0) + 1
    return max(counts, key=lambda name: counts[name]) if counts else None


def article_giver(scene: Scene) -> str | None:
    """For aid whose sentence names no giver, the public body the article names most before it
    (the first named on a tie), not a court, nor when the State gives (``corpus/README.md``:
    aid from the State has no counterpart): ``La Région Occitanie présente un plan de
    soutien… La conserverie X recevra une subvention de 1,2 million d'euros``."""
    if scene.measure != "aid":
        return None
    fd = scene.fd
    start, end = fd.sentence(scene.amount.start)
    if any(fd.lex.has("state_words", fd.low[i]) for i in range(start, end)):
        return None  # ``une aide d'État de 410 millions``: the State gives
    counts: dict[str, int] = {}
    for party in fd.parties:
        name = party.name
        if party.start >= scene.amount.start:
            break  # a body named later lends or gives something else
        state = fd.lex.has("state_words", _first_word(name))
        if fd.is_public(name) and not is_court(fd, name) and not state:
            counts[name] = counts.get(name, 0) + 1
    return max(counts, key=lambda name: counts[name]) if counts else None


def _first_word(name: str) -> str:
    return name.split(" ", 1)[0].lower()


def owner_of_sale(scene: Scene) -> str | None:
    """The counterpart of a sale (:mod:`.sales`): the company sold when named after the word
    of selling, else the seller: the subject of the verb of selling or the organisation named
    before the word (``Le groupe Vendôme a annoncé la cession de sa division au fonds Harlow
    pour…``: Vendôme). With no buyer named, a plural noun subject is a group (none), and a
    seller the sentence does not name is the entity in focus (``Le groupe prévoit de céder
    pour 500 millions d'actifs``, ``la cession de 400 millions d'euros d'immeubles``)."""
    if scene.measure != "price":
        return None
    fd = scene.fd
    sale = sale_near(fd, scene.amount)
    if sale is None:
        return None
    if fd.lower(scene.amount.end) == "par" and fd.lex.has(
        "per_unit", fd.lower(scene.amount.end + 1)
    ):
        return None  # a price per share in a bid: the target of the bid
    if sale.buyer is not None or sale.sold is not None or scene.seller:
        return owner(fd, sale, scene.seller)
    subject = subject_of(fd.doc[sale.at]) if fd.pos[sale.at] in (VERB, AUX) else None
    if subject is not None and "Plur" in subject.morph.get("Number", []):
        return None  # les porteurs souhaitant céder leurs actions recevront 24 euros par titre
    found = party_in(fd, subject, reach=6)
    if not found:
        party = fd.focus(fd.sentence(scene.amount.start)[0])
        found = party.name if party is not None else fd.main_company()
    return found


def clause_deal_target(scene: Scene) -> str | None:
    """The target the clause's words of buying name: ``la reprise des activités de
    l'assureur suisse Winterthur pour 8,9 milliards``."""
    if scene.measure != "price":
        return None
    deal = deal_in_clause(scene.fd, scene.amount.start, scene.amount.end)
    return deal.counterpart if deal is not None else None


def deal_counterpart(scene: Scene) -> str | None:
    """The target of the article's last deal, else of its first one, for a price the
    sentence does not name."""
    if scene.measure != "price":
        return None
    return scene.fd.deal.counterpart or opening_deal(scene.fd).counterpart


def client_of_order(scene: Scene) -> str | None:
    """For an order, the subject of a verb of ordering or buying earlier in its sentence is
    the client: ``AviLease a commandé 30 avions, un contrat évalué à 3,4 milliards``,
    ``General Motors s'est engagé à acheter la production, un contrat de 2,2 milliards``
    (the supplier, the holder, is then the entity in focus)."""
    if scene.measure != "order":
        return None
    fd = scene.fd
    for hit in fd.hits(fd.left(scene.amount.start)):
        if hit.kind != "verb" or fd.doc[hit.start] == scene.verb:
            continue
        ordering = hit.measure == "order" and hit.cue.roles == "giver"
        if ordering or fd.lex.has("purpose_verbs", fd.lemma[hit.start]):
            return party_in(fd, subject_of(fd.doc[hit.start]), reach=4)
    return None


def client_told_before(scene: Scene) -> str | None:
    """For an order whose sentence names no party, the client of the article's last order
    that had one: ``Arvelis décroche une commande de SNCF Voyageurs… Le contrat comprend une
    tranche optionnelle qui porterait sa valeur à 1,25 milliard``."""
    if scene.measure != "order":
        return None
    start, end = scene.fd.sentence(scene.amount.start)
    if any(i in scene.fd.party_at for i in range(start, end)):
        return None  # Safran indique que CFM International a signé des contrats pour 850 M$
    for _, fact in reversed(scene.fd.facts):
        if fact["measure"] == "order" and fact["counterpart"]:
            return str(fact["counterpart"])
    return None


def employer_of_pay(scene: Scene) -> str | None:
    """For pay, the employer: the organisation of the role of a person named before the
    amount in its sentence (``Odile Fresnay, PDG de Marvelle, a touché 2 millions``), else
    the article's main company (``la CGT réclame une prime de 1 000 euros par salarié``)."""
    if scene.measure != "pay":
        return None
    fd = scene.fd
    for i in range(scene.amount.start - 1, fd.sentence(scene.amount.start)[0] - 1, -1):
        party = fd.party_at.get(i)
        if party is not None and party.kind == "person" and party.role_org in fd.organisations():
            return party.role_org
    return fd.main_company()


def company_invested_in(scene: Scene) -> str | None:
    """For an investment by a named investor that names no company after ``dans``, the
    article's main company: ``Le fonds Siparex a injecté 15 millions d'euros en échange de
    35 % du capital`` (in an article on the company)."""
    if scene.measure != "investment" or scene.verb is None:
        return None
    fd = scene.fd
    investor = party_in(fd, subject_of(scene.verb), reach=6)
    main = fd.main_company()
    party = next((party for party in fd.parties if party.name == investor), None)
    if party is not None and role_company(fd, party) == main:
        return None  # ``Son président, X, s'engage à investir``: the company invests
    return main if investor and main and investor != main else None


def lead_of_the_round(scene: Scene) -> str | None:
    """For funding whose sentence names no investor, the first investor the article names
    after a word of a round (``menée par``, ``auprès de``: ``counterpart_funding``):
    ``Hydrolia lève 45 millions d'euros`` (title), ``Le tour de table est mené par X``."""
    if scene.measure != "funding":
        return None
    fd = scene.fd
    for i, phrase in fd.phrase_starts("counterpart_funding"):
        token = named_after(fd, i + len(phrase) - 1, (phrase[-1],))
        name = fd.party_at[token.i].name if token is not None else None
        if name is None or fd.is_public(name) or fd.is_public(name, "authorities"):
            continue  # a public body or an authority (a filing) leads no round
        if _other_round(fd, i, scene.amount):
            continue  # a round-up: the investor of another round
        return name
    return None


def _value(amount: Span) -> float | None:
    """The value of an amount span (None when unread)."""
    value = (amount._.amount or {}).get("value")
    return float(value) if value is not None else None


def _other_round(fd: FactDoc, i: int, amount: Span) -> bool:
    """Whether the word of a round at ``i`` follows, closely and in its sentence, amounts of
    another value than ``amount`` only: the investor of another round of a round-up
    (``Exotrail a bouclé une série B de 54 millions auprès d'Eurazeo``), not the lead of
    this one (``Le tour de table est mené par X``)."""
    start = fd.sentence(i)[0]
    if start <= amount.start < i:
        return False
    values = {
        _value(span) for span in fd.amounts if span.start >= start and 0 <= i - span.end <= 12
    }
    return bool(values) and _value(amount) not in values


CounterpartRule = Callable[[Scene], "str | None"]


#: the counterpart rules, in order
COUNTERPART_RULES: tuple[CounterpartRule, ...] = (
    receiver_of_damages,
    verb_object,
    owner_of_sale,
    client_of_order,
    giver_after_amount,
    investor_after_amount,
    client_after_order_noun,
    public_giver,
    clause_deal_target,
    after_preposition,
    deal_counterpart,
    client_told_before,
    employer_of_pay,
    article_authority,
    article_giver,
    receiver_told_before,
    company_invested_in,
    lead_of_the_round,
)


def counterpart_of(scene: Scene) -> str | None:
    """The counterpart: the first rule's answer (measures without one: None); a court is
    never the counterpart of a fine (:mod:`.damages`)."""
    if scene.measure not in COUNTERPART_MEASURES:
        return None
    for rule in COUNTERPART_RULES:
        found = rule(scene)
        if found and not (scene.measure == "fine" and is_court(scene.fd, found)):
            return found
    return None
