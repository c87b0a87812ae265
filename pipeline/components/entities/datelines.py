"""Datelines: ``BRUXELLES, 24 avril (Belga) -``, ``PARIS (AFP) –``, ``MEXICO –``,
``PARIS (Agefi-Dow Jones)--``, and the Canadian newswires' ``MONTRÉAL, le 5 nov. 2026 /CNW/ -``.

The place opening a paragraph's dateline is a place all through the article (never an
organisation, however the model labels it); the wire agency in brackets is an organisation.
"""

from __future__ import annotations

import re

from pipeline.components.entities.names import lower_key, norm
from pipeline.components.entities.view import ArticleView

# a dateline at the start of a paragraph: "BRUXELLES, 24 avril (Belga) -", "PARIS, 14 oct 2025
# (AFP) –", "MEXICO –", "Luxembourg, 6 novembre (Reuters) -", "MONTRÉAL, le 5 nov. 2026 /CNW
# Telbec/ -": the place, then the wire agency (in brackets, or between slashes)
_UP = "A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ"

_DATELINE = re.compile(
    rf"^[ \t]*(?P<place>[{_UP}][{_UP}'’ .-]*[{_UP}]|[{_UP}][\w'’.-]+(?: [{_UP}][\w'’.-]+)?)"
    r"(?:[ \t]*,[ \t]*[^()\n–—]{1,40}?)?"
    r"(?:[ \t]*\((?P<agency>[^()\n]{2,40})\)|[ \t]+/(?P<slashed>[^/()\n]{2,40})/)?"
    r"[ \t\u00a0]*(?:--|[-–—][ \t\u00a0])",  # "PARIS (Agefi-Dow Jones)--La banque…"
    re.MULTILINE,
)


def datelines(v: ArticleView) -> list[tuple[int, int]]:
    """Wire agencies of the datelines (organisations, returned) and their places (recorded in
    the view, :meth:`ArticleView.set_datelines`: a place, never an organisation)."""
    lex = v.lex
    doc = v.doc
    places: set[int] = set()  # the tokens of the places
    names: set[str] = set()  # their texts: a place all through the article
    out: list[tuple[int, int]] = []
    for match in _DATELINE.finditer(v.text):
        place = match.group("place")
        group = "agency" if match.group("agency") is not None else "slashed"
        agency = match.group(group)
        span = doc.char_span(match.start("place"), match.end("place"), alignment_mode="expand")
        # a title-case opening without agency may be a sentence ("Orange -"): a place only
        # when listed or tagged a place by the model ("Douala – La société…")
        if (
            not (place.isupper() and len(place) >= 3)
            and agency is None
            and (
                span is None
                or not (
                    lower_key(norm(place)) in lex.places or all(t.ent_type_ == "LOC" for t in span)
                )
            )
        ):
            continue
        if span is not None:
            places.update(range(span.start, span.end))
            names.add(lower_key(norm(span.text)))
        if agency is None:
            continue
        out.extend(_agencies(v, match, group, places))
    v.set_datelines(places, names)
    return out


def _agencies(
    v: ArticleView, match: re.Match[str], group: str, places: set[int]
) -> list[tuple[int, int]]:
    """The wire agencies named in the dateline ``match``'s ``group`` ("AFP", "awp/afp"); a
    name that is no agency ("GUÉRET (Creuse) –") is recorded among the ``places``."""
    lex = v.lex
    doc = v.doc
    out: list[tuple[int, int]] = []
    agency = match.group(group)
    base = match.start(group)
    for part in re.finditer(r"[^/,]+", agency):
        name = part.group().strip()
        if not name or any(c.isdigit() for c in name):
            continue
        start = base + part.start() + (len(part.group()) - len(part.group().lstrip()))
        # "contract": "Newswires)--La" is one token, no part of the name
        wire = doc.char_span(start, start + len(name), alignment_mode="contract")
        if wire is None:
            continue
        # "(AFP)", "(dpa-AFX)", "(Belga)" are agencies; "GUÉRET (Creuse) –" is a place
        if (
            sum(c.isupper() for c in name) >= 2
            or norm(name) in lex.gaz_by_form
            or norm(name).upper() in lex.gaz_by_form  # "(awp/afp)"
        ):
            out.append((wire.start, wire.end))
        else:
            places.update(range(wire.start, wire.end))
    return out
