"""Names completed after labelling: what the model left outside an organisation's name.

* a trade noun phrase and a legal form make one company: "[Pompes] funèbres [Marchetti SARL]";
* the territory of a federation or a public company: "la FDSEA [du Calvados]", "la Société
  nationale des télécommunications [du Sénégal]" (not a site: "l'usine PSA de Sochaux");
* the complement of a public body stopped at its adjective: "l'[Office français] de la
  biodiversité", "le Fonds Mohammed VI [pour l'investissement]";
* a second complement joined by "et" before the bracketed acronym: "Commission nationale pour
  les sociétés [et la Bourse] (Consob)".
"""

from __future__ import annotations

from typing import NamedTuple

from pipeline.components.entities.evidence import union_branch
from pipeline.components.entities.mentions import NameMention
from pipeline.components.entities.names import is_cap, tok_lower
from pipeline.components.entities.view import ArticleView
from pipeline.components.entities.vocabulary import DE, TOWN


def trade_names(v: ArticleView, mentions: list[NameMention]) -> list[NameMention]:
    """A trade noun phrase, a name and a legal form are one company: "[Pompes] funèbres
    [Marchetti SARL]", "[Transports] frigorifiques [Durand SAS]": a one-word capitalised
    mention, one or two lower-case words, then a name ending on its legal form."""
    lex = v.lex
    doc = v.doc
    by_start = {m.start: m for m in mentions}
    dropped: set[int] = set()
    for m in mentions:
        if m.end - m.start > 3 or m.gaz is not None or not doc[m.start].is_title:
            continue
        for gap in (1, 2):
            k = m.start + 1 + gap
            if m.end > k:
                continue
            right = by_start.get(k)
            if (
                right is None
                or right.final != "ORG"
                or not right.suffix
                or right.end - right.start > 4
                or doc[right.end - 1].text not in lex.legal
                or not all(
                    t.is_lower and t.is_alpha and not t.is_stop and t.pos_ in {"NOUN", "ADJ"}
                    for t in doc[m.start + 1 : k]
                )
            ):
                continue
            m.end, m.final, m.suffix = right.end, "ORG", True
            dropped.add(id(right))
            break
    return [m for m in mentions if id(m) not in dropped]


class _Territorial(NamedTuple):
    """Why an organisation may take the territory after it."""

    descriptive: bool  # three words or more, some lower-case: "Société nationale des …"
    branch: bool  # a union's branch: "la CGT Métallurgie [des Hauts-de-France]"
    cued: bool  # a body's short name after its noun: "la coopérative agricole [Sica]"


def place_complements(v: ArticleView, mentions: list[NameMention]) -> list[NameMention]:
    """The territory of a federation or a public company is part of its name: "la FDSEA [du
    Calvados]", "la Société nationale des télécommunications [du Sénégal]", "Atlas Ciments
    [du Maroc]" -- for an acronym, a descriptive name (with lower-case words) or a name ending
    on a trade noun (``trade_nouns.txt``), not for a site ("l'usine PSA de Sochaux")."""
    by_start = {m.start: m for m in mentions}
    dropped: set[int] = set()
    n = len(v.doc)
    for m in mentions:
        if m.final != "ORG" or id(m) in dropped or m.end >= n:
            continue
        kind = _territorial(v, m)
        if kind is None or _after_site(v, m.start):
            continue
        place = _territory_after(v, m.end, by_start, kind.branch)
        if place is None or not _takes_territory(v, m, place, kind):
            continue
        m.end = place.end
        dropped.add(id(place))
    return [m for m in mentions if id(m) not in dropped]


def _territorial(v: ArticleView, m: NameMention) -> _Territorial | None:
    """Whether ``m`` may take a territory: an acronym of three letters or more ("la FDSEA"), a
    descriptive name, a union's branch or a body's short name after its noun (None: none)."""
    words = v.doc[m.start : m.end]
    acronym = len(words) == 1 and words[0].text.isupper() and len(words[0].text) >= 3
    descriptive = len(words) >= 3 and any(t.is_lower and t.is_alpha for t in words)
    branch = len(words) >= 2 and union_branch(v.lex, [t.text for t in words])
    cued = len(words) == 1 and _body_cued(v, m.start)
    # a name ending on a trade noun: "Atlas Ciments [du Maroc]", "Brasseries [du Cameroun]"
    trade = words[-1].text in v.lex.trade_nouns
    if not (acronym or descriptive or branch or cued or trade):
        return None
    return _Territorial(descriptive, branch, cued)


