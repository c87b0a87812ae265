"""Candidates named by the words around them: cue nouns, roles, career paths, appositions.

* a cue noun after a determiner introduces a name: "la start-up (française) Mistral AI", "le
  fabricant d'implants Orbéa Santé"; a plural one a list: "des banques comme BNP Paribas ou
  Natixis"; a lower-case brand the article repeats: "le groupe postal belge bpost";
* a role introduces its employer: "analyste chez CGF Bourse", "PDG de Vernaud";
* a career path names companies: "passée par Manpower", "ancien de Capgemini";
* an appositive cue after a comma names the run before it: "Ynsect, la start-up française…",
  "Vinci Autoroutes, filiale de Vinci".
"""

from __future__ import annotations

import re

import numpy

from pipeline.components.entities.evidence import participle, place_described_starts
from pipeline.components.entities.extents import (
    cap_run,
    extend_suffix,
    glued_person_start,
    skip_modifiers,
)
from pipeline.components.entities.names import apostrophe_tail, lower_key, tok_lower
from pipeline.components.entities.view import ArticleView
from pipeline.components.entities.vocabulary import ARTICLES, DE, DETS

# appositions naming an organisation: "Gucci, sa principale marque", "X, une société …"
_APPOS_DETS = {"un", "une", "le", "la", "l'", "sa", "son", "leur", "notre", "cette", "ce", "cet"}

_CAREER = re.compile(  # a company in a career path: "passée par X", "ancien de X"
    r"\b(?:pass[ée]e?s?\s+(?:par|chez)|ancien(?:ne)?s?\s+(?:de|d['’]|chez)|ans\s+chez)\s*"
    r"(?=[A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ])",
    re.IGNORECASE,
)


def cue_noun_names(v: ArticleView, sfx: dict[int, int]) -> list[tuple[int, int]]:
    """Names introduced by an organisation noun: "la start-up (française) Mistral AI", "le
    fabricant d'implants Orbéa Santé", and lists after a plural one: "plusieurs enseignes de
    chaussures, dont San Marina et Minelli", "des banques comme BNP Paribas ou Natixis"."""
    doc = v.doc
    out: list[tuple[int, int]] = []
    n = len(doc)
    for match_id, s, e in v.cue_matches:
        if not doc[s].is_lower or s == 0:
            continue
        j = skip_modifiers(v, e)
        if j >= n:
            continue
        if v.lex.vocab.strings[match_id] == "CUE_PL":
            out += _listed_names(v, j, sfx)
        elif v.low[s - 1] in DETS and v.cap(j) and not v.bound(j):
            k = cap_run(v, j)
            if k > j:
                out.append((j, extend_suffix(v, j, k, sfx)))
        elif v.low[s - 1] in DETS and not v.bound(j):
            out += _lowercase_brand(v, j) + _described_name(v, s, j, sfx)
        elif not v.bound(j):  # "le [quatrième] pétrolier du pays, Cairn India"
            out += _described_name(v, s, j, sfx)
    return out


#: determiners opening a description that a name follows after a comma ("le numéro trois
#: polonais de l'énergie, Enea", "le rachat du quatrième pétrolier du pays, Cairn India");
#: not "de", "à"
_DESCRIPTION_DETS = {"le", "la", "l'", "son", "sa", "leur", "un", "une", "du"}
#: the prepositions before a place inside a description ("le premier cimentier du Kenya, X")
_PLACE_PREPS = {"de", "du", "d'", "en", "au", "aux"}
#: at most this many words between the cue noun and the comma
_DESCRIPTION_WORDS = 6


def _described_name(v: ArticleView, s: int, j: int, sfx: dict[int, int]) -> list[tuple[int, int]]:
    """The name after a comma that closes a description opened by a cue noun at ``s`` (its
    modifiers end at ``j``): "une offre sur le numéro trois polonais de l'énergie, Enea.",
    "le quatrième pétrolier du pays, Cairn India." The description has lower-case words only
    (no verb), the name ends the clause, and is no person (first name, honorific)."""
    if v.low[s - 1] not in _DESCRIPTION_DETS and not (
        s >= 2 and v.low[s - 2] in _DESCRIPTION_DETS and v.doc[s - 1].pos_ == "ADJ"
    ):
        return []
    if any(v.doc[i].pos_ in {"VERB", "AUX"} for i in range(s + 1, j)):
        return []  # "l'entreprise connue pour son assistant, ChatGPT": a participle's object
    k = _description_end(v, j)
    n = len(v.texts)
    c = k + 1
    if k < 0 or c >= n or not v.cap(c) or v.bound(c):
        return []
    e = cap_run(v, c)
    if not _closing_name(v, c, e):
        return []
    return [(c, extend_suffix(v, c, e, sfx))]


