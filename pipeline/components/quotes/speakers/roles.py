"""Roles: who ``le PDG``, ``la directrice financière`` or ``le ministre de l'Économie`` is.

A role description is resolved by the rules of :data:`ROLE_RULES`, tried in order (each
returns a speaker, or None to let the next one try):

1. a name apposed right after it (``le PDG de X, Jean Dupont, a dit``);
2. the latest person the article gave the best-fitting role (``Sam Altman, PDG d'OpenAI`` …
   ``le PDG``), among the people of the organisation it names (``le patron de Renault``);
3. ``le syndicaliste``, ``la cégétiste``: the latest person given a role next to a union;
4. the nouns of unnamed sources stay unnamed (``l'analyste``, ``le gérant``);
5. ``l'intéressé``, ``l'homme d'affaires``, ``la femme``: the person of that gender named last;
6. the most salient person, when the role fits what the article says of them;
7. else an office the article gives to no one stays unnamed (``le ministre de l'Économie``).

How well two roles fit is :func:`role_match` (``le directeur financier`` and ``directeur
financier`` 2, ``l'élu`` and ``adjoint au maire`` 1, ``le juge`` and ``avocat`` 0).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .appositions import role_words
from .document import DocView
from .lexicon import (
    ANAPHORIC,
    NP_GENDER,
    ORG,
    PERSON,
    PUBLIC_OFFICES,
    ROLE_FAMILIES,
    TOP_ROLES,
    UNION_MEMBERS,
    VICE_ROLES,
    Speaker,
    SpeakerLexicon,
)
from .mentions import MentionIndex, SpeakerCandidate
from .organisations import OrgKinds
from .recency import Recency


def role_match(np_role: str, role: str) -> int:
    """How well a described role fits a known one, the best of its conjuncts (``fondateur et
    directeur général``): see :func:`role_match_one`."""
    return max(role_match_one(np_role, r.strip()) for r in role.split(" et "))


def role_match_one(np_role: str, role: str) -> int:
    """How well a described role (``le directeur financier``) fits a known role: 2 = the
    same, 1 = compatible (no modifier on one side, or a generic word: ``l'élu`` for an
    ``adjoint au maire``), 0 = different."""
    a, b = np_role.split(), role.split()
    if not a or not b:
        return 0
    if b[0] in ROLE_FAMILIES.get(a[0], ()):
        return 1
    top_a = np_role in TOP_ROLES or a[0] in TOP_ROLES
    top_b = role in TOP_ROLES or " ".join(b[:2]) in TOP_ROLES or b[0] in TOP_ROLES
    if a[0][:5] != b[0][:5]:
        if role in ("patron", "patronne") and (a[0] in TOP_ROLES or a[0] in VICE_ROLES):
            # "la holding de X" made X the group's boss: "le vice-président exécutif du
            # groupe" fits him
            return 1
        return 1 if top_a and top_b and np_role in TOP_ROLES else 0
    if len(a) > 1 and len(b) > 1:
        return 2 if a[1][:5] == b[1][:5] else 0
    return 2 if len(a) == len(b) else 1


@dataclass
class RolePhrase:
    """A role description ``start``–``end`` met before ``pos``: its ``noun`` (``doc[i].lower_``
    of the head), the role it names (``directeur financier``), the gender its noun or
    determiner tells (``la porte-parole``) and the noun's own grammatical gender (``x`` for an
    epicene noun)."""

    noun: str
    start: int
    end: int
    pos: int
    np_role: str
    gender: str | None
    noun_gender: str


RoleRule = Callable[["RoleResolver", RolePhrase], Speaker | None]


def apposed_name(res: RoleResolver, phrase: RolePhrase) -> Speaker | None:
    """A name apposed right after the description: ``le PDG de X, Jean Dupont, a dit``."""
    if phrase.end < res.view.size and res.view.words[phrase.end] == ",":
        m = res.index.mention(phrase.end + 1)
        if m is not None and m.kind == PERSON:
            return m.name, PERSON
    return None


def known_role(res: RoleResolver, phrase: RolePhrase) -> Speaker | None:
    """The latest person given the best-fitting role before the description: ``Sam Altman,
    PDG d'OpenAI, … a déclaré le PDG``; with an organisation in the phrase (``le patron de
    Renault``), only the people of that organisation."""
    index = res.index
    np_orgs = {
        m.name
        for k in range(phrase.start, phrase.end)
        if (m := index.mention(k)) is not None and m.kind == ORG
    }
    of_org = {name for name, orgs in index.role_orgs.items() if np_orgs and orgs & np_orgs}
    best: SpeakerCandidate | None = None
    best_score = 0
    for at, role, m in index.roles:  # sorted by position: the latest of the best fit wins
        if at >= phrase.pos or (of_org and m.name not in of_org):
            continue
        if phrase.gender is not None and m.gender is not None and m.gender != phrase.gender:
            continue
        score = role_match(phrase.np_role, role)
        if score and score >= best_score:
            best, best_score = m, score
    return (best.name, PERSON) if best is not None else None


def union_member(res: RoleResolver, phrase: RolePhrase) -> Speaker | None:
    """``Le syndicat IG Metall … a averti son vice-président, Jürgen Kerner. Le syndicaliste
    exige …``: the latest person given a role next to a union."""
    if phrase.noun not in UNION_MEMBERS:
        return None
    index, sent_of, kinds = res.index, res.view.sent_of, res.kinds
    unions = {o.name for o in index.mentions if "union" in kinds.name_kinds(o.name)}
    unions |= {o.name for _, d, o in index.org_descs if "union" in kinds.desc_kinds([d])}
    best: SpeakerCandidate | None = None
    for at, _role, m in index.roles:
        if at >= phrase.pos or (
            phrase.gender is not None and m.gender not in (None, phrase.gender)
        ):
            continue
        s_at = sent_of[at]
        if any(
            o.kind == ORG and s_at - 1 <= sent_of[o.start] <= s_at and o.name in unions
            for o in index.mentions
        ):
            best = m
    return (best.name, PERSON) if best is not None else None


def unnamed_source_noun(res: RoleResolver, phrase: RolePhrase) -> Speaker | None:
    """``…, ajoute l'analyste``, ``le gérant``: the nouns of unnamed sources are not the person
    just quoted (unless they name the head of an organisation or a minister)."""
    stem = phrase.noun.rstrip("s")
    unnamed = res.lexicon.unnamed
    if phrase.noun in ANAPHORIC:
        return None  # "l'homme d'affaires": the man of the story, not an unnamed source
    if (stem in unnamed or stem.rstrip("e") in unnamed) and not (
        phrase.np_role in TOP_ROLES
        or phrase.noun in TOP_ROLES
        or phrase.noun.startswith("ministre")
    ):
        return res.view.np_text(phrase.start, phrase.end), None
    return None


def concerned_person(res: RoleResolver, phrase: RolePhrase) -> Speaker | None:
    """``…, fondé par le cardiologue X. « … », confie l'intéressé``: the person of that gender
    named last, not the subject of the sentences before."""
    if phrase.noun in ANAPHORIC and phrase.gender is not None:
        return res.recency.last_mentioned(phrase.pos, phrase.gender)
    return None


def recent_role_holder(res: RoleResolver, phrase: RolePhrase) -> Speaker | None:
    """``…, ajoute le PDG``: most often the person just quoted or named as subject — when the
    role fits what the article says of them, when it says nothing and the role is no public
    office, or ``La présidente balaie l'hypothèse``: the one woman of the article, whatever
    other role (ingénieure, héritière) her apposition gave her."""
    name, kind = res.recency.recent_person(phrase.pos, phrase.gender)
    if name is None:
        return None
    if phrase.noun in ANAPHORIC:
        return name, kind
    known = [role for at, role, m in res.index.roles if m.name == name and at < phrase.pos]
    if any(role_match(phrase.np_role, role) for role in known):
        return name, kind
    if not known and not any(phrase.noun.startswith(o) for o in PUBLIC_OFFICES):
        return name, kind
    if (
        phrase.noun in TOP_ROLES
        and phrase.noun_gender in ("m", "f")
        and res.recency.only_one(phrase.pos, phrase.noun_gender)
    ):
        return name, kind
    return None


def unknown_office(res: RoleResolver, phrase: RolePhrase) -> Speaker:
    """An office the article gives to no one stays unnamed: ``le ministre de l'Économie``."""
    return res.view.np_text(phrase.start, phrase.end), None


