"""Short forms of organisations: bracketed short names, clipped nicknames, bare short forms.

* "Société nationale des mines du Burkina (Sonamet Burkina)": the bracketed short form of an
  organisation's long name is that organisation, not a person;
* "la Juventus … la Juve": a one-word clipped name after a definite article;
* "Valtéo Ingénierie SAS … Valtéo emploie 80 salariés": the bare short form of a company named
  in full that the model missed.
"""

from __future__ import annotations

import numpy

from pipeline.components.entities.forms import bracket_alias, core
from pipeline.components.entities.lexicon import EntityLexicon
from pipeline.components.entities.mentions import NameMention
from pipeline.components.entities.names import norm, tail_len
from pipeline.components.entities.view import ArticleView


def bracket_short_names(v: ArticleView, mentions: list[NameMention]) -> None:
    """The bracketed short form of an organisation's long name is that organisation, not a
    person: "Société nationale des mines du Burkina (Sonamet Burkina)"."""
    doc = v.doc
    by_start = {m.start: m for m in mentions}
    n = len(doc)
    named: set[str] = set()
    for m in mentions:
        if m.final != "ORG" or m.end + 3 >= n or doc[m.end].text != "(":
            continue
        other = by_start.get(m.end + 1)
        if (
            other is not None
            and other.final != "ORG"
            and other.end < n
            and doc[other.end].text == ")"
            and bracket_alias(
                norm(v.stext(m.start, m.end)),
                norm(v.stext(other.start, other.end)),
            )
        ):
            other.final = "ORG"
            named.add(norm(v.stext(other.start, other.end)))
    for m in mentions:  # its later mentions too
        if named and m.final != "ORG" and norm(v.stext(m.start, m.end)) in named:
            m.final = "ORG"


def clipped_names(v: ArticleView, mentions: list[NameMention]) -> dict[str, str]:
    """ "la Juventus … la Juve": a one-word name after a definite article that clips the
    first word of exactly one organisation of the article is that organisation's nickname,
    not a person nor a place. Returns nickname -> the first word it clips ("Juve" ->
    "Juventus")."""
    doc = v.doc
    clipped: dict[str, str] = {}
    heads = {
        norm(v.stext(m.start, m.end)).split()[0]
        for m in mentions
        if m.final == "ORG" and len(doc[m.start].text) >= 6
    }
    if not heads:
        return clipped
    for m in mentions:
        if (
            m.end - m.start != 1
            or m.first_name
            or m.honorific
            or m.gaz is not None
            or m.start == 0
            or v.low[m.start - 1] not in {"la", "le", "l'"}
        ):
            continue
        word = doc[m.start].text
        if len(word) < 3 or not word.isalpha() or not word[0].isupper() or word.isupper():
            continue  # (an acronym is no clipped name)
        owners = {h for h in heads if len(h) > len(word) + 1 and h.startswith(word)}
        if len(owners) == 1:
            m.final = "ORG"
            clipped[word] = owners.pop()
    return clipped


def short_forms(v: ArticleView, mentions: list[NameMention]) -> list[NameMention]:
    """Bare short forms of a company named in full that the model missed: "Valtéo Ingénierie
    SAS …. Valtéo emploie 80 salariés". The short form is the last word of the name's core,
    or its first word when the name ends with a legal form; it must be a coined word (no
    word vector for its lower case: "Valtéo", not "Orange" nor "Fonderie"), no first name,
    place or word of a person's name, and stand alone between non-capitalised words."""
    keys = {k for k in _short_form_keys(v, mentions) if _coined(v.lex, k)}
    if not keys:
        return mentions
    covered: set[int] = set()
    for m in mentions:
        covered.update(range(m.start, m.end))
        if m.final == "PER":
            keys.difference_update(t.text for t in v.doc[m.start : m.end])
    if not keys:
        return mentions
    added = [NameMention(i, i + 1, None, final="ORG") for i in _bare_uses(v, keys, covered)]
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda x: x.start)


def _short_form_keys(v: ArticleView, mentions: list[NameMention]) -> set[str]:
    """The possible short forms of the organisations of two words or more named on strong
    evidence: the last word of each core, and the first one when the name ends with a legal
    form ("Valtéo" of "Valtéo Ingénierie SAS")."""
    lex = v.lex
    keys: set[str] = set()
    seen: set[str] = set()
    for m in mentions:
        if m.final != "ORG" or m.end - m.start < 2 or not (m.strong_org or m.org_ctx):
            continue
        form = norm(v.stext(m.start, m.end))
        if form in seen:
            continue
        seen.add(form)
        core_words = core(lex, form)
        if len(core_words) < 2:
            continue
        keys.add(core_words[-1])
        if tail_len(form.split(), lex.legal_words) > 0:
            keys.add(core_words[0])
    return keys


def _coined(lex: EntityLexicon, k: str) -> bool:
    """A coined capitalised word of four letters or more: no word vector for its lower case
    ("Valtéo", not "Orange" nor "Fonderie"), no first name, place, stopword, generic head."""
    return (
        len(k) >= 4
        and k[0].isupper()
        and k.replace("-", "").isalpha()
        and k.casefold() not in lex.first_names
        and k.casefold() not in lex.places
        and k.casefold() not in lex.stoplist
        and k.casefold() not in lex.generic_heads
        and not lex.vocab.has_vector(k.lower())
    )


def _bare_uses(v: ArticleView, keys: set[str], covered: set[int]) -> list[int]:
    """The tokens spelling one of ``keys`` outside every mention and alone between
    non-capitalised words (not part of another name)."""
    n = len(v.texts)
    orth = v.orth  # no loop over the tokens: one comparison a key
    strings = v.lex.vocab.strings
    hits = sorted(int(x) for k in keys for x in numpy.flatnonzero(orth == strings.add(k)))
    return [
        i
        for i in hits
        if i not in covered
        and not (i > 0 and v.cap(i - 1) and not v.bound(i))
        and not (i + 1 < n and v.cap(i + 1) and not v.bound(i + 1))
    ]
