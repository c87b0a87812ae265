"""Attributions seen in plant-closure and market reports: a speech verb behind a periphrasis
(``est venu dire X``, ``a tenu à préciser X``), shouted words (``a hurlé une femme``: an unnamed
voice, no speaker), and the agency of a dateline, never the company a description takes up
(``(CercleFinance.com) - … Le Groupe confirme viser …``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.quotes.helpers import quotes

OPENING = (
    "Le directeur du site, Sébastien Durand, a confirmé le plan social. "
    "« La procédure durera jusqu'à la fin de l'année », a-t-il souligné.\n"
)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("« Il y a un projet de fermeture », est venu dire le directeur du site, Sébastien "
         "Durand.", "Sébastien Durand"),
        ("« Nous allons nous battre », a tenu à préciser la déléguée CGT, Anne Morel.",
         "Anne Morel"),
        ("« Nous resterons mobilisés », a voulu rassurer le maire, Paul Lemaire.",
         "Paul Lemaire"),
    ],
)  # fmt: skip
def test_speech_verb_behind_a_periphrasis(nlp: Language, sentence: str, speaker: str) -> None:
    got = quotes(nlp, sentence)
    assert [q["speaker"] for q in got] == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "« C'est du baratin ! », a hurlé une femme.",
        "« C'est honteux ! », a crié un manifestant.",
    ],
)
def test_shouted_by_an_unnamed_voice(nlp: Language, sentence: str) -> None:
    got = quotes(nlp, OPENING + sentence)
    assert got[0]["speaker"] == "Sébastien Durand"
    assert len(got) == 2 and got[1]["speaker"] is None


def test_dateline_agency_is_no_speaker(nlp: Language) -> None:
    text = (
        "Vestal Group : le résultat progresse\n"
        "(CercleFinance.com) - Le chiffre d'affaires consolidé du groupe atteint 1,9 milliard "
        "d'euros en 2025.\n"
        "Le groupe confirme viser une croissance de son chiffre d'affaires en 2026."
    )
    assert all(q["speaker"] != "CercleFinance.com" for q in quotes(nlp, text))
