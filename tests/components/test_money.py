"""fr_amounts: one parametrized case per pattern of the issue, positives and negatives.

Each case is a French sentence with the amounts expected in it, written next to it as
``(value, currency, value_max, qualifier)``; the order is the order in the text.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import srsly
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from pipeline.components.amounts import (
    AmountsComponent,
    parse_digits,
    parse_words,
)

Expected = tuple[float | None, str | None, float | None, str | None]


def amounts(nlp: Language, text: str) -> list[Expected]:
    doc = nlp(text)
    out = []
    for span in doc.spans["amounts"]:
        a = span._.amount
        out.append((a["value"], a["currency"], a["value_max"], a["qualifier"]))
    return out


def same(got: list[Expected], expected: list[Expected]) -> bool:
    if len(got) != len(expected):
        return False
    for g, e in zip(got, expected, strict=True):
        for x, y in ((g[0], e[0]), (g[2], e[2])):
            if (x is None) != (y is None):
                return False
            if x is not None and y is not None and abs(x - y) > 1e-9 * max(1.0, abs(y)):
                return False
        if g[1] != e[1] or g[3] != e[3]:
            return False
    return True


NBSP, NNBSP = "\u00a0", "\u202f"

POSITIVES: list[tuple[str, list[Expected]]] = [
    # numbers: French decimals and thousands
    ("une offre de 97,4 milliards de dollars", [(97.4e9, "USD", None, None)]),
    ("un chiffre d'affaires de 4 300 euros", [(4300.0, "EUR", None, None)]),
    (f"un chiffre d'affaires de 4{NBSP}300{NBSP}€", [(4300.0, "EUR", None, None)]),
    (f"un loyer de 4{NNBSP}300{NNBSP}€ par mois", [(4300.0, "EUR", None, None)]),
    ("des ventes de 5.385 millions d'euros", [(5385e6, "EUR", None, None)]),
    ("une valorisation de 288.607.076 €", [(288607076.0, "EUR", None, None)]),
    ("un bénéfice de 1 234 567,89 euros", [(1234567.89, "EUR", None, None)]),
    ("une perte nette de -3,2 M€", [(-3.2e6, "EUR", None, None)]),
    ("un dividende de 0,5 euro par action", [(0.5, "EUR", None, None)]),
    # scale words and abbreviations
    ("une levée de 200 mille euros", [(200e3, "EUR", None, None)]),
    ("une amende de 3 millions d’euros", [(3e6, "EUR", None, None)]),
    ("une dette de 2 billions de yens", [(2e12, "JPY", None, None)]),
    ("un budget de 50 k€", [(50e3, "EUR", None, None)]),
    ("un budget de 50 K€", [(50e3, "EUR", None, None)]),
    ("un contrat de 12M€", [(12e6, "EUR", None, None)]),
    ("un contrat de 5 M€", [(5e6, "EUR", None, None)]),
    ("une acquisition de 1,5Md€", [(1.5e9, "EUR", None, None)]),
    ("une acquisition de 2 Mds€", [(2e9, "EUR", None, None)]),
    ("une acquisition de 3 Mrd€", [(3e9, "EUR", None, None)]),
    ("un tour de table de 40 M$", [(40e6, "USD", None, None)]),
    ("une offre de 3 Md$", [(3e9, "USD", None, None)]),
    ("un financement de 10 m€", [(10e6, "EUR", None, None)]),
    ("une enveloppe de 5 Mds d'euros", [(5e9, "EUR", None, None)]),
    ("un chiffre d'affaires de 1 milliard 200 millions d'euros", [(1.2e9, "EUR", None, None)]),
    # written-out numbers and fractions
    ("un plan de cent millions d'euros", [(100e6, "EUR", None, None)]),
    ("une offre d'un demi-milliard d'euros", [(0.5e9, "EUR", None, None)]),
    ("une dette de deux milliards et demi de dollars", [(2.5e9, "USD", None, None)]),
    ("le prix symbolique d'un euro", [(1.0, "EUR", None, None)]),
    ("ils ont reçu cinq millions de yens", [(5e6, "JPY", None, None)]),
    ("un coût de quatre-vingt-dix euros", [(90.0, "EUR", None, None)]),
    # no figure: an amount with no value, qualified approx
    ("quelques centaines de millions d'euros", [(None, "EUR", None, "approx")]),
    ("une dizaine de millions d'euros", [(10e6, "EUR", None, "approx")]),
    ("une centaine d'euros", [(100.0, "EUR", None, "approx")]),
    ("plusieurs milliards de dollars", [(None, "USD", None, "approx")]),
    ("des dizaines de millions d'euros", [(None, "EUR", None, "approx")]),
    # currencies by symbol, ISO code, name and adjective, before or after
    ("le titre vaut 23€", [(23.0, "EUR", None, None)]),
    ("il coûte $10", [(10.0, "USD", None, None)]),
    ("une prime de 10K$", [(10e3, "USD", None, None)]),
    ("une amende de £ 8,10 millions", [(8.1e6, "GBP", None, None)]),
    ("une vente à 1 200 ¥", [(1200.0, "JPY", None, None)]),
    ("un crédit de EUR 1000 sur 3 ans", [(1000.0, "EUR", None, None)]),
    ("un crédit de 1000 EUR sur 3 ans", [(1000.0, "EUR", None, None)]),
    ("une facture de 250 CHF", [(250.0, "CHF", None, None)]),
    ("un prix de USD 15", [(15.0, "USD", None, None)]),
    ("20 millions de dollars américains", [(20e6, "USD", None, None)]),
    ("2,4 milliards US", [(2.4e9, "USD", None, None)]),
    ("une levée de 30 millions de dollars canadiens", [(30e6, "CAD", None, None)]),
    ("un rachat pour 125 millions de dollars australiens", [(125e6, "AUD", None, None)]),
    ("un bénéfice de 361 millions de livres sterling", [(361e6, "GBP", None, None)]),
    ("un bénéfice de 361 millions de livres", [(361e6, "GBP", None, None)]),
    ("une amende de 10 000 francs suisses", [(10e3, "CHF", None, None)]),
    ("100 milliards de yuans", [(100e9, "CNY", None, None)]),
    ("20 milliards de renminbis", [(20e9, "CNY", None, None)]),
    ("1000 roupies indiennes", [(1000.0, "INR", None, None)]),
    ("un contrat de 300 millions de $ US", [(300e6, "USD", None, None)]),
    ("un contrat de 300 M$ CA", [(300e6, "CAD", None, None)]),
    ("un titre à 12 HK$", [(12.0, "HKD", None, None)]),
    # hundredths
    ("une hausse de 6 centimes d'euro", [(0.06, "EUR", None, None)]),
    ("le baril a pris 50 cents", [(0.5, "USD", None, None)]),
    ("une offre de 470 pence par action", [(4.7, "GBP", None, None)]),
    ("ça ne coûte que 15 dollars et 15 cents.", [(15.15, "USD", None, None)]),
    ("ça ne coûte que treize euros et quarante-cinq cents.", [(13.45, "EUR", None, None)]),
    ("le ticket coûte 2 euros 50.", [(2.5, "EUR", None, None)]),
    # currency ellipsis
    (
        "Le chiffre d'affaires atteint 1,50 milliard d'euros contre 1,34 milliard un an plus tôt.",
        [(1.5e9, "EUR", None, None), (1.34e9, "EUR", None, None)],
    ),
    (
        "Le groupe a investi 5 millions d’euros en 2020 et 7 millions en 2021.",
        [(5e6, "EUR", None, None), (7e6, "EUR", None, None)],
    ),
    (
        "Le dividende est de 2,30 euros par action, contre 2,10 l'an dernier.",
        [(2.3, "EUR", None, None), (2.1, "EUR", None, None)],
    ),
    # ranges
    ("entre 16 et 18 milliards de dollars", [(16e9, "USD", 18e9, None)]),
    ("un coût de 5 à 7 M€", [(5e6, "EUR", 7e6, None)]),
    ("un budget de 10 - 20 euros", [(10.0, "EUR", 20.0, None)]),
    ("entre 10 euros et 20 euros", [(10.0, "EUR", 20.0, None)]),
    ("entre 500 millions et 1 milliard d'euros", [(500e6, "EUR", 1e9, None)]),
    # a change is two amounts, not a range
    (
        "Le chiffre d'affaires est passé de 10 à 12 millions d'euros.",
        [(10e6, "EUR", None, None), (12e6, "EUR", None, None)],
    ),
    (
        "Les ventes ont atteint respectivement 3 et 4 milliards d'euros.",
        [(3e9, "EUR", None, None), (4e9, "EUR", None, None)],
    ),
    # qualifiers
    ("près de 5 millions d'euros", [(5e6, "EUR", None, "approx")]),
    ("environ 35 millions de $", [(35e6, "USD", None, "approx")]),
    ("quelque 300 millions d'euros", [(300e6, "EUR", None, "approx")]),
    ("un montant de l’ordre de 2 M€", [(2e6, "EUR", None, "approx")]),
    ("100 millions d'euros environ", [(100e6, "EUR", None, "approx")]),
    ("plus de 3 M€", [(3e6, "EUR", None, "at_least")]),
    ("au moins 10 euros", [(10.0, "EUR", None, "at_least")]),
    ("moins de 10 dollars", [(10.0, "USD", None, "at_most")]),
    ("jusqu'à 10 000 €", [(10e3, "EUR", None, "at_most")]),
    ("jusqu’à 2 milliards de dollars", [(2e9, "USD", None, "at_most")]),
    # per-unit amounts keep their value
    ("23 euros par action", [(23.0, "EUR", None, None)]),
    ("un baril à 80 dollars", [(80.0, "USD", None, None)]),
    # the reference article's title
    (
        "Elon Musk mène une offre de 97 milliards de dollars pour OpenAI",
        [(97e9, "USD", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES, ids=[t for t, _ in POSITIVES])
def test_amounts(nlp: Language, text: str, expected: list[Expected]) -> None:
    got = amounts(nlp, text)
    assert same(got, expected), got


NEGATIVES = [
    "Le taux a reculé de 0,5 %.",
    "La croissance atteint 2,5 pour cent.",
    "L'enseigne compte 1 539 magasins en France.",
    "Le groupe emploie 4 300 salariés.",
    f"Le groupe emploie 4{NBSP}300 salariés.",
    "Le capital est divisé en 288,6 millions d'actions.",
    "La ville compte 2,1 millions d'habitants.",
    "Il a fondé la société en 2015.",
    "Le rachat de 288.607.076 actions a été annoncé.",
    "L'A380 a effectué 10 000 vols.",
    "La tour mesure 300 m de haut.",
    "Il a parcouru 42 km.",
    "Le dollar a reculé face à l'euro.",
    "Le dollar et l'euro sont stables.",
    "Le chiffre d'affaires a progressé de 12 % en 2023.",
    "Les 97 milliards annoncés restent à confirmer.",
    "La crise a coûté des milliards de dollars.",
    "",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_money(nlp: Language, text: str) -> None:
    assert amounts(nlp, text) == []


def test_percentage_after_a_money_amount_is_not_money(nlp: Language) -> None:
    got = amounts(nlp, "Le bénéfice atteint 10 millions d'euros et 20 % de marge.")
    assert same(got, [(10e6, "EUR", None, None)]), got


def test_counted_things_do_not_take_the_currency(nlp: Language) -> None:
    text = "La société, qui pèse 3 milliards d'euros, compte 12 millions de clients."
    assert same(amounts(nlp, text), [(3e9, "EUR", None, None)])


# ---- press forms: currencies of the world, symbols, abbreviations, anglicisms ---------------

PRESS_FORMS: list[tuple[str, list[Expected]]] = [
    # AFP-style dépêches: other currencies by name
    ("Gazprom a enregistré une perte de 100 milliards de roubles.", [(100e9, "RUB", None, None)]),
    ("Varsovie débloque une aide de 5 millions de zlotys.", [(5e6, "PLN", None, None)]),
    (
        "Ericsson a signé un contrat de 3 milliards de couronnes suédoises.",
        [(3e9, "SEK", None, None)],
    ),
    ("Equinor investira 30 milliards de couronnes norvégiennes.", [(30e9, "NOK", None, None)]),
    ("Novo Nordisk vaut 2 000 milliards de couronnes danoises.", [(2e12, "DKK", None, None)]),
    ("Samsung injecte 10 000 milliards de won dans ses puces.", [(1e13, "KRW", None, None)]),
    ("Le contrat d'Elbit atteint 5 milliards de shekels.", [(5e9, "ILS", None, None)]),
    ("Ankara emprunte 10 milliards de livres turques.", [(10e9, "TRY", None, None)]),
    ("Naspers a cédé des actifs pour 5 milliards de rands.", [(5e9, "ZAR", None, None)]),
    ("Dangote investit 500 millions de nairas à Lagos.", [(500e6, "NGN", None, None)]),
    ("Petrobras a investi 2 milliards de reais.", [(2e9, "BRL", None, None)]),
    ("OCP a levé 500 millions de dirhams.", [(500e6, "MAD", None, None)]),
    # francs CFA: West African by default, Central African when the article says so
    ("Un projet de 3 milliards de francs CFA à Dakar.", [(3e9, "XOF", None, None)]),
    ("Le budget atteint 3 milliards de FCFA.", [(3e9, "XOF", None, None)]),
    ("Le budget atteint 3 milliards FCFA.", [(3e9, "XOF", None, None)]),
    ("Au Cameroun, l'État a emprunté 200 milliards de francs CFA.", [(200e9, "XAF", None, None)]),
    ("Libreville a obtenu 50 milliards de FCFA de la BEAC.", [(50e9, "XAF", None, None)]),
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
    # two currencies side by side
    (
        "La start-up a levé 450 millions de dollars (416 millions d'euros).",
        [(450e6, "USD", None, None), (416e6, "EUR", None, None)],
    ),
    (
        "Le groupe a levé 1 milliard de yuans (127 millions d'euros).",
        [(1e9, "CNY", None, None), (127e6, "EUR", None, None)],
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
    # Swiss press: apostrophe thousands, "fr."
    ("Le billet coûte 12'000 francs suisses.", [(12e3, "CHF", None, None)]),
    ("Le loyer atteint 2’450 CHF.", [(2450.0, "CHF", None, None)]),
    ("L'abonnement coûte 50 fr. par mois.", [(50.0, "CHF", None, None)]),
    ("L'abonnement coûte Fr. 50 par mois.", [(50.0, "CHF", None, None)]),
    # hundredths glued to the sign, lower places written out
    ("Le menu coûte 3€50 le midi.", [(3.5, "EUR", None, None)]),
    ("Il a levé 1 million 500 000 euros.", [(1.5e6, "EUR", None, None)]),
    # per-unit amounts (Les Echos, regional press)
    ("Un loyer de 1 200 €/mois pour un T3 à Rennes.", [(1200.0, "EUR", None, None)]),
    ("La direction propose une prime de 20 000 euros par salarié.", [(20e3, "EUR", None, None)]),
    ("Le dividende sera de 12 €/action.", [(12.0, "EUR", None, None)]),
    ("L'action ne vaut plus que 0,85 €.", [(0.85, "EUR", None, None)]),
    ("Le groupe ne pèse plus que 3 milliards d'euros.", [(3e9, "EUR", None, None)]),
    ("Le titre valait plus que 30 euros.", [(30.0, "EUR", None, "at_least")]),
    ("Le cours a gagné 3,2 euros dans la séance.", [(3.2, "EUR", None, None)]),
    ("Le titre s'échange à 30 euros l'action.", [(30.0, "EUR", None, None)]),
    ("Le SMIC s'établit à 11,65 € brut de l'heure.", [(11.65, "EUR", None, None)]),
    ("Le salaire minimum passe à 1 426,30 euros net par mois.", [(1426.3, "EUR", None, None)]),
    ("L'once d'or a dépassé 2 400 dollars.", [(2400.0, "USD", None, None)]),
    # thousands and abbreviations
    ("Un vélo électrique à 1.000 euros.", [(1000.0, "EUR", None, None)]),
    ("Le gagnant touchera 1 000 000 €.", [(1e6, "EUR", None, None)]),
    ("La dette atteint 3 Md€.", [(3e9, "EUR", None, None)]),
    ("La dette atteint 3 mds €.", [(3e9, "EUR", None, None)]),
    ("La dette atteint 3 Mds d'euros.", [(3e9, "EUR", None, None)]),
    ("La dette atteint 3 mrds €.", [(3e9, "EUR", None, None)]),
    ("La biotech a levé 10 M$.", [(10e6, "USD", None, None)]),
    ("L'entreprise a levé 1,2 Md€ en 2024.", [(1.2e9, "EUR", None, None)]),
    # anglicisms of wire copy
    ("Le fonds a levé US$ 10 millions.", [(10e6, "USD", None, None)]),
    ("Le fonds a levé 10 millions USD.", [(10e6, "USD", None, None)]),
    ("Le fonds a levé EUR 10m.", [(10e6, "EUR", None, None)]),
    ("Le fonds a levé €10m.", [(10e6, "EUR", None, None)]),
    ("Le fonds a levé $10bn.", [(10e9, "USD", None, None)]),
    # English thousands when the sign comes first; French decimals otherwise
    ("La société a levé $1,500 auprès de fonds.", [(1500.0, "USD", None, None)]),
    ("Un bon d'achat de €1,000 par client.", [(1000.0, "EUR", None, None)]),
    ("Un chèque de $2,500,000 a été signé.", [(2.5e6, "USD", None, None)]),
    ("Le ticket coûte 1,500 €.", [(1.5, "EUR", None, None)]),
    ("Le ticket coûte 1,5 $.", [(1.5, "USD", None, None)]),
    # scale words, written numbers, qualifiers
    (
        "Le groupe a réalisé 11,5 milliards d'euros de chiffre d'affaires.",
        [(11.5e9, "EUR", None, None)],
    ),
    ("Un investissement d'un milliard d'euros.", [(1e9, "EUR", None, None)]),
    ("Une subvention d'un million d'euros.", [(1e6, "EUR", None, None)]),
    ("Il a payé deux cents euros.", [(200.0, "EUR", None, None)]),
    ("Le rachat s'élève à un peu plus de 3 milliards d'euros.", [(3e9, "EUR", None, "at_least")]),
    ("Les pertes dépassent plus de 3 milliards d'euros.", [(3e9, "EUR", None, "at_least")]),
    ("Le fonds pourra investir jusqu'à 500 millions d'euros.", [(500e6, "EUR", None, "at_most")]),
    ("La crise a coûté des dizaines de millions d'euros.", [(None, "EUR", None, "approx")]),
    (
        "Cette part représente « plusieurs centaines de millions d’euros ».",
        [(None, "EUR", None, "approx")],
    ),
    # ranges
    ("La valorisation se situe entre 3 et 4 milliards d'euros.", [(3e9, "EUR", 4e9, None)]),
    ("Une valorisation de 3 à 4 milliards d'euros.", [(3e9, "EUR", 4e9, None)]),
    ("Une valorisation de 3-4 milliards d'euros.", [(3e9, "EUR", 4e9, None)]),
    ("Une valorisation de 3 milliards à 4 milliards d'euros.", [(3e9, "EUR", 4e9, None)]),
    # no currency written before the horizon year
    (
        "À horizon 2030, le groupe vise 5 milliards d'euros de ventes.",
        [(5e9, "EUR", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRESS_FORMS, ids=[t for t, _ in PRESS_FORMS])
def test_press_forms(nlp: Language, text: str, expected: list[Expected]) -> None:
    got = amounts(nlp, text)
    assert same(got, expected), got


PRESS_NEGATIVES = [
    "Le titre a gagné +12 %.",
    "La banque centrale a relevé ses taux de 12 points de base.",
    "Il détient 3 bitcoins.",
    "À horizon 2030, le groupe vise la neutralité carbone.",
    "L'enseigne compte 1 539 magasins.",
    "Le capital compte 288,6 millions d'actions.",
    "Le groupe compte 5 000 salariés.",
    "Il revendique 3,5 millions de clients.",
    "La production atteint 1,2 million de tonnes.",
    "La Russie exporte 2 milliards de m3 de gaz.",
    "La vidéo a totalisé 40 milliards de vues.",
    "Il a vendu 1 million 200 000 exemplaires.",
    "Le 12'000e visiteur a été accueilli.",
    "Un roman vendu à 3 millions d'exemplaires, soit 2 millions de plus.",
    # "deux cents" alone is 200, a number without currency (not 2 cents)
    "Ils étaient deux cents à manifester devant le siège.",
    "Le club compte trois cents adhérents, contre deux cents l'an dernier.",
]


@pytest.mark.parametrize("text", PRESS_NEGATIVES)
def test_press_not_money(nlp: Language, text: str) -> None:
    assert amounts(nlp, text) == []


def test_crypto_quantity_is_not_an_amount_but_its_value_is(nlp: Language) -> None:
    text = "Le fonds détient 3 000 bitcoins, soit 200 millions de dollars."
    assert same(amounts(nlp, text), [(200e6, "USD", None, None)])


def test_cents_after_a_number_word_are_still_cents(nlp: Language) -> None:
    assert same(amounts(nlp, "Le titre a perdu vingt cents."), [(0.2, "USD", None, None)])


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
    nlp: Language, text: str, expected: list[Expected]
) -> None:
    got = amounts(nlp, text)
    assert same(got, expected), got


# ---- a currency carried back to a scaled number compared with a later amount ---------------

CARRY_BACK: list[tuple[str, list[Expected]]] = [
    (
        "Le chiffre d'affaires atteint 3,5 milliards, contre 500 millions d'euros il y a dix ans.",
        [(3.5e9, "EUR", None, None), (500e6, "EUR", None, None)],
    ),
    (
        "Le bénéfice s'élève à 3,5 milliards, après 2,9 milliards d'euros en 2022.",
        [(3.5e9, "EUR", None, None), (2.9e9, "EUR", None, None)],
    ),
    (
        "Le groupe a dégagé un résultat net de 1,2 milliard, en hausse de 8 %, contre 1,1 "
        "milliard de dollars un an plus tôt.",
        [(1.2e9, "USD", None, None), (1.1e9, "USD", None, None)],
    ),
    (
        "La jeune pousse a levé 15 millions en 2023 et 40 millions d'euros cette année.",
        [(15e6, "EUR", None, None), (40e6, "EUR", None, None)],
    ),
    (
        "La dette nette, de 2 milliards fin 2023, soit 300 millions de francs suisses de moins.",
        [(2e9, "CHF", None, None), (300e6, "CHF", None, None)],
    ),
    # a lapse of time after a compared number is no count; "soit" restates an amount, not a
    # count; money to be found ("trouver quelque 2 milliards")
    (
        "Elle a réalisé un chiffre d'affaires de 8,3 millions d'euros en 2024, contre 11 "
        "millions deux ans plus tôt.",
        [(8.3e6, "EUR", None, None), (11e6, "EUR", None, None)],
    ),
    (
        "Le groupe a présenté un plan de 6 milliards d'euros.\nIl veut rénover ses pistes, soit "
        "environ 1,2 milliard par an.",
        [(6e9, "EUR", None, None), (1.2e9, "EUR", None, "approx")],
    ),
    (
        "Le site reçoit 60 millions de visiteurs par mois, soit 2 millions par jour. Il a levé 5 "
        "millions d'euros.",
        [(5e6, "EUR", None, None)],
    ),
    (
        "Le groupe a levé 1,5 milliard d'euros. Il devra encore trouver quelque 2 milliards pour "
        "renouveler ses satellites.",
        [(1.5e9, "EUR", None, None), (2e9, "EUR", None, "approx")],
    ),
    (
        "Le groupe a levé 1,5 milliard d'euros. Il devra trouver 2 millions de clients.",
        [(1.5e9, "EUR", None, None)],
    ),
    # a money noun after the number is no count
    (
        "Le groupe a réalisé 3 milliards de chiffre d'affaires, contre 2,5 milliards d'euros.",
        [(3e9, "EUR", None, None), (2.5e9, "EUR", None, None)],
    ),
    (
        "Le groupe a réalisé 3 milliards d'euros de ventes et 300 millions de bénéfice.",
        [(3e9, "EUR", None, None), (300e6, "EUR", None, None)],
    ),
    (
        "Le groupe a levé 3 milliards d'euros et compte 300 millions d'abonnés.",
        [(3e9, "EUR", None, None)],
    ),
    # no money context, counted things, another sentence: nothing carried
    (
        "Le film a attiré 3 millions de spectateurs, contre 2 millions d'euros de budget.",
        [(2e6, "EUR", None, None)],
    ),
    (
        "La ville compte 2 millions, contre 1,5 million d'euros de subventions.",
        [(1.5e6, "EUR", None, None)],
    ),
    (  # another sentence: no comparison, but a money word governs it (see CONTEXT_CURRENCY)
        "Le bénéfice atteint 3 milliards. Il était de 2 milliards d'euros en 2020.",
        [(3e9, "EUR", None, None), (2e9, "EUR", None, None)],
    ),
    (
        "Le groupe compte 3,5 millions de clients et 500 millions d'euros de chiffre d'affaires.",
        [(500e6, "EUR", None, None)],
    ),
    (
        "Le chiffre d'affaires atteint 350, contre 500 millions d'euros il y a dix ans.",
        [(500e6, "EUR", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CARRY_BACK, ids=[t for t, _ in CARRY_BACK])
def test_currency_carried_back(nlp: Language, text: str, expected: list[Expected]) -> None:
    got = amounts(nlp, text)
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
def test_bare_dollar_follows_the_article(nlp: Language, text: str, iso: str) -> None:
    got = amounts(nlp, text)
    assert got and got[-1][1] == iso, got


def test_bare_dollar_restating_an_explicit_amount_takes_its_currency(nlp: Language) -> None:
    text = (
        "Le québécois rachète le japonais pour 47 milliards de dollars.\n"
        "L'offre valorise la cible à 47 milliards de dollars américains, soit 67,5 milliards de "
        "dollars canadiens. Le titre a clôturé à 72,40 $ à la Bourse de Toronto."
    )
    assert [c for _, c, _, _ in amounts(nlp, text)] == ["USD", "USD", "CAD", "CAD"]


def test_bare_dollar_stays_usd_when_evidence_conflicts(nlp: Language) -> None:
    text = (
        "Le groupe, coté à la Bourse de Toronto et à la Bourse de Sydney, "
        "a réalisé 3 milliards de dollars."
    )
    assert amounts(nlp, text)[-1][1] == "USD"


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
]


@pytest.mark.parametrize(
    ("text", "expected"), CONTEXT_CURRENCY, ids=[t[:60] for t, _ in CONTEXT_CURRENCY]
)
def test_currency_from_context(nlp: Language, text: str, expected: list[Expected]) -> None:
    got = amounts(nlp, text)
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
    # too far from its money word, or another quantity in between
    (
        "Le chiffre d'affaires, qui a déjà été évoqué à plusieurs reprises lors de la réunion "
        "des actionnaires de la semaine dernière, concerne 3 millions. Il vaut 1 million d'euros.",
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
    nlp: Language, text: str, expected: list[Expected] | None
) -> None:
    got = amounts(nlp, text)
    if expected is None:  # only the first, explicit amount
        expected = [(2e6, "EUR", None, None)]
    assert same(got, expected), got


NEGATED_ONE: list[tuple[str, list[Expected]]] = [
    ("« Aucun client ne perdra un centime », a assuré le président.", []),
    ("Les actionnaires ne toucheront pas un euro.", []),
    ("Il a bâti son réseau sans débourser un dollar.", []),
    ("Le ticket ne coûte qu'un euro.", [(1.0, "EUR", None, None)]),
    ("Il a cédé la filiale pour un euro symbolique.", [(1.0, "EUR", None, None)]),
    ("Le repreneur ne paiera pas plus de 2 millions d'euros.", [(2e6, "EUR", None, "at_most")]),
]


@pytest.mark.parametrize(("text", "expected"), NEGATED_ONE, ids=[t for t, _ in NEGATED_ONE])
def test_one_under_a_negation_is_an_idiom(
    nlp: Language, text: str, expected: list[Expected]
) -> None:
    got = amounts(nlp, text)
    assert same(got, expected), got


# ---- span extent ---------------------------------------------------------------------------

SPAN_TEXTS = [
    ("une offre de 97,4 milliards de dollars pour OpenAI", "97,4 milliards de dollars"),
    ("près de 5 millions d'euros", "5 millions d'euros"),
    ("il coûte $10 seulement", "$10"),
    ("entre 16 et 18 milliards de dollars", "16 et 18 milliards de dollars"),
]


@pytest.mark.parametrize(("text", "span_text"), SPAN_TEXTS)
def test_span_covers_the_amount_as_written(nlp: Language, text: str, span_text: str) -> None:
    doc = nlp(text)
    assert [s.text for s in doc.spans["amounts"]] == [span_text]


# ---- the reference article -----------------------------------------------------------------


def test_seed_article(nlp: Language, seed_text: str) -> None:
    got = amounts(nlp, seed_text)
    assert same(
        got,
        [(97e9, "USD", None, None), (97.4e9, "USD", None, None), (97.4e9, "USD", None, None)],
    ), got


# ---- number parsing ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("97,4", 97.4),
        ("4 300", 4300.0),
        ("4\u00a0300", 4300.0),
        ("288.607.076", 288607076.0),
        ("5.385", 5385.0),
        ("1.5", 1.5),
        ("-3,2", -3.2),
        ("−3,2", -3.2),
        ("1.000.000,50", 1000000.5),
        ("1,500,000", 1500000.0),
        ("1,500.50", 1500.5),
        ("1,500", 1.5),
    ],
)
def test_parse_digits(raw: str, value: float) -> None:
    assert parse_digits(raw) == pytest.approx(value)


@pytest.mark.parametrize(
    ("raw", "value"),
    [("un", 1.0), ("une", 1.0), ("quarante-cinq", 45.0), ("deux cents", 200.0), ("mille", 1e3)],
)
def test_parse_words(raw: str, value: float) -> None:
    assert parse_words(raw) == value


# ---- robustness ----------------------------------------------------------------------------

ODD_INPUTS = [
    "",
    " ",
    "\n\n",
    "« » “ ” \" ' ’",
    "€$£¥",
    "de à et entre",
    "9" * 400 + " milliards d'euros",
    "1e308 euros",
    "\x00\x01\x02 12 € \x7f",
    "- - - 5 - - € - -",
    "10 000 000 000 000 000 000 000 € " * 3,
]


@pytest.mark.parametrize("text", ODD_INPUTS)
def test_odd_input_never_raises(nlp: Language, text: str) -> None:
    doc = nlp(text)
    for span in doc.spans["amounts"]:
        assert set(span._.amount) == {"value", "value_max", "currency", "qualifier"}


def test_component_round_trips_through_bytes(nlp: Language) -> None:
    pipe = nlp.get_pipe("fr_amounts")
    data = pipe.to_bytes()
    pipe.from_bytes(data)
    assert same(amounts(nlp, "un contrat de 5 M€"), [(5e6, "EUR", None, None)])


def test_component_round_trips_through_disk(nlp: Language, tmp_path: Path) -> None:
    pipe = nlp.get_pipe("fr_amounts")
    pipe.to_disk(tmp_path / "fr_amounts")
    pipe.from_disk(tmp_path / "fr_amounts")
    assert same(amounts(nlp, "un contrat de 5 M€"), [(5e6, "EUR", None, None)])


@pytest.mark.parametrize("missing", ["currency_cues", "money_triggers", "scales", "currencies"])
def test_setup_tolerates_data_saved_by_an_older_version(nlp: Language, missing: str) -> None:
    """A pipeline saved before a lexicon existed loads with the shipped one instead."""
    old = {k: v for k, v in nlp.get_pipe("fr_amounts").data.items() if k != missing}
    clone = AmountsComponent(nlp, "fr_amounts_old")
    clone.from_bytes(srsly.json_dumps(old).encode("utf-8"))
    doc = clone(nlp("Un contrat de 5 M€ et un chiffre d'affaires de 1,2 milliard d'euros."))
    assert [s._.amount["value"] for s in doc.spans["amounts"]] == [5e6, 1.2e9]


# ---- properties: any well-formed French number comes back exactly --------------------------

SEPARATORS = st.sampled_from([" ", "\u00a0", "\u202f"])


def french_thousands(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(n=st.integers(min_value=0, max_value=10**12), sep=SEPARATORS)
def test_grouped_integers(nlp: Language, n: int, sep: str) -> None:
    text = f"Le contrat porte sur {french_thousands(n, sep)} euros."
    assert same(amounts(nlp, text), [(float(n), "EUR", None, None)])


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    units=st.integers(min_value=1, max_value=999),
    cents=st.integers(min_value=0, max_value=99),
    scale=st.sampled_from([("millions de dollars", 1e6, "USD"), ("Md€", 1e9, "EUR")]),
)
def test_decimal_comma_with_scale(
    nlp: Language, units: int, cents: int, scale: tuple[str, float, str]
) -> None:
    words, factor, iso = scale
    text = f"Une offre de {units},{cents:02d} {words} a été déposée."
    expected = (units + cents / 100) * factor
    assert same(amounts(nlp, text), [(expected, iso, None, None)])


# ---- exact decimals: the value is the decimal written times the scale, with no float noise ----

EXACT_FORMS = [
    ("milliards de dollars", Decimal("1e9"), "USD"),
    ("millions d'euros", Decimal("1e6"), "EUR"),
    ("k€", Decimal("1e3"), "EUR"),
    ("M€", Decimal("1e6"), "EUR"),
    ("Md€", Decimal("1e9"), "EUR"),
    ("$", Decimal(1), "USD"),
    ("euros", Decimal(1), "EUR"),
]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    units=st.integers(min_value=0, max_value=999),
    decimals=st.sampled_from(["1", "12", "05", "15", "3", "99", "07", "625"]),
    form=st.sampled_from(EXACT_FORMS),
)
def test_value_is_the_exact_decimal_written(
    nlp: Language, units: int, decimals: str, form: tuple[str, Decimal, str]
) -> None:
    words, scale, iso = form
    written = f"{units},{decimals}"
    got = amounts(nlp, f"Le carnet de commandes atteint {written} {words}.")
    expected = float(Decimal(f"{units}.{decimals}") * scale)
    assert got and got[0][0] == expected and got[0][1] == iso, (written, words, got)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("son carnet de commandes atteint 16,1 milliards de dollars.", 16100000000.0),
        ("un bénéfice ajusté de 1,12 $ par action", 1.12),
        ("le coupon passe à 0,15 euro", 0.15),
        ("un ticket à 3€50", 3.5),
        ("une prime de 15 centimes", 0.15),
        ("trois milliards et demi d'euros", 3.5e9),
        ("une dette de 2,3 Md€", 2.3e9),
    ],
)
def test_exact_values_of_known_noisy_forms(nlp: Language, text: str, value: float) -> None:
    got = amounts(nlp, text)
    assert got and got[0][0] == value, got


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
    nlp: Language, text: str, expected: list[Expected]
) -> None:
    got = amounts(nlp, text)
    assert same(got, expected), got