def _after_site(v: ArticleView, start: int) -> bool:
    """A site noun one or two words before: "l'usine PSA de Sochaux" (a site, not a body)."""
    sites = v.lex.site_nouns
    return (start > 0 and v.low[start - 1] in sites) or (start > 1 and v.low[start - 2] in sites)


def _territory_after(
    v: ArticleView, j: int, by_start: dict[int, NameMention], branch: bool
) -> NameMention | None:
    """The place mention after "du", "de", "d'" (and "des" for a union's branch), maybe with
    "la"/"l'", at ``j``: "[du] Calvados", "[de la] Réunion"."""
    n = len(v.doc)
    if v.low[j] not in {"du", "de", "d'"} | ({"des"} if branch else set()):
        return None
    j += 1
    if j < n and v.low[j] in {"la", "l'"}:
        j += 1
    place = by_start.get(j)
    if place is None or place.final != "LOC" or v.bound(j):
        return None
    return place


def _takes_territory(
    v: ArticleView, m: NameMention, place: NameMention, kind: _Territorial
) -> bool:
    """A body named by its members ("Syndicat des métallurgistes [de São José dos Campos]")
    or a union's branch takes the territory the model found even when it is not listed;
    another name takes a known place; a body's short name only a town ("[Sica] de
    Saint-Pol-de-Léon")."""
    body = (kind.descriptive and v.low[m.start] in v.lex.institution_heads) or kind.branch
    if kind.cued and not TOWN.search(v.stext(place.start, place.end)):
        return False
    return body or v.is_place(place.start, place.end)


def _body_cued(v: ArticleView, start: int) -> bool:
    """A body noun just before the name, maybe with one adjective ("la coopérative agricole
    X", "le syndicat X")."""
    lex = v.lex
    return any(k >= 0 and v.low[k] in lex.body_cue_nouns for k in (start - 1, start - 2))


def institution_complements(v: ArticleView, mentions: list[NameMention]) -> None:
    """The model often stops a public body's name at its adjective: "l'[Office français] de
    la biodiversité", "l'[Agence nationale] pour la rénovation urbaine". A name made of an
    institution noun and one such adjective takes the lower-case complement that follows
    ("de la biodiversité", "des fréquences", "pour la rénovation urbaine")."""
    starts = {m.start for m in mentions}
    n = len(v.doc)
    for m in mentions:
        if m.final != "ORG" or not 2 <= m.end - m.start <= 4 or m.end + 2 >= n:
            continue
        j = _complement_start(v, m)
        if j is None:
            continue
        k = _complement_end(v, j, starts)
        if k > j and not v.bound(j):
            m.end = k


def _complement_start(v: ArticleView, m: NameMention) -> int | None:
    """Where the complement of an institution's name starts (after "de"/"pour" and an
    article): after a body adjective ("l'Office français [de la biodiversité]"), or after a
    named fund's capitalised words and "pour" + article ("le Fonds Mohammed VI [pour
    l'investissement]"); None when the name takes no complement."""
    doc = v.doc
    n = len(doc)
    head, adj = doc[m.start], doc[m.end - 1]
    if not (head.text[:1].isupper() and tok_lower(head) in v.lex.institution_heads):
        return None
    j = m.end
    if tok_lower(adj) in v.lex.body_adjectives and m.end - m.start == 2:
        if v.low[j] not in DE | {"pour"}:
            return None
    elif not (
        v.low[j] == "pour"
        and v.low[j + 1] in {"la", "l'", "le", "les"}
        and all(is_cap(t) for t in doc[m.start + 1 : m.end])
    ):
        return None
    j += 1
    if j < n and v.low[j] in {"la", "l'", "le", "les"}:
        j += 1
    return j


