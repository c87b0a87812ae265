"""Signatures and credits: ``Par Claire Vidal``, ``Photo : Julien Marsac / AFP``, ``( AFP /
THOMAS LEGRAND )``, ``KEYSTONE/ANNA MEIER``, ``PHOTO LUC BERGERON, ARCHIVES LE DEVOIR``, a
journalist's name alone on the last line.

A credit or signature line names a person (the journalist, the photographer: a person however
the model labels it, even in capitals) and an agency or newspaper (an organisation). Each rule is
a small named function with its example; :data:`CREDIT_RULES` lists them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from pipeline.components.entities.view import ArticleView

_UP = "A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ"
#: a name of one to four words, the first capitalised ("Julien Marsac", "LUC BERGERON")
_NAME = rf"[{_UP}][\w'’.-]*(?:[ \t]+[{_UP}][\w'’.-]*){{0,3}}"
#: a person's name: two to four words ("THOMAS LEGRAND"; "LVMH / Kering" is no credit)
_FULL_NAME = rf"[{_UP}][\w'’.-]*(?:[ \t]+[{_UP}][\w'’.-]*){{1,3}}"
#: "Photo : Julien Marsac / AFP", "PHOTO LUC BERGERON, ARCHIVES LE DEVOIR", "Crédit photo : X / Y"
_PHOTO = re.compile(
    rf"^[ \t]*(?i:photos?|crédits?(?:[ \t]+photos?)?|illustration)[ \t]*(?::[ \t]*)?"
    rf"(?P<person>{_FULL_NAME})[ \t]*[/,][ \t]*(?:(?i:archives)[ \t]+)?(?P<org>{_NAME})[ \t]*$",
    re.MULTILINE,
)
#: "( AFP / THOMAS LEGRAND )", "KEYSTONE/ANNA MEIER": the agency, then the photographer
_AGENCY_FIRST = re.compile(
    rf"^[ \t]*(?:\([ \t]*)?(?P<org>[{_UP}][{_UP}.-]+)[ \t]*/[ \t]*(?P<person>{_FULL_NAME})"
    r"[ \t]*(?:\)[ \t]*)?$",
    re.MULTILINE,
)
#: "Par Claire Dumont", "Par Claire Dumont et Marc Olivier"
_BYLINE = re.compile(
    rf"^[ \t]*(?:Par|PAR)[ \t]+(?P<person>{_NAME})(?:[ \t]+et[ \t]+(?P<person2>{_NAME}))?[ \t]*$",
    re.MULTILINE,
)
#: the last line of the article: two or three words, a signature ("Michel Cabirol", "Anne Roy")
_LAST_LINE = re.compile(r"(?P<person>[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){1,2})\s*$")

#: a wire's closing credit in brackets, alone on its line: "(Reportage Elvira Pollina, version
#: française Camille Raynaud, édité par Blandine Hénault)"
_WIRE_CREDIT_LINE = re.compile(r"^[ \t]*\((?P<body>[^()\n]{5,300})\)[ \t]*\.?[ \t]*$", re.MULTILINE)
#: one credited name in it, after its job: "Reportage X", "version française Y", "édité par Z"
_WIRE_CREDIT = re.compile(
    r"(?:^|,|\bet)[ \t]*(?i:reportage(?:[ \t]+de)?|(?:avec|r[ée]dig[ée]|[ée]dit[ée]|[ée]crit)"
    r"(?:[ \t]+par)?|version[ \t]+française(?:[ \t]+de)?)[ \t]+"
    rf"(?P<person>{_FULL_NAME})"
)
#: A credit rule: the ``(kind, start, end)`` character spans it finds, kind ``PER`` or ``ORG``.
CreditRule = Callable[[ArticleView], Iterator[tuple[str, int, int]]]


def photo_credits(v: ArticleView) -> Iterator[tuple[str, int, int]]:
    """``Photo : Julien Marsac / AFP``, ``PHOTO LUC BERGERON, ARCHIVES LE DEVOIR``: the
    photographer, then the agency or newspaper."""
    for m in _PHOTO.finditer(v.text):
        yield "PER", m.start("person"), m.end("person")
        yield "ORG", m.start("org"), m.end("org")


def agency_credits(v: ArticleView) -> Iterator[tuple[str, int, int]]:
    """``( AFP / THOMAS LEGRAND )``, ``KEYSTONE/ANNA MEIER``: the agency in capitals, then the
    photographer."""
    for m in _AGENCY_FIRST.finditer(v.text):
        yield "ORG", m.start("org"), m.end("org")
        yield "PER", m.start("person"), m.end("person")


def bylines(v: ArticleView) -> Iterator[tuple[str, int, int]]:
    """``Par Claire Dumont`` alone on its line: the journalist (or two)."""
    for m in _BYLINE.finditer(v.text):
        for group in ("person", "person2"):
            if m.group(group):
                yield "PER", m.start(group), m.end(group)


def closing_signature(v: ArticleView) -> Iterator[tuple[str, int, int]]:
    """``Michel Cabirol`` alone on the last line, opening with a listed first name: the
    journalist who signs the article."""
    last_break = v.text.rstrip().rfind("\n")
    if last_break < 0:
        return
    m = _LAST_LINE.match(v.text, last_break + 1)
    if m is not None and m.group("person").split()[0].casefold() in v.lex.first_names:
        yield "PER", m.start("person"), m.end("person")


def wire_credits(v: ArticleView) -> Iterator[tuple[str, int, int]]:
    """``(Reportage Elvira Pollina, version française Camille Raynaud, édité par Blandine
    Hénault)`` closing a wire: each journalist, without the job before the name."""
    for line in _WIRE_CREDIT_LINE.finditer(v.text):
        offset = line.start("body")
        for m in _WIRE_CREDIT.finditer(line.group("body")):
            yield "PER", offset + m.start("person"), offset + m.end("person")


#: The credit rules, each finding its own lines.
CREDIT_RULES: tuple[CreditRule, ...] = (
    photo_credits,
    agency_credits,
    bylines,
    closing_signature,
    wire_credits,
)


def credit_names(v: ArticleView) -> list[tuple[int, int]]:
    """The names of the credit and signature lines as ``(start, end)`` token pairs; the people
    among them recorded in the view (:attr:`ArticleView.credited_people`: a person whatever
    the other rules say)."""
    out: list[tuple[int, int]] = []
    for rule in CREDIT_RULES:
        for kind, start, end in rule(v):
            span = v.doc.char_span(start, end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            out.append((span.start, span.end))
            if kind == "PER":
                v.credited_people.add(span.start)
    return out
