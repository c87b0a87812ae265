"""Whose amount it is (the holder) and the other party (the counterpart): small named rules
tried in order, :data:`HOLDER_RULES` and :data:`COUNTERPART_RULES`.

The parties are the organisations and people the entities component found, by canonical name
(:class:`~.document.Party`). The parse says who does what: the subject of ``rachète`` /
``lève`` / ``inflige``, its object, its ``à`` complement; the verb's roles come from
``models/facts/measure_verbs.tsv`` (``subject``, ``giver``, ``seller``). Prepositions name a
counterpart (``auprès de``, ``de la part de``: ``models/facts/words.json``). When the sentence
names no party: the buyer and target of the article's last deal for a price, else the article's
main company. A person holds a company's figure only through the organisation of their role.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from pipeline.components.facts.document import FactDoc, Party
from pipeline.components.facts.lexicon import Cue

#: measures that have a counterpart (FACTS.md)
COUNTERPART_MEASURES = frozenset(
    ("price", "fine", "funding", "investment", "debt", "aid", "order", "pay")
)
SUBJECTS = ("nsubj", "nsubj:pass")
OBJECTS = ("obj", "nsubj:pass")
#: words between a preposition and the name it leads to (``de l'américain X``)
FILLERS = frozenset(("le", "la", "les", "l'", "du", "des", "de", "d'", "son", "sa", "ses"))


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
    return Scene(fd, amount, measure, verb, cue, purpose)


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
    """The name ``party`` gives the holder: a person holds a company's figure through the
    organisation of their role only; a person of no role holds the measures people can
    hold (a price, a fine, pay…)."""
    if party is None:
        return None
    lex = scene.fd.lex
    if party.kind == "person" and not lex.has("person_measures", scene.measure):
        if party.role_org and party.role_org in scene.fd.organisations():
            return party.role_org
        return None
    return party.name


def party_of(scene: Scene, token: Token | None) -> str | None:
    return accept(scene, scene.fd.party_in(token)) if token is not None else None


# -- holder rules ------------------------------------------------------------------------------
def recipient_of_giver(scene: Scene) -> str | None:
    """The ``à`` complement or the object of a verb of giving: ``la CNIL inflige à Google une
    amende de 100 millions``, ``l'État accorde à Air France un prêt``; the buyer of ``X cède Y
    à Z pour…``."""
    if scene.verb is None or scene.roles not in ("giver", "seller"):
        return None
    found = complement(scene.verb, ("à", "au", "aux"))
    if found is None and scene.roles == "giver":
        found = object_of(scene.verb)
    return party_of(scene, found)


def owner_after_cue(scene: Scene) -> str | None:
    """The name after the cue noun: ``le chiffre d'affaires de Renault``, ``la perte
    d'Air France-KLM`` (not for a price: ``le rachat de X`` names the target)."""
    if scene.measure == "price":
        return None
    fd = scene.fd
    for hit in fd.hits(fd.left(scene.amount.start)):
        if hit.kind != "noun" or hit.blocks:
            continue
        return party_of(scene, _named_after(fd, hit.end, ("de", "du", "d'")))
    return None


def verb_subject(scene: Scene) -> str | None:
    """The subject of the verb governing the amount: ``AXA rachète XL Group pour…``,
    ``Boostheat a levé 35 millions``, ``Exor, qui avait acquis le réassureur… pour…``."""
    if scene.verb is None or scene.roles in ("giver", "seller"):
        return None
    name = party_of(scene, subject_of(scene.verb))
    return name if name != scene.counterpart else None


def nearest_before(scene: Scene) -> str | None:
    """The nearest party named before the amount in its clause: ``BNP Paribas a chuté de
    5 % à 21,73 euros``, ``Société Générale a enregistré une baisse… à 4 913 millions``."""
    fd = scene.fd
    for i in fd.left(scene.amount.start):
        party = fd.party_at.get(i)
        if party is not None and party.name != scene.counterpart:
            name = accept(scene, party)
            if name:
                return name
    return None


def deal_holder(scene: Scene) -> str | None:
    """The buyer of the article's last deal, for a price the sentence does not name: ``Le
    second propose au premier 20 euros par action``."""
    return scene.fd.deal.holder if scene.measure == "price" else None


def main_company(scene: Scene) -> str | None:
    """The article's main company (named most often) when the sentence names none: ``Le
    cinquième groupe pétrolier mondial a dévoilé un bénéfice net de…``."""
    return scene.fd.main_company()


HolderRule = Callable[[Scene], "str | None"]
#: the holder rules, in order
HOLDER_RULES: tuple[HolderRule, ...] = (
    recipient_of_giver,
    owner_after_cue,
    verb_subject,
    nearest_before,
    deal_holder,
    main_company,
)


# -- counterpart rules -------------------------------------------------------------------------
def _named_after(fd: FactDoc, i: int, words: tuple[str, ...]) -> Token | None:
    """The token of a party named right after one of ``words`` at ``i`` (articles and
    possessives may stand between: ``de l'assureur X`` is not, ``de la société X`` is)."""
    if fd.lower(i) not in words:
        return None
    for j in range(i + 1, min(i + 4, len(fd.doc))):
        if j in fd.party_at:
            return fd.doc[j]
        if fd.lower(j) not in FILLERS:
            return None
    return None


def verb_object(scene: Scene) -> str | None:
    """The object of the buying verb (``AXA rachète XL Group pour…``, ``pour racheter
    Pactiv``), or the subject of a verb of giving (``la CNIL inflige…``)."""
    fd = scene.fd
    if scene.roles == "giver" and scene.verb is not None:
        return party_in(fd, subject_of(scene.verb))
    verb = scene.purpose or (scene.verb if scene.roles in ("subject", "seller") else None)
    if verb is None or scene.measure not in ("price", "investment"):
        return None
    return party_in(fd, object_of(verb))


def party_in(fd: FactDoc, token: Token | None) -> str | None:
    party = fd.party_in(token) if token is not None else None
    return party.name if party is not None else None


def after_preposition(scene: Scene) -> str | None:
    """A party after the measure's words of a counterpart: ``auprès de Bpifrance``, ``de la
    part de la Commission``, ``le rachat de Potash``, ``l'offre sur Suez``."""
    fd = scene.fd
    words = fd.lex.words.get(f"counterpart_{scene.measure}", frozenset())
    if not words:
        return None
    phrases = [tuple(w.split()) for w in words]
    around = [*fd.left(scene.amount.start), *fd.right(scene.amount.end, 12)]
    for i in around:
        for phrase in phrases:
            if not fd.words_at(i, phrase):
                continue
            if scene.measure == "price" and not _after_price_noun(fd, i):
                continue
            token = _named_after(fd, i + len(phrase) - 1, (phrase[-1],))
            if token is not None:
                return fd.party_at[token.i].name
    return None


def _after_price_noun(fd: FactDoc, i: int) -> bool:
    """Whether token ``i`` follows a cue noun of a price (``rachat`` de, ``offre`` sur)."""
    found = fd.hit_covering(i - 1)
    return found is not None and found.kind == "noun" and found.measure == "price"


def deal_counterpart(scene: Scene) -> str | None:
    """The target of the article's last deal, for a price the sentence does not name."""
    return scene.fd.deal.counterpart if scene.measure == "price" else None


CounterpartRule = Callable[[Scene], "str | None"]
#: the counterpart rules, in order
COUNTERPART_RULES: tuple[CounterpartRule, ...] = (
    verb_object,
    after_preposition,
    deal_counterpart,
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
        if found and found != scene.counterpart:
            return found
    return None
