"""Holders and counterparts of kinds met in press the development sets read wrong: the lender,
investor or client after ``auprès du`` / ``accordé par``, a target behind a long description
after ``offre sur``, a parent's capital increase ``au profit de`` its subsidiary, a name inside
an incise of the subject that is not in focus, a source of a forecast (``attendu par``,
``sondés par la firme``). Sentences of our own."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.components.facts.document import LEFT, FactDoc
from tests.components.facts.helpers import facts, run

#: the name of the facts component in the pipeline
FACTS_PIPE = "fr_facts"

COUNTERPARTS = [
    # the investor after "auprès du fonds" / "auprès des fonds"
    (
        "La start-up Miravel a levé 12 millions d'euros auprès du fonds Partech et de Bpifrance.",
        ("funding", "Miravel", "Partech"),
    ),
    (
        "La biotech Solvane a bouclé un tour de table de 30 millions d'euros auprès des fonds "
        "Eurazeo et Seventure.",
        ("funding", "Solvane", "Eurazeo"),
    ),
    # the client of an order after "auprès du" / "auprès d'", before or after the amount
    (
        "Le fabricant Brevalis a décroché un contrat de 80 millions d'euros auprès du "
        "constructeur Norhaus.",
        ("order", "Brevalis", "Norhaus"),
    ),
    (
        "Le constructeur Vantelle a remporté auprès d'Eurotram une commande de 200 millions "
        "d'euros.",
        ("order", "Vantelle", "Eurotram"),
    ),
    # the lender of a loan "consenti par" / "accordé par"
    (
        "Korvale a remboursé un emprunt de 5 millions d'euros consenti par le Crédit Mutuel.",
        ("debt", "Korvale", "Crédit Mutuel"),
    ),
    # the target of a bid behind a long description
    (
        "Le groupe Merlane a relevé mardi son offre sur le fabricant français de peinture "
        "industrielle Colorix à 41 euros par action.",
        ("price", "Merlane", "Colorix"),
    ),
    # a parent's capital increase for its subsidiary is an investment in it
    (
        "Le groupe Baltis a annoncé une augmentation de capital de 50 millions d'euros au "
        "profit de sa filiale Baltis Africa.",
        ("investment", "Baltis", "Baltis Africa"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), COUNTERPARTS)
def test_the_counterpart_named_after_its_words(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert facts(nlp, text)[0][:3] == expected


def test_a_loan_granted_by_a_bank_names_the_lender(nlp: Language) -> None:
    text = (
        "L'usine de Korvale sera financée par un prêt de 20 millions d'euros accordé par la "
        "Société Générale."
    )
    measure, holder, counterpart, _ = facts(nlp, text)[0]
    assert (measure, counterpart) == ("debt", "Société Générale")
    assert holder != "Société Générale"


INCISES = [
    # (text, the name, whether it stands in an incise of the subject)
    (
        "Le groupe, racheté en 2022 par le fonds Ardian Capital, justifie ce plan.",
        "Ardian",
        True,
    ),
    ("La société, qui appartient au fonds Ardian Capital, a publié ses comptes.", "Ardian", True),
    ("Fondée en 2019, la société Velarys a publié ses comptes.", "Velarys", False),
    ("Ardian Capital, qui a racheté le groupe en 2022, justifie ce plan.", "Ardian", False),
    # an apposition: a lower-case noun right after the comma
    ("Le distributeur, filiale du groupe Casimo, a publié ses comptes.", "Casimo", True),
]


@pytest.mark.parametrize(("text", "name", "inside"), INCISES)
def test_a_name_in_an_incise_of_the_subject(
    nlp: Language, text: str, name: str, inside: bool
) -> None:
    """The entity in focus is never a name inside an incise of the subject (the parse may hang
    it on the subject): ``FactDoc.focus`` passes over what ``in_incise`` says."""
    doc = run(nlp, text)
    fd = FactDoc(doc, nlp.get_pipe(FACTS_PIPE).lexicon)
    start = next(token.i for token in doc if token.text == name)
    assert fd.in_incise(start, len(doc)) is inside


def test_the_firm_that_polled_analysts_is_a_source(nlp: Language) -> None:
    text = (
        "Le fabricant Quinteral a publié ses comptes. Les analystes sondés par la firme FactSet "
        "s'attendaient en moyenne à un bénéfice ajusté de 1,20 euro par action et à des revenus "
        "de 450 millions d'euros."
    )
    assert [fact[1] for fact in facts(nlp, text)] == ["Quinteral", "Quinteral"]


def test_a_source_word_does_not_reach_past_a_comma(nlp: Language) -> None:
    text = "Selon nos informations, Renault a dégagé un bénéfice de 2 milliards d'euros."
    assert facts(nlp, text)[0][:2] == ("profit", "Renault")


def test_a_union_is_never_in_focus(nlp: Language) -> None:
    """A trade union (``not_parties.txt``) speaks for the employees: the company a union's
    statement describes holds the figure, never the union."""
    text = (
        "Le laboratoire Valtène traverse une passe difficile. Dans un communiqué, la CFDT "
        "dénonce la suppression de 80 postes. Le syndicat rappelle que l'entreprise avait levé "
        "40 millions d'euros en 2024 auprès d'investisseurs."
    )
    assert facts(nlp, text)[0][:2] == ("funding", "Valtène")


def test_a_union_claiming_a_bonus_is_not_the_employer(nlp: Language) -> None:
    text = (
        "Chez Valtène, la CGT réclame une prime de 1 500 euros par salarié. Le laboratoire "
        "Valtène a refusé."
    )
    assert facts(nlp, text)[0][:3] == ("pay", None, "Valtène")


def test_the_parent_in_an_apposition_is_not_the_bidder(nlp: Language) -> None:
    """``X, filiale du groupe Y,``: Y is the parent, not the party of X's figure."""
    text = (
        "Le groupe de médias Vivanto a lancé une offre sur Lagarde. Le mastodonte des médias, "
        "filiale du groupe Bellore, confirme le relèvement de son offre à 25,50 euros par titre."
    )
    assert facts(nlp, text)[0][:3] == ("price", "Vivanto", "Lagarde")


def test_phrase_starts_and_windows_are_the_scans_they_keep(nlp: Language) -> None:
    """What ``FactDoc`` keeps once per document is what the scans it replaces find: where the
    round phrases are written, the date tokens, a window asked twice."""
    text = (
        "Le tour de table est mené par Nova Capital. La start-up Miravel a levé 12 millions "
        "d'euros le 3 mars 2025 auprès du fonds Partech, après un tour mené par Aster."
    )
    doc = run(nlp, text)
    fd = FactDoc(doc, nlp.get_pipe(FACTS_PIPE).lexicon)
    phrases = [tuple(w.split()) for w in fd.lex.words.get("counterpart_funding", ())]
    scanned = [
        (i, phrase)
        for i, word in enumerate(fd.low)
        for phrase in phrases
        if word == phrase[0] and fd.words_at(i, phrase)
    ]
    assert scanned and fd.phrase_starts("counterpart_funding") == scanned
    assert fd.date_tokens == {
        i for i in range(len(doc)) if any(s.start <= i < s.end for s in fd.dates)
    }
    for i in range(len(doc)):
        assert fd.left(i) == fd.left(i) == fd._left(i, LEFT)
        assert fd.hits(fd.left(i)) == fd._hits_in(fd.left(i))
