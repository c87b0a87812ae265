"""Bare scaled numbers that real press governs by money without repeating the currency:

* an order book (``son carnet de commandes dépasse 2 milliards``; the orders it counts keep a
  number out: ``un carnet de commandes de 8 600 avions``);
* a repayable advance (``une avance remboursable de 1,5 million``);
* public money injected (``Québec et Ottawa injectent 300 millions``);
* a comparison by ``au lieu de`` (``2,9 milliards de bénéfices au lieu des 300 millions
  prévus``);
* a difference restating a context amount (``la dette a grimpé à 2,9 milliards, soit 200
  millions de plus``);
* what a party receives or is fined (``avait perçu 6,1 millions``, ``B écope de 28,6 millions``);
* the next members of a series whose verb and currency are elided (``B écope de 28,6 millions,
  et C de 12,6 millions``; ``…, et la société C, qui a coopéré, de 12,6 millions``), not a
  count listed after money (``et emploie 1,2 million de``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.amounts.helpers import Expected, amounts, same

CASES: list[tuple[str, list[Expected]]] = [
    (
        "L'équipementier a réalisé un chiffre d'affaires de 420 millions d'euros. Son carnet de "
        "commandes dépasse désormais 3 milliards.",
        [(420e6, "EUR", None, None), (3e9, "EUR", None, None)],
    ),
    (
        "Le motoriste a vendu pour 2 milliards d'euros de moteurs et affiche un carnet de "
        "commandes de 8 600 avions.",
        [(2e9, "EUR", None, None)],
    ),
    (
        "La région apporte 3 millions d'euros. Bpifrance lui accorde en outre une avance "
        "remboursable de 1,5 million.",
        [(3e6, "EUR", None, None), (1.5e6, "EUR", None, None)],
    ),
    (
        "Québec et Ottawa injectent 300 millions dans l'usine de cathodes. Le fabricant "
        "recevra une aide de 300 millions de dollars canadiens.",
        [(300e6, "CAD", None, None), (300e6, "CAD", None, None)],
    ),
    (
        "La Confédération affiche un excédent de 2,9 milliards de francs au lieu des 300 "
        "millions prévus au budget.",
        [(2.9e9, "CHF", None, None), (300e6, "CHF", None, None)],
    ),
    (
        "Les charges se sont élevées à 2,06 milliards de francs. La dette brute a grimpé à 2,9 "
        "milliards, soit 200 millions de plus qu'un an plus tôt.",
        [(2.06e9, "CHF", None, None), (2.9e9, "CHF", None, None), (200e6, "CHF", None, None)],
    ),
    (
        "Le directeur général a reçu une rémunération de 4,5 millions de francs suisses. Son "
        "prédécesseur avait perçu 6,1 millions.",
        [(4.5e6, "CHF", None, None), (6.1e6, "CHF", None, None)],
    ),
    (
        "Le régulateur a infligé une amende de 40 millions d'euros au premier. Le deuxième écope "
        "de 28,6 millions, et le troisième de 12,6 millions.",
        [(40e6, "EUR", None, None), (28.6e6, "EUR", None, None), (12.6e6, "EUR", None, None)],
    ),
    (
        "Le premier devra payer 51 millions d'euros. Le deuxième écope de 20 millions, et la "
        "société belge, qui a coopéré dès 2021 et obtenu une réduction, de 8,5 millions.",
        [(51e6, "EUR", None, None), (20e6, "EUR", None, None), (8.5e6, "EUR", None, None)],
    ),
    (
        "Le groupe a levé 20 millions d'euros, et la filiale, qui compte 3 000 salariés, de 4 "
        "millions de clients.",
        [(20e6, "EUR", None, None)],
    ),
    (
        "Le tribunal condamne Alpha à 9 millions de dollars, Beta à 4,5 millions et Gamma à 2 "
        "millions.",
        [(9e6, "USD", None, None), (4.5e6, "USD", None, None), (2e6, "USD", None, None)],
    ),
    (
        "Le tribunal a condamné l'enseigne à 3 millions d'euros d'amende. Le ministre réclamait "
        "9 millions.",
        [(3e6, "EUR", None, None), (9e6, "EUR", None, None)],
    ),
    (
        "Le directeur a touché 6,2 millions de francs suisses. La hausse tient au bonus, passé de "
        "1,2 à 2,7 millions.",
        [(6.2e6, "CHF", None, None), (1.2e6, "CHF", None, None), (2.7e6, "CHF", None, None)],
    ),
    (
        "Le Trésor a levé 150 milliards de francs CFA. L'émission initiale était de 125 milliards.",
        [(150e9, "XOF", None, None), (125e9, "XOF", None, None)],
    ),
    (
        "Le groupe a vendu pour 300 millions d'euros. Les émissions ont atteint 1,8 million.",
        [(300e6, "EUR", None, None)],
    ),
    (
        "La société a levé 10 millions d'euros, et emploie 1,2 million de saisonniers.",
        [(10e6, "EUR", None, None)],
    ),
    (
        "La société a levé 10 millions d'euros. Son application compte 2 millions.",
        [(10e6, "EUR", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_context_press(nlp: Language, text: str, expected: list[Expected]) -> None:
    got = amounts(nlp, text)
    assert same(got, expected), got
