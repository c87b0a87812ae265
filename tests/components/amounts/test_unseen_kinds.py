"""fr_amounts: kinds of construction found on press we had not tuned on (session 8), each with
sentences of our own modelled on how newsrooms write them."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.amounts.helpers import Expected, amounts, same

# ---- a country named far more often than the others it mentions -----------------------------

DOMINANT_COUNTRY: list[tuple[str, list[Expected]]] = [
    # a Tunisian dispatch naming its export markets: its bare dinars are Tunisian
    (
        "Tunis (TAP) - Le groupe tunisien, coté à la Bourse de Tunis, a gagné 12 millions de "
        "dinars, grâce à ses ventes vers l'Algérie. Il verse 0,400 dinar par action.",
        [(12e6, "TND", None, None), (0.4, "TND", None, None)],
    ),
    # an Algerian one naming Tunisia once: Algerian dinars
    (
        "Alger - Le groupe algérien, qui exporte vers la Tunisie, a investi 3 milliards de "
        "dinars à Alger.",
        [(3e9, "DZD", None, None)],
    ),
    # evidence split evenly: the default guess stays
    (
        "Le port relie l'Algérie et la Tunisie ; un prêt de 20 millions de dinars a été signé.",
        [(20e6, "DZD", None, None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), DOMINANT_COUNTRY, ids=[t[:40] for t, _ in DOMINANT_COUNTRY]
)
def test_bare_form_follows_the_country_named_most(
    amounts_nlp: Language, text: str, expected: list[Expected]
) -> None:
    """Several countries named: the one named at least twice as often as any other wins."""
    got = amounts(amounts_nlp, text)
    assert same(got, expected), got


# ---- signs of the Tunisian and Quebec press ----------------------------------------------------

PRESS_SIGNS: list[tuple[str, list[Expected]]] = [
    ("La banque proposera un dividende de 0,420 Tnd par action.", [(0.42, "TND", None, None)]),
    ("Le produit net bancaire atteint 498,120 MTND.", [(498.12e6, "TND", None, None)]),
    ("Le titre a clôturé à 6,250 Dt.", [(6.25, "TND", None, None)]),
    ("Le groupe investit 35 MDt par an.", [(35e6, "TND", None, None)]),
    # a sign first and a decimal comma: "$0,275" is no 275 (thousands never open with 0)
    (
        "MONTRÉAL - Le groupe québécois versera un dividende de $0,275 par action.",
        [(0.275, "CAD", None, None)],
    ),
    ("Le prix est passé à $1,500 pour les abonnés.", [(1500.0, "USD", None, None)]),
    # cents of a named dollar
    (
        "L'assureur a gagné 1,12 dollar canadien par action, contre 67 cents canadiens.",
        [(1.12, "CAD", None, None), (0.67, "CAD", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRESS_SIGNS, ids=[t[:40] for t, _ in PRESS_SIGNS])
def test_press_signs(amounts_nlp: Language, text: str, expected: list[Expected]) -> None:
    """``Tnd``, ``MTND``, ``Dt``, ``$0,275``, ``cents canadiens``."""
    got = amounts(amounts_nlp, text)
    assert same(got, expected), got


# ---- a scaled number without currency, governed by money ------------------------------------

CONTEXT: list[tuple[str, list[Expected]]] = [
    # a money noun after it: "d'avances remboursables", "d'économies" count nothing
    (
        "Le plan de 30 millions d'euros réunit 12 millions d'euros de subventions et 9 millions "
        "d'avances remboursables.",
        [(30e6, "EUR", None, None), (12e6, "EUR", None, None), (9e6, "EUR", None, None)],
    ),
    (
        "Le groupe vise un chiffre d'affaires de 2 milliards d'euros et 150 millions d'économies.",
        [(2e9, "EUR", None, None), (150e6, "EUR", None, None)],
    ),
    # a court's figure of the harm
    (
        "La société réclamait 8 millions d'euros ; le tribunal a retenu un préjudice de 3,2 "
        "millions.",
        [(8e6, "EUR", None, None), (3.2e6, "EUR", None, None)],
    ),
    # verbs of a funding round
    (
        "Après un premier tour de 4 millions d'euros, la jeune pousse réunit 11 millions auprès "
        "de deux fonds.",
        [(4e6, "EUR", None, None), (11e6, "EUR", None, None)],
    ),
    (
        "La fintech, qui avait levé 5 millions d'euros, a récolté 7,5 millions cette année.",
        [(5e6, "EUR", None, None), (7.5e6, "EUR", None, None)],
    ),
    # the number is the subject of a money verb in the passive
    (
        "Le budget atteint 90 millions d'euros. Trente millions seront investis dans l'usine.",
        [(90e6, "EUR", None, None), (30e6, "EUR", None, None)],
    ),
    (
        "Le projet coûte 50 millions d'euros, dont 20 millions ont déjà été levés.",
        [(50e6, "EUR", None, None), (20e6, "EUR", None, None)],
    ),
    # ... but a count stays out, and so does the subject of another verb after an amount
    (
        "La pétition a réuni 2 millions de signatures ; l'association a levé 3 millions d'euros.",
        [(3e6, "EUR", None, None)],
    ),
    (
        "Le groupe a vendu pour 30 milliards d'euros ; 3 millions sont attendus l'an prochain.",
        [(30e9, "EUR", None, None)],
    ),
    # "autres" between the number and its scale
    (
        "L'État ajoute trois autres millions d'euros au fonds.",
        [(3e6, "EUR", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONTEXT, ids=[t[:40] for t, _ in CONTEXT])
def test_context_money(amounts_nlp: Language, text: str, expected: list[Expected]) -> None:
    """Money nouns after the number, harm, funding verbs, a passive money verb, ``autres``."""
    got = amounts(amounts_nlp, text)
    assert same(got, expected), got


# ---- a rise and a level: "en hausse de X à Y" is two amounts, no range ------------------------

CHANGE_NOUNS: list[tuple[str, list[Expected]]] = [
    (
        "L'excédent brut est en hausse de 412 millions de FCFA à 8,3 milliards de FCFA.",
        [(412e6, "XOF", None, None), (8.3e9, "XOF", None, None)],
    ),
    (
        "Le résultat net, en repli de 2 à 15 millions d'euros, déçoit.",
        [(2e6, "EUR", None, None), (15e6, "EUR", None, None)],
    ),
    # a verb of change governing its object: "relevé son objectif de cours de X à Y"
    (
        "La banque a relevé son objectif de cours de 14,5 euros à 17 euros.",
        [(14.5, "EUR", None, None), (17.0, "EUR", None, None)],
    ),
    (
        "Le groupe a abaissé sa prévision de marge de 300 millions d'euros à 240 millions.",
        [(300e6, "EUR", None, None), (240e6, "EUR", None, None)],
    ),
    # a plain "de X à Y" stays a range
    (
        "Le prix visé va de 5 à 7 millions d'euros.",
        [(5e6, "EUR", 7e6, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CHANGE_NOUNS, ids=[t[:40] for t, _ in CHANGE_NOUNS])
def test_change_nouns(amounts_nlp: Language, text: str, expected: list[Expected]) -> None:
    """``en hausse de``, ``en repli de``: the change, then the level."""
    got = amounts(amounts_nlp, text)
    assert same(got, expected), got


# ---- a bare number before an amount that takes the currency of the one before: a range ------

BARE_RANGE_AFTER_ELLIPSIS: list[tuple[str, list[Expected]]] = [
    (
        "La jeune pousse lève 6 M€, soit une valorisation de 30 à 35 millions.",
        [(6e6, "EUR", None, None), (30e6, "EUR", 35e6, None)],
    ),
    (
        "Le fonds a investi 12 M€, pour une valorisation comprise entre 60 et 70 millions.",
        [(12e6, "EUR", None, None), (60e6, "EUR", 70e6, None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    BARE_RANGE_AFTER_ELLIPSIS,
    ids=[t[:40] for t, _ in BARE_RANGE_AFTER_ELLIPSIS],
)
def test_bare_range_after_ellipsis(
    amounts_nlp: Language, text: str, expected: list[Expected]
) -> None:
    """``de 30 à 35 millions`` after ``6 M€``: one range in euros, not its second end alone."""
    got = amounts(amounts_nlp, text)
    assert same(got, expected), got
