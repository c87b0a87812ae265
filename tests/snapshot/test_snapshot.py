"""Every table of the extraction of the corpus and of 300 generated articles is as stored.

A restructuring keeps this test green; a change of rules updates the snapshot on purpose with
``python -m tests.snapshot.snapshot --update`` (and says so in its commit message).
"""

from __future__ import annotations

from spacy.language import Language

from tests.snapshot import snapshot


def test_generated_articles_are_stable() -> None:
    first = snapshot.generated_articles(5)
    assert first == snapshot.generated_articles(5)
    assert all(len(text.split()) >= 12 for _, text, _ in first)


def test_every_table_is_as_stored(nlp: Language) -> None:
    hashes, lines = snapshot.summarise(snapshot.extract_all(nlp))
    stored_hashes, stored_lines = snapshot.stored()
    changed = [t for t in sorted(stored_hashes) if hashes.get(t) != stored_hashes[t]]
    diffs = "\n\n".join(f"== {t}\n{snapshot.diff(stored_lines, lines, t)}" for t in changed)
    assert not changed, f"tables changed: {changed}\n{diffs}"


def test_diff_shows_the_changed_rows() -> None:
    old = ["amounts\ta\tb", "amounts\t1\t2", "quotes\tq", "quotes\tx"]
    new = ["amounts\ta\tb", "amounts\t1\t3", "quotes\tq", "quotes\tx"]
    shown = snapshot.diff(old, new, "amounts")
    assert "-amounts\t1\t2" in shown and "+amounts\t1\t3" in shown
    assert "quotes" not in shown
