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
    start: int
    end: int
    label: str | None  # the model's label (None: new candidate)
    honorific: bool = False
    gaz: int | None = None
    gaz_ambiguous: bool = False
    suffix: bool = False
    cue: bool = False
    product: bool = False
    inst_cue: bool = False
    org_ctx: bool = False
    first_name: bool = False
    final: str | None = None
    canonical: str = ""

    @property
    def strong_org(self) -> bool:
        return self.suffix or self.cue or (self.gaz is not None and not self.gaz_ambiguous)
