"""Whose amount it is (holder) and the other party (counterpart), from the parse and the
organisations and people the entities component found."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.facts.helpers import facts

CASES = [
    # the subject of the verb, the object of a verb of buying
    (
        "Michelin rachète Camso pour 1,45 milliard de dollars.",
        ("price", "Michelin", "Camso"),
    ),
    (
        "Danone a levé 500 millions d'euros auprès de la Banque européenne d'investissement.",
        ("funding", "Danone", "Banque européenne d'investissement"),
    ),
    # a verb of giving: the subject is the counterpart, "à" names the holder
    (
        "La CNIL a infligé à Criteo une amende de 40 millions d'euros.",
        ("fine", "Criteo", "CNIL"),
    ),
    # the name after the cue noun
    (
        "Le chiffre d'affaires de Renault a atteint 52 milliards d'euros.",
        ("revenue", "Renault", None),
    ),
    # the name before a bracket
    (
        "Parmi les reculs, Kering (-4 % à 212 euros) pèse sur l'indice.",
        ("share_price", "Kering", None),
    ),
    # a bid: the bidder and the target around the noun of the bid
    (
        "L'offre de Vinci sur Getlink, à 17 euros par action, a été bien accueillie.",
        ("price", "Vinci", "Getlink"),
    ),
    # a rachat names the target after "de", the buyer after "par"
    (
        "Le rachat de Neoen par Brookfield pour 6,1 milliards d'euros est bouclé.",
        ("price", "Brookfield", "Neoen"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_parties(nlp: Language, text: str, expected: tuple) -> None:
    assert [fact[:3] for fact in facts(nlp, text)] == [expected]


def test_a_description_subject_is_the_company_in_focus(nlp: Language) -> None:
    text = (
        "Safran a publié ses comptes jeudi. Le motoriste a dégagé un bénéfice net de "
        "3 milliards d'euros."
    )
    assert facts(nlp, text)[0][:2] == ("profit", "Safran")


def test_a_later_sentence_about_the_deal_keeps_its_parties(nlp: Language) -> None:
    text = (
        "Carrefour annonce le rachat de Cora. "
        "Le montant de la transaction atteint 1,05 milliard d'euros."
    )
    assert facts(nlp, text)[0][:3] == ("price", "Carrefour", "Cora")


def test_a_group_of_companies_has_no_holder(nlp: Language) -> None:
    text = "Alstom, Thales et Safran ont levé ensemble 90 millions d'euros."
    assert facts(nlp, text)[0][:2] == ("funding", None)


def test_a_seller_is_not_the_buyer(nlp: Language) -> None:
    text = "Bouygues serait prêt à céder sa filiale Colas pour 3 milliards d'euros."
    holder = facts(nlp, text)[0][1]
    assert holder != "Bouygues"


def test_a_news_agency_is_never_a_party(nlp: Language) -> None:
    text = "Selon Reuters, la banque a enregistré une perte de 80 millions d'euros."
    assert facts(nlp, text)[0][:2] == ("loss", None)


def test_the_party_a_fine_is_sought_against_pays_it(nlp: Language) -> None:
    text = "Le parquet requiert une amende de 3 millions d'euros contre Lactalis."
    assert facts(nlp, text)[0][:2] == ("fine", "Lactalis")


def test_the_source_of_a_figure_is_not_its_holder(nlp: Language) -> None:
    text = "Un analyste de Natixis estime que la perte de 50 millions d'euros pèsera."
    assert facts(nlp, text)[0][1] != "Natixis"


def test_a_bid_names_its_target_after_the_amount(nlp: Language) -> None:
    text = "Engie fait une offre de 4 milliards d'euros sur Neoen."
    assert facts(nlp, text)[0][:3] == ("price", "Engie", "Neoen")


def test_a_fine_imposed_in_the_passive(nlp: Language) -> None:
    text = "Une amende de 150 millions d'euros a été infligée à Apple par la CNIL."
    assert facts(nlp, text)[0][:3] == ("fine", "Apple", "CNIL")


def test_the_party_that_incurs_a_fine(nlp: Language) -> None:
    text = "Le laboratoire Servier a écopé de 30 millions d'euros d'amende."
    assert facts(nlp, text)[0][:2] == ("fine", "Servier")


def test_the_company_named_first_is_the_main_one_over_a_restated_name(nlp: Language) -> None:
    text = (
        "Le tribunal de commerce de Quimper a placé la société Menuiseries Kerbrat SAS en "
        "redressement judiciaire.\nFondée en 1971, la PME emploie 40 salariés. Elle a réalisé "
        "un chiffre d'affaires de 9 millions d'euros l'an dernier.\nLa Banque publique "
        "d'investissement (Bpifrance) a accepté de geler ses échéances."
    )
    assert facts(nlp, text)[0][:2] == ("revenue", "Menuiseries Kerbrat SAS")


@pytest.mark.parametrize(
    "text",
    [
        "Chez Valmont Industries, la CGT réclame une prime exceptionnelle de 2 000 euros par "
        "salarié.",
        "La présidente de Marvelle, Odile Fresnay, a versé en janvier une prime de 800 euros à "
        "chacun des 120 salariés.",
        "Le salaire moyen chez Marvelle s'établit à 32 000 euros brut par an.",
    ],
)
def test_the_pay_of_every_employee_has_no_holder(nlp: Language, text: str) -> None:
    assert facts(nlp, text)[0][:2] == ("pay", None)


def test_the_pay_of_a_person_named_in_the_sentence_before(nlp: Language) -> None:
    text = (
        "Le conseil de Tessane a validé la rémunération de Martine Loubier. "
        "Son salaire fixe, 900 000 euros, n'a pas changé."
    )
    assert facts(nlp, text)[0][:2] == ("pay", "Martine Loubier")


@pytest.mark.parametrize(
    ("text", "giver"),
    [
        ("La Région Bretagne apportera de son côté 20 millions d'euros.", "Région Bretagne"),
        ("La Région Bretagne accorde une avance remboursable de 300 000 euros.", "Région Bretagne"),
        ("Bpifrance pourrait apporter quelque 400 000 euros si la famille reste.", "Bpifrance"),
    ],
)
def test_a_public_body_gives_aid_to_the_company_in_focus(
    nlp: Language, text: str, giver: str
) -> None:
    text = "Le tribunal a accordé un sursis à Morvan Industries. " + text
    assert facts(nlp, text)[0][:3] == ("aid", "Morvan Industries", giver)


def test_a_bank_that_brings_money_is_no_aid(nlp: Language) -> None:
    text = (
        "Le tribunal a accordé un sursis à Morvan Industries. "
        "Le Crédit Agricole apportera 2 millions d'euros."
    )
    assert facts(nlp, text)[0][0] != "aid"


@pytest.mark.parametrize(
    "text",
    [
        "Le promoteur Vallorès Immobilier, qui a réduit ses effectifs, prévoit de céder pour "
        "quelque 150 millions d'euros de terrains.",
        "Le holding Sofimar a annoncé la cession de 3 % du capital de Legrand, pour 500 millions "
        "d'euros.",
    ],
)
def test_a_sale_with_no_buyer_named_has_no_holder(nlp: Language, text: str) -> None:
    assert facts(nlp, text)[0][:2] == ("price", None)


def test_a_sale_names_its_buyer_after_au(nlp: Language) -> None:
    text = "La cession de Colas au groupe Vinci pour 3 milliards d'euros est bouclée."
    assert facts(nlp, text)[0][:3] == ("price", "Vinci", "Colas")


def test_a_joint_bid_is_held_by_the_first_named(nlp: Language) -> None:
    text = "Bouygues Telecom, Free et Orange ont déposé une offre commune de 17 milliards d'euros."
    assert facts(nlp, text)[0][:2] == ("price", "Bouygues Telecom")


def test_a_plural_description_subject_is_a_group(nlp: Language) -> None:
    text = "Selon Bpifrance, les jeunes pousses françaises ont levé 7,8 milliards d'euros en 2024."
    assert facts(nlp, text)[0][:2] == ("funding", None)


def test_an_authority_never_pays_the_fine_it_imposes(nlp: Language) -> None:
    text = (
        "L'Autorité de la concurrence sanctionne un cartel de fabricants de portes à hauteur "
        "de 120 millions d'euros."
    )
    assert facts(nlp, text)[0][:3] == ("fine", None, "Autorité de la concurrence")


def test_the_authority_that_seeks_a_fine_is_its_counterpart(nlp: Language) -> None:
    text = (
        "Le parquet national financier (PNF) a requis mardi 150 000 euros d'amende contre "
        "Antoine Mercadier, gérant de la société."
    )
    assert facts(nlp, text)[0][:3] == ("fine", "Antoine Mercadier", "PNF")


def test_the_shareholders_receiving_a_dividend_are_no_group_holder(nlp: Language) -> None:
    text = (
        "Le groupe Valmeris a publié ses comptes. Les actionnaires recevront un dividende de "
        "3,22 euros par action."
    )
    assert facts(nlp, text)[0][:2] == ("dividend", "Valmeris")


def test_a_cost_borne_by_a_group_has_no_holder(nlp: Language) -> None:
    text = (
        "Selon France Assureurs, les catastrophes naturelles ont coûté 5,8 milliards d'euros "
        "aux assureurs en 2024."
    )
    assert facts(nlp, text)[0][:2] == ("cost", None)


def test_a_cost_borne_by_the_party_after_a(nlp: Language) -> None:
    text = "La grève des pilotes a coûté 45 millions d'euros à Air France."
    assert facts(nlp, text)[0][:2] == ("cost", "Air France")


def test_an_authority_that_reports_is_not_the_main_company(nlp: Language) -> None:
    text = (
        "La Cour des comptes s'alarme de la dérive des finances publiques. Selon le rapport, "
        "la charge d'intérêts passerait à 100 milliards d'euros en 2029."
    )
    assert facts(nlp, text)[0][1] is None


def test_a_name_written_with_an_ampersand_is_one_holder(nlp: Language) -> None:
    text = (
        "La banque privée lausannoise Mirabel & Cie a dégagé en 2025 un bénéfice net de "
        "84,6 millions de francs suisses, a-t-elle annoncé mardi."
    )
    assert facts(nlp, text)[0][:2] == ("profit", "Mirabel & Cie")


def test_a_target_after_a_lower_case_description(nlp: Language) -> None:
    text = (
        "Le groupe luxembourgeois Orbelis S.A. a relevé vendredi son objectif, deux semaines "
        "après avoir finalisé le rachat de l'américain Skylink pour 3,1 milliards de dollars."
    )
    assert facts(nlp, text)[0][:3] == ("price", "Orbelis S.A.", "Skylink")


def test_public_bodies_giving_aid_are_not_the_main_company(nlp: Language) -> None:
    text = (
        "La Verrerie Castagnac SAS, dernier verrier du Tarn, a bouclé son plan de financement.\n"
        "La Région Occitanie apporte 2 millions d'euros. La Région Occitanie suivra le dossier, "
        "selon Bpifrance. Bpifrance accorde un prêt.\n"
        "L'entreprise a vu son chiffre d'affaires tomber à 27 millions d'euros en 2025."
    )
    assert [fact[:2] for fact in facts(nlp, text)] == [
        ("aid", "Verrerie Castagnac SAS"),
        ("revenue", "Verrerie Castagnac SAS"),
    ]


@pytest.mark.parametrize(
    "second",
    [
        "La jeune pousse, qui avait levé 20 millions d'euros auprès du fonds Harlow Capital, a "
        "réalisé en 2024 un chiffre d'affaires de 14 millions d'euros.",
        "Le groupe, détenu à 80 % par la Fondation Marcellin, a réalisé en 2024 un chiffre "
        "d'affaires de 14 millions d'euros.",
    ],
)
def test_a_name_inside_an_incise_is_not_the_holder(nlp: Language, second: str) -> None:
    text = "La société Optivane SAS a publié ses comptes. Optivane SAS recrute.\n" + second
    assert facts(nlp, text)[-1][:2] == ("revenue", "Optivane SAS")


def test_chez_opening_the_sentence_names_the_holder(nlp: Language) -> None:
    text = (
        "Danone a publié ses comptes jeudi. Chez Carrefour, le bénéfice net a reculé de 12 %, "
        "à 1,2 milliard d'euros."
    )
    assert facts(nlp, text)[0][:2] == ("profit", "Carrefour")


def test_chez_after_an_analyst_names_a_source(nlp: Language) -> None:
    text = "Selon un analyste chez Bernval, la perte atteindra 80 millions d'euros."
    assert facts(nlp, text)[0][1] != "Bernval"


def test_the_target_of_a_past_deal_does_not_own_a_share_price(nlp: Language) -> None:
    text = (
        "Legrand a publié ses ventes. L'action, plombée depuis un an par les doutes nés de "
        "l'acquisition de Vertiv Power en 2023, prenait 3 % mardi matin, à 41,50 euros."
    )
    assert facts(nlp, text)[0][:2] == ("share_price", "Legrand")


def test_a_share_that_falls_sells_nothing_and_a_market_holds_nothing(nlp: Language) -> None:
    text = (
        "Le groupe postal néerlandais PostNL a publié un bénéfice net de 40 millions d'euros. "
        "L'action PostNL cédait 4 % jeudi sur Euronext Amsterdam, à 1,10 euro."
    )
    assert facts(nlp, text)[1][:2] == ("share_price", "PostNL")


def test_the_person_sentenced_to_a_fine_is_its_object(nlp: Language) -> None:
    text = (
        "Le tribunal correctionnel de Lyon a condamné mardi Julien Berthier, 47 ans, gérant de "
        "Thermalys SARL, à deux ans de prison avec sursis et à 300 000 euros d'amende."
    )
    assert facts(nlp, text)[0][:2] == ("fine", "Julien Berthier")


@pytest.mark.parametrize(
    "second",
    [
        "La compagnie Skyvia a commandé 12 appareils, un contrat évalué à 1,4 milliard de "
        "dollars selon des analystes.",
        "Le groupe Stellantis s'est engagé à acheter la moitié de la production pendant huit ans, "
        "un contrat estimé à 900 millions d'euros.",
    ],
)
def test_the_subject_of_a_verb_of_ordering_is_the_client(nlp: Language, second: str) -> None:
    text = "Le fabricant Verdalis Énergie accélère. Verdalis Énergie recrute.\n" + second
    holder, client = facts(nlp, text)[0][1:3]
    assert (holder, client) == ("Verdalis Énergie", second.split()[2].rstrip(","))


def test_the_employer_is_the_counterpart_of_pay(nlp: Language) -> None:
    text = (
        "Le groupe Marvelle a publié ses comptes. Marvelle recrute.\n"
        "La CGT réclame une prime exceptionnelle de 1 500 euros par salarié."
    )
    assert facts(nlp, text)[0][:3] == ("pay", None, "Marvelle")


def test_the_authority_subject_is_preferred_to_the_court_named_nearer(nlp: Language) -> None:
    text = (
        "Le parquet national financier (PNF) a requis mardi, devant le tribunal correctionnel "
        "de Nanterre, une amende de 4 millions d'euros contre la société Orvalis SA."
    )
    assert facts(nlp, text)[0][:3] == ("fine", "Orvalis SA", "PNF")


def test_a_fine_takes_the_authority_of_the_article(nlp: Language) -> None:
    text = (
        "L'Autorité de la concurrence a sanctionné trois fabricants de tuiles. Selon "
        "l'Autorité de la concurrence, l'entente a duré dix ans.\n"
        "Le groupe Tuilor SA écope de la sanction la plus lourde, avec 64 millions d'euros."
    )
    assert facts(nlp, text)[0][2] == "Autorité de la concurrence"


def test_a_sale_with_no_buyer_named_has_the_seller_as_counterpart(nlp: Language) -> None:
    text = (
        "Le chimiste Valoris a publié ses résultats. Valoris recrute.\n"
        "Le groupe prévoit de céder pour quelque 300 millions d'euros d'actifs non stratégiques."
    )
    assert facts(nlp, text)[0][:3] == ("price", None, "Valoris")


def test_an_investor_puts_money_into_the_company_of_the_article(nlp: Language) -> None:
    text = (
        "La PME bretonne Kerlis SAS a doublé ses ventes. Kerlis SAS recrute.\n"
        "En septembre, le fonds Siparex a injecté 12 millions d'euros en échange de 30 % du "
        "capital."
    )
    assert facts(nlp, text)[0][:3] == ("investment", "Siparex", "Kerlis SAS")


def test_a_round_named_in_the_title_takes_the_lead_investor_of_the_article(nlp: Language) -> None:
    text = (
        "Voltéra lève 30 millions d'euros pour ses batteries\n"
        "La start-up grenobloise Voltéra SAS a bouclé un tour de table mené par Eurazeo."
    )
    assert facts(nlp, text)[0][2] == "Eurazeo"


def test_names_of_an_apposition_are_not_joined_to_the_subject(nlp: Language) -> None:
    text = (
        "Macif, maison mère de la MAAF, de Mutavie et de la GMF, a vu son résultat net "
        "reculer de 20 % à 450 millions d'euros."
    )
    assert facts(nlp, text)[0][:2] == ("profit", "Macif")
