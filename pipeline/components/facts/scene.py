"""One amount and what the party rules share (:class:`Scene`), and how they read the parse.

The parties are the organisations and people the entities component found, by canonical name
(:class:`~.document.Party`). The parse says who does what: the subject of ``rachète`` /
``lève`` / ``inflige``, its object, its ``à`` complement; the verb's roles come from
``models/facts/measure_verbs.tsv`` (``subject``, ``giver``, ``seller``). A person holds a
company's figure only through the organisation of their role (:func:`accept`); a public body
never receives aid and an authority never pays a fine (:func:`may_hold`).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from pipeline.components.facts.deals import org_before
from pipeline.components.facts.document import FactDoc, Party
from pipeline.components.facts.lexicon import Cue

SUBJECTS = ("nsubj", "nsubj:pass")


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
    verb = giving_participle(fd, amount) or fd.governing_verb(amount.root)
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


def giving_participle(fd: FactDoc, amount: Span) -> Token | None:
    """A participle of giving hung on the amount or on its noun, which tells the parties
    rather than the sentence's verb: ``La Commission a autorisé une subvention de 340
    millions d'euros accordée par la France au chimiste X`` (``accordée``: X receives it)."""
    root = amount.root
    for head in (root, root.head):
        for child in head.children:
            if child.dep_ != "acl" or child.i < amount.end:
                continue
            hit = fd.hit(child.i)
            if hit is not None and hit.kind == "verb" and hit.cue.roles == "giver":
                return child
    return None


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


#: the dependencies of a verb's complement
VERB_COMPLEMENTS = ("obl", "obl:arg", "iobj", "obl:mod")


def complement(
    verb: Token, words: tuple[str, ...], deps: tuple[str, ...] = VERB_COMPLEMENTS
) -> Token | None:
    """The complement of ``verb`` introduced by one of ``words`` (``à Google``); with ``deps``,
    of another head by other links (a noun's ``nmod``)."""
    for child in verb.children:
        if child.dep_ in deps and any(
            grand.dep_ == "case" and grand.lower_ in words for grand in child.children
        ):
            return child
    return None


def passive_agent(verb: Token, subject: Token | None) -> Token | None:
    """The agent of a passive verb of buying (``X a été rachetée par Y pour…``: Y); None when
    the subject is no passive subject or the verb has no passive auxiliary."""
    if subject is None or subject.dep_ != "nsubj:pass":
        return None
    if not any(child.dep_ == "aux:pass" for child in verb.children):
        return None  # ``Le groupe a finalisé…`` read as passive by the parser
    return agent_of(verb)


def agent_of(verb: Token) -> Token | None:
    """The ``par`` complement of a participle (``accordée par la Région``)."""
    for child in verb.children:
        if child.dep_ == "obl:agent" or (
            child.dep_.startswith("obl")
            and any(g.dep_ == "case" and g.lower_ == "par" for g in child.children)
        ):
            return child
    return None


def object_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "obj":
            return child
    return None


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


#: the measures a person named with a role but no organisation holds through the company in
#: focus (``Son président, X, s'engage à investir 2,5 millions``); not pay, a fine or a price,
#: which a person may hold in their own name
ROLE_MEASURES = frozenset(("investment", "funding", "valuation"))


def accept(scene: Scene, party: Party | None) -> str | None:
    """The name ``party`` gives the holder: a person with a role in an organisation of the
    article stands for it (``Thomas Buberl, patron d'AXA``: AXA), but for pay; so does a person
    with a role whose organisation is left unsaid, for a company's measure (``Sa directrice
    générale, X, annonce un investissement de…``: :func:`role_company`); a person of no role
    holds only the measures people can hold (a price, a fine, pay…)."""
    if party is None:
        return None
    if party.kind != "person" or scene.measure == "pay":
        return party.name
    if party.role_org and party.role_org in scene.fd.organisations():
        return party.role_org
    company = role_company(scene.fd, party) if scene.measure in ROLE_MEASURES else None
    if company:
        return company
    return party.name if scene.fd.lex.has("person_measures", scene.measure) else None


def role_company(fd: FactDoc, party: Party) -> str | None:
    """The company a person named with a role but no organisation stands for (``Son président,
    Bertrand Lafargue, …``, ``le directeur général, X,``): the organisation in focus where the
    person is named, else the article's main company; None for a person of no role."""
    if party.kind != "person" or not party.role or party.role_org:
        return None
    focus = fd.focus(fd.sentence(party.start)[0])
    return focus.name if focus is not None else fd.main_company()


def party_of(scene: Scene, token: Token | None) -> str | None:
    return accept(scene, scene.fd.party_in(token)) if token is not None else None


def may_hold(scene: Scene, name: str) -> bool:
    """Whether ``name`` may hold the amount: an organ of a state (a parliament, a ministry,
    the Treasury: ``state_organs``) holds none, the figures are the State's, nor does a court
    (``courts``: the commercial court that picks a bidder buys nothing); a public body
    gives aid, never receives it (``la Région accorde une avance remboursable de 500 000
    euros``: the company in focus); an
    authority imposes a fine, never pays it (``l'Autorité de la concurrence sanctionne un
    cartel à hauteur de 288 millions``)."""
    if scene.fd.is_public(name, "state_organs") or scene.fd.is_public(name, "courts"):
        return False  # le Parlement a adopté la loi de finances: the State's figures
    if scene.measure == "aid":
        return not scene.fd.is_public(name)
    if scene.measure == "fine":
        return not scene.fd.is_public(name, "authorities")
    return True
