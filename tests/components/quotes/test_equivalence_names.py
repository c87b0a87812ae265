"""The speakers' name scan (``speakers.names.find_names``) finds what the alternation regex it
replaced found."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Sophie Le Bihan, elle, a dit. Sophie Le Bihanne non.", ["Sophie Le Bihan"]),
        (
            "Jean Dupont et Jean Dupont-Martin puis _Jean Dupont",
            ["Jean Dupont-Martin", "Jean Dupont"],
        ),
        ("aa a aa aaa", ["aa", "a"]),
        ("ab ab", ["b a", "ab"]),
        ("Élise Roux,Élise Roux2 Élise Roux", ["Élise Roux"]),
    ],
)
def test_find_names_is_the_names_regex(text: str, names: list[str]) -> None:
    """The name scan of the speaker index finds what the alternation regex it replaces did."""
    import re

    from pipeline.components.quotes.speakers import find_names

    pat = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")
    assert find_names(text, names) == [(m.start(), m.end()) for m in pat.finditer(text)]
