"""The ``fr_facts`` component: rule data in, the fact of each amount out (``span._.fact``)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from spacy.language import Language
from spacy.symbols import SPACE
from spacy.tokens import Doc, Span

import pipeline.extensions  # noqa: F401  (registers span._.fact)
from pipeline.components.base import DataComponent, run_guarded
from pipeline.components.facts.counterparts import counterpart_of
from pipeline.components.facts.document import FactDoc, StringMemo
from pipeline.components.facts.holders import holder_of
from pipeline.components.facts.lexicon import DATA_FILES, FactsLexicon
from pipeline.components.facts.measures import measure_of, noun_after
from pipeline.components.facts.periods import period_of
from pipeline.components.facts.scene import make_scene
from pipeline.components.facts.titles import announce_titles

#: the tokens before an amount read for ``dont`` (``dont une part exceptionnelle de``)
PART_WINDOW = 6
#: the tokens at the start of a sentence where a colon makes it a list (``ainsi : 40 millions``)
LIST_OPENING = 3
#: the marks before a list and between its items (``la suivante : X, 742 M€ ; Y, 214 M€``)
LIST_MARKS = frozenset((":", ";"))
#: the dashes that open an answer in an interview
DASHES = frozenset(("-", "–", "—"))
#: the tokens before an amount read for ``soit`` (``soit une enveloppe de 142 MDH``)
SOIT_WINDOW = 6
#: the words that open a restated amount (``ou`` per head only)
RESTATING_OPENERS = frozenset(("soit", "ou"))
#: the preposition before two amounts coordinated (``de 5,9 millions … et de 1,5 million``)
PREPOSITIONS = frozenset(("de", "d'"))
#: the articles before a noun after ``soit`` (``soit une enveloppe de``)
ARTICLES = frozenset(("un", "une", "le", "la"))
#: the share of the article's amounts before an amount that must share a measure for it to be
#: the article's (:func:`article_measure`), and their least number
ARTICLE_SHARE = 0.6
ARTICLE_FACTS = 2
#: the tokens after an amount where no cue may be for :func:`article_measure`
AROUND_AFTER = 3
#: the fact of an amount nothing is known of
NO_FACT: dict[str, Any] = {"measure": "other", "holder": None, "counterpart": None, "period": None}


def fact_of(fd: FactDoc, amount: Span) -> dict[str, Any]:
    """The fact of one amount: the fact of the amount it restates (:func:`restated`), else
    its measure (that of the amount before it in the sentence when no cue says: ``au-dessus
    du consensus, qui tablait sur 12,3 milliards``), then its counterpart and holder, then
    its period; a price is remembered as the article's last deal."""
    previous = fd.facts[-1] if fd.facts else None
    if previous is not None and restated(fd, previous[0], amount):
        return dict(previous[1])
    if previous is not None and restated_after_soit(fd, previous, amount):
        return {**previous[1], "period": period_of(fd, amount, previous[1]["measure"])}
    if previous is not None and (compared(fd, previous, amount) or conjoined(fd, previous, amount)):
        return {**previous[1], "period": period_of(fd, amount, previous[1]["measure"])}
    unit = unit_of_order(fd, amount)
    if unit is not None:
        return {**unit, "period": period_of(fd, amount, "order")}
    measure = measure_of(fd, amount)
    if (
        measure is None
        and previous is not None
        and previous[1]["measure"] != "other"
        and _same_sentence(fd, previous[0], amount)
    ):
        return {**previous[1], "period": period_of(fd, amount, previous[1]["measure"])}
    measure = measure or earlier_measure(fd, amount) or article_measure(fd, amount) or "other"
    scene = make_scene(fd, amount, measure)
    scene.counterpart = counterpart_of(scene)
    holder = holder_of(scene)
    if measure == "price":
        fd.deal.holder = holder or fd.deal.holder
        fd.deal.counterpart = scene.counterpart or fd.deal.counterpart
    return {
        "measure": measure,
        "holder": holder,
        "counterpart": scene.counterpart,
        "period": period_of(fd, amount, measure),
    }


