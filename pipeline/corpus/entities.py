"""Linking the per-article entities into corpus entities: the union of the groups that share a
key (:mod:`pipeline.corpus.groups`), one row of the ``entities`` table per union, and the
``entity_id`` of every mention row (:class:`EntityLinks`)."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import pandas as pd

from pipeline.corpus.groups import ORG, PER, Group, article_groups
from pipeline.corpus.lexicon import CorpusLexicon, corpus_lexicon
from pipeline.corpus.names import is_acronym_of, person_key

#: The ``entities`` table: column name -> pandas dtype, in column order.
ENTITY_SCHEMA: dict[str, str] = {
    "entity_id": "string",
    "type": "string",
    "name": "string",
    "aliases": "string",
    "n_articles": "Int64",
    "n_mentions": "Int64",
    "first_date": "string",
    "last_date": "string",
    "kind": "string",
}
#: Separator of the names in the ``aliases`` column.
ALIAS_SEPARATOR = " | "


class UnionFind:
    """Keys joined into sets (path halving)."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        parent = self.parent.setdefault(key, key)
        while parent != key:
            grand = self.parent[parent]
            self.parent[key] = grand
            key, parent = parent, self.parent[grand]
        return key

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def entity_id(type_: str, keys: Iterable[str]) -> str:
    """``org-``/``per-`` and 12 hex digits of the SHA-1 of the sorted keys (stable for a name
    set)."""
    digest = hashlib.sha1("\n".join(sorted(set(keys))).encode("utf-8")).hexdigest()[:12]
    return f"{'org' if type_ == ORG else 'per'}-{digest}"


def _canonical(lex: CorpusLexicon, groups: list[Group]) -> str:
    """The corpus name: the gazetteer's when the entity is listed, else, of its per-article
    names, one that is not the acronym of another and has no legal suffix (``Vacanséo`` rather
    than ``Vacanséo SAS``) if any, used in the most articles (most mentions, then longest)."""
    listed = Counter(k for g in groups for k in g.keys if k.startswith("g:"))
    if listed:
        return lex.gazetteer[int(listed.most_common(1)[0][0][2:])].name
    names = Counter(g.name for g in groups)
    mentions = Counter({n: 0 for n in names})
    for g in groups:
        mentions[g.name] += g.n_mentions
    spelled = {s for s in names for long in names if s != long and is_acronym_of(s, long)}

    def plain(n: str) -> bool:
        words = n.split()
        return len(words) < 2 or words[-1] not in lex.legal

    return max(names, key=lambda n: (n not in spelled, plain(n), names[n], mentions[n], len(n), n))


def _aliases(lex: CorpusLexicon, groups: list[Group], name: str) -> str:
    """The other names of the entity: its per-article names and the mentions that write one of
    its keys or spell one of its names (``BCE``)."""
    keys = {k for g in groups for k in g.keys}
    names = {g.name for g in groups}
    forms = set(names)
    for g in groups:
        for text in g.texts:
            own = f"p:{person_key(text)}" if g.type == PER else f"o:{lex.key(text)}"
            if own in keys or any(is_acronym_of(text, n) for n in names):
                forms.add(text)
    straight = {f.replace("’", "'"): f for f in sorted(forms - {name}, reverse=True)}
    straight.pop(name.replace("’", "'"), None)  # "l’État" is "l'État" written otherwise
    return ALIAS_SEPARATOR.join(sorted(straight.values(), key=str.casefold))


def _name_kind(lex: CorpusLexicon, groups: list[Group], name: str) -> str | None:
    """The kind an organisation's names tell: by its first words (``Autorité de …``:
    ``models/corpus/kinds.tsv``), else ``company`` when a legal suffix closes one of its names
    (``Calvéa SAS``)."""
    words = name.lower().split()
    for head in (" ".join(words[:2]), words[0] if words else ""):
        if head in lex.kinds:
            return lex.kinds[head]
    if any(g.name.split()[-1] in lex.legal for g in groups if len(g.name.split()) > 1):
        return "company"
    return None


def _kind(lex: CorpusLexicon, groups: list[Group], name: str) -> str | None:
    """``person``; for an organisation: ``media`` for a listed medium, else the gazetteer's
    kind, else ``media`` for one cited mostly in credits (``PARIS (Belga) -``), else what its
    names tell (:func:`_name_kind`); None when unknown."""
    if groups[0].type == PER:
        return "person"
    listed = [lex.gazetteer[int(k[2:])].kind for g in groups for k in g.keys if k[:2] == "g:"]
    if "media" in listed or any(g.keys[0][2:] in lex.media for g in groups):
        return "media"
    if listed and listed[0]:
        return listed[0]
    credits = sum(g.n_credits for g in groups)
    if credits and 2 * credits >= sum(g.n_mentions for g in groups):
        return "media"
    return _name_kind(lex, groups, name)


