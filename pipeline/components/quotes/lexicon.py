"""The lexicons of ``fr_quotes``, built from the rule data of ``models/quotes/``.

Each builder turns one data file into the lookup the rules use (``QuotesComponent._setup`` calls
them in turn); :class:`Lexicon` holds them all and answers the one question every pass asks:
:meth:`Lexicon.cue_of`, whether a token is a speech verb here and which.

Where a newcomer adds…

* a speech verb: a line of ``speech_verbs.jsonl`` (a regular ``-er`` verb needs only its lemma:
  :func:`er_forms` writes its forms; ``weak``, ``direct_only``, ``after``, ``object_quote``,
  ``que_clause``, ``infinitive`` are the :class:`Cue` settings);
* an introducer (``selon``, ``d'après``, ``aux yeux de``): ``introducers.json``;
* a description noun (``le PDG``, ``le groupe``): ``descriptions.tsv``; an unnamed source
  (``un proche``): ``unnamed_sources.txt``; a naming word before a term in quote marks
  (``baptisé « … »``): ``naming_words.txt``; an opening after a quote that names its speaker
  (``C'est en ces termes que``): ``after_quote.txt``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Token

from pipeline.components.quotes.words import REFLEXIVE
from pipeline.text import lower_straight

#: Words remembered by :meth:`Lexicon.fold_words` before the memo is emptied.
FOLD_CACHE_MAX = 200_000


@dataclass
class Cue:
    """A speech verb's settings (a line of ``speech_verbs.jsonl``)."""

    lemma: str
    #: a weak verb (``prévoir``, ``indiquer``) needs a speaker to make a quote
    weak: bool
    #: a cue of direct quotes only (``demander « … »``)
    direct_only: bool
    #: the word the verb needs before it (``fait`` of ``fait valoir``)
    after: frozenset[str] = frozenset()
    #: the quote may be the verb's object (``X juge le texte « confiscatoire »``)
    object_quote: bool = False
    #: direct_only, except before a "que" clause (X demande que …, réclame à Y que …)
    que_clause: bool = False
    #: a bare infinitive after the verb is its reported clause (X a annoncé avoir signé …)
    infinitive: bool = False


#: folded form of a speech verb -> {reflexive use: cue}
CueTable = dict[str, dict[bool, Cue]]


def er_forms(lemma: str) -> set[str]:
    """Inflected forms of a regular -er verb (déclarer -> déclare, déclarent, déclaré, …)."""
    if not lemma.endswith("er"):
        return set()
    stem = lemma[:-2]
    stems = {stem}
    m = re.search(r"é([^aeiouéèêy]+)$", stem)
    grave = stem[: m.start()] + "è" + m.group(1) if m else stem
    if stem.endswith("el") and lemma in ("marteler",):
        grave = stem[:-2] + "èl"
    soft = stem + "e" if stem.endswith("g") else stem[:-1] + "ç" if stem.endswith("c") else stem
    out = {lemma, stem + "é", stem + "ée", stem + "és", stem + "ées", stem + "ons", stem + "ez"}
    out |= {grave + "e", grave + "es", grave + "ent", grave + "era", grave + "eront"}
    out |= {grave + "erait", grave + "eraient", stem + "èrent", stem + "er"}
    out |= {soft + "ait", soft + "aient", soft + "ant", soft + "a", soft + "ons"}
    for s in stems:
        out |= {s + "e", s + "es", s + "ent", s + "era", s + "eront", s + "erait"}
    return out


def without_reflexive(lemma: str) -> tuple[str, bool]:
    """``se dire`` -> ``("dire", True)``, ``dire`` -> ``("dire", False)``."""
    for prefix in ("se ", "s'", "s’"):
        if lemma.startswith(prefix):
            return lemma[len(prefix) :], True
    return lemma, False


# -- builders: one data file each ---------------------------------------------------------------
def speech_verb_cues(lines: list[dict[str, Any]]) -> tuple[CueTable, CueTable]:
    """``speech_verbs.jsonl`` -> (cues by folded form, cues by lemma without ``se``).

    An entry without ``forms`` takes those of its non-reflexive verb, else :func:`er_forms`.
    """
    entries: dict[str, dict[str, Any]] = {}
    for e in lines:
        entries[e["lemma"]] = e
    forms: CueTable = {}
    lemmas: CueTable = {}
    for lemma, e in entries.items():
        base, reflexive = without_reflexive(lemma)
        cue = Cue(
            lemma,
            bool(e.get("weak")),
            bool(e.get("direct_only")),
            frozenset(lower_straight(w) for w in e.get("after") or []),
            bool(e.get("object_quote")),
            bool(e.get("que_clause")),
            bool(e.get("infinitive")),
        )
        verb_forms = set(e.get("forms") or [])
        if not verb_forms:
            verb_forms = set(entries.get(base, {}).get("forms") or []) or er_forms(base)
        if not cue.after:
            verb_forms.add(base)
        for f in verb_forms:
            forms.setdefault(lower_straight(f), {})[reflexive] = cue
        lemmas.setdefault(base, {})[reflexive] = cue
    return forms, lemmas


