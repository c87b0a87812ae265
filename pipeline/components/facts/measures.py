"""What an amount measures: :data:`MEASURE_RULES`, small named rules tried in order.

Each rule reads the amount's context on the :class:`~.document.FactDoc` and returns a measure
of ``FACTS.md`` (or None to pass). The first answer wins; none gives ``other``. Cue words are
rule data (``models/facts/measure_nouns.tsv``, ``measure_verbs.tsv``); :func:`measure_of`
also turns a negative result into a loss (``-548 millions d'euros`` of a ``résultat``, ``un
résultat net négatif de 15 millions``).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.symbols import NOUN as NOUN_POS
from spacy.symbols import NUM, PROPN
from spacy.tokens import Span, Token

from pipeline.components.facts.deals import investor_after, named_after
from pipeline.components.facts.document import MAX_HEADS, FactDoc, Hit
from pipeline.components.facts.revisions import is_state_word, near_words, revise
from pipeline.components.facts.scene import subject_of
from pipeline.rates import to_eur

MeasureRule = Callable[[FactDoc, Span], "str | None"]

#: the largest value of a per-unit amount (a share price, a price per share)
MAX_UNIT_VALUE = 10_000.0
#: the words before the party something is received from (``perçu 2 millions de l'Ademe``)
FROM = frozenset(("de", "d'", "du", "des", "auprès"))
#: the most tokens between a governing cue and the amount read for a nearer cue
NEARER_GAP = 12
#: the most tokens between the verb and an amount whose subject says what it is
SUBJECT_VERB_GAP = 6
#: the most tokens after an amount read for ``sous forme de``
FORM_GAP = 14
#: the measures of a thing a verb of costing says the cost of (``le rachat a coûté``), not those
#: of a result (``la perte de la concession a coûté 120 millions``: a cost)
COSTED_THINGS = frozenset(
    ("price", "fine", "pay", "dividend", "aid", "investment", "order", "budget")
)
#: the largest value in euros of a good sold (``la citadine est vendue moins de 20 000 euros``)
MAX_GOOD_VALUE = 50_000.0


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
    return _more_own_shares(fd, amount)


def _more_own_shares(fd: FactDoc, amount: Span) -> str | None:
    """``en racheter`` after ``ses propres actions`` in the sentence: ``a racheté pour 8
    milliards de ses propres actions et prévoit d'en racheter jusqu'à 2 milliards``."""
    verb = fd.governing_verb(amount.root)
    if verb is None or fd.lemma[verb.i] not in ("racheter", "acheter"):
        return None
    if fd.lower(verb.i - 1) != "en":
        return None
    start = fd.sentence(amount.start)[0]
    for i in range(start, verb.i):
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


def in_the_form_of(fd: FactDoc, amount: Span) -> str | None:
    """``sous forme de`` and a noun after the amount in its clause: ``60 millions d'euros
    promis en mars par la Région sous forme de subvention``."""
    after = list(fd.right(amount.end, FORM_GAP))
    for i in after:
        if fd.words_at(i, ("sous", "forme")) and fd.lower(i + 2) in ("de", "d'"):
            found = fd.hit(i + 3) if i + 3 < len(fd.doc) else None
            return None if found is None or found.blocks else found.measure
    return None


def amount_of(fd: FactDoc, amount: Span) -> str | None:
    """``d'un montant (total) de`` before the amount: the noun before it says what it is
    (``ce rachat, d'un montant de 700 millions d'euros, sera financé…``, ``des amendes d'un
    montant total de 288 millions``)."""
    before = list(fd.left(amount.start, 4))
    at = next((i for i in before if fd.low[i] == "montant"), None)
    if at is None or not any(fd.low[i] in ("de", "d'") for i in before if i > at):
        return None
    nouns = [h for h in fd.hits(fd.left(at, 8)) if h.kind == "noun"]
    return nouns[0].measure if nouns and not nouns[0].blocks else None


def buying_purpose(fd: FactDoc, amount: Span) -> str | None:
    """``pour`` and a verb or noun of buying after the amount: ``a proposé 14 milliards pour
    racheter ce spécialiste``, ``débourse 15 milliards pour s'offrir l'assureur``; or a
    share of a company (:func:`_for_a_stake`)."""
    after = fd.right(amount.end, 4)
    if not after or fd.lower(after[0]) != "pour":
        return None
    for i in after[1:]:
        if fd.lex.has("purpose_verbs", fd.forms(i)[1]):
            return "price"
    return "price" if _for_a_stake(fd, amount, after) else None


def _for_a_stake(fd: FactDoc, amount: Span, after: range) -> bool:
    """Whether ``pour`` after the amount opens a share of a company, under a verb that says
    nothing of an investment: ``le fonds a payé 300 millions pour 40 % du capital``, ``a
    mis 80 millions sur la table pour 15 % de la société`` (a price; ``a investi 30
    millions pour 10 % du capital`` stays an investment)."""
    at = next((i for i in after[1:] if fd.low[i] == "%"), None)
    if at is None or not _of_a_whole(fd, at + 1):
        return False
    verb = fd.governing_verb(amount.root)
    found = fd.hit(verb.i) if verb is not None else None
    return found is None or found.measure in ("price", "other")


def _of_a_whole(fd: FactDoc, i: int) -> bool:
    """Whether token ``i`` opens what a share is of, with its article: ``du capital``, ``de
    la société``, ``des parts`` (not ``de hausse``)."""
    return fd.lower(i) in ("du", "des") or (
        fd.lower(i) in ("de", "d'") and fd.lower(i + 1) in ("la", "l'", "l’", "sa", "son", "ses")
    )


#: the measures a noun before a per-share amount gives it (``un bénéfice de 1,12 $ par action``)
PER_SHARE_NOUNS = frozenset(
    ("dividend", "profit", "loss", "revenue", "valuation", "debt", "price", "share_price")
)


def per_share(fd: FactDoc, amount: Span) -> str | None:
    """``par action`` / ``par titre`` after the amount: the measure of the noun just before
    (``un dividende de 1,20 euro par action``, ``un bénéfice ajusté de 1,12 $ par action``,
    ``une valeur nominale de 100 000 dirhams par titre``), a share price in an IPO (``une
    fourchette de 14,50 à 17 euros par action``, ``introduite au prix de 18 euros par
    action``), a price in a bid (``propose 20 euros par action``), else a share price."""
    after = fd.right(amount.end, 3)
    if len(after) < 2 or fd.lower(after[0]) != "par":
        return None
    if not any(fd.lex.has("per_unit", fd.lower(i)) for i in after[1:]):
        return None
    nouns = [h.measure for h in fd.hits(fd.left(amount.start, 8)) if h.kind == "noun"]
    start, end = fd.sentence(amount.start)
    ipo = any(fd.lex.has("ipo_words", w) for i in range(start, end) for w in fd.forms(i))
    if nouns and nouns[0] in PER_SHARE_NOUNS and not (ipo and nouns[0] == "price"):
        return nouns[0]
    if ipo:
        return "share_price"
    if _bid_sentence(fd, start, end):
        return "price"
    before = [hit.measure for hit in fd.hits(fd.left(amount.start)) if not hit.blocks]
    return "dividend" if "dividend" in before else "share_price"


def _bid_sentence(fd: FactDoc, start: int, end: int) -> bool:
    """Whether the sentence ``start:end`` tells of a bid or a deal (``propose``, ``offre``,
    ``rachat``, a cue of a price)."""
    if any(fd.lex.has("bid_words", fd.forms(i)[1]) for i in range(start, end)):
        return True
    return any(h.measure == "price" for h in fd.hits(range(start, end)))


def unit_price(fd: FactDoc, amount: Span) -> str | None:
    """The price of a good, per unit: ``42 euros le mégawattheure``, ``2 800 FCFA par
    kilogramme``, ``465 euros les 1 000 litres``, ``1 200 €/mois`` after no noun of a rent;
    and a small amount a good is sold at (``un médicament vendu 2 euros``)."""
    after = list(fd.right(amount.end, 4))
    if after and fd.lex.has("unit_heads", fd.low[after[0]]):
        rest = [i for i in after[1:] if fd.pos[i] != NUM and not fd.doc[i].like_num]
        if rest and fd.lex.has("goods_units", fd.low[rest[0]]):
            return "other"
    if after and _per_time_price(fd, amount, fd.low[after[0]]):
        return "other"
    verb = fd.governing_verb(amount.root)
    if verb is None or not fd.lex.has("sale_verbs", fd.lemma[verb.i]):
        return None
    if any(fd.party_in(child) for child in verb.children if child.dep_ in ("obj", "nsubj")):
        return None
    value = in_euros(amount)
    return "other" if value is not None and value < MAX_GOOD_VALUE else None


def _per_time_price(fd: FactDoc, amount: Span, word: str) -> bool:
    """Whether ``word``, written with its slash (``€/mois``), makes the amount a price per
    time of a good or a service with no noun of a cost before it: ``qui louent des deux-pièces
    autour de 1 200 €/mois`` (a ``loyer de 3 500 €/mois`` is a rent paid, a cost)."""
    if not word.startswith("/") or not fd.lex.has("time_units", word[1:]):
        return False
    return not any(h.kind == "noun" for h in fd.hits(fd.left(amount.start)))


def in_euros(amount: Span) -> float | None:
    """The amount's value in euros (the latest ECB rate); as written when the currency has
    no rate (``1 890 MAD``)."""
    found = amount._.amount or {}
    value = found.get("value")
    converted = to_eur(value, found.get("currency"), None)[0]
    return value if converted is None else converted


def market_quote(fd: FactDoc, amount: Span) -> str | None:
    """A small amount after ``à`` beside a change or a market word: ``BNP Paribas a chuté de
    5,42 % à 21,73 euros``, ``le titre a clôturé à 12,5 euros``."""
    before = fd.left(amount.start, 3)
    if not any(fd.lower(i) == "à" for i in before):
        return None
    around = [*fd.left(amount.start, 12), *fd.right(amount.end, 8)]
    if not any(fd.lex.has("quote_words", fd.lower(i)) for i in around):
        return None
    if quoted_good(fd, amount):
        return "other"  # ``le bitcoin cédait 2 %, à 102 300 dollars``: any value
    value = in_euros(amount)
    if value is None or value >= MAX_UNIT_VALUE:
        return None
    nouns = [h.measure for h in fd.hits(fd.left(amount.start, 8)) if h.kind == "noun"]
    if nouns and nouns[0] in PER_SHARE_NOUNS:
        return nouns[0]  # ``le bénéfice par action est ressorti à 3,45 euros``
    return "share_price"


def quoted_good(fd: FactDoc, amount: Span) -> bool:
    """Whether a market quote is that of a good or a currency, not a share: ``le baril de
    Brent a chuté de 3 % à 64,20 dollars``, ``l'or a reculé à 2 980 $ l'once``, ``le bitcoin
    cédait 2 %``, ``l'euro a gagné 0,6 %, à 1,12 dollar``."""
    for i in range(fd.sentence(amount.start)[0], amount.start):
        if (
            fd.lex.has("commodities", fd.low[i])
            and fd.pos[i] in (NOUN_POS, PROPN)
            and not fd.doc[i - 1].like_num  # "0,45 euro par action": the unit of an amount
        ):
            return True
    return any(fd.lex.has("goods_units", fd.low[i]) for i in fd.right(amount.end, 3))