def _description_end(v: ArticleView, j: int) -> int:
    """The comma that ends the lower-case words of a description starting at ``j`` (at most
    :data:`_DESCRIPTION_WORDS`, no verb; a known place after a preposition is one of them:
    "le premier cimentier du Kenya,"); -1 when there is none."""
    n = len(v.texts)
    k = j
    while k < n and k - j < _DESCRIPTION_WORDS and v.texts[k] != ",":
        if v.doc[k].pos_ in {"VERB", "AUX"}:
            return -1
        if not (v.is_lower(k) or v.texts[k] in {"'", "’"} or _place_in_description(v, k)):
            return -1
        k += 1
    return k if k < n and v.texts[k] == "," else -1


def _place_in_description(v: ArticleView, k: int) -> bool:
    """A one-word known place after a preposition inside a description: "du [Kenya]", "en
    [Afrique]" (not a sentence start)."""
    return k > 0 and v.low[k - 1] in _PLACE_PREPS and not v.bound(k) and v.is_place(k, k + 1)


def _closing_name(v: ArticleView, c: int, e: int) -> bool:
    """The run ``c:e`` ends its clause and is no person (honorific, first name) nor place."""
    lex = v.lex
    return (
        e < len(v.texts)
        and v.texts[e] in {".", ",", ";", ")", "!", "?"}
        and v.texts[c] not in lex.honorifics
        and v.texts[c].casefold() not in lex.first_names
        and not v.is_place(c, e)
    )


def _listed_names(v: ArticleView, j: int, sfx: dict[int, int]) -> list[tuple[int, int]]:
    """The names listed after a plural cue noun ending before ``j``: "des banques[, comme]
    BNP Paribas ou Natixis" (an introducing word is needed: "dont", "comme", "tels que"…)."""
    doc = v.doc
    n = len(doc)
    if doc[j].text == "," and j + 1 < n:
        j += 1
    intro = v.lex.list_intro.get(v.low[j])
    if intro is None:
        return _coordinated_names(v, j, sfx)
    for words in intro:
        if [tok_lower(t) for t in doc[j : j + len(words)]] == words:
            j += len(words)
            break
    else:
        return []
    out: list[tuple[int, int]] = []
    while j < n and v.cap(j) and not v.bound(j):
        k = cap_run(v, j)
        out.append((j, extend_suffix(v, j, k, sfx)))
        j = k
        if j < n and doc[j].text == ",":
            j += 1
        if j < n and v.low[j] in {"et", "ou"}:
            j += 1
    return out


def _coordinated_names(v: ArticleView, j: int, sfx: dict[int, int]) -> list[tuple[int, int]]:
    """The names right after a plural cue noun when "et" / "ou" closes their list: "les
    banques Natixis et Oddo BHF", "les cabinets de conseil en vote ISS et Glass Lewis", "les
    fonds Ardian, Tikehau et Eurazeo"; no person (honorific, listed first name) among them."""
    n = len(v.texts)
    out: list[tuple[int, int]] = []
    while len(out) < 8:
        name = _list_item(v, j, sfx)
        if name is None:
            return []
        out.append(name)
        e = name[1]
        if e < n and v.low[e] in {"et", "ou"}:
            last = _list_item(v, e + 1, sfx)
            if last is None:
                return []
            out.append(last)
            v.list_joiners.update(e for _s, e in out[:-1])  # split the model's span there
            return out
        if e >= n or v.texts[e] != ",":
            return []
        j = e + 1
    return []


def _list_item(v: ArticleView, j: int, sfx: dict[int, int]) -> tuple[int, int] | None:
    """The name of a list at ``j``: a run of capitalised words that is no person (honorific,
    listed first name) nor place; None when there is none."""
    texts = v.texts
    if j >= len(texts) or not v.cap(j) or v.bound(j):
        return None
    if texts[j] in v.lex.honorifics or texts[j].casefold() in v.lex.first_names:
        return None
    k = cap_run(v, j)
    if k <= j or v.is_place(j, k):
        return None
    return j, extend_suffix(v, j, k, sfx)


