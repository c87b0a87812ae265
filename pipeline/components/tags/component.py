"""``PosTags``: the model's ``attribute_ruler``, done with two array copies.

The ruler's patterns (:mod:`pipeline.components.tags.ruler`) copy the coarse part of speech
into the tag and fix whitespace tokens. Run through the Matcher, they cost about 3 ms per
600-word article, more than the morphologizer. This component writes exactly the same
attributes in two passes:

1. every tag at once: ``Doc.to_array`` reads the parts of speech, each distinct one is turned
   into the hash of its name (``ADJ`` → tag ``ADJ``) and ``Doc.from_array`` writes the tags
   (:meth:`PosTags.tag_hashes`);
2. the three whitespace fixes, on the few tokens they concern (:func:`fix_whitespace_tokens`):
   a whitespace token gets ``SPACE``/``SPACE``, no morphology and, when parsed, the label
   ``dep``; a token tagged ``SPACE`` that is not whitespace becomes ``X``.

``tests/components/tags/test_tags.py`` checks every token attribute against the original ruler
on the corpus. The component does not go through ``run_guarded``: it stands in for a model
component and, like the ruler it replaces, lets an error reach the caller (the article is then
reported as failed, not half-tagged).
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import IS_SPACE, POS, TAG
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc

SPACE_POS = POS_IDS["SPACE"]


def fix_whitespace_tokens(doc: Doc, indices: list[int]) -> None:
    """The ruler's three whitespace fixes on the tokens at ``indices`` (whitespace tokens and
    tokens with the ``SPACE`` part of speech): ``"\\n\\n"`` → ``SPACE``/``SPACE``, label
    ``dep`` when parsed; a ``SPACE`` part of speech on a word → ``X``; no morphology."""
    for i in indices:
        token = doc[i]
        if token.is_space:
            if token.dep_:
                token.dep_ = "dep"
            token.tag_ = token.pos_ = "SPACE"
        else:
            token.tag_ = token.pos_ = "X"
        token.set_morph("_")  # type: ignore[attr-defined]


class PosTags:
    """Tag = coarse part of speech, plus the whitespace fixes (see the module docstring)."""

    def __init__(self, nlp: Language, name: str = "fr_pos_tags") -> None:
        self.name = name
        self.strings = nlp.vocab.strings
        #: part-of-speech id → hash of the tag of the same name, filled as they are met
        self._hash_of_pos: dict[int, int] = {}

    def tag_hashes(self, pos: numpy.ndarray) -> numpy.ndarray:
        """The tag of each token (the hash of its part of speech's name), from the column of
        part-of-speech ids; 0 (no tag) where there is no part of speech."""
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
            doc.from_array([TAG], self.tag_hashes(pos).reshape(-1, 1))  # type: ignore[arg-type]
        fix_whitespace_tokens(doc, numpy.flatnonzero(space | (pos == SPACE_POS)).tolist())
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