@dataclass
class Introducers:
    """``introducers.json``: ``selon``, ``d'après``, ``aux yeux de``… and what may not follow."""

    #: folded introducer -> its settings (``cue``, ``person_only``, ``sentence_start_only``…)
    settings: dict[str, dict[str, Any]]
    #: first token of an introducer ("d'" for "d'après", "aux" for "aux yeux de") -> keys,
    #: longest first
    by_first: dict[str, list[str]]
    #: word sequences after an introducer that make it no quote (``selon les chiffres``)
    not_after: list[list[str]]

    @classmethod
    def build(cls, data: dict[str, Any]) -> Introducers:
        settings = {lower_straight(k): v for k, v in data["introducers"].items()}
        by_first: dict[str, list[str]] = {}
        for key in sorted(settings, key=len, reverse=True):
            firsts = {key.split()[0]}
            first = re.match(r"[^\s']+'?", key)
            if first:
                firsts.add(first.group(0))
            for f in firsts:
                by_first.setdefault(f, []).append(key)
        not_after = [lower_straight(s).split() for s in data["not_after"]]
        return cls(settings, by_first, not_after)


def first_names(rows: list[list[str]]) -> dict[str, str]:
    """``shared/first_names.tsv``: first name -> ``m``, ``f`` or ``x``."""
    return {cols[0].strip(): cols[1].strip() for cols in rows if len(cols) >= 2}


def descriptions(rows: list[list[str]]) -> dict[str, tuple[str, str]]:
    """``descriptions.tsv``: noun -> (person or organization, gender)."""
    return {
        cols[0].strip().lower(): (cols[1].strip(), cols[2].strip())
        for cols in rows
        if len(cols) >= 3
    }


def _folded_list(cell: str) -> list[str]:
    return [lower_straight(w.strip()) for w in cell.split("|") if w.strip()]


def org_kinds(rows: list[list[str]]) -> list[tuple[str, list[str], list[str]]]:
    """``org_classes.tsv``: (kind, words of its names, words of its descriptions)."""
    return [
        (cols[0].strip(), _folded_list(cols[1]), _folded_list(cols[2]))
        for cols in rows
        if len(cols) >= 3
    ]


def court_voices(rows: list[list[str]]) -> dict[str, list[str]]:
    """``court_voices.tsv``: side of a trial (accusation, défense) -> role nouns speaking for it."""
    return {
        lower_straight(cols[0].strip()): _folded_list(cols[1]) for cols in rows if len(cols) >= 2
    }


def role_verb_forms(rows: list[list[str]]) -> dict[str, str]:
    """``role_verbs.tsv``: every inflected form but the infinitive (dirigée, fonde, présidé) ->
    the role it gives its agent or subject."""
    verbs = {cols[0].strip(): cols[1].strip() for cols in rows if len(cols) >= 2}
    out: dict[str, str] = {}
    for verb, role in verbs.items():
        for form in er_forms(verb) - {verb}:
            out[lower_straight(form)] = role
    return out


def folded_set(lines: Iterable[str]) -> set[str]:
    """A word list, folded."""
    return {lower_straight(s) for s in lines}


def naming_words(lines: list[str]) -> list[list[str]]:
    """``naming_words.txt`` as lists of words, last word first: "qualifié de" -> ["de",
    "qualifié"] (they are matched backwards from a quote mark)."""
    return [list(reversed(lower_straight(w).split())) for w in lines]


def longest_first(lines: list[str]) -> tuple[str, ...]:
    """Folded phrases, longest first (the first that matches is the longest)."""
    return tuple(sorted(folded_set(lines), key=len, reverse=True))


