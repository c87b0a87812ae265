"""Second looks at a measure: :data:`REVISION_RULES`, small named rules tried in order once
:data:`~.measures.MEASURE_RULES` has picked a measure from the words around the amount.

Each rule reads the measure found and the amount's wider context (the sentence, the article)
and returns a better measure, or None to pass: what a plant costs is an investment, a state's
receipts and a town's deficit are a budget, money raised on the bond market is a debt, market
value wiped out is a cost. The first answer wins. Rule data are word classes of
``models/facts/words.json``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.symbols import ADJ, VERB
from spacy.tokens import Span, Token

from pipeline.components.facts.document import LEDE, FactDoc, Party
from pipeline.components.facts.scene import subject_of
from pipeline.rates import to_eur

RevisionRule = Callable[[FactDoc, Span, str], "str | None"]

#: the measures of a company's results that are a budget when a public body's
RESULTS = frozenset(("revenue", "cost", "loss", "profit"))
#: the measures a word of a state beside the amount makes a budget (not a cost: ``le loyer
#: de l'entrepôt communal``)
STATE_RECEIPTS = frozenset(("revenue", "loss", "profit"))
#: the mentions of public finances that make an article with no main company one on them
PUBLIC_MENTIONS = 3
#: the word classes of public bodies (a party of none of them is a company)
PUBLIC_KINDS = ("public_bodies", "co_funders", "public_accounts", "authorities", "state_organs")
#: tokens after an amount read for what its fundraising is (a bond, for a subsidiary)
AFTER = 12
#: the largest value in euros of a price per share in an IPO
MAX_SHARE_PRICE = 10_000.0


def _sentence_words(fd: FactDoc, amount: Span, kind: str, previous: bool = False) -> bool:
    """Whether a word of the class ``kind`` (lower case or lemma) is in the amount's sentence
    (and the sentence before it, with ``previous``)."""
    start, end = fd.sentence(amount.start)
    if previous and start > 0:
        start = fd.sentence(start - 1)[0]
    return any(
        fd.lex.has(kind, fd.low[i]) or fd.lex.has(kind, fd.lemma[i]) for i in range(start, end)
    )


def near_words(fd: FactDoc, amount: Span, kind: str) -> bool:
    """Whether a word of the class ``kind`` (lower case or lemma) is in the amount's clause
    (the windows before and after it)."""
    window = [*fd.left(amount.start), *fd.right(amount.end)]
    return any(fd.lex.has(kind, fd.low[i]) or fd.lex.has(kind, fd.lemma[i]) for i in window)


def built_asset(fd: FactDoc, amount: Span, measure: str) -> str | None:
    """What building a plant or a programme costs is an investment: ``le coût du projet est
    estimé à 4 milliards``, ``le chantier des six réacteurs est chiffré à 67 milliards``,
    ``une unité d'engrais d'un coût de 3 milliards`` (a cost word with a built asset in the
    sentence or the one before)."""
    if measure != "cost":
        return None
    left = [*fd.left(amount.start), *fd.right(amount.end, 3)]
    if not any(fd.lex.has("cost_words", fd.lemma[i]) for i in left):
        return None
    if near_words(fd, amount, "closure_words"):
        return None  # ``la fermeture de l'usine coûtera 130 millions``: a cost
    return "investment" if _sentence_words(fd, amount, "built_assets", previous=True) else None


def ipo_price(fd: FactDoc, amount: Span, measure: str) -> str | None:
    """A small price in an article on an IPO is a price per share: ``le prix a été fixé
    dans le haut de la fourchette indicative, comprise entre 38 et 43 francs`` (not in a
    sentence of a takeover: ``l'OPA de 20 euros par action``)."""
    if measure != "price" or not ipo_article(fd):
        return None
    found = amount._.amount or {}
    value = found.get("value")
    euros = to_eur(value, found.get("currency"), None)[0]
    value = value if euros is None else euros
    if value is None or value >= MAX_SHARE_PRICE:
        return None
    return None if _sentence_words(fd, amount, "takeover_words") else "share_price"


def ipo_article(fd: FactDoc) -> bool:
    """Whether the article is on an IPO (a phrase of ``ipo_articles``), worked out once per
    document."""
    if fd.ipo is None:
        text = fd.text.lower()
        fd.ipo = any(phrase in text for phrase in fd.lex.words.get("ipo_articles", ()))
    return fd.ipo


def public_funder(fd: FactDoc, amount: Span, measure: str) -> str | None:
    """What a public body puts in is aid when it goes to a company named in the sentence
    (``Québec et Ottawa injectent 420 millions dans l'usine de Vireo``), else its share of
    public equipment, a budget (``le matériel sera financé par la Région, à hauteur de 520
    millions``)."""
    if measure != "investment":
        return None
    funder = _funder(fd, amount)
    if funder is None or not _co_funder(fd, funder):
        return None
    start, end = fd.sentence(amount.start)
    companies = [
        party
        for party in fd.parties
        if start <= party.start < end and party.kind == "org" and party.start != funder.i
    ]
    public = ("public_bodies", "co_funders")
    if any(not any(fd.is_public(party.name, kind) for kind in public) for party in companies):
        return "aid"
    return "budget"


def _funder(fd: FactDoc, amount: Span) -> Token | None:
    """The subject of the verb governing the amount, or its agent (``financé par la
    Région``)."""
    verb = fd.governing_verb(amount.root)
    if verb is None:
        return None
    for child in verb.children:
        if child.dep_ in ("nsubj", "obl:agent") and child.i < amount.start:
            return child
    return None


def _co_funder(fd: FactDoc, token: Token) -> bool:
    """Whether ``token`` names a public body of ``co_funders`` (``la Région Île-de-France``,
    ``Québec``, ``l'État``)."""
    if fd.lex.has("co_funders", fd.low[token.i]) and not fd.is_lower[token.i]:
        return True
    party = fd.party_in(token)
    return party is not None and fd.is_public(party.name, "co_funders")


def deal_value(fd: FactDoc, amount: Span, measure: str) -> str | None:
    """The enterprise value a company is sold or bought for is its price: ``céder sa filiale
    pour une valeur d'entreprise de 640 millions``."""
    if measure != "valuation":
        return None
    nouns = [h for h in fd.hits(fd.left(amount.start, 8)) if h.kind == "noun"]
    if not nouns or nouns[0].measure != "valuation":
        return None
    if "pour" not in (fd.lower(nouns[0].start - k) for k in (1, 2)):
        return None
    deal = _sentence_words(fd, amount, "purpose_verbs") or _sentence_words(fd, amount, "disposals")
    return "price" if deal else None


def enterprise_value(fd: FactDoc, amount: Span, measure: str) -> str | None:
    """A deal's value estimated with its debt is the target's enterprise value, a valuation:
    ``une transaction évaluée à 412 millions de dollars, dette comprise`` (a verb of an
    estimate, ``value_verbs``, before the amount and a word of ``debt_included`` after it);
    ``racheté pour 1,2 milliard, dette comprise`` stays a price."""
    if measure not in ("price", "other") or not _debt_included(fd, amount):
        return None
    before = list(fd.left(amount.start, 4))
    if not before or fd.low[before[0]] != "à":
        return None
    return "valuation" if any(fd.lex.has("value_verbs", fd.lemma[i]) for i in before) else None


def _debt_included(fd: FactDoc, amount: Span) -> bool:
    """Whether a word of ``debt_included`` follows the amount (``, dette comprise``)."""
    after = [i for i in fd.right(amount.end, 6) if fd.low[i] != ","]
    phrases = [tuple(phrase.split()) for phrase in fd.lex.words.get("debt_included", ())]
    return any(fd.words_at(i, phrase) for i in after[:2] for phrase in phrases)


def court_award(fd: FactDoc, amount: Span, measure: str) -> str | None:
    """Damages a court awards are a fine, not a cost, aid or a bare sum: ``la cour a accordé
    à Telvia 90 millions d'euros``, ``les magistrats ont retenu un préjudice de 5,9
    millions`` (the subject of the amount's verb is a court or its judges, ``court_words``,
    not an auditor: ``la Cour des comptes chiffre le coût à 3 milliards``), ``90 millions en
    réparation`` (``award_phrases`` after the amount)."""
    if measure not in ("cost", "aid", "other"):
        return None
    phrases = [tuple(phrase.split()) for phrase in fd.lex.words.get("award_phrases", ())]
    if any(fd.words_at(i, phrase) for i in fd.right(amount.end, 4) for phrase in phrases):
        return "fine"
    verb = fd.governing_verb(amount.root)
    subject = subject_of(verb) if verb is not None else None
    if subject is None or not fd.lex.has("court_words", fd.lemma[subject.i]):
        return None
    after = [tuple(phrase.split()) for phrase in fd.lex.words.get("court_not_after", ())]
    return None if any(fd.words_at(subject.i + 1, phrase) for phrase in after) else "fine"


def public_budget(fd: FactDoc, amount: Span, measure: str) -> str | None:
    """Results, receipts and spending of a public body are a budget: in an article on a
    town's accounts or on public finances (``la Ville de Lausanne a bouclé ses comptes sur un
    déficit de 38 millions``, ``la charge d'intérêts passerait à 100 milliards``), or beside
    a word of a state (``la taxe rapporterait 40 milliards à l'État``, ``l'administration
    fiscale attend 35 milliards de recettes``)."""
    if measure not in RESULTS and measure != "investment":
        return None
    if public_article(fd):
        return None if company_figure(fd, amount) else "budget"
    if measure not in STATE_RECEIPTS:
        return None
    window = [*fd.left(amount.start, 12), *fd.right(amount.end)]
    return "budget" if any(is_state_word(fd, i) for i in window) else None


def public_spender(fd: FactDoc, amount: Span, measure: str) -> str | None:
    """Spending, receipts and results whose owner is a public body are a budget, in any
    article: the subject of the amount's verb (``le département du Nord investira 210
    millions dans ses routes``, ``la commune a dépensé 1,2 million``, ``le Sénégal prévoit
    des dépenses de 6 400 milliards``) or the ``de`` complement of its subject or of its
    noun (``les recettes de la ville atteignent 98 millions``, ``le déficit de la commune se
    creuse à 2,3 millions``) is a word of a state or of a public body's accounts, or a
    country. What a public body puts into a company is aid (:func:`public_funder`, before)."""
    if measure not in RESULTS and measure != "investment":
        return None
    owner = _owner(fd, amount)
    return "budget" if owner is not None and _public_owner(fd, owner) else None


def _owner(fd: FactDoc, amount: Span) -> Token | None:
    """Whose the amount is by the parse: the subject of its verb, else of the verb above
    (``le gouvernement prévoit de dépenser``), when it is a public body itself; else, when
    that subject (or the amount's own head) is a cue noun with a ``de`` complement (``les
    recettes de la ville``), the complement."""
    start = fd.sentence(amount.start)[0]
    head = amount.root.head
    verb = fd.governing_verb(amount.root)
    subject = subject_of(verb) if verb is not None else None
    if subject is not None and not (
        start <= subject.i < amount.start and fd.same_paragraph(subject, amount.root)
    ):
        subject = None  # a parse across sentences or paragraphs
    if subject is not None and _public_owner(fd, subject):
        return subject
    for noun in (subject, head if start <= head.i < amount.start else None):
        found = fd.hit_covering(noun.i) if noun is not None else None
        if noun is None or found is None:
            continue  # ``l'hôpital de la commune a perdu 2 millions``: the hospital's
        owner = next(
            (c for c in noun.children if c.dep_ == "nmod" and c.i >= found.end and _with_de(c)),
            None,
        )
        if owner is not None:
            return owner
    return None


def _with_de(token: Token) -> bool:
    """Whether ``token`` is introduced by ``de`` (``de la ville``, ``du Nord``)."""
    return any(c.dep_ == "case" and c.lower_ in ("de", "d'", "du", "des") for c in token.children)


def _public_owner(fd: FactDoc, token: Token) -> bool:
    """Whether ``token`` names a public body whose money is a budget: a word of a state
    (``l'État``, ``la commune``, ``le gouvernement``), a word of a public body's accounts
    (``la ville``; ``le département``, ``la région`` with a capital or their place: ``le
    département du Nord``), a public body named (``la Ville de Lyon``), or a country or a
    region written with its article (``le Sénégal``, ``la Bretagne``)."""
    word = fd.low[token.i]
    if is_state_word(fd, token.i) or fd.lex.has("governments", word):
        return True
    party = fd.party_in(token)
    if party is not None:
        return party.kind == "org" and fd.is_public(party.name, "public_accounts")
    if fd.lex.has("public_accounts", word):
        named = not fd.is_lower[token.i] or any(_with_de(c) for c in token.children)
        return named or not fd.lex.has("places_named", word)
    return token.ent_type_ == "LOC" and _with_article(fd, token)


def _with_article(fd: FactDoc, token: Token) -> bool:
    """Whether ``token`` is a name written with its article, as countries and regions are
    (``le Sénégal``, ``la Bretagne``), not towns (``Lyon``)."""
    return fd.lower(token.i - 1) in ("le", "la", "l'", "l’") and not fd.is_lower[token.i]


def company_figure(fd: FactDoc, amount: Span) -> bool:
    """Whether the amount is a company's own figure in an article on a public body: a company
    (not a source: ``Selon la BCV, les communes ont dégagé…``) is named before it in its
    clause (``Chez Vandewalle, qui a perdu 3,2 millions l'an dernier``), or the subject of its
    verb is a company (``L'entreprise familiale apportera 9 millions sur ses fonds propres``)."""
    for i in fd.left(amount.start):
        party = fd.party_at.get(i)
        if party is None or party.kind != "org" or _named_aside(fd, party):
            continue
        return not any(fd.is_public(party.name, kind) for kind in PUBLIC_KINDS)
    verb = fd.governing_verb(amount.root)
    subject = subject_of(verb) if verb is not None else None
    return subject is not None and fd.lex.has("company_nouns", fd.low[subject.i])


def _named_aside(fd: FactDoc, party: Party) -> bool:
    """Whether a name is a source (``selon la BCV``) or a name restated in brackets (``la
    Banque cantonale vaudoise (BCV)``), which says nothing of whose the figure is."""
    return fd.lower(party.start - 1) == "(" or fd.is_source(party)


def is_state_word(fd: FactDoc, i: int) -> bool:
    """Whether token ``i`` is a word of a state (``la commune``; ``l'État`` with its capital
    only: ``a fait état de`` is none)."""
    word = fd.low[i]
    if not fd.lex.has("state_words", word):
        return False
    return not (fd.lex.has("capitalised_state_words", word) and fd.is_lower[i])


def public_article(fd: FactDoc) -> bool:
    """Whether the article is on a public body's accounts (:func:`_public_article`), worked
    out once per document."""
    if fd.public_accounts is None:
        fd.public_accounts = _public_article(fd)
    return fd.public_accounts


def _public_article(fd: FactDoc) -> bool:
    """Whether the article is on a public body's accounts: its main organisation (else the
    first of its lede) is a public body (``la Ville de Lausanne``), or it has no main company
    and its lede names one (``La Ville a bouclé ses comptes``) or it speaks of public
    finances at least :data:`PUBLIC_MENTIONS` times (``le déficit public``, ``la dette
    publique``)."""
    company = fd.main_company()
    main = company or _first_org(fd)
    if main is not None and fd.is_public(main, "public_accounts"):
        return True
    if company is not None:
        return False
    lede = range(min(LEDE, len(fd.low)))
    if any(fd.lex.has("public_accounts", fd.low[i]) and not fd.is_lower[i] for i in lede):
        return True
    text = fd.text.lower()
    found = sum(text.count(phrase) for phrase in fd.lex.words.get("public_finance", ()))
    return found >= PUBLIC_MENTIONS


def _first_org(fd: FactDoc) -> str | None:
    """The first organisation of the title or lede (the first :data:`LEDE` tokens)."""
    for party in fd.parties:
        if party.kind == "org" and party.start < LEDE:
            return party.name
    return None


def bond_market(fd: FactDoc, amount: Span, measure: str) -> str | None:
    """Money raised on the bond market, or by a state, is a debt: ``OCP lève 5 milliards de
    dirhams sur le marché obligataire``, ``le Trésor a levé 10 milliards sur les marchés``."""
    if measure != "funding":
        return None
    after = fd.right(amount.end, 6)
    if any(fd.lex.has("bond_words", fd.low[i]) for i in after):
        return "debt"
    verb = amount.root.head  # the state raises the amount itself, not a capital increase
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] if verb.pos_ == "VERB" else []
    return "debt" if subjects and is_state_word(fd, subjects[0].i) else None


