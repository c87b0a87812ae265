"""Gates: a cheap necessary condition per pattern, tested once per document.

Most patterns have no match in a given article (no numeric date, no season, no ``d'ici``...).
Before a pattern is searched for, its gate is asked whether it *can* match: a month name is in
the text, ``12/02`` is, ``trimestre`` is... A gate answers False only when the pattern cannot
match the document, so skipping the pattern then changes nothing (``tests/components/dates/
test_equivalence.py`` checks it on every test sentence). A gate shared by several patterns is
tested once per document (its answer is kept on the document's :class:`Probe`).

Gates read the text lower-cased by :func:`gate_text` (one character for one, so offsets are
kept), as the case-insensitive patterns see it.
"""

from __future__ import annotations

import re

from pipeline.components.dates.regex_pieces import leading_word

#: letters that ``re.IGNORECASE`` equates with ``i``/``s`` but ``str.lower`` does not map to them
_GATE_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def gate_text(text: str) -> str:
    """``text`` in lower case, as the case-insensitive patterns see it, for the gates (the same
    length: one character for one)."""
    if "\u0130" in text or "\u0131" in text or "\u017f" in text:
        text = text.translate(_GATE_FOLD)
    return text.lower()


class Probe:
    """A document as the gates see it: its text, lower-cased (:func:`gate_text`), and the
    answers of the gates tested so far (a gate shared by patterns is tested once)."""

    __slots__ = ("answers", "low", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.low = gate_text(text)
        self.answers: dict[int, bool] = {}


class Gate:
    """A cheap necessary condition of a pattern: False only when the pattern cannot match the
    document (patterns run only where their gate lets them through)."""

    def __call__(self, probe: Probe) -> bool:
        answer = probe.answers.get(id(self))
        if answer is None:
            answer = probe.answers[id(self)] = self.test(probe)
        return answer

    def test(self, probe: Probe) -> bool:  # pragma: no cover - overridden
        return True


class WordsGate(Gate):
    """Some of the words is in the lower-cased text (as a substring)."""

    def __init__(self, words: set[str]) -> None:
        # a word containing another is implied by it
        self.words = tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))

    def test(self, probe: Probe) -> bool:
        low = probe.low
        return any(w in low for w in self.words)


class PhrasesGate(Gate):
    """Some phrase has all its words in the lower-cased text."""

    def __init__(self, phrases: list[tuple[str, ...]]) -> None:
        self.phrases = phrases

    def test(self, probe: Probe) -> bool:
        low = probe.low
        return any(all(w in low for w in words) for words in self.phrases)


class RegexGate(Gate):
    """A regex is found in the lower-cased text (``lowered``, the default) or in the text."""

    def __init__(self, pattern: str, *, lowered: bool = True, flags: int = 0) -> None:
        self.regex, self.lowered = re.compile(pattern, flags), lowered

    def test(self, probe: Probe) -> bool:
        return self.regex.search(probe.low if self.lowered else probe.text) is not None


class AnyGate(Gate):
    """Some of the gates lets the document through."""

    def __init__(self, *gates: Gate) -> None:
        self.gates = gates

    def test(self, probe: Probe) -> bool:
        return any(g(probe) for g in self.gates)


class AllGate(Gate):
    """Every gate lets the document through (a missing gate, None, is no condition)."""

    def __init__(self, *gates: Gate | None) -> None:
        self.gates = [g for g in gates if g is not None]

    def test(self, probe: Probe) -> bool:
        return all(g(probe) for g in self.gates)


def any_word(forms: list[str]) -> Gate | None:
    """Some form's leading word is in the text (None, no gate, when a form has none)."""
    words = {leading_word(f) for f in forms}
    return None if not words or "" in words else WordsGate(words)


def any_phrase(forms: list[str]) -> Gate | None:
    """Some form has all its words in the text (``l'an dernier``: ``an`` and ``dernier``)."""
    parts = [tuple(re.findall(r"[^\W_]+", f)) for f in forms]
    return None if not parts or any(not p for p in parts) else PhrasesGate(parts)
