"""``fr_pos_tags``: the model's ``attribute_ruler`` (tag = coarse part of speech, plus three
whitespace fixes), written with two array copies in a thirtieth of the time.

``pipeline.load()`` swaps it in for the ruler when :func:`is_tag_copy` says the ruler holds
only what it reproduces. Modules, in the order an article flows through them:

* :mod:`~pipeline.components.tags.ruler` — the ruler's patterns this component reproduces,
  and :func:`is_tag_copy`;
* :mod:`~pipeline.components.tags.factory` — the ``fr_pos_tags`` factory (what it reads and
  writes);
* :mod:`~pipeline.components.tags.component` — :class:`PosTags`: every tag from the part of
  speech, then the whitespace fixes.
"""

from pipeline.components.tags.component import PosTags, fix_whitespace_tokens
from pipeline.components.tags.factory import make_pos_tags
from pipeline.components.tags.ruler import SPACE_FIXES, is_tag_copy

__all__ = ["SPACE_FIXES", "PosTags", "fix_whitespace_tokens", "is_tag_copy", "make_pos_tags"]