def public_giver(fd: FactDoc, amount: Span) -> str | None:
    """Aid: the amount is the object of a verb of giving (``aid_verbs``) whose subject is a
    public body: ``la Région Bretagne apportera 20 millions``, ``Bpifrance pourrait apporter
    400 000 euros``, ``la Région est prête à avancer 300 000 euros``."""
    verb = fd.governing_verb(amount.root)
    if verb is None or _noun_cue_between(fd, amount, verb):
        return None
    lemma = fd.lemma[verb.i]
    if fd.lex.has("receipt_verbs", lemma):
        return "aid" if any(_is_public_word(fd, c) for c in _givers(fd, amount, verb)) else None
    if not (fd.lex.has("aid_verbs", lemma) or fd.lex.has("payment_verbs", lemma)):
        return None
    subject = subject_of(verb)
    return "aid" if subject is not None and _is_public_word(fd, subject) else None


def investor_giver(fd: FactDoc, amount: Span) -> str | None:
    """Funding: the amount is the object of a verb of receiving and the giver, named after a
    word of a round (``de la part de``, ``auprès de``: ``counterpart_funding``), is an
    investor by its name (``investor_words``): ``la PME a obtenu 6 millions d'euros auprès
    de Nova Capital``, ``a reçu 3 M€ de la part d'Aster Ventures``, or right after ``de``
    after the amount: ``a obtenu 8 millions d'euros de Serena Capital``."""
    verb = fd.governing_verb(amount.root)
    if verb is None or not fd.lex.has("receipt_verbs", fd.lemma[verb.i]):
        return None
    if investor_after(fd, amount.end) is not None:
        return "funding"
    phrases = [tuple(words.split()) for words in fd.lex.words.get("counterpart_funding", ())]
    for i in fd.right(amount.end, 6):
        for phrase in phrases:
            if fd.low[i] != phrase[0] or not fd.words_at(i, phrase):
                continue
            token = named_after(fd, i + len(phrase) - 1, (phrase[-1],))
            if token is not None and fd.is_investor(fd.party_at[token.i].name):
                return "funding"
    return None