@dataclass
class EntityLinks:
    """The entities of a run and the ``entity_id`` of each per-article entity."""

    entities: pd.DataFrame
    #: (type, doc_id, name) -> entity_id
    by_group: dict[tuple[str, str, str], str] = field(default_factory=dict)
    #: linking key ("o:engie", "p:christine lagarde") -> entity_id
    by_key: dict[str, str] = field(default_factory=dict)

    def lookup(self, doc_id: object, name: object, types: tuple[str, ...]) -> str | None:
        """The entity of ``name`` in article ``doc_id``: a per-article entity of one of
        ``types``, else a person's full name or an organisation's name key of the corpus."""
        if not isinstance(name, str) or not name:
            return None
        for type_ in types:
            found = self.by_group.get((type_, str(doc_id), name))
            if found:
                return found
        lex = corpus_lexicon()
        for type_ in types:
            key = person_key(name) if type_ == PER else lex.key(name)
            if not key:
                continue
            found = self.by_key.get(f"{'p' if type_ == PER else 'o'}:{key}")
            if found is None and type_ == ORG and key in lex.gazetteer_by_key:
                found = self.by_key.get(f"g:{lex.gazetteer_by_key[key]}")  # "BCE" anywhere
            if found:
                return found
        return None

    def column(self, df: pd.DataFrame, name_column: str, types: Iterable[object]) -> pd.Series:
        """The entity ids of ``df[name_column]`` (types per row: ``ORG``/``PER`` tuples)."""
        ids = [
            self.lookup(doc, name, tuple(t))  # type: ignore[arg-type]
            for doc, name, t in zip(df["doc_id"], df[name_column], types, strict=True)
        ]
        return pd.Series(ids, index=df.index, dtype="object").astype("string")

    def annotate(self, table: str, df: pd.DataFrame) -> pd.DataFrame:
        """``df`` (a table of the run) with its entity id columns filled."""
        df = df.copy()
        if table in ("organizations", "people"):
            own: list[tuple[str, ...]] = [(ORG,) if table == "organizations" else (PER,)]
            df["entity_id"] = self.column(df, "name", own * len(df))
        elif table == "quotes":
            by_type: dict[str, tuple[str, ...]] = {"person": (PER,), "organization": (ORG,)}
            types: list[tuple[str, ...]] = [
                by_type.get(t, (PER, ORG)) for t in df["speaker_type"].astype("object")
            ]
            df["speaker_entity_id"] = self.column(df, "speaker", types)
        elif table == "amounts":
            for column in ("holder", "counterpart"):
                if column in df.columns:
                    both = [(ORG, PER)] * len(df)
                    df[f"{column}_entity_id"] = self.column(df, column, both)
        return df


def _entity_row(
    lex: CorpusLexicon, groups: list[Group], dates: Mapping[str, object]
) -> dict[str, object]:
    name = _canonical(lex, groups)
    docs = {g.doc_id for g in groups}
    known = sorted(str(d) for d in (dates.get(doc) for doc in docs) if isinstance(d, str) and d)
    return {
        "entity_id": entity_id(groups[0].type, (g.keys[0] for g in groups)),
        "type": groups[0].type,
        "name": name,
        "aliases": _aliases(lex, groups, name),
        "n_articles": len(docs),
        "n_mentions": sum(g.n_mentions for g in groups),
        "first_date": known[0] if known else None,
        "last_date": known[-1] if known else None,
        "kind": _kind(lex, groups, name),
    }


def entities_frame(rows: list[dict[str, object]]) -> pd.DataFrame:
    """The ``entities`` table with its schema (the same columns and dtypes when empty)."""
    df = pd.DataFrame(rows, columns=list(ENTITY_SCHEMA))
    for column, dtype in ENTITY_SCHEMA.items():
        df[column] = df[column].astype("object").where(df[column].notna(), None).astype(dtype)  # type: ignore[call-overload]
    return df.sort_values(["n_articles", "n_mentions", "name"], ascending=[False, False, True])


def link_entities(tables: Mapping[str, pd.DataFrame]) -> EntityLinks:
    """The corpus entities of the tables of a run (``organizations``, ``people`` and, for the
    dates, ``articles``; absent tables count as empty)."""
    lex = corpus_lexicon()
    empty = pd.DataFrame(columns=["doc_id", "name", "text", "sentence"])
    groups, acronyms = article_groups(
        lex, tables.get("organizations", empty), tables.get("people", empty)
    )
    uf = UnionFind()
    for group in groups:
        for key in group.keys[1:]:
            uf.union(group.keys[0], key)
    for acronym, identity in acronyms.links():
        uf.union(acronym, identity)
    members: dict[str, list[Group]] = {}
    for group in groups:
        members.setdefault(uf.find(group.keys[0]), []).append(group)
    articles = tables.get("articles")
    dates: dict[str, object] = {}
    if articles is not None and not articles.empty:
        doc_ids = articles["doc_id"].astype(str)
        dates = dict(zip(doc_ids, articles["date"].astype("object"), strict=True))
    rows = [_entity_row(lex, found, dates) for found in members.values()]
    links = EntityLinks(entities_frame(rows).reset_index(drop=True))
    for row, found in zip(rows, members.values(), strict=True):
        for group in found:
            links.by_group[(group.type, group.doc_id, group.name)] = str(row["entity_id"])
            for key in group.keys:
                links.by_key.setdefault(key, str(row["entity_id"]))
    return links