def restated(fd: FactDoc, previous: Span, amount: Span) -> bool:
    """Whether ``amount`` restates the amount right before it in another currency: ``20,5
    milliards de dollars (19 milliards d'euros)``, ``55 milliards de rands, soit environ 2,7
    milliards d'euros``."""
    if not 0 < amount.start - previous.end <= 4:
        return False
    between = [fd.lower(i) for i in range(previous.end, amount.start)]
    if not ({"(", "soit"} & set(between)):
        return False
    return all(fd.lex.has("restating", word) for word in between)


def restated_after_soit(fd: FactDoc, previous: tuple[Span, dict[str, Any]], amount: Span) -> bool:
    """Whether ``amount`` restates an earlier amount of its sentence after ``soit``, as a
    total, per head or as a difference: ``un dividende de 9,50 DH par action, soit une
    enveloppe (globale) de 142 MDH``, ``une provision de 46 millions pour financer le plan, soit
    200 000 euros par salarié``, ``se sont partagé 14 millions, soit 1,8 million de plus``
    (a noun with no measure of its own between, ``par`` and a head after, or ``de plus`` /
    ``de moins``); after ``ou`` per head only (``à 38,4 M$, ou 0,71 $ par action``)."""
    span, fact = previous
    if fact["measure"] == "other" or not _same_sentence(fd, span, amount):
        return False
    window = list(fd.left(amount.start, SOIT_WINDOW))
    at = next((i for i in window if fd.low[i] in RESTATING_OPENERS), None)
    if at is None or at < span.end:
        return False
    between = range(at + 1, amount.start)
    if not all(_restating(fd, i) for i in between):
        return False
    if fd.low[at] == "soit" and (_restating_noun(fd, between) or _difference(fd, amount)):
        return True
    after = fd.right(amount.end, 3)
    return (
        len(after) >= 2
        and fd.low[after[0]] == "par"
        and fd.lex.has("restating_ratios", fd.low[after[1]])
    )


def _restating_noun(fd: FactDoc, between: range) -> bool:
    """Whether a noun of a total is between ``soit`` and the amount (``une enveloppe``)."""
    return any(
        fd.lex.has("restating_nouns", fd.low[i]) and fd.low[i] not in ARTICLES for i in between
    )


def _difference(fd: FactDoc, amount: Span) -> bool:
    """Whether ``de plus`` / ``de moins`` follows the amount (``soit 1,8 million de plus``)."""
    after = fd.right(amount.end, 2)
    return len(after) == 2 and fd.low[after[0]] == "de" and fd.low[after[1]] in ("plus", "moins")


def _restating(fd: FactDoc, i: int) -> bool:
    word = fd.low[i]
    if fd.lex.has("restating", word) or fd.lex.has("restating_nouns", word) or word == "peu":
        return True
    return fd.lex.has("total_words", word)


def compared(fd: FactDoc, previous: tuple[Span, dict[str, Any]], amount: Span) -> bool:
    """Whether ``amount`` is compared with the amount before it in its sentence, and so
    shares its fact (an ``other`` one too after ``contre``: ``2 800 FCFA par kilogramme, contre
    2 200 FCFA``): ``un dividende de 62 dirhams, contre 48 dirhams un an plus tôt``, ``un
    dividende de 2 euros, dont 0,5 euro exceptionnel`` (not when a noun after the amount says
    what it is: ``dont 20 millions de dette``)."""
    span, fact = previous
    if not _same_sentence(fd, span, amount):
        return False
    before = [i for i in fd.left(amount.start, 4) if not fd.lex.has("restating", fd.low[i])]
    if before and not fd.lex.has("comparing", fd.low[before[0]]):
        before = _part_of(fd, amount)
    if not before or not fd.lex.has("comparing", fd.low[before[0]]):
        return False
    if fact["measure"] == "other" and fd.low[before[0]] != "contre":
        return False
    return noun_after(fd, amount) is None


