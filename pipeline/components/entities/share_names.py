"""Company names the model misses in market briefs (Swiss and French wires):

* after a share noun and its article: ``l'action Bâloise gagnait 2,3%``, ``le titre Kerival
  cédait 1 %`` — a listed company;
* before its move in brackets, as market reports write it: ``Velmont (+3,1 % à 50,60 euros)
  affiche la plus forte hausse`` — a listed company;
* a headline's subject before its colon, written again in the body: ``Bâloise: bénéfice en
  hausse`` then ``La Bâloise a dégagé…`` — the company the brief is about (every capitalised
  occurrence of the name in the body is a mention); or not written again, when no word of it
  is a French dictionary word and the body speaks of ``le groupe``, ``la société``… (``Akka :
  hausse du résultat net`` then ``Le chiffre d'affaires du groupe…``), as market briefs
  write: a rubric (``Luxe :``, ``Retraites :``) is made of dictionary words, a country is a
  listed place, and a rubric's headline names its company after a cue noun (``Crypto : la
  fintech lyonnaise Velarys…``).

The name is one to three capitalised words, no listed place nor stop word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.components.entities.names import cap_text, lower_key
from pipeline.components.entities.vocabulary import after_share_noun

if TYPE_CHECKING:
    from pipeline.components.entities.view import ArticleView

_MAX_WORDS = 3


def _cap_run(v: ArticleView, s: int) -> int:
    """The end of the run of capitalised words (at most three) starting at ``s``."""
    e = s
    while e < len(v.texts) and e - s < _MAX_WORDS and v.texts[e].isalpha() and cap_text(v.texts[e]):
        if e > s and v.bound(e):
            break
        e += 1
    return e


def _plain_name(v: ArticleView, s: int, e: int) -> bool:
    """A run that may be a company's name: no stop word, no known place. A demonym is a
    company's name after a share noun or a singular article (``l'action Bâloise``, ``La
    Bâloise a dégagé``: the Basel insurer), not a people (``les Américains``)."""
    words = [lower_key(v.texts[k]) for k in range(s, e)]
    return e > s and not any(w in v.lex.stoplist for w in words) and not v.is_place(s, e)


def _demonym(v: ArticleView, s: int, e: int) -> bool:
    return any(lower_key(v.texts[k]) in v.lex.nationalities for k in range(s, e))


def share_names(v: ArticleView) -> list[tuple[int, int]]:
    """``l'action X``, ``le titre X``, ``les actions X``: the listed company ``X``."""
    out = []
    low = v.low
    for i in range(2, len(low)):
        if after_share_noun(low, i) and cap_text(v.texts[i]):
            e = _cap_run(v, i)
            if _plain_name(v, i, e):
                out.append((i, e))
    return out


def move_names(v: ArticleView) -> list[tuple[int, int]]:
    """``X (+3,1 % à 50,60 euros)``, ``X (-2 %)``: the listed company ``X`` before its move in
    brackets (a signed figure then a percentage sign)."""
    texts = v.texts
    out = []
    for i in range(1, len(texts) - 3):
        if (
            texts[i] == "("
            and texts[i + 1][:1] in {"+", "-", "−", "–"}
            and any(texts[j] in {"%", "pc"} for j in range(i + 2, min(i + 5, len(texts))))
        ):
            s = i
            while (
                s > 0 and i - s < _MAX_WORDS and texts[s - 1].isalpha() and cap_text(texts[s - 1])
            ):
                s -= 1
                if v.bound(s):
                    break
            if s < i and _plain_name(v, s, i):
                out.append((s, i))
    return out


def headline_names(v: ArticleView) -> list[tuple[int, int]]:
    """The name before a headline's colon (``Bâloise: bénéfice en hausse``) when the body
    writes it again, capitalised, inside a sentence (``La Bâloise a dégagé…``): that
    occurrence and the body's."""
    texts = v.texts
    e = _cap_run(v, 0)
    if e == 0 or e >= len(texts) or texts[e] != ":" or not _plain_name(v, 0, e):
        return []
    name = texts[0:e]
    n = e
    singular = {"la", "le", "l'"} if _demonym(v, 0, e) else None
    found = [
        (i, i + n)
        for i in range(e + 1, len(texts) - n + 1)
        if texts[i : i + n] == name
        and not v.bound(i)
        and (i + n == len(texts) or not cap_text(texts[i + n]))
        and (singular is None or v.low[i - 1] in singular)
    ]
    if found:
        return [(0, e), *found]
    coined = _coined_name(v, 0, e) and not _other_company_in_headline(v, e + 1)
    return [(0, e)] if coined and _company_in_body(v, e + 1) else []


def _coined_name(v: ArticleView, s: int, e: int) -> bool:
    """No word of the run is in the French dictionary (the model's lemma tables) nor a first
    name, nor a nationality: a coined name (``Akka``, ``Somfy``, ``SII``), not a rubric."""
    words = [lower_key(v.texts[k]) for k in range(s, e)]
    lex = v.lex
    known = any(lex.dictionary_word(w) or w in lex.first_names for w in words)
    return not known and not _demonym(v, s, e)


def _other_company_in_headline(v: ArticleView, start: int) -> bool:
    """The rest of the headline introduces a company by a cue noun or a nationality (``Crypto :
    la fintech lyonnaise Velarys…``, ``Pétrole : le norvégien Equinor…``): the words before the
    colon are a rubric."""
    i = start
    while i < len(v.low) and not v.line_start(i):
        if v.low[i] in v.lex.cue_words:
            return True
        i += 1
    return False


def _company_in_body(v: ArticleView, start: int) -> bool:
    """The body names a company by a cue noun after a definite article (``le groupe``, ``la
    société``, ``du groupe``): the brief speaks of one company without its name."""
    low = v.low
    return any(
        low[i] in v.lex.company_nouns and low[i - 1] in {"le", "la", "l'", "du", "au"}
        for i in range(max(start, 1), len(low))
    )
