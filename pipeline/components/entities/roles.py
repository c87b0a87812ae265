"""Roles of people: "Patrick Pouyanné, PDG de TotalEnergies", "la présidente de la BCE,
Christine Lagarde".

Each role of the article (``roles.txt``, coordinated: "cofondateur et PDG de Mistral AI", with
its modifiers: "directeur général adjoint") takes the organisation after it ("de La Poste",
"chez X", "de la start-up Kelvio") and goes to the person named right after it or right before
it (", PDG de…", "(PDG de…)"); a person's role is the first one with an organisation.
"""

from __future__ import annotations

from spacy.symbols import ADJ, VERB

from pipeline.components.entities.extents import skip_modifiers
from pipeline.components.entities.mentions import NameMention, filter_pairs
from pipeline.components.entities.names import norm
from pipeline.components.entities.view import ArticleView
from pipeline.components.entities.vocabulary import ARTICLES, DE, DETS

#: the small words inside a portfolio ("de l'Economie et des Finances")
PORTFOLIO_LINKS = {"et", "de", "des", "du", "d'", "l'", "la", "le", "les", "à", "aux", "au"}
_ROLE_SKIP = DETS | {"actuel", "actuelle", "éphémère", "emblématique", "puissant", "puissante"}


class _Around:
    """The mentions of the article by where they start or end, and the cue nouns by their
    start: what a role looks for around it."""

    def __init__(self, v: ArticleView, mentions: list[NameMention]) -> None:
        doc = v.doc
        self.per_start = {m.start: m for m in mentions if m.final == "PER"}
        self.per_end = {m.end: m for m in mentions if m.final == "PER"}
        self.org_start = {m.start: m for m in mentions if m.final == "ORG"}
        self.other_start = {m.start: m for m in mentions if m.final in {"LOC", "MISC"}}
        self.covered: set[int] = set()
        for m in mentions:
            self.covered.update(range(m.start, m.end))
        self.cue_at = {s: e for _, s, e in v.cue_matches if doc[s].is_lower}


def find_roles(v: ArticleView, mentions: list[NameMention]) -> dict[str, tuple[str, str | None]]:
    """Canonical name of a person -> ``(role, organisation)`` (the organisation's canonical
    name, or None): the first role with an organisation, else the first role."""
    around = _Around(v, mentions)
    found: dict[str, list[tuple[str, str | None]]] = {}
    matches = filter_pairs(list(v.role_matches))
    role_end = dict(matches)
    used: set[int] = set()
    for rs, re_ in matches:
        if rs in used or any(i in around.covered for i in range(rs, re_)):
            continue
        role, re_ = _role_words(v, rs, re_, role_end, used)
        re_ = _after_bracketed_acronym(v, re_)
        role_org, j = _role_organisation(v, around, re_)
        person = _role_holder(v, around, rs, j)
        if person is not None:
            found.setdefault(person.canonical, []).append((role, role_org))
    out: dict[str, tuple[str, str | None]] = {}
    for name, roles in found.items():
        with_org = [r for r in roles if r[1]]
        out[name] = with_org[0] if with_org else roles[0]
    return out


def _role_words(
    v: ArticleView, rs: int, re_: int, role_end: dict[int, int], used: set[int]
) -> tuple[str, int]:
    """The role's text and end, with the roles coordinated to it ("cofondateur et PDG de
    Mistral AI", marked ``used``), its modifiers ("directeur général adjoint", "vice-présidente
    exécutive") and a prefix ("ancien PDG")."""
    n = len(v.low)
    while re_ + 1 < n and v.low[re_] == "et" and re_ + 1 in role_end:
        used.add(re_ + 1)
        re_ = role_end[re_ + 1]
    while re_ < n and v.low[re_] in v.lex.role_modifiers:
        re_ += 1
    re_ = _after_adjectives(v, re_)
    role = _fix_case(norm(v.stext(rs, re_)))
    if rs > 0 and v.low[rs - 1] in v.lex.role_prefixes:
        role = f"{v.low[rs - 1]} {role}"
    return role, re_


def _after_adjectives(v: ArticleView, j: int) -> int:
    """``j``, or the token after the lower-case adjectives that qualify the role ending there:
    "le ministre wallon de l'Economie", "la ministre française de l'Industrie" (two at most)."""
    k = j
    while k < len(v.low) and k - j < 2 and v.pos[k] == ADJ and v.doc[k].is_lower:
        k += 1
    return k


def _portfolio_end(v: ArticleView, k: int, people: dict[int, NameMention]) -> int | None:
    """The end of a capitalised portfolio or place starting at ``k`` that the recogniser did not
    name: "de l'Economie", "des Finances et de la Relance", "de l'Emploi" (a run of capitalised
    words and their connectors up to a person, ending on a capitalised word), else None."""
    end = None
    i = k
    while i < len(v.low) and not v.bound(i) and i - k < 8 and i not in people:
        if v.texts[i][:1].isupper():
            end = i + 1
        elif v.low[i] not in PORTFOLIO_LINKS:
            break
        i += 1
    return end


def _portfolio(v: ArticleView, around: _Around, k: int) -> int | None:
    """The end of the portfolio starting at ``k`` (:func:`_portfolio_end`) when a comma or a
    person follows it, else None."""
    end = _portfolio_end(v, k, around.per_start)
    if end is not None and (end in around.per_start or (end < len(v.low) and v.texts[end] == ",")):
        return end
    return None


def _after_bracketed_acronym(v: ArticleView, j: int) -> int:
    """``j``, or the token after the role's acronym in brackets that opens there: "son
    directeur général (CEO) Franco Morra", "directeur financier (CFO) de la division"."""
    texts = v.texts
    if j + 2 < len(texts) and texts[j] == "(" and texts[j + 2] == ")" and texts[j + 1].isupper():
        return j + 3
    return j


