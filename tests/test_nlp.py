"""The pipeline itself: components, entry points, saved-pipeline round trip, worker processes."""

from __future__ import annotations

from importlib.metadata import entry_points
from pathlib import Path

import pytest
from spacy.language import Language

import pipeline
from pipeline import local_backend, workers
from pipeline.nlp import COMPONENTS, PIPE_BATCH_SIZE

TEXTS = [
    "Le groupe TotalEnergies a dégagé un bénéfice de 15,8 milliards de dollars en 2024. "
    "« C’est une année solide », a déclaré Patrick Pouyanné, PDG de TotalEnergies.",
    "Selon l’Insee, le chômage a reculé au troisième trimestre. La start-up Alan a levé 173 M€.",
]


def test_components_follow_the_model(nlp: Language) -> None:
    names = nlp.pipe_names
    assert names[: names.index("ner") + 1] == [
        "tok2vec", "morphologizer", "parser", "fr_pos_tags", "lemmatizer", "ner"
    ]  # fmt: skip
    assert tuple(names[names.index("ner") + 1 :]) == COMPONENTS


def test_every_factory_is_an_entry_point() -> None:
    declared = {ep.name: ep for ep in entry_points(group="spacy_factories")}
    for name in (*COMPONENTS, "fr_pos_tags"):
        assert name in declared, name
        factory = declared[name].load()
        assert callable(factory)


def test_span_groups_are_filled(nlp: Language) -> None:
    doc = nlp(TEXTS[0])
    for group in ("amounts", "organizations", "people", "quotes", "dates"):
        assert group in doc.spans, group
    assert [s._.amount["currency"] for s in doc.spans["amounts"]] == ["USD"]


def test_span_groups_are_labelled_and_ents_agree_with_them(nlp: Language) -> None:
    """displaCy shows what the tables say: every span of a group has the group's label, and
    each organisation or person span is an entity of ``doc.ents`` with the same label."""
    labels = {"amounts": "MONEY", "dates": "DATE", "quotes": "QUOTE"}
    labels |= {"organizations": "ORG", "people": "PER"}
    for doc in nlp.pipe(TEXTS):
        ents = {(e.start_char, e.end_char): e.label_ for e in doc.ents}
        for group, label in labels.items():
            assert {s.label_ for s in doc.spans[group]} <= {label}, group
        for span in [*doc.spans["organizations"], *doc.spans["people"]]:
            assert ents.get((span.start_char, span.end_char)) == span.label_, span.text
    first = nlp(TEXTS[0])
    assert {s.label_ for s in first.spans["quotes"]} == {"QUOTE"}


def test_saved_pipeline_round_trip(nlp: Language, tmp_path: Path) -> None:
    nlp.to_disk(tmp_path / "saved")
    reloaded = pipeline.load(tmp_path / "saved")
    assert reloaded.pipe_names == nlp.pipe_names
    assert nlp.batch_size == reloaded.batch_size == PIPE_BATCH_SIZE
    before = pipeline.extract(TEXTS, nlp=nlp)
    after = pipeline.extract(TEXTS, nlp=reloaded)
    for table in ("amounts", "organizations", "people", "quotes", "dates"):
        assert getattr(before, table).equals(getattr(after, table)), table


@pytest.mark.slow
@pytest.mark.parametrize("start", ["fork", "spawn"])
def test_two_processes_equal_one(nlp: Language, start: str, monkeypatch) -> None:
    """Forked workers share the loaded pipeline; spawned ones load it from disk."""
    if start == "fork" and not local_backend.can_fork():
        pytest.skip("no fork here, or other threads run in this process")
    monkeypatch.setattr(local_backend, "can_fork", lambda: start == "fork")
    texts = TEXTS * 3
    one = pipeline.extract(texts, nlp=nlp)
    two = pipeline.extract(texts, nlp=nlp, n_process=2, chunk_size=2)
    for table in ("articles", "amounts", "organizations", "people", "quotes", "dates"):
        assert getattr(one, table).equals(getattr(two, table)), table
    assert workers.INHERITED["nlp"] is None  # the parent keeps no worker pipeline


_FORK_SCRIPT = """
import sys
import pipeline
from pipeline.local_backend import can_fork
from pipeline.nlp import default_nlp
texts = sys.argv[1:] * 3
one = pipeline.extract(texts, nlp=default_nlp())
assert can_fork(), "this fresh process should fork its workers"
two = pipeline.extract(texts, n_process=2, chunk_size=2)
for table in ("articles", "amounts", "organizations", "people", "quotes", "dates"):
    assert getattr(one, table).equals(getattr(two, table)), table
print("forked workers: same tables")
"""


@pytest.mark.slow
def test_forked_workers_in_a_fresh_process() -> None:
    """The command line's case: a process with no other thread forks its workers, which share
    the default pipeline it loaded (this test process may hold threads, hence a subprocess)."""
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", _FORK_SCRIPT, *TEXTS],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "forked workers: same tables" in done.stdout


def test_no_fork_while_other_threads_run() -> None:
    import threading

    from pipeline.local_backend import can_fork

    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert not can_fork()
    finally:
        stop.set()
        thread.join()


@pytest.mark.parametrize(
    ("text", "amount"),
    [("Le bénéfice atteint 3 Md€.", "3 Md€"), ("Elle a levé 12 M$. Puis", "12 M$")],
)
def test_full_stop_after_a_currency_sign_is_not_in_the_amount(
    nlp: Language, text: str, amount: str
) -> None:
    doc = nlp(text)
    assert [span.text for span in doc.spans["amounts"]] == [amount]
