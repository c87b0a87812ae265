"""Names listed together: a company the model missed in a list of companies is one.

Real press lists companies by the handful ("Après UCB, Solvay et Bekaert…", "avec le soutien de
Kerenvest, Sofimar et Bpifrance", "comme Anaya, Armand Collin, Dunod-Dalloz ou Larousse"): the
statistical model finds some of them and misses others, or takes a publisher named after its
founder for a person.

1. :func:`list_members` — the runs of capitalised words of such a list that the model did not
   tag (candidates without a label, recorded in ``v.list_members``): each is joined to another
   capitalised word by a comma, "et" or "ou";
2. :func:`list_groups` — once the labels are read, the lists of the article: the mentions
   joined by commas, "et" and "ou" (each maybe followed by a short figure in brackets);
3. :func:`persons_listed_with_companies` — a "person" listed among two organisations at least,
   of which one on strong evidence, named nowhere else, without honorific nor role, is a
   company ("Armand Collin", "Roland Berger").

The organisations of a list give their label to its unlabelled members in
:func:`.consistency.coordinated_organisations`.
"""

from __future__ import annotations

from pipeline.components.entities.extents import cap_run
from pipeline.components.entities.mentions import NameMention
from pipeline.components.entities.names import lower_key, norm
from pipeline.components.entities.view import ArticleView

#: the words joining the names of a list
JOINERS = {",", "et", "ou"}
#: at most this many tokens in the brackets after a listed name ("(47,5 M$)", "(pharma)")
LIST_BRACKET_TOKENS = 6


def list_members(v: ArticleView, tagged: set[int]) -> list[tuple[int, int]]:
    """The runs of capitalised words that the model did not tag (no token in ``tagged``) and
    that a comma, "et" or "ou" joins to another capitalised word: "UCB, Solvay et
    [Bekaert]". Not a listed stopword, honorific or first name, nor a place; the starts are
    kept in ``v.list_members``."""
    out: list[tuple[int, int]] = []
    n = len(v.texts)
    j = 0
    while j < n:
        if not v.cap(j) or (j > 0 and v.cap(j - 1) and v.low[j - 1] not in JOINERS):
            j += 1
            continue
        k = cap_run(v, j, limit=4)
        if k > j and _free(v, j, k, tagged) and _joined(v, j, k):
            out.append((j, k))
            v.list_members.add(j)
        j = max(k, j + 1)
    return out


def _free(v: ArticleView, j: int, k: int, tagged: set[int]) -> bool:
    """No token of ``j:k`` is tagged, and the run is no stopword, honorific, first name nor
    place."""
    lex = v.lex
    first = v.texts[j]
    return (
        not any(i in tagged for i in range(j, k))
        and lower_key(norm(v.stext(j, k))) not in lex.stoplist
        and lower_key(first) not in lex.stoplist
        and first not in lex.honorifics
        and first.casefold() not in lex.first_names
        and not v.doc[j].is_stop
        and not v.is_place(j, k)
    )


def next_item(v: ArticleView, e: int) -> int | None:
    """The start of the next item of a list after a name ending at ``e`` (a figure in
    brackets skipped): after a comma, "et" or "ou", maybe followed by "de" ("le patron de Saf
    Cacao [et de] Choco Ivoire"); None when no joiner follows."""
    n = len(v.texts)
    e = after_brackets(v, e)
    if e + 1 >= n or v.low[e] not in JOINERS:
        return None
    k = e + 1
    if k + 1 < n and v.low[k] in {"de", "d'"} and v.low[e] != ",":
        k += 1
    return k


def _joined(v: ArticleView, j: int, k: int) -> bool:
    """A comma, "et" or "ou" joins the run ``j:k`` to a capitalised word, in the same
    sentence: before it ("Solvay et [Bekaert]", "de Saf Cacao et de [Choco Ivoire]") or after
    it (a figure in brackets may come between: "[Kerenvest] (3 M€), Sofimar")."""
    nxt = next_item(v, k)
    if nxt is not None and v.cap(nxt) and not v.bound(nxt):
        return True
    if j >= 3 and v.low[j - 1] in {"de", "d'"} and v.low[j - 2] in {"et", "ou"}:
        j -= 1  # "Saf Cacao et de [Choco Ivoire]"
    if j >= 2 and v.low[j - 1] in JOINERS and not v.bound(j):
        p = j - 2
        if v.texts[p] == ")":
            p = _bracket_open(v, p)
        return p >= 0 and v.cap(p)
    return False


def _bracket_open(v: ArticleView, close: int) -> int:
    """The token before the short bracketed group that ``close`` ends (-1: none)."""
    for k in range(close - 1, max(-1, close - LIST_BRACKET_TOKENS - 2), -1):
        if v.texts[k] == "(":
            return k - 1
        if "\n" in v.texts[k]:
            return -1
    return -1


def after_brackets(v: ArticleView, e: int) -> int:
    """``e``, or the token after the short bracketed group that opens there ("Ardagh| (7,8
    fois)|")."""
    texts = v.texts
    if e >= len(texts) or texts[e] != "(":
        return e
    for k in range(e + 1, min(len(texts), e + LIST_BRACKET_TOKENS + 2)):
        if texts[k] == ")":
            return k + 1
        if texts[k] == "(" or "\n" in texts[k]:
            return e
    return e


def list_groups(v: ArticleView, mentions: list[NameMention]) -> list[list[NameMention]]:
    """The lists of the article: the mentions (labelled or not) joined one to the next by a
    comma, "et" or "ou", each maybe followed by a short figure in brackets; lists of two
    names at least, in text order."""
    by_start = {m.start: m for m in mentions}
    groups: list[list[NameMention]] = []
    seen: set[int] = set()
    for m in sorted(mentions, key=lambda x: x.start):
        if id(m) in seen:
            continue
        group = [m]
        seen.add(id(m))
        cur = m
        while True:
            k = next_item(v, cur.end)
            nxt = by_start.get(k) if k is not None else None
            if nxt is None or id(nxt) in seen or v.bound(nxt.start):
                break
            group.append(nxt)
            seen.add(id(nxt))
            cur = nxt
        if len(group) >= 2:
            groups.append(group)
    return groups


def persons_listed_with_companies(
    v: ArticleView, mentions: list[NameMention], groups: list[list[NameMention]]
) -> None:
    """A "person" listed among two organisations at least (one of them on strong evidence),
    named once in the article, without honorific and not followed by a role, is a company
    named after its founder: "comme Anaya, [Armand Collin], Dunod-Dalloz ou Larousse"."""
    from pipeline.components.entities.evidence import role_apposition

    counts: dict[str, int] = {}
    for m in mentions:
        if m.final is not None:
            for word in norm(v.stext(m.start, m.end)).split():
                counts[word] = counts.get(word, 0) + 1
    for group in groups:
        orgs = [m for m in group if m.final == "ORG"]
        if len(orgs) < 2 or not any(m.strong_org or m.org_ctx for m in orgs):
            continue
        for m in group:
            words = norm(v.stext(m.start, m.end)).split()
            if (
                m.final == "PER"
                and not m.honorific
                and all(counts.get(w, 0) == 1 for w in words)
                and not role_apposition(v, m.start, m.end)
            ):
                m.final = "ORG"
