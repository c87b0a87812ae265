"""The label of a mention from local evidence: the label rules, tried in order.

Also the headline rubrics: a one-word heading opening a line ("Télécoms : Bouygues Telecom…")
is no name unless the article names it elsewhere or it is a known organisation.
"""

from __future__ import annotations

import re

from pipeline.components.entities.evidence import (
    common_acronym,
    counted,
    det_acronym,
    family,
    participle,
    portfolio,
    relative_body,
    role_apposition,
    union_branch,
)
from pipeline.components.entities.mentions import NameMention
from pipeline.components.entities.names import lower_key, norm
from pipeline.components.entities.view import ArticleView
from pipeline.components.entities.vocabulary import COUNCILS, DE, DETS

_X_FRANCE = re.compile(r"[A-ZÉ][a-zéèêëïîôû]{2,}-France")  # "Météo-France" (one word before)

_GEO_HEADS = {  # "Nord Cameroun", "Mont Cameroun": a part of a country, not a company
    "Nord", "Sud", "Est", "Ouest", "Centre", "Grand", "Grande", "Haut", "Haute", "Bas", "Basse",
    "Mont", "Petit", "Petite", "Nouveau", "Nouvelle", "République", "Royaume", "Saint", "Sainte",
    "Province", "Région", "Golfe", "Lac", "Côte", "Cap", "Val", "Pays", "Vieux", "Vieille",
}  # fmt: skip

_HUMAN_PRODUCT = {"assistant", "assistante", "modèle"}  # product cues that also name people


