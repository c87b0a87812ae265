"""Public bodies named by a lower-case head and their place: ``le tribunal de commerce de
Nanterre``, ``la région Occitanie``, ``le gouvernement flamand`` (``public_bodies.tsv``).

The model tags the place alone (``Nanterre`` LOC) or nothing; the whole phrase is the name of
an organisation.
"""

from __future__ import annotations

from pipeline.components.entities.view import ArticleView

#: the prepositions between a head and its place ("de Nanterre", "d'Épinal", "du Havre")
PLACE_PREPOSITIONS = frozenset({"de", "d'", "du"})
#: at most this many capitalised words make the place ("Bourg-en-Bresse", "Grand Est")
MAX_PLACE_WORDS = 3


def public_body_names(v: ArticleView) -> list[tuple[int, int]]:
    """The public bodies of ``public_bodies.tsv`` in the article, as ``(start, end)`` pairs:
    ``tribunal de commerce de Nanterre``, ``région Occitanie``, ``gouvernement flamand``."""
    lex = v.lex
    out: list[tuple[int, int]] = []
    for match_id, s, e in lex.body_matcher(v.doc):
        follows = lex.body_follows[v.doc.vocab.strings[match_id]]
        if not follows:
            out.append((s, e))
            continue
        j = e
        if follows == "De" and not v.texts[s][:1].isupper():
            continue  # "la ville de Lyon" is the place; "la Ville de Lausanne" the council
        if follows in {"de", "De"}:
            if j >= len(v.texts) or v.low[j] not in PLACE_PREPOSITIONS:
                continue
            j += 1
        k = place_end(v, j)
        if k > j and not starts_with_first_name(v, j, k):
            out.append((s, k))
    return out


def starts_with_first_name(v: ArticleView, j: int, k: int) -> bool:
    """``le préfet de région Gaël Trinquart``: a known first name followed by another
    capitalised word is a person after the head, not the place of a body."""
    return k - j >= 2 and v.texts[j].casefold() in v.lex.first_names


def place_end(v: ArticleView, j: int) -> int:
    """The end of the capitalised place starting at token ``j`` (``j`` when there is none):
    ``Nanterre``, ``Grand Est``, ``Lons-le-Saunier``."""
    k = j
    while k < len(v.texts) and k - j < MAX_PLACE_WORDS and v.cap(k):
        k += 1
    return k
