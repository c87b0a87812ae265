"""The rule data of the corpus view, read once: gazetteer forms by key, media names, legal
suffixes, name prefixes and the kinds of organisations by head word."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from pipeline.corpus.names import org_key
from pipeline.resources import load_file

#: The gazetteer's types as entity kinds.
GAZETTEER_KINDS = {
    "company": "company",
    "public": "public_body",
    "union": "union",
    "press": "media",
}


@dataclass(frozen=True)
class GazetteerEntry:
    """One organisation of the gazetteer: its canonical name, its kind, all its keys."""

    name: str
    kind: str | None
    keys: frozenset[str]


@dataclass(frozen=True)
class CorpusLexicon:
    legal: frozenset[str]
    prefixes: frozenset[str]
    #: gazetteer entry number by the key of each of its names, aliases and former names
    gazetteer_by_key: dict[str, int]
    gazetteer: tuple[GazetteerEntry, ...]
    #: keys of the media names (media.txt and the gazetteer's press entries)
    media: frozenset[str]
    #: kind by the lower-case first word (or two words) of a name
    kinds: dict[str, str]

    def key(self, name: str) -> str:
        """:func:`pipeline.corpus.names.org_key` with this lexicon's suffixes and prefixes
        (memoised: the same names recur in every article)."""
        return _cached_key(name, self.legal, self.prefixes)


@lru_cache(maxsize=65536)
def _cached_key(name: str, legal: frozenset[str], prefixes: frozenset[str]) -> str:
    return org_key(name, legal, prefixes)


def _gazetteer(
    entries: list[dict[str, object]], legal: frozenset[str], prefixes: frozenset[str]
) -> tuple[tuple[GazetteerEntry, ...], dict[str, int]]:
    out: list[GazetteerEntry] = []
    by_key: dict[str, int] = {}
    for entry in entries:
        forms = [entry["name"], *entry.get("aliases", []), *entry.get("former", [])]  # type: ignore[misc, attr-defined]
        keys = frozenset(org_key(str(f), legal, prefixes) for f in forms) - {""}
        kind = GAZETTEER_KINDS.get(str(entry.get("type")))
        out.append(GazetteerEntry(str(entry["name"]), kind, keys))
        for key in keys:
            by_key.setdefault(key, len(out) - 1)
    return tuple(out), by_key


@lru_cache(maxsize=1)
def corpus_lexicon() -> CorpusLexicon:
    """The lexicon, read from ``models/`` once per process."""
    legal = frozenset(load_file("entities/legal_suffixes.txt"))
    prefixes = frozenset(load_file("corpus/name_prefixes.txt"))
    gazetteer, by_key = _gazetteer(load_file("entities/organizations.jsonl"), legal, prefixes)
    media = {org_key(name, legal, prefixes) for name in load_file("corpus/media.txt")}
    media |= {k for e in gazetteer if e.kind == "media" for k in e.keys}
    kinds = {row[0]: row[1] for row in load_file("corpus/kinds.tsv") if len(row) >= 2}
    return CorpusLexicon(legal, prefixes, by_key, gazetteer, frozenset(media), kinds)
