"""What the tests of ``fr_org_people`` read of a document: canonical names and roles."""

from __future__ import annotations

from spacy.tokens import Doc


def orgs(doc: Doc) -> set[str]:
    """The canonical names of the organisations."""
    return {s._.canonical for s in doc.spans["organizations"]}


def people(doc: Doc) -> set[str]:
    """The canonical names of the people."""
    return {s._.canonical for s in doc.spans["people"]}


def roles(doc: Doc) -> dict[str, tuple[str | None, str | None]]:
    """Canonical name of each person -> ``(role, role_org)``."""
    return {s._.canonical: (s._.role, s._.role_org) for s in doc.spans["people"]}
