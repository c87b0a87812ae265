"""Noun phrases: who the subject ``le groupe``, ``un proche du dossier``, ``le ministre de
l'Économie`` or ``un porte-parole de Kering`` is.

A noun phrase ``doc[start:end]`` (the subject of a speech verb at ``pos``) is read once into a
:class:`NounPhrase` (the mentions inside it, its head noun), then the rules of
:data:`NOUN_PHRASE_RULES` are tried in order; the first that returns a speaker wins, and a
phrase no rule takes is no plausible speaker (an inanimate noun: ``le texte prévoit``). A rule
answers ``(name, kind)``, ``(words, None)`` for an unnamed source, or ``(None, None)`` when the
phrase is a speaker nobody fits.

1. People named in the phrase: ``Me Aubry``, ``l'avocate de M. Ferrière, Me Aubry``, ``le
   ministre de l'Économie Bruno Le Maire`` (a name the recogniser missed);
2. anaphoric descriptions: ``ce dernier``, ``cette mère de trois enfants``, ``il``;
3. voices of an organisation: ``un porte-parole de Kering``, ``Chez Renault, un porte-parole``,
   ``le communiqué``;
4. descriptions: ``selon l'accusation``, ``les deux sociétés`` (the first named), ``le
   groupe`` (:mod:`.organisations`), ``le PDG``
   (:mod:`.roles`), unnamed sources (``un proche du dossier``, ``le dirigeant d'une plateforme
   concurrente, qui a requis l'anonymat``);
5. names the recogniser missed or mistyped: ``Fermetures Dalmas a affirmé``, ``Pékin a assuré``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.parts_of_speech import ADJ
from spacy.tokens import Token

from pipeline.text import lower_straight

from .document import DocView
from .lexicon import (
    ENTOURAGE,
    FORMER,
    INDEFINITE,
    NAMED_BY_COMPLEMENT,
    NOT_SUBJECT_ADP,
    OF,
    ORG,
    PERSON,
    PRONOUNS_F,
    PRONOUNS_M,
    PRONOUNS_PL,
    ROLE_MODIFIERS,
    Speaker,
    SpeakerLexicon,
)
from .mentions import MentionIndex, SpeakerCandidate
from .organisations import OrgDescriptions
from .recency import Recency
from .roles import RoleResolver

_SPACES = re.compile(r"\s+")


@dataclass
class NounPhrase:
    """A subject noun phrase ``start``–``end`` of a cue at ``pos``, read once for the rules.

    ``found``: the mentions inside it (``persons`` those of people); ``head``: its first noun,
    proper noun, pronoun or description word (``l'ancien PDG`` → ``PDG``), with its ``low``
    form (``doc[i].lower_``) and its ``desc`` (kind, gender) when it is a description noun;
    ``free_head``: the head when no mention covers it (a description, a pronoun, a name the
    recogniser missed), else None; ``first``: the phrase's first word, lower-cased."""

    start: int
    end: int
    pos: int
    found: list[SpeakerCandidate]
    persons: list[SpeakerCandidate]
    head: Token | None
    free_head: Token | None
    low: str
    desc: tuple[str, str] | None
    first: str


NounPhraseRule = Callable[["NounPhraseResolver", NounPhrase], Speaker | None]


# -- 1. people named in the phrase -----------------------------------------------------------
def own_person(res: NounPhraseResolver, phrase: NounPhrase) -> Speaker | None:
    """A person named in the phrase, not as the complement of a noun or after ``par``,
    ``avec``…: ``Me Aubry`` in ``l'avocate de M. Ferrière, Me Aubry`` (not M. Ferrière)."""
    for m in phrase.persons:
        if m.start == phrase.start or not res.index.in_complement(m, NOT_SUBJECT_ADP):
            return m.name, PERSON
    return None


def person_in_complement(res: NounPhraseResolver, phrase: NounPhrase) -> Speaker | None:
    """A person in the complement of a head that is no role, no organisation description and
    no entourage speaks: ``le camp de Jean Dupont`` (but not ``le ministre de Jean Dupont``,
    ``le groupe de Jean Dupont``, ``l'entourage de Jean Dupont``)."""
    if not phrase.persons:
        return None
    head = phrase.head
    kind = res.lexicon.described_kind(head.lower_) if head is not None else ""
    is_role = kind == PERSON
    is_org = kind == ORG and phrase.free_head is not None
    # "l'entourage du ministre, Éric Lombard", "un proche de X": an unnamed source near X
    near = head is not None and head.lower_ in ENTOURAGE and head.i < phrase.persons[0].start
    if not is_role and not is_org and not near:
        return phrase.persons[0].name, PERSON
    return None


def titled_name(res: NounPhraseResolver, phrase: NounPhrase) -> Speaker | None:
    """``le ministre de l'Économie Bruno Le Maire`` when the recogniser missed the name: a
    role, then a known first name and capitalised words, name that person."""
    view, lexicon = res.view, res.lexicon
    words = view.words
    if phrase.head is None or lexicon.described_kind(phrase.low) != PERSON:
        return None

    def particle(j: int) -> bool:  # "Luca de Meo"
        return view.lower(j) in NAME_PARTICLES and j + 1 < phrase.end and words[j + 1][:1].isupper()

    for k in range(phrase.head.i + 1, phrase.end - 1):
        if lexicon.first_names.get(words[k]) not in ("m", "f") or res.index.mention(k):
            continue
        j = k + 1
        while j < phrase.end and j - k <= 3 and (words[j][:1].isupper() or particle(j)):
            j += 1
        if j > k + 1:
            return " ".join(words[k:j]), PERSON
    return None


#: Lower-case words inside a name (``Luca de Meo``).
NAME_PARTICLES = {"de", "du", "van", "von", "di", "da"}


# -- 2. anaphoric descriptions ---------------------------------------------------------------
def demonstrative(res: NounPhraseResolver, phrase: NounPhrase) -> Speaker | None:
    """``…, résume cette mère de trois enfants`` (a speech verb's inverted subject), ``Ce
    dernier a estimé``: an anaphoric description of the last person of that gender."""
    view, lexicon, head, start = res.view, res.lexicon, phrase.head, phrase.start
    latter = start + 1 < phrase.end and view.lower(start + 1) in ("dernier", "dernière")
    if phrase.first not in ("ce", "cet", "cette") or phrase.found:
        return None
    if not (latter or (head is not None and start > phrase.pos)):
        return None
    if not (
        head is None
        or latter
        or (
            lexicon.described_kind(head.lower_) != ORG
            and head.lower_ not in lexicon.unnamed
            and view.folds[head.i] not in lexicon.documents
        )
    ):
        return None  # "ce groupe", "ce communiqué", "cet analyste"
    gender = "f" if phrase.first == "cette" else "m"
    if latter:
        last = res.recency.last_mentioned(phrase.pos, gender)
        if last is not None:
            return last
    got = res.recency.recent_person(phrase.pos, gender, orgs=latter)
    return got if got[0] is not None else None


def pronoun_head(res: NounPhraseResolver, phrase: NounPhrase) -> Speaker | None:
    """``il`` / ``elle`` take up the most salient person; ``ils`` / ``elles`` the first of two
    names joined by ``et`` just before, else nobody."""
    if phrase.free_head is None:
        return None
    if phrase.low in PRONOUNS_M or phrase.low in PRONOUNS_F:
        return res.recency.resolve_pronoun(phrase.free_head)
    if phrase.low in PRONOUNS_PL:
        return res.recency.joint_subject(phrase.pos) or (None, None)
    return None


# -- 3. voices of an organisation ------------------------------------------------------------
def _voice(res: NounPhraseResolver, phrase: NounPhrase) -> Token | None:
    """The head when it is a voice of an organisation (``porte-parole``, ``communiqué``)."""
    return phrase.free_head if phrase.low in res.lexicon.org_voices else None


def voice_of_institution(res: NounPhraseResolver, phrase: NounPhrase) -> Speaker | None:
    """``un porte-parole du ministère néerlandais des Infrastructures``: the whole ministry,
    not the word the recogniser took for a name."""
    head = _voice(res, phrase)
    if head is None:
        return None
    view = res.view
    for k in range(head.i + 1, phrase.end):
        if view.lower(k) in NAMED_BY_COMPLEMENT and view.folds[k - 1] in OF:
            named = res.orgs.named_institution(k, phrase.end)
            if named:
                return named, ORG
    return None


def voice_at_organisation(res: NounPhraseResolver, phrase: NounPhrase) -> Speaker | None:
    """``un porte-parole chez Kering``: the organisation after ``chez``."""
    if _voice(res, phrase) is None:
        return None
    for m in phrase.found:
        if m.kind == ORG and res.index.in_complement(m, ("chez",)):
            return m.name, ORG
    return None


def voice_of_description(res: NounPhraseResolver, phrase: NounPhrase) -> Speaker | None:
    """``un porte-parole du groupe lavallois``: the organisation the description names."""
    head = _voice(res, phrase)
    if head is None:
        return None
    view, kind_of = res.view, res.lexicon.described_kind
    for k in range(head.i + 1, phrase.end):
        if kind_of(view.lower(k)) == ORG and view.folds[k - 1] in OF | {"le", "la", "l'"}:
            return res.orgs.resolve(phrase.end, k, [], phrase.pos)
    return None


def published_document(res: NounPhraseResolver, phrase: NounPhrase) -> Speaker | None:
    """``…, indique le communiqué``: the organisation that publishes it."""
    head = _voice(res, phrase)
    if head is None or phrase.low not in res.lexicon.documents:
        return None
    return res.orgs.resolve(phrase.end, head.i, [], phrase.pos)


def _bare_voice(res: NounPhraseResolver, phrase: NounPhrase) -> bool:
    """A voice with no organisation in its phrase nor complement (``un porte-parole a
    indiqué``, not ``un porte-parole de …``)."""
    head = _voice(res, phrase)
    if head is None or phrase.found:
        return False
    nxt = head.i + 1
    return nxt >= phrase.end or res.view.folds[nxt] not in OF


def voice_of_sentence_org(res: NounPhraseResolver, phrase: NounPhrase) -> Speaker | None:
    """``Du côté de Guinness, un porte-parole a indiqué …``, ``Chez Renault, un porte-parole
    …``: the organisation named before it in its sentence."""
    if not _bare_voice(res, phrase):
        return None
    view, index = res.view, res.index
    sent_of = view.sent_of
    for k in range(phrase.start - 1, max(0, phrase.start - 20) - 1, -1):
        if sent_of[k] != sent_of[phrase.start]:
            break
        m = index.mention(k)
        if m is not None and m.kind == ORG:
            return m.name, ORG
        ent = view.ent_at(k)
        pre = view.folds[max(0, k - 2) : k]
        if (
            m is None
            and ent is not None
            and ent.start == k
            and ent.text[:1].isupper()
            and (pre[-1:] == ["chez"] or pre in (["côté", "de"], ["côté", "d'"]))
        ):
            return ent.text, ORG  # a company the recogniser typed as a place
    return None


def voice_of_previous_subject(res: NounPhraseResolver, phrase: NounPhrase) -> Speaker | None:
    """``Sinochem n'a pas tardé à réagir. Un porte-parole a ajouté que …``: the organisation
    subject of the sentence before (unless a person's name is apposed: ``un porte-parole,
    Jean Dupont``)."""
    if not _bare_voice(res, phrase):
        return None
    view = res.view
    end = phrase.end
    apposed = res.index.mention(end + 1) if end + 1 < view.size and view.words[end] == "," else None
    if apposed is not None and apposed.kind == PERSON:
        return None
    prev = res.recency.previous_subject_org(phrase.start)
    return (prev, ORG) if prev is not None else None


# -- 4. descriptions -------------------------------------------------------------------------
def court_voice(res: NounPhraseResolver, phrase: NounPhrase) -> Speaker | None:
    """``Selon l'accusation, …``, ``D'après la défense, …``: the prosecutor or the defence
    lawyer the article named before."""
    voices = res.lexicon.court_voices
    if phrase.free_head is None or phrase.low not in voices:
        return None
    if phrase.found or phrase.first in INDEFINITE:
        return None
    return res.roles.court_voice(voices[phrase.low], phrase.pos)


def anonymous_source(res: NounPhraseResolver, phrase: NounPhrase) -> Speaker | None:
    """``le dirigeant d'une plateforme concurrente, qui a requis l'anonymat``: a description
    made anonymous, or a role in an unnamed organisation, keeps its words."""
    head = phrase.free_head
    if head is None or (phrase.desc is None and phrase.low not in res.lexicon.unnamed):
        return None
    if res.anonymous(phrase.end) or res.indefinite_complement(head.i, phrase.end):
        return res.view.np_text(phrase.start, phrase.end), None
    return None


def _definite_description(phrase: NounPhrase) -> Token | None:
    """The head of a definite description (``le groupe``, ``la directrice``; not ``un
    analyste``, ``des responsables``)."""
    if phrase.desc is None or phrase.first in INDEFINITE:
        return None
    return phrase.free_head


def joint_organisations(res: NounPhraseResolver, phrase: NounPhrase) -> Speaker | None:
    """``…, ont indiqué les deux sociétés``, ``selon les deux groupes``, ``les deux
    partenaires`` (:data:`JOINT_PARTIES`: the first of a pair joined by ``et`` in the last
    sentences, person or organisation): joint speakers are
    given to the first named: the first organisation of the sentence when it names two (else
    of one of the two sentences before that names two), else the first named of the two the
    article names most."""
    view = res.view
    s, e = phrase.start, phrase.end
    if e - s < 3 or phrase.first != "les" or view.lower(s + 1) not in JOINT_NUMBERS:
        return None
    noun = view.lower(s + 2).removesuffix("s")
    if noun in JOINT_PARTIES:
        # "ont déclaré les deux partenaires": people or organisations, the first of the pair
        joint = res.recency.joint_subject(phrase.pos)
        if joint is not None:
            return joint
    elif res.lexicon.described_kind(noun) != ORG:
        return None
    sent = view.sent_of[phrase.pos]
    before = [
        m
        for m in res.index.mentions
        if m.kind == ORG
        and m.start < phrase.pos
        and not view.quoted(m.start)
        and not _bracketed(view, m)
    ]
    for back in range(3):  # the sentence, else one of the two before that names two
        named = [m.name for m in before if view.sent_of[m.start] == sent - back]
        in_sentence = list(dict.fromkeys(named))
        if len(in_sentence) >= 2:
            return in_sentence[0], ORG
    # not both named in the sentence: the two the article names most, the first named
    first = list(dict.fromkeys(m.name for m in before))
    count = res.index.org_count
    pair = sorted(first, key=lambda n: -count.get(n, 1))[:2]
    return (min(pair, key=first.index), ORG) if pair else (None, None)


def _bracketed(view: DocView, m: SpeakerCandidate) -> bool:
    """``BRUXELLES, 2 juillet (Belga) -``, ``la Coopérative du Condroz (CLC)``: a name in
    brackets (an agency, a short form) is none of the joint speakers listed."""
    return (
        m.start > 0
        and m.end < view.size
        and view.words[m.start - 1] == "("
        and view.words[m.end] == ")"
    )


#: The numbers of joint speakers (``les deux sociétés``).
JOINT_NUMBERS = {"deux", "trois", "2", "3"}

#: Nouns of joint speakers that may be people or organisations (``les deux partenaires``,
#: ``les deux parties``, ``les trois associés``), singular.
JOINT_PARTIES = {"partenaire", "partie", "signataire", "allié", "associé", "actionnaire"}


def organisation_description(res: NounPhraseResolver, phrase: NounPhrase) -> Speaker | None:
    """``le groupe``, ``la direction de Renault``, ``le collectif Stop Pollution``: the
    organisation described (a name right after the noun, else the salient organisation of a
    compatible kind, else ``le ministère du Commerce`` named by its complement)."""
    noun = _definite_description(phrase)
    if noun is None or phrase.desc is None or phrase.desc[0] != ORG:
        return None
    orgs, head = res.orgs, noun.i
    after = None if phrase.found else orgs.named_after(head, phrase.end)
    if after:
        return after, ORG
    got = orgs.resolve(phrase.end, head, phrase.found, phrase.pos)
    if got[0] is None and not phrase.found:
        named = orgs.named_institution(head, phrase.end) or orgs.named_after(head, phrase.end)
        if named:
            return named, ORG
    return got


def role_description(res: NounPhraseResolver, phrase: NounPhrase) -> Speaker | None:
    """``le PDG``, ``la directrice financière``, ``le ministre de l'Économie``: see
    :mod:`.roles`."""
    if _definite_description(phrase) is None:
        return None
    return res.roles.resolve(phrase.low, phrase.start, phrase.end, phrase.pos)


def unnamed_source(res: NounPhraseResolver, phrase: NounPhrase) -> Speaker | None:
    """``un proche du dossier``, ``un analyste``, ``des responsables``: an unnamed source keeps
    its words."""
    if phrase.free_head is not None and (
        phrase.desc is not None or phrase.low in res.lexicon.unnamed
    ):
        return res.view.np_text(phrase.start, phrase.end), None
    return None


# -- 5. names --------------------------------------------------------------------------------
def first_mention(res: NounPhraseResolver, phrase: NounPhrase) -> Speaker | None:
    """``Renault a indiqué``, ``le syndicat Unia``: the first entity mentioned in the phrase."""
    return (phrase.found[0].name, phrase.found[0].kind) if phrase.found else None


def missed_name(res: NounPhraseResolver, phrase: NounPhrase) -> Speaker | None:
    """A name the entity recogniser missed: a person with a known first name, else an
    organisation (``La CFDT Construction Bois du Limousin réclame``: the recogniser's whole
    name when it is longer)."""
    head = phrase.head
    if head is None or head.pos_ != "PROPN" or not head.text[:1].isupper():
        return None
    toks = [head] + [t for t in head.children if t.dep_ == "flat:name"]
    name = " ".join(t.text for t in sorted(toks, key=lambda t: t.i))
    kind = PERSON if res.lexicon.first_names.get(head.text) in ("m", "f") else ORG
    ent = res.view.ent_at(head.i) if kind == ORG else None
    if ent is not None and ent.end <= phrase.end and len(ent) > len(toks):
        name = ent.text
    return name, kind


def named_place_or_misc(res: NounPhraseResolver, phrase: NounPhrase) -> Speaker | None:
    """A named subject the recogniser typed as a place or misc (``Fermetures Dalmas a
    affirmé``, ``Pékin a assuré``): the institution behind it speaks."""
    head, doc = phrase.head, res.view.doc
    if head is None or head.i != phrase.start + (doc[phrase.start].pos_ == "DET"):
        return None
    ent = res.view.ent_at(head.i)
    if ent is not None and ent.end <= phrase.end and ent.text[:1].isupper():
        return ent.text, ORG
    return None


#: The noun phrase rules, tried in order.
NOUN_PHRASE_RULES: tuple[NounPhraseRule, ...] = (
    own_person,
    titled_name,
    person_in_complement,
    demonstrative,
    pronoun_head,
    voice_of_institution,
    voice_at_organisation,
    voice_of_description,
    published_document,
    voice_of_sentence_org,
    voice_of_previous_subject,
    court_voice,
    anonymous_source,
    joint_organisations,
    organisation_description,
    role_description,
    unnamed_source,
    first_mention,
    missed_name,
    named_place_or_misc,
)


#: Prepositions after a participle that open its complement (``coté à``, ``détenu par``).
PARTICIPLE_PREPS = {"à", "au", "aux", "par", "en", "sur", "dans", "chez", "depuis", "outre"}


def own_words_end(res: NounPhraseResolver, head: Token | None, end: int) -> int:
    """Where the words naming a description's referent end: before a past participle right
    after the description noun (adjectives between) that opens a complement of its own (``le
    groupe coté à la SIX``, ``la société détenue par Orsan``): the names after it are
    someone else. ``end`` when there is none."""
    if head is None or head.lower_ not in res.lexicon.descriptions or res.index.mention(head.i):
        return end
    doc = res.view.doc
    k = head.i + 1
    while k < end and doc[k].pos_ == "ADJ" and not past_participle(doc[k]):
        k += 1
    if k + 1 < end and past_participle(doc[k]) and doc[k + 1].lower_ in PARTICIPLE_PREPS:
        return k
    return end


#: Endings of past participles the tagger may take for nouns (``coté``, ``détenue``).
PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "u", "ue", "us", "ues")


