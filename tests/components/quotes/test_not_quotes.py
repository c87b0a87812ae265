"""What is no quote: scare quotes, titles, names and terms in quote marks (after a naming
word: ``dit``, ``baptisé``), stray or odd quote marks."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.quotes.helpers import quotes

NOT_QUOTES = [
    # scare quotes and titles
    "Sa filiale a lancé une offre « agressive » sur le marché européen.",
    "Le titre du livre est « Les Échos de la Bourse ».",
    "Il a lu « Le Monde » et « Les Échos » ce matin.",
    # "cela dit" is no speech verb
    "Cela dit, la croissance ralentit.",
    # "il faut dire que" and a naming "dit" are no speech either
    "Il faut dire que les ventes ont chuté de moitié en un an.",
    "La banque vise un ratio de 9 % selon le cadre réglementaire dit Bâle III, beaucoup "
    "exigeant que les règles actuelles.",
    # stray or odd quote marks
    "Le « grand soir n'est pas arrivé et rien ne bouge.",
    'Un guillemet " isolé ne doit rien casser.',
    "",
    "\x00\x07 « » \u200b",
    # titles and names in quote marks
    "Le gouvernement a présenté le plan « France 2030 » mardi.",
    # a nickname
    "Le directeur financier, surnommé « le Professeur », a quitté le groupe.",
    # a quoted term
    "Le texte sera examiné en « procédure accélérée » au Parlement.",
    # declining to comment is no quote
    "Contacté par l’AFP, le groupe n’a pas souhaité commenter.",
    # naming words before quote marks: a name or a term, not speech
    "Les pirates ont vidé un portefeuille dit « chaud », connecté à Internet.",
    "Le programme, baptisé « Horizon 2030 », prévoit 2 milliards d’investissements.",
    "Ce patron surnommé « le cost killer » par les syndicats a fermé trois usines.",
    "Un modèle qualifié de « révolutionnaire » par ses concepteurs arrive en juin.",
    # an object and a name in quote marks with no speech verb: a title
    "Le ministre a présenté le plan « France 2030 » à Bercy.",
    # "c'est ainsi que" after a quote is no attribution
    "Le groupe a lancé la marque « Horizon ». C'est ainsi que Renault a pu croître.",
    # "la défense" of a ministry is no side of a trial
    "Le ministère de la Défense a commandé douze avions. La défense européenne reste un chantier.",
]


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_not_a_quote(nlp: Language, text: str) -> None:
    assert quotes(nlp, text) == []
