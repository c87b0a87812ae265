"""fr_amounts: broad rules that act when no specific cue matched (session 10), each checked on
several wordings of our own, modelled on Swiss, Belgian, Quebec, Moroccan, West African and
Nigerian business pages: the last-resort currency of a number's sentence, the currency of the
last paragraph with amounts, a lower place joined by ``et``, per-unit prices, a purpose clause
of a money verb, ``Cfa`` alone and the press's ``trillion``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.amounts.helpers import Expected, amounts, same

# ---- last resort: an amount of the number's sentence gives its currency ----------------------

SENTENCE_CURRENCY: list[tuple[str, list[Expected]]] = [
    # compared, after a change in between, with a sum of the same sentence
    (
        "La chaîne a vu ses revenus publicitaires fondre à 310 millions d'euros, loin des 450 "
        "millions de l'âge d'or.",
        [(310e6, "EUR", None, None), (450e6, "EUR", None, None)],
    ),
    # the bare number first, the currency later in the sentence
    (
        "Hors éléments exceptionnels, il se serait établi à 58 millions, contre 61,5 millions de "
        "dollars canadiens en 2024.",
        [(58e6, "CAD", None, None), (61.5e6, "CAD", None, None)],
    ),
    # "de la Région": a definite article says whose the sum is, not what it counts
    (
        "Avec 12 millions de la Région et 3,5 millions de dirhams de l'Etat, le projet est bouclé.",
        [(12e6, "MAD", None, None), (3.5e6, "MAD", None, None)],
    ),
    (
        "Le club a touché 41 millions de francs, dont une partie des 9 millions de la Ligue.",
        [(41e6, "CHF", None, None), (9e6, "CHF", None, None)],
    ),
]

NOT_SENTENCE_CURRENCY: list[tuple[str, list[Expected]]] = [
    # a count, said by the verb before it
    (
        "Le pays compte 48 millions, et son PIB atteint 300 milliards de dollars.",
        [(300e9, "USD", None, None)],
    ),
    # the subject of a verb of its own
    (
        "Près de 3 millions sont attendus au salon, qui a coûté 20 millions d'euros.",
        [(20e6, "EUR", None, None)],
    ),
    # what it counts follows it
    (
        "La plateforme revendique 9 millions d'utilisateurs et a levé 40 millions d'euros.",
        [(40e6, "EUR", None, None)],
    ),
    # assets are money only when a money word governs them
    (
        "Le régime gère 30 millions d'actifs et coûte 300 milliards d'euros par an.",
        [(300e9, "EUR", None, None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    SENTENCE_CURRENCY + NOT_SENTENCE_CURRENCY,
    ids=[t[:40] for t, _ in SENTENCE_CURRENCY + NOT_SENTENCE_CURRENCY],
)
def test_sentence_gives_the_currency_as_a_last_resort(
    amounts_nlp: Language, text: str, expected: list[Expected]
) -> None:
    got = amounts(amounts_nlp, text)
    assert same(got, expected), got


COUNTED_BY_THE_PARSE: list[tuple[str, list[Expected]]] = [
    # the subject of its verb is a count
    (
        "Le nombre d'abonnés atteint 4 millions, pour un chiffre d'affaires de 2 milliards "
        "d'euros.",
        [(2e9, "EUR", None, None)],
    ),
    # the noun it completes is a count
    (
        "La ville, dont la population de 2 millions ne cesse de croître, a investi 300 "
        "millions d'euros.",
        [(300e6, "EUR", None, None)],
    ),
    (
        "Le réseau, fort d'une fréquentation de 80 millions en 2025, a reçu 150 millions de "
        "francs de subventions.",
        [(150e6, "CHF", None, None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), COUNTED_BY_THE_PARSE, ids=[t[:40] for t, _ in COUNTED_BY_THE_PARSE]
)
def test_a_count_by_the_parse_takes_no_currency(
    nlp: Language, text: str, expected: list[Expected]
) -> None:
    got = amounts(nlp, text)
    assert same(got, expected), got


# ---- a money word, no currency in the paragraph: the last paragraph with amounts -------------

LAST_PARAGRAPH: list[tuple[str, list[Expected]]] = [
    (
        "La société a levé 8 millions d'euros en 2023.\nSon chiffre d'affaires atteindra 15 "
        "millions cette année.\nLe marché mondial pèse 40 milliards de dollars.",
        [(8e6, "EUR", None, None), (15e6, "EUR", None, None), (40e9, "USD", None, None)],
    ),
    (
        "Le fonds a investi 30 millions de francs suisses dans la start-up.\nSa valorisation "
        "dépasse désormais 200 millions.\nAux Etats-Unis, ses concurrents ont levé 1 milliard "
        "de dollars.",
        [(30e6, "CHF", None, None), (200e6, "CHF", None, None), (1e9, "USD", None, None)],
    ),
    # that paragraph mixes currencies: the number stays out
    (
        "Le groupe a levé 20 millions d'euros et 10 millions de dollars.\nLa réserve atteindra "
        "50 millions.\nUn autre fonds a levé 5 millions de livres sterling.",
        [(20e6, "EUR", None, None), (10e6, "USD", None, None), (5e6, "GBP", None, None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), LAST_PARAGRAPH, ids=[t[:40] for t, _ in LAST_PARAGRAPH]
)
def test_money_word_takes_the_last_paragraph_currency(
    amounts_nlp: Language, text: str, expected: list[Expected]
) -> None:
    got = amounts(amounts_nlp, text)
    assert same(got, expected), got


# ---- a lower place joined by "et" ------------------------------------------------------------

LOWER_PLACE: list[tuple[str, list[Expected]]] = [
    (
        "Le cimentier a réalisé un chiffre d'affaires de 12 milliards et 350 millions de dirhams.",
        [(12.35e9, "MAD", None, None)],
    ),
    (
        "Le budget atteint deux milliards et trois cents millions de francs CFA.",
        [(2.3e9, "XOF", None, None)],
    ),
    (
        "Sa filiale japonaise a perdu 10 milliards et 500 millions de yens.",
        [(10.5e9, "JPY", None, None)],
    ),
    # a second sum of the same or a larger scale is no lower place
    (
        "Le groupe a levé 3 milliards et 4 milliards de dollars en deux tours.",
        [(3e9, "USD", None, None), (4e9, "USD", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LOWER_PLACE, ids=[t[:40] for t, _ in LOWER_PLACE])
def test_lower_place_joined_by_et(
    amounts_nlp: Language, text: str, expected: list[Expected]
) -> None:
    got = amounts(amounts_nlp, text)
    assert same(got, expected), got


# ---- per-unit prices without their currency ----------------------------------------------------

PER_UNIT: list[tuple[str, list[Expected]]] = [
    (
        "Le kilo de cacao se négocie à 1 100 francs CFA à Abidjan ; les planteurs réclament "
        "1 400 le kilo.",
        [(1100.0, "XOF", None, None), (1400.0, "XOF", None, None)],
    ),
    (
        "L'offre de 45 euros par action valorise la société à 2 milliards d'euros ; certains "
        "actionnaires espéraient 52 l'action.",
        [(45.0, "EUR", None, None), (2e9, "EUR", None, None), (52.0, "EUR", None, None)],
    ),
    (
        "La coopérative a vendu son lait 0,42 dollar canadien le litre l'an dernier.\nCette "
        "année, elle en obtient 0,47 le litre.",
        [(0.42, "CAD", None, None), (0.47, "CAD", None, None)],
    ),
    # no currency in the article: nothing to give
    ("Le kilo se vend 1 400 le kilo sur les marchés de Bouaké.", []),
]


@pytest.mark.parametrize(("text", "expected"), PER_UNIT, ids=[t[:40] for t, _ in PER_UNIT])
def test_per_unit_price_takes_the_context_currency(
    amounts_nlp: Language, text: str, expected: list[Expected]
) -> None:
    got = amounts(amounts_nlp, text)
    assert same(got, expected), got


# ---- a purpose clause of a money verb after the number ----------------------------------------

PURPOSE: list[tuple[str, list[Expected]]] = [
    (
        "Le laitier a allongé 1,3 milliard pour acheter son concurrent australien, après avoir "
        "dépensé 2 milliards de dollars canadiens en 2024.",
        [(1.3e9, "CAD", None, None), (2e9, "CAD", None, None)],
    ),
    (
        "L'Etat débloque 500 millions afin de financer les usines ; il avait déjà versé 200 "
        "millions d'euros.",
        [(500e6, "EUR", None, None), (200e6, "EUR", None, None)],
    ),
    (
        "Le groupe a mis 2 milliards sur la table pour racheter le cimentier, dont la dette "
        "atteint 900 millions de francs.",
        [(2e9, "CHF", None, None), (900e6, "CHF", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PURPOSE, ids=[t[:40] for t, _ in PURPOSE])
def test_purpose_clause_of_a_money_verb(
    amounts_nlp: Language, text: str, expected: list[Expected]
) -> None:
    got = amounts(amounts_nlp, text)
    assert same(got, expected), got


# ---- written forms of African and Nigerian pages ---------------------------------------------

WRITTEN_FORMS: list[tuple[str, list[Expected]]] = [
    (
        "La convention, d'un montant de 111,26 milliards de Cfa, a été signée à Dakar.",
        [(111.26e9, "XOF", None, None)],
    ),
    ("Le projet coûtera 45 milliards CFA à l'Etat.", [(45e9, "XOF", None, None)]),
    # "trillion" is the English word in this press: 10^12
    (
        "Les banques ont dégagé un bénéfice cumulé de 1,89 trillion de nairas.",
        [(1.89e12, "NGN", None, None)],
    ),
    (
        "Le budget fédéral prévoit 54,9 trillions de nairas de dépenses.",
        [(54.9e12, "NGN", None, None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), WRITTEN_FORMS, ids=[t[:40] for t, _ in WRITTEN_FORMS]
)
def test_african_written_forms(amounts_nlp: Language, text: str, expected: list[Expected]) -> None:
    got = amounts(amounts_nlp, text)
    assert same(got, expected), got


# ---- what a million counts is plural: a singular noun after "de" names what the sum is for ---

SINGULAR_AFTER_DE: list[tuple[str, list[Expected]]] = [
    (
        "Le plan de 8 milliards de francs comprend 5 milliards de soutien aux entreprises et 3 "
        "milliards de garantie.",
        [(8e9, "CHF", None, None), (5e9, "CHF", None, None), (3e9, "CHF", None, None)],
    ),
    (
        "La PME a acheté pour 3 millions de matériel, après avoir levé 10 millions d'euros.",
        [(3e6, "EUR", None, None), (10e6, "EUR", None, None)],
    ),
    (
        "Le diffuseur a encaissé 2,4 milliards de dollars, dont 400 millions de publicité en "
        "ligne.",
        [(2.4e9, "USD", None, None), (400e6, "USD", None, None)],
    ),
    # plural nouns and acronyms count
    (
        "Le réseau transporte 4 millions de voyageurs et a coûté 2 milliards d'euros.",
        [(2e9, "EUR", None, None)],
    ),
    (
        "Le pays compte 4 millions de PME, qui ont emprunté 90 milliards d'euros.",
        [(90e9, "EUR", None, None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), SINGULAR_AFTER_DE, ids=[t[:40] for t, _ in SINGULAR_AFTER_DE]
)
def test_singular_noun_after_de_is_no_count(
    amounts_nlp: Language, text: str, expected: list[Expected]
) -> None:
    got = amounts(amounts_nlp, text)
    assert same(got, expected), got