def past_participle(tok: Token) -> bool:
    """Whether ``tok`` is a past participle, by its morphology or, lower case, its ending."""
    if "Part" in tok.morph.get("VerbForm", []) and "Past" in tok.morph.get("Tense", []):
        return True
    return tok.text.islower() and tok.text.endswith(PARTICIPLE_ENDINGS)


class NounPhraseResolver:
    """Resolves subject noun phrases with :data:`NOUN_PHRASE_RULES`."""

    def __init__(
        self,
        view: DocView,
        lexicon: SpeakerLexicon,
        index: MentionIndex,
        recency: Recency,
        roles: RoleResolver,
        orgs: OrgDescriptions,
    ) -> None:
        self.view = view
        self.lexicon = lexicon
        self.index = index
        self.recency = recency
        self.roles = roles
        self.orgs = orgs

    def resolve(self, start: int, end: int, pos: int) -> Speaker | None:
        """Resolve the noun phrase ``doc[start:end]`` (a subject) to ``(speaker, type)``.

        Returns None when the phrase is not a plausible speaker (an inanimate noun).
        """
        return self.decide(start, end, pos)[1]

    def decide(
        self, start: int, end: int, pos: int
    ) -> tuple[NounPhraseRule | None, Speaker | None]:
        """The rule that resolves the noun phrase ``doc[start:end]``, and its answer (``(None,
        None)`` when no rule does)."""
        start, end = max(0, start), min(self.view.size, end)
        if start >= end:
            return None, None
        phrase = self.phrase(start, end, pos)
        for rule in NOUN_PHRASE_RULES:
            got = rule(self, phrase)
            if got is not None:
                return rule, got
        return None, None

    def phrase(self, start: int, end: int, pos: int) -> NounPhrase:
        """Read the phrase ``doc[start:end]`` (``0 <= start < end <= len(doc)``) once."""
        head = self.head(start, end)
        found: list[SpeakerCandidate] = []
        for i in range(start, own_words_end(self, head, end)):
            m = self.index.mention(i)
            if m is not None and m not in found:
                found.append(m)
        free = head if head is not None and self.index.mention(head.i) is None else None
        low = head.lower_ if head is not None else ""
        if head is not None and self._two_word_description(head.i, end):
            low = f"{low} {self.view.lower(head.i + 1)}"  # "la jeune pousse lyonnaise"
        return NounPhrase(
            start=start,
            end=end,
            pos=pos,
            found=found,
            persons=[m for m in found if m.kind == PERSON],
            head=head,
            free_head=free,
            low=low,
            desc=self.lexicon.descriptions.get(low) if head is not None else None,
            first=self.view.lower(start),
        )

    def head(self, start: int, end: int) -> Token | None:
        """The phrase's first noun, proper noun, pronoun, description word or entity start
        (``l'ancien PDG``: the role is the head, not ``ancien``)."""
        doc, descriptions = self.view.doc, self.lexicon.descriptions
        for tok in doc[start:end]:
            if tok.lower_ in FORMER and tok.i + 1 < end and doc[tok.i + 1].lower_ in descriptions:
                continue  # "l'ancien PDG": the role is the head
            if (
                tok.pos_ in ("NOUN", "PROPN", "PRON")
                or tok.lower_ in descriptions
                or self._two_word_description(tok.i, end)
                or (tok.ent_iob_ == "B" and tok.text[:1].isupper())
            ):
                return tok
        return None

    def _two_word_description(self, i: int, end: int) -> bool:
        """Whether tokens ``i`` and ``i + 1`` (before ``end``) make a description of two words
        (``jeune pousse``, ``maison mère``)."""
        view = self.view
        return i + 1 < end and f"{view.lower(i)} {view.lower(i + 1)}" in self.lexicon.descriptions

    def anonymous(self, end: int) -> bool:
        """Whether the words after a source's noun phrase ending at ``end`` make it anonymous
        (``…, qui a requis l'anonymat``, ``sous couvert d'anonymat``)."""
        view = self.view
        if not self.lexicon.anonymity or end >= view.size:
            return False
        sent = view.sent_of[end - 1] if end > 0 else 0
        stop = end
        while stop < view.size and stop - end < 14 and view.sent_of[stop] == sent:
            stop += 1
        if stop <= end:
            return False
        after = _SPACES.sub(" ", " " + lower_straight(view.doc[end:stop].text) + " ")
        return any(p in after for p in self.lexicon.anonymity)

    def indefinite_complement(self, head: int, end: int) -> bool:
        """``le dirigeant d'une plateforme concurrente``, ``le patron d'un grand groupe``: a role
        in an unnamed organisation is an unnamed source."""
        view = self.view
        pos, folds = view.cols.pos, view.folds
        k = head + 1
        while k < end and (pos[k] == ADJ or folds[k] in ROLE_MODIFIERS):
            k += 1
        if k + 1 < view.size and folds[k] in ("de", "d'"):
            return folds[k + 1] in ("un", "une", "des", "plusieurs", "certains")
        return False
