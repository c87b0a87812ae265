"""fr_org_people on kinds of construction seen in press we do not tune on (round-ups, market
reports, West African and regional press): a short name in brackets made of the long name's
syllables, a body's name coordinated with "et de", a regional bank's "de" + region, a place
adjective between a cue noun and the name, trade and sector nouns, a share's move, a relative
clause of corporate action, an investor named by a figure; and what is no name (a participle
opening the lede under a headline, a pronoun opening an answer)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from tests.components.entities.helpers import orgs, people


def canon_of(doc: Doc, text: str) -> str | None:
    """The canonical name of the organisation mention spelled ``text`` (None: no such org)."""
    for span in doc.spans["organizations"]:
        if span.text == text:
            return str(span._.canonical)
    return None


@pytest.mark.parametrize(
    ("text", "short", "long"),
    [
        ("La Compagnie malienne de transport fluvial (Comatraf) a reçu deux barges. La Comatraf "
         "emploie 300 personnes.", "Comatraf", "Compagnie malienne de transport fluvial"),
        ("L'Office béninois des produits vivriers (Obepvi) a relevé ses prix. Le directeur de "
         "l'Obepvi, Koffi Agbo, s'en explique.", "Obepvi", "Office béninois des produits vivriers"),
        ("Le Fonds d'appui aux artisans ruraux (Faar) a versé 2 milliards FCFA. Selon le Faar, "
         "les prêts sont remboursés.", "Faar", "Fonds d'appui aux artisans ruraux"),
    ],
)  # fmt: skip
def test_bracketed_syllabic_short_name_is_the_organisation(
    nlp: Language, text: str, short: str, long: str
) -> None:
    doc = nlp(text)
    assert canon_of(doc, short) == long
    assert short not in people(doc)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le Conseil du café et du cacao a fixé le prix à 1 800 FCFA le kilo.",
         "Conseil du café et du cacao"),
        ("La Chambre de commerce et d'industrie de Rennes soutient le projet.",
         "Chambre de commerce et d'industrie de Rennes"),
        ("La Fédération du négoce et de la distribution a protesté mardi.",
         "Fédération du négoce et de la distribution"),
    ],
)  # fmt: skip
def test_body_name_coordinated_with_et_de(nlp: Language, text: str, expected: str) -> None:
    assert expected in orgs(nlp(text))


def test_coordination_before_another_name_is_not_joined(nlp: Language) -> None:
    found = orgs(nlp("Le soutien de la Caisse des dépôts et de la Banque de France est acquis."))
    assert "Banque de France" in found
    assert not any("et de la" in o for o in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'usine sera financée par un prêt du Crédit Agricole Sud de France.",
         "Crédit Agricole Sud de France"),
        ("La PME a emprunté 2 millions auprès de la Caisse d'Épargne Loire de Bretagne.",
         "Caisse d'Épargne Loire de Bretagne"),
    ],
)  # fmt: skip
def test_regional_bank_keeps_its_region(nlp: Language, text: str, expected: str) -> None:
    assert expected in orgs(nlp(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pour la semaine, la fintech rennaise Payvora lève 6 millions d'euros.", "Payvora"),
        ("Côté santé, la biotech grenobloise Cellivane boucle un tour de 9 millions d'euros.",
         "Cellivane"),
        ("Norvex a racheté le fabricant ontarien Brookfell Doors pour 45 M$.", "Brookfell Doors"),
    ],
)  # fmt: skip
def test_place_adjective_between_cue_noun_and_name(nlp: Language, text: str, expected: str) -> None:
    doc = nlp(text)
    assert expected in orgs(doc)
    assert expected not in people(doc)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le cartonnier Plivard va fermer son site de Reims.", "Plivard"),
        ("Le foreur Deepvant a remporté un contrat en mer du Nord.", "Deepvant"),
        ("L'agritech Semavia a signé avec trois coopératives.", "Semavia"),
        ("La foodtech Gastrolia ouvre deux cuisines à Lille.", "Gastrolia"),
    ],
)  # fmt: skip
def test_trade_and_sector_nouns_name_a_company(nlp: Language, text: str, expected: str) -> None:
    assert expected in orgs(nlp(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("À la Bourse de Paris, Korvalis s'est envolé de 12,4 % à 8,15 euros.", "Korvalis"),
        ("Dans le sillage du pétrole, Ondrefa a bondi de 6,1 % à 31,20 euros.", "Ondrefa"),
        ("Velmarc (+3,1 % à 50,60 euros) signe la plus forte hausse du SBF 120.", "Velmarc"),
    ],
)  # fmt: skip
def test_share_move_with_a_percentage_names_a_company(
    nlp: Language, text: str, expected: str
) -> None:
    doc = nlp(text)
    assert expected in orgs(doc)
    assert expected not in people(doc)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Plus loin, Agrimova, qui conçoit des drones agricoles à Angers, réunit 4 millions.",
         "Agrimova"),
        ("Troisième du classement, Velitra, qui commercialise des vélos pliants, obtient "
         "3 millions d'euros.", "Velitra"),
    ],
)  # fmt: skip
def test_relative_clause_of_corporate_action(nlp: Language, text: str, expected: str) -> None:
    assert expected in orgs(nlp(text))


def test_investor_named_by_a_figure(nlp: Language) -> None:
    doc = nlp(
        "La jeune pousse Drovia a levé 7 millions d'euros auprès de 360 Capital et de 50 Partners."
    )
    found = orgs(doc)
    assert {"360 Capital", "50 Partners"} <= found
    assert "Capital" not in found


def test_participle_opening_the_lede_under_a_headline(nlp: Language) -> None:
    doc = nlp(
        "Awa Diallo (Sonaviv) : « Nous doublerons la production »\nNommée en mars à la tête "
        "de la Société nationale de volaille (Sonaviv), Awa Diallo lance un plan."
    )
    assert "Nommée" not in orgs(doc)
    assert "Société nationale de volaille" in orgs(doc)


def test_pronoun_opening_an_answer_is_no_name(nlp: Language) -> None:
    doc = nlp(
        "Quels sont vos projets ?\nNous investissons 12 milliards de FCFA à Korhogo.\n"
        "Vous avez perdu des clients ?\nNous avons perdu deux clients asiatiques."
    )
    assert not {"Nous", "Vous"} & orgs(doc)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La région aide trois usines, tandis que Filatures du Lys, en redressement judiciaire "
         "depuis mars, obtient un prêt de 1,5 million.", "Filatures du Lys"),
        ("Textivor, placée en liquidation judiciaire, cherche un repreneur.", "Textivor"),
    ],
)  # fmt: skip
def test_insolvency_proceeding_in_apposition(nlp: Language, text: str, expected: str) -> None:
    assert expected in orgs(nlp(text))


def test_new_name_after_a_naming_verb_and_an_adverb(nlp: Language) -> None:
    assert "Teldrane" in orgs(nlp("Après la fusion, le groupe s'appellera désormais Teldrane."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'armée a notifié au constructeur Kelvor Systems une commande ferme de drones.",
         {"Kelvor Systems"}),
        ("Le ministère a attribué au groupe Ostral Industries deux contrats de maintenance.",
         {"Ostral Industries"}),
        ("Le tour a été mené par le fonds Varenne Fund 3 et par Bpifrance.",
         {"Varenne Fund 3", "Bpifrance"}),
    ],
)  # fmt: skip
def test_a_number_word_after_a_name_is_no_part_of_it(
    nlp: Language, text: str, expected: set[str]
) -> None:
    """A number in digits may end a name (a fund's series); a number word (``une``, ``deux``)
    after it opens the object of the verb."""
    assert orgs(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tessalyne : hausse de 12% du résultat net au premier semestre\n\n"
         "Le chiffre d'affaires du groupe atteint 412 ME, en croissance de 6%.", "Tessalyne"),
        ("Brovik : objectifs annuels confirmés\n\nLa société a réalisé un chiffre d'affaires de "
         "88 millions d'euros sur le trimestre.", "Brovik"),
        ("ORX : la marge opérationnelle se redresse\n\nL'entreprise vise 1,2 milliard d'euros de "
         "ventes en 2027, a-t-elle indiqué mardi.", "ORX"),
    ],
)  # fmt: skip
def test_a_coined_headline_subject_of_a_brief_is_the_company(
    nlp: Language, text: str, name: str
) -> None:
    """A market brief names its company only before the headline's colon, then speaks of ``le
    groupe``, ``la société``: a name made of no dictionary word is that company."""
    assert name in orgs(nlp(text))


@pytest.mark.parametrize(
    ("text", "rubric"),
    [
        # a rubric of dictionary words
        ("Cosmétiques : les ventes ralentissent\n\nLe groupe a vendu moins en Asie.",
         "Cosmétiques"),
        # a country
        ("Tunisie : le déficit commercial se creuse\n\nLa société nationale perd de l'argent.",
         "Tunisie"),
        # the headline names its company after a cue noun: the word before the colon is a rubric
        ("Stablecoins : la fintech nantaise Orvalis obtient son agrément\n\nLa société "
         "pourra émettre un jeton adossé à l'euro.", "Stablecoins"),
        # a person
        ("Mathilde Kervella : « Nous doublerons la production »\n\nLe groupe investit 40 "
         "millions d'euros.", "Mathilde Kervella"),
        # no company spoken of in the body
        ("Zorbex : la rumeur enfle\n\nLes marchés attendent une annonce.", "Zorbex"),
    ],
)  # fmt: skip
def test_a_headline_rubric_place_or_person_is_no_brief_company(
    nlp: Language, text: str, rubric: str
) -> None:
    assert rubric not in orgs(nlp(text))
