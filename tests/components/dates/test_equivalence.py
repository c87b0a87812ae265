"""The speed devices of ``fr_dates`` find what the plain search finds.

* gates (:mod:`pipeline.components.dates.gates`): a pattern skipped for an article could not
  have matched there;
* start words (:mod:`pipeline.components.dates.start_words`): a pattern tried only where one of
  its first words is finds the very matches of ``finditer`` over the whole text;
* the year pattern led by plain digits, the modifier written from ``modifiers.tsv``, the gates
  that replaced regexes run over the reversed text, :class:`~.find.Masks`: each as the plain
  form it replaced.
"""

from __future__ import annotations

import random
import re
import sys

import pytest
from spacy.language import Language

from pipeline.components.dates.find import Masks
from pipeline.components.dates.gates import Probe, gate_text
from pipeline.components.dates.patterns import DatePattern
from pipeline.components.dates.regex_pieces import OWS, WS
from pipeline.components.dates.start_words import LETTERS, StartWords
from pipeline.text import APOS_ANY
from tests.components.dates import (
    test_days,
    test_fiscal_years,
    test_months,
    test_not_dates,
    test_nowadays,
    test_periods,
    test_relative,
    test_seasons,
    test_tense,
    test_weekdays,
    test_years,
)

MODULES = [
    test_days,
    test_fiscal_years,
    test_months,
    test_not_dates,
    test_nowadays,
    test_periods,
    test_relative,
    test_seasons,
    test_tense,
    test_weekdays,
    test_years,
]
#: every sentence of the behaviour tests, and a few written in odd cases and spaces
GATE_TEXTS = [case[0] for module in MODULES for case in module.CASES] + [
    "DU 5 AU 7 AVRIL 2025, AU TROISIÈME TRIMESTRE, L’ÉTÉ DERNIER, IL Y A TROIS MOIS",
    "Fin 2024, Début De L’Année, Mi-Mars, Jeudi 13, Les Années 1990, D’Ici 2028",
    "le 3\u00a0mars, du\u202f01/10 au 02/11/2017, 2024/25, T3\u00a02025, Q1-2024, 11/2017",
    "ſeptembre, hıer, İL Y A DEUX ANS, neuf premiers mois de l’exercice 2025-2026",
]


def patterns(nlp: Language) -> list[DatePattern]:
    return nlp.get_pipe("fr_dates").patterns  # type: ignore[no-any-return]


@pytest.mark.parametrize("text", GATE_TEXTS + [t.upper() for t in GATE_TEXTS])
def test_gates_never_hide_a_match(blank: Language, text: str) -> None:
    """A pattern is skipped when its gate says it cannot match: the gate must let through every
    text the pattern matches (``été`` alone, matched but rejected without a determiner, aside)."""
    probe = Probe(text)
    for pattern in patterns(blank):
        if pattern.gate is None or pattern.gate(probe):
            continue
        for match in pattern.regex.finditer(text):
            assert pattern.name == "season" and not match["det"], (pattern.name, match)


@pytest.mark.parametrize(
    "text",
    GATE_TEXTS
    + [t.upper() for t in GATE_TEXTS]
    + [
        "Fin          mars, du lundi 5   au\n\n mardi 6 mai 2025 ; le mois de  juin dernier.",
        "marsmai mars-avril, lundilundi mardi , aujourd’hui hier  avant-hier",
        "x" * 300 + " fin " + " " * 200 + "septembre " + "y" * 200,
    ],
)
def test_start_words_find_what_finditer_finds(blank: Language, text: str) -> None:
    """Patterns tried only where one of their start words is give the very matches of
    ``finditer`` over the whole text."""
    probe = Probe(text)
    for pattern in patterns(blank):
        if pattern.starts is None:
            continue
        expected = [(m.span(), m.groupdict()) for m in pattern.regex.finditer(text)]
        found = [(m.span(), m.groupdict()) for m in pattern.starts.finditer(pattern.regex, probe)]
        assert found == expected, pattern.name


