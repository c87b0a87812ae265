"""Organisations found: by their suffix, a cue noun, the gazetteer, their context, a legal form, a
dateline, a bracketed acronym."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.entities.helpers import orgs, people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # legal / name suffixes: boundary extended, PER -> ORG
        ("Parmi les investisseurs figurent Baron Capital Group et Valor Management.",
         {"Baron Capital Group", "Valor Management"}),
        ("Le tour a été mené par Emanuel Capital Management et Vy Fund III.",
         {"Emanuel Capital Management", "Vy Fund III"}),
        ("Eight Partners VC a participé à l’opération.", {"Eight Partners VC"}),
        ("Le rachat de Seven & i Holdings par Alimentation Couche-Tard avance.",
         {"Seven & i Holdings", "Alimentation Couche-Tard"}),
        # cue nouns before a name the model misses or mislabels
        ("La start-up française Mistral AI a levé 600 millions d’euros.", {"Mistral AI"}),
        ("L’assureur Axa a cédé sa filiale belge.", {"Axa"}),
        ("Le fonds américain BlackRock a pris une participation.", {"BlackRock"}),
        ("Le cabinet McKinsey a été mandaté par le gouvernement.", {"McKinsey"}),
        ("La licorne Zorblax a levé 50 millions d’euros.", {"Zorblax"}),
        # gazetteer fixes labels (Tesla is tagged PER by the model)
        ("Tesla a livré moins de voitures que prévu, selon Reuters.", {"Tesla", "Reuters"}),
        # corporate context makes a MISC name an organisation
        ("Il a suggéré que Musk devrait plutôt acheter Twitter.", {"Twitter"}),
        ("Microsoft a beaucoup investi dans Quantexa.", {"Microsoft", "Quantexa"}),
        # the determiner is not part of the name
        ("Cette nouvelle a été révélée par le Wall Street Journal.", {"Wall Street Journal"}),
    ],
)  # fmt: skip
def test_organisations_found(nlp: Language, text: str, expected: set[str]) -> None:
    doc = nlp(text)
    assert expected <= orgs(doc)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # cue noun with adjectives and a noun complement before the name (Les Echos style)
        ("Le fabricant français d’implants orthopédiques Orbéa Santé a fait ses débuts en Bourse.",
         {"Orbéa Santé"}),
        ("Le spécialiste lyonnais de la location de bennes Tralux a été racheté.", {"Tralux"}),
        # a plural cue noun and a list of examples (regional press)
        ("Avant Marbot, plusieurs enseignes de chaussures, dont San Marina et Minelli, ont été "
         "placées en procédure collective.", {"San Marina", "Minelli"}),
        ("Des fonds comme Astorg, Ardian ou Eurazeo sont sur les rangs.",
         {"Astorg", "Ardian", "Eurazeo"}),
        # coordination with a clear organisation (AFP dépêche)
        ("Fermetures Dalmas et Soprelam Industries se voient infliger 97,9 millions d’euros.",
         {"Fermetures Dalmas", "Soprelam Industries"}),
        # an acronym after a determiner, outside any cue
        ("Les salaires ont été pris en charge par l’AGS, le régime de garantie des salaires.",
         {"AGS"}),
        # a name before an appositive cue
        ("Ynsect, la start-up française de protéines d’insectes, a été liquidée.", {"Ynsect"}),
        # a feminine rival or competitor before the name, after a possessive
        ("Sa rivale Nordia publiera ses comptes mardi.", {"Nordia"}),
        ("Sa concurrente Ostrale a perdu des parts de marché.", {"Ostrale"}),
        ("Vinci Autoroutes, filiale de Vinci, a relevé ses tarifs.", {"Vinci Autoroutes", "Vinci"}),
        # sector nouns of the regional press
        ("Dans la Drôme, la fromagerie Étoile du Vercors emploie 120 salariés.",
         {"Étoile du Vercors"}),
        ("Le fonds a cédé sa participation dans Ex Nihilo.", {"Ex Nihilo"}),
        # a generic head bridges "de" inside a name
        ("Vincent Bolloré contrôle Vivendi via la holding Compagnie de l’Odet.",
         {"Compagnie de l'Odet", "Vivendi"}),
    ],
)  # fmt: skip
def test_organisations_named_by_cue_nouns_lists_and_appositions(
    nlp: Language, text: str, expected: set[str]
) -> None:
    assert expected <= orgs(nlp(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # international legal forms written in several words, with dots or slashes
        ("Solvay SA/NV a annoncé la scission de ses activités. Solvay emploie 9 000 personnes.",
         {"Solvay SA/NV"}),
        ("Le fonds a cédé sa part dans Grupo Lácteo del Norte S.A. de C.V. pour 80 millions de "
         "dollars.", {"Grupo Lácteo del Norte S.A. de C.V."}),
        ("L’italien Brembo S.p.A. a confirmé ses objectifs malgré le ralentissement.",
         {"Brembo S.p.A."}),
        ("Le fabricant taïwanais Hon Hai Precision Industry Co., Ltd. a livré ses résultats.",
         {"Hon Hai Precision Industry Co., Ltd."}),
        ("Le groupe familial Henkel AG & Co. KGaA a publié ses comptes.",
         {"Henkel AG & Co. KGaA"}),
        ("Le suédois Atlas Copco AB a racheté un fabricant allemand de pompes.",
         {"Atlas Copco AB"}),
        ("Le brasseur Carlsberg A/S a relevé ses prévisions annuelles.", {"Carlsberg A/S"}),
        ("Le groupe québécois Metro inc. a relevé son dividende.", {"Metro inc."}),
        # German partnership forms
        ("Le tribunal a retenu l’offre du groupe allemand Röchling SE & Co. KG pour l’usine.",
         {"Röchling SE & Co. KG"}),
    ],
)  # fmt: skip
def test_international_legal_forms(nlp: Language, text: str, expected: set[str]) -> None:
    assert expected <= orgs(nlp(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a generic institutional head makes a "place" an organisation
        ("Selon la Chambre d’agriculture de l’Aveyron, 85 producteurs livrent leur lait.",
         {"Chambre d'agriculture de l'Aveyron"}),
        # a French legal form used as a noun before the name is not part of it
        ("La SARL Boulangerie Martin a été placée en liquidation judiciaire.",
         {"Boulangerie Martin"}),
        ("La SAS Transports Giraud emploie 40 salariés à Valence.", {"Transports Giraud"}),
    ],
)  # fmt: skip
def test_generic_heads_and_legal_forms_used_as_nouns(
    nlp: Language, text: str, expected: set[str]
) -> None:
    assert expected <= orgs(nlp(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the wire agency of a dateline
        ("MADRID, 3 mars (EFE) – Le groupe Inditex a publié un bénéfice record.",
         {"EFE", "Inditex"}),
        ("Rome, 5 mai (ANSA) - Le constructeur Stellantis a confirmé ses investissements.",
         {"ANSA", "Stellantis"}),
        ("TOKYO (Reuters) - Toyota a relevé ses prévisions annuelles.", {"Reuters", "Toyota"}),
        ("Francfort (awp/afp) - Siemens a relevé ses prévisions.", {"afp", "Siemens"}),
        # a dateline agency written in lower case with capitals
        ("BERLIN, 4 mars (dpa-AFX) – Volkswagen AG a confirmé des suppressions de postes.",
         {"dpa-AFX", "Volkswagen AG"}),
    ],
)  # fmt: skip
def test_dateline_agencies(nlp: Language, text: str, expected: set[str]) -> None:
    assert expected <= orgs(nlp(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Canadian newswires: the agency between slashes, then a dash, is no part of the name
        ("MONTRÉAL, le 6 nov. 2026 /CNW/ - Boréalis Télécom inc. publie ses résultats.",
         {"Boréalis Télécom inc."}),
        ("QUÉBEC, le 2 mars 2026 /CNW Telbec/ - Vertiga Solutions inc. annonce une acquisition.",
         {"Vertiga Solutions inc."}),
    ],
)  # fmt: skip
def test_slashed_wire_datelines(nlp: Language, text: str, expected: set[str]) -> None:
    found = orgs(nlp(text))
    assert expected <= found
    assert not any("/" in name for name in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # brands that are common words; a figure after the name is not part of it
        ("Orange et Free ont signé un accord de mutualisation de leurs réseaux.",
         {"Orange", "Free"}),
        ("Bouygues Telecom prendrait 40 % des actifs, Free 35\u00a0% et Orange 25 %.",
         {"Bouygues Telecom", "Free", "Orange"}),
        # a company after a corporate-action noun and its preposition
        ("Le groupe a lancé une offre sur Dantex, qui a rejeté la proposition.", {"Dantex"}),
        ("Le rachat de Sobelco par Tarvina a été finalisé vendredi.", {"Sobelco", "Tarvina"}),
        ("Korvan, maison mère de Lumeo, a confirmé l’opération.", {"Korvan", "Lumeo"}),
        ("Le fonds a racheté 30 % de Voltéo pour 120 millions d’euros.", {"Voltéo"}),
        # a listed company named by its share: "l'action X", "le titre X"
        ("Séance noire pour Vortalis. L’action Vortalis a perdu 21 % mercredi.", {"Vortalis"}),
        ("À la Bourse de Paris, le titre Kerivane a cédé 8 % après l’avertissement.", {"Kerivane"}),
        ("Thierry Breton a rejoint le conseil de Vinci.", {"Vinci"}),
        ("Le groupe investit à Dunkerque, où Verkor construit sa gigafactory.", {"Verkor"}),
    ],
)  # fmt: skip
def test_organisations_in_corporate_contexts(nlp: Language, text: str, expected: set[str]) -> None:
    assert expected <= orgs(nlp(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two capitalised words closed by a sector word are a company, not a person
        ("Le tribunal a placé Marvèze Construction en redressement judiciaire.",
         {"Marvèze Construction"}),
        ("Brossard Logistique emploie 450 salariés dans l’Ain.", {"Brossard Logistique"}),
        ("Dorvak Conseil a accompagné la cession.", {"Dorvak Conseil"}),
        ("Le Malaysian Palm Oil Board a revu ses prévisions de production.",
         {"Malaysian Palm Oil Board"}),
    ],
)  # fmt: skip
def test_sector_words_make_companies(nlp: Language, text: str, expected: set[str]) -> None:
    assert expected <= orgs(nlp(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bracketed acronym after a lower-case institution name stays an organisation
        ("La haute autorité de santé (HAS) a rendu un avis défavorable.", {"HAS"}),
        ("La direction générale des entreprises (DGE) suit le dossier.", {"DGE"}),
    ],
)  # fmt: skip
def test_bracketed_acronyms_of_lower_case_bodies(
    nlp: Language, text: str, expected: set[str]
) -> None:
    assert expected <= orgs(nlp(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an organisation in apposition to a role an organisation can hold
        ("Peugeot Invest, actionnaire de Stellantis, a cédé des titres.", {"Peugeot Invest"}),
        ("Tikora Holding, administrateur judiciaire, a été désigné.", {"Tikora Holding"}),
    ],
)  # fmt: skip
def test_organisations_in_apposition_to_roles(nlp: Language, text: str, expected: set[str]) -> None:
    assert expected <= orgs(nlp(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an institutional cue noun wins over a first name
        ("Le magazine Marie Claire a publié une enquête sur les salaires.", {"Marie Claire"}),
        ("Le laboratoire Pierre Fabre a annoncé 200 embauches.", {"Pierre Fabre"}),
        # a lower-case nationality noun introduces a company
        ("L’allemand Henkel et le suisse Sika se disputent le marché des colles.",
         {"Henkel", "Sika"}),
        ("Le japonais Nidec a lancé une offre hostile.", {"Nidec"}),
        ("Le néerlandais Albert Heijn a ouvert 30 magasins en Belgique.", {"Albert Heijn"}),
    ],
)  # fmt: skip
def test_institutional_cues_and_nationality_nouns(
    nlp: Language, text: str, expected: set[str]
) -> None:
    assert expected <= orgs(nlp(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # possessive appositions with marque, enseigne
        ("Kering a nommé un nouveau directeur chez Balenciaga, sa deuxième marque.",
         {"Balenciaga"}),
        ("Les ventes de Sephora, son enseigne de cosmétiques, ont progressé.", {"Sephora"}),
        # names joined by "&", with commas
        ("Hellman & Friedman a racheté une participation dans le groupe.",
         {"Hellman & Friedman"}),
        ("Le cabinet Skadden, Arps, Slate, Meagher & Flom conseille l’acheteur.",
         {"Skadden, Arps, Slate, Meagher & Flom"}),
        ("Le fonds Kohlberg Kravis Roberts & Co. a pris le contrôle de l’entreprise.",
         {"Kohlberg Kravis Roberts & Co."}),
    ],
)  # fmt: skip
def test_brand_appositions_and_ampersand_names(
    nlp: Language, text: str, expected: set[str]
) -> None:
    assert expected <= orgs(nlp(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body introduced with its acronym in brackets
        ("La Fédération unique des pétroliers (FUP), principal syndicat, appelle à la grève.",
         {"Fédération unique des pétroliers"}),
        ("L’Union des industries chimiques (UIC) a publié son bilan annuel.",
         {"Union des industries chimiques"}),
    ],
)  # fmt: skip
def test_bodies_introduced_with_their_acronym(nlp: Language, text: str, expected: set[str]) -> None:
    assert expected <= orgs(nlp(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "la Région X", capitalised, is the regional council
        ("La banque abandonne 40 % de ses créances et la Région Normandie apportera 250 000 €.",
         {"Région Normandie"}),
        ("Le Département du Nord accorde une subvention, comme la Région Bretagne l’an dernier.",
         {"Région Bretagne"}),
        # an acronym + a country the model tags as a place: a national subsidiary
        ("La concurrence s’organise. BBVA México a supprimé les frais de tenue de compte.",
         {"BBVA México"}),
        ("Le marché est calme.\nHSBC France a annoncé la fermeture de 20 agences.",
         {"HSBC France"}),
    ],
)  # fmt: skip
def test_regional_councils_and_national_subsidiaries(
    nlp: Language, text: str, expected: set[str]
) -> None:
    assert expected <= orgs(nlp(text))


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # sentence-initial appositions are no organisations
        ("Numéro un mondial du luxe, LVMH a publié des ventes en baisse.", {"LVMH"}, "Numéro"),
        ("Leader européen, Airbus a livré 60 avions.", {"Airbus"}, "Leader européen"),
        # the object of a sanction is an organisation
        ("L’Autorité de la concurrence a sanctionné Biogaran.",
         {"Autorité de la concurrence", "Biogaran"}, "Autorité"),
    ],
)  # fmt: skip
def test_appositions_opening_a_sentence_and_objects_of_sanctions(
    nlp: Language, text: str, expected: set[str], absent: str
) -> None:
    doc = nlp(text)
    assert expected <= orgs(doc)
    assert absent not in orgs(doc)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lower-case brand after a company noun, repeated bare as a subject: every mention
        ("L’opérateur néerlandais kpn a annoncé une baisse de ses ventes. Selon la direction, "
         "kpn prévoit 500 suppressions de postes. Les revenus de kpn group ont reculé.",
         {"kpn group"}),
        # common nouns after a cue: never
        ("Le groupe familial a annoncé une baisse. Le groupe familial prévoit des suppressions. "
         "Le groupe familial a reculé.", set()),
        ("La société mère a annoncé une baisse. Sa maison mère prévoit des suppressions. "
         "La filiale de la mère a reculé.", set()),
        ("Le fonds souverain précise que les fonds que le gouvernement verse et que la banque "
         "prête sont garantis.", set()),
    ],
)  # fmt: skip
def test_lower_case_brand_repeated_as_a_subject(
    nlp: Language, text: str, expected: set[str]
) -> None:
    doc = nlp(text)
    assert orgs(doc) == expected
    if expected:
        assert len(doc.spans["organizations"]) == 3


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Le port est contrôlé par la coopérative agricole Vorlac de Saint-Malo-sur-Mer, dit-on.",
         {"Vorlac de Saint-Malo-sur-Mer"}, {"Vorlac"}),
        ("Selon Travail’avenir, l’organisation professionnelle du secteur, l’emploi a reculé.",
         {"Travail'avenir"}, set()),
        ("Du côté de Brasvik Sénégal, principal concurrent du groupe, on reste prudent.",
         {"Brasvik Sénégal"}, set()),
        ("La Sociedad Estatal de Inversiones Mineras (SEIM), qui détient 10 % du capital, a voté.",
         {"Sociedad Estatal de Inversiones Mineras"}, {"Sociedad Estatal"}),
        ("La Gesellschaft für Bergbau und Energie (GBE) a signé l’accord.",
         {"Gesellschaft für Bergbau und Energie"}, set()),
    ],
)  # fmt: skip
def test_named_bodies_cues_and_apostrophe_names(
    nlp: Language, text: str, expected: set[str], absent: set[str]
) -> None:
    found = orgs(nlp(text))
    assert expected <= found
    assert not absent & found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a holding named after a company that also appears under its legal form is another
        # entity; the bare name goes with the legal name
        ("Velmarion N.V. a publié ses comptes. Velmarion vise une hausse. L’État détient 20 % "
         "via la société Velmarion Holding.", {"Velmarion N.V.", "Velmarion Holding"}),
        # the holding's own legal name is the same entity
        ("Sa maison mère, Drovex Holdings Ltd., a publié ses comptes. Drovex Holdings vise une "
         "hausse.", {"Drovex Holdings Ltd."}),
        # a trade noun phrase, a name and a legal form are one company
        ("Il est gérant de la société Pompes funèbres Valdoni SARL, selon le parquet.",
         {"Pompes funèbres Valdoni SARL"}),
        ("La société Transports frigorifiques Kermadec SAS a été placée en redressement.",
         {"Transports frigorifiques Kermadec SAS"}),
        # a named collective
        ("Le collectif Sauvons Brevenne déplore que le programme ne fixe aucune date.",
         {"Sauvons Brevenne"}),
    ],
)  # fmt: skip
def test_holdings_trade_names_and_collectives_exactly(
    nlp: Language, text: str, expected: set[str]
) -> None:
    assert orgs(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a council keeps the whole listed name of its territory
        ("La Région Grand Est et la Région Pays de la Loire financent le projet.",
         {"Région Grand Est", "Région Pays de la Loire"}),
        # a foreign legal form before the name is part of the company's name, not a person
        ("Le chantier est mené avec N.V. Kromhout Energie, qui apportera 40 % du budget.",
         {"N.V. Kromhout Energie"}),
        ("Le port s’associe à PT Sumber Daya Kalimantan pour le nickel.",
         {"PT Sumber Daya Kalimantan"}),
        # "Compagnie de X" / "Société X" and the short "X" are one company
        ("La Compagnie de Valbrune a publié ses comptes. Valbrune vise une hausse.",
         {"Compagnie de Valbrune"}),
        ("La Société Korvane a publié ses comptes. Korvane vise une hausse.", {"Société Korvane"}),
        # a bracketed two-word short form is the same organisation, also when named again
        ("La Société nationale des mines et métaux du Burkina (Sonamet Burkina) portera sa "
         "participation à 40 %. Sonamet Burkina a salué l’accord.",
         {"Société nationale des mines et métaux du Burkina"}),
        # listed press titles and public bodies
        ("D’après Météo-France, l’hiver sera doux. Selon Jeune Afrique, le prix a reculé.",
         {"Météo-France", "Jeune Afrique"}),
        # "déléguée générale de X": a role at an association, not a government portfolio
        ("Hélène Varon, déléguée générale de France Biogaz, l’organisation du secteur, déplore "
         "la fraude.", {"France Biogaz"}),
        ("Paul Morin, délégué général de Syntec Numérique, a salué la mesure.",
         {"Syntec Numérique"}),
        # "X-France": a national body (the region "Île-de-France" stays a place)
        ("D’après Vigie-France, les prix montent en Île-de-France.", {"Vigie-France"}),
    ],
)  # fmt: skip
def test_councils_foreign_prefixes_and_national_bodies_exactly(
    nlp: Language, text: str, expected: set[str]
) -> None:
    assert orgs(nlp(text)) == expected


def test_foreign_prefix_names_no_person(nlp: Language) -> None:
    doc = nlp("Le projet est mené avec N.V. Kromhout Energie. Le suédois AB Valtren suit.")
    assert people(doc) == set()
    assert orgs(doc) == {"N.V. Kromhout Energie", "AB Valtren"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a company's new name after a naming verb
        ("La société, rebaptisée Vantelis, sera cotée à Paris.", {"Vantelis"}),
        ("Le groupe a été rebaptisé Orvane en 2021.", {"Orvane"}),
        ("Le nouvel ensemble s'appellera Kordia, a indiqué le groupe.", {"Kordia"}),
        ("L'activité sera exploitée sous le nom de Brivel Logistique.", {"Brivel Logistique"}),
    ],
)  # fmt: skip
def test_new_names(nlp: Language, text: str, expected: set[str]) -> None:
    assert expected <= orgs(nlp(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an acronym that also spells a common noun, right after a cue noun
        ("Le britannique Aviva a été approché par son concurrent RSA, qui insiste.", {"RSA"}),
        # a description closed by a comma, then the name
        ("GDF Suez a déposé une offre sur le numéro trois polonais de l'énergie, Enea.",
         {"Enea"}),
        ("Le fonds a racheté le premier assureur du pays, Valmora.", {"Valmora"}),
        # names of the gazetteer in capitals, a headline in capitals cut at its words
        ("SOCIETE GENERALE : le bénéfice recule au troisième trimestre.", {"SOCIETE GENERALE"}),
        ("CREDIT AGRICOLE ET DANONE EN HAUSSE À LA BOURSE DE PARIS",
         {"CREDIT AGRICOLE", "DANONE"}),
    ],
)  # fmt: skip
def test_names_the_model_misses(nlp: Language, text: str, expected: set[str]) -> None:
    assert expected <= orgs(nlp(text))


@pytest.mark.parametrize(
    "text",
    [
        # a person after a description stays a person; a place stays a place
        "Le rapport cite le président du groupe, Jean Morel.",
        "Le groupe a ouvert le plus grand site du pays, Marseille.",
        # the common-noun acronym without a cue noun
        "Le RSA sera revalorisé en avril, a annoncé le gouvernement.",
    ],
)
def test_described_names_need_a_company(nlp: Language, text: str) -> None:
    assert not ({"Jean Morel", "Marseille", "RSA"} & orgs(nlp(text)))


def test_headline_in_capitals_is_no_name(nlp: Language) -> None:
    found = orgs(nlp("DANONE EN HAUSSE APRÈS SES RÉSULTATS\nLe groupe Danone progresse."))
    assert not any("HAUSSE" in name for name in found)
