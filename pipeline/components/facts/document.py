"""The per-document object of ``fr_facts``: one article while the facts of its amounts are found.

A :class:`FactDoc` is made fresh for each document by the component. It holds the doc, the
lexicon, the parties the entities component found (:class:`Party`: canonical name, kind, the
organisation of a person's role), the dates, the sentence bounds, the measure cues met near the
amounts (:class:`Hit`, found lazily and kept), the article's main company and the last deal
seen (what a later sentence about the same deal leaves unsaid).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from spacy.attrs import IS_LOWER, LEMMA, LOWER, POS, SENT_START
from spacy.strings import StringStore
from spacy.symbols import ADJ, AUX, DET, NOUN, PROPN, VERB, X
from spacy.tokens import Doc, Span, Token

from pipeline.components.base import doc_text
from pipeline.components.facts.lexicon import Cue, FactsLexicon
from pipeline.credits import credited_at
from pipeline.text import lower_straight

#: tokens read before and after an amount for its cues and parties
LEFT = 20
RIGHT = 8
#: heads climbed from an amount to its governing noun or verb
MAX_HEADS = 4
#: strings a :class:`StringMemo` keeps before it starts afresh
MEMO_MAX = 200_000
#: the word class of the authorities that impose fines or report (``words.json``)
AUTH = "authorities"
#: the tokens of an article's title and lede, where its main company is named first
LEDE = 40
#: definite articles (``le groupe Atlas``, not ``un porte-parole d'Atlas``)
DEFINITE = frozenset(("le", "la", "l'", "l’", "les"))
#: the links from a word of a name up to the subject it stands in (``le groupe Atlas``)
SUBJECT_PHRASE = frozenset(("flat:name", "flat", "appos", "compound", "nmod", "amod"))
#: tokens no clause goes across (besides line breaks)
BREAKS = frozenset((";", "•", "|"))
#: the last characters of a token that may end a sentence (besides a line break)
SENTENCE_ENDS = frozenset(".!?…:;»\")]”'")
#: endings of a past participle the model may tag an adjective (``racheté``)
PARTICIPLES = ("é", "ée", "és", "ées")
#: endings of a past participle opening an incise (``, détenu à 86 % par…,``)
INCISE_PARTICIPLES = (
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
#: the pronouns that make a verb reflexive
REFLEXIVE = frozenset(("s'", "se"))
#: how a name hangs on the noun it names (``l'action`` → ``Crédit Agricole``)
#: the prepositions of a noun's complement
OF_WORDS = frozenset(("de", "du", "d'", "des"))
NAME_DEPS = frozenset(("appos", "flat:name", "flat", "nmod", "compound", "nsubj"))


@dataclass(frozen=True)
class Party:
    """An organisation or a person the entities component found: its canonical name, its kind
    (``org``/``person``), its tokens, and for a person the organisation of their role."""

    name: str
    kind: str
    start: int
    end: int
    role_org: str | None = None
    #: for a person, the role the entities read (``président``), with or without its
    #: organisation
    role: str | None = None


@dataclass(frozen=True)
class Hit:
    """A measure cue met in the text: its tokens and its :class:`Cue` (``kind``: ``noun`` or
    ``verb``)."""

    start: int
    end: int
    cue: Cue
    kind: str

    @property
    def measure(self) -> str:
        return self.cue.measure

    @property
    def blocks(self) -> bool:
        """A cue written ``-`` in the data: words that look like a cue and are not (``au cours
        de`` is no share price)."""
        return self.cue.measure == "-"


@dataclass
class Deal:
    """The buyer and the target of the last price of the article."""

    holder: str | None = None
    counterpart: str | None = None


class StringMemo:
    """The strings of token hashes (LOWER, LEMMA) as the rules read them (lower case,
    apostrophes straight), kept across documents: a hash always names the same string, and a
    ``StringStore`` lookup decodes it anew each time. Starts afresh past :data:`MEMO_MAX`."""

    def __init__(self) -> None:
        self.strings: dict[int, str] = {}

    def read(self, ids: list[int], store: StringStore) -> list[str]:
        memo = self.strings
        try:
            return [memo[x] for x in ids]
        except KeyError:
            if len(memo) > MEMO_MAX:
                memo.clear()
            for x in ids:
                if x not in memo:
                    memo[x] = lower_straight(store[x])
            return [memo[x] for x in ids]


def _most_named(counts: dict[str, int]) -> str | None:
    """The name counted most, at least twice and more often than any other, else None."""
    ranked = [*sorted(counts.values(), reverse=True), 0, 0]
    best = max(counts, key=lambda name: counts[name]) if counts else None
    return best if ranked[0] >= 2 and ranked[0] > ranked[1] else None


class FactDoc:
    """One article as the fact rules read it (see the module's docstring)."""

    def __init__(self, doc: Doc, lex: FactsLexicon, memo: StringMemo | None = None) -> None:
        self.doc = doc
        self.lex = lex
        memo = memo or StringMemo()
        columns = (
            doc.to_array([LOWER, LEMMA, POS, IS_LOWER, SENT_START]).tolist() if len(doc) else []
        )
        #: each token's lower case, lemma and part of speech (read once, as arrays)
        self.low = memo.read([row[0] for row in columns], doc.vocab.strings)
        self.lemma = memo.read([row[1] for row in columns], doc.vocab.strings)
        self.pos: list[int] = [row[2] for row in columns]
        self.is_lower: list[bool] = [bool(row[3]) for row in columns]
        #: the first token of each sentence (the whole text one sentence when none is set)
        self.sent_starts = [0] + [
            i for i, row in enumerate(columns) if row[4] == 1 and i and self._ends_sentence(i - 1)
        ]
        self.breaks = {i for i, word in enumerate(self.low) if "\n" in word or word in BREAKS}
        self.amounts: list[Span] = list(doc.spans.get("amounts", []))
        self.dates: list[Span] = list(doc.spans.get("dates", []))
        self.text = doc_text(doc)
        self.parties = self._parties()
        self.party_at: dict[int, Party] = {
            i: party for party in self.parties for i in range(party.start, party.end)
        }
        self.amount_at = {i: span for span in self.amounts for i in range(span.start, span.end)}
        #: the tokens of the dates (``fr_dates``)
        self.date_tokens = {i for span in self.dates for i in range(span.start, span.end)}
        self.deal = Deal()
        #: the facts found so far, with their amounts, in text order
        self.facts: list[tuple[Span, dict[str, Any]]] = []
        #: the first deal the article tells (``deals.opening_deal``), once found
        self.opening: Deal | None = None
        #: whether the article is on a public body's accounts (``revisions.public_article``),
        #: once asked
        self.public_accounts: bool | None = None
        #: whether the article is on an IPO (``revisions.ipo_article``), once asked
        self.ipo: bool | None = None
        self._hits: dict[int, Hit | None] = {}
        self._main: str | bool | None = False
        # what the rules ask again and again of the same tokens (twenty measure rules read
        # the window before one amount), worked out once per document: the clause windows
        # (``("left" / "right", token, size)``), the cues met in a window, the governing verbs
        self._windows: dict[tuple[str, int, int], range] = {}
        self._window_hits: dict[range, list[Hit]] = {}
        self._verbs: dict[int, Token | None] = {}
        self._phrase_starts: dict[str, list[tuple[int, tuple[str, ...]]]] = {}

    def _ends_sentence(self, i: int) -> bool:
        """Whether token ``i`` may end a sentence: a full stop or another closing mark, or a
        line's end. The parser also cuts a title with no full stop inside a line (``Schneider
        s'offre le britannique | Harwell pour 1,2 milliard``): such a cut is no sentence's
        end."""
        token = self.doc[i]
        return "\n" in token.text or "\n" in token.whitespace_ or token.text[-1:] in SENTENCE_ENDS

    # -- what the entities component found ---------------------------------------------------
    def _parties(self) -> list[Party]:
        """The organisations and people of the article, in text order, but for names that
        never hold a figure (:meth:`_never_party`) and the agency of a dateline or credit
        (``(CercleFinance.com) - Le chiffre d'affaires…``)."""
        parties = []
        for group, kind in (("organizations", "org"), ("people", "person")):
            for span in self.doc.spans.get(group, []):
                name = span._.canonical or span.text
                if self._never_party(lower_straight(name)) or (
                    kind == "org" and credited_at(self.text, span.start_char, span.end_char)
                ):
                    continue
                role_org, role = (span._.role_org, span._.role) if kind == "person" else ("", "")
                parties.append(Party(name, kind, span.start, span.end, role_org or None, role))
        return sorted(parties, key=lambda party: party.start)

    def _never_party(self, folded: str) -> bool:
        """Whether a name is never a party: listed in ``not_parties.txt``, or a market named
        by its first word (``markets``: ``Euronext Bruxelles``, ``Bourse de Casablanca``)."""
        first = folded.split(" ", 1)[0]
        return folded in self.lex.not_parties or self.lex.has("markets", first)

    def main_company(self) -> str | None:
        """The organisation named most often, at least twice and more often than any other;
        None when no organisation stands out (an article on a market or a sector). A name
        restated right after itself (``la Banque publique d'investissement (Bpifrance)``) is
        one mention, a source (``un analyste de Natixis``) or an authority (``la Cour des
        comptes``: it reports or sanctions, holds no figure) none, nor a public body that gives
        aid (``la Région Occitanie``, ``Bpifrance``: the counterpart of the company's aid) or a
        lender of states (``le FMI``: a budget article's figures are the State's) or an organ of
        a state (``le Parlement a adopté la loi de finances``);
        the first organisation of the article, named in its title or lede (its first
        :data:`LEDE` tokens), counts one more."""
        if self._main is False:
            counts: dict[str, int] = {}
            last: Party | None = None
            for party in self.parties:
                if party.kind != "org" or self.is_source(party) or self._public(party.name):
                    continue
                if last is None or last.name != party.name or party.start - last.end > 2:
                    lede = not counts and party.start < LEDE
                    counts[party.name] = counts.get(party.name, 0) + (2 if lede else 1)
                last = party
            self._main = _most_named(counts)
        return self._main  # type: ignore[return-value]

    def _public(self, name: str) -> bool:
        """Whether ``name`` is an authority, a public body that gives aid, a lender of states
        (``state_lenders``: the IMF, the World Bank) or an organ of a state (``state_organs``:
        the Parliament that votes a budget, a ministry)."""
        return any(
            self.is_public(name, kind)
            for kind in (AUTH, "public_bodies", "state_lenders", "state_organs")
        )

    def is_source(self, party: Party) -> bool:
        """Whether the name is that of a source of a figure (``un analyste de KBC``, ``selon
        Reuters``, ``le consensus compilé par FactSet``, ``un bénéfice attendu par Natixis``),
        not of its holder; a description before the name is passed over (``les analystes
        sondés par la firme LSEG``)."""
        first = party.start
        while first > party.start - 3 and first > 0 and self._describes(first - 1):
            first -= 1
        before = range(max(first - 3, 0), party.start)
        return any(
            self.lex.has("source_words", self.low[i]) and not self._opens_clause(i) for i in before
        )

    def _describes(self, i: int) -> bool:
        """Whether token ``i`` is an article or a lower-case noun of a description before a
        name (``la firme``, ``le cabinet``)."""
        return self.is_lower[i] and (self.low[i] in DEFINITE or self.pos[i] == NOUN)

    def _opens_clause(self, i: int) -> bool:
        """Whether token ``i`` is a word of ``hosts`` opening its sentence or clause: ``Chez
        Kering, le résultat a fondu`` names the holder (``un analyste chez Oddo``: a source)."""
        if not self.lex.has("hosts", self.low[i]):
            return False
        before = self.lower(i - 1)
        return i == self.sentence(i)[0] or "\n" in before or before in (",", ":", ";", "-", "–")

    def is_investor(self, name: str) -> bool:
        """Whether a name says an investor (``Nova Capital``, ``Aster Ventures``:
        ``investor_words``)."""
        return any(self.lex.has("investor_words", word.lower()) for word in name.split())

    def is_public(self, name: str | None, kind: str = "public_bodies") -> bool:
        """Whether ``name`` is that of a public body that gives aid (``Région Bretagne``,
        ``Banque publique d'investissement``): its first word or whole name is one of
        ``public_bodies``; with ``kind="authorities"``, an authority that imposes fines."""
        if not name:
            return False
        folded = lower_straight(name)
        words = self.lex.words.get(kind, frozenset())
        return folded in words or folded.split(" ", 1)[0] in words

    def organisations(self) -> set[str]:
        """The canonical names of the organisations of the article."""
        return {party.name for party in self.parties if party.kind == "org"}

    # -- sentences and windows ---------------------------------------------------------------
    def sentence(self, i: int) -> tuple[int, int]:
        """The token bounds of the sentence of token ``i``."""
        k = max(bisect_right(self.sent_starts, i) - 1, 0)
        end = self.sent_starts[k + 1] if k + 1 < len(self.sent_starts) else len(self.doc)
        return self.sent_starts[k], end

    def is_break(self, i: int) -> bool:
        """A token no clause goes across: a line break, ``;``, a bullet."""
        return i in self.breaks

    def left(self, start: int, size: int = LEFT) -> range:
        """Token indices before ``start``, nearest first, in its sentence and clause."""
        key = ("left", start, size)
        if key not in self._windows:
            self._windows[key] = self._left(start, size)
        return self._windows[key]

    def _left(self, start: int, size: int) -> range:
        """:meth:`left`, worked out."""
        first = max(self.sentence(start)[0], start - size)
        stop = first
        for i in range(start - 1, first - 1, -1):
            if self.is_break(i):
                stop = i + 1
                break
        return range(start - 1, stop - 1, -1)

    def right(self, end: int, size: int = RIGHT) -> range:
        """Token indices from ``end`` on, in its sentence and clause."""
        key = ("right", end, size)
        if key not in self._windows:
            self._windows[key] = self._right(end, size)
        return self._windows[key]

    def _right(self, end: int, size: int) -> range:
        """:meth:`right`, worked out."""
        last = min(self.sentence(max(end - 1, 0))[1], end + size)
        for i in range(end, last):
            if self.is_break(i):
                return range(end, i)
        return range(end, last)

    # -- words and cues ----------------------------------------------------------------------
    def forms(self, i: int) -> tuple[str, str]:
        """``(lower case, lemma)`` of token ``i``, apostrophes straight."""
        return self.low[i], self.lemma[i]

    def lower(self, i: int) -> str:
        return self.low[i] if 0 <= i < len(self.low) else ""

    def words_at(self, i: int, phrase: tuple[str, ...]) -> bool:
        """Whether the words of ``phrase`` are written from token ``i`` (lower case or
        lemma)."""
        if i < 0 or i + len(phrase) > len(self.low):
            return False
        low, lemma = self.low, self.lemma
        return all(w == low[i + k] or w == lemma[i + k] for k, w in enumerate(phrase))

    def phrase_starts(self, kind: str) -> list[tuple[int, tuple[str, ...]]]:
        """Where the phrases of the word class ``kind`` are written in the article (``menée
        par``, ``auprès de``): ``(token, phrase)`` in the order of the text, then of the class;
        found once per document (a rule reading the whole article asks it for every amount)."""
        if kind not in self._phrase_starts:
            phrases = [tuple(words.split()) for words in self.lex.words.get(kind, ())]
            self._phrase_starts[kind] = [
                (i, phrase)
                for i, word in enumerate(self.low)
                for phrase in phrases
                if word == phrase[0] and self.words_at(i, phrase)
            ]
        return self._phrase_starts[kind]

    def hit(self, i: int) -> Hit | None:
        """The cue starting at token ``i`` (the longest noun cue, else a verb), or None."""
        if i in self._hits:
            return self._hits[i]
        if self.low[i] not in self.lex.first_words and self.lemma[i] not in self.lex.first_words:
            return None  # no cue starts with this word
        if i in self.party_at and not self.is_lower[i] and not self._cue_named(i):
            self._hits[i] = None  # a word of a name (``Investissement Québec``) is no cue
            return None
        found: Hit | None = None
        lower, lemma = self.forms(i)
        for first in dict.fromkeys((lower, lemma)) if not participle_homograph(self, i) else ():
            for cue in self.lex.nouns.get(first, ()):
                if self.words_at(i, cue.words):
                    found = Hit(i, i + len(cue.words), cue, "noun")
                    break
            if found:
                break
        if found is None:
            verb = self._verb_cue(i, lower, lemma)
            found = Hit(i, i + 1, verb, "verb") if verb is not None else None
        self._hits[i] = found
        return found

    def _cue_named(self, i: int) -> bool:
        """Whether the name at token ``i`` is one word that is wholly a noun cue of the data,
        an acronym of a result the entities took for a name (``le Rebit atteint 88
        millions``, ``un BAIIA de 45 M$``)."""
        party = self.party_at[i]
        if party.end - party.start != 1:
            return False
        return any(cue.words == (self.low[i],) for cue in self.lex.nouns.get(self.low[i], ()))

    def _verb_cue(self, i: int, lower: str, lemma: str) -> Cue | None:
        """The verb cue of token ``i``: by its lemma when the model tags it a verb, else by
        its written form (``injecte`` tagged a noun)."""
        pos = self.pos[i]
        if self.lower(i - 1) in REFLEXIVE and self.lex.has("reflexive_not_cues", lemma):
            return None  # ``s'engage à payer``: not the verb of the data
        if pos in (VERB, AUX):
            return self.lex.verbs.get(lemma)
        if pos in (NOUN, PROPN, X) or (pos == ADJ and lower.endswith(PARTICIPLES)):
            return self.lex.verb_forms.get(lower)
        return None

    def hits(self, indices: range) -> list[Hit]:
        """The cues met at ``indices``, read left to right (the longest cue first, overlaps
        left out), in the order of ``indices`` (a new list: the caller may change it)."""
        if indices not in self._window_hits:
            self._window_hits[indices] = self._hits_in(indices)
        return list(self._window_hits[indices])

    def _hits_in(self, indices: range) -> list[Hit]:
        """:meth:`hits`, worked out."""
        out: list[Hit] = []
        covered = -1
        for i in sorted(indices):
            found = self.hit(i) if i >= covered else None
            if found is not None:
                out.append(found)
                covered = found.end
        return out if indices.step > 0 else out[::-1]

    def hit_covering(self, i: int) -> Hit | None:
        """The cue whose words hold token ``i`` (``affaires`` in ``chiffre d'affaires``)."""
        for start in range(max(i - 4, 0), i + 1):  # the earliest start: the longest phrase
            found = self.hit(start)
            if found is not None and found.start <= i < found.end:
                return found
        return None

    # -- the parse ---------------------------------------------------------------------------
    def same_paragraph(self, a: Token, b: Token) -> bool:
        """Whether no line break stands between tokens ``a`` and ``b``."""
        lo, hi = sorted((a.idx, b.idx))
        return self.text.find("\n", lo, hi) == -1

    def governing_verb(self, token: Token) -> Token | None:
        """The first verb above ``token`` in the parse (``lève`` for ``100 millions`` in ``X
        lève 100 millions``) in its paragraph, or None."""
        if token.i not in self._verbs:
            self._verbs[token.i] = self._governing_verb(token)
        return self._verbs[token.i]

    def _governing_verb(self, token: Token) -> Token | None:
        """:meth:`governing_verb`, worked out."""
        start = token
        for _ in range(MAX_HEADS + 2):
            if token.head.i == token.i:
                break
            token = token.head
            if token.pos_ in ("VERB", "AUX"):
                return token if self.same_paragraph(start, token) else None
        if token.pos_ in ("VERB", "AUX") and self.same_paragraph(start, token):
            return token
        return None

    def focus(self, start: int) -> Party | None:
        """The entity in focus before token ``start``: the last organisation that was the
        subject of a sentence earlier in the paragraph (``Sanofi a annoncé… Le groupe
        français a proposé…``), not an authority (``la Cour des comptes estime…``), nor a
        name inside an incise of the subject (``Le groupe, racheté en 2023 par le fonds X,
        justifie…``: the parse hangs X on the subject, but the group is in focus)."""
        for i in range(start - 1, max(start - 200, -1), -1):
            if "\n" in self.low[i]:
                return None
            party = self.party_at.get(i)
            if party is None or party.kind != "org" or self.is_public(party.name, AUTH):
                continue
            if self._is_subject(i) and not self.in_incise(party.start, self.sentence(i)[1]):
                return party
        return None

    def in_incise(self, start: int, end: int) -> bool:
        """Whether the name at ``start`` stands in a relative clause, a participle or an
        apposition set between commas before ``end``: ``La jeune pousse, qui avait levé 25
        millions auprès du fonds Northgate, a réalisé…``, ``Le groupe, détenu à 86 % par la
        Fondation X, a…``, ``Le mastodonte des médias, filiale du groupe X, confirme…``."""
        if "," not in self.low[start:end]:
            return False
        for i in range(start - 1, self.sentence(start)[0] - 1, -1):
            word = self.low[i]
            if self.lex.has("relatives", word):
                return True
            if word == ",":
                return self._opens_incise(i + 1)
        return False

    def _opens_incise(self, i: int) -> bool:
        """Whether token ``i``, right after a comma, opens an incise: a past participle
        (``détenu``) or a lower-case noun of an apposition (``filiale``, ``propriétaire``)."""
        if self.pos[i] in (VERB, ADJ) and self.low[i].endswith(INCISE_PARTICIPLES):
            return True
        return self.is_lower[i] and self.pos[i] == NOUN

    def _is_subject(self, i: int) -> bool:
        """Whether token ``i`` (of a name) is the subject, or a word of a description that is
        (``L'opérateur luxembourgeois de satellites SES a relevé…``; not ``Le rachat d'Intelsat
        a…``: a cue noun; nor ``Le club de Ligue 1 a…``: a ``de`` complement, :func:`after_of`)."""
        token = self.doc[i]
        for _ in range(0 if after_of(self, self.party_at[i].start) else 3):
            if token.dep_ in ("nsubj", "nsubj:pass"):
                return self.party_at.get(token.i) is self.party_at.get(i) or self._description(
                    token
                )
            if token.dep_ not in SUBJECT_PHRASE or token.head.i == token.i:
                return False
            token = token.head
        return False

    def _description(self, head: Token) -> bool:
        """Whether ``head`` is a lower-case noun no cue covers (``l'opérateur``)."""
        return (
            self.is_lower[head.i] and self.pos[head.i] == NOUN and self.hit_covering(head.i) is None
        )

    def party_in(self, token: Token) -> Party | None:
        """The party named by ``token``: at the token, or a name hanging on it right after
        (``l'action Crédit Agricole``, ``le groupe Danone``)."""
        if token.i in self.party_at:
            return self.party_at[token.i]
        for child in token.rights:
            if child.i > token.i + 3:
                break
            if child.i in self.party_at and child.dep_ in NAME_DEPS:
                return self.party_at[child.i]
        return None


def after_of(fd: FactDoc, start: int) -> bool:
    """Whether the name at ``start`` is the ``de`` complement of a lower-case noun (adjectives
    between), which names another thing than that noun: ``le club de Ligue 1`` (a league), ``la
    filiale française de X`` (its owner), ``l'intégration de X`` (a target); not when the noun
    is an organ of X (``organ_nouns``: ``la direction de X``, ``les actionnaires de X``), nor
    ``le fabricant de chaudières X`` (the name is the noun's)."""
    at = start - 2 if start > 1 and fd.pos[start - 1] == DET else start - 1
    if at < 1 or fd.lower(at) not in OF_WORDS:
        return False
    i = at - 1
    while i > 0 and fd.pos[i] == ADJ:
        i -= 1
    return fd.pos[i] == NOUN and fd.is_lower[i] and not fd.lex.has("organ_nouns", fd.low[i])


def participle_homograph(fd: FactDoc, i: int) -> bool:
    """Token ``i`` is the participle of a verb after its auxiliary, written like a noun cue
    of another sense (``participle_homographs``), never a noun cue: ``son bilan est revenu
    à 6 400 milliards`` (``revenir``, not ``revenu``)."""
    return (
        i > 0
        and fd.pos[i] == VERB
        and fd.lemma[i - 1] in ("être", "avoir")
        and fd.lex.has("participle_homographs", fd.low[i])
    )
