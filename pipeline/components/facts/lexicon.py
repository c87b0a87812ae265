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


#: endings of the forms of a verb in -er made from its stem
ER_ENDINGS = ("e", "es", "ent", "é", "ée", "és", "ées", "ait", "aient", "era", "eront", "ant")
#: the endings where ``lever`` becomes ``lève``, ``céder`` ``cède``
GRAVE_ENDINGS = ("e", "es", "ent", "era", "eront")
_LAST_E = re.compile(r"[eé](?=[^aeiouyéèêë]+$)")


def verb_forms(lemma: str, irregular: str = "") -> set[str]:
    """The written forms a verb cue is known by when the model misses the verb: those of a
    verb in -er made from its stem (``racheter`` → ``rachète``, ``racheté``, ``rachetait``…),
    else the ``irregular`` forms given in the data (comma-separated)."""
    forms = {form.strip() for form in irregular.split(",") if form.strip()}
    if lemma.endswith("er"):
        stem = lemma[:-2]
        forms |= {stem + ending for ending in ER_ENDINGS}
        grave = _LAST_E.sub("è", stem, count=1)
        if grave != stem:
            forms |= {grave + ending for ending in GRAVE_ENDINGS}
    return forms


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
    #: written form -> verb cue (:func:`verb_forms`)
    verb_forms: dict[str, Cue] = field(default_factory=dict)
    #: every word a cue may start with (a noun cue's first word, a verb's lemma or form)
    first_words: frozenset[str] = frozenset()
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
        verbs: dict[str, Cue] = {}
        forms: dict[str, Cue] = {}
        for lemma, measure, roles, *rest in data["measure_verbs"]:
            bare = lower_straight(lemma).removeprefix("s'")
            verbs[bare] = Cue((bare,), measure.strip(), roles.strip())
            for form in verb_forms(bare, rest[0] if rest else ""):
                forms.setdefault(form, verbs[bare])
        classes = {
            key: frozenset(map(lower_straight, values))
            for key, values in data["words"].items()
            if not key.startswith("_")
        }
        return cls(
            nouns=nouns,
            verbs=verbs,
            verb_forms=forms,
            first_words=frozenset([*nouns, *verbs, *forms]),
            not_parties=frozenset(lower_straight(name) for name in data["not_parties"]),
            words=classes,
        )

    def has(self, kind: str, word: str) -> bool:
        """Whether ``word`` is in the closed word class ``kind`` of ``words.json``."""
        return word in self.words.get(kind, ())