# -- the lexicon --------------------------------------------------------------------------------
@dataclass
class Lexicon:
    """Every lookup of the quote rules, built once per component."""

    #: folded verb form -> {reflexive use: cue}
    forms: CueTable
    #: lemma (without ``se``) -> {reflexive use: cue}: a verb form the list lacks
    lemmas: CueTable
    introducers: Introducers
    #: description noun -> (person or organization, gender)
    descriptions: dict[str, tuple[str, str]]
    #: unnamed sources (``un proche``, ``un banquier``)
    unnamed: set[str]
    #: documents (``rapport``, ``étude``): ``selon le rapport`` quotes no one
    documents: set[str]
    #: naming words, last word first (see :func:`naming_words`)
    naming: list[list[str]]
    #: nouns voicing an organisation (``porte-parole``, ``direction``)
    org_voices: set[str]
    first_names: dict[str, str]
    org_kinds: list[tuple[str, list[str], list[str]]]
    #: "c'est en ces termes que", "voilà ce qu'": the next sentence names the speaker
    after_quote: tuple[str, ...]
    #: phrases of a source asking to stay anonymous, sorted
    anonymity: list[str]
    court_voices: dict[str, list[str]]
    #: inflected form of a role verb -> role (see :func:`role_verb_forms`)
    role_verbs: dict[str, str]
    #: folded words that can open an introducer or be a speech-verb form
    cue_starts: frozenset[str] = field(init=False)
    _folds: dict[str, str] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.cue_starts = frozenset(self.introducers.by_first) | frozenset(self.forms)

    def fold_words(self, words: list[str]) -> list[str]:
        """:func:`lower_straight` of each word, memoised across documents (most words recur)."""
        cache = self._folds
        if len(cache) > FOLD_CACHE_MAX:
            cache.clear()
        out = []
        for w in words:
            f = cache.get(w)
            if f is None:
                f = cache[w] = lower_straight(w)
            out.append(f)
        return out

    def cue_of(self, tok: Token) -> Cue | None:
        """The speech-verb entry of ``tok`` if it is used as a verb here: a form of the list,
        or a verb whose lemma is; not a noun (``la déclaration``, ``le dit``), not a fixed
        phrase (``c'est-à-dire``, ``cela dit``), not a naming ``dit`` (``le cadre dit Bâle
        III``); ``se dire`` when a reflexive pronoun comes
        just before; a multi-word cue only after its word (``fait valoir``); not a verb
        without a reflexive entry in the middle voice (``la baisse s'explique par …``)."""
        low = lower_straight(tok.text)
        cands = self.forms.get(low)
        verb = tok.pos_ in ("VERB", "AUX")
        if cands is None and verb:
            cands = self.lemmas.get(tok.lemma_)
        if not cands:
            return None
        doc = tok.doc
        prev = doc[tok.i - 1] if tok.i > 0 else None
        if prev is not None and (
            _noun_use(prev, verb) or _fixed_phrase(prev, low) or _naming_dit(tok, prev, low)
        ):
            return None
        reflexive = _after_reflexive(tok)
        if reflexive and True not in cands and _agent_after(tok):
            return None  # "la baisse s'explique par …": the middle voice, no speech
        cue = _by_reflexive_use(cands, reflexive)
        if (
            cue is not None
            and cue.after
            and (prev is None or lower_straight(prev.text) not in cue.after)
        ):
            return None  # "fait valoir": "valoir" alone is no cue
        return cue


def _noun_use(prev: Token, verb: bool) -> bool:
    """A form tagged as no verb after a determiner, a preposition, an adjective or a number:
    ``la déclaration``, ``le dit``."""
    return not verb and (
        prev.pos_ in ("DET", "ADP", "ADJ", "NUM") or lower_straight(prev.text) in ("l'", "la", "le")
    )


def _fixed_phrase(prev: Token, low: str) -> bool:
    """``c'est-à-dire``, ``cela dit``, ``il faut dire que``: no speech."""
    return (
        prev.text.endswith("à-")
        or (low == "dit" and prev.lower_ in ("cela", "ceci", "ça"))
        or (low == "dire" and prev.lower_ in ("faut", "fallait", "faudrait"))
    )


def _naming_dit(tok: Token, prev: Token, low: str) -> bool:
    """``le cadre réglementaire dit Bâle III``: ``dit`` between a common noun or adjective and
    a capitalised name names it (no speech)."""
    doc = tok.doc
    return (
        low in ("dit", "dite", "dits", "dites")
        and prev.pos_ in ("NOUN", "ADJ")
        and prev.text.islower()
        and tok.i + 1 < len(doc)
        and doc[tok.i + 1].text[:1].isupper()
    )


def _after_reflexive(tok: Token) -> bool:
    """Whether a reflexive pronoun comes in the three words before ``tok`` (``s'est dit``)."""
    doc = tok.doc
    return any(
        lower_straight(t.text) in REFLEXIVE
        for t in doc[max(0, tok.i - 3) : tok.i]
        if t.pos_ == "PRON"
    )


def _agent_after(tok: Token) -> bool:
    """Whether ``par`` follows ``tok``, maybe after an adverb (``s'explique notamment par``):
    the agent of a middle voice."""
    doc = tok.doc
    for t in doc[tok.i + 1 : tok.i + 3]:
        if lower_straight(t.text) == "par":
            return True
        if t.pos_ != "ADV":
            return False
    return False


def _by_reflexive_use(cands: dict[bool, Cue], reflexive: bool) -> Cue | None:
    """The reflexive verb's cue after a reflexive pronoun (``se dire``), else the plain verb's
    (else the reflexive one's after a pronoun)."""
    cue = cands.get(True) if reflexive and True in cands else None
    return cue or cands.get(False) or (cands.get(True) if reflexive else None)