def _complement_end(v: ArticleView, j: int, starts: set[int]) -> int:
    """The end of a complement starting at ``j``: up to three lower-case nouns and adjectives
    (no mention's start), and "et" + an adjective after an adjective ("pour le développement
    économique [et social]")."""
    doc = v.doc
    n = len(doc)
    k = j
    while (
        k < n
        and k - j < 3
        and doc[k].is_lower
        and doc[k].is_alpha
        and doc[k].pos_ in {"NOUN", "ADJ"}
        and k not in starts
    ):
        k += 1
    if (
        k > j + 1
        and k + 1 < n
        and doc[k].lower_ == "et"
        and doc[k + 1].is_lower
        and doc[k + 1].pos_ == "ADJ"
        and doc[k - 1].pos_ == "ADJ"
    ):
        k += 2  # "pour le développement économique [et social]"
    return k


def joined_complements(v: ArticleView, mentions: list[NameMention]) -> None:
    """ "Commission nationale pour les sociétés [et la Bourse] (Consob)": a second
    complement joined by "et" + article belongs to a public body's name when its bracketed
    acronym closes the name right after it; the acronym is the body too."""
    by_start = {m.start: m for m in mentions}
    for m in list(mentions):
        q = _joined_complement_end(v, m)
        if q is None:
            continue
        k = m.end
        m.end = q
        for inner in [x for x in mentions if x is not m and k <= x.start and x.end <= q]:
            mentions.remove(inner)  # "et la [Retraite]": now inside the name
        other = by_start.get(q + 1)
        if other is not None and other.end == q + 2:
            other.final = "ORG"
        elif other is None:
            mentions.append(NameMention(q + 1, q + 2, "ORG", cue=True, final="ORG"))
    mentions.sort(key=lambda x: x.start)


def portfolio_lists(v: ArticleView, mentions: list[NameMention]) -> None:
    """A ministry named by its list of portfolios: "le ministère de l'Économie[, de la
    Planification et de l'Aménagement du territoire] (Minepat)". The model stops at the first
    comma and often takes the rest for a name of its own; the list, closed by "et de", is
    the ministry's name (:func:`_portfolio_list_end`)."""
    for m in list(mentions):
        if m.final != "ORG" or v.low[m.start] != "ministère":
            continue
        q = _portfolio_list_end(v, m.end)
        if q is None:
            continue
        k = m.end
        m.end = q
        for inner in [x for x in mentions if x is not m and k <= x.start and x.end <= q]:
            mentions.remove(inner)


_PORTFOLIO_DE = {"de", "du", "des", "d'"}


def _portfolio_list_end(v: ArticleView, k: int) -> int | None:
    """The end of the portfolios listed after a ministry's first one from ``k``: one or more
    ", de (la) X" and a last "et de (la) Y", each opening on a capitalised word (None: no
    such list)."""
    n = len(v.texts)
    end = None
    while k + 2 < n and v.texts[k] in {",", "et"}:
        closing = v.texts[k] == "et"
        j = k + 1
        if v.low[j] not in _PORTFOLIO_DE:
            break
        j += 1
        if v.low[j] in {"la", "l'"}:
            j += 1
        if j >= n or not v.cap(j) or v.bound(j):
            break
        q = j + 1
        while q < n and q - j < 5 and (v.doc[q].is_alpha or v.texts[q] in {"'", "’"}):
            if v.low[q] == "et" or v.bound(q) or v.doc[q].pos_ in {"VERB", "AUX"}:
                break
            q += 1
        k = q
        if closing:
            end = q
            break
    return end


def _joined_complement_end(v: ArticleView, m: NameMention) -> int | None:
    """The end of the complement joined by "et" + article to an institution's name of three
    words or more, when a bracketed acronym follows it: "[et la Bourse] (Consob)"."""
    doc = v.doc
    n = len(doc)
    k = m.end
    if (
        m.final != "ORG"
        or m.end - m.start < 3
        or k + 5 >= n
        or v.low[m.start] not in v.lex.institution_heads
        or doc[k].lower_ != "et"
        or v.low[k + 1] not in {"la", "l'", "le", "les", "au", "aux", "du", "des"}
    ):
        return None
    q = k + 2
    while q < n and q - k <= 4 and doc[q].is_alpha:
        q += 1
    if not (q > k + 2 and q + 2 < n and doc[q].text == "(" and doc[q + 2].text == ")"):
        return None
    acr = doc[q + 1]
    if not (acr.is_alpha and acr.text[:1].isupper() and 2 <= len(acr.text) <= 8):
        return None
    return q
