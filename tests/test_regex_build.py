"""The regex builders (``pipeline.regex_build``) match exactly what the plain alternation of
the same branches matches, in the same order."""

from __future__ import annotations

import re

import pytest

from pipeline.regex_build import first_letter_groups, first_letter_lookahead, literal_trie

TRIE_WORDS = sorted(["un", "une", "deux", "dix", "douze", "cent", "cents", "cinq", "zéro"], key=len)


@pytest.mark.parametrize(
    "text",
    [
        "Une, un, deux cents, Cents, DIX-DOUZE, uné, cinquante, zÉro, dixx, undeux",
        "cent cents centième ZÉRO Zero douze-deux unE",
    ],
)
@pytest.mark.parametrize("ignorecase", [True, False])
def test_literal_trie_matches_the_alternation(text: str, ignorecase: bool) -> None:
    words = TRIE_WORDS[::-1]  # longest first
    flags = re.IGNORECASE if ignorecase else 0
    assert literal_trie(words, ignorecase=ignorecase) != "|".join(words)
    for after in ("", r"\b", r"(?:s|\b)"):  # which word wins, and what backtracking finds
        plain = re.compile(rf"(?:{'|'.join(words)}){after}", flags)
        trie = re.compile(rf"(?:{literal_trie(words, ignorecase=ignorecase)}){after}", flags)
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_literal_trie_keeps_unsorted_or_cased_words_as_they_are() -> None:
    assert literal_trie(["un", "deux"]) == "un|deux"
    assert literal_trie(["Deux", "un"], ignorecase=True) == "Deux|un"
    assert literal_trie(["deux", "dix"]) == "d(?:eux|ix)"


@pytest.mark.parametrize("ignorecase", [True, False])
def test_first_letter_groups_match_the_alternation(ignorecase: bool) -> None:
    bodies = ["dollars?", "dinars?", "euros?", "de", "d[’']un", "e"]
    flags = re.IGNORECASE if ignorecase else 0
    grouped = first_letter_groups([(b[0], b) for b in bodies], ignorecase=ignorecase)
    assert grouped.startswith("d(?:")
    text = "Dollar, dinars, EUROS, de, d’un, e, dé, Deuros, euro d'un"
    for after in ("", r"\b", r"(?:s|\b)"):
        plain = re.compile(rf"(?:{'|'.join(bodies)}){after}", flags)
        fast = re.compile(rf"(?:{grouped}){after}", flags)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_first_letter_groups_keep_unsafe_branches_as_they_are() -> None:
    assert first_letter_groups([("D", "Dollar"), ("d", "dinar")], ignorecase=True) == "Dollar|dinar"
    assert first_letter_groups([("(", "(?:a)"), ("b", "b")]) == "(?:a)|b"


def test_first_letter_groups_not_after_is_the_lookbehind_before() -> None:
    """``not_after`` tested after each group's character finds what the lookbehind before the
    alternation finds (at the start of the text too, and in the plain alternation)."""
    text = "$dollars xdollars dollar, €dinars dinar- euros,euro 9euro d'euro (euros) e"
    for branches in (
        [("d", "dollars?"), ("d", "dinars?"), ("e", "euros?")],
        [("d", "dollars?"), ("e", "(?:euros?)")],  # a branch not led by its character
    ):
        plain = "|".join(body for _, body in branches)
        before = re.compile(rf"(?<![\w$])(?:{plain})(?![\w$])")
        grouped = first_letter_groups(branches, not_after=r"[\w$]")
        after = re.compile(rf"(?:{grouped})(?![\w$])")
        assert [m.span() for m in after.finditer(text)] == [m.span() for m in before.finditer(text)]
        assert after.findall("dollars") == ["dollars"]


def test_first_letter_lookahead_keeps_the_matches() -> None:
    words = {"SA", "SAS", "NV", "AG", "Inc.", "S.p.A."}
    body = "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b"
    assert first_letter_lookahead(words) == "(?=[AINS])"
    text = "Vinci SA, Philips NV et Bayer AG; Apple Inc. ou Enel S.p.A. mais pas SAFRAN ni ASA"
    plain, fast = re.compile(body), re.compile(first_letter_lookahead(words) + body)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert fast.findall(text)