#: the modifier of "début 2025", "en fin d'année" as written before ``modifiers.tsv``
OLD_MODIFIER = (
    rf"(?P<mod>(?:à{WS}la{WS}fin|au{WS}début|au{WS}milieu|en{WS}fin|en{WS}début|"
    rf"en{WS}milieu|la{WS}fin|le{WS}début|"
    rf"fin|début){WS}d(?:e|u|{APOS_ANY})|début|fin|mi|courant)"
)


def test_modifier_pattern_unchanged(blank: Language) -> None:
    led = [p.regex.pattern for p in patterns(blank) if p.name in ("year_part", "relative_part")]
    assert len(led) == 2 and all(p.startswith(rf"(?<![\w]){OLD_MODIFIER}") for p in led)


def test_start_word_letters_are_lowered_to_what_ignorecase_matches() -> None:
    """What :class:`StartWords` relies on, over all of Unicode: a character ``re.IGNORECASE``
    matches with a start word's letter is that letter in :func:`gate_text`, and a character
    that is not ``\\w`` is not one there either (a start word is found in the lower-cased
    text)."""
    letters = sorted(LETTERS)
    any_letter = re.compile("[" + "".join(map(re.escape, letters)) + "]", re.IGNORECASE)
    word = re.compile(r"\w")
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code < 0xE000:
            continue
        ch = chr(code)
        low = gate_text(ch)
        assert len(low) == 1
        if any_letter.fullmatch(ch):
            for letter in letters:
                if re.fullmatch(re.escape(letter), ch, re.IGNORECASE):
                    assert low == letter, (hex(code), letter)
        if not word.match(ch):
            assert not word.match(low), hex(code)


def test_start_words_reject_words_they_cannot_find() -> None:
    with pytest.raises(ValueError):
        StartWords(["(?:le|la)"])
    with pytest.raises(ValueError):
        StartWords(["ſur"])


#: pieces of fuzzed texts: the start words of the patterns, in every case, with the
#: characters ``re.IGNORECASE`` equates with others (ı, İ, ſ, the Kelvin sign), spaces and
#: apostrophes
FUZZ_PIECES = [
    *"aeilnsdkKıİſ’' \u00a0\n-,.0123456789ÀÉé",
    "fin",
    "début",
    "mi",
    "courant",
    "à la",
    "au",
    "en",
    "le",
    "de",
    "du",
    "d'",
    "d’ici",
    "il y a",
    "dans",
    "depuis",
    "voici",
    "trois",
    "deux",
    "premier",
    "premiers",
    "derniers",
    "1er",
    "3e",
    "troisième",
    "trimestre",
    "semestre",
    "année",
    "an",
    "mois",
    "semaine",
    "l'",
    "l’année",
    "exercice",
    "2024",
    "2025",
    "prochain",
    "dernière",
    "en cours",
    "ans",
    "jours",
    "neuf",
    "six",
    "mars",
    "lundi",
    "dernier",
    "de la",
    "premiers mois de",
    "DERNIERS TRIMESTRES D’",
    "années",
    "des",
    "les",
    "90",
    "1990",
    "quatre-vingt",
    "entre",
    "avril",
    "12",
    "vingt-deux",
    "et le",
    "jusqu’au",
    "Mer.",
    "mardi",
    "jeudi",
    "samedi",
    "cette semaine",
    "la semaine prochaine",
    "13",
]


FUZZ_SEPARATORS = ["", " ", " ", " ", "  ", "\u00a0", "\n", "-"]


def fuzz_texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        pieces = rng.choices(FUZZ_PIECES, k=rng.randint(1, 40))
        texts.append(
            "".join(
                (p if rng.random() < 0.5 else p.upper()) + rng.choice(FUZZ_SEPARATORS)
                for p in pieces
            )
        )
    return texts


def test_start_words_fuzz(blank: Language) -> None:
    """Random texts of date pieces: every pattern searched for from its start words finds the
    very matches of ``finditer`` over the whole text."""
    searched = [p for p in patterns(blank) if p.starts is not None]
    for text in fuzz_texts(7, 4000):
        probe = Probe(text)
        for pattern in searched:
            assert pattern.starts is not None
            expected = [(m.span(), m.groupdict()) for m in pattern.regex.finditer(text)]
            found = [
                (m.span(), m.groupdict()) for m in pattern.starts.finditer(pattern.regex, probe)
            ]
            assert found == expected, (pattern.name, text)


