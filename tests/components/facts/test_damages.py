"""Fines and damages before a court (``facts/damages.py``): the court is never the counterpart,
the party that receives the damages is; a claimant never pays. Sentences of our own, modelled
on court reports in the press (``le tribunal a condamné X à verser … à Y``, ``Y réclamait …``,
``Y obtient … de dommages et intérêts``)."""

from __future__ import annotations

from spacy.language import Language

from tests.components.facts.helpers import facts


def test_the_receiver_after_a_verb_of_paying_is_the_counterpart(nlp: Language) -> None:
    text = (
        "Le tribunal de commerce de Nantes a condamné Brelann Industries à verser 4,2 millions "
        "d'euros de dommages et intérêts à la société Kervalis pour concurrence déloyale."
    )
    assert facts(nlp, text)[0][:3] == ("fine", "Brelann Industries", "Kervalis")


def test_a_claimant_is_the_counterpart_and_the_payer_told_before_holds(nlp: Language) -> None:
    text = (
        "Le tribunal de commerce de Nantes a condamné Brelann Industries à verser 4,2 millions "
        "d'euros de dommages et intérêts à la société Kervalis. Kervalis réclamait 9 millions "
        "d'euros."
    )
    assert facts(nlp, text)[1][:3] == ("fine", "Brelann Industries", "Kervalis")


def test_damages_obtained_are_the_payers_told_before(nlp: Language) -> None:
    text = (
        "La cour d'appel de Rennes a condamné Brelann Industries à verser 4 millions d'euros à "
        "Kervalis. La société Kervalis obtient aussi 500 000 euros de dommages et intérêts."
    )
    assert facts(nlp, text)[1][:3] == ("fine", "Brelann Industries", "Kervalis")


def test_a_court_is_never_the_counterpart(nlp: Language) -> None:
    text = (
        "Le tribunal de commerce de Paris a condamné Distrimax SA à une amende civile de 4 "
        "millions d'euros."
    )
    assert facts(nlp, text)[0][:3] == ("fine", "Distrimax SA", None)


def test_a_fine_received_from_an_authority_is_paid_by_its_receiver(nlp: Language) -> None:
    text = (
        "L'Autorité de la concurrence a infligé une amende de 12 millions d'euros à Brelann "
        "Industries. Le groupe Brelann Industries a reçu une amende de 3 millions d'euros l'an "
        "dernier."
    )
    found = facts(nlp, text)
    assert found[0][:3] == ("fine", "Brelann Industries", "Autorité de la concurrence")
    assert found[1][:3] == ("fine", "Brelann Industries", "Autorité de la concurrence")


def test_a_labour_court_is_a_court_and_the_employee_receives(nlp: Language) -> None:
    text = (
        "Le conseil de prud'hommes de Nanterre a condamné Trélys SA à verser 1,4 million d'euros "
        "à son ancien directeur commercial, Frédéric Lamarque."
    )
    assert facts(nlp, text)[0][2] == "Frédéric Lamarque"