def _givers(fd: FactDoc, amount: Span, verb: Token) -> list[Token]:
    """The parties something is received from: a complement with ``de`` / ``auprès de`` of
    the verb or the amount (``perçu 3 millions de l'Ademe``), or the name right after ``de``
    after the amount (``obtenu 100 millions $ de Québec``)."""
    near = [*verb.children, *amount.root.children]
    found = [c for c in near if any(g.lower_ in FROM for g in c.children)]
    after = list(fd.right(amount.end, 3))
    if after and fd.low[after[0]] in FROM:
        found += [fd.doc[i] for i in after[1:] if fd.pos[i] in (NOUN_POS, PROPN)][:1]
    return found


def _noun_cue_between(fd: FactDoc, amount: Span, verb: Token) -> bool:
    """Whether a noun cue governs the amount below ``verb`` (``Bpifrance avait accordé un
    prêt de 400 000 euros``: a loan, not aid), not one of an envelope (``le gouvernement
    débloque une enveloppe de 200 millions``: aid)."""
    head = amount.root.head
    if head.i == verb.i:
        return False
    found = fd.hit_covering(head.i)
    return found is not None and found.measure not in ("investment", "aid")


def _is_public_word(fd: FactDoc, token: Token) -> bool:
    """Whether ``token`` names a public body: a party that is one (``la Région Bretagne``,
    ``Bpifrance``), or a word of a state (``Ottawa versera``, ``l'État accorde``)."""
    if fd.lex.has("governments", fd.low[token.i]):
        return True
    party = fd.party_in(token)
    if party is not None:
        return fd.is_public(party.name)
    return is_state_word(fd, token.i) or fd.is_public(token.text)


