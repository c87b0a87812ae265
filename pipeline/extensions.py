"""Every custom ``Doc``/``Span`` attribute of the project, declared in one place.

Values are plain data (str, float, bool, dict, None) so Docs survive ``doc.to_bytes()`` and
multiprocessing. Defaults are immutable (``None``).

Doc attributes
    ``doc._.doc_id`` (str | None), ``doc._.article_date`` (ISO date ``YYYY-MM-DD`` | None): the
    article's publication date, used to resolve relative dates.

Span attributes (on spans of the groups ``amounts``, ``organizations``, ``people``, ``quotes``,
``dates``)
    ``span._.amount``: ``{"value": float | None, "value_max": float | None,
    "currency": str | None, "qualifier": str | None}``
    ``span._.canonical``: canonical name of the entity within the article (str)
    ``span._.role``: role of a person (``"PDG"``…) or None; ``span._.role_org``: organisation of
    that role or None
    ``span._.quote``: ``{"quote": str, "kind": "direct" | "indirect", "speaker": str | None,
    "speaker_type": "person" | "organization" | None, "cue": str | None,
    "speaker_text": str | None}`` (``speaker_text``: the words naming an unnamed source,
    ``un proche du dossier``, whose ``speaker`` is None)
    ``span._.date``: ``{"value": str | None, "value_end": str | None,
    "granularity": str | None, "relative": bool}``
    ``span._.fact`` (on ``amounts`` spans, set by ``fr_facts``): ``{"measure": str,
    "holder": str | None, "counterpart": str | None, "period": str | None}`` (``FACTS.md``:
    what the amount measures, whose it is, the other party, the period of a result)
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

DOC_EXTENSIONS = ("doc_id", "article_date")
SPAN_EXTENSIONS = ("amount", "canonical", "role", "role_org", "quote", "date", "fact")


def register_extensions() -> None:
    """Declare the extensions (idempotent)."""
    for name in DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name in SPAN_EXTENSIONS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


register_extensions()
