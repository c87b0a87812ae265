"""Entities and their canonical names.

People: a surname or a first name alone is the full name of the person of the article it
belongs to (``Musk`` -> ``Elon Musk``); among several people sharing a surname, the one named
most recently before.

Organisations: the distinct forms are grouped (union-find), never joining two different
entities of the gazetteer ("Toyota" and "Toyota Industries"), and each group is named by its
longest proper form:

1. same gazetteer entity, same name up to a legal suffix ("Nestlé" / "Nestlé SA"), acronyms
   ("AMF" / "Autorité des marchés financiers"), a bracketed short form ("Name (ACR)");
2. a short form attaches to the one longer entity it starts or ends ("Couche-Tard" ->
   "Alimentation Couche-Tard Inc."); when several entities qualify it stays alone;
3. a clipped nickname joins its organisation ("la Juve" -> "Juventus Football Club").
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
from pipeline.components.entities.mentions import NameMention
from pipeline.components.entities.names import lower_key, norm, tail_len
from pipeline.components.entities.view import ArticleView

_HOLDING_WORDS = {"Holding", "Holdings"}

_PARENT_NOUNS = {"groupe", "holding", "maison-mère", "mère", "conglomérat"}


def canonicalise(v: ArticleView, mentions: list[NameMention]) -> None:
    lex = v.lex
    doc = v.doc
    people = [m for m in mentions if m.final == "PER"]
    fulls: list[tuple[int, list[str]]] = []
    for m in people:
        words = norm(v.stext(m.start, m.end)).split()
        if len(words) >= 2:
            fulls.append((m.start, words))
    for m in people:
        words = norm(v.stext(m.start, m.end)).split()
        # the longest full name this form is the end (surname) or start of; among several
        # people sharing a surname ("Bernard Arnault", "Antoine Arnault"), the one mentioned
        # most recently before, else the first one after
        cands = [
            (pos, fw)
            for pos, fw in fulls
            if len(fw) > len(words)
            and (
                fw[len(fw) - len(words) :] == words
                or (fw[: len(words)] == words and len(words) >= 2)
            )
        ]
        if not cands and len(words) == 1 and words[0].casefold() in lex.first_names:
            # a first name alone ("“Claire a plus d'audace”") is the one person of the
            # article with that first name; with two or none it stays as written
            owners = {" ".join(fw) for _pos, fw in fulls if fw[0] == words[0]}
            if len(owners) == 1:
                cands = [(pos, fw) for pos, fw in fulls if fw[0] == words[0]]
        best: list[str] = words
        if cands:
            top = max(len(fw) for _, fw in cands)
            cands = [(pos, fw) for pos, fw in cands if len(fw) == top]
            before = [c for c in cands if c[0] < m.start]
            best = max(before)[1] if before else min(cands)[1]
        m.canonical = " ".join(best)
    # organisations: union-find over distinct forms, never joining two different entities
    # of the gazetteer ("Toyota" and "Toyota Industries")
    orgs = [m for m in mentions if m.final == "ORG"]
    forms = sorted({norm(v.stext(m.start, m.end)) for m in orgs})
    parent = {f: f for f in forms}
    cores = {f: core(lex, f) for f in forms}
    # "STMicroelectronics Holding" beside "STMicroelectronics N.V.": a holding named after a
    # company that also appears under its own legal form is another entity (its shareholder)
    held = {
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
    # "la filiale Arkema Inc." beside "Arkema": the subsidiary's legal name is another entity
    subs = {
        norm(v.stext(m.start, m.end))
        for m in orgs
        if m.start > 1
        and (
            v.low[m.start - 1] == "filiale"
            or (v.low[m.start - 2] == "filiale" and v.texts[m.start - 1].islower())
        )
    }
    held |= {
        f
        for f in subs
        if len(f.split()) > len(cores[f]) and any(g != f and g.split() == cores[f] for g in forms)
    }
    for f in held:
        cores[f] = f.split()
    gaz_of: dict[str, set[int]] = {}
    for f in forms:
        hit = lex.gaz_by_form.get(f) or lex.gaz_by_form.get(" ".join(cores[f]))
        gaz_of[f] = {hit[0]} if hit is not None else set()

    def find(f: str) -> str:
        while parent[f] != f:
            parent[f] = parent[parent[f]]
            f = parent[f]
        return f

    def union(a: str, b: str) -> bool:
        ra, rb = find(a), find(b)
        if ra == rb:
            return True
        if gaz_of[ra] and gaz_of[rb] and gaz_of[ra] != gaz_of[rb]:
            return False
        parent[ra] = rb
        gaz_of[rb] = gaz_of[ra] | gaz_of[rb]
        return True

    # 1. same gazetteer entity, same name up to a legal suffix, acronyms
    squeezed = {f: re.sub(r"[\s\-'’.]", "", " ".join(cores[f])).casefold() for f in forms}
    for i, a in enumerate(forms):
        core_a, sq_a = cores[a], squeezed[a]
        long_sq = len(sq_a) >= 4
        for b in forms[i + 1 :]:  # the forms are sorted and distinct: the pairs a < b
            if (
                (gaz_of[a] and gaz_of[a] == gaz_of[b])  # live: a union may fill gaz_of[a]
                or core_a == cores[b]
                or (long_sq and sq_a == squeezed[b])  # "Qatar Energy"
            ):
                union(a, b)
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
                union(a, b)
    # brackets: "Name (ACR)"
    by_start = {m.start: m for m in orgs}
    for m in orgs:
        if m.end + 2 < len(doc) and doc[m.end].text == "(":
            other = by_start.get(m.end + 1)
            if other is None or other.end >= len(doc) or doc[other.end].text != ")":
                continue
            long_f = norm(v.stext(m.start, m.end))
            short_f = norm(v.stext(other.start, other.end))
            if other.end - other.start == 1 or bracket_alias(long_f, short_f):
                union(long_f, short_f)
    # 2. a short form attaches to the one longer entity it starts or ends
    #    ("Couche-Tard" -> "Alimentation Couche-Tard Inc.", "Harwell" -> "Harwell Grid Systems
    #    Ltd", "l'Autorité" -> "Autorité de la concurrence"); when several entities qualify,
    #    the form is ambiguous and stays alone.
    person_words = {w for m in people for w in norm(v.stext(m.start, m.end)).split()}
    # "filiale du groupe Primonial": a parent group named bare is not its subsidiary's alias
    parents = {
        norm(v.stext(m.start, m.end))
        for m in orgs
        if m.start > 0 and v.low[m.start - 1] in _PARENT_NOUNS
    }
    form_words = {f: f.split() for f in forms}

    def group_tables() -> tuple[dict[str, str], dict[str, int], dict[str, int]]:
        """The group (root) of each form, and the size and widest core of each group: read
        from these tables, refreshed after a union, instead of find() over all pairs."""
        roots = {f: find(f) for f in forms}
        size: dict[str, int] = {}
        widest: dict[str, int] = {}
        for f, r in roots.items():
            size[r] = size.get(r, 0) + 1
            widest[r] = max(widest.get(r, 0), len(cores[f]))
        return roots, size, widest

    roots, size, widest = group_tables()
    for a in forms:
        wa = cores[a]
        ra = roots[a]
        if widest[ra] > len(wa):
            continue  # "Femsa" already is "Fomento Económico Mexicano", not "Coca-Cola Femsa"
        # an unlisted name alone in its group that is not a person's name may be the short
        # form of a longer capitalised name it starts ("Jindal" -> "Jindal Steel
        # International"), not of a listed group's division ("Amazon" / "Amazon Web Services")
        a_words = form_words[a]
        n_a = len(a_words)
        bare = (
            not gaz_of[a] and size[ra] == 1 and not set(a_words) & person_words and a not in parents
        )
        targets: set[str] = set()
        for b in forms:
            wb = cores[b]
            if len(wb) <= len(wa) or ra == roots[b] or b in held:
                continue
            full_b = form_words[b]
            tail = wb[len(wb) - len(wa) :] == wa and len(a) >= 4 and wa[0] not in lex.suffixes
            head = wb[: len(wa)] == wa and (
                tail_len(full_b, lex.suffix_words) > 0
                or (len(wa) == 1 and lower_key(a) in lex.generic_heads)
                or (full_b[:n_a] == a_words and territorial_tail(lex, full_b[n_a:]))
                or (bare and full_b[:n_a] == a_words and all(w[:1].isupper() for w in full_b[n_a:]))
            )
            # a listed name may still take its legal name: "Eutelsat" -> "Eutelsat
            # Communications SA" (group words then a legal form), not "Amazon Web Services"
            legal_name = (
                full_b[:n_a] == a_words
                and tail_len(full_b, lex.legal_words) > 0
                and all(w in lex.suffixes for w in full_b[n_a:])
            ) or company_of(a_words, full_b)
            if (tail or head) and not (gaz_of[a] and not gaz_of[roots[b]] and not legal_name):
                targets.add(roots[b])
        if len(targets) == 1:
            union(a, targets.pop())
            roots, size, widest = group_tables()
    for word, clip_head in v.clipped.items():  # "la Juve" -> "Juventus Football Club"
        owners = {find(f) for f in forms if f.split()[0] == clip_head}
        if word in parent and len(owners) == 1:
            union(word, owners.pop())
    groups: dict[str, list[str]] = {}
    for f in forms:
        groups.setdefault(find(f), []).append(f)
    canon: dict[str, str] = {}
    for members in groups.values():
        longest = max(members, key=lambda f: (not f.isupper(), len(f), f))
        for f in members:
            canon[f] = longest
    for m in orgs:
        m.canonical = canon.get(norm(v.stext(m.start, m.end)), norm(v.stext(m.start, m.end)))
    for m in mentions:
        if m.final in {"LOC", "MISC"}:
            m.canonical = norm(v.stext(m.start, m.end))