#: The role rules, tried in order; :func:`unknown_office` answers when none does.
ROLE_RULES: tuple[RoleRule, ...] = (
    apposed_name,
    known_role,
    union_member,
    unnamed_source_noun,
    concerned_person,
    recent_role_holder,
)


class RoleResolver:
    """Resolves role descriptions (``le PDG``) to the people the article gave those roles."""

    def __init__(
        self,
        view: DocView,
        lexicon: SpeakerLexicon,
        index: MentionIndex,
        recency: Recency,
        kinds: OrgKinds,
    ) -> None:
        self.view = view
        self.lexicon = lexicon
        self.index = index
        self.recency = recency
        self.kinds = kinds

    def resolve(self, noun: str, start: int, end: int, pos: int) -> Speaker:
        """The person the role description ``doc[start:end]`` with head ``noun`` names, or the
        description's words when the article gives that role to no one."""
        return self.decide(noun, start, end, pos)[1]

    def decide(self, noun: str, start: int, end: int, pos: int) -> tuple[RoleRule, Speaker]:
        """The rule that resolves the role description, and its answer."""
        phrase = self.phrase(noun, start, end, pos)
        for rule in ROLE_RULES:
            got = rule(self, phrase)
            if got is not None:
                return rule, got
        return unknown_office, unknown_office(self, phrase)

    def phrase(self, noun: str, start: int, end: int, pos: int) -> RolePhrase:
        """The role phrase: its role words and the gender it tells."""
        folds = self.view.folds
        head = next((k for k in range(start, end) if folds[k] == noun), start)
        noun_gender = self.lexicon.descriptions.get(noun, (PERSON, "x"))[1]
        gender = noun_gender if noun_gender in ("m", "f") else None
        if gender is None:
            # "l'ancien PDG", "la porte-parole": the determiner or adjective tells
            gender = next(
                (NP_GENDER[folds[k]] for k in range(start, head) if folds[k] in NP_GENDER),
                None,
            )
        return RolePhrase(
            noun, start, end, pos, role_words(self.view, head, end), gender, noun_gender
        )

    def court_voice(self, roles: list[str], pos: int) -> Speaker | None:
        """The latest person given one of ``roles`` (procureure, avocat…) before ``pos``:
        ``Selon l'accusation, …`` after ``la procureure Anne Martin``."""
        best: SpeakerCandidate | None = None
        for at, role, m in self.index.roles:  # sorted by position
            if at >= pos:
                break
            words = role.split()
            if any(words[: len(r.split())] == r.split() for r in roles):
                best = m
        return (best.name, PERSON) if best is not None else None