def for_a_subsidiary(fd: FactDoc, amount: Span, measure: str) -> str | None:
    """A parent's capital increase for its subsidiary is an investment: ``une augmentation
    de capital de 60 milliards de francs CFA au profit de sa filiale``."""
    if measure != "funding":
        return None
    after = list(fd.right(amount.end, AFTER))
    for k, i in enumerate(after[:-2]):
        if fd.low[i] == "au" and fd.low[after[k + 1]] == "profit":
            return "investment"
    return None


def net_inflows(fd: FactDoc, amount: Span, measure: str) -> str | None:
    """An asset manager's net inflows are no fundraising: ``les SCPI ont collecté 3,1
    milliards d'euros net``, ``Corum continue d'attirer l'épargne, avec 1,2 milliard
    collectés``."""
    if measure != "funding":
        return None
    after = fd.right(amount.end, 3)
    if any(fd.low[i] in ("net", "nets", "nette", "nettes") for i in after):
        return "other"
    return "other" if _sentence_words(fd, amount, "inflow_words") else None


def wiped_out(fd: FactDoc, amount: Span, measure: str) -> str | None:
    """Market value wiped out is a cost: ``l'indice a effacé 250 milliards d'euros de
    capitalisation``, ``les marchés mondiaux ont perdu 9 000 milliards de dollars``."""
    if measure not in ("valuation", "loss"):
        return None
    verb = fd.governing_verb(amount.root)
    if verb is None or not fd.lex.has("wipe_verbs", fd.lemma[verb.i]):
        return None
    if measure == "valuation":
        return "cost"
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
    if subjects and fd.lex.has("market_words", fd.low[subjects[0].i]):
        return "cost"
    return None