def conjoined(fd: FactDoc, previous: tuple[Span, dict[str, Any]], amount: Span) -> bool:
    """Whether ``amount`` is coordinated with the amount before it in its sentence, both after
    ``de``, and so shares its fact when no noun after it says what it is: ``un préjudice de 5,9
    millions au titre du manque à gagner et de 1,5 million au titre de l'atteinte à l'image``."""
    span, fact = previous
    if fact["measure"] == "other" or not _same_sentence(fd, span, amount):
        return False
    before = list(fd.left(amount.start, 2))
    if len(before) < 2 or fd.low[before[0]] not in PREPOSITIONS or fd.low[before[1]] != "et":
        return False
    return fd.lower(span.start - 1) in PREPOSITIONS and noun_after(fd, amount) is None


def unit_of_order(fd: FactDoc, amount: Span) -> dict[str, Any] | None:
    """The fact of the article's last order when ``amount`` is what each of the things ordered
    costs: ``chaque rame coûtera donc environ 13 millions``, ``les autobus coûteront 1,7
    million chacun``; else None."""
    verb = fd.governing_verb(amount.root)
    if verb is None or not fd.lex.has("cost_words", fd.lemma[verb.i]):
        return None
    start, end = fd.sentence(amount.start)
    if not any(fd.lex.has("each_words", fd.low[i]) for i in range(start, end)):
        return None
    orders = [fact for _, fact in fd.facts if fact["measure"] == "order"]
    return orders[-1] if orders else None


def earlier_measure(fd: FactDoc, amount: Span) -> str | None:
    """The measure of the last amount of the two sentences before (else of the last cue of
    the sentence before, when it has no amount: ``un contrat portant sur une frégate. Le
    montant avoisine 1,1 milliard``), when the amount's sentence only goes on about it: it
    names it (``le montant``, ``une somme équivalente``), starts with a pronoun (``Il se
    compose de 38 millions en fonds propres``, ``Elle vise 60 millions en 2027``), is an item
    of a list (after ``:`` or ``;``: ``X, 742 M€ de ventes ; Y, 214 M€``) or is an answer in
    an interview (``– Entre 50 et 70 millions par an.``)."""
    start, end = fd.sentence(amount.start)
    if not anaphoric(fd, start, end):
        return None
    if start == 0:
        return None
    previous = fd.sentence(start - 1)[0]
    if previous > 0 and all(fd.low[i] in DASHES for i in range(previous, start)):
        previous = fd.sentence(previous - 1)[0]  # ``Franck Marilly. –`` parsed apart
    first = fd.sentence(previous - 1)[0] if previous > 0 else previous
    for span, fact in reversed(fd.facts):
        if span.start < first:
            break
        if fact["measure"] != "other" and span.start < start:
            return str(fact["measure"])
    if any(previous <= span.start < start for span in fd.amounts):
        return None
    cues = [hit for hit in fd.hits(range(previous, start)) if not hit.blocks]
    return cues[-1].measure if cues else None


def article_measure(fd: FactDoc, amount: Span) -> str | None:
    """The measure the article is about, for an amount no word around it says anything of
    and that a company named before it in its sentence holds: the measure of most amounts
    before it (:data:`ARTICLE_SHARE`, at least :data:`ARTICLE_FACTS` of them), as in a
    round-up of fundraisings (``La medtech lyonnaise Cardiolume suit avec 48 millions
    d'euros``, ``La jeune pousse Weenat a pour sa part sécurisé 12 millions``); only the
    measures of events articles list (``round_up_measures``: funding, orders, fines…), not
    a price of goods told again and again."""
    start = fd.sentence(amount.start)[0]
    around = range(start, fd.right(amount.end, AROUND_AFTER).stop)
    if fd.hits(around) or not _company_before(fd, start, amount.start):
        return None
    counts = Counter(fact["measure"] for _, fact in fd.facts if fact["measure"] != "other")
    if not counts:
        return None
    measure, count = counts.most_common(1)[0]
    if count < ARTICLE_FACTS or count < ARTICLE_SHARE * len(fd.facts):
        return None
    return measure if fd.lex.has("round_up_measures", measure) else None


