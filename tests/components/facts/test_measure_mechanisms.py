"""What an amount measures, decided by broad mechanisms rather than word lists (session 10):
the owner of the money read in the parse (a public body's spending and receipts are a budget,
whatever the verb), the subject of a verb that only says what a thing costs, and a purpose
that says nothing. Sentences of our own, modelled on kinds read in real press pages (town and
regional budgets, state budgets of African wires, takeover and fine stories)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from tests.components.facts.helpers import kind_params, measures

KINDS: dict[str, list[tuple[str, Any]]] = {
    "what a public body spends, invests or receives is a budget, whatever the verb": [
        (
            "Le département du Nord investira 210 millions d'euros dans ses routes cette année.",
            ["budget"],
        ),
        (
            "La municipalité investira 12 millions d'euros dans une nouvelle médiathèque.",
            ["budget"],
        ),
        (
            "La collectivité a dépensé 4,5 millions d'euros pour la rénovation du stade.",
            ["budget"],
        ),
        (
            "La commune a dépensé 1,2 million d'euros pour refaire la place du marché.",
            ["budget"],
        ),
        (
            "Le gouvernement québécois dépensera 2 milliards de dollars pour les routes.",
            ["budget"],
        ),
        (
            "Le gouvernement prévoit 12 milliards d'euros d'économies dans le budget 2025.",
            ["budget"],
        ),
    ],
    "a figure whose noun belongs to a public body ('de la ville') is a budget": [
        ("Les recettes de la ville atteignent 98 millions d'euros.", ["budget"]),
        ("Le déficit de la commune se creuse à 2,3 millions d'euros.", ["budget"]),
        ("Les dépenses de la Région Grand Est atteindront 3,4 milliards d'euros.", ["budget"]),
    ],
    "a country or a region written with its article, subject of a budget line": [
        ("Le Sénégal prévoit des dépenses de 6 400 milliards de FCFA en 2025.", ["budget"]),
        ("Le Maroc prévoit des recettes fiscales de 300 milliards de dirhams.", ["budget"]),
    ],
    "a company's figure in a town or a region stays the company's": [
        ("Le groupe Bouygues a investi 300 millions d'euros en région parisienne.", ["investment"]),
        (
            "En région, la chaîne de magasins a réalisé un chiffre d'affaires de 80 millions"
            " d'euros.",
            ["revenue"],
        ),
        (
            "Le chiffre d'affaires de l'entreprise de la ville a atteint 3 millions d'euros.",
            ["revenue"],
        ),
        (
            "L'État a accordé 2 millions d'euros à la fonderie Ferralis pour sauver l'usine.",
            ["aid"],
        ),
        ("La Ville de Paris a emprunté 800 millions d'euros l'an dernier.", ["debt"]),
    ],
    "a verb that only says what a thing costs takes its subject's measure": [
        (
            "Le rachat de la PME bretonne a coûté 45 millions d'euros au groupe Fromageries Bel.",
            ["price"],
        ),
        ("L'acquisition de Vernolia coûtera 1,2 milliard d'euros à Danone.", ["price"]),
        ("L'amende coûtera 30 millions d'euros au laboratoire.", ["fine"]),
        ("La cession de la filiale a rapporté 300 millions d'euros au groupe.", ["price"]),
    ],
    "with no cue noun as subject, the verb's own measure stays": [
        ("Les grèves de décembre ont coûté 30 millions d'euros à la SNCF.", ["cost"]),
        ("La grève des contrôleurs a coûté 50 millions d'euros à la compagnie.", ["cost"]),
        ("La construction de la nouvelle usine a coûté 80 millions d'euros.", ["investment"]),
        ("Le salon a rapporté 12 millions d'euros aux commerçants de la ville.", ["revenue"]),
        (
            "La perte du contrat de maintenance a coûté 40 millions d'euros à l'équipementier.",
            ["cost"],
        ),
    ],
    "a result said negative is a loss": [
        ("Le groupe a enregistré un résultat net négatif de 15 millions d'euros.", ["loss"]),
        (
            "Au premier semestre, la start-up affiche un Ebitda déficitaire de 4 millions d'euros.",
            ["loss"],
        ),
        ("Le résultat opérationnel est ressorti négatif, à 2,1 millions d'euros.", ["loss"]),
        ("Un effet de change négatif de 12 millions d'euros a pesé sur les comptes.", ["cost"]),
    ],
    "money paid 'pour' a share of a company is a price, not an investment": [
        ("Le fonds a payé 300 millions d'euros pour 40 % du capital.", ["price"]),
        ("Le groupe a versé 80 millions d'euros pour 51 % de la coentreprise.", ["price"]),
        (
            "L'assureur a déboursé 1,1 milliard de dollars pour 20 % des parts de la banque.",
            ["price"],
        ),
        (
            "Le fonds a investi 30 millions d'euros pour 10 % du capital de la start-up.",
            ["investment"],
        ),
    ],
    "what people earn per month or per year is pay, not a profit": [
        ("Un couple d'enseignants gagne en moyenne 5 200 euros net par mois.", ["pay"]),
        ("Un infirmier débutant touche 2 100 euros brut par mois.", ["pay"]),
        ("Les chauffeurs de la plateforme gagnent environ 1 500 euros par mois.", ["pay"]),
        ("Le groupe gagne 2 millions d'euros par mois.", ["profit"]),
        ("Danone a gagné 2 milliards d'euros l'an dernier.", ["profit"]),
    ],
}


@pytest.mark.parametrize(("text", "expected"), kind_params(KINDS))
def test_measure_of_a_kind(nlp: Language, text: str, expected: list[str]) -> None:
    assert measures(nlp, text) == expected


ROUND_UP = (
    "Levées de fonds : les start-up de la région ont levé 180 millions d'euros en mars\n"
    "Les jeunes pousses de la région ont levé 180 millions d'euros en mars. En tête, la"
    " fintech Pagora boucle une série B de 40 millions d'euros menée par Accel. La medtech"
    " lyonnaise Cardiolume suit avec 28 millions d'euros. La jeune pousse bordelaise Weenat a"
    " pour sa part sécurisé 12 millions d'euros. Enfin, la société Kelvio a finalisé un tour"
    " d'amorçage de 3 millions d'euros."
)


def test_an_amount_no_word_says_takes_the_measure_of_the_round_up(nlp: Language) -> None:
    """A company's amount with no cue around it, in an article most of whose amounts before
    it share a measure, takes that measure (a round-up of fundraisings)."""
    assert measures(nlp, ROUND_UP) == ["funding"] * 6


def test_the_article_measure_needs_a_company_and_no_cue(nlp: Language) -> None:
    """Not for an amount with a cue of its own, nor one no company holds."""
    text = (
        ROUND_UP + " La start-up Arvalis a versé un dividende de 2 millions d'euros."
        " Le ticket moyen atteint 4 millions d'euros."
    )
    assert measures(nlp, text)[-2:] == ["dividend", "other"]