def commodity_level(fd: FactDoc, amount: Span) -> str | None:
    """A level a commodity reaches or crosses is no deal: ``le bitcoin, qui avait franchi les
    100 000 dollars, cédait 2 %``, ``l'or a dépassé les 3 000 dollars`` (the subject of the
    verb is a good, the verb one of moving: none, or one that looks like buying or a result)."""
    verb = fd.governing_verb(amount.root)
    subject = subject_of(verb) if verb is not None else None
    if subject is None or not fd.lex.has("commodities", fd.low[subject.i]):
        return None
    found = fd.hit(verb.i)  # type: ignore[union-attr]
    moving = found is None or found.measure in ("price", "profit", "loss")
    return "other" if moving else None


def payment(fd: FactDoc, amount: Span) -> str | None:
    """A verb of paying or receiving says nothing alone; its context does: shareholders make
    a dividend (``versera 1,1 milliard à ses actionnaires``, ``l'actionnaire en percevra 600
    millions``), a sentence a fine (``condamné à verser 1,4 million``)."""
    verb = fd.governing_verb(amount.root)
    if verb is None:
        return None
    lemma = fd.lemma[verb.i]
    if not (fd.lex.has("payment_verbs", lemma) or fd.lex.has("receipt_verbs", lemma)):
        return None
    head = amount.root.head
    if head.i != verb.i and fd.hit_covering(head.i) is not None:
        return None  # ``a obtenu des engagements bancaires de 18 milliards``: the noun says
    holders = _shareholders_paid(fd, amount, verb)
    if holders:
        return "price" if _shareholders_of_other(fd, holders[0], verb) else "dividend"
    before = [h for h in fd.hits(fd.left(verb.i)) if not h.blocks]
    if before and before[0].measure == "fine":
        return "fine"  # ``condamné à verser 1,4 million à son ancien directeur``: damages
    return "pay" if _paid_to_executive(fd, amount) else None