#: the bare year pattern as written before :data:`~.regex_pieces.YEAR_AT_START`
OLD_YEAR = (
    r"(?P<y>(?<![\w,.\-/])(?:19\d\d|20\d\d|21\d\d)"
    r"(?![\w]|[,.]\d|[ \u00a0\u202f]\d{3}(?!\d)))(?![-/–]\d)"
)
YEAR_PIECES = [*"0123456789012,.-/–_ aZé\u00a0\u202f", "19", "20", "21", "2025", "1999", "000"]


def test_year_pattern_fuzz(blank: Language) -> None:
    """The bare year pattern led by plain digits finds what the one led by a lookbehind did."""
    (new,) = [p.regex for p in patterns(blank) if p.name == "year"]
    old = re.compile(OLD_YEAR, re.IGNORECASE)
    rng = random.Random(3)
    for _ in range(20000):
        text = "".join(rng.choices(YEAR_PIECES, k=rng.randint(1, 30)))
        expected = [(m.span(), m.span("y")) for m in old.finditer(text)]
        assert [(m.span(), m.span("y")) for m in new.finditer(text)] == expected, text


#: the gates that were searched for in the lower-cased text reversed (a regex led by the
#: year's digits read backwards): the ``year_part`` gate and the ``été`` branch of the
#: ``season`` gate
REVERSED_GATES = {
    "year_part": (
        rf"\d\d(?:91|02|12)(?:{WS}(?:eénna|ecicrexe).l)?[ \t\n\u00a0\u202f-]*"
        r"(?:ed|ud|.d|tubéd|nif|im|tnaruoc)"
    ),
    "season": rf"(?:été|ete){OWS}(?:ua|ne|.l|.d|tec)",
}
GATE_PIECES = [
    *" -\u00a0\n'’.",
    "de",
    "du",
    "d'",
    "d’",
    "début",
    "fin",
    "mi",
    "courant",
    "l'année",
    "l’exercice",
    "année",
    "exercice",
    "2025",
    "1999",
    "2100",
    "1899",
    "20",
    "été",
    "ete",
    "au",
    "en",
    "l'",
    "cet",
    "ce",
    "société",
    "x",
]


def test_forward_gates_answer_as_the_reversed_ones(blank: Language) -> None:
    """A substring of the text matches a regex exactly when its reverse matches the regex read
    backwards: the forward gates say yes on the texts the reversed ones did."""
    by_name = {p.name: p for p in patterns(blank)}
    year_part = by_name["year_part"].gate
    season_ete = by_name["season"].gate.gates[1]  # type: ignore[union-attr]
    forward = {"year_part": year_part, "season": season_ete}
    reversed_gates = {name: re.compile(regex) for name, regex in REVERSED_GATES.items()}
    rng = random.Random(11)
    texts = GATE_TEXTS + [
        "".join(rng.choices(GATE_PIECES, k=rng.randint(1, 12))) for _ in range(20000)
    ]
    for text in texts + [t.upper() for t in texts[:2000]]:
        probe = Probe(text)
        for name, old in reversed_gates.items():
            gate = forward[name]
            assert gate is not None
            assert gate.test(probe) == (old.search(probe.low[::-1]) is not None), (name, text)


def test_gate_text_keeps_offsets() -> None:
    text = "İSTANBUL ſ ı É\u00a0À"
    assert len(gate_text(text)) == len(text)
    assert gate_text(text) == "istanbul s i é\u00a0à"


def test_masks_overlap_as_the_loop_over_them() -> None:
    """:class:`Masks` answers as ``any`` over the ranges (nested, touching, empty, none)."""
    rng = random.Random(0)
    for _ in range(300):
        ranges = [(s, s + rng.randint(0, 12)) for s in (rng.randint(0, 60) for _ in range(6))]
        del ranges[rng.randint(0, 6) :]
        masks = Masks(ranges)
        for start in range(0, 75, 3):
            for end in range(start, start + 15):
                expected = any(s < end and start < e for s, e in ranges)
                assert masks.overlaps(start, end) == expected
