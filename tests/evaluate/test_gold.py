"""Reading gold files: blank lines, and every malformed line named with its file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.evaluate import load_gold


def test_load_gold(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "a", "text": "x"}\n\n{"id": "b", "text": "y", "amounts": []}\n')
    assert [doc["id"] for doc in load_gold(path)] == ["a", "b"]
    assert load_gold(str(path))[1]["amounts"] == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"id": "a", "text": "x"}\n{"id": "b", "text": \n', "line 2: invalid JSON"),
        ('{"id": "a", "text": "x"}\n{"text": "y"}\n', "line 2: missing 'id'"),
        ('{"id": "a"}\n', "line 1: missing 'text'"),
        ('{"id": 3, "text": "x"}\n', "line 1: 'id' must be a string"),
        ("[1, 2]\n", "line 1: expected a JSON object"),
        ('{"id": "a", "text": "x", "quotes": {}}\n', "line 1: 'quotes' must be a list"),
        ('{"id": "a", "text": "x"}\n{"id": "a", "text": "y"}\n', "line 2: duplicate id 'a'"),
    ],
)
def test_load_gold_errors(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content)
    with pytest.raises(ValueError, match=message) as info:
        load_gold(path)
    assert str(path) in str(info.value)