def _paid_to_executive(fd: FactDoc, amount: Span) -> bool:
    """Whether the amount is paid to an executive named by a word of ``executive_words``
    after ``à`` right after it: ``a versé 2 millions d'euros à son ancien directeur
    général``."""
    after = list(fd.right(amount.end, 5))
    if not after or fd.low[after[0]] not in ("à", "au"):
        return False
    return any(fd.lex.has("executive_words", fd.low[i]) for i in after[1:])


def _shareholders_paid(fd: FactDoc, amount: Span, verb: Token) -> list[int]:
    """The words of shareholders of the amount's sentence that receive it: after ``à`` /
    ``aux`` (``versera 1,1 milliard à ses actionnaires``), or before a verb of receiving
    (``la holding, premier actionnaire, en percevra 90 millions``); not shareholders who
    judge it (``le patron a touché 12 millions, une somme jugée excessive par les
    actionnaires``)."""
    start, end = fd.sentence(amount.start)
    receiving = fd.lex.has("receipt_verbs", fd.lemma[verb.i])
    found = []
    for i in range(start, end):
        if not fd.lex.has("shareholders", fd.low[i]):
            continue
        paid = any(fd.lower(k) in ("à", "aux") for k in (i - 1, i - 2))
        if paid or (receiving and i < verb.i):
            found.append(i)
    return found


def _shareholders_of_other(fd: FactDoc, i: int, verb: Token) -> bool:
    """Whether the shareholders at token ``i`` are those of another company than the payer,
    named after ``de`` (``Boréalis versera 316 M$ aux actionnaires de Maplecrest``: the price
    of a takeover; ``versera 1 milliard à ses actionnaires`` is a dividend)."""
    if fd.lower(i + 1) not in ("de", "d'", "du"):
        return False
    target = fd.party_at.get(i + 2)
    subject = subject_of(verb)
    payer = fd.party_in(subject) if subject is not None else None
    return target is not None and (payer is None or payer.name != target.name)


def person_receives(fd: FactDoc, amount: Span) -> str | None:
    """What a person or an executive receives is pay: ``le PDG a perçu 4,2 millions au titre
    de 2024``, ``Jean Morel touchera 900 000 euros`` (the subject of a verb of receiving, with
    no noun of its own on the amount, is a person named in full or a word of an executive)."""
    verb = fd.governing_verb(amount.root)
    if verb is None or not fd.lex.has("receipt_verbs", fd.lemma[verb.i]):
        return None
    head = amount.root.head
    if head.i != verb.i and fd.hit_covering(head.i) is not None:
        return None  # ``a obtenu une subvention de 4 millions``: the noun says
    subject = subject_of(verb)
    if subject is None:
        return None
    if fd.lex.has("executive_words", fd.low[subject.i]):
        return "pay"
    party = fd.party_at.get(subject.i)  # a person by a full name (``Kinova`` alone may be none)
    return "pay" if party is not None and party.kind == "person" and " " in party.name else None


