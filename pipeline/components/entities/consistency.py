"""Labels made consistent across the article.

1. a person-like name the article once gives as an organisation on strong evidence ("le cabinet
   Roland Berger", "Pierre Fabre SA") is that organisation elsewhere, unless an honorific or a
   role says it is a person there;
2. a surname of a person of the article is that person ("Bruno Le Maire … Le Maire");
3. a name that is clearly an organisation once is one everywhere; a bracketed acronym after an
   organisation is one; names coordinated with an organisation are organisations;
4. the short form of an organisation named in full is that organisation ("Marbot" after
   "Chaussures Marbot SAS");
5. a lone one-word "person" who is no one's surname is an organisation in an organisation's
   context, else no person;
and after the labels are settled: person-like names listed after a plural brand noun are brands
("les maisons Pommery et Charles Lafitte").
"""

from __future__ import annotations

from pipeline.components.entities.evidence import role_apposition
from pipeline.components.entities.forms import core
from pipeline.components.entities.lists import list_groups, persons_listed_with_companies
from pipeline.components.entities.mentions import NameMention
from pipeline.components.entities.names import norm, tok_lower
from pipeline.components.entities.person_names import person_introducer
from pipeline.components.entities.view import ArticleView

_BRAND_LISTS = {"maisons", "marques", "enseignes", "griffes", "labels"}


def article_consistency(v: ArticleView, mentions: list[NameMention]) -> None:
    """Make the labels consistent across the article: the passes of the module's docstring,
    in order."""
    strong_organisations_everywhere(v, mentions)
    full = full_names(v, mentions)
    surnames_are_people(v, mentions, full)
    organisations_everywhere(v, mentions, full)
    coordinated_organisations(v, mentions, full)
    organisation_short_forms(v, mentions, full)
    lone_surnames(v, mentions, full)


def strong_organisations_everywhere(v: ArticleView, mentions: list[NameMention]) -> None:
    """A person-like name the article once gives as an organisation on strong evidence ("le
    cabinet Roland Berger", "Pierre Fabre SA") is that organisation elsewhere, unless an
    honorific or a role says it is a person there ("Pierre Fabre, fondateur du groupe")."""
    forced = {
        norm(v.stext(m.start, m.end))
        for m in mentions
        if m.final == "ORG"
        and (m.inst_cue or m.suffix or (m.gaz is not None and not m.gaz_ambiguous))
    }
    for m in mentions:
        if (
            m.final == "PER"
            and not m.honorific
            and norm(v.stext(m.start, m.end)) in forced
            and not role_apposition(v, m.start, m.end)
        ):
            m.final = "ORG"


def full_names(v: ArticleView, mentions: list[NameMention]) -> dict[str, str]:
    """The people's full names and their ends (surnames): form -> full name ("Le Maire" ->
    "Bruno Le Maire"; a particle alone is none: "de")."""
    particles = v.lex.particles
    full: dict[str, str] = {}
    for m in mentions:
        if m.final != "PER":
            continue
        words = norm(v.stext(m.start, m.end)).split()
        if len(words) >= 2:
            full[" ".join(words)] = " ".join(words)
            for k in range(1, len(words)):
                tail = words[k:]
                if tail[0] in particles and len(tail) == 1:
                    continue
                full.setdefault(" ".join(tail), " ".join(words))
    return full


def surnames_are_people(v: ArticleView, mentions: list[NameMention], full: dict[str, str]) -> None:
    """A full name or a surname of a person of the article is that person, unless a cue or a
    suffix says otherwise: "Bruno Le Maire … selon Le Maire" (but an organisation after
    "chez" stays one: "Nicolas Pictet … son arrivée chez Pictet")."""
    for m in mentions:
        text = norm(v.stext(m.start, m.end))
        cued = m.cue and not introduced_clause(v, m)
        if text in full and not cued and not m.suffix and m.final in {"ORG", "MISC", "PER"}:
            if m.final == "ORG" and m.start > 0 and v.low[m.start - 1] == "chez":
                continue  # "Boris Collardi rejoint Pictet … chez Pictet": the family's firm
            m.final = "PER"


def introduced_clause(v: ArticleView, m: NameMention) -> bool:
    """The only cue of ``m`` is the subject of the clause after it, read as an apposition,
    behind an introducer: "Selon Mustier, [la banque] est solide" (not a cue noun before it)."""
    return not m.inst_cue and person_introducer(v, m.start)


def organisations_everywhere(
    v: ArticleView, mentions: list[NameMention], full: dict[str, str]
) -> None:
    """A name that is clearly an organisation once (:func:`_clear_organisations`) is one
    everywhere: not a person's name nor a known place; a product keeps its label, and a new
    candidate of an ambiguous listed form becomes one only when it had no label."""
    org_names = _clear_organisations(v, mentions)
    for m in mentions:
        text = norm(v.stext(m.start, m.end))
        is_place = v.is_place(m.start, m.end)
        if (
            text in org_names
            and text not in full
            and (m.final in {"MISC", "PER", None} or (m.final == "LOC" and not is_place))
        ):
            if m.product or (m.final is None and m.label is None and m.gaz_ambiguous):
                if m.final is None and not m.product:
                    m.final = "ORG"
                continue
            m.final = "ORG"


