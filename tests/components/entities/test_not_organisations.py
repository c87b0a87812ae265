"""What is no organisation: products, places, common-noun acronyms, participles opening a
sentence, headline rubrics, portfolios, families, figures."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.components.entities import norm
from tests.components.entities.helpers import orgs, people


@pytest.mark.parametrize(
    ("text", "not_org"),
    [
        # products stay out of the organisations
        ("L’application ChatGPT compte 200 millions d’utilisateurs.", "ChatGPT"),
        ("Le modèle Gemini progresse sur les tests.", "Gemini"),
        ("Nous avons rendu Grok open source.", "Grok open"),
        # places, sentence-initial words, titles and portfolios are not organisations
        ("En France, l’inflation ralentit nettement.", "France"),
        ("Fait intéressant, la nouvelle a été annoncée lundi.", "Fait intéressant"),
        ("Selon le PDG, la croissance ralentit.", "PDG"),
        ("Le ministre de l’Économie, Bruno Le Maire, a salué l’accord.", "Économie"),
        # people are not organisations
        ("Sundar Pichai, le patron de Google, a réagi. Pichai reste confiant.", "Pichai"),
        ("OpenAI a une histoire unique avec Elon Musk. Musk a engagé des poursuites.", "Musk"),
    ],
)
def test_products_places_titles_and_people(nlp: Language, text: str, not_org: str) -> None:
    doc = nlp(text)
    assert not_org not in orgs(doc)
    assert all(norm(s.text) != not_org for s in doc.spans["organizations"])


@pytest.mark.parametrize(
    ("text", "not_org"),
    [
        # business acronyms that are common nouns
        ("Le groupe a présenté un plan de sauvegarde de l’emploi (PSE). Le PSE concerne 640 "
         "postes.", "PSE"),
        ("L’action a pris 1,8 % à Toronto, à 72,40 $ CA.", "CA"),
        ("L’EBITDA a progressé et la TVA sera relevée, selon le PDG.", "TVA"),
        # towns stay places in corporate contexts
        ("La société Chaussures Marbot SAS, fondée en 1921 à Romans-sur-Isère (Drôme), souffre.",
         "Romans-sur-Isère"),
        ("Fondée en 2008 à Lyon, la société a réalisé un chiffre d’affaires de 312 millions.",
         "Lyon"),
        ("Michelin va fermer ses usines de Cholet et Vannes.", "Cholet"),
        ("Le site de Bresles (Oise) emploie 310 salariés, la société le ferme.", "Bresles"),
        ("Implantée à Saint-Herblain, la start-up emploie 80 personnes.", "Saint-Herblain"),
        # a minister's portfolio is not an organisation
        ("Il a rencontré Sébastien Lecornu, ministre des Armées, à Paris.", "Armées"),
    ],
)  # fmt: skip
def test_business_acronyms_towns_and_portfolios(nlp: Language, text: str, not_org: str) -> None:
    doc = nlp(text)
    assert all(norm(s.text) != not_org for s in doc.spans["organizations"])


@pytest.mark.parametrize(
    ("text", "not_org"),
    [
        # currencies and procedures are common-noun acronyms
        ("Le prix a été fixé à 1 500 francs CFA le kilo.", "CFA"),
        ("Les producteurs recevront 2 800 FCFA par kilogramme.", "FCFA"),
        ("Le dirigeant a accepté une comparution sur reconnaissance préalable de culpabilité "
         "(CRPC).", "CRPC"),
        ("Le RNPG a progressé de 8 %, à 1,2 milliard d’euros.", "RNPG"),
        ("L’opérateur a raccordé 2 millions de foyers à la FTTH et déploie la 5G.", "FTTH"),
        ("Le prix de gros a atteint 95 euros le MWh.", "MWh"),
        # an unknown acronym spelling the lower-case noun phrase before it
        ("Le groupe a signé une nouvelle prestation de services financiers (PSFX) avec la "
         "région.", "PSFX"),
        ("Le groupe a obtenu un prêt garanti par l’État (PGE) de 50 millions.", "PGE"),
        # the place of a dateline
        ("PARIS, 12 mars (Reuters) - Le groupe a publié ses comptes.", "PARIS"),
        ("BERLIN – Le constructeur Volkswagen réduit ses effectifs.", "BERLIN"),
        ("NEW YORK, 4 février (Reuters) – Wall Street a ouvert en hausse.", "NEW YORK"),
        # headline rubrics
        ("Luxe. Hermès résiste au ralentissement chinois\nLe groupe a publié ses ventes.",
         "Luxe"),
        ("Automobile : Renault relève ses objectifs\nLe groupe a publié ses ventes.",
         "Automobile"),
        ("Cosmétiques : L’Oréal accélère en Asie\nLe groupe a publié ses ventes.",
         "Cosmétiques"),
        # participles opening a sentence
        ("Contactée, la direction n’a pas souhaité commenter.", "Contactée"),
        ("Sollicité par l’AFP, le ministère n’a pas répondu.", "Sollicité"),
        ("Interrogés lundi, les syndicats ont dénoncé le plan.", "Interrogés"),
        # all lower case, or a figure after a name
        ("Le fonds a renforcé le capital-investissement et le non-coté.", "non-coté"),
        ("Bouygues Telecom prendrait 40 % des actifs, Free 35 % et Orange 25 %.", "Free 35"),
        # the legal form alone
        ("La SAS Transports Giraud emploie 40 salariés. L’EURL Dupont a fermé.", "SAS"),
        ("L’EURL Dupont a fermé ses portes.", "EURL"),
        # interview markers
        ("Q. – Le marché est-il trop concurrentiel ?\nR. – Oui, avec quatre opérateurs.", "Q."),
        # a département in brackets after a dateline place is a place
        ("GUÉRET (Creuse) – La Fonderie Vallet SAS a été placée en redressement.", "Creuse"),
        ("VANNES (Morbihan) – Le chantier naval Piriou a signé un contrat.", "Morbihan"),
        # an article before a name closed by a suffix is not part of it
        ("Le Kenya Tea Board a relevé le prix minimum.", "Le Kenya Tea Board"),
        ("Le Conseil constitutionnel a censuré la loi.", "Le Conseil"),
    ],
)  # fmt: skip
def test_common_acronyms_datelines_rubrics_participles_and_legal_forms(
    nlp: Language, text: str, not_org: str
) -> None:
    doc = nlp(text)
    assert all(norm(s.text) != not_org for s in doc.spans["organizations"])


@pytest.mark.parametrize(
    ("text", "not_org"),
    [
        # the territory, lower-case "région", is a place
        ("La région Normandie compte 3,3 millions d’habitants.", "Région Normandie"),
        # a site is not a territorial body
        ("L’usine PSA de Sochaux va fermer une ligne de production.", "PSA de Sochaux"),
        # a participle opening the sentence is no part of the school or firm after it
        ("Elle a fondé sa société.\nDiplômée d’HEC, passée par Lazard, elle rejoint Cartier.",
         "Diplômée d'HEC"),
        ("Il a été nommé en mars. Formé chez McKinsey, il dirige désormais Orano.",
         "Formé chez McKinsey"),
        ("Le marché est dominé par l’USDT de Tether et l’USDC de Circle.", "USDC"),
        # a town without a hyphen is a site of the body, not part of its name
        ("Les salariés de la coopérative Vorlac de Montpellier ont voté.",
         "Vorlac de Montpellier"),
        # elisions are not names with an apostrophe
        ("Jusqu’ici, la société a tenu bon. Lorsqu’elle a signé, Brelmax a gagné.", "Jusqu'ici"),
        # parts of a country are places
        ("Le volcan du Mont Cameroun est actif. Les élus du Nord Cameroun protestent.",
         "Mont Cameroun"),
        # a dateline place is a place everywhere in the article, even after a role "de"
        ("Vorkuta – La société Brelmax a averti jeudi.\nUn économiste de Vorkuta juge la mesure "
         "risquée.", "Vorkuta"),
    ],
)  # fmt: skip
def test_territories_sites_participles_elisions_and_dateline_places(
    nlp: Language, text: str, not_org: str
) -> None:
    assert not_org not in orgs(nlp(text))


@pytest.mark.parametrize(
    ("text", "not_org", "person"),
    [
        # a sentence-initial participle before an apposition is no organisation
        ("Réunis à Paris, les actionnaires ont voté. Fragilisée, l’entreprise cherche un "
         "repreneur.", "Fragilisée", None),
        ("Sollicitée, la société n’a pas répondu.", "Sollicitée", None),
        # a lower-case article, or a capital one at a sentence start, stays out of the name
        ("La Poste et la Redoute ont signé.", "la Redoute", None),
        ("La Commission européenne a tranché.", "La Commission européenne", None),
    ],
)  # fmt: skip
def test_participles_and_lower_case_articles(
    nlp: Language, text: str, not_org: str, person: str | None
) -> None:
    doc = nlp(text)
    assert not_org not in orgs(doc)
    if person is not None:
        assert person in people(doc)


@pytest.mark.parametrize(
    ("text", "not_org"),
    [
        ("Le Brésil, qui représente 40 % des ventes, ralentit.", "Brésil"),
        ("Le Japon, qui regroupe les meilleurs ingénieurs, investit.", "Japon"),
        ("Le client doit fournir son RIB et son IBAN à la banque.", "IBAN"),
        ("Le client doit fournir son RIB et son IBAN à la banque.", "RIB"),
        ("L'usine Renault de Flins fermera en 2026.", "Renault de Flins"),
        ("Le groupe Pierre Fabre pour la troisième année consécutive a augmenté ses ventes.",
         "Pierre Fabre pour la troisième année"),
    ],
)  # fmt: skip
def test_markets_common_acronyms_and_sites_of_a_company(
    nlp: Language, text: str, not_org: str
) -> None:
    assert not any(o.startswith(not_org) for o in orgs(nlp(text)))


@pytest.mark.parametrize(
    ("text", "not_org"),
    [
        ("Drelvo SA, la holding de la famille Vestrani, détient 65 % du capital.", "Vestrani"),
        ("Les Vestrani ont soutenu le club pendant trente ans, a dit Marc Dupuis.", "Vestrani"),
        ("Un porte-parole du ministère néerlandais des Infrastructures a confirmé le plafond.",
         "Infrastructures"),
        ("Diplômée de l’Insa de Rennes, passée par Renault, elle a repris Kervélo.", "Diplômée"),
        ("Installée à Quimper depuis 2019, la PME Kervélo recrute.", "Installée"),
        ("Le VTT et le ski de fond attirent les familles, dit Paul Morin.", "VTT"),
        ("Les 300 salariés de Flins attendent la décision du groupe.", "Flins"),
        ("La Région Grand Est a voté une aide.", "Région Grand"),
        ("Le ministre délégué de l’Industrie, Marc Lenoir, a parlé.", "Industrie"),
    ],
)  # fmt: skip
def test_families_portfolios_and_opening_participles(
    nlp: Language, text: str, not_org: str
) -> None:
    doc = nlp(text)
    assert not_org not in orgs(doc)
    assert not_org not in people(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Vincent Lecomte prend la charge en tant que Head of group strategy.",
        "Dirk Lambrechts est promu au rang d'Executive Vice President Corporate Affairs.",
        "Marc Dubois a été nommé Chief Financial Officer de Proximus.",
    ],
)
def test_english_job_titles_are_no_organisations(nlp: Language, text: str) -> None:
    found = orgs(nlp(text))
    assert not any(word in name for name in found for word in ("Head", "Chief", "Vice"))


@pytest.mark.parametrize(
    "text",
    [
        "Le Québécois Alain Bouchard, fondateur d'Alimentation Couche-Tard, a vendu des actions.",
        "Selon le Vaudois Pascal Broulis, le budget du canton sera équilibré.",
    ],
)
def test_capitalised_demonyms_are_no_names(nlp: Language, text: str) -> None:
    found = orgs(nlp(text)) | people(nlp(text))
    assert not ({"Québécois", "Vaudois"} & found)


def test_country_named_like_its_demonym_stays(nlp: Language) -> None:
    doc = nlp("La Suisse a relevé ses taux, a annoncé la Banque nationale suisse.")
    assert "Suisse" in {e.text for e in doc.ents}