def local_label(v: ArticleView, m: NameMention) -> str | None:
    lex = v.lex
    doc = v.doc
    text = norm(v.stext(m.start, m.end))
    if (
        lower_key(text) in lex.stoplist
        or text.casefold() in lex.acronym_stoplist
        or not any(c.isalpha() for c in text)
    ):
        return None
    if (
        m.gaz is None
        and not m.cue
        and not any(v.cap(i) for i in range(m.start, m.end))  # no Token per word
        and (m.end - m.start == 1 or v.low[m.start] not in lex.institution_heads)
    ):
        return None  # "la part du non-coté" (but "parquet national financier")
    if m.gaz is None and re.fullmatch(r"\w\.?", text):
        return None  # "Q. – …", "R. – …": interview markers, initials
    if m.gaz is None and (m.start in v.dateline_places or lower_key(text) in v.dateline_names):
        return "LOC"  # "LUXEMBOURG, 6 novembre (Reuters) -"
    if m.suffix or (m.gaz is not None and not m.gaz_ambiguous):
        return "ORG"
    if m.gaz is None and not m.first_name and family(doc, m):
        return None  # "la holding de la famille Agnelli", "les Agnelli ont vendu"
    if m.start in v.careers and not m.honorific and not m.first_name:
        return "ORG"  # "passée par Manpower", "ancien de Capgemini"
    if m.end - m.start == 1 and m.gaz is None and not m.cue and participle(doc, m.start):
        return None  # "Interrogé par Le Figaro, le dirigeant…"
    if m.gaz is None and role_apposition(v, m.start, m.end):
        return "PER"  # "a déclaré Aditya Mittal, directeur général du groupe"
    if m.gaz is None and common_acronym(v, m.start, m.end):
        return None  # "une convention judiciaire d'intérêt public (CJIP)"
    if portfolio(v, m.start):
        return None  # "le ministre des Armées": a portfolio, not an organisation
    if m.cue and (m.inst_cue or not (m.label == "PER" and m.first_name)):
        return "ORG"
    if m.honorific:
        return "PER"
    words = text.split()
    if m.label == "PER" and len(words) >= 2 and not m.first_name:
        head = lex.gaz_by_form.get(words[0])
        if (head is not None and not head[1]) or m.org_ctx:
            return "ORG"  # "Toyota Fudosan", "chez Kepler Cheuvreux"
    if m.product and m.start > 0 and v.low[m.start - 1] not in _HUMAN_PRODUCT:
        # "le cidre Loïc Raison", "le champagne Nicolas Feuillatte": a brand named after
        # a person is a product, not a person of the article
        return "MISC" if m.label is not None else None
    if m.first_name and m.label in {"PER", "ORG", "MISC"}:
        return "PER"
    if m.product:
        return "MISC" if m.label is not None else None
    if m.label == "PER":
        return "PER"
    if m.label == "ORG" and m.end - m.start == 1 and counted(doc, m.start):
        return "MISC"  # "Dassault a livré 20 Rafale": counted units are products
    if m.label == "ORG":
        return "ORG"
    if m.label in {"MISC", "LOC"} and len(words) >= 2 and union_branch(lex, words):
        return "ORG"  # "la CFDT Construction Bois du Limousin": a union's branch
    if m.label in {"MISC", "LOC"} and m.end - m.start == 1 and relative_body(v, m.start, m.end):
        return "ORG"  # "le Leem, qui représente les entreprises du médicament"
    if (
        m.label in {"MISC", "LOC"}
        and _X_FRANCE.fullmatch(text)
        and lower_key(text) not in lex.places
    ):
        return "ORG"  # "Météo-France", "Atout-France": a national body (not "Île-de-France")
    if m.label == "MISC":
        if m.org_ctx or m.gaz is not None or det_acronym(v, m.start, m.end):
            return "ORG"
        return "MISC"
    if m.label == "LOC":
        if len(words) >= 2 and lower_key(words[0]) in lex.generic_heads - {"région", "union"}:
            return "ORG"  # "Chambre d'agriculture de l'Aveyron", "Cour des comptes"
        if len(words) >= 2 and (
            words[-1] in lex.territorial_bodies
            or " ".join(words[:3]) in lex.territorial_bodies
            or " ".join(words[:2]) in lex.territorial_bodies
        ):
            return "ORG"  # "Limoges Métropole", "Communauté de communes du Val de Vienne"
        if (
            len(words) >= 2
            and words[0] in COUNCILS
            and m.start > 0
            and v.low[m.start - 1] in DETS | DE
        ):
            return "ORG"  # "la Région Normandie accorde": capitalised, the council
        if (
            len(words) >= 2
            and words[0].isupper()
            and words[0].isalpha()
            and len(words[0]) >= 2
            and lower_key(words[0]) not in lex.places
            and words[0].casefold() not in lex.acronym_stoplist
            and lower_key(" ".join(words[1:])) in lex.places
        ):
            return "ORG"  # "BBVA México", "HSBC France": a bank's national subsidiary
        if (
            len(words) == 2
            and words[0][:1].isupper()
            and words[0][1:].islower()
            and words[0].isalpha()
            and words[0] not in _GEO_HEADS
            and lower_key(words[0]) not in lex.places
            and words[0].casefold() not in lex.first_names
            and lower_key(words[1]) in lex.places
        ):
            return "ORG"  # "Guinness Cameroun", "Nestlé Sénégal": a national subsidiary
        return "ORG" if (m.org_ctx and not v.is_place(m.start, m.end)) else "LOC"
    if det_acronym(v, m.start, m.end):
        return "ORG"
    return None  # new candidate without evidence (ambiguous gazetteer form, lone acronym)


def kickers(v: ArticleView, mentions: list[NameMention]) -> None:
    """A one-word heading opening a line ("Télécoms : Bouygues Telecom…", "Luxe. Hermès…")
    is a rubric, unless the article names it elsewhere or it is a known organisation."""
    doc = v.doc
    counts: dict[str, int] = {}
    for m in mentions:  # first word of each mention: "Valtéris" in "Valtéris Ingénierie SA"
        # (not an inner word: "Football" in "Juventus Football Club S.p.A.")
        key = lower_key(doc[m.start].text)
        counts[key] = counts.get(key, 0) + 1
    for m in mentions:
        if (
            m.final is not None
            and m.end - m.start == 1
            and m.end < len(doc)
            and doc[m.end].text in {":", "."}
            and v.line_start(m.start)
            and m.gaz is None
            and not (m.suffix or m.cue)
            and counts[lower_key(doc[m.start].text)] == 1
        ):
            m.final = None
