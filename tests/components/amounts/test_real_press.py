"""fr_amounts on the ways real French-language newsrooms write money: Quebec dollars, Swiss and
Moroccan bare figures, abbreviations of wires (``mlns``, ``mds``, ``MD€``, ``MDH``), parts
after ``dont``, signed figures, tickers of a web page."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.amounts.helpers import Expected, amounts, same

CASES: list[tuple[str, list[Expected]]] = [
    # Quebec press writes its own dollar after the figure: CAD, bare figures and "dollars" too
    (
        "La jeune pousse montréalaise Aquilon a obtenu 38 M$ auprès d'investisseurs, après un "
        "premier tour de 6 millions $ l'an dernier.",
        [(38e6, "CAD", None, None), (6e6, "CAD", None, None)],
    ),
    (
        "Le marché visé dépasse 1,5 G$ et le fonds a déjà engagé 300 millions de dollars.",
        [(1.5e9, "CAD", None, None), (300e6, "CAD", None, None)],
    ),
    # ... even beside an amount marked as US dollars
    (
        "Le fabricant québécois a réalisé un chiffre d'affaires de 120 millions $, dont 40 "
        "millions $ US aux États-Unis.",
        [(120e6, "CAD", None, None), (40e6, "USD", None, None)],
    ),
    # "M$" or "millions $" alone is no Quebec mark: others write it for US dollars
    ("Le motoriste a signé des contrats pour 850 M$ au salon.", [(850e6, "USD", None, None)]),
    ("Les ventes sont montées de 6 % à 1,45 milliard $.", [(1.45e9, "USD", None, None)]),
    # Swiss results: bare figures after a result word take the article's francs
    (
        "Le groupe vaudois a dégagé un bénéfice de 52 millions de francs. Le produit "
        "d'exploitation a progressé à 610,5 millions et les avoirs sous gestion ont atteint "
        "12,4 milliards.",
        [(52e6, "CHF", None, None), (610.5e6, "CHF", None, None), (12.4e9, "CHF", None, None)],
    ),
    # a part of the amount before "dont", whatever words follow it
    (
        "La demande a atteint 9 milliards d'euros, dont 7 milliards de la part des "
        "investisseurs institutionnels.",
        [(9e9, "EUR", None, None), (7e9, "EUR", None, None)],
    ),
    (
        "L'Etat encaissera plus de trois milliards d'euros, dont 2,6 milliards issus de la vente.",
        [(3e9, "EUR", None, "at_least"), (2.6e9, "EUR", None, None)],
    ),
    # an offer governs a bare figure: the currency of the article
    (
        "Le groupe minier revient à la charge en proposant 43 milliards aux actionnaires, après "
        "une offre de 40 milliards de dollars.",
        [(43e9, "USD", None, None), (40e9, "USD", None, None)],
    ),
    # wire abbreviations
    ("Le groupe a publié une perte de €85 mlns sur l'exercice.", [(85e6, "EUR", None, None)]),
    ("Son rival affiche 14 MD€ de revenus.", [(14e9, "EUR", None, None)]),
    (
        "L'office a réalisé un résultat net de 310 MDH et investi 1,2 MMDH, pour un dividende "
        "de 12 DH par action.",
        [(310e6, "MAD", None, None), (1.2e9, "MAD", None, None), (12.0, "MAD", None, None)],
    ),
    # a signed figure is recorded by its absolute value
    (
        "Le groupe a enregistré une perte nette de -212 millions d'euros sur l'exercice.",
        [(212e6, "EUR", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_real_press_amounts(nlp: Language, text: str, expected: list[Expected]) -> None:
    got = amounts(nlp, text)
    assert same(got, expected), got


def test_a_ticker_line_gives_no_amount(nlp: Language) -> None:
    text = (
        "CAC 40 7 812,45 +0,62 % | Vantor 171,20 € +1,1 % | Brisco 245,80 € -0,4 %\n"
        "Le sous-traitant accuse une dette de 27 millions d'euros."
    )
    assert same(amounts(nlp, text), [(27e6, "EUR", None, None)])
