"""Collect the people and organisations an article names into a :class:`MentionIndex`.

1. The spans: ``doc.spans["people"]`` / ``doc.spans["organizations"]`` (with their
   ``canonical`` names and ``role``) when the entities component filled them, else the
   recogniser's PER / ORG entities; then the later mentions of a person's full name the
   recogniser missed (``Sophie Le Bihan, elle, a rapatrié …``).
2. Each span becomes a :class:`SpeakerCandidate`: its canonical name (``Dupont`` takes the
   longest name ending with that surname, ``Jean Dupont``), its kind (``Marie Curie`` typed as
   an organisation is a person), its gender (``Mme``, ``la directrice``, a first name) and
   whether it is a subject (``Son directeur général, Abdoulaye Diop, s'est félicité``).
3. The roles and descriptions next to the names (:mod:`.appositions`).
"""

from __future__ import annotations

import re

from spacy.lang.lex_attrs import is_punct
from spacy.parts_of_speech import ADV, AUX, CCONJ, DET, PRON, VERB
from spacy.tokens import Span

from pipeline.credits import credited_at
from pipeline.furniture import furniture_lines, in_furniture
from pipeline.text import lower_straight

from .appositions import Appositions
from .document import DocView
from .lexicon import (
    BEFORE_ORG_NAME,
    CREDIT_MAX_WORDS,
    CREDIT_OPENERS,
    OF,
    ORG,
    PERSON,
    PRONOUNS_ANY,
    SUBSIDIARY,
    TITLES_F,
    TITLES_M,
    SpeakerLexicon,
)
from .mentions import MentionIndex, SpeakerCandidate
from .names import find_names, strip_det


def collect_mentions(view: DocView, lexicon: SpeakerLexicon) -> MentionIndex:
    """The index of the people and organisations ``view``'s article names."""
    return MentionCollector(view, lexicon).collect()


def opens_sentence(
    view: DocView, descriptions: dict[str, tuple[str, str]], start: int, end: int
) -> bool:
    """Whether the mention ``start``–``end`` opens its sentence (``Kryptalis SAS, enregistrée …,
    revendique``): a subject even when a long apposition lost the parser. Determiners and
    description nouns may come before it (``La société Valdor a publié``, ``Le constructeur
    Alstom``)."""
    words, pos, sent_of = view.words, view.cols.pos, view.sent_of
    sent = sent_of[start]
    k = start - 1
    while (
        k >= 0
        and sent_of[k] == sent
        and (words[k].isspace() or pos[k] == DET or words[k].lower() in descriptions)
    ):
        k -= 1
    if k >= 0 and sent_of[k] == sent:
        return False
    return end >= len(words) or words[end] == "," or pos[end] in (VERB, AUX, ADV, PRON)


_LINE = re.compile(r"[^\n]+")


def credit_lines(text: str) -> tuple[tuple[int, int], ...]:
    """The ``(start, end)`` offsets of the short lines that credit a photo or sign the article
    (``Photo : Marie Durand / AFP``, ``Par Jean Martin``, ``© AFP``): no speaker there."""
    return tuple(
        (m.start(), m.end())
        for m in _LINE.finditer(text)
        if len(m.group().split()) <= CREDIT_MAX_WORDS
        and m.group().strip().lower().startswith(CREDIT_OPENERS)
        and "." not in m.group().strip()[:-1]
    )