def _clear_organisations(v: ArticleView, mentions: list[NameMention]) -> set[str]:
    """The forms of the organisations on strong evidence, in an organisation's context or so
    labelled by the model; and the acronyms in brackets right after an organisation,
    labelled organisations here: "Autorité des marchés financiers (AMF)"."""
    doc = v.doc
    org_names = set()
    for m in mentions:
        if m.final == "ORG" and (m.strong_org or m.org_ctx or m.label == "ORG"):
            org_names.add(norm(v.stext(m.start, m.end)))
    for m in mentions:
        if m.label is None and m.final is None and m.start >= 2:
            prev = [x for x in mentions if x.end == m.start - 1 and x.final == "ORG"]
            if prev and doc[m.start - 1].text == "(":
                m.final = "ORG"
                org_names.add(norm(v.stext(m.start, m.end)))
    return org_names


def coordinated_organisations(
    v: ArticleView, mentions: list[NameMention], full: dict[str, str]
) -> None:
    """A name listed with a clear organisation is one: "Fermetures Dalmas et Soprelam
    Industries ont…" (a name the model found but not a person's name, a first name, a
    product, a place) or one it missed (:func:`.lists.list_members`); two organisations
    make a list one of organisations too: "UCB, Solvay et Bekaert". Then a
    "person" listed among companies is one (:func:`.lists.persons_listed_with_companies`)."""
    groups = list_groups(v, mentions)
    for group in groups:
        orgs = [m for m in group if m.final == "ORG"]
        strong = any(m.strong_org or m.org_ctx for m in orgs)
        if not strong and len(orgs) < 2:
            continue
        for other in group:
            if _listed_organisation(v, other, full):
                other.final = "ORG"
    persons_listed_with_companies(v, mentions, groups)


def _listed_organisation(v: ArticleView, m: NameMention, full: dict[str, str]) -> bool:
    """``m``, listed with a clear organisation, is one: a name the model missed, or one it
    labelled otherwise that is no person's name, first name, product nor place."""
    if m.label is None:
        return m.final is None and m.start in v.list_members
    return (
        m.final in {"LOC", "MISC", "PER"}
        and not m.first_name
        and not m.honorific
        and not m.product
        and norm(v.stext(m.start, m.end)) not in full
        and not v.is_place(m.start, m.end)
    )


def organisation_short_forms(
    v: ArticleView, mentions: list[NameMention], full: dict[str, str]
) -> None:
    """The short form of an organisation named in full is that organisation: "Marbot" after
    "Chaussures Marbot SAS" (the start or end of its core); not a person's surname, a place,
    a word after "à"/"en" ("au Bourget")."""
    cores = [
        core(v.lex, norm(v.stext(m.start, m.end)))
        for m in mentions
        if m.final == "ORG" and (m.strong_org or m.org_ctx)
    ]
    for m in mentions:
        if m.final not in {"LOC", "MISC", "PER"} or m.honorific or m.first_name or m.product:
            continue
        words = norm(v.stext(m.start, m.end)).split()
        text = " ".join(words)
        # a two-word "person" without a first name that is exactly an organisation's core
        # ("Fonderie Vallet" and "la Fonderie Vallet SAS") is that organisation
        exact = len(words) >= 2 and full.get(text) == text and words in cores
        if (text in full and not exact) or _place_like(v, m) or len(text) < 3:
            continue
        if exact or any(_part_of_core(words, org_core) for org_core in cores):
            m.final = "ORG"


def _place_like(v: ArticleView, m: NameMention) -> bool:
    """A known place, or a name after "à", "au", "aux", "en" ("au Bourget")."""
    return v.is_place(m.start, m.end) or (
        m.start > 0 and v.low[m.start - 1] in {"à", "au", "aux", "en"}
    )


def _part_of_core(words: list[str], org_core: list[str]) -> bool:
    """``words`` are an organisation's core, or its start or end."""
    return org_core == words or (
        len(org_core) > len(words)
        and (org_core[-len(words) :] == words or org_core[: len(words)] == words)
    )


def lone_surnames(v: ArticleView, mentions: list[NameMention], full: dict[str, str]) -> None:
    """A one-word "person" who is no one's surname and has no honorific is an organisation in
    an organisation's context ("chez Vernaud"), else no person unless the subject of its
    verb ("Rafale")."""
    doc = v.doc
    for m in mentions:
        if m.final != "PER":
            continue
        text = norm(v.stext(m.start, m.end))
        if len(text.split()) > 1 or text in full or m.honorific:
            continue
        root = doc[m.start : m.end].root
        if m.org_ctx:
            m.final = "ORG"
        elif not root.dep_.startswith("nsubj"):
            m.final = "MISC"


def brand_lists(v: ArticleView, mentions: list[NameMention]) -> list[NameMention]:
    """A person-like name listed after a plural house/brand noun is a brand: "les maisons
    Pommery [et Charles Lafitte]", "les marques Lunor [et Jean Davel]"."""
    doc = v.doc
    drop: set[int] = set()
    for m in mentions:
        if m.final != "PER" or m.honorific or m.start < 3:
            continue
        if v.low[m.start - 1] not in {"et", ","}:
            continue
        left = [x for x in mentions if x.end == m.start - 1 and x.final in {"ORG", "MISC"}]
        if left and left[0].start > 0 and tok_lower(doc[left[0].start - 1]) in _BRAND_LISTS:
            drop.add(id(m))
    return [m for m in mentions if id(m) not in drop]