def _company_before(fd: FactDoc, start: int, end: int) -> bool:
    """Whether a company (an organisation that is no source nor public body) is named
    between tokens ``start`` and ``end``."""
    return any(
        start <= party.start < end
        and party.kind == "org"
        and not fd.is_source(party)
        and not fd.is_public(party.name, "public_accounts")
        for party in fd.parties
    )


def anaphoric(fd: FactDoc, start: int, end: int) -> bool:
    """Whether the sentence ``start:end`` goes on about a figure of the sentence before
    (:func:`earlier_measure`)."""
    words = range(start, end)
    if any(fd.lex.has("anaphora", fd.low[i]) for i in words):
        return True
    first = next((i for i in words if fd.pos[i] != SPACE), None)
    if first is None:
        return False
    if LIST_MARKS & {fd.lower(i) for i in range(start - 1, min(first + LIST_OPENING, end))}:
        return True  # a list after a colon or its next item after ``;``, cut by the parser
    if fd.low[first] in DASHES:  # an answer (``– Entre 50 et 70 millions``), not ``-value``
        return bool(fd.doc[first].whitespace_)
    return fd.lex.has("anaphora_pronouns", fd.low[first]) or fd.low[start - 1] in DASHES


def _part_of(fd: FactDoc, amount: Span) -> list[int]:
    """``dont`` a few words before the amount with no cue between: ``dont une part
    exceptionnelle de 10 dirhams``; else nothing."""
    window = list(fd.left(amount.start, PART_WINDOW))
    at = next((i for i in window if fd.low[i] == "dont"), None)
    if at is None or fd.hits(range(at + 1, amount.start)):
        return []
    return [at]


def _same_sentence(fd: FactDoc, previous: Span, amount: Span) -> bool:
    return fd.sentence(previous.start) == fd.sentence(amount.start)


def find_facts(fd: FactDoc) -> list[dict[str, Any]]:
    """The fact of every amount of the article, in text order; a title's amount takes the
    fact of the body amount it announces (:func:`~.titles.announce_titles`)."""
    for amount in fd.amounts:
        fd.facts.append((amount, fact_of(fd, amount)))
    announce_titles(fd)
    return [fact for _, fact in fd.facts]


class FactsComponent(DataComponent):
    """Sets ``span._.fact`` on every span of ``doc.spans["amounts"]`` (``FACTS.md``): what
    the amount measures, whose it is, the other party, the period of a result."""

    data_files = DATA_FILES
    lexicon: FactsLexicon
    memo: StringMemo

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.data = self.load_data()
        self._setup()

    def _setup(self) -> None:
        self.fill_missing()  # a pipeline saved by an older version: the shipped data
        self.lexicon = FactsLexicon.from_data(self.data)
        self.memo = StringMemo()  # token strings across documents (no document state)

    def __call__(self, doc: Doc) -> Doc:
        return run_guarded(doc, self.name, self.set_facts, self.set_no_facts)

    def set_facts(self, doc: Doc) -> None:
        amounts = doc.spans.get("amounts", [])
        if not len(amounts):
            return
        fd = FactDoc(doc, self.lexicon, self.memo)
        for span, fact in zip(fd.amounts, find_facts(fd), strict=True):
            span._.fact = fact

    @staticmethod
    def set_no_facts(doc: Doc) -> None:
        for span in doc.spans.get("amounts", []):
            span._.fact = dict(NO_FACT)
