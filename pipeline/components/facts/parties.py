"""Whose amount it is (the holder) and the other party (the counterpart): small named rules
tried in order, :data:`HOLDER_RULES` and :data:`COUNTERPART_RULES`.

The parties are the organisations and people the entities component found, by canonical name
(:class:`~.document.Party`). The parse says who does what: the subject of ``rachète`` /
``lève`` / ``inflige``, its object, its ``à`` complement; the verb's roles come from
``models/facts/measure_verbs.tsv`` (``subject``, ``giver``, ``seller``). Prepositions name a
counterpart (``auprès de``, ``de la part de``: ``models/facts/words.json``). When the sentence
names no party: the buyer and target of the article's last deal for a price, else the article's
main company. A person holds a company's figure only through the organisation of their role.
A counterpart the sentence leaves unsaid is read from the article: the employer of pay, the
authority of a fine, the seller of a sale with no buyer, the company an investor puts money in,
the lead investor of a round.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from spacy.symbols import ADJ, AUX, NOUN, VERB
from spacy.tokens import Span, Token

from pipeline.components.facts.deals import deal_in_clause, named_after, opening_deal, org_before
from pipeline.components.facts.document import FactDoc, Party
from pipeline.components.facts.lexicon import Cue

#: measures that have a counterpart (FACTS.md)
COUNTERPART_MEASURES = frozenset(
    ("price", "fine", "funding", "investment", "debt", "aid", "order", "pay")
)
SUBJECTS = ("nsubj", "nsubj:pass")
#: endings of a past participle opening an incise (``, détenu à 86 % par…,``)
PARTICIPLE_ENDS = (
    "é",
    "ée",
    "és",
    "ées",
    "u",
    "ue",
    "us",
    "ues",
    "i",
    "ie",
    "is",
    "ies",
    "t",
    "te",
)
OBJECTS = ("obj", "nsubj:pass")
#: words between a preposition and the name it leads to (``de l'américain X``)


@dataclass
class Scene:
    """One amount and what its rules share: the measure, the governing verb and its cue,
    the verb of a ``pour racheter`` after the amount, and the counterpart once found."""

    fd: FactDoc
    amount: Span
    measure: str
    verb: Token | None
    cue: Cue | None
    purpose: Token | None
    counterpart: str | None = None
    #: the seller of ``X cède Y pour…``: never the buyer (a share that ``cède 2 %`` sells
    #: nothing)
    seller: str | None = None

    @property
    def roles(self) -> str:
        return self.cue.roles if self.cue is not None else ""


def make_scene(fd: FactDoc, amount: Span, measure: str) -> Scene:
    """The :class:`Scene` of ``amount``: its governing verb (and that verb's cue if it is
    one of ``measure_verbs.tsv``) and a buying verb after ``pour``."""
    verb = fd.governing_verb(amount.root)
    hit = fd.hit(verb.i) if verb is not None else None
    cue = hit.cue if hit is not None and hit.kind == "verb" else None
    purpose = None
    after = fd.right(amount.end, 4)
    if after and fd.lower(after[0]) == "pour":
        purpose = next(
            (fd.doc[i] for i in after[1:] if fd.lex.has("purpose_verbs", fd.forms(i)[1])), None
        )
    scene = Scene(fd, amount, measure, verb, cue, purpose)
    if verb is not None and scene.roles == "seller" and measure == "price":
        scene.seller = party_in(fd, subject_of(verb)) or org_before(fd, verb.i)
    return scene


# -- reading the parse -------------------------------------------------------------------------
def subject_of(verb: Token) -> Token | None:
    """The subject of ``verb``, or of the verb it depends on (``a annoncé envisager de
    racheter``); the noun a relative clause hangs on (``Exor, qui avait acquis…``)."""
    for _ in range(3):
        for child in verb.children:
            if child.dep_ in SUBJECTS:
                if child.lower_ in ("qui", "qu'") and verb.dep_.startswith("acl"):
                    return verb.head
                return child
        if verb.dep_ in ("xcomp", "ccomp", "conj", "advcl") and verb.head.i != verb.i:
            verb = verb.head
        else:
            return None
    return None


def complement(verb: Token, words: tuple[str, ...]) -> Token | None:
    """The complement of ``verb`` introduced by one of ``words`` (``à Google``)."""
    for child in verb.children:
        if child.dep_ in ("obl", "obl:arg", "iobj", "obl:mod") and any(
            grand.dep_ == "case" and grand.lower_ in words for grand in child.children
        ):
            return child
    return None


def object_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "obj":
            return child
    return None


def accept(scene: Scene, party: Party | None) -> str | None:
    """The name ``party`` gives the holder: a person with a role in an organisation of the
    article stands for it (``Thomas Buberl, patron d'AXA``: AXA), but for pay; a person of no
    role holds only the measures people can hold (a price, a fine, pay…)."""
    if party is None:
        return None
    if party.kind != "person" or scene.measure == "pay":
        return party.name
    if party.role_org and party.role_org in scene.fd.organisations():
        return party.role_org
    return party.name if scene.fd.lex.has("person_measures", scene.measure) else None


def party_of(scene: Scene, token: Token | None) -> str | None:
    return accept(scene, scene.fd.party_in(token)) if token is not None else None


# -- holder rules ------------------------------------------------------------------------------
def person_paid(scene: Scene) -> str | None:
    """The person paid, for pay: the pay of every employee has no holder (``une prime de
    1 000 euros par salarié``, ``à chacun des 310 salariés``, ``le salaire moyen``); else the
    person subject of the verb or named before the amount in its clause (``Michel Brisset
    avait perçu 2,4 millions``), else the person named last in the two sentences before
    (``Véronique Sauzet… Celle-ci a touché 4,8 millions``); never an organisation."""
    if scene.measure != "pay":
        return None
    fd = scene.fd
    around = [*fd.left(scene.amount.start, 4), *fd.right(scene.amount.end, 6)]
    if any(fd.lex.has("group_paid", fd.low[i]) for i in around):
        return ""
    for i in fd.left(scene.amount.start):
        party = fd.party_at.get(i)
        if party is not None and party.kind == "person" and not _a_source(fd, party):
            return party.name
    start = fd.sentence(scene.amount.start)[0]
    earlier = fd.sentence(max(fd.sentence(max(start - 1, 0))[0] - 1, 0))[0]
    for i in range(start - 1, earlier - 1, -1):
        party = fd.party_at.get(i)
        if party is not None and party.kind == "person":
            return party.name
    return ""


def recipient_of_giver(scene: Scene) -> str | None:
    """The ``à`` complement or the object of a verb of giving: ``la CNIL inflige à Google une
    amende de 100 millions``, ``l'État accorde à Air France un prêt``; the buyer of ``X cède Y
    à Z pour…``."""
    if scene.verb is None or scene.roles not in ("giver", "seller"):
        return None
    found = party_of(scene, complement(scene.verb, ("à", "au", "aux")))
    if not found and scene.roles == "giver":
        # ``le tribunal a condamné X à deux ans de prison et à 500 000 euros d'amende``
        objects = (child for child in scene.verb.children if child.dep_ == "obj")
        found = next((name for name in map(partial(party_of, scene), objects) if name), None)
    return found


def bearer_of_cost(scene: Scene) -> str | None:
    """The ``à`` complement of a verb of cost bears it: ``la grève a coûté 45 millions à
    SNCF Voyageurs``; a plural noun there is a group, no holder (``ont coûté 5,8 milliards
    aux assureurs``); a description is read by the later rules (``au groupe``)."""
    verb = scene.verb
    if scene.measure != "cost" or verb is None:
        return None
    if not scene.fd.lex.has("cost_verbs", scene.fd.lemma[verb.i]):
        return None
    found = complement(verb, ("à", "au", "aux"))
    if found is None:
        return None
    name = party_of(scene, found)
    if name:
        return name
    return "" if found.pos_ == "NOUN" and "Plur" in found.morph.get("Number", []) else None


def disposal_without_buyer(scene: Scene) -> str | None:
    """A sale whose buyer is not named has no holder: ``Vallorès prévoit de céder pour 150
    millions d'euros de terrains``, ``GBL a annoncé la cession de 2 % du capital de Pernod
    Ricard, pour 412 millions`` (not ``X cède Y à Z``: the buyer after ``à`` is read by the
    next rule)."""
    if scene.measure != "price":
        return None
    fd = scene.fd
    window = [*fd.left(scene.amount.start), *fd.right(scene.amount.end)]
    if not any(fd.lex.has("disposals", fd.lemma[i]) for i in window):
        return None
    buyer_preps = tuple(fd.lex.words.get("buyer_preps", ()))
    if any(named_after(fd, i, buyer_preps) is not None for i in window):
        return None
    return ""


def payer_of_fine(scene: Scene) -> str | None:
    """The party a fine is sought or imposed against: ``le parquet requiert une amende de 2
    millions d'euros contre Valtéris``, ``une sanction à l'encontre de X``."""
    if scene.measure != "fine":
        return None
    fd = scene.fd
    for i in [*fd.right(scene.amount.end, 12), *fd.left(scene.amount.start)]:
        for words in fd.lex.words.get("payer_preps", ()):
            phrase = tuple(words.split())
            if fd.low[i] == phrase[0] and fd.words_at(i, phrase):
                token = named_after(fd, i + len(phrase) - 1, (phrase[-1],))
                if token is not None:
                    return accept(scene, fd.party_at[token.i])
    return None


def owner_after_cue(scene: Scene) -> str | None:
    """The name after the cue noun: ``le chiffre d'affaires de Renault``, ``la perte
    d'Air France-KLM`` (not for a price: ``le rachat de X`` names the target; nor a cue of a
    price before another measure: ``Le titre, pénalisé par le rachat de Bombardier, gagnait
    5 %, à 23 euros``)."""
    if scene.measure == "price":
        return None
    fd = scene.fd
    for hit in fd.hits(fd.left(scene.amount.start)):
        if hit.kind != "noun" or hit.blocks:
            continue
        if hit.measure == "price":
            return None
        return party_of(scene, named_after(fd, hit.end, ("de", "du", "d'"), 4))
    return None


def named_before_bracket(scene: Scene) -> str | None:
    """The name right before the bracket the amount stands in: ``Technip (-0,79 % à 45,90
    euros)``, ``la société Sell GmbH (179 millions d'euros de chiffre d'affaires)``."""
    fd = scene.fd
    for i in fd.left(scene.amount.start, 8):
        text = fd.low[i]
        if text == ")":
            return None
        if text == "(":
            return accept(scene, fd.party_at.get(i - 1))
    return None


def verb_subject(scene: Scene) -> str | None:
    """The subject of the verb governing the amount: ``AXA rachète XL Group pour…``,
    ``Boostheat a levé 35 millions``, ``Exor, qui avait acquis le réassureur… pour…``. Several
    names joined (``Arcure, Group Tera et Aerkomm ont levé…``): a group, no holder, but the
    first named of a joint bid, investment or sentence (``joint_measures``). A pronoun or a
    description (``Le groupe français a proposé…``): the entity in focus; a plural
    description (``les jeunes pousses``): a group, no holder."""
    if scene.verb is None or scene.roles in ("giver", "seller"):
        return None
    subject = subject_of(scene.verb)
    if subject is None:
        return None
    party = scene.fd.party_in(subject) or _named_in_phrase(scene.fd, subject)
    if party is None:
        return _described(scene, subject)
    if _joined(scene.fd, subject, party) or _listed(scene.fd, party):
        return accept(scene, party) if scene.fd.lex.has("joint_measures", scene.measure) else ""
    name = accept(scene, party)
    return name if name != scene.counterpart else None


def _named_in_phrase(fd: FactDoc, head: Token) -> Party | None:
    """A party ending a description before any comma: ``le fabricant français de chaudières
    Boostheat`` (not ``Le mastodonte des médias, filiale du groupe Bolloré``)."""
    for i in range(head.i + 1, min(head.right_edge.i + 1, head.i + 10)):
        if fd.low[i] in (",", "(", ":") or fd.pos[i] in (VERB, AUX):
            return None
        if i in fd.party_at:
            return fd.party_at[i]
    return None


def _joined(fd: FactDoc, subject: Token, party: Party) -> bool:
    """Whether another party is joined to the subject (``Arcure et Aerkomm ont levé…``): not
    a conjunct inside the subject's own name (``Delorme & Cie``, ``Procter & Gamble``), nor
    names of an apposition after it (``Covéa, maison mère de la MAAF et de la GMF, a vu…``)."""
    for other in subject.conjuncts:
        found = fd.party_in(other)
        if found is not None and found.name != party.name and not _apposed(fd, party, found):
            return True
    return False


def _apposed(fd: FactDoc, party: Party, other: Party) -> bool:
    """Whether ``other`` is named in a description set after ``party`` by a comma (``Covéa,
    maison mère de la MAAF``): a lower-case noun right after the comma."""
    if other.start < party.end or fd.lower(party.end) != ",":
        return False
    return fd.is_lower[party.end + 1] and fd.pos[party.end + 1] in (NOUN, ADJ)


def _listed(fd: FactDoc, party: Party) -> bool:
    """Whether ``party`` is one of a list of names (``Alstom, Thales et Safran``)."""
    before, after = party.start - 1, party.end
    joined_before = fd.lower(before) in (",", "et") and (before - 1) in fd.party_at
    joined_after = fd.lower(after) in (",", "et") and (after + 1) in fd.party_at
    return joined_before or joined_after


def _described(scene: Scene, subject: Token) -> str | None:
    """The entity a pronoun or a description subject stands for (None for a cue noun
    subject, ``le chiffre d'affaires a progressé``, or a measure ``other``)."""
    if scene.measure == "other" or scene.fd.hit_covering(subject.i) is not None:
        return None
    if subject.pos_ not in ("PRON", "NOUN"):
        return None
    if _a_group(scene, subject):
        return ""
    return in_focus(scene)


def _a_group(scene: Scene, subject: Token) -> bool:
    """Whether a plural noun subject of a verb whose subject holds the amount names a group:
    ``les jeunes pousses françaises ont levé 7,8 milliards`` (not ``les actionnaires
    recevront un dividende``, no such verb; not the cause of a cost, ``les grèves ont coûté
    45 millions au groupe``; not the amount itself, ``3 milliards seraient consacrés``)."""
    if subject.pos_ != "NOUN" or "Plur" not in subject.morph.get("Number", []):
        return False
    amount = scene.amount
    inside = amount.start <= subject.i < amount.end
    return scene.roles == "subject" and scene.measure != "cost" and not inside


def in_focus(scene: Scene) -> str | None:
    """The entity in focus: the last organisation subject earlier in the paragraph, the
    buyer of the article's deal for a price, the article's main company."""
    fd = scene.fd
    party = fd.focus(fd.sentence(scene.amount.start)[0])
    if party is not None and party.name != scene.counterpart and may_hold(scene, party.name):
        return party.name
    if scene.measure == "price":
        deal = opening_deal(fd)
        if deal.holder and deal.holder != scene.counterpart:
            return deal.holder
    return fd.main_company()


def nearest_before(scene: Scene) -> str | None:
    """The nearest party named before the amount in its clause: ``BNP Paribas a chuté de
    5 % à 21,73 euros``, ``Société Générale a enregistré une baisse… à 4 913 millions``."""
    if scene.measure == "other":
        return None
    fd = scene.fd
    for i in fd.left(scene.amount.start):
        party = fd.party_at.get(i)
        if party is None or party.name == scene.counterpart or _a_source(fd, party):
            continue
        if _in_incise(fd, party.start, scene.amount.start):
            continue
        name = accept(scene, party)
        if name:
            return name
    return None


def _in_incise(fd: FactDoc, start: int, end: int) -> bool:
    """Whether the name at ``start`` stands in a relative clause or a participle set between
    commas before ``end`` (the amount): ``La jeune pousse, qui avait levé 25 millions auprès
    du fonds Northgate, a réalisé un chiffre d'affaires de…``, ``Le groupe, détenu à 86 %
    par la Fondation X, a réalisé…``: not the holder."""
    if "," not in fd.low[start:end]:
        return False
    for i in range(start - 1, fd.sentence(start)[0] - 1, -1):
        word = fd.low[i]
        if fd.lex.has("relatives", word):
            return True
        if word == ",":
            return fd.pos[i + 1] in (VERB, ADJ) and fd.low[i + 1].endswith(PARTICIPLE_ENDS)
    return False


def _a_source(fd: FactDoc, party: Party) -> bool:
    """Whether the name is that of a source of the figure (:meth:`FactDoc.is_source`)."""
    return fd.is_source(party)


def clause_deal_buyer(scene: Scene) -> str | None:
    """The buyer the clause's words of buying name: ``le rachat de Potash par BHP Billiton
    pour 40 milliards``, ``l'offre de Vivendi sur Lagardère, à 25,50 euros par action``."""
    if scene.measure != "price":
        return None
    deal = deal_in_clause(scene.fd, scene.amount.start, scene.amount.end)
    return accept(scene, _party_named(scene.fd, deal.holder)) if deal is not None else None


def _party_named(fd: FactDoc, name: str | None) -> Party | None:
    return next((party for party in fd.parties if party.name == name), None)


def deal_holder(scene: Scene) -> str | None:
    """The buyer of the article's last deal, else of its first one, for a price the sentence
    does not name: ``Le second propose au premier 20 euros par action``."""
    if scene.measure != "price":
        return None
    return scene.fd.deal.holder or opening_deal(scene.fd).holder


def focus_or_main(scene: Scene) -> str | None:
    """The entity in focus when the sentence names none: ``Le cinquième groupe pétrolier
    mondial a dévoilé un bénéfice net de…`` (not for a measure ``other``)."""
    return None if scene.measure == "other" else in_focus(scene)


HolderRule = Callable[[Scene], "str | None"]
#: the holder rules, in order
HOLDER_RULES: tuple[HolderRule, ...] = (
    person_paid,
    payer_of_fine,
    recipient_of_giver,
    bearer_of_cost,
    disposal_without_buyer,
    named_before_bracket,
    owner_after_cue,
    verb_subject,
    clause_deal_buyer,
    nearest_before,
    deal_holder,
    focus_or_main,
)


# -- counterpart rules -------------------------------------------------------------------------
def verb_object(scene: Scene) -> str | None:
    """The object of the buying verb (``AXA rachète XL Group pour…``, ``pour racheter
    Pactiv``), or the subject of a verb of giving (``la CNIL inflige…``)."""
    fd = scene.fd
    if scene.roles == "giver" and scene.verb is not None:
        return party_in(fd, subject_of(scene.verb))
    verb = scene.purpose or (scene.verb if scene.roles in ("subject", "seller") else None)
    if verb is None or scene.measure not in ("price", "investment"):
        return None
    return party_in(fd, object_of(verb), reach=8)


def party_in(fd: FactDoc, token: Token | None, reach: int = 0) -> str | None:
    """The name of the party ``token`` names (:meth:`FactDoc.party_in`); with ``reach``, the
    first party of its phrase within ``reach`` tokens (``le spécialiste canadien des engrais
    Potash``)."""
    if token is None:
        return None
    party = fd.party_in(token)
    if party is None and reach:
        end = min(token.right_edge.i + 1, token.i + reach)
        party = next((fd.party_at[i] for i in range(token.i, end) if i in fd.party_at), None)
    return party.name if party is not None else None


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
            token = named_after(fd, i + len(phrase) - 1, (phrase[-1],))
            if token is not None:
                return fd.party_at[token.i].name
    return None


def _after_price_noun(fd: FactDoc, i: int) -> bool:
    """Whether token ``i`` follows a cue noun of a price (``rachat`` de, ``offre`` sur)."""
    found = fd.hit_covering(i - 1)
    return found is not None and found.kind == "noun" and found.measure == "price"


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


def seller_of_disposal(scene: Scene) -> str | None:
    """For a sale whose buyer is not named, the company whose shares are sold when named
    after the word of selling, else the seller: the subject of the verb of selling (a plural
    noun subject, a group: none), else the entity in focus (``Le groupe prévoit de céder
    pour 500 millions d'actifs``, ``la cession de 400 millions d'euros d'immeubles``)."""
    if scene.measure != "price":
        return None
    fd = scene.fd
    window = [*fd.left(scene.amount.start), *fd.right(scene.amount.end)]
    sale = next((i for i in window if fd.lex.has("disposals", fd.lemma[i])), None)
    buyer_preps = tuple(fd.lex.words.get("buyer_preps", ()))
    if sale is None or any(named_after(fd, i, buyer_preps) is not None for i in window):
        return None
    if fd.lower(scene.amount.end) == "par" and fd.lex.has(
        "per_unit", fd.lower(scene.amount.end + 1)
    ):
        return None  # a price per share in a bid: the target of the bid
    target = next(
        (fd.party_at[i] for i in range(sale, scene.amount.start) if i in fd.party_at), None
    )
    if target is not None:
        return target.name  # la cession de 2 % du capital de Pernod Ricard, pour…
    if scene.seller:
        return scene.seller
    subject = subject_of(fd.doc[sale]) if fd.pos[sale] in (VERB, AUX) else None
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
    return main if investor and main and investor != main else None


def lead_of_the_round(scene: Scene) -> str | None:
    """For funding whose sentence names no investor, the first investor the article names
    after a word of a round (``menée par``, ``auprès de``: ``counterpart_funding``):
    ``Hydrolia lève 45 millions d'euros`` (title), ``Le tour de table est mené par X``."""
    if scene.measure != "funding":
        return None
    fd = scene.fd
    phrases = [tuple(words.split()) for words in fd.lex.words.get("counterpart_funding", ())]
    for i, word in enumerate(fd.low):
        for phrase in phrases:
            if word == phrase[0] and fd.words_at(i, phrase):
                token = named_after(fd, i + len(phrase) - 1, (phrase[-1],))
                if token is not None and not fd.is_public(fd.party_at[token.i].name):
                    return fd.party_at[token.i].name
    return None


CounterpartRule = Callable[[Scene], "str | None"]
#: the counterpart rules, in order
COUNTERPART_RULES: tuple[CounterpartRule, ...] = (
    verb_object,
    client_of_order,
    public_giver,
    clause_deal_target,
    after_preposition,
    seller_of_disposal,
    deal_counterpart,
    employer_of_pay,
    article_authority,
    company_invested_in,
    lead_of_the_round,
)


def counterpart_of(scene: Scene) -> str | None:
    """The counterpart: the first rule's answer (measures without one: None)."""
    if scene.measure not in COUNTERPART_MEASURES:
        return None
    for rule in COUNTERPART_RULES:
        found = rule(scene)
        if found:
            return found
    return None


def holder_of(scene: Scene) -> str | None:
    """The holder: the first rule's answer that is not the counterpart."""
    for rule in HOLDER_RULES:
        found = rule(scene)
        if found == "":  # a rule that knows there is no single holder
            return None
        if found and found not in (scene.counterpart, scene.seller) and may_hold(scene, found):
            return found
    return None


def may_hold(scene: Scene, name: str) -> bool:
    """Whether ``name`` may hold the amount: a public body gives aid, never receives it (``la
    Région accorde une avance remboursable de 500 000 euros``: the company in focus); an
    authority imposes a fine, never pays it (``l'Autorité de la concurrence sanctionne un
    cartel à hauteur de 288 millions``)."""
    if scene.measure == "aid":
        return not scene.fd.is_public(name)
    if scene.measure == "fine":
        return not scene.fd.is_public(name, "authorities")
    return True