def earned_per_time(fd: FactDoc, amount: Span) -> str | None:
    """What people earn per month or per year is pay, not a company's profit: ``un couple
    d'enseignants gagne 5 200 euros net par mois``, ``un infirmier débutant touche 2 100
    euros brut par mois`` (a verb of earning, ``earning_verbs``, ``par`` and a time unit
    after the amount, and a subject that is no company)."""
    verb = fd.governing_verb(amount.root)
    if verb is None or not fd.lex.has("earning_verbs", fd.lemma[verb.i]):
        return None
    after = [i for i in fd.right(amount.end, 4) if not fd.lex.has("gross_net", fd.low[i])]
    if (
        len(after) < 2
        or fd.low[after[0]] != "par"
        or not fd.lex.has("time_units", fd.low[after[1]])
    ):
        return None
    subject = subject_of(verb) or (verb.head if verb.dep_.startswith("acl") else None)
    if subject is None or fd.lex.has("company_nouns", fd.low[subject.i]):
        return None  # ``un couple d'enseignants gagne …``: parsed hanging on ``enseignants``
    party = fd.party_in(subject)
    return "pay" if party is None or party.kind == "person" else None


def spending_purpose(fd: FactDoc, amount: Span) -> str | None:
    """A verb of spending takes the measure of what the amount is spent on: ``consacrera 1,2
    milliard aux rachats d'actions`` (a dividend), ``a consacré 2,5 milliards à des
    acquisitions`` (a price)."""
    verb = fd.governing_verb(amount.root)
    if verb is None or not fd.lex.has("spending_verbs", fd.lemma[verb.i]):
        return None
    after = list(fd.right(amount.end, 6))
    for k, i in enumerate(after):
        if fd.low[i] in ("à", "aux", "au", "pour", "dans"):
            nouns = [h for h in fd.hits(range(i + 1, after[-1] + 1)) if h.kind == "noun"]
            if not nouns or nouns[0].blocks or nouns[0].measure == "other":
                return None  # ``a dépensé 1,2 million pour refaire la place du marché``
            return nouns[0].measure
        if k > 2:
            break
    return None


def bought_for(fd: FactDoc, amount: Span) -> str | None:
    """``pour`` before the amount, after a word of buying in its sentence: ``a finalisé le
    rachat de Tecnoroc pour 450 millions de dollars``, ``cédera 25 % de la société au groupe
    Richemont, pour un montant évalué à 180 millions``."""
    before = [i for i in fd.left(amount.start, 8) if fd.low[i] == "pour"]
    if not before:
        return None
    if fd.hits(range(before[0] + 1, amount.start)):
        return None  # ``pour un dividende de…``: the noun says it
    start = fd.sentence(amount.start)[0]
    if start > 0 and fd.is_lower[start]:
        start = fd.sentence(start - 1)[0]  # ``le rachat de Tecnoroc Inc. pour…`` cut at ``Inc.``
    for h in fd.hits(range(start, before[0])):
        if h.measure == "price" and fd.lex.has("purpose_verbs", fd.lemma[h.start]):
            return "price"
        if h.measure == "price" and fd.lex.has("disposals", fd.lemma[h.start]):
            return "price"
    return None


def share_worth(fd: FactDoc, amount: Span) -> str | None:
    """What a share is worth is a share price: ``le titre valait encore 31 euros il y a deux
    ans``, ``l'action vaut aujourd'hui 12 euros`` (the subject of ``valoir`` is a share)."""
    verb = fd.governing_verb(amount.root)
    if verb is None or fd.lemma[verb.i] != "valoir":
        return None
    subject = subject_of(verb)
    if subject is None or not fd.lex.has("share_words", fd.low[subject.i]):
        return None
    return "share_price"


def consumed(fd: FactDoc, amount: Span) -> str | None:
    """What something consumes is a spending, not a price: ``les routes absorbent 412
    milliards``, ``le chantier a englouti 2 milliards`` (the amount is the object of a verb of
    ``consuming_verbs``; ``X absorbe Y`` with a company as its object is a takeover). A cost,
    which an article on public finances makes a budget."""
    verb = fd.governing_verb(amount.root)
    if verb is None or not fd.lex.has("consuming_verbs", fd.lemma[verb.i]):
        return None
    return "cost" if amount.root.head.i == verb.i and amount.root.dep_ == "obj" else None


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
        if found is not None and _a_qualifier(fd, found):
            continue  # ``un résultat avant impôt de 45 millions``: the result, not the tax
        if found is not None and _says_nothing(fd, found):
            return None  # ``un complément de prix de 20 millions sera versé``: read the noun
        if found is not None and not found.blocks and _costing(fd, found):
            return _subject_measure(fd, token) or found.measure
        if found is not None:
            return None if found.blocks else _nearer_cue(fd, found, amount)
        if token.pos_ in ("VERB", "AUX"):
            return None
    return None


