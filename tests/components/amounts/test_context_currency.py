"""fr_amounts: a scaled number written without currency, governed by a money word, takes the
currency of its context."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.amounts.helpers import Expected, amounts, same

# ---- scaled numbers without currency, governed by a money word ------------------------------
# A scaled number (milliard, million, Md, M) with no currency, governed by a money noun or verb
# and counting nothing, takes the currency of the nearest amount of its paragraph, else the
# article's one currency; with neither, or with a count after it, it stays out.

CONTEXT_CURRENCY: list[tuple[str, list[Expected]]] = [
    # AFP dépêche: the currency is given in a later sentence of the paragraph
    (
        "Le groupe a réalisé un chiffre d'affaires de 1,04 milliard en 2024. Il a versé "
        "120 millions d'euros de dividendes.",
        [(1.04e9, "EUR", None, None), (120e6, "EUR", None, None)],
    ),
    # an earlier amount of the paragraph gives it
    (
        "La biotech a levé 40 millions de dollars en mars. Sa perte nette atteint 200 millions.",
        [(40e6, "USD", None, None), (200e6, "USD", None, None)],
    ),
    # the nearest amount of the paragraph wins over a farther one in another currency
    (
        "Le groupe suisse a dégagé 3 milliards de francs suisses.\nSon rachat de la filiale "
        "américaine pour 2 milliards de dollars la valorise 2,4 milliards.",
        [(3e9, "CHF", None, None), (2e9, "USD", None, None), (2.4e9, "USD", None, None)],
    ),
    # another paragraph: the article's one currency
    (
        "Le fonds a investi 15 millions d'euros dans la start-up.\nValorisée 3 milliards, "
        "celle-ci vise la rentabilité.",
        [(15e6, "EUR", None, None), (3e9, "EUR", None, None)],
    ),
    # money verbs: lever, valoriser, racheter, coûter, débourser
    (
        "Le promoteur a déboursé 12 millions pour le terrain, contre un prix de 9 millions "
        "d'euros en 2020.",
        [(12e6, "EUR", None, None), (9e6, "EUR", None, None)],
    ),
    (
        "Selon nos informations, l'opération coûtera quelque 200 millions. Le budget initial "
        "était de 150 millions d'euros.",
        [(200e6, "EUR", None, "approx"), (150e6, "EUR", None, None)],
    ),
    # Les Echos-style analysis: abbreviations without currency, a money word after the number
    (
        "Le CA recule à 1,04 Md, après 1,2 Md€ l'an passé.",
        [(1.04e9, "EUR", None, None), (1.2e9, "EUR", None, None)],
    ),
    (
        "Le distributeur affiche 300 millions de bénéfice. Ses ventes dépassent 2 milliards "
        "d'euros.",
        [(300e6, "EUR", None, None), (2e9, "EUR", None, None)],
    ),
    # a time word after the number is no count
    (
        "Ses fonds propres atteignaient 41 millions fin décembre. Elle avait levé 25 millions "
        "d'euros en 2023.",
        [(41e6, "EUR", None, None), (25e6, "EUR", None, None)],
    ),
    # qualifiers, approximate nouns and a change in the subject's verb phrase
    (
        "La dette nette ne baisse que de 0,1 milliard, à 54,3 Md€.",
        [(0.1e9, "EUR", None, None), (54.3e9, "EUR", None, None)],
    ),
    (
        "L'amende pourrait atteindre une dizaine de millions, a indiqué l'avocat. La société "
        "avait déjà payé 2 millions d'euros.",
        [(10e6, "EUR", None, "approx"), (2e6, "EUR", None, None)],
    ),
    # regional press: ranges and changes without currency share it
    (
        "La communauté de communes a voté 5 millions d'euros de travaux. Le coût total est "
        "estimé entre 16 et 18 millions.",
        [(5e6, "EUR", None, None), (16e6, "EUR", 18e6, None)],
    ),
    (
        "La coopérative a touché 2 millions d'euros d'aides. Son chiffre d'affaires est passé "
        "de 10 à 12 millions.",
        [(2e6, "EUR", None, None), (10e6, "EUR", None, None), (12e6, "EUR", None, None)],
    ),
    # a percentage or a year between the money word and the number does not stop it
    (
        "Le groupe a levé 5 millions d'euros. Son chiffre d'affaires, en hausse de 12 %, "
        "atteint 1,04 milliard.",
        [(5e6, "EUR", None, None), (1.04e9, "EUR", None, None)],
    ),
    (
        "Ankara a emprunté 2 milliards de livres turques. Le budget 2025 s'établit à "
        "900 milliards.",
        [(2e9, "TRY", None, None), (900e9, "TRY", None, None)],
    ),
    # compared with a context amount just before it
    (
        "Le groupe, qui a levé 5 millions d'euros, dégage une perte de 1,04 milliard, contre "
        "980 millions un an plus tôt.",
        [(5e6, "EUR", None, None), (1.04e9, "EUR", None, None), (980e6, "EUR", None, None)],
    ),
    # a long subject linked to the number by a verb of reach
    (
        "Le groupe a levé 5 millions d'euros. Le chiffre d'affaires du pôle de distribution "
        "alsacien du groupe atteint 1,04 milliard.",
        [(5e6, "EUR", None, None), (1.04e9, "EUR", None, None)],
    ),
    # interview: the question gives the currency, the answer the number
    (
        "— Combien avez-vous investi en 2024, 50 millions d'euros ?\n— Nous avons investi "
        "80 millions, et nous investirons davantage.",
        [(50e6, "EUR", None, None), (80e6, "EUR", None, None)],
    ),
    # a target or a weight after an amount of the previous sentence
    (
        "La société réalise 38 millions d'euros de chiffre d'affaires. Elle vise 60 millions en "
        "2027.",
        [(38e6, "EUR", None, None), (60e6, "EUR", None, None)],
    ),
    (
        "Les sinistres ont coûté 5,8 milliards d'euros. Les crues ont pesé pour 2,1 milliards.",
        [(5.8e9, "EUR", None, None), (2.1e9, "EUR", None, None)],
    ),
    # a part of the amount just before it, with a payment term or an addition after it
    (
        "Le prix s'élève à 410 millions d'euros, dont 150 millions payables en 2027.",
        [(410e6, "EUR", None, None), (150e6, "EUR", None, None)],
    ),
    # from one amount to another: "de X (en 2025) à Y €"
    (
        "La charge d'intérêts passerait de 59 milliards en 2025 à 100 milliards d'euros en 2029.",
        [(59e9, "EUR", None, None), (100e9, "EUR", None, None)],
    ),
    # a verb committing money governs the number
    (
        "L'État apporte 300 millions d'euros. La Région débloque 150 millions pour les PME.",
        [(300e6, "EUR", None, None), (150e6, "EUR", None, None)],
    ),
    # assets under management ("d'encours") are money
    (
        "La filiale gère 36,2 milliards d'euros et vise 50 milliards d'encours en 2030.",
        [(36.2e9, "EUR", None, None), (50e9, "EUR", None, None)],
    ),
    # a conversion in brackets is no second currency of the article: another paragraph's
    # elided amount still takes the article's currency
    (
        "Le groupe rachète la laiterie pour 42 milliards de FCFA (64 millions d'euros).\n"
        "Il prévoit d'investir 8 milliards supplémentaires d'ici 2028.",
        [(42e9, "XOF", None, None), (64e6, "EUR", None, None), (8e9, "XOF", None, None)],
    ),
    (
        "La société a été cédée pour 1,2 milliard de dollars (environ 1,1 milliard d'euros).\n"
        "Son nouveau propriétaire veut investir 300 millions dans les usines.",
        [(1.2e9, "USD", None, None), (1.1e9, "EUR", None, "approx"), (300e6, "USD", None, None)],
    ),
    # a club's accounts: revenue streams after a "dont" part, the wage bill
    (
        "Le club a réalisé 88,5 millions d'euros de chiffre d'affaires, dont 41 millions de "
        "droits audiovisuels et 17,3 millions de billetterie. Sa masse salariale a atteint "
        "74 millions.",
        [
            (88.5e6, "EUR", None, None),
            (41e6, "EUR", None, None),
            (17.3e6, "EUR", None, None),
            (74e6, "EUR", None, None),
        ],
    ),
    # an amount compared after a conversion takes the currency converted, not the conversion's
    (
        "Le groupe a subi une perte nette de 212,4 milliards de nairas (environ 138 millions $), "
        "contre un bénéfice de 96 milliards un an plus tôt.",
        [(212.4e9, "NGN", None, None), (138e6, "USD", None, "approx"), (96e9, "NGN", None, None)],
    ),
    (
        "Le chiffre d'affaires atteint 2,1 milliards de dollars (1,9 milliard d'euros), contre "
        "1,8 milliard un an plus tôt.",
        [(2.1e9, "USD", None, None), (1.9e9, "EUR", None, None), (1.8e9, "USD", None, None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), CONTEXT_CURRENCY, ids=[t[:60] for t, _ in CONTEXT_CURRENCY]
)
def test_currency_from_context(amounts_nlp: Language, text: str, expected: list[Expected]) -> None:
    got = amounts(amounts_nlp, text)
    assert same(got, expected), got


CONTEXT_NEGATIVES: list[tuple[str, list[Expected]]] = [
    # no currency anywhere in the article: nothing to take
    ("La start-up a levé 40 millions auprès de ses actionnaires.", []),
    ("Le film a coûté 3 millions et a attiré 2 millions de spectateurs.", []),
    # counts after the number: clients, actions, tonnes, habitants, barils, vues
    (
        "Le groupe a levé 20 millions d'euros. Sa valorisation repose sur 3 millions de clients.",
        [(20e6, "EUR", None, None)],
    ),
    (
        "Le rachat de 12 millions d'actions coûtera 300 millions d'euros.",
        [(300e6, "EUR", None, None)],
    ),
    (
        "Le prix du baril a bondi à 80 dollars ; l'Arabie produit 9 millions de barils.",
        [(80.0, "USD", None, None)],
    ),
    (
        "La vidéo, payée 2 millions d'euros, cumule 40 millions de vues.",
        [(2e6, "EUR", None, None)],
    ),
    (
        "Le budget de 30 millions d'euros profitera aux 2 millions d'habitants de la région.",
        [(30e6, "EUR", None, None)],
    ),
    # no money word governing the number
    (
        "Le groupe a réalisé 3 milliards d'euros de ventes. Le pays compte 68 millions.",
        [(3e9, "EUR", None, None)],
    ),
    (
        "Le bénéfice atteint 3 milliards d'euros. La population a dépassé 8 milliards.",
        [(3e9, "EUR", None, None)],
    ),
    # too far from its money word, or another quantity in between (the amount with a currency
    # in another paragraph: in the same one, the last-resort rule would give it its currency)
    (
        "Le chiffre d'affaires, qui a déjà été évoqué à plusieurs reprises lors de la réunion "
        "des actionnaires de la semaine dernière, concerne 3 millions.\nIl vaut 1 million "
        "d'euros.",
        [(1e6, "EUR", None, None)],
    ),
    # a long subject without a verb of reach, a money word that speaks of no money
    (
        "Le groupe a levé 5 millions d'euros. Le prix Nobel a été attribué à un chercheur "
        "suivi par 2 millions.",
        [(5e6, "EUR", None, None)],
    ),
    (
        "Le groupe a levé 5 millions d'euros. Les pertes d'emplois pourraient toucher 2 millions.",
        [(5e6, "EUR", None, None)],
    ),
    # compared with a count, not with money
    (
        "Le groupe a levé 5 millions d'euros et vaut 1 milliard, contre 3 millions d'utilisateurs.",
        [(5e6, "EUR", None, None), (1e9, "EUR", None, None)],
    ),
    # two currencies in the article and none in the paragraph: it stays out
    (
        "Le groupe a levé 20 millions d'euros et 10 millions de dollars.\nSa valorisation "
        "atteint 3 milliards.",
        [(20e6, "EUR", None, None), (10e6, "USD", None, None)],
    ),
    # a target or a part that counts something stays out
    (
        "Le groupe a investi 2 milliards d'euros. Il a consacré 3 millions d'heures à la "
        "formation.",
        [(2e9, "EUR", None, None)],
    ),
    (
        "La compagnie a réalisé 2 millions d'euros de bénéfice et vise 60 millions de passagers.",
        [(2e6, "EUR", None, None)],
    ),
    (
        "Le plan coûte 2 millions d'euros, dont 150 millions d'habitants profiteront.",
        [(2e6, "EUR", None, None)],
    ),
    (
        "Le plan coûte 2 millions d'euros. La population passerait de 59 millions en 2025 à 61 "
        "millions d'habitants.",
        [(2e6, "EUR", None, None)],
    ),
    # lowercase m, k or a glued M are no bare scales
    ("Le rachat a coûté 2 millions d'euros ; la tour d'investissement mesure 300 m.", None),
    ("Le contrat a coûté 2 millions d'euros. Le rachat de 3M par son rival est démenti.", None),
]


@pytest.mark.parametrize(
    ("text", "expected"), CONTEXT_NEGATIVES, ids=[t[:60] for t, _ in CONTEXT_NEGATIVES]
)
def test_no_currency_from_context(
    amounts_nlp: Language, text: str, expected: list[Expected] | None
) -> None:
    got = amounts(amounts_nlp, text)
    if expected is None:  # only the first, explicit amount
        expected = [(2e6, "EUR", None, None)]
    assert same(got, expected), got


# ---- a bare scaled number before a money noun (actifs, capitaux, réserve) ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le groupe a réalisé 9,1 milliards d'euros de ventes. Il prévoit de céder pour "
            "quelque 500 millions d'actifs non stratégiques.",
            [(9.1e9, "EUR", None, None), (500e6, "EUR", None, "approx")],
        ),
        (
            "Le fonds a levé 20 millions d'euros. Il gère 500 millions de capitaux.",
            [(20e6, "EUR", None, None), (500e6, "EUR", None, None)],
        ),
        (
            "Le projet a coûté 2 millions d'euros. La réserve atteindra 200 millions d'ici à juin.",
            [(2e6, "EUR", None, None), (200e6, "EUR", None, None)],
        ),
        # counted things stay out
        (
            "Le groupe a levé 2 millions d'euros. Il vise 3 millions d'abonnés d'ici à juin.",
            [(2e6, "EUR", None, None)],
        ),
        (
            "Le groupe a investi 2 millions d'euros. La région compte 3 millions d'habitants.",
            [(2e6, "EUR", None, None)],
        ),
        (
            "Le groupe a levé 2 millions d'euros. Sous réserve de l'accord, 300 millions "
            "seront disponibles.",
            [(2e6, "EUR", None, None)],
        ),
        # "actifs" are workers too: money only when a money word governs the number
        (
            "Le régime compte 30 millions d'actifs et coûte 300 milliards d'euros par an.",
            [(300e9, "EUR", None, None)],
        ),
    ],
)
def test_money_nouns_after_a_bare_number(
    amounts_nlp: Language, text: str, expected: list[Expected]
) -> None:
    got = amounts(amounts_nlp, text)
    assert same(got, expected), got
