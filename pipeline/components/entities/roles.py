"""Roles of people: "Patrick Pouyanné, PDG de TotalEnergies", "la présidente de la BCE,
Christine Lagarde".

Each role of the article (``roles.txt``, coordinated: "cofondateur et PDG de Mistral AI", with
its modifiers: "directeur général adjoint") takes the organisation after it ("de La Poste",
"chez X", "de la start-up Kelvio") and goes to the person named right after it or right before
it (", PDG de…", "(PDG de…)"); a person's role is the first one with an organisation.
"""

from __future__ import annotations

from spacy.util import filter_spans

from pipeline.components.entities.extents import skip_modifiers
from pipeline.components.entities.mentions import NameMention
from pipeline.components.entities.names import norm
from pipeline.components.entities.view import ArticleView
from pipeline.components.entities.vocabulary import ARTICLES, DE, DETS, ROLE_MODIFIERS

_ROLE_PREFIXES = {"ancien", "ancienne", "ex", "ex-", "futur", "future", "nouveau", "nouvelle"}

_ROLE_SKIP = DETS | {"actuel", "actuelle", "éphémère", "emblématique", "puissant", "puissante"}


def find_roles(v: ArticleView, mentions: list[NameMention]) -> dict[str, tuple[str, str | None]]:
    lex = v.lex
    doc = v.doc
    per_start = {m.start: m for m in mentions if m.final == "PER"}
    per_end = {m.end: m for m in mentions if m.final == "PER"}
    org_start = {m.start: m for m in mentions if m.final == "ORG"}
    other_start = {m.start: m for m in mentions if m.final in {"LOC", "MISC"}}
    covered: set[int] = set()
    for m in mentions:
        covered.update(range(m.start, m.end))
    found: dict[str, list[tuple[str, str | None]]] = {}
    matches = filter_spans([doc[s:e] for s, e in v.role_matches])
    role_at = {r.start: r for r in matches}
    cue_at = {s: e for _, s, e in v.cue_matches if doc[s].is_lower}
    n = len(doc)
    used: set[int] = set()
    for rspan in matches:
        rs, re_ = rspan.start, rspan.end
        if rs in used or any(i in covered for i in range(rs, re_)):
            continue
        # coordinated roles: "cofondateur et PDG de Mistral AI"
        while re_ + 1 < n and v.low[re_] == "et" and re_ + 1 in role_at:
            used.add(re_ + 1)
            re_ = role_at[re_ + 1].end
        # modifiers: "vice-présidente exécutive", "directeur général adjoint"
        while re_ < n and v.low[re_] in ROLE_MODIFIERS:
            re_ += 1
        role = _fix_case(norm(v.stext(rs, re_)))
        if rs > 0 and v.low[rs - 1] in _ROLE_PREFIXES:
            role = f"{v.low[rs - 1]} {role}"
        role_org = None
        j = re_
        if j in org_start and not v.bound(j):
            # "déléguée syndicale centrale CGT"
            role_org = org_start[j].canonical
            j = org_start[j].end
        elif j < n and v.low[j] in DE | {"chez"}:
            k = j + 1
            org = org_start.get(k)  # "PDG de La Poste"
            if org is None and k < n and v.low[k] in ARTICLES:
                k += 1
                org = org_start.get(k)
            if org is not None:
                role_org = org.canonical
                j = org.end
                # "présidente de la Banque centrale européenne (BCE)"
                if j + 2 < n and doc[j].text == "(" and doc[j + 2].text == ")":
                    j += 3
            elif k in cue_at and org_start.get(skip_modifiers(v, cue_at[k])):
                # "fondateur de la start-up (française) Kelvio"
                cue_org = org_start[skip_modifiers(v, cue_at[k])]
                role_org = cue_org.canonical
                j = cue_org.end
            elif k < n and doc[k].is_lower and doc[k].pos_ == "NOUN":
                j = k + 1  # "le président exécutif du groupe, Guillaume Faury"
            elif k in other_start:
                j = other_start[k].end  # "le maire de Lyon, Grégory Doucet"
            else:
                h = k + 1 if k < n and doc[k].text in lex.honorifics else k
                if h in per_start:
                    j = per_start[h].end  # "l'avocate de M. Ferrière, Me Delphine Aubry"
        person = None
        k = j + 1 if j < n and doc[j].text == "," else j
        if k < n and doc[k].text in lex.honorifics:
            k += 1
        if k in per_start and not v.bound(k):
            person = per_start[k]
        else:
            i = rs - 1
            while i >= 0 and (v.low[i] in _ROLE_SKIP or v.low[i] in _ROLE_PREFIXES):
                i -= 1
            # "Patrick Pouyanné, PDG de TotalEnergies", "Catherine MacGregor (PDG d'Engie)"
            if i >= 1 and doc[i].text in {",", "("} and i in per_end:
                person = per_end[i]
        if person is not None:
            found.setdefault(person.canonical, []).append((role, role_org))
    out: dict[str, tuple[str, str | None]] = {}
    for name, roles in found.items():
        with_org = [r for r in roles if r[1]]
        out[name] = with_org[0] if with_org else roles[0]
    return out


def _fix_case(role: str) -> str:
    if len(role) > 1 and role[0].isupper() and role[1:2].islower():
        return role[0].lower() + role[1:]
    return role