#: words that make the noun after them a qualifier of the noun before: ``résultat avant impôt``,
#: ``bénéfice après impôts``, ``marge hors effets de change``
QUALIFYING = {"avant", "après", "hors"}


def _a_qualifier(fd: FactDoc, found: Hit) -> bool:
    """Whether the governing cue is a noun after ``avant`` / ``après`` / ``hors`` (``un
    résultat courant avant impôt de 45 millions``): it qualifies the noun it depends on, whose
    measure the amount takes."""
    return found.kind != "verb" and found.start > 0 and fd.low[found.start - 1] in QUALIFYING


def _costing(fd: FactDoc, found: Hit) -> bool:
    """Whether a governing cue is a verb that only says what a thing costs or yields
    (``coûter``, ``chiffrer``, ``rapporter``: ``subject_says_verbs``), whose subject says
    what the thing is."""
    return found.kind == "verb" and fd.lex.has("subject_says_verbs", fd.lemma[found.start])


def _subject_measure(fd: FactDoc, verb: Token) -> str | None:
    """The measure of a cue noun that is the subject of ``verb``, ``other`` aside: ``le
    rachat de la PME a coûté 45 millions`` (a price), ``l'amende coûtera 30 millions`` (a
    fine), ``la cession a rapporté 300 millions`` (a price); ``la grève a coûté 50
    millions`` has none (the verb's cost), nor ``la taxe rapportera 2 milliards`` (an
    ``other`` noun: the verb's revenue), nor ``la perte de la concession a coûté 120
    millions`` (a result lost is the verb's cost: :data:`COSTED_THINGS`)."""
    subject = subject_of(verb)
    if subject is None or subject.i > verb.i:
        return None
    found = fd.hit_covering(subject.i)
    if found is None or found.blocks or found.kind != "noun":
        return None
    return found.measure if found.measure in COSTED_THINGS else None


def _says_nothing(fd: FactDoc, found: Hit) -> bool:
    """Whether a governing cue is a verb of paying that says nothing alone (``verser``, whose
    measure in the data is ``other``): the words around the amount say what it is."""
    if found.kind != "verb" or found.measure != "other":
        return False
    return fd.lex.has("payment_verbs", fd.lemma[found.start])


def _nearer_cue(fd: FactDoc, found: Hit, amount: Span) -> str:
    """The measure of the cue nearest the amount between the governing cue ``found`` and
    the amount, else that of ``found``: ``l'offre valorise le distributeur à 1 milliard``
    (``valorise``, not ``offre``), ``propose de verser le dividende : un acompte de 30
    dirhams`` (``dividende``, not ``propose``)."""
    if found.end >= amount.start or amount.start - found.end > NEARER_GAP:
        return found.measure
    between = [
        h
        for h in fd.hits(range(found.end, amount.start))
        if not h.blocks and not _a_qualifier(fd, h)
    ]
    return between[-1].measure if between else found.measure


def built_asset_of(fd: FactDoc, amount: Span) -> str | None:
    """The amount of a plant or of a programme of works is an investment: ``la construction
    d'un four électrique de 1,2 milliard``, ``un plan de 38 milliards pour ses aéroports``."""
    head = amount.root.head
    if head.i == amount.root.i or head.pos_ != "NOUN" or head.i > amount.start:
        return None
    if fd.lex.has("built_assets", fd.lemma[head.i]):
        return "investment"
    if not fd.lex.has("works_plans", fd.lemma[head.i]) or _plan_of_other(fd, head.i):
        return None
    if near_words(fd, amount, "closure_words"):
        return None  # ``un plan de 200 millions pour fermer deux usines``: a cost
    start, end = fd.sentence(amount.start)
    built = any(fd.lex.has("built_assets", fd.lemma[i]) for i in range(start, end))
    return "investment" if built else None


