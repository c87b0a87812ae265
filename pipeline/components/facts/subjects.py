"""The holder read from the subject of the verb governing the amount (:func:`verb_subject`):
a name, several names joined (a group), a pronoun or a description standing for the entity in
focus (:func:`in_focus`)."""

from __future__ import annotations

from spacy.symbols import ADJ, AUX, NOUN, VERB
from spacy.tokens import Token

from pipeline.components.facts.deals import opening_deal
from pipeline.components.facts.document import FactDoc, Party, after_of
from pipeline.components.facts.scene import (
    Scene,
    accept,
    may_hold,
    passive_agent,
    subject_of,
)

#: measures whose passive verb names the holder after ``par`` (the buyer, the investor)
PASSIVE_MEASURES = frozenset(("price", "investment"))


def verb_subject(scene: Scene) -> str | None:
    """The subject of the verb governing the amount: ``AXA rachète XL Group pour…``,
    ``Boostheat a levé 35 millions``, ``Exor, qui avait acquis le réassureur… pour…``. Several
    names joined (``Arcure, Group Tera et Aerkomm ont levé…``): a group, no holder, but the
    first named of a joint bid, investment or sentence (``joint_measures``). A pronoun or a
    description (``Le groupe français a proposé…``): the entity in focus; a plural
    description (``les jeunes pousses``): a group, no holder. A passive verb of buying: the
    agent after ``par`` (``X a été rachetée par Y pour…``: Y)."""
    if scene.verb is None or scene.roles in ("giver", "seller"):
        return None
    subject = subject_of(scene.verb)
    if subject is None:
        return None
    if _a_date(scene.fd, subject):
        return _subject_not_parsed(scene)
    agent = passive_agent(scene.verb, subject)
    if agent is not None and scene.measure in PASSIVE_MEASURES:
        # Ferlande a été rachetée par Richemont pour 200 millions: the agent buys
        found = (
            None if agent is None else scene.fd.party_in(agent) or _named_in_phrase(scene.fd, agent)
        )
        return accept(scene, found)
    party = scene.fd.party_in(subject) or _named_in_phrase(scene.fd, subject)
    if party is not None and _complement_of(scene.fd, subject, party):
        described = _described(scene, subject)
        return described if described != party.name else None
    if party is None:
        return _described(scene, subject)
    if _joined(scene.fd, subject, party) or _listed(scene.fd, party):
        return accept(scene, party) if scene.fd.lex.has("joint_measures", scene.measure) else ""
    name = accept(scene, party)
    return name if name != scene.counterpart else None


def _a_date(fd: FactDoc, subject: Token) -> bool:
    """Whether the subject the parse gives is a date: ``Railtech Services, qui …, a réalisé
    l'an dernier un chiffre d'affaires de…`` (``l'an`` read as the subject): no subject."""
    return subject.i in fd.date_tokens


def _subject_not_parsed(scene: Scene) -> str | None:
    """When the parse took a date for the subject: a name before the verb in its sentence is
    read by the later rules (``Railtech Services, qui…, a réalisé l'an dernier…``), else the
    subject was a description (``Le groupe a finalisé en juillet…``): the entity in focus."""
    fd = scene.fd
    verb = scene.verb
    assert verb is not None
    if any(i in fd.party_at for i in range(fd.sentence(verb.i)[0], verb.i)):
        return None
    return in_focus(scene) if scene.measure != "other" else None


def _named_in_phrase(fd: FactDoc, head: Token) -> Party | None:
    """A party ending a description before any comma: ``le fabricant français de chaudières
    Boostheat`` (not ``Le mastodonte des médias, filiale du groupe Bolloré``)."""
    for i in range(head.i + 1, min(head.right_edge.i + 1, head.i + 10)):
        if fd.low[i] in (",", "(", ":") or fd.pos[i] in (VERB, AUX):
            return None
        if i in fd.party_at:
            return fd.party_at[i]
    return None


def _complement_of(fd: FactDoc, subject: Token, party: Party) -> bool:
    """Whether the name is the ``de`` complement of a description subject rather than the
    party it describes (:func:`~.document.after_of`): ``le club de Ligue 1`` (a league), ``la
    filiale française de X``, ``le groupe de Patrick Drahi`` (an owner); not a cue noun, whose
    ``de X`` names the holder (``La dette nette d'EDF ne baisse que de…``)."""
    if subject.i >= party.start or not subject.is_lower or fd.hit_covering(subject.i):
        return False
    return after_of(fd, party.start)


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
    """Whether ``party`` is one of a list of names (``Alstom, Thales et Safran``); a name
    after a comma alone closes no list when the name before it is none of one (``Filiale du
    groupe Dumarest, Logivia a réalisé…``: a fronted apposition, then the subject)."""
    before, after = party.start - 1, party.end
    joined_after = fd.lower(after) in (",", "et") and (after + 1) in fd.party_at
    previous = fd.party_at.get(before - 1)
    if previous is None or fd.lower(before) not in (",", "et"):
        return joined_after
    return joined_after or fd.lower(before) == "et" or fd.lower(previous.start - 1) in (",", "et")


