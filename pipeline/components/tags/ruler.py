"""The patterns of the model's ``attribute_ruler`` that ``fr_pos_tags`` reproduces.

In ``fr_core_news_md`` the ``attribute_ruler`` holds 23 one-token patterns: twenty copy the
coarse part of speech into the tag (``ADJ`` → tag ``ADJ``, …) and three fix whitespace tokens
(:data:`SPACE_FIXES`). :func:`is_tag_copy` tells whether a ruler holds exactly those, so that
``pipeline.load()`` swaps the component in only then: a base model whose ruler holds other
patterns keeps its own.
"""

from __future__ import annotations

from typing import Any

#: The three whitespace fixes of the model's ruler, as ``AttributeRuler.patterns`` lists them:
#: a ``SPACE`` part of speech on a token that is not whitespace becomes ``X``; a whitespace
#: token that has a dependency label gets ``dep``; every whitespace token gets
#: ``SPACE``/``SPACE`` and no morphology.
SPACE_FIXES: list[dict[str, Any]] = [
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


def is_pos_to_tag_copy(pattern: dict[str, Any]) -> bool:
    """Whether one ruler pattern copies a part of speech into the tag, and nothing else:
    ``{"patterns": [[{"POS": "ADJ"}]], "attrs": {"TAG": "ADJ"}}``."""
    rule = pattern.get("patterns")
    attrs = pattern.get("attrs")
    return (
        isinstance(rule, list)
        and len(rule) == 1
        and len(rule[0]) == 1
        and set(rule[0][0]) == {"POS"}
        and isinstance(rule[0][0]["POS"], str)
        and attrs == {"TAG": rule[0][0]["POS"]}
        and pattern.get("index", 0) == 0
    )


def is_tag_copy(patterns: list[dict[str, Any]]) -> bool:
    """True when ``patterns`` (``AttributeRuler.patterns``) are the POS → TAG copies plus the
    three whitespace fixes, the only rules :class:`PosTags` reproduces."""
    fixes = [pattern for pattern in patterns if not is_pos_to_tag_copy(pattern)]
    return fixes == SPACE_FIXES
