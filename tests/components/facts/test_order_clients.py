"""The client of an order named by ``de`` after a noun of an order
(``counterparts.client_after_order_noun``), in the amount's sentence, the one before, or a title
cut at its colon; never an order book's owner. Sentences of our own, modelled on rail and
defence order news in the press."""

from __future__ import annotations

from spacy.language import Language

from tests.components.facts.helpers import facts


def test_the_client_named_in_the_sentence_before_the_amount(nlp: Language) -> None:
    text = (
        "Le constructeur Alvéa a remporté une commande de la SNCF pour 30 rames. Le contrat, "
        "d'un montant de 450 millions d'euros, sera livré en 2028."
    )
    assert facts(nlp, text)[0][:3] == ("order", "Alvéa", "SNCF")


def test_a_title_names_the_client_before_its_colon(nlp: Language) -> None:
    text = "Commande de la RATP pour Alvéa Rail : 300 millions d'euros"
    assert facts(nlp, text)[0][:3] == ("order", "Alvéa Rail", "RATP")


def test_an_order_books_owner_is_no_client(nlp: Language) -> None:
    text = "Le carnet de commandes d'Alstom atteint 90 milliards d'euros."
    assert facts(nlp, text)[0][:3] == ("order", "Alstom", None)