def _described(scene: Scene, subject: Token) -> str | None:
    """The entity a pronoun or a description subject stands for (None for a cue noun
    subject, ``le chiffre d'affaires a progressé``; for a measure ``other``, only a subject
    that refers back to a party, :func:`_refers_back`)."""
    if scene.measure == "other":
        return in_focus(scene) if _refers_back(scene, subject) else None
    if scene.fd.hit_covering(subject.i) is not None:
        return None
    if (
        subject.pos_ != "PRON"
        and not _common_noun(subject)
        and not scene.fd.lex.has("latter_words", subject.lower_)
    ):
        return None  # ``Cette dernière`` may be tagged an adjective
    if _a_group(scene, subject) or _combined(scene.fd, subject):
        return ""
    return _the_latter(scene, subject) or _the_target(scene, subject) or in_focus(scene)


def _refers_back(scene: Scene, subject: Token) -> bool:
    """Whether a subject says it stands for a party named before: a personal pronoun (``Elle
    vise 150 milliards de pesos de dépôts``; not an impersonal one, ``il faut 3 milliards``:
    ``impersonal_verbs``) or a noun after a possessive (``Ses fonds propres atteignaient 41
    millions``): an amount of ``other`` is then the party's (its deposits, its equity)."""
    fd = scene.fd
    if subject.pos_ == "PRON":
        verb = scene.verb
        impersonal = verb is not None and fd.lex.has("impersonal_verbs", fd.lemma[verb.i])
        return subject.lower_ in ("il", "elle") and not impersonal
    return any(
        child.dep_ == "det" and fd.lex.has("possessives", child.lower_)
        for child in subject.children
    )


def _the_latter(scene: Scene, subject: Token) -> str | None:
    """The party a subject ``ce dernier`` / ``cette dernière`` / ``celle-ci`` stands for: the
    last one named before it, in its sentence or the one before (``Le groupe Sorelis a racheté
    la PME Armorik Lait. Cette dernière a réalisé un chiffre d'affaires de…``: Armorik Lait)."""
    fd = scene.fd
    if not fd.lex.has("latter_words", subject.lower_):
        return None
    start = fd.sentence(subject.i)[0]
    earlier = fd.sentence(max(start - 1, 0))[0]
    for i in range(subject.i - 1, earlier - 1, -1):
        party = fd.party_at.get(i)
        if party is not None and party.name != scene.counterpart:
            return accept(scene, party)
    return None


def _the_target(scene: Scene, subject: Token) -> str | None:
    """The company bought, for a subject that names it by its part in the deal (``la cible``:
    ``target_nouns``; ``la société rachetée``): the target of the article's deal."""
    fd = scene.fd
    bought = any(
        child.dep_ in ("amod", "acl") and fd.lex.has("purpose_verbs", child.lemma_)
        for child in subject.children
    )
    if not (fd.lex.has("target_nouns", subject.lower_) or bought):
        return None
    target = fd.deal.counterpart or opening_deal(fd).counterpart
    return target if target != scene.counterpart else None


def _combined(fd: FactDoc, subject: Token) -> bool:
    """Whether the subject names the company a merger would make, which holds no figure of
    its own yet: ``l'ensemble réaliserait un chiffre d'affaires de 3,4 milliards``, ``le nouvel
    ensemble affichera…``, ``le futur groupe pèsera…`` (``combined_entities``,
    ``merged_modifiers``)."""
    word = subject.lower_
    if fd.lex.has("combined_entities", word):
        return True
    return word in ("groupe", "société") and any(
        child.dep_ == "amod" and fd.lex.has("merged_modifiers", child.lower_)
        for child in subject.children
    )


def _a_group(scene: Scene, subject: Token) -> bool:
    """Whether a plural noun subject of a verb whose subject holds the amount names a group:
    ``les jeunes pousses françaises ont levé 7,8 milliards`` (not ``les actionnaires
    recevront un dividende``, no such verb; not the cause of a cost, ``les grèves ont coûté
    45 millions au groupe``; not the amount itself, ``3 milliards seraient consacrés``)."""
    if not _common_noun(subject) or "Plur" not in subject.morph.get("Number", []):
        return False
    amount = scene.amount
    inside = amount.start <= subject.i < amount.end
    return scene.roles == "subject" and scene.measure != "cost" and not inside


def _common_noun(token: Token) -> bool:
    """A common noun, or one the tagger took for a name though written in lower case: ``les
    start-up françaises`` (``start`` tagged PROPN)."""
    return token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.is_lower)


def in_focus(scene: Scene) -> str | None:
    """The entity in focus: the last organisation subject earlier in the paragraph, the
    buyer of the article's deal for a price, the article's main company."""
    fd = scene.fd
    party = fd.focus(_opening(fd, scene.amount.start))
    if party is not None and party.name != scene.counterpart and may_hold(scene, party.name):
        return party.name
    if scene.measure == "price":
        deal = opening_deal(fd)
        if deal.holder and deal.holder != scene.counterpart:
            return deal.holder
    return fd.main_company()


def _opening(fd: FactDoc, i: int) -> int:
    """The start of token ``i``'s sentence, or of its paragraph when the sentence runs over a
    line break (``… », résume X.\nPour 2026, la direction table sur…`` parsed as one)."""
    start = fd.sentence(i)[0]
    for j in range(i - 1, start - 1, -1):
        if "\n" in fd.low[j]:
            return j + 1
    return start
