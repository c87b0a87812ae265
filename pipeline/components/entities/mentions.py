"""A candidate name and its evidence: :class:`NameMention`; and the overlap filter.

A :class:`NameMention` is a span of the article (token offsets), the label the model gave it,
the evidence the rules gathered on it and, once decided, its label and canonical name.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

_Pair = TypeVar("_Pair", tuple[int, int], tuple[int, int, str])


def filter_pairs(spans: list[_Pair]) -> list[_Pair]:
    """``filter_spans()`` on ``(start, end, ...)`` tuples, without Span objects: the (first)
    longest span wins an overlap, the result in text order."""
    chosen: list[_Pair] = []
    seen: set[int] = set()
    for span in sorted(spans, key=lambda x: (x[1] - x[0], -x[0]), reverse=True):
        if span[0] not in seen and span[1] - 1 not in seen:
            chosen.append(span)
            seen.update(range(span[0], span[1]))
    chosen.sort(key=lambda x: x[0])
    return chosen


@dataclass
class NameMention:
    """A name of the article: its tokens, the model's label, the evidence the rules found on it
    (:mod:`.evidence`), then its decided label (``final``) and canonical name."""

    start: int
    end: int
    label: str | None  # the model's label (None: new candidate)
    honorific: bool = False  # after "M.", "Mme", "Me": a person
    gaz: int | None = None  # the gazetteer entry of its exact form
    gaz_ambiguous: bool = False  # that form may name something else ("Orange")
    suffix: bool = False  # ends with a legal or name suffix ("Kelvio SAS", "X Capital")
    cue: bool = False  # named by a cue noun, an apposition or another rule ("la start-up X")
    product: bool = False  # after a product cue ("le cidre X")
    inst_cue: bool = False  # after a cue that only names organisations ("le groupe X")
    org_ctx: bool = False  # in an organisation's context ("X recrute", "chez X")
    first_name: bool = False  # opens with a listed first name ("Marc-André Tremblay")
    final: str | None = None  # the decided label (None: no name)
    canonical: str = ""

    @property
    def strong_org(self) -> bool:
        """Strong evidence of an organisation: a suffix, a cue, an unambiguous listed form."""
        return self.suffix or self.cue or (self.gaz is not None and not self.gaz_ambiguous)
