"""Time in proportion to the text on adversarial shapes: the whole pipeline on shapes doubled in
size, and every regular expression of the components on long repetitive strings.

The timings compare ratios with generous margins on small sizes (the machine may be loaded): a
time that grows with the square of the text multiplies by 64 when the text is 8 times longer,
and these tests allow 24.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator

import pytest
from spacy.language import Language

from pipeline.chunks import make_doc
from pipeline.io import Article
from pipeline.nlp import COMPONENTS

#: Adversarial shapes: each gives a text of about ``n`` characters.
SHAPES: dict[str, Callable[[int], str]] = {
    "answer with spaces around a colon": lambda n: (
        "Jean" + " " * (n // 2) + ":" + " " * (n // 2) + "« fin »"
    ),
    "digits": lambda n: "1" * n + " x",
    "blank lines": lambda n: "Le 5 mai." + "\n" * n + "fin",
    "spaces after an amount": lambda n: "Il a payé 3 €" + " " * n + "x",
    "opening quote marks": lambda n: "«" * n,
    "quote marks and spaces": lambda n: "« " * (n // 2),
    "unclosed quote": lambda n: "Il a dit « " + "bien sûr " * (n // 9),
    "honorifics": lambda n: "M. " * (n // 3) + "Dupont a dit.",
    "de la": lambda n: "de la " * (n // 6) + "Banque",
    "dates without a full stop": lambda n: "le 5 mai 2025, " * (n // 15),
    "numbers with spaces": lambda n: "1 " * (n // 2) + "x",
    "capitalised words": lambda n: "Aa " * (n // 3) + ": je pense",
    "dashes and questions": lambda n: "?\n– " * (n // 4),
    "colons": lambda n: "Jean : " * (n // 7),
}


def _seconds(nlp: Language, text: str) -> float:
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        nlp(make_doc(nlp, Article(doc_id="x", text=text)))
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize("shape", list(SHAPES))
def test_pipeline_time_grows_linearly(nlp: Language, shape: str) -> None:
    small, large = SHAPES[shape](300), SHAPES[shape](2400)
    _seconds(nlp, SHAPES[shape](50))  # warm
    t_small, t_large = _seconds(nlp, small), _seconds(nlp, large)
    ratio = t_large / max(t_small, 0.02)
    assert ratio < 24, f"{shape}: {t_small:.3f}s → {t_large:.3f}s ({ratio:.0f}x for 8x the text)"


def _patterns(obj: object, seen: set[int], depth: int = 0) -> Iterator[re.Pattern[str]]:
    """Every compiled pattern reachable from ``obj`` (attributes, containers)."""
    if id(obj) in seen or depth > 6:
        return
    seen.add(id(obj))
    if isinstance(obj, re.Pattern):
        if isinstance(obj.pattern, str):
            yield obj
        return
    if isinstance(obj, dict):
        children = list(obj.values())
    elif isinstance(obj, (list, tuple, set, frozenset)):
        children = list(obj)
    elif hasattr(obj, "__dict__") or hasattr(obj, "__slots__"):
        children = list(getattr(obj, "__dict__", {}).values())
        children += [getattr(obj, s, None) for s in getattr(obj, "__slots__", ())]
    else:
        return
    if isinstance(obj, (str, bytes)) or len(children) > 5000:
        return
    for child in children:
        yield from _patterns(child, seen, depth + 1)


def component_patterns(nlp: Language) -> list[re.Pattern[str]]:
    """The patterns of the project's components (their objects) and of the modules of
    ``pipeline.components``."""
    import sys

    seen: set[int] = set()
    found: dict[int, re.Pattern[str]] = {}
    roots: list[object] = [nlp.get_pipe(name) for name in COMPONENTS]
    roots += [
        {k: v for k, v in vars(m).items() if isinstance(v, (re.Pattern, dict, list, tuple))}
        for name, m in list(sys.modules.items())
        if name.startswith("pipeline.") and m is not None
    ]
    for root in roots:
        for pattern in _patterns(root, seen):
            found[id(pattern)] = pattern
    return list(found.values())


#: Repeated units of the fuzz strings.
UNITS = [" ", "\n", "\n\n", "1", "1 ", "a", "A", "Aa ", "«", "« ", "»", ".", ",", ", ", "’", "-",
         "M. ", "de la ", "Jean ", "1 000 ", "€ ", ": ", " :", "mai ", "2024 ", "le 5 mai ",
         "millions ", "d'", "\u00a0", "?\n– ", "(", "12.", "A.", "et "]  # fmt: skip


#: Patterns that are never run over a whole text: those starting with a run of white space are
#: matched at one place (``.match(text, end)`` after a number), those ending with ``$`` are
#: searched in a window of bounded size before a place; each costs the length of its run.
_AT_ONE_PLACE = re.compile(r"^(?:\[\^\\S\\n\]|\[\\s[^\]]*\]|\\s)[*+]|\$\)*$")


def _finditer_seconds(pattern: re.Pattern[str], text: str) -> float:
    start = time.perf_counter()
    for _ in pattern.finditer(text):
        pass
    return time.perf_counter() - start


def test_every_component_pattern_is_fast_on_repetitive_strings(nlp: Language) -> None:
    nlp("Le groupe a annoncé le 5 mai 2024 un chiffre de 3 millions d'euros. « Oui », dit-il.")
    patterns = component_patterns(nlp)
    assert len(patterns) > 50
    patterns = [p for p in patterns if not _AT_ONE_PLACE.search(p.pattern)]
    slow = []
    budget = time.perf_counter() + 40
    for pattern in patterns:
        for unit in UNITS:
            n = 600 // len(unit)
            t_small = _finditer_seconds(pattern, unit * n)
            if t_small < 0.002:
                continue
            if t_small > 0.1:  # 600 characters: already far too slow to try 8 times more
                slow.append(f"{t_small:.3f}s on 600 × {unit!r}: {pattern.pattern[:120]}")
                continue
            t_large = _finditer_seconds(pattern, unit * (8 * n))
            if t_large > 24 * t_small:  # a pause of a loaded machine, or real growth: retime
                t_small = min(_finditer_seconds(pattern, unit * n) for _ in range(3))
                t_large = min(_finditer_seconds(pattern, unit * (8 * n)) for _ in range(3))
            if t_large > 24 * max(t_small, 0.002):
                slow.append(f"{t_small:.3f}s → {t_large:.3f}s on {unit!r}: {pattern.pattern[:120]}")
        if time.perf_counter() > budget:
            break
    assert not slow, "\n".join(slow)