def _role_organisation(v: ArticleView, around: _Around, j: int) -> tuple[str | None, int]:
    """The organisation of the role ending at ``j`` (its canonical name, or None) and the end
    of what follows the role: an organisation right after it ("déléguée syndicale centrale
    CGT"), or after "de"/"chez" (:func:`_after_preposition`)."""
    org = around.org_start.get(j)
    if org is not None and not v.bound(j):
        return org.canonical, org.end  # "déléguée syndicale centrale CGT"
    if j < len(v.low) and v.low[j] in DE | {"chez"}:
        return _after_preposition(v, around, j + 1)
    if j + 1 < len(v.low) and v.low[j] == "et" and v.low[j + 1] in DE:
        end = _portfolio(v, around, j)  # "la ministre des Finances et de la Relance, X"
        return None, j if end is None else end
    return None, j


def _after_preposition(v: ArticleView, around: _Around, k: int) -> tuple[str | None, int]:
    """What follows "de"/"chez" after a role, starting at ``k``: an organisation ("PDG de La
    Poste", "présidente de la Banque centrale européenne (BCE)"), one after a cue noun
    ("fondateur de la start-up (française) Kelvio"), a common noun ("le président exécutif du
    groupe, Guillaume Faury"), a place ("le maire de Lyon, Grégory Doucet") or a person
    ("l'avocate de M. Ferrière, Me Delphine Aubry") — the last three skipped, no
    organisation."""
    doc = v.doc
    n = len(doc)
    j = k - 1
    org = around.org_start.get(k)
    if org is None and k < n and v.low[k] in ARTICLES:
        k += 1
        org = around.org_start.get(k)
    if org is not None:
        j = org.end
        if j + 2 < n and doc[j].text == "(" and doc[j + 2].text == ")":
            j += 3  # "présidente de la Banque centrale européenne (BCE)"
        return org.canonical, j
    if k in around.cue_at and around.org_start.get(skip_modifiers(v, around.cue_at[k])):
        cue_org = around.org_start[skip_modifiers(v, around.cue_at[k])]
        return cue_org.canonical, cue_org.end  # "fondateur de la start-up (française) Kelvio"
    if k < n and doc[k].is_lower and doc[k].pos_ == "NOUN":
        return None, k + 1  # "le président exécutif du groupe, Guillaume Faury"
    if k in around.other_start:
        return None, around.other_start[k].end  # "le maire de Lyon, Grégory Doucet"
    h = k + 1 if k < n and doc[k].text in v.lex.honorifics else k
    if h in around.per_start:
        return None, around.per_start[h].end  # "l'avocate de M. Ferrière, Me Delphine Aubry"
    end = _portfolio(v, around, k)
    return None, j if end is None else end  # "le ministre wallon de l'Economie, Paul Lemaire"


def _role_holder(v: ArticleView, around: _Around, rs: int, j: int) -> NameMention | None:
    """The person holding the role that starts at ``rs`` and whose complement ends at ``j``:
    named right after it (", Guillaume Faury", maybe with an honorific), right before it
    ("Patrick Pouyanné, PDG de TotalEnergies", "Catherine MacGregor (PDG d'Engie)") or linked
    to it by a verb (:func:`_linked_holder`)."""
    doc = v.doc
    n = len(doc)
    k = j + 1 if j < n and doc[j].text == "," else j
    if k < n and doc[k].text in v.lex.honorifics:
        k += 1
    if k in around.per_start and not v.bound(k):
        return around.per_start[k]
    i = rs - 1
    prefixes = v.lex.role_prefixes
    while i >= 0 and (v.low[i] in _ROLE_SKIP or v.low[i] in prefixes):
        i -= 1
    if i >= 1 and doc[i].text in {",", "("} and i in around.per_end:
        return around.per_end[i]
    return _linked_holder(v, around, i)


#: words of :data:`role_links` that alone link no one to a role ("a", "qui")
_WEAK_LINKS = {
    "a", "avait", "aura", "été", "qui", "désormais", "actuellement", "aussi", "également",
}  # fmt: skip


def _linked_holder(v: ArticleView, around: _Around, i: int) -> NameMention | None:
    """The person before the words that link them to the role after ``i`` (``models/entities/
    role_links.txt``): "Anne Martin a été nommée directrice générale de X", "Karim Benali,
    qui était dirigeant chez Y"; or named between an appointment verb and the role: "a nommé
    Moussa Traoré directeur général de Z"."""
    doc = v.doc
    links = v.lex.role_links
    if i + 1 in around.per_end:  # "a nommé [Moussa Traoré] directeur général"
        person = around.per_end[i + 1]
        k = person.start - 1
        if k >= 0 and v.low[k] in links and v.low[k] not in _WEAK_LINKS and v.pos[k] == VERB:
            return person
        return None
    strong = False
    while i >= 0 and v.low[i] in links:
        strong = strong or v.low[i] not in _WEAK_LINKS
        i -= 1
    if not strong:
        return None
    if i >= 1 and doc[i].text == ",":
        i -= 1  # "Karim Benali, qui était dirigeant…"
    return around.per_end.get(i + 1)


def _fix_case(role: str) -> str:
    """A role opening a sentence loses its capital: "Directrice générale" -> "directrice
    générale" (not an acronym: "PDG"); an English title in capitals is lower-cased:
    "Chief Financial Officer" -> "chief financial officer"."""
    words = role.split()
    if len(words) > 1 and all(w[0].isupper() and w[1:].islower() for w in words):
        return role.lower()  # "Chief Financial Officer" -> "chief financial officer"
    if len(role) > 1 and role[0].isupper() and role[1:2].islower():
        return role[0].lower() + role[1:]
    return role
