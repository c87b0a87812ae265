"""A long name cut before its complement: ``La Société Tunisienne [de l'Air] (Tunisair)``,
``la Compagnie Nationale [des Eaux] (Conaé)``.

The model often stops a capitalised name at ``de l'`` or ``des``. When the words after the
mention are connectors and capitalised words only, up to a short name in brackets
(``(Tunisair)``, ``(SNTE)``), they are the rest of the long form the bracket abbreviates: the
mention is extended to the bracket, and the mentions inside the added words are dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.components.entities.mentions import NameMention
from pipeline.components.entities.names import cap_text

if TYPE_CHECKING:
    from pipeline.components.entities.view import ArticleView

#: the words that link a name to its capitalised complement
_CONNECTORS = {"de", "du", "des", "d'", "la", "l'"}
#: at most this many tokens added
_MAX_ADDED = 8


def _bracket_after(v: ArticleView, end: int) -> int | None:
    """The end of the complement starting at ``end``: connectors then capitalised words (at
    least one of each, a connector first), followed by ``(Name)``; None when none."""
    j, connectors, words = end, 0, 0
    texts = v.texts
    while j < len(texts) and j - end <= _MAX_ADDED:
        low = texts[j].lower().replace("’", "'")
        if low in _CONNECTORS:
            connectors += 1
        elif texts[j].isalpha() and cap_text(texts[j]) and connectors:
            words += 1
        else:
            break
        j += 1
    if not (words and connectors and short_name_in_brackets(v, j)):
        return None
    return j if texts[j - 1].isalpha() and cap_text(texts[j - 1]) else None


def short_name_in_brackets(v: ArticleView, j: int) -> bool:
    """``(Name)`` at ``j``: a capitalised word alone in brackets."""
    texts = v.texts
    return (
        j + 2 < len(texts)
        and texts[j] == "("
        and texts[j + 2] == ")"
        and texts[j + 1][:1].isupper()
        and texts[j + 1].isalpha()
    )


def extend_to_bracket(v: ArticleView, mentions: list[NameMention]) -> list[NameMention]:
    """Each mention (not a person's) followed by its complement and a short name in brackets
    extended to the bracket; the mentions inside the added words dropped."""
    covered: set[int] = set()
    for m in mentions:
        if m.label == "PER" or m.end - m.start < 2 or not cap_text(v.texts[m.end - 1]):
            continue
        end = _bracket_after(v, m.end)
        if end is not None and not any(v.bound(k) for k in range(m.end, end)):
            covered.update(range(m.end, end))
            m.end = end
    if not covered:
        return mentions
    return [m for m in mentions if m.start not in covered]
