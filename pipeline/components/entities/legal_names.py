"""Candidates named by their legal form or their "&": companies and partnerships.

* a French legal form used as a noun introduces the name after it, and is no part of it: "la
  SARL Boulangerie Martin", "l'EURL Dupont", "la SCI du Parc";
* a foreign legal form written before the name is part of it: "N.V. Nederlandse Gasunie", "AB
  Volvo", "PT Vale Indonesia";
* names joined by "&" are one name: "Procter & Gamble", "Clayton, Dubilier & Rice".

(The legal forms written after a name, "Kelvio SAS", are found in :mod:`.candidates` from the
suffixes of :mod:`.extents`.)
"""

from __future__ import annotations

import numpy

from pipeline.components.entities.extents import cap_run, extend_suffix
from pipeline.components.entities.names import lower_key
from pipeline.components.entities.view import ArticleView
from pipeline.components.entities.vocabulary import DETS


def legal_prefix_names(v: ArticleView, sfx: dict[int, int]) -> list[tuple[int, int]]:
    """Names after a legal form used as a noun: "la SARL Boulangerie Martin", "l'EURL
    Dupont", "la SCI du Parc" (the form is not part of the name)."""
    if not v.lex.legal_prefix_re.search(v.text):
        return []  # one regex search spares the scan of the tokens
    doc = v.doc
    out: list[tuple[int, int]] = []
    n = len(doc)
    for i, t_text in enumerate(v.texts):  # the texts, not a Token per word
        if t_text not in v.lex.legal_prefixes or i == 0 or i + 1 >= n:
            continue
        if v.low[i - 1] not in DETS or v.bound(i + 1):
            continue
        j = i + 1
        if v.low[j] in {"du", "de", "des", "d'"} and j + 1 < n and v.cap(j + 1):
            j += 1  # "la SCI du Parc" keeps its "du"
            k = cap_run(v, j)
            out.append((i + 1, extend_suffix(v, i + 1, k, sfx)))
        elif v.cap(j):
            k = cap_run(v, j)
            out.append((j, extend_suffix(v, j, k, sfx)))
    return out


def foreign_prefix_names(v: ArticleView, sfx: dict[int, int]) -> list[tuple[int, int]]:
    """A foreign legal form before a proper name is part of the company's name: "N.V.
    Nederlandse Gasunie", "AB Volvo", "PT Vale Indonesia" (not a person)."""
    lex = v.lex
    doc = v.doc
    out: list[tuple[int, int]] = []
    for m in v.lex.foreign_prefix_re.finditer(v.text):
        span = doc.char_span(m.start(), m.end() - 2, alignment_mode="expand")
        if span is None or span.end >= len(doc) or span.start != span.end - 1:
            continue
        i = span.start
        if i > 0 and v.cap(i - 1) and not v.bound(i):
            continue  # inside another name
        k = cap_run(v, i + 1)
        if k > i + 1 and not all(doc[x].text in lex.stoplist for x in range(i + 1, k)):
            out.append((i, extend_suffix(v, i, k, sfx)))
    return out


def amp_names(v: ArticleView, sfx: dict[int, int]) -> list[tuple[int, int]]:
    """Names joined by "&" (partnerships, law firms, funds): "Procter & Gamble", "Hellman &
    Friedman", "Clayton, Dubilier & Rice", "Skadden, Arps, Slate, Meagher & Flom"."""
    if "&" not in v.text:
        return []
    out: list[tuple[int, int]] = []
    n = len(v.texts)
    amp = v.lex.vocab.strings.add("&")
    for i in (int(x) for x in numpy.flatnonzero(v.orth == amp)):
        if i == 0 or i + 1 >= n:
            continue
        if not (v.cap(i - 1) and v.cap(i + 1)) or v.bound(i + 1):
            continue
        s = _partners_start(v, i)
        if s >= i:
            continue
        e = cap_run(v, i + 1, limit=3)
        out.append((s, extend_suffix(v, s, e, sfx)))
    return out


def _partners_start(v: ArticleView, i: int) -> int:
    """The start of the names before the "&" at ``i``: up to three capitalised words, then a
    comma-separated series of single names ("Skadden, Arps, Slate, Meagher &"), without the
    stopwords, honorifics and determiners that open it."""
    lex = v.lex
    s = i - 1
    while s > 0 and i - s < 3 and v.cap(s - 1) and not v.bound(s):
        s -= 1
    while s >= 2 and i - s < 12 and _single_name_before(v, s):  # at most a handful of partners
        s -= 2
    while s < i and (
        lower_key(v.texts[s]) in lex.stoplist or v.texts[s] in lex.honorifics or v.low[s] in DETS
    ):
        s += 1
    return s


def _single_name_before(v: ArticleView, s: int) -> bool:
    """One capitalised word and a comma before ``s``, in the sentence, no determiner, itself
    alone or after another comma: "Clayton, [Dubilier]"."""
    texts = v.texts
    return (
        texts[s - 1] == ","
        and v.cap(s - 2)
        and not v.bound(s - 2)
        and not v.bound(s)
        and v.low[s - 2] not in DETS
        and (s - 2 == 0 or not v.cap(s - 3) or texts[s - 3] == ",")
    )
