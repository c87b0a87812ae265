"""Holders decided by the sentence's grammar rather than by a word list: a person named with a
role whose organisation is left unsaid stands for the company in focus (for a company's
measure, not pay); a name in the ``de`` complement of a description subject (``le club de
Ligue 1``, ``la filiale de X``) is not the party the description stands for; a court never
holds an amount. Sentences of our own, several wordings per kind."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.facts.helpers import facts

ROLE_WITHOUT_ORGANISATION = [
    (
        "La société Lafargue Textiles a présenté mardi son plan de relance. Son président, "
        "Bertrand Lafargue, s'engage à investir 2,5 millions d'euros dans de nouveaux métiers.",
        "Lafargue Textiles",
    ),
    (
        "Le groupe Valdoria a dévoilé jeudi sa feuille de route. Sa directrice générale, Claire "
        "Vasseur, a annoncé un investissement de 40 millions d'euros dans une nouvelle usine.",
        "Valdoria",
    ),
    (
        "Le chimiste Orbelis accélère en Asie. Le directeur général, Marc Teyssier, va investir "
        "120 millions d'euros à Singapour d'ici 2028.",
        "Orbelis",
    ),
]


@pytest.mark.parametrize(("text", "company"), ROLE_WITHOUT_ORGANISATION)
def test_a_role_without_organisation_stands_for_the_company_in_focus(
    nlp: Language, text: str, company: str
) -> None:
    found = [fact for fact in facts(nlp, text) if fact[0] == "investment"]
    assert found and found[0][1] == company
    assert found[0][2] != company  # the company does not invest in itself


def test_the_pay_of_a_role_without_organisation_stays_the_person(nlp: Language) -> None:
    text = (
        "Le groupe Valdoria a publié ses comptes jeudi. Sa directrice générale, Claire "
        "Vasseur, touchera une rémunération fixe de 650 000 euros."
    )
    assert facts(nlp, text)[0][:2] == ("pay", "Claire Vasseur")


DESCRIPTION_WITH_A_COMPLEMENT = [
    (
        "Le FC Montrevel a présenté ses comptes. Le club de Ligue 1 a enregistré une perte "
        "nette de 48 millions d'euros. Le club de Ligue 1 avait réalisé un chiffre d'affaires "
        "de 132 millions d'euros un an plus tôt.",
        "FC Montrevel",
    ),
    (
        "Le Stade Vernois a bouclé sa saison. Le club de Ligue 2 affiche un chiffre d'affaires "
        "de 31 millions d'euros.",
        "Stade Vernois",
    ),
    (
        "Le groupe Kerlann a publié jeudi ses résultats. La filiale française de Vivendi a "
        "dégagé un bénéfice net de 12 millions d'euros.",
        "Kerlann",
    ),
]


@pytest.mark.parametrize(("text", "holder"), DESCRIPTION_WITH_A_COMPLEMENT)
def test_a_name_after_de_in_a_description_subject_is_not_its_referent(
    nlp: Language, text: str, holder: str
) -> None:
    found = [fact for fact in facts(nlp, text) if fact[0] in ("loss", "revenue", "profit")]
    assert found and {fact[1] for fact in found} == {holder}


COURT_BIDS = [
    "Le tribunal de commerce de Lyon a retenu mercredi l'offre de Fimarge, qui rachète le "
    "bâtiment pour un euro symbolique.",
    "Le tribunal de commerce de Nanterre a validé le plan de reprise. Le repreneur paiera 3 "
    "millions d'euros pour les actifs.",
    "Le tribunal judiciaire de Bobigny a désigné le repreneur, qui versera 800 000 euros.",
]


@pytest.mark.parametrize("text", COURT_BIDS)
def test_a_court_never_holds_an_amount(nlp: Language, text: str) -> None:
    assert all(not (fact[1] or "").lower().startswith("tribunal") for fact in facts(nlp, text))


REFERRING_BACK = [
    # a personal pronoun or a possessive subject: an amount of ``other`` is the party's
    (
        "La néobanque Nuvalto Bank a obtenu sa licence. Elle vise 150 milliards de pesos de "
        "dépôts à fin 2026.",
        "Nuvalto Bank",
    ),
    (
        "La néobanque Nuvalto Bank a obtenu sa licence. Ses fonds propres atteignaient 41 "
        "millions de dollars fin décembre.",
        "Nuvalto Bank",
    ),
    (
        "Le gestionnaire Ardelys Gestion a publié ses chiffres. Ses encours sous gestion ont "
        "atteint 38,5 milliards d'euros.",
        "Ardelys Gestion",
    ),
]


@pytest.mark.parametrize(("text", "holder"), REFERRING_BACK)
def test_an_other_amount_of_a_subject_referring_back_is_the_party_in_focus(
    nlp: Language, text: str, holder: str
) -> None:
    found = [fact for fact in facts(nlp, text) if fact[0] == "other"]
    assert found and found[0][1] == holder


def test_an_other_amount_of_a_plain_description_has_no_holder(nlp: Language) -> None:
    text = (
        "La néobanque Nuvalto Bank a obtenu sa licence. Le marché mexicain des dépôts atteint "
        "9 000 milliards de pesos."
    )
    assert [fact[1] for fact in facts(nlp, text) if fact[0] == "other"] == [None]


def test_an_organ_of_a_company_keeps_it_in_focus(nlp: Language) -> None:
    text = (
        "La direction de Ferrovia Voyageurs assure que le dialogue n'a jamais été rompu. La "
        "grève de février avait coûté quelque 45 millions d'euros à la compagnie."
    )
    assert facts(nlp, text)[0][:2] == ("cost", "Ferrovia Voyageurs")


CUE_NOUNS_WITH_AN_OWNER = [
    "Le groupe Veolia a publié ses comptes. La dette financière nette d'Engie ne baisse "
    "que de 0,1 milliard, à 54,3 milliards d'euros.",
    "Le groupe Veolia a publié ses comptes. Le chiffre d'affaires d'Engie atteint 71,3 "
    "milliards d'euros.",
    "Le groupe Veolia a publié ses comptes. Les ventes d'Engie ont atteint 12 milliards d'euros.",
]


@pytest.mark.parametrize("text", CUE_NOUNS_WITH_AN_OWNER)
def test_the_de_complement_of_a_cue_noun_is_its_holder(nlp: Language, text: str) -> None:
    assert [fact[1] for fact in facts(nlp, text)][-1:] == ["Engie"]
