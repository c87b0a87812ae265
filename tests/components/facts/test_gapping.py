"""A clause whose verb is left unsaid (``facts/gapping.py``): the party opening the amount's own
clause holds it, not the subject of the verb of the clause before. Sentences of our own,
modelled on results round-ups and sanction reports in the press."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.facts.helpers import facts

GAPPED = [
    (
        "Groupama Assurances Mutuelles affiche un ratio combiné de 101,8 %, et la MAIF un "
        "bénéfice de 41 millions d'euros.",
        "MAIF",
    ),
    (
        "Le chiffre d'affaires de Valdor Industries a atteint 120 millions d'euros, et celui de "
        "Mirval SA 80 millions d'euros.",
        "Mirval SA",
    ),
    (
        "Sa concurrente Blanchelin SAS écope de 28,6 millions d'euros, et la société belge "
        "Textinet, qui a dénoncé l'entente, de 12,6 millions.",
        "Textinet",
    ),
    (
        "La conserverie Maurel SAS recevra une subvention de 1,2 million d'euros, et la "
        "biscuiterie Castanet SA une avance remboursable de 800 000 euros.",
        "Castanet SA",
    ),
]


@pytest.mark.parametrize(("text", "holder"), GAPPED)
def test_the_party_opening_a_gapped_clause_holds_its_amount(
    nlp: Language, text: str, holder: str
) -> None:
    assert facts(nlp, text)[-1][1] == holder


NOT_GAPPED = [
    # a second figure of the same subject: no party opens the clause
    (
        "Le groupe Kermor a réalisé un chiffre d'affaires de 40 millions d'euros, en hausse de "
        "5 %, et un bénéfice de 3 millions d'euros.",
        "Kermor",
    ),
]


@pytest.mark.parametrize(("text", "holder"), NOT_GAPPED)
def test_a_clause_with_no_party_of_its_own_is_not_gapped(
    nlp: Language, text: str, holder: str
) -> None:
    assert facts(nlp, text)[-1][1] == holder


def test_a_brokers_gapped_target_stays_the_listed_companys(nlp: Language) -> None:
    text = (
        "Altérys a chuté en Bourse. Oddo BHF a ramené son objectif de cours de 24 à 16 euros, et "
        "Kepler Cheuvreux de 22 à 15,50 euros. Le groupe Altérys a publié ses comptes."
    )
    assert {fact[1] for fact in facts(nlp, text) if fact[0] == "share_price"} == {"Altérys"}