class MentionCollector:
    """Builds the :class:`MentionIndex` of one article (made and used once per document)."""

    def __init__(self, view: DocView, lexicon: SpeakerLexicon) -> None:
        self.view = view
        self.lexicon = lexicon
        self.index = MentionIndex(view, lexicon.first_names)
        self.appositions = Appositions(view, lexicon, self.index)

    # -- 1. the spans ------------------------------------------------------------------------
    def spans(self) -> list[tuple[Span, str]]:
        """The person and organisation spans, in text order, none overlapping an earlier one."""
        taken = [False] * self.view.size
        found = self._entity_spans(taken)
        self._repeated_names(found, taken)
        found.sort(key=lambda x: (x[0].start, -x[0].end))
        # a menu, a "Lire aussi" line, a photo credit, a byline or the agency of a dateline
        # names no one who speaks
        text = self.view.text
        skip = furniture_lines(text) + credit_lines(text)
        return [
            (sp, kind)
            for sp, kind in found
            if not in_furniture(skip, sp.start_char)
            and not (kind == ORG and credited_at(text, sp.start_char, sp.end_char))
        ]

    def _entity_spans(self, taken: list[bool]) -> list[tuple[Span, str]]:
        """The entity groups' spans, then the recogniser's PER / ORG entities on free tokens."""
        doc = self.view.doc
        found: list[tuple[Span, str]] = []
        for group, kind in (("people", PERSON), ("organizations", ORG)):
            if group in doc.spans:
                found.extend((s, kind) for s in doc.spans[group])
        for span, _ in found:
            for i in range(span.start, span.end):
                taken[i] = True
        for ent in doc.ents:
            kind = PERSON if ent.label_ == "PER" else ORG if ent.label_ == "ORG" else ""
            if kind and not any(taken[i] for i in range(ent.start, ent.end)):
                found.append((ent, kind))
                for i in range(ent.start, ent.end):
                    taken[i] = True
        return found

    def _repeated_names(self, found: list[tuple[Span, str]], taken: list[bool]) -> None:
        """ "Sophie Le Bihan, elle, a rapatrié …": a later mention of a person's full name the
        recogniser missed (the names found in the text by one scan each)."""
        view = self.view
        names = sorted(
            {
                strip_det(view.span_text(sp))
                for sp, kind in found
                if kind == PERSON and " " in view.span_text(sp).strip()
            },
            key=len,
            reverse=True,
        )
        if not names:
            return
        for start, end in find_names(view.text, names):
            sp = view.doc.char_span(start, end, alignment_mode="expand")
            if sp is not None and not any(taken[i] for i in range(sp.start, sp.end)):
                found.append((sp, PERSON))
                for i in range(sp.start, sp.end):
                    taken[i] = True

    # -- 2. the candidates -------------------------------------------------------------------
    def collect(self) -> MentionIndex:
        """Index every span not covered by an earlier one, with its roles and descriptions."""
        view, index = self.view, self.index
        spans = self.spans()
        longest = self._longest_names(spans)
        subsidiaries = self._subsidiaries(spans)
        genders: dict[str, str] = {}
        for span, kind in spans:
            if any(index.mention_at[i] >= 0 for i in range(span.start, span.end)):
                continue
            m = self._candidate(span, kind, longest, subsidiaries)
            if m.gender:
                genders.setdefault(m.name, m.gender)
            index.add(m)
            if m.kind == ORG and not view.quoted(m.start):
                index.org_count[m.name] = index.org_count.get(m.name, 0) + 1
                index.org_first.setdefault(m.name, m.start)
                self.appositions.of_organisation(m)
            if m.kind == PERSON:
                role = span._.role if isinstance(span._.role, str) else None
                if role:
                    index.roles.append((m.start, lower_straight(role), m))
                self.appositions.of_person(m)
        for m in index.mentions:
            if m.kind == PERSON and m.gender is None:
                m.gender = genders.get(m.name)  # "Dupont" after "Mme Dupont"
        self.appositions.verb_roles()
        index.roles.sort(key=lambda r: r[0])
        self.appositions.link_role_orgs()
        return index

    def _longest_names(self, spans: list[tuple[Span, str]]) -> dict[str, str]:
        """Surname -> longest person name, for mentions without a canonical name."""
        longest: dict[str, str] = {}
        for span, kind in spans:
            if kind == PERSON:
                words = strip_det(self.view.span_text(span)).split()
                if words:
                    key = words[-1].lower()
                    if len(self.view.span_text(span)) > len(longest.get(key, "")):
                        longest[key] = " ".join(words)
        return longest

    def _subsidiaries(self, spans: list[tuple[Span, str]]) -> set[str]:
        """ "Arkema … la filiale Arkema Inc.": a subsidiary named after its parent is another
        organisation, not the parent's full name."""
        folds = self.view.folds
        return {
            strip_det(self.view.span_text(span))
            for span, kind in spans
            if kind == ORG and span.start > 0 and folds[span.start - 1] in SUBSIDIARY
        }

    def _candidate(
        self, span: Span, kind: str, longest: dict[str, str], subsidiaries: set[str]
    ) -> SpeakerCandidate:
        """The candidate speaker of a span: kind, canonical name, gender, subject."""
        if kind == ORG and self._person_name(span):
            kind = PERSON  # a person the recogniser took for an organisation
        canonical = span._.canonical if isinstance(span._.canonical, str) else None
        text = strip_det(self.view.span_text(span))
        if canonical in subsidiaries and canonical != text and kind == ORG:
            canonical = text
        if not canonical:
            words = text.split()
            canonical = longest.get(words[-1].lower(), text) if kind == PERSON and words else text
        gender = self._gender(span) if kind == PERSON else None
        return SpeakerCandidate(
            span.start,
            span.end,
            kind,
            canonical,
            gender,
            self._is_subject(span),
            self.view.sent_of[span.start],
        )

    def _is_subject(self, span: Span) -> bool:
        """Whether the mention is the subject of its sentence."""
        view = self.view
        words, deps, heads = view.words, view.cols.deps, view.cols.heads
        before = span.start - 1  # the token before the mention (none at -1)
        return (
            any(deps[i].startswith("nsubj") for i in range(span.start, span.end))
            # "Son directeur général, Abdoulaye Diop, s'est félicité": the subject's apposition
            # ("Son actionnaire de référence, Access Industries, a …": parsed as a complement)
            or any(
                (deps[i] == "appos" or (deps[i] == "nmod" and before >= 0 and words[before] == ","))
                and deps[heads[i]].startswith("nsubj")
                and heads[i] < span.start
                for i in range(span.start, span.end)
            )
            or opens_sentence(view, self.lexicon.descriptions, span.start, span.end)
            # "Sophie Le Bihan, elle, a rapatrié …": a dislocated subject
            or (
                span.end + 2 < view.size
                and words[span.end] == ","
                and words[span.end + 1].lower() in PRONOUNS_ANY
                and words[span.end + 2] == ","
            )
            # "Le constructeur Alstom": the description noun is the parsed subject
            or (
                before >= 0
                and deps[before].startswith("nsubj")
                and words[before].lower() in self.lexicon.descriptions
            )
            or self._named_by_described_subject(span)
        )

    def _named_by_described_subject(self, span: Span) -> bool:
        """``La banque privée genevoise Delorme & Cie a dégagé …``: the name hangs on a
        description noun of an organisation a few words before it, the parsed subject, with
        no ``de`` between them (not ``la filiale de Renault``)."""
        words, deps, heads = self.view.words, self.view.cols.deps, self.view.cols.heads
        for i in range(span.start, span.end):
            h = heads[i]
            if (
                deps[i] in ("flat:name", "appos", "nmod")
                and span.start - 4 <= h < span.start
                and deps[h].startswith("nsubj")
                and self.lexicon.described_kind(words[h].lower()) == ORG
                and not any(words[k].lower() in OF for k in range(h + 1, span.start))
            ):
                return True
        return False

    def _person_name(self, span: Span) -> bool:
        """Whether a mention typed as an organisation is plainly a person's name: a known first
        name and one or two capitalised words, not after ``groupe``/``chez``/``société``."""
        words = self.view.words
        toks = [w for w in words[span.start : span.end] if not w.isspace()]
        if not 2 <= len(toks) <= 3 or self.lexicon.first_names.get(toks[0]) not in ("m", "f"):
            return False
        if not all(w.isalpha() or "-" in w for w in toks):
            return False
        if not all(w[:1].isupper() and not w.isupper() for w in toks):
            return False
        prev = words[span.start - 1].lower() if span.start > 0 else ""
        return prev not in BEFORE_ORG_NAME

    def _gender(self, span: Span) -> str | None:
        """A person's gender: a title (``Mme``), a role noun next to the name (``la directrice
        X``, ``X, président de …``), else the first name."""
        return self._title_gender(span) or self._role_gender(span) or self._first_name_gender(span)

    def _title_gender(self, span: Span) -> str | None:
        """``Mme Dupont``, ``M. Jean Dupont``."""
        words = self.view.words
        first = words[span.start].lower()
        prev = words[span.start - 1].lower() if span.start > 0 else ""
        if first in TITLES_F or prev in TITLES_F:
            return "f"
        if first in TITLES_M or prev in TITLES_M:
            return "m"
        return None

    def _role_gender(self, span: Span) -> str | None:
        """ "la directrice X", "X, président de …": the role's grammatical gender is surer than a
        first name (Adama, Camille, Dominique are given to both)."""
        words, pos, n = self.view.words, self.view.cols.pos, self.view.size
        near = list(range(max(0, span.start - 3), span.start))  # token indices
        if span.end < n and words[span.end] == ",":
            # "X, président de …" (not "X, et la présidente, Y": another person's apposition)
            for k in range(span.end + 1, min(n, span.end + 4)):
                if is_punct(words[k]) or pos[k] == CCONJ:
                    break
                near.append(k)
        for k in near:
            desc = self.lexicon.descriptions.get(words[k].lower())
            if desc and desc[0] == PERSON and desc[1] in ("m", "f"):
                return desc[1]
        return None

    def _first_name_gender(self, span: Span) -> str | None:
        """``Jean Dupont`` is a man; a first name given to both (``x``) tells nothing."""
        first_names = self.lexicon.first_names
        for word in self.view.words[span.start : span.end]:
            g = first_names.get(word) or first_names.get(word.capitalize())
            if g in ("m", "f"):
                return g
            if g == "x":
                break
        return None
