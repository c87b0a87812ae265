"""The rule data of ``fr_facts`` (``models/facts/``) as lookups: the measure cues (nouns and
verbs), the roles of the parties around each verb, the names that are never a party."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from pipeline.text import lower_straight

#: ``{key: file}``: the rule data files of the component (:mod:`pipeline.resources`)
DATA_FILES = {
    "measure_nouns": "facts/measure_nouns.tsv",
    "measure_verbs": "facts/measure_verbs.tsv",
    "not_parties": "facts/not_parties.txt",
    "words": "facts/words.json",
}

_WORD_RE = re.compile(r"[^\s']+'?|'")


def cue_words(phrase: str) -> tuple[str, ...]:
    """The words of a cue as the tokenizer cuts them: ``chiffre d'affaires`` → ``("chiffre",
    "d'", "affaires")``."""
    return tuple(_WORD_RE.findall(lower_straight(phrase)))


@dataclass(frozen=True)
class Cue:
    """A measure cue: its words, its measure, and for a verb how the parties sit around it
    (``subject``, ``giver``, ``seller``; empty for a noun)."""

    words: tuple[str, ...]
    measure: str
    roles: str = ""


@dataclass
class FactsLexicon:
    """The lookups the stages read: ``nouns`` by first word (longest cue first), ``verbs`` by
    lemma, ``not_parties`` (folded names), and the closed word classes of ``words.json``."""

    nouns: dict[str, list[Cue]] = field(default_factory=dict)
    verbs: dict[str, Cue] = field(default_factory=dict)
    not_parties: frozenset[str] = frozenset()
    words: dict[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> FactsLexicon:
        nouns: dict[str, list[Cue]] = {}
        for phrase, measure, *_ in data["measure_nouns"]:
            words = cue_words(phrase)
            nouns.setdefault(words[0], []).append(Cue(words, measure.strip()))
        for cues in nouns.values():
            cues.sort(key=lambda cue: -len(cue.words))
        verbs = {
            lower_straight(lemma).removeprefix("s'"): Cue((lemma,), measure.strip(), roles.strip())
            for lemma, measure, roles, *_ in data["measure_verbs"]
        }
        classes = {
            key: frozenset(map(lower_straight, values))
            for key, values in data["words"].items()
            if not key.startswith("_")
        }
        return cls(
            nouns=nouns,
            verbs=verbs,
            not_parties=frozenset(lower_straight(name) for name in data["not_parties"]),
            words=classes,
        )

    def has(self, kind: str, word: str) -> bool:
        """Whether ``word`` is in the closed word class ``kind`` of ``words.json``."""
        return word in self.words.get(kind, ())