def trade_noun_names(v: ArticleView, sfx: dict[int, int]) -> list[tuple[int, int]]:
    """A name that opens on a capitalised trade noun (``trade_nouns.txt``) before a
    capitalised word, which the model often misses: "la Coutellerie Garnier", "les 174
    salariés de la Bonneterie Vauclin" (the label rule ``trade_name`` makes it a company)."""
    trade = v.lex.trade_nouns
    out: list[tuple[int, int]] = []
    for i, text in enumerate(v.texts[:-1]):
        if (
            text in trade
            and v.cap(i + 1)
            and not v.bound(i + 1)
            and v.low[i + 1] not in DETS
            and not _in_name(v, i - 1)
        ):
            k = cap_run(v, i)
            if k > i + 1:
                out.append((i, extend_suffix(v, i, k, sfx)))
    return out


def place_described_names(v: ArticleView, sfx: dict[int, int]) -> list[tuple[int, int]]:
    """The names a trade described by its place introduces: "le maraîcher breton
    Prim'Armor" (:func:`place_described_starts`; the cue makes it an organisation)."""
    out: list[tuple[int, int]] = []
    for j in place_described_starts(v):
        k = cap_run(v, j)
        if k > j:
            out.append((j, extend_suffix(v, j, k, sfx)))
    return out


def _in_name(v: ArticleView, i: int) -> bool:
    """``doc[i]`` may be part of a name before the next word (capitalised, no determiner)."""
    return i >= 0 and v.cap(i) and v.low[i] not in DETS and not v.bound(i + 1)


def employer_names(
    v: ArticleView, sfx: dict[int, int]
) -> tuple[list[tuple[int, int]], dict[int, str]]:
    """The employer of a role: "analyste chez CGF Bourse", "associée chez Gide", "PDG de
    Vernaud", "directrice générale d'Altaris"; and the preposition before each name's start
    ("chez" / "de"), kept in ``v.employers``."""
    lex = v.lex
    doc = v.doc
    n = len(doc)
    out: list[tuple[int, int]] = []
    employers: dict[int, str] = {}
    for s, e in v.role_matches:
        while e < n and v.low[e] in lex.role_modifiers:
            e += 1  # "directeur général adjoint de X"
        if e + 1 >= n or not v.cap(e + 1) or v.bound(e + 1):
            continue
        prep = v.low[e]
        if prep == "chez":
            k = cap_run(v, e + 1)
        elif (
            prep in {"de", "d'"}
            and lower_key(v.stext(s, e)) not in lex.non_employer_roles
            and doc[e + 1].text not in lex.honorifics
            and v.low[e + 1] not in ARTICLES
        ):
            k = cap_run(v, e + 1)
            if k > e + 1 and v.is_place(e + 1, k):
                continue
        else:
            continue
        k = glued_person_start(v, e + 1, k) or k  # "l'analyste de Vontobel [Reto Gisler]"
        if k > e + 1:
            employers[e + 1] = prep
            out.append((e + 1, extend_suffix(v, e + 1, k, sfx)))
    return out, employers


def career_names(v: ArticleView, sfx: dict[int, int]) -> tuple[list[tuple[int, int]], set[int]]:
    """Companies of career paths: "passée par Manpower", "ancien de Capgemini", "dix ans chez
    Adecco"; and their starts, kept in ``v.careers``."""
    doc = v.doc
    out: list[tuple[int, int]] = []
    careers: set[int] = set()
    for match in _CAREER.finditer(v.text):
        nxt = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if nxt is None or not v.cap(nxt.start) or v.bound(nxt.start):
            continue
        j = nxt.start
        k = cap_run(v, j)
        if k > j and not v.is_place(j, k) and doc[j].text not in v.lex.honorifics:
            careers.add(j)
            out.append((j, extend_suffix(v, j, k, sfx)))
    return out, careers


def renamed_names(v: ArticleView, sfx: dict[int, int]) -> list[tuple[int, int]]:
    """The new name of a company, after a naming verb (``models/entities/naming_verbs.txt``):
    "La société, rebaptisée Vantiva, …", "le nouvel ensemble s'appellera Forvia", "sous le nom
    de Meta" (a colon or a quote mark may come between: "nouveau nom : « Orvane »")."""
    out: list[tuple[int, int]] = []
    n = len(v.texts)
    for _, _s, e in v.lex.naming_matcher(v.doc):
        while e < n and v.texts[e] in {":", "«", "“", '"'}:
            e += 1
        if e < n and v.cap(e) and not v.bound(e) and v.texts[e] not in v.lex.honorifics:
            k = cap_run(v, e)
            if k > e and not v.is_place(e, k):
                out.append((e, extend_suffix(v, e, k, sfx)))
    return out


