"""fr_amounts: which dollar (franc, dinar, peso, couronne, livre…) a bare form means, by
what the article says."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.amounts.helpers import Expected, amounts, same

BY_COUNTRY: list[tuple[str, list[Expected]]] = [
    # francs CFA: West African by default, Central African when the article says so
    ("Un projet de 3 milliards de francs CFA à Dakar.", [(3e9, "XOF", None, None)]),
    ("Le budget atteint 3 milliards de FCFA.", [(3e9, "XOF", None, None)]),
    ("Le budget atteint 3 milliards FCFA.", [(3e9, "XOF", None, None)]),
    ("Au Cameroun, l'État a emprunté 200 milliards de francs CFA.", [(200e9, "XAF", None, None)]),
    ("Libreville a obtenu 50 milliards de FCFA de la BEAC.", [(50e9, "XAF", None, None)]),
    # a dateline in capitals names the place as well as its spelling in a sentence
    (
        "MONTRÉAL — Le fonds a accordé un prêt de 50 millions $ à la coopérative.",
        [(50e6, "CAD", None, None)],
    ),
    ("TORONTO (PC) — La minière a levé 80 millions de dollars.", [(80e6, "CAD", None, None)]),
    ("YAOUNDÉ - La brasserie a investi 12 milliards de francs CFA.", [(12e9, "XAF", None, None)]),
    ("À Douala, le port a encaissé 40 milliards de FCFA.", [(40e9, "XAF", None, None)]),
    ("ABIDJAN - La banque a prêté 40 milliards de FCFA.", [(40e9, "XOF", None, None)]),
    # dinars and pesos follow the country of the article
    ("Un prêt de 20 millions de dinars a été accordé.", [(20e6, "DZD", None, None)]),
    ("En Tunisie, la banque prête 20 millions de dinars.", [(20e6, "TND", None, None)]),
    ("Sonatrach, le géant algérien, investit 20 millions de dinars.", [(20e6, "DZD", None, None)]),
    ("Le Koweït a placé 3 milliards de dinars.", [(3e9, "KWD", None, None)]),
    ("Un contrat de 2 milliards de pesos a été signé.", [(2e9, "MXN", None, None)]),
    ("En Argentine, le ticket de métro coûte 2 000 pesos.", [(2000.0, "ARS", None, None)]),
    (
        "La banque centrale chilienne a injecté 1 000 milliards de pesos.",
        [(1e12, "CLP", None, None)],
    ),
    (
        "Ecopetrol, le pétrolier colombien, a gagné 5 milliards de pesos.",
        [(5e9, "COP", None, None)],
    ),
    # bare "couronnes" and "roupies" follow the country of the article
    ("Un contrat de 7,5 milliards de couronnes a été signé.", [(7.5e9, "SEK", None, None)]),
    ("Le danois Ørsted a perdu 7,5 milliards de couronnes.", [(7.5e9, "DKK", None, None)]),
    ("Une usine de 300 millions de roupies en Inde.", [(300e6, "INR", None, None)]),
    ("Une usine de 300 millions de roupies au Pakistan.", [(300e6, "PKR", None, None)]),
    # bare "livres" in an Egyptian article
    (
        "L'Égypte a emprunté 30 milliards de livres égyptiennes, puis un prêt de 10 milliards de "
        "livres.",
        [(30e9, "EGP", None, None), (10e9, "EGP", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BY_COUNTRY, ids=[t for t, _ in BY_COUNTRY])
def test_bare_form_follows_the_country_of_the_article(
    amounts_nlp: Language, text: str, expected: list[Expected]
) -> None:
    """Francs CFA, dinars, pesos, couronnes, roupies, livres: the country of the article."""
    got = amounts(amounts_nlp, text)
    assert same(got, expected), got


# ---- a bare "livres": pounds only in a money context ----------------------------------------

LIVRES: list[tuple[str, list[Expected]]] = [
    # money context: payment, money nouns, a British article
    ("Le club anglais a été racheté pour 2 millions de livres.", [(2e6, "GBP", None, None)]),
    ("L'éditeur a été vendu pour 30 millions de livres.", [(30e6, "GBP", None, None)]),
    (
        "Harwell a réalisé un chiffre d'affaires de 214 millions de livres.",
        [(214e6, "GBP", None, None)],
    ),
    ("Au Royaume-Uni, le groupe investira 500 millions de livres.", [(500e6, "GBP", None, None)]),
    ("Le Brexit a coûté 100 milliards de livres à l'économie.", [(100e9, "GBP", None, None)]),
    ("Le prix du pain atteint 1,20 livre à Londres.", [(1.2, "GBP", None, None)]),
    ("Outre-Manche, il gagne 10 000 livres par mois.", [(10e3, "GBP", None, None)]),
    (
        "La BBC, qui a payé 3 millions de livres sterling, en réclame 4 millions de livres.",
        [(3e6, "GBP", None, None), (4e6, "GBP", None, None)],
    ),
    # books
    ("Le groupe a vendu 2 millions de livres l'an dernier.", []),
    ("L'éditeur a écoulé 300 000 livres de poche.", []),
    ("L'auteur a vendu plus de 2 millions de livres dans le monde.", []),
    ("Au Royaume-Uni, l'éditeur a imprimé 3 millions de livres.", []),
    ("La bibliothèque municipale prête 40 000 livres par an.", []),
    (
        "La librairie a vendu 20 000 livres pour un chiffre d'affaires de 300 000 euros.",
        [(300e3, "EUR", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LIVRES, ids=[t for t, _ in LIVRES])
def test_bare_livres_need_a_money_context(
    amounts_nlp: Language, text: str, expected: list[Expected]
) -> None:
    got = amounts(amounts_nlp, text)
    assert same(got, expected), got


# ---- article-level dollar ------------------------------------------------------------------

DOLLAR_CASES = [
    ("Apple a annoncé un bénéfice de 20 milliards de dollars.", "USD"),
    ("Le titre, coté à la Bourse de Toronto, a clôturé à 45,20 $.", "CAD"),
    ("Le groupe, coté au TSX, vise 2 milliards de dollars de ventes.", "CAD"),
    # an exchange named in the sentence of a bare dollar gives it, even when the article writes
    # another dollar out
    (
        "La minière a levé 30 millions de dollars australiens. Coté à la Bourse de Sydney, "
        "le titre vaut 2 $.",
        "AUD",
    ),
    # an article that writes a dollar out marks the one that is not the default: a bare dollar
    # elsewhere is the US one
    ("La minière a levé 30 millions de dollars australiens ; elle vise 2 milliards de $.", "USD"),
    (
        "À la Bourse de Toronto, l'action gagnait 5,8 %, à 214,50 $ CA.\nLe carnet de commandes "
        "atteint 16,1 milliards de dollars.",
        "USD",
    ),
    (
        "Le groupe vise 9 milliards de dollars américains de revenus.\nCoté au TSX, il a dégagé "
        "un bénéfice de 1,12 $ par action.",
        "CAD",
    ),
    (
        "Le groupe québécois vise 9 milliards de dollars américains de revenus. Son bénéfice "
        "ajusté atteint 1,12 $ par action, et sa dette 4 milliards de dollars.",
        "USD",
    ),
    ("Le titre a clôturé à 45,20 $ sur le Nasdaq.", "USD"),
]


@pytest.mark.parametrize(("text", "iso"), DOLLAR_CASES)
def test_bare_dollar_follows_the_article(amounts_nlp: Language, text: str, iso: str) -> None:
    got = amounts(amounts_nlp, text)
    assert got and got[-1][1] == iso, got


def test_bare_dollar_restating_an_explicit_amount_takes_its_currency(amounts_nlp: Language) -> None:
    text = (
        "Le québécois rachète le japonais pour 47 milliards de dollars.\n"
        "L'offre valorise la cible à 47 milliards de dollars américains, soit 67,5 milliards de "
        "dollars canadiens. Le titre a clôturé à 72,40 $ à la Bourse de Toronto."
    )
    assert [c for _, c, _, _ in amounts(amounts_nlp, text)] == ["USD", "USD", "CAD", "CAD"]


def test_bare_dollar_stays_usd_when_evidence_conflicts(amounts_nlp: Language) -> None:
    text = (
        "Le groupe, coté à la Bourse de Toronto et à la Bourse de Sydney, "
        "a réalisé 3 milliards de dollars."
    )
    assert amounts(amounts_nlp, text)[-1][1] == "USD"
