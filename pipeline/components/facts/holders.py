"""Whose amount it is (the holder): small named rules tried in order, :data:`HOLDER_RULES`.

The verb's roles (the subject of ``lève``, the ``à`` complement of ``inflige``), the name
after the cue noun or before a bracket, the nearest name before the amount; when the sentence
names no party, the buyer of the article's last deal for a price, else the entity in focus or
the article's main company. A rule answers ``""`` when it knows there is no single holder.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from spacy.tokens import Token

from pipeline.components.facts.damages import payer_told_before
from pipeline.components.facts.deals import deal_in_clause, named_after, opening_deal
from pipeline.components.facts.document import FactDoc, Party
from pipeline.components.facts.gapping import gapped_subject
from pipeline.components.facts.sales import sale_near
from pipeline.components.facts.scene import Scene, accept, complement, may_hold, party_of
from pipeline.components.facts.speakers import company_of_speaker, company_of_target
from pipeline.components.facts.subjects import in_focus, verb_subject


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
    holder = _person_of_role(fd, scene.amount.start)
    if holder is not None:
        return holder
    start = fd.sentence(scene.amount.start)[0]
    earlier = fd.sentence(max(fd.sentence(max(start - 1, 0))[0] - 1, 0))[0]
    for i in range(start - 1, earlier - 1, -1):
        party = fd.party_at.get(i)
        if party is not None and party.kind == "person":
            return party.name
    return ""


#: the words before a role that names whose pay it is ("le fixe du PDG", "de son président")
_ROLE_OWNERS = frozenset(("du", "de", "d'", "son", "sa"))


def _person_of_role(fd: FactDoc, start: int) -> str | None:
    """The person the article names with the role written before the pay, in its clause:
    ``qui porte le fixe du PDG à 1,35 million`` (the person whose role is ``PDG``); None when
    no role is written there or no one, or several people, hold it."""
    roles: dict[str, set[str]] = {}
    for span in fd.doc.spans.get("people", []):
        role = (span._.role or "").lower().split(" ", 1)[0]
        if role:
            roles.setdefault(role, set()).add(span._.canonical or span.text)
    for i in fd.left(start):
        names = roles.get(fd.low[i])
        if names and len(names) == 1 and fd.lower(i - 1) in _ROLE_OWNERS:
            return next(iter(names))
    return None


def recipient_of_giver(scene: Scene) -> str | None:
    """The ``à`` complement or the object of a verb of giving: ``la CNIL inflige à Google une
    amende de 100 millions``, ``l'État accorde à Air France un prêt`` (the buyer of ``X cède Y
    à Z pour…`` is read by :func:`buyer_of_sale`, whatever the parser hung ``à Z`` on)."""
    if scene.verb is None or scene.roles != "giver":
        return None
    found = party_of(scene, complement(scene.verb, ("à", "au", "aux")))
    if not found:
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
    found = complement(verb, ("à", "au", "aux")) or _attached_to_amount(scene, ("à", "au", "aux"))
    if found is None:
        return None
    plural_noun = found.pos_ == "NOUN" and "Plur" in found.morph.get("Number", [])
    if plural_noun and found.is_lower and scene.fd.party_in(found) is None:
        return ""  # "a coûté 5,8 milliards aux assureurs": a group, not "France Assureurs"
    name = party_of(scene, found)
    if name:
        return name
    return "" if plural_noun else None


def _attached_to_amount(scene: Scene, words: tuple[str, ...]) -> Token | None:
    """A complement the parser hung on the amount rather than on its verb (``a coûté 45
    millions d'euros à Air France``: ``à Air France`` under ``millions``)."""
    found = complement(scene.amount.root, words, ("nmod",))
    return found if found is not None and found.i >= scene.amount.end else None


def buyer_of_sale(scene: Scene) -> str | None:
    """The buyer of a sale (:mod:`.sales`): ``X cède Y à Z pour…``, ``la cession de sa
    division au fonds Z pour…`` (Z, wherever the parser hung ``à Z``); a sale whose buyer is
    not named has no holder: ``Vallorès prévoit de céder pour 150 millions d'euros de
    terrains``, ``GBL a annoncé la cession de 2 % du capital de Pernod Ricard, pour 412
    millions``."""
    if scene.measure != "price":
        return None
    sale = sale_near(scene.fd, scene.amount)
    if sale is None:
        return None
    return accept(scene, sale.buyer) if sale.buyer is not None else ""


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


def possessor_joined(scene: Scene) -> str | None:
    """The name a possessive joined to it by ``et`` / ``avec`` refers to: ``derrière le
    néerlandais FrieslandCampina et ses 13 milliards d'euros de chiffre d'affaires``, ``Kerdalo,
    avec son chiffre d'affaires de 95 millions`` (the possessive before the amount or its cue
    noun, only cue words between)."""
    fd = scene.fd
    for i in fd.left(scene.amount.start, 6):
        if fd.lex.has("possessives", fd.low[i]):
            before = i - 2 if fd.lower(i - 1) == "," else i - 1
            if fd.lower(before) in ("et", "avec") and (before - 1) in fd.party_at:
                return accept(scene, fd.party_at[before - 1])
            return None
        if fd.hit_covering(i) is None and fd.low[i] not in ("de", "d'"):
            return None
    return None


def antecedent_of_dont(scene: Scene) -> str | None:
    """The name a ``dont`` opening the amount's relative clause stands for, when ``dont`` is
    the possessor of the cue noun: ``le fabricant de fenêtres Lakeshore Windows, dont les
    ventes annuelles avoisinent 120 M$`` (Lakeshore Windows, not the buyer of the sentence);
    ``le BAIIA de la cible, dont les ventes ont atteint 388 M$`` (the deal's target)."""
    fd = scene.fd
    at = next((i for i in fd.left(scene.amount.start) if fd.low[i] == "dont"), None)
    if at is None or fd.lower(at - 1) != "," or not _cue_after(fd, at + 1):
        return None
    party = fd.party_at.get(at - 2)
    if party is not None:
        return accept(scene, party)
    if fd.lex.has("target_nouns", fd.lower(at - 2)):
        return fd.deal.counterpart or opening_deal(fd).counterpart
    return None


def _cue_after(fd: FactDoc, i: int) -> bool:
    """Whether a cue noun follows token ``i`` after at most a determiner (``dont les
    ventes``, ``dont le chiffre d'affaires``)."""
    for j in (i, i + 1):
        found = fd.hit_covering(j) if j < len(fd.low) else None
        if found is not None and found.kind == "noun" and not found.blocks:
            return True
    return False


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
    """Whether the name at ``start`` stands in an incise before ``end`` (the amount):
    :meth:`FactDoc.in_incise`; not the holder."""
    return fd.in_incise(start, end)


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
    buyer_of_sale,
    named_before_bracket,
    antecedent_of_dont,
    possessor_joined,
    gapped_subject,
    owner_after_cue,
    company_of_target,
    company_of_speaker,
    verb_subject,
    clause_deal_buyer,
    nearest_before,
    payer_told_before,
    deal_holder,
    focus_or_main,
)


def holder_of(scene: Scene) -> str | None:
    """The holder: the first rule's answer that is not the counterpart."""
    for rule in HOLDER_RULES:
        found = rule(scene)
        if found == "":  # a rule that knows there is no single holder
            return None
        if found and found not in (scene.counterpart, scene.seller) and may_hold(scene, found):
            return found
    return None
