"""Long forms of bracketed acronyms: "La Fédération unique des pétroliers (FUP)".

A body introduced with its acronym in brackets gives two organisations, the long form and the
acronym, when the long form opens on an institution noun and its initials spell the acronym
("l'Union des industries chimiques (UIC)", "Autorité de régulation des communications
électroniques, des postes et de la distribution de la presse (Arcep)"), or when the capitalised
words of a foreign legal name spell it ("Sociedad Estatal de Participaciones Industriales
(SEPI)").
"""

from __future__ import annotations

import numpy
from spacy.tokens import Doc, Span

from pipeline.components.entities.forms import is_acronym_of, is_syllabic_acronym_of
from pipeline.components.entities.names import boundary, is_cap, tok_lower
from pipeline.components.entities.view import ArticleView
from pipeline.components.entities.vocabulary import DETS
from pipeline.text import upper_unaccented


def bracket_long_forms(v: ArticleView) -> list[tuple[int, int]]:
    """A body introduced with its acronym in brackets, "La Fédération unique des pétroliers
    (FUP)", "l'Union des industries chimiques (UIC)": the long form opens on an institution
    noun and its initials spell the acronym; both are organisations."""
    if "(" not in v.text:
        return []
    strings = v.lex.vocab.strings
    out: list[tuple[int, int]] = []
    for i in (int(x) for x in numpy.flatnonzero(v.orth[:-2] == strings.add("("))):
        if i < 2:
            continue
        acr_end = _acronym_end(v, i)
        acr = v.texts[i + 1]
        if acr_end is None or not _acronym_shape(acr):
            continue
        start = _connector_long_form(v, i, acr)
        if start is None or v.is_place(start, i):
            start = _institution_long_form(v, i, acr)
        if start is not None:
            out += [(start, i), (i + 1, acr_end)]
    return out


def _acronym_end(v: ArticleView, i: int) -> int | None:
    """The end of the acronym in the bracket opening at ``i``: one word, or a compound one
    whose first part spells the long form ("(Isae-Supaero)"); None when no bracket closes."""
    strings = v.lex.vocab.strings
    orth = v.orth
    if orth[i + 2] == strings.add(")"):
        return i + 2
    if not (
        i + 4 < len(orth) and orth[i + 2] == strings.add("-") and orth[i + 4] == strings.add(")")
    ):
        return None
    return i + 4 if v.texts[i + 3][:1].isupper() else None


def _acronym_shape(acr: str) -> bool:
    """An acronym of two to eight letters: "(FUP)", and the title-case acronyms of the French
    press: "(Arcep)", "(Cnil)"."""
    return (
        2 <= len(acr) <= 8
        and acr.isalpha()
        and (acr.isupper() or (acr[0].isupper() and len(acr) >= 3))
    )


def _institution_long_form(v: ArticleView, i: int, acr: str) -> int | None:
    """The start of the long form before the bracket at ``i``: an institution noun (within
    24 tokens, in the sentence, no bracket nor colon between) from which the words' initials
    spell the acronym; a long official name may hold commas: "Autorité de régulation des
    communications électroniques, des postes et de la distribution de la presse (Arcep)"."""
    doc = v.doc
    heads = v.lex.institution_heads
    for s in range(i - 1, max(i - 24, 0) - 1, -1):
        if v.bound(s + 1) and s + 1 < i:
            break
        tok = doc[s]
        if tok.text in {"(", ")", ";", ":", "«", "»"}:
            break
        if (
            tok.text[:1].isupper()
            and tok.lower_ in heads
            and (
                is_acronym_of(acr.upper(), doc[s:i].text)
                or _initials_cover(acr, doc[s:i])
                # "Fonds de soutien aux filières vivrières (Fosfiv)": syllables
                or is_syllabic_acronym_of(acr, doc[s:i].text, opening=1)
            )
        ):
            return s
    return None


def _connector_long_form(v: ArticleView, i: int, acr: str) -> int | None:
    """Start of a (foreign) legal name before the bracket at ``i`` whose capitalised words
    spell the acronym, lower-case connectors skipped: "Sociedad Estatal de Participaciones
    Industriales (SEPI)", "Gesellschaft für Internationale Zusammenarbeit (GIZ)"."""
    doc = v.doc
    if not acr.isupper() or len(acr) < 3 or not is_cap(doc[i - 1]):
        return None
    caps = _spelling_capitals(doc, i, len(acr), v.lex.name_connectors)
    if len(caps) != len(acr) or len(caps) < 2:
        return None
    start = caps[-1]
    if "".join(upper_unaccented(doc[x].text[0]) for x in reversed(caps)) != upper_unaccented(acr):
        return None
    if (
        start > 0
        and is_cap(doc[start - 1])
        and not doc[start - 1].is_stop  # "La Sociedad…", "El Banco…"
        and not boundary(doc, start)
    ):
        return None  # a longer capitalised run: not this rule's business
    return start


def _spelling_capitals(doc: Doc, i: int, n: int, connectors: set[str]) -> list[int]:
    """The capitalised words before ``i`` (at most ``n``, within 12 tokens, backwards, in the
    sentence), lower-case connectors between them skipped ("de", "für", "of")."""
    caps: list[int] = []
    j = i - 1
    while j >= 0 and i - j <= 12 and len(caps) < n:
        tok = doc[j]
        if is_cap(tok) and tok.is_alpha and not (j + 1 < i and boundary(doc, j + 1)):
            caps.append(j)
        elif not (tok.text.lower() in connectors and j + 1 < i and is_cap(doc[j + 1])):
            break
        j -= 1
    return caps


def _initials_cover(acr: str, words: Span) -> bool:
    """The letters of ``acr`` are, in order, the initials of the significant words of
    ``words`` starting with the first one, and cover at least half of them: "Arcep" for
    "Autorité de régulation des communications électroniques, des postes et de la
    distribution de la presse" (a name that grew after its acronym was coined)."""
    initials = [
        upper_unaccented(t.text[0])
        for t in words
        if t.is_alpha and len(t.text) > 2 and tok_lower(t) not in DETS | {"et", "pour"}
    ]
    key = upper_unaccented(acr)
    if len(key) < 3 or not initials or initials[0] != key[0] or 2 * len(key) < len(initials):
        return False
    k = 0
    for c in initials:
        if k < len(key) and c == key[k]:
            k += 1
    return k == len(key) and words[-1].is_alpha and not words[-1].is_punct
