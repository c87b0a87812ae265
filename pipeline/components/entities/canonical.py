"""Entities and their canonical names.

People (:func:`name_people`): a surname or a first name alone is the full name of the person of
the article it belongs to (``Musk`` -> ``Elon Musk``); among several people sharing a surname,
the one named most recently before.

Organisations (:func:`name_organisations`): the distinct forms are grouped (:class:`OrgGroups`,
a union-find), never joining two different entities of the gazetteer ("Toyota" and "Toyota
Industries"), and each group is named by its longest proper form. The passes, in order:

1. same gazetteer entity, same name up to a legal suffix ("Nestlé" / "Nestlé SA")
   (:func:`join_same_entity`); acronyms and initials ("AMF" / "Autorité des marchés
   financiers", "AB InBev", "Sonatel") (:func:`join_acronyms`); a bracketed short form ("Name
   (ACR)") (:func:`join_bracketed`);
2. a short form attaches to the one longer entity it starts or ends ("Couche-Tard" ->
   "Alimentation Couche-Tard Inc."); when several entities qualify it stays alone; a form
   beside its own legal name ("Biolanne" / "Biolanne SA") or named as the owner of a
   subsidiary ("la filiale de SNPE, SNPE Matériaux Énergétiques") is no subsidiary's short form
   (:func:`join_short_forms`);
3. a clipped nickname joins its organisation ("la Juve" -> "Juventus Football Club")
   (:func:`join_clipped`).

A holding or a subsidiary named after a company of the article ("STMicroelectronics Holding",
"la filiale Arkema Inc.") is another entity: its whole name is its core.
"""

from __future__ import annotations

import re

from pipeline.components.entities.forms import (
    bracket_alias,
    company_of,
    core,
    is_acronym_of,
    is_head_acronym_of,
    is_syllabic_acronym_of,
    territorial_tail,
)
from pipeline.components.entities.lexicon import EntityLexicon
from pipeline.components.entities.mentions import NameMention
from pipeline.components.entities.names import lower_key, norm, tail_len
from pipeline.components.entities.view import ArticleView
from pipeline.text import upper_unaccented

_HOLDING_WORDS = {"Holding", "Holdings"}

_PARENT_NOUNS = {"groupe", "holding", "maison-mère", "mère", "conglomérat"}


def canonicalise(v: ArticleView, mentions: list[NameMention]) -> None:
    """Set the canonical name of every mention: people and organisations by their entity,
    places and other names as written."""
    people = [m for m in mentions if m.final == "PER"]
    name_people(v, people)
    join_spelling_variants(people)
    name_organisations(v, [m for m in mentions if m.final == "ORG"], people)
    for m in mentions:
        if m.final in {"LOC", "MISC"}:
            m.canonical = norm(v.stext(m.start, m.end))


# ---------------------------------------------------------------- people
def name_people(v: ArticleView, people: list[NameMention]) -> None:
    """Each person's canonical name: the longest full name of the article that this form is
    the end (surname) or start of; among several people sharing a surname ("Bernard Arnault",
    "Antoine Arnault"), the one mentioned most recently before, else the first one after."""
    fulls: list[tuple[int, list[str]]] = []
    for m in people:
        words = norm(v.stext(m.start, m.end)).split()
        if len(words) >= 2:
            fulls.append((m.start, words))
    for m in people:
        words = norm(v.stext(m.start, m.end)).split()
        cands = _full_names_of(words, fulls, v.lex.first_names)
        best: list[str] = words
        if cands:
            top = max(len(fw) for _, fw in cands)
            cands = [(pos, fw) for pos, fw in cands if len(fw) == top]
            before = [c for c in cands if c[0] < m.start]
            best = max(before)[1] if before else min(cands)[1]
        m.canonical = " ".join(best)


#: surnames shorter than this are never taken for a misspelling of another
_MIN_VARIANT_SURNAME = 5


def join_spelling_variants(people: list[NameMention]) -> None:
    """Two full names of the article with the same first names and surnames one letter apart
    are one person spelt two ways ("Patrick Kohler … Patrick Koller"): the form the article
    uses most (the first one on a tie) is the canonical name of both. A surname written in
    capitals ("Hélène ORSINI … Hélène Orsini") is a spelling of the form in title case, which
    names both."""
    counts: dict[str, int] = {}
    first_at: dict[str, int] = {}
    for m in people:
        counts[m.canonical] = counts.get(m.canonical, 0) + 1
        first_at.setdefault(m.canonical, m.start)
    names = sorted(counts, key=lambda name: (_in_capitals(name), -counts[name], first_at[name]))
    target: dict[str, str] = {}
    for i, name in enumerate(names):
        for other in names[:i]:
            if other not in target and _spelling_variant(name.split(), other.split()):
                target[name] = other
                break
    for m in people:
        m.canonical = target.get(m.canonical, m.canonical)