def aid_package(fd: FactDoc, amount: Span, measure: str) -> str | None:
    """A loan listed in an aid package is aid: ``cette aide comprend un prêt sans intérêt de
    150 millions``, and so is one to be turned into a subsidy: ``un prêt de 40 M$, dont 12 M$
    pourraient être convertis en subvention``."""
    if measure != "debt":
        return None
    before = [h for h in fd.hits(fd.left(amount.start)) if not h.blocks and h.kind == "noun"]
    if any(h.measure == "aid" for h in before):
        return "aid"
    after = fd.hits(fd.right(amount.end, AFTER))
    converted = any(h.measure == "aid" and fd.lower(h.start - 1) == "en" for h in after)
    return "aid" if converted else None  # ``un prêt de 40 M$, convertible en subvention``


#: the revision rules, in order
def valued_thing(fd: FactDoc, amount: Span, measure: str) -> str | None:
    """A thing valued by a participle right before the amount takes the measure of its own
    noun, a few words before, not a company's valuation: ``des actions de performance
    valorisées 2,86 millions d'euros`` (pay)."""
    participle = amount.start - 1
    if measure != "valuation" or participle < 1:
        return None
    found = fd.hit(participle)
    if found is None or found.kind != "verb" or fd.pos[participle] not in (VERB, ADJ):
        return None
    before = [h for h in fd.hits(range(max(participle - 4, 0), participle)) if h.kind == "noun"]
    if not before or before[-1].blocks or before[-1].measure == "valuation":
        return None
    return before[-1].measure


REVISION_RULES: tuple[RevisionRule, ...] = (
    built_asset,
    ipo_price,
    public_funder,
    deal_value,
    enterprise_value,
    court_award,
    public_budget,
    public_spender,
    bond_market,
    for_a_subsidiary,
    net_inflows,
    wiped_out,
    aid_package,
    valued_thing,
)


def revise(fd: FactDoc, amount: Span, measure: str) -> str:
    """``measure`` after the first revision rule that changes it."""
    for rule in REVISION_RULES:
        found = rule(fd, amount, measure)
        if found:
            return found
    return measure
