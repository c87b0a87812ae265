"""Quote kinds learnt in round 10 from stored real press pages (sentences of our own, one kind
per group of cases, each group varying verb, names and word order):

* an incise whose verb no list knows, read by its shape after a quote (``« … », s'enflamme X``,
  ``philosophe-t-elle``, ``embraie son associé, X``): :mod:`.incise_shape`;
* an infinitive governed by a speech verb speaks with that verb's speaker (``« … », a souligné
  X, avant d'ajouter que …``): :func:`.subjects.controller_speaker`;
* ``Pour sa part, …`` is no introducer (a possessive before a thing after ``pour``);
* the noun an organisation was introduced with says its kind before its name's cues (``le
  groupe CMA Logistique`` is a company, not the regulator ``CMA``), and an item of a list of
  names counts little and is no subject when a description takes up an organisation;
* ``l'homme d'affaires``, ``la femme d'affaires`` and a definite description no list knows
  (``la quadragénaire``) closing an incise take up the person of the story;
* ``« A », selon X, « b »`` is one quote, as ``« A », dit X, « b »`` is;
* a quote in the first person with no cue and no subject to take it belongs to the one person
  the sentence before names (``La conférence de Marc Vidal prend fin. « Je dois vous quitter »``);
* interviews as newsrooms print them: two questions put to someone (``vous`` … ``?``) make the
  plain paragraphs after them answers; answers signed with the interviewee's initials (``K. B.
  :``, ``J.-M. G. :``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.quotes.helpers import Expected, check_quotes, quotes

CASES: list[tuple[str, list[Expected]]] = [
    # an incise verb no list knows, after a quote and its comma
    (
        "La chaîne Carvelle a ouvert son centième magasin. « On ne s'attendait pas à un tel "
        "succès », s'enflamme Julie Marchand, la fondatrice.",
        [("direct", "On ne s'attendait pas à un tel succès", "Julie Marchand", "enflamme")],
    ),
    (
        "Le fabricant Oreval a signé un contrat avec Airbus. Son patron, Marc Lenoir, reste "
        "prudent. « Nous serons prêts à livrer en mars », recadre-t-il.",
        [("direct", "Nous serons prêts à livrer en mars", "Marc Lenoir", "recadre")],
    ),
    (
        "Le cabinet Arvalis a été racheté. « Il faut garder la tête froide », embraie son "
        "associé, Thomas Girard.",
        [("direct", "Il faut garder la tête froide", "Thomas Girard", "embraie")],
    ),
    (
        "La start-up Nexolia vise l'Allemagne. « Nos concurrents vont réagir, c'est certain », "
        "positive le directeur commercial Karim Haddad.",
        [("direct", "Nos concurrents vont réagir, c'est certain", "Karim Haddad", "positive")],
    ),
    # an infinitive governed by a speech verb: the speaker of that verb
    (
        "« Nous avons tenu nos engagements », a souligné le directeur général de Kibali Gold, "
        "Sékou Traoré, avant d'ajouter que la production augmenterait en 2025.",
        [
            ("direct", "Nous avons tenu nos engagements", "Sékou Traoré", "souligner"),
            ("indirect", "la production augmenterait en 2025", "Sékou Traoré", "ajouter"),
        ],
    ),
    (
        "« L'usine est sauvée », a déclaré la présidente de Textila, Awa Keïta, avant de "
        "préciser que l'activité reprendrait en mai.",
        [
            ("direct", "L'usine est sauvée", "Awa Keïta", "déclarer"),
            ("indirect", "l'activité reprendrait en mai", "Awa Keïta", "préciser"),
        ],
    ),
    # "Pour sa part": no introducer; the sentence's own cue decides
    (
        "Pour sa part, le syndicat des mineurs dénonce « un partage injuste des richesses ».",
        [("direct", "un partage injuste des richesses", None, "dénoncer")],
    ),
    (
        "Pour sa part, Claire Dupont estime que la reprise sera lente.",
        [("indirect", "la reprise sera lente", "Claire Dupont", "estimer")],
    ),
    # an organisation introduced as a company whatever its name's cues; a list of names is no
    # subject
    (
        "Le groupe CMA Logistique a annoncé le rachat de Vectra Media. Vectra Media regroupe "
        "Radio Est, Télé Nord et Presse Ouest. « Nous avons signé une promesse d'achat », écrit "
        "le groupe dans un communiqué.",
        [("direct", "Nous avons signé une promesse d'achat", "CMA Logistique", "écrire")],
    ),
    (
        "La société Sud Énergies a racheté Helios Park. L'ensemble exploite Parc Alpha, Parc "
        "Beta et Parc Gamma. « Cette opération double notre capacité », indique l'entreprise.",
        [("direct", "Cette opération double notre capacité", "Sud Énergies", "indiquer")],
    ),
    (
        "Le groupe Conseil Habitat a finalisé l'achat de Domia. Domia réunit Domia Services, "
        "Logia et Nestia. « C'est une étape majeure », souligne le groupe.",
        [("direct", "C'est une étape majeure", "Conseil Habitat", "souligner")],
    ),
    # a person described, not named, closing an incise
    (
        "Le milliardaire Paul Sabatier rachète le club. « Je ne suis pas là pour faire du "
        "profit », a déclaré l'homme d'affaires.",
        [("direct", "Je ne suis pas là pour faire du profit", "Paul Sabatier", "déclarer")],
    ),
    (
        "La fondatrice de Lumea, Claire Bonnet, a levé 12 millions d'euros. « Nous allons "
        "recruter cinquante personnes », assure la quadragénaire.",
        [("direct", "Nous allons recruter cinquante personnes", "Claire Bonnet", "assurer")],
    ),
    (
        "Nadia Benali a repris l'entreprise familiale en 2019. « J'ai tout appris sur le "
        "terrain », raconte la femme d'affaires.",
        [("direct", "J'ai tout appris sur le terrain", "Nadia Benali", "raconter")],
    ),
    # a quote in the first person with no cue: the one person the sentence before names
    (
        "Il est presque neuf heures. La conférence téléphonique de Marc Vidal avec les "
        "analystes prend fin. « Merci à tous. Je dois vous quitter, le conseil m'attend. »",
        [
            (
                "direct",
                "Merci à tous. Je dois vous quitter, le conseil m'attend.",
                "Marc Vidal",
                None,
            )
        ],
    ),
    (
        "La visite du chantier par la ministre Awa Keïta s'est achevée mardi. « Je reviendrai "
        "en juin pour l'inauguration. »",
        [("direct", "Je reviendrai en juin pour l'inauguration.", "Awa Keïta", None)],
    ),
    (
        "Le dernier conseil présidé par Hélène Favre a duré quatre heures. « Nous avons voté "
        "le plan à l'unanimité. »",
        [("direct", "Nous avons voté le plan à l'unanimité.", "Hélène Favre", None)],
    ),
    # "« A », selon X, « b »": one quote, as with a speech verb
    (
        "« La croissance reviendra », selon Luc Arnaud, « mais pas avant 2026 ».",
        [("direct", "La croissance reviendra mais pas avant 2026", "Luc Arnaud", "selon")],
    ),
    (
        "Le plan d'économies sera tenu. « Les embauches sont gelées », d'après la directrice "
        "des ressources humaines, Sonia Perret, « jusqu'à la fin de l'année ».",
        [
            (
                "direct",
                "Les embauches sont gelées jusqu'à la fin de l'année",
                "Sonia Perret",
                "d'après",
            )
        ],
    ),
    (
        "« Le dossier avance », selon Marc Tissot, président de la chambre de commerce, « et "
        "une décision tombera en mai ».",
        [
            (
                "direct",
                "Le dossier avance et une décision tombera en mai",
                "Marc Tissot",
                "selon",
            )
        ],
    ),
    # interviews: plain answers after questions put to someone; answers signed by initials
    (
        "Anne Lemoine : « Nos clients veulent de la sobriété »\n\nVous dirigez la coopérative "
        "Agrisud depuis dix ans. Comment vous sentez-vous à la veille de votre départ ?\n\n"
        "Sereine. J'ai un peu d'appréhension, mais il faut laisser la place aux plus jeunes.\n\n"
        "Quelle est la priorité de votre successeur ?\n\nLa trésorerie. Nous devons réduire "
        "nos stocks de 20 %.",
        [
            ("direct", "Nos clients veulent de la sobriété", "Anne Lemoine", None),
            (
                "direct",
                "Sereine. J'ai un peu d'appréhension, mais il faut laisser la place aux plus "
                "jeunes.",
                "Anne Lemoine",
                None,
            ),
            (
                "direct",
                "La trésorerie. Nous devons réduire nos stocks de 20 %.",
                "Anne Lemoine",
                None,
            ),
        ],
    ),
    (
        "Entretien avec Karim Bensaïd, directeur général de Maghreb Ciments.\n\nLe Matin : Le "
        "marché du ciment ralentit-il ?\nK. B. : Oui, nettement. Nous avons perdu 8 % de "
        "volumes.\nLe Matin : Allez-vous réduire vos investissements ?\nK. B. : Non. Nous "
        "maintenons notre plan.",
        [
            ("direct", "Oui, nettement. Nous avons perdu 8 % de volumes.", "Karim Bensaïd", None),
            ("direct", "Non. Nous maintenons notre plan.", "Karim Bensaïd", None),
        ],
    ),
    (
        "Jean-Marc Gautier préside Logis Ouest depuis 2015.\n\nVotre chiffre d'affaires recule. "
        "Êtes-vous inquiet ?\n\nJ.-M. G. : Non, nous avons des réserves.\n\nVous allez "
        "embaucher ?\n\nJ.-M. G. : Oui, trente personnes cette année.",
        [
            ("direct", "Non, nous avons des réserves.", "Jean-Marc Gautier", None),
            ("direct", "Oui, trente personnes cette année.", "Jean-Marc Gautier", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round10_quotes(nlp: Language, text: str, expected: list[Expected]) -> None:
    check_quotes(nlp, text, expected)


@pytest.mark.parametrize(
    "text",
    [
        # a term in quote marks and a participle after its comma: no incise
        "Les ventes du modèle « Atlas », vendu 30 000 euros, progressent de 4 %.",
        # "Pour leur part" opens no quote
        "Pour leur part, les salariés restent inquiets pour leurs emplois.",
        # rhetorical questions of an article are no interview
        "Qui pourrait croire à une reprise rapide ? Les économistes restent prudents.\n\n"
        "Faut-il s'en inquiéter ? Le marché attend les chiffres de mai.",
    ],
)
def test_round10_no_quote(nlp: Language, text: str) -> None:
    assert quotes(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "initials", "name"),
    [
        (
            "Entretien avec Karim Bensaïd, directeur général de Maghreb Ciments.\n\nLe Matin : "
            "Le marché ralentit-il ?\nK. B. : Oui. Nous avons perdu 8 % de volumes.",
            "K. B.",
            "Karim Bensaïd",
        ),
        (
            "Jean-Marc Gautier préside Logis Ouest.\n\nÊtes-vous inquiet ?\n\nJ.-M. G. : Non, "
            "nous avons des réserves.",
            "J.-M. G.",
            "Jean-Marc Gautier",
        ),
        (
            "Rencontre avec Aïssatou Diallo, fondatrice de Kora Foods.\n\nVotre marque grandit "
            "vite. Comment ?\nA. D. : Nous vendons d'abord en ligne.",
            "A. D.",
            "Aïssatou Diallo",
        ),
    ],
)
def test_round10_initials_name_the_interviewee(
    nlp: Language, text: str, initials: str, name: str
) -> None:
    doc = nlp(text)
    signed = [s for s in doc.spans["people"] if s.text == initials]
    assert signed and all(s._.canonical == name for s in signed)