def _plan_of_other(fd: FactDoc, i: int) -> bool:
    """Whether the plan at token ``i`` says what it is with a cue of another measure: ``un
    plan d'économies``, ``un plan de restructuration``, ``un plan de soutien``."""
    found = fd.hit(i)
    if found is None and fd.lower(i + 1) in ("de", "d'") and i + 2 < len(fd.doc):
        found = fd.hit(i + 2)
    return found is not None and found.kind == "noun" and found.measure != "investment"


def counted_contracts(fd: FactDoc, amount: Span) -> str | None:
    """Public contracts counted are an order, not a market: ``une quarantaine de marchés,
    représentant environ 310 millions``, ``douze marchés pour 40 millions``."""
    nouns = [h for h in fd.hits(fd.left(amount.start, 10)) if h.kind == "noun"]
    if not nouns or not fd.lex.has("counted_contracts", fd.low[nouns[0].start]):
        return None
    i = nouns[0].start - 1
    if fd.lower(i) in ("de", "d'"):
        i -= 1  # ``une quarantaine de marchés``
    word = fd.lower(i)
    counted = fd.pos[i] == NUM or word.endswith("aine") or word == "plusieurs"
    return "order" if i >= 0 and counted else None


def subject_cue(fd: FactDoc, amount: Span) -> str | None:
    """The cue of the subject of the verb governing the amount, before nearer words: ``le
    coût du risque sur les cartes de crédit a atteint 3,9 milliards``."""
    verb = fd.governing_verb(amount.root)
    if verb is None or not 0 < amount.start - verb.i <= SUBJECT_VERB_GAP:
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
    if not subjects or subjects[0].i >= verb.i:
        return None
    found = fd.hit_covering(subjects[0].i)
    return None if found is None or found.blocks else found.measure


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


def contract_sentence(fd: FactDoc, amount: Span) -> str | None:
    """The parts of a contract told in a sentence on it are the order: ``Le contrat, le plus
    important de son histoire, prévoit aussi des options sur 24 appareils, pour 520 millions,
    et un volet de maintenance évalué à 380 millions`` (the sentence opens on a noun of an
    order, no other cue before the amount)."""
    start = fd.sentence(amount.start)[0]
    first = next((i for i in range(start, amount.start) if fd.pos[i] in (NOUN_POS, PROPN)), None)
    if first is None:
        return None
    found = fd.hit(first)
    if found is None or found.kind != "noun" or found.measure != "order":
        return None
    others = [h for h in fd.hits(range(found.end, amount.start)) if h.measure != "order"]
    return None if others else "order"


#: the measure rules, in order
MEASURE_RULES: tuple[MeasureRule, ...] = (
    own_shares,
    noun_after,
    in_the_form_of,
    amount_of,
    buying_purpose,
    per_share,
    unit_price,
    market_quote,
    commodity_level,
    payment,
    person_receives,
    earned_per_time,
    investor_giver,
    public_giver,
    spending_purpose,
    share_worth,
    consumed,
    governing_cue,
    bought_for,
    built_asset_of,
    subject_cue,
    counted_contracts,
    cue_before,
    cue_after,
    contract_sentence,
)


def is_negative(amount: Span) -> bool:
    """Whether the amount is written with a minus sign (``-548 millions d'euros``)."""
    return amount.text[:1] in ("-", "−", "–")


def measure_of(fd: FactDoc, amount: Span) -> str | None:
    """The measure of ``amount``: the first rule's answer as revised
    (:func:`~.revisions.revise`), None when none answers; a profit written negative is a
    loss."""
    for rule in MEASURE_RULES:
        found = rule(fd, amount)
        if found:
            found = revise(fd, amount, found)
            negative = is_negative(amount) or said_negative(fd, amount)
            return "loss" if found == "profit" and negative else found
    return None


def said_negative(fd: FactDoc, amount: Span) -> bool:
    """Whether a word of ``negative_words`` a few words before the amount says the result
    is negative: ``un résultat net négatif de 15 millions``, ``un Ebitda déficitaire de 4
    millions``, ``un résultat ressorti négatif, à 2 millions``."""
    return any(fd.lex.has("negative_words", fd.low[i]) for i in fd.left(amount.start, 4))
