"""What an amount measures, kind by kind (``FACTS.md``; ``corpus/README.md``, "Facts on
amounts"): each case is a construction of the press, in sentences of our own."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.facts.helpers import facts, kind_params, measures

KINDS = {
    "IPO prices, closures, co-funders and restated amounts of the press": [
        (
            "Le groupe Valtrix a lancé son introduction en Bourse. Le prix a été fixé dans"
            " une fourchette indicative comprise entre 18 et 22 euros.",
            ["share_price"],
        ),
        (
            "La fermeture de l'usine de Lens coûtera environ 130 millions d'euros au groupe.",
            ["cost"],
        ),
        (
            "Korvex a passé une provision de 90 millions d'euros pour financer le plan, soit"
            " un peu plus de 150 000 euros par salarié.",
            ["cost", "cost"],
        ),
        (
            "La Région financera les rames à hauteur de 300 millions d'euros, dans le cadre"
            " du contrat de plan.",
            ["budget"],
        ),
        (
            "Le Conseil régional et l'État injectent 50 millions d'euros dans l'usine de"
            " Norvolt Énergie.",
            ["aid"],
        ),
        (
            "Entre 2018 et 2023, une trentaine de marchés, représentant environ 200 millions"
            " d'euros, auraient été truqués.",
            ["order"],
        ),
        (
            "Le groupe confirme un dividende de 2 euros par action, soit une enveloppe de"
            " 150 millions d'euros.",
            ["dividend", "dividend"],
        ),
        (
            "Le fonds rachète la société pour une valeur d'entreprise de 900 millions d'euros.",
            ["price"],
        ),
        (
            "La banque publique consentira à la PME un prêt de 30 millions d'euros, dont 10"
            " millions pourraient être convertis en subvention.",
            ["aid", "aid"],
        ),
        (
            "Ces 6 millions d'euros promis par la Région sous forme de subvention s'ajoutent"
            " à l'aide de l'État.",
            ["aid"],
        ),
        ("Le gestionnaire, qui gère 12 milliards d'euros d'actifs, recrute.", ["other"]),
        ("La start-up a levé 80 millions d'euros de fonds frais.", ["funding"]),
        ("Le stock, estimé à 4 millions d'euros, sera vendu aux enchères.", ["other"]),
        ("Le texte porte le déficit budgétaire à 900 milliards de FCFA.", ["budget"]),
    ],
    "cue words of results, values and loans": [
        ("Le flux de trésorerie disponible a atteint 840 millions d'euros.", ["profit"]),
        ("Le produit d'exploitation de la banque a progressé à 95 millions d'euros.", ["revenue"]),
        ("La holding publie un actif net réévalué de 9,3 milliards d'euros.", ["valuation"]),
        ("Chaque obligation a une valeur nominale de 50 000 dirhams par titre.", ["debt"]),
        ("La banque renonce à sa créance de 700 000 euros sur la PME.", ["debt"]),
        ("Le bailleur réclame un loyer de 3 500 euros par mois.", ["cost"]),
        ("La jeune pousse a bouclé une ronde de 22 millions de dollars.", ["funding"]),
        ("Le groupe prévoit une émission d'actions de 600 millions d'euros.", ["funding"]),
        ("Le fonds est entré au capital pour environ 30 millions d'euros.", ["investment"]),
        ("La verrerie a été sauvée par 6 millions d'euros d'argent public.", ["aid"]),
        ("Le laboratoire a signé une CJIP de 4 millions d'euros avec le PNF.", ["fine"]),
        ("Les juges lui accordent 90 000 euros de rappels de salaire.", ["pay"]),
    ],
    "costs, gains and loans of the press": [
        ("Les frais liés à la fusion se sont élevés à 4 millions d'euros.", ["cost"]),
        ("La banque a contenu ses frais généraux, qui se chiffrent à 8 milliards FCFA.", ["cost"]),
        ("Le groupe a réalisé une plus-value de cession de 250 millions d'euros.", ["profit"]),
        ("La PME a reçu un prêt sans intérêt de 2 millions d'euros de la Région.", ["aid"]),
        ("Ce rachat, d'un montant de 800 millions d'euros, sera financé par emprunt.", ["price"]),
        ("Le déficit de la Sécurité sociale atteindrait 20 milliards d'euros.", ["budget"]),
    ],
    "deals, values and share prices as the press writes them": [
        ("Le groupe a mis la main sur son rival pour 1,6 milliard d'euros.", ["price"]),
        ("Le distributeur vaut désormais 9 milliards d'euros en Bourse.", ["valuation"]),
        ("La société sera introduite en Bourse au prix de 21 euros par action.", ["share_price"]),
        ("Le bénéfice par action est ressorti à 2,75 euros.", ["profit"]),
        ("Le Trésor a levé 8 milliards d'euros sur les marchés.", ["debt"]),
        ("Le groupe a décroché un marché de 250 millions d'euros pour le tramway.", ["order"]),
    ],
    "a price per unit of a good": [
        ("Le fournisseur facture 55 euros le mégawattheure.", ["other"]),
        ("Les producteurs toucheront 1 900 FCFA par kilogramme de café.", ["other"]),
        (
            "La coopérative paie 430 euros les 1 000 litres, contre 450 euros en mars.",
            ["other", "other"],
        ),
        ("Le flacon est vendu 3 euros en pharmacie.", ["other"]),
    ],
    "a market quote of a commodity, not of a share": [
        ("Le baril de WTI a reculé de 2 % à 61,30 dollars.", ["other"]),
        ("L'once d'or a grimpé de 1 % à 3 050 dollars en séance.", ["other"]),
        ("Le titre Sonatel a gagné 1,5 % à 26 400 FCFA à la clôture.", ["share_price"]),
        (
            "Le bitcoin, qui avait dépassé les 90 000 dollars en novembre, cédait 1,8 % lundi, "
            "à 97 400 dollars.",
            ["other", "other"],
        ),
    ],
    "a per-share amount takes the noun before it": [
        ("Le groupe a dégagé un bénéfice ajusté de 2,05 dollars par action.", ["profit"]),
        ("Le dividende proposé s'élève à 1,45 euro par action.", ["dividend"]),
        ("La fourchette indicative va de 11 à 13 euros par action.", ["share_price"]),
    ],
    "paying and receiving say nothing alone": [
        ("Au total, le groupe versera 700 millions d'euros à ses actionnaires.", ["dividend"]),
        (
            "La holding familiale, premier actionnaire, en percevra 90 millions d'euros.",
            ["dividend"],
        ),
        ("Le tribunal a condamné la société à verser 2 millions d'euros au plaignant.", ["fine"]),
        ("La mine versera une avance de 5 milliards de francs CFA au Trésor.", ["other"]),
        ("Le fabricant a perçu 3 millions d'euros de l'Ademe pour ce projet.", ["aid"]),
        ("La commune versera 400 000 euros à l'entreprise.", ["aid"]),
        ("Le fabricant a obtenu 80 millions $ de Québec pour son usine.", ["aid"]),
        (
            "Le gouvernement débloque une enveloppe de 150 millions d'euros pour la filière.",
            ["aid"],
        ),
    ],
    "a loan of a public bank is a debt, in an aid package aid": [
        ("Bpifrance avait accordé un prêt de 600 000 euros à la PME en 2023.", ["debt"]),
        ("Ce soutien comprend un prêt sans intérêt de 40 millions d'euros de la Région.", ["aid"]),
    ],
    "what building a plant or a programme costs is an investment": [
        ("Le coût de l'usine est estimé à 2 milliards d'euros.", ["investment"]),
        ("Le programme des nouveaux réacteurs est chiffré à 52 milliards d'euros.", ["investment"]),
        ("La grève a coûté 30 millions d'euros à la compagnie.", ["cost"]),
    ],
    "a public body's accounts, a state's receipts are a budget": [
        ("La nouvelle taxe rapporterait 25 milliards de FCFA par an à l'État.", ["budget"]),
        (
            "L'administration fiscale attend 12 millions d'euros de recettes de la mesure.",
            ["budget"],
        ),
        ("Le groupe a fait état d'un chiffre d'affaires de 3 milliards d'euros.", ["revenue"]),
    ],
    "fundraising: on the bond market, for a subsidiary, net inflows": [
        ("L'office lève 3 milliards de dirhams sur le marché obligataire.", ["debt"]),
        (
            "La banque annonce une augmentation de capital de 40 milliards de francs CFA "
            "au profit de sa filiale ivoirienne.",
            ["investment"],
        ),
        ("Les fonds immobiliers ont collecté 2,4 milliards d'euros net en 2025.", ["other"]),
    ],
    "market value wiped out is a cost": [
        ("Le Nasdaq a effacé 900 milliards de dollars de capitalisation.", ["cost"]),
        ("Les marchés européens ont perdu 400 milliards d'euros en une séance.", ["cost"]),
    ],
    "a verb of spending takes the noun it is spent on": [
        ("Le groupe consacrera 2 milliards d'euros aux rachats d'actions.", ["dividend"]),
        ("Il a consacré 900 millions d'euros à des acquisitions l'an dernier.", ["price"]),
    ],
    "a plant or a plan of works": [
        ("Le groupe confirme la construction d'une usine de 900 millions d'euros.", ["investment"]),
        ("L'office lance un plan de 12 milliards de dirhams pour ses ports.", ["investment"]),
    ],
    "dont: a part of the amount before": [
        (
            "Le conseil propose un dividende de 5 euros par action, dont une part exceptionnelle "
            "de 1 euro.",
            ["dividend", "dividend"],
        ),
    ],
    "pour after a word of buying": [
        (
            "Le groupe a annoncé le rachat de Dupont Systems Inc. pour 300 millions de dollars.",
            ["price"],
        ),
        (
            "L'assureur a finalisé le rachat du courtier belge Vandamme pour 300 millions d'euros.",
            ["price"],
        ),
    ],
    "the nearer cue between the governing cue and the amount": [
        ("L'offre valorise le fabricant à 4,5 milliards d'euros.", ["valuation"]),
        (
            "Le conseil propose de verser le dividende en deux fois : un acompte de 2 euros.",
            ["dividend"],
        ),
    ],
    "reflexive verbs and words of names": [
        ("La coopérative s'engage à payer 470 euros à ses éleveurs.", ["other"]),
        (
            "Le groupe obtient une subvention de 3 millions de dollars d'Investissement Québec.",
            ["aid"],
        ),
    ],
    "a sentence that goes on about the figure before": [
        (
            "Le budget se répartit ainsi : 30 millions d'euros pour la recherche et 10 millions "
            "d'euros pour la formation.",
            ["budget", "budget"],
        ),
        (
            "La Grèce a signé un contrat pour une frégate. Le montant avoisine 900 millions "
            "d'euros.",
            ["order"],
        ),
        (
            "La PME a bouclé une levée de fonds de 20 millions d'euros. Elle se compose de 15 "
            "millions d'euros de capital et de 5 millions de dette.",
            ["funding", "funding", "debt"],
        ),
    ],
    "an insurer's turnover: business volume, premiums collected (Swiss wires)": [
        (
            "Le volume d'affaires de l'assureur Helvetis a progressé de 2,4% à 5,12 mrd CHF.",
            ["revenue"],
        ),
        (
            "Les primes encaissées par la compagnie ont atteint 1,8 milliard de francs.",
            ["revenue"],
        ),
        ("Le volume des primes s'est établi à 940 millions d'euros en 2024.", ["revenue"]),
    ],
}

CASES = kind_params(KINDS)


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_measure_of_a_kind(nlp: Language, text: str, expected: list[str]) -> None:
    assert measures(nlp, text) == expected


def test_an_interview_answer_takes_the_measure_of_the_question(nlp: Language) -> None:
    text = (
        "Le Journal. – Ces droits de douane, combien vous coûtent-ils ?\n"
        "Jeanne Morel. – Entre 20 et 30 millions d'euros par an."
    )
    assert measures(nlp, text) == ["cost"]


def test_a_town_article_gives_budgets(nlp: Language) -> None:
    text = (
        "La Ville de Sion boucle ses comptes sur un déficit\n"
        "La Ville de Sion a clôturé ses comptes 2025 sur un déficit de 12 millions de francs. "
        "Les charges de fonctionnement ont atteint 400 millions de francs."
    )
    assert measures(nlp, text) == ["budget", "budget"]


def test_what_each_thing_ordered_costs_is_the_order(nlp: Language) -> None:
    text = (
        "La société de transport a commandé 40 autobus électriques à Vortabus pour 60 millions"
        " d'euros. Les véhicules coûteront en moyenne 1,5 million d'euros chacun."
    )
    found = facts(nlp, text)
    assert [fact[0] for fact in found] == ["order", "order"]
    assert found[1][1] == found[0][1]  # the supplier of the order holds it


def test_a_cost_without_an_order_before_stays_a_cost(nlp: Language) -> None:
    text = "Chaque licenciement coûtera en moyenne 90 000 euros au groupe Ferlane."
    assert measures(nlp, text) == ["cost"]


def test_a_title_cut_by_the_parser_is_read_whole(nlp: Language) -> None:
    text = (
        "Schneider Electric s'offre le britannique Harwell Grid Systems pour 1,2 milliard de"
        " livres sterling\nSchneider Electric a annoncé jeudi l'acquisition de Harwell."
    )
    assert measures(nlp, text) == ["price"]


def test_a_price_per_month_with_no_noun_is_other(nlp: Language) -> None:
    text = "Les foncières, qui louent des studios autour de 900 €/mois à Lyon, résistent."
    assert measures(nlp, text) == ["other"]


def test_a_rent_per_month_is_a_cost(nlp: Language) -> None:
    assert measures(nlp, "Le bailleur réclame un loyer de 3 500 €/mois.") == ["cost"]


def test_the_items_of_a_list_take_the_measure_of_the_first(nlp: Language) -> None:
    text = (
        "Par enseigne, la répartition est la suivante : Korvex Surgelés, 742 M€ de ventes"
        " (+3,2 %) ; Frigo Plus, la livraison à domicile, 214 M€ (+9,8 %) ; la restauration"
        " hors foyer, 124 M€ (-1,5 %)."
    )
    assert measures(nlp, text) == ["revenue", "revenue", "revenue"]
