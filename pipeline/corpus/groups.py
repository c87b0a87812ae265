"""Per-article entities (one per ``doc_id`` and canonical ``name`` of ``organizations`` or
``people``) and the keys each offers for linking across articles.

An organisation's group offers the key of its canonical name (``Engie SA`` → ``o:engie``) and
the gazetteer entry any of its names belongs to (``g:12``: names, aliases, former names); the
acronyms its article defines (``Banque centrale européenne (BCE)``) are collected apart
(:class:`AcronymDefinitions`), as an acronym links articles only when the whole corpus gives it
one meaning. A person's group offers the key of the full name (``p:christine lagarde``); a
surname alone offers a key of its article only (``p1:<doc_id>:lagarde``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

import pandas as pd

from pipeline.corpus.lexicon import CorpusLexicon
from pipeline.corpus.names import is_acronym_of, person_key
from pipeline.credits import is_credit
from pipeline.text import compare_key

ORG, PER = "ORG", "PER"


@dataclass
class Group:
    """One entity of one article."""

    type: str
    doc_id: str
    name: str
    texts: Counter[str] = field(default_factory=Counter)
    n_credits: int = 0
    #: the linking keys; the first is the group's own (its name's)
    keys: list[str] = field(default_factory=list)

    @property
    def n_mentions(self) -> int:
        return sum(self.texts.values())


@dataclass
class AcronymDefinitions:
    """Acronym key → the identities of the long names it is defined for, across the corpus."""

    meanings: defaultdict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def add(self, acronym_key: str, long_identity: str) -> None:
        self.meanings[acronym_key].add(long_identity)

    def links(self) -> list[tuple[str, str]]:
        """``(o:<acronym>, identity)`` for the acronyms with one meaning in the whole corpus
        (``AMF`` defined once as ``Autorité des marchés financiers`` and once as another body
        links nothing)."""
        return [(f"o:{a}", next(iter(m))) for a, m in self.meanings.items() if len(m) == 1]


def _mention_groups(df: pd.DataFrame, type_: str) -> dict[tuple[str, str], Group]:
    groups: dict[tuple[str, str], Group] = {}
    if df.empty:
        return groups
    columns = [df[c].astype("object").tolist() for c in ("doc_id", "name", "text", "sentence")]
    for doc_id, name, text, sentence in zip(*columns, strict=True):
        if name is None or name is pd.NA or not str(name).strip():
            continue
        key = (str(doc_id), str(name))
        group = groups.get(key)
        if group is None:
            group = groups[key] = Group(type_, *key)
        mention = str(text) if isinstance(text, str) else group.name
        group.texts[mention] += 1
        if type_ == ORG and isinstance(sentence, str) and is_credit(sentence, mention):
            group.n_credits += 1
    return groups


def _identity(lex: CorpusLexicon, key: str) -> str:
    """A name key as one identity: its gazetteer entry when listed, else the key."""
    entry = lex.gazetteer_by_key.get(key)
    return f"g:{entry}" if entry is not None else f"o:{key}"


def _org_keys(lex: CorpusLexicon, group: Group, acronyms: AcronymDefinitions) -> None:
    own = lex.key(group.name)
    group.keys.append(f"o:{own}" if own else f"o1:{group.doc_id}:{group.name}")
    if own in lex.gazetteer_by_key:
        group.keys.append(_identity(lex, own))
    for text in group.texts:
        if is_acronym_of(text, group.name):  # "BCE" for "Banque centrale européenne"
            acronyms.add(lex.key(text), _identity(lex, own))
        elif is_acronym_of(group.name, text):  # the name is the acronym, the text spells it
            acronyms.add(own, _identity(lex, lex.key(text)))


def _person_keys(group: Group) -> None:
    key = person_key(group.name)
    group.keys.append(f"p:{key}" if key else f"p1:{group.doc_id}:{compare_key(group.name)}")


def article_groups(
    lex: CorpusLexicon, organizations: pd.DataFrame, people: pd.DataFrame
) -> tuple[list[Group], AcronymDefinitions]:
    """Every per-article entity with its linking keys, and the corpus's acronym definitions."""
    acronyms = AcronymDefinitions()
    orgs = list(_mention_groups(organizations, ORG).values())
    for group in orgs:
        _org_keys(lex, group, acronyms)
    persons = list(_mention_groups(people, PER).values())
    for group in persons:
        _person_keys(group)
    return orgs + persons, acronyms
