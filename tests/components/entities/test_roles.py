"""Roles of people and their organisations."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.entities.helpers import roles


@pytest.mark.parametrize(
    ("text", "person", "role", "role_org"),
    [
        ("Patrick Pouyanné, PDG de TotalEnergies, a annoncé un plan d’économies.",
         "Patrick Pouyanné", "PDG", "TotalEnergies"),
        ("La banque a confirmé ses objectifs. Son directeur général, Jean-Laurent Bonnafé, "
         "est confiant.", "Jean-Laurent Bonnafé", "directeur général", None),
        ("La directrice financière, Catherine Vidal, a indiqué que les marges progressaient.",
         "Catherine Vidal", "directrice financière", None),
        ("Le PDG de LVMH, Bernard Arnault, a présenté les résultats.",
         "Bernard Arnault", "PDG", "LVMH"),
        ("Christine Lagarde, présidente de la Banque centrale européenne (BCE), a parlé.",
         "Christine Lagarde", "présidente", "Banque centrale européenne"),
        ("Sam Altman a réagi sur les réseaux sociaux.", "Sam Altman", None, None),
    ],
)  # fmt: skip
def test_roles(
    nlp: Language, text: str, person: str, role: str | None, role_org: str | None
) -> None:
    doc = nlp(text)
    assert roles(doc)[person] == (role, role_org)


def test_role_on_every_mention(nlp: Language) -> None:
    doc = nlp("Patrick Pouyanné, PDG de TotalEnergies, est prudent. Pouyanné reste optimiste.")
    mentions = [s for s in doc.spans["people"] if s._.canonical == "Patrick Pouyanné"]
    assert len(mentions) == 2
    assert all(s._.role == "PDG" and s._.role_org == "TotalEnergies" for s in mentions)


@pytest.mark.parametrize(
    ("text", "person", "role", "role_org"),
    [
        ("Le patron de Renault, Luca de Meo, a quitté ses fonctions.",
         "Luca de Meo", "patron", "Renault"),
        ("La présidente de la BCE Christine Lagarde a prévenu que l’inflation restait élevée.",
         "Christine Lagarde", "présidente", "BCE"),
        ("Son cofondateur et PDG, Augustin Jaclin, vise la rentabilité.",
         "Augustin Jaclin", "cofondateur et PDG", None),
        ("L’économiste en chef d’Allianz, Ludovic Subran, juge la conjoncture fragile.",
         "Ludovic Subran", "économiste en chef", "Allianz"),
        ("Catherine MacGregor (PDG d’Engie) a salué un succès.",
         "Catherine MacGregor", "PDG", "Engie"),
        ("Philippe Wahl, PDG de La Poste, parle d’un tournant.", "Philippe Wahl", "PDG",
         "La Poste"),
        ("« Nous voulons produire en Europe », a déclaré Stella Li, vice-présidente exécutive "
         "de BYD.", "Stella Li", "vice-présidente exécutive", "BYD"),
        ("Le président exécutif du groupe, Guillaume Faury, a répété ses objectifs.",
         "Guillaume Faury", "président exécutif", None),
        ("« C’est un carnage », a dénoncé Nadia Belkacem, déléguée syndicale centrale CGT.",
         "Nadia Belkacem", "déléguée syndicale centrale", "CGT"),
        ("L’avocate de M. Ferrière, Me Delphine Aubry, a indiqué que son client ferait appel.",
         "Delphine Aubry", "avocate", None),
        ("Le maire de Lyon, Grégory Doucet, a demandé des garanties.", "Grégory Doucet", "maire",
         None),
        ("Vincent Larose, stratégiste chez Kepler Cheuvreux, reste prudent.", "Vincent Larose",
         "stratégiste", "Kepler Cheuvreux"),
    ],
)  # fmt: skip
def test_role_forms_and_organisations(
    nlp: Language, text: str, person: str, role: str | None, role_org: str | None
) -> None:
    assert roles(nlp(text))[person] == (role, role_org)


@pytest.mark.parametrize(
    ("text", "name", "role", "org"),
    [
        # a verb links the person to the role after it
        ("Anne Mercier a été nommée directrice générale de Valorys.",
         "Anne Mercier", "directrice générale", "Valorys"),
        ("Pierre Lenoir devient président du conseil de surveillance de Kelvora.",
         "Pierre Lenoir", "président du conseil de surveillance", "Kelvora"),
        ("Le conseil des ministres a nommé Moussa Traoré directeur général de la Société "
         "nationale des eaux (SONEAU).",
         "Moussa Traoré", "directeur général", "Société nationale des eaux"),
        ("Karim Benali, qui était dirigeant chez Bombardier depuis 2015, a quitté l'entreprise.",
         "Karim Benali", "dirigeant", "Bombardier"),
        ("Marc Dubois a été nommé Chief Financial Officer de Proximus.",
         "Marc Dubois", "chief financial officer", "Proximus"),
    ],
)  # fmt: skip
def test_role_after_a_linking_verb(
    nlp: Language, text: str, name: str, role: str, org: str
) -> None:
    assert roles(nlp(text))[name] == (role, org)


def test_auxiliary_alone_links_no_role(nlp: Language) -> None:
    # "qui a" links no one to "président": the role belongs to the person after it
    doc = nlp("Le rapport cite Jean Morel, qui a rencontré le président de Valorys, Luc Arnaud.")
    assert roles(doc).get("Jean Morel", (None, None))[0] is None


def test_role_with_its_acronym_in_brackets(nlp: Language) -> None:
    doc = nlp("La banque enregistre le départ de son directeur général (CEO) Franco Moretti.")
    assert roles(doc)["Franco Moretti"][0] == "directeur général"