def _in_capitals(name: str) -> bool:
    """A word of three letters or more in capitals in a person's name ("Hélène ORSINI")."""
    return any(len(w) >= 3 and w.isupper() for w in name.split())


def _spelling_variant(a: list[str], b: list[str]) -> bool:
    """Same words but the last, and last words of five letters at least one edit apart; or
    the same words whatever their case ("Hélène ORSINI", "Hélène Orsini")."""
    if len(a) >= 2 and [w.casefold() for w in a] == [w.casefold() for w in b]:
        return True
    if len(a) < 2 or len(a) != len(b) or a[:-1] != b[:-1]:
        return False
    x, y = a[-1], b[-1]
    if min(len(x), len(y)) < _MIN_VARIANT_SURNAME or x == y or abs(len(x) - len(y)) > 1:
        return False
    if len(x) == len(y):
        return sum(p != q for p, q in zip(x, y, strict=True)) == 1
    short, long_ = (x, y) if len(x) < len(y) else (y, x)
    return any(long_[:k] + long_[k + 1 :] == short for k in range(len(long_)))


def _full_names_of(
    words: list[str], fulls: list[tuple[int, list[str]]], first_names: set[str]
) -> list[tuple[int, list[str]]]:
    """The full names (with their positions) that ``words`` ends ("Musk") or starts (two words
    at least), whatever the case ("Van de Velde" ends "Jean-François VAN DE VELDE"); for a first
    name alone ("“Claire a plus d'audace”"), the full names of the one person of the article
    with that first name (with two or none it stays as written); for initials alone ("K. B."),
    those of the one person with those initials."""
    key = [w.casefold() for w in words]
    n = len(key)
    cands = [
        (pos, fw)
        for pos, fw in fulls
        if len(fw) > n
        and (
            [w.casefold() for w in fw[len(fw) - n :]] == key
            or (n >= 2 and [w.casefold() for w in fw[:n]] == key)
        )
    ]
    if not cands and len(words) == 1:
        cands = _surname_first(words[0], fulls, first_names)
    if not cands and len(words) == 1 and words[0].casefold() in first_names:
        owners = {" ".join(fw) for _pos, fw in fulls if fw[0] == words[0]}
        if len(owners) == 1:
            cands = [(pos, fw) for pos, fw in fulls if fw[0] == words[0]]
    if not cands:
        cands = _initials_owner(words, fulls)
    return cands


def _initials_owner(
    words: list[str], fulls: list[tuple[int, list[str]]]
) -> list[tuple[int, list[str]]]:
    """``K. B. : Oui.`` in an interview: the full names of the one person of the article with
    those initials, else none."""
    if len(words) < 2 or not all(_INITIAL.fullmatch(w) for w in words):
        return []
    letters = "".join(c for w in words for c in w if c.isupper())
    named = [(pos, fw) for pos, fw in fulls if fw != words and _initials(fw) == letters]
    return named if len({" ".join(fw) for _pos, fw in named}) == 1 else []


#: A word that is an initial (``K.``, ``J.-M.``).
_INITIAL = re.compile(r"[A-ZÀ-Ý]\.(?:-[A-ZÀ-Ý]\.)?")


def _initials(words: list[str]) -> str:
    """The initials of a full name's words (``Jean-Marc Gautier`` → ``JMG``)."""
    return "".join(part[0] for w in words for part in w.split("-") if part[:1].isupper())


def _surname_first(
    word: str, fulls: list[tuple[int, list[str]]], first_names: set[str]
) -> list[tuple[int, list[str]]]:
    """The full names written surname first (``Diop Mamadou``, ``KONÉ Ibrahim``: the last word
    a first name, the first word not) that the surname ``word`` opens (``M. Diop``)."""
    key = word.casefold()
    if key in first_names:
        return []
    return [
        (pos, fw)
        for pos, fw in fulls
        if len(fw) == 2
        and fw[0].casefold() == key
        and fw[1].casefold() in first_names
        and fw[0].casefold() not in first_names
    ]