def _lowercase_brand(v: ArticleView, j: int) -> list[tuple[int, int]]:
    """A lower-case corporate name after a company noun, "le groupe postal belge bpost": a
    word the article repeats (three times at least) and never gives a determiner, as a
    name; all its occurrences are the company, "bpost group" with its English head."""
    lex = v.lex
    doc = v.doc
    tok = doc[j]
    if not (
        tok.is_lower
        and tok.is_alpha
        and len(tok.text) >= 3
        and tok.pos_ in {"NOUN", "PROPN", "X"}
        and lower_key(tok.text) not in lex.stoplist
    ):
        return []
    where = [int(x) for x in numpy.flatnonzero(v.orth == tok.orth)]
    if len(where) < 3:
        return []
    dets = ARTICLES | {"un", "une", "des", "du", "au", "aux", "ce", "cette", "son", "sa"}
    if any(i > 0 and v.low[i - 1] in dets for i in where):
        return []  # "la mère … une mère": a common noun
    n = len(doc)
    if not any(i != j and i + 1 < n and doc[i + 1].pos_ in {"VERB", "AUX"} for i in where):
        return []  # a company is the subject of a verb somewhere else ("bpost supprimera")
    return [
        (i, i + 2 if i + 1 < n and doc[i + 1].lower_ in {"group", "groupe"} else i + 1)
        for i in where
    ]


def appos_cues(v: ArticleView) -> set[int]:
    """Positions of the comma in "X, une société …" / "X, le groupe …"."""
    lex = v.lex
    doc = v.doc
    out = set()
    heads = [(s, e) for _, s, e in v.cue_matches]
    heads += [(s, e) for _, s, e in lex.appos_matcher(doc)]
    for s, e in heads:
        if not doc[s].is_lower:
            continue
        k = s - 1
        while k > 0 and s - k <= 2 and v.low[k] in lex.prenominal_adjectives:
            k -= 1  # "X, sa principale marque", "X, son ancienne filiale"
        if k >= 1 and v.low[k] in _APPOS_DETS and doc[k - 1].text == ",":
            out.add(k - 1)
        elif s >= 1 and doc[s - 1].text == "," and e < len(doc) and v.low[e] in DE:
            out.add(s - 1)  # "Vinci Autoroutes, filiale de Vinci"
    return out


def appos_names(v: ArticleView, appos: set[int]) -> list[tuple[int, int]]:
    """Proper-name runs just before an appositive cue: "Ynsect, la start-up française…"; not
    a first name, a place, a word after a preposition ("à", "dans"…) nor a sentence-opening
    participle ("Fragilisée, l'entreprise cherche un repreneur")."""
    lex = v.lex
    doc = v.doc
    out = []
    for comma in sorted(appos):
        j = _run_before(v, comma)
        if j >= comma or not v.cap(j) or doc[j].text.casefold() in lex.first_names:
            continue
        if j > 0 and v.low[j - 1] in {"à", "en", "au", "aux", "dans", "pour"}:
            continue
        if v.is_place(j, comma) or (comma - j == 1 and participle(doc, j)):
            continue  # "Fragilisée, l'entreprise cherche un repreneur"
        out.append((j, comma))
    return out


def _run_before(v: ArticleView, comma: int) -> int:
    """The start of the run of capitalised words (with "&", "-", an apostrophe name) before
    ``comma``, at most six tokens in the sentence, without the stopwords, prepositions,
    determiners, adverbs, honorifics that open it."""
    lex = v.lex
    doc = v.doc
    j = comma
    while (
        j > 0
        and comma - j < 6
        and not v.bound(j)
        and (v.cap(j - 1) or doc[j - 1].text in {"&", "-"} or apostrophe_tail(doc, j - 1))
    ):
        j -= 1
    while j < comma and (
        doc[j].is_stop
        or doc[j].pos_ in {"ADP", "DET", "ADV", "SCONJ"}
        or lower_key(doc[j].text) in lex.stoplist
        or doc[j].text in lex.honorifics
    ):
        j += 1
    return j