# ---------------------------------------------------------------- organisations
class OrgGroups:
    """The distinct forms of the article's organisations, grouped by union-find: their cores
    (:func:`core`), the gazetteer entries of each group (two groups of different entries are
    never joined), and the holdings and subsidiaries that are entities of their own."""

    def __init__(self, v: ArticleView, orgs: list[NameMention]) -> None:
        lex = v.lex
        self.forms = sorted({norm(v.stext(m.start, m.end)) for m in orgs})
        self.parent = {f: f for f in self.forms}
        self.cores = {f: core(lex, f) for f in self.forms}
        self.words = {f: f.split() for f in self.forms}
        self.held = _holdings(self.forms, self.cores) | _subsidiaries(
            v, orgs, self.forms, self.cores
        )
        for f in self.held:
            self.cores[f] = f.split()
        self.gaz_of: dict[str, set[int]] = {}
        for f in self.forms:
            hit = lex.gaz_by_form.get(f) or lex.gaz_by_form.get(" ".join(self.cores[f]))
            self.gaz_of[f] = {hit[0]} if hit is not None else set()

    def find(self, f: str) -> str:
        """The root of ``f``'s group (paths halved on the way)."""
        parent = self.parent
        while parent[f] != f:
            parent[f] = parent[parent[f]]
            f = parent[f]
        return f

    def union(self, a: str, b: str) -> bool:
        """Join the groups of ``a`` and ``b`` (the root of ``b``'s stays the root), unless they
        hold different gazetteer entries."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        gaz_of = self.gaz_of
        if gaz_of[ra] and gaz_of[rb] and gaz_of[ra] != gaz_of[rb]:
            return False
        self.parent[ra] = rb
        gaz_of[rb] = gaz_of[ra] | gaz_of[rb]
        return True

    def tables(self) -> tuple[dict[str, str], dict[str, int], dict[str, int]]:
        """The group (root) of each form, and the size and widest core of each group: read
        from these tables, refreshed after a union, instead of find() over all pairs."""
        roots = {f: self.find(f) for f in self.forms}
        size: dict[str, int] = {}
        widest: dict[str, int] = {}
        for f, r in roots.items():
            size[r] = size.get(r, 0) + 1
            widest[r] = max(widest.get(r, 0), len(self.cores[f]))
        return roots, size, widest

    def canonical_names(self) -> dict[str, str]:
        """Form -> the longest form of its group (a mixed-case one before an all-capital
        acronym)."""
        groups: dict[str, list[str]] = {}
        for f in self.forms:
            groups.setdefault(self.find(f), []).append(f)
        canon: dict[str, str] = {}
        for members in groups.values():
            longest = max(members, key=lambda f: (not f.isupper(), len(f), f))
            for f in members:
                canon[f] = longest
        return canon


def _holdings(forms: list[str], cores: dict[str, list[str]]) -> set[str]:
    """ "STMicroelectronics Holding" beside "STMicroelectronics N.V.": a holding named after a
    company that also appears under its own legal form is another entity (its shareholder)."""
    return {
        f
        for f in forms
        if f.split()[-1] in _HOLDING_WORDS
        and any(
            g != f
            and cores[g] == cores[f]
            and len(g.split()) > len(cores[g])
            and not any(w in _HOLDING_WORDS for w in g.split())  # "Nu Holdings Ltd."
            for g in forms
        )
    }


def _subsidiaries(
    v: ArticleView, orgs: list[NameMention], forms: list[str], cores: dict[str, list[str]]
) -> set[str]:
    """ "la filiale Arkema Inc." beside "Arkema": the subsidiary's legal name is another
    entity."""
    subs = {
        norm(v.stext(m.start, m.end))
        for m in orgs
        if m.start > 1
        and (
            v.low[m.start - 1] == "filiale"
            or (v.low[m.start - 2] == "filiale" and v.is_lower(m.start - 1))
        )
    }
    return {
        f
        for f in subs
        if len(f.split()) > len(cores[f]) and any(g != f and g.split() == cores[f] for g in forms)
    }


def name_organisations(v: ArticleView, orgs: list[NameMention], people: list[NameMention]) -> None:
    """Group the organisations' forms (the passes of the module's docstring, in order) and
    give each mention the canonical name of its group."""
    groups = OrgGroups(v, orgs)
    join_same_entity(groups)
    join_acronyms(groups)
    join_bracketed(v, groups, orgs)
    join_short_forms(v, groups, orgs, people)
    join_clipped(v, groups)
    canon = groups.canonical_names()
    for m in orgs:
        form = norm(v.stext(m.start, m.end))
        m.canonical = canon.get(form, form)


def join_same_entity(groups: OrgGroups) -> None:
    """Same gazetteer entity, same core ("Nestlé", "Nestlé SA"), or the same letters once
    spaces, hyphens, apostrophes, dots and accents are squeezed out ("Qatar Energy",
    "QatarEnergy"; "Credit Agricole SA", "Crédit Agricole SA")."""
    forms, cores, gaz_of = groups.forms, groups.cores, groups.gaz_of
    squeezed = {f: re.sub(r"[\s\-'’.]", "", upper_unaccented(" ".join(cores[f]))) for f in forms}
    for i, a in enumerate(forms):
        core_a, sq_a = cores[a], squeezed[a]
        long_sq = len(sq_a) >= 4
        for b in forms[i + 1 :]:  # the forms are sorted and distinct: the pairs a < b
            if (
                (gaz_of[a] and gaz_of[a] == gaz_of[b])  # live: a union may fill gaz_of[a]
                or core_a == cores[b]
                or (long_sq and sq_a == squeezed[b])  # "Qatar Energy"
            ):
                groups.union(a, b)


def join_acronyms(groups: OrgGroups) -> None:
    """An acronym and its long form: "AMF" / "Autorité des marchés financiers" (initials),
    "AB InBev" / "Anheuser-Busch InBev" (the first word spells the words before the common
    end), "Sonatel" / "Société nationale des télécommunications du Sénégal" (syllables)."""
    forms, cores = groups.forms, groups.cores
    for a in forms:
        # the cheap preconditions of the three checks, on the short form alone: most forms
        # can be no one's acronym, and then the pairs are not looked at
        a_words = a.split()
        acr_ok = " " not in a and 2 <= len(a) <= 8 and a.isupper()
        syl_ok = " " not in a and 4 <= len(a) <= 10 and a.isalpha()
        head_ok = (  # the short form's first word is the acronym
            len(a_words) >= 2
            and 2 <= len(a_words[0]) <= 5
            and a_words[0].isupper()
            and a_words[0].isalpha()
        )
        if not (acr_ok or syl_ok or head_ok):
            continue
        for b in forms:
            if a != b and (
                (acr_ok and is_acronym_of(a, b))
                or (head_ok and is_head_acronym_of(a_words, cores[b]))
                or (syl_ok and is_syllabic_acronym_of(a, b))
            ):
                groups.union(a, b)


def join_bracketed(v: ArticleView, groups: OrgGroups, orgs: list[NameMention]) -> None:
    """A name and the one-word form in brackets after it, or a bracketed alias of two or
    three words: "Autorité des marchés financiers (AMF)", "… du Mali (Sorem Mali)"."""
    doc = v.doc
    by_start = {m.start: m for m in orgs}
    for m in orgs:
        if m.end + 2 < len(doc) and doc[m.end].text == "(":
            other = by_start.get(m.end + 1)
            if other is None or other.end >= len(doc) or doc[other.end].text != ")":
                continue
            long_f = norm(v.stext(m.start, m.end))
            short_f = norm(v.stext(other.start, other.end))
            if other.end - other.start == 1 or bracket_alias(long_f, short_f):
                groups.union(long_f, short_f)


def join_short_forms(
    v: ArticleView, groups: OrgGroups, orgs: list[NameMention], people: list[NameMention]
) -> None:
    """A short form attaches to the one longer entity it starts or ends ("Couche-Tard" ->
    "Alimentation Couche-Tard Inc.", "Harwell" -> "Harwell Grid Systems Ltd", "l'Autorité" ->
    "Autorité de la concurrence"); when several entities qualify, the form is ambiguous and
    stays alone."""
    person_words = {w for m in people for w in norm(v.stext(m.start, m.end)).split()}
    # "filiale du groupe Primonial": a parent group named bare is not its subsidiary's alias
    parents = {norm(v.stext(m.start, m.end)) for m in orgs if _named_as_parent(v, m.start)}
    roots, size, widest = groups.tables()
    for a in groups.forms:
        wa = groups.cores[a]
        ra = roots[a]
        if widest[ra] > len(wa) or _has_legal_name(groups, roots, a):
            continue  # "Femsa" already is "Fomento Económico Mexicano", not "Coca-Cola Femsa"
        # an unlisted name alone in its group that is not a person's name may be the short
        # form of a longer capitalised name it starts ("Jindal" -> "Jindal Steel
        # International"), not of a listed group's division ("Amazon" / "Amazon Web Services")
        a_words = groups.words[a]
        bare = (
            not groups.gaz_of[a]
            and size[ra] == 1
            and not set(a_words) & person_words
            and a not in parents
        )
        targets = _short_form_targets(v, groups, a, roots, bare)
        if len(targets) == 1:
            groups.union(a, targets.pop())
            roots, size, widest = groups.tables()


def _named_as_parent(v: ArticleView, start: int) -> bool:
    """The name at ``start`` is named as a parent company: after a parent noun ("le groupe
    Primonial") or as the owner of a subsidiary ("la filiale de SNPE, SNPE Matériaux
    Énergétiques")."""
    low = v.low
    return (start > 0 and low[start - 1] in _PARENT_NOUNS) or (
        start > 1 and low[start - 1] in {"de", "d'", "du"} and low[start - 2] == "filiale"
    )


def _has_legal_name(groups: OrgGroups, roots: dict[str, str], a: str) -> bool:
    """``a`` is, or its group holds, a name with its legal form ("Biolanne SA", "Biolanne"
    beside it): that company, not the short form of a subsidiary it starts ("Biolanne
    Santé")."""
    wa, ra = groups.cores[a], roots[a]
    return any(
        roots[f] == ra and groups.cores[f] == wa and len(groups.words[f]) > len(wa)
        for f in groups.forms
    )


def _short_form_targets(
    v: ArticleView, groups: OrgGroups, a: str, roots: dict[str, str], bare: bool
) -> set[str]:
    """The groups of the longer forms whose core ends with the core of ``a`` ("Couche-Tard"),
    or starts with it (:func:`_starts_longer_name`); a listed ``a`` only joins a listed group
    or its own legal name (:func:`_own_legal_name`)."""
    lex = v.lex
    wa = groups.cores[a]
    ra = roots[a]
    a_words = groups.words[a]
    targets: set[str] = set()
    for b in groups.forms:
        wb = groups.cores[b]
        if len(wb) <= len(wa) or ra == roots[b] or b in groups.held:
            continue
        b_words = groups.words[b]
        tail = wb[len(wb) - len(wa) :] == wa and len(a) >= 4 and wa[0] not in lex.suffixes
        if not (tail or _starts_longer_name(lex, a, a_words, wa, b_words, wb, bare)):
            continue
        # a listed name may still take its legal name: "Eutelsat" -> "Eutelsat
        # Communications SA" (group words then a legal form), not "Amazon Web Services"
        if (
            groups.gaz_of[a]
            and not groups.gaz_of[roots[b]]
            and not _own_legal_name(lex, a_words, b_words)
        ):
            continue
        targets.add(roots[b])
    return targets


def _starts_longer_name(
    lex: EntityLexicon,
    a: str,
    a_words: list[str],
    wa: list[str],
    b_words: list[str],
    wb: list[str],
    bare: bool,
) -> bool:
    """The core ``wb`` of a longer name starts with the core ``wa`` of ``a``, and the longer
    name ends with a legal form ("Kelvio" -> "Kelvio SAS"), or ``a`` is a generic head
    ("l'Autorité" -> "Autorité de la concurrence"), or the longer name adds a territory
    ("Primonial REIM [France]"), or ``a`` is a ``bare`` name and the longer one adds capitalised
    words ("Jindal" -> "Jindal Steel International")."""
    n_a = len(a_words)
    return wb[: len(wa)] == wa and (
        tail_len(b_words, lex.suffix_words) > 0
        or (len(wa) == 1 and lower_key(a) in lex.generic_heads)
        or (b_words[:n_a] == a_words and territorial_tail(lex, b_words[n_a:]))
        or (bare and b_words[:n_a] == a_words and all(w[:1].isupper() for w in b_words[n_a:]))
    )


def _own_legal_name(lex: EntityLexicon, a_words: list[str], b_words: list[str]) -> bool:
    """``b_words`` is the legal name of ``a_words``: the same words then only suffixes, the
    last a legal form ("Eutelsat Communications SA"), or a generic head before them
    ("Compagnie de Saint-Gobain", "Groupe Casino")."""
    n_a = len(a_words)
    return (
        b_words[:n_a] == a_words
        and tail_len(b_words, lex.legal_words) > 0
        and all(w in lex.suffixes for w in b_words[n_a:])
    ) or company_of(a_words, b_words)


def join_clipped(v: ArticleView, groups: OrgGroups) -> None:
    """A clipped nickname (:func:`clipped_names`) joins the one group of the names it clips:
    "la Juve" -> "Juventus Football Club"."""
    for word, clip_head in v.clipped.items():
        owners = {groups.find(f) for f in groups.forms if f.split()[0] == clip_head}
        if word in groups.parent and len(owners) == 1:
            groups.union(word, owners.pop())
