"""Closed word classes and patterns shared by the stages of ``fr_org_people``: determiners,
articles, roman numerals, prepositions, sentence-final punctuation, the shapes of town names
and of participles.

They are grammar rather than lexicon; the lexicons are the files of ``models/entities/``.
"""

from __future__ import annotations

import re

#: determiners and the prepositions that stand for one ("du", "au", "à")
DETS = {
    "le", "la", "les", "l'", "un", "une", "des", "du", "au", "aux", "son", "sa", "ses", "leur",
    "leurs", "ce", "cet", "cette", "notre", "votre", "de", "d'", "à",
}  # fmt: skip
#: the preposition "de" and its contractions
DE = {"de", "d'", "du", "des"}
#: definite articles
ARTICLES = {"la", "le", "les", "l'"}
#: roman numerals closing a fund's name after its suffix: "Vy Fund [III]"
ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"}
#: French town shapes: "Romans-sur-Isère", "Saint-Lô" ("Boulogne-Billancourt" is listed)
TOWN = re.compile(r"^(?:Saint|Sainte)-\w+$|\w-(?:sur|sous|lès|lez|en|aux|de|du|des|le|la|les)-\w")
#: prepositions after a head noun of corporate action: "une offre sur X", "le rachat par X"
HEAD_PREPS = {"sur", "par", "avec"}
#: share nouns naming a listed company after an article: "l'action Altéo", "le titre Kerival"
SHARE_NOUNS = {"action", "actions", "titre"}


def after_share_noun(low: list[str], i: int) -> bool:
    """Whether token ``i`` follows a share noun and its article (``l'action X``, ``le titre
    X``): the place of a listed company's name."""
    return i >= 2 and low[i - 1] in SHARE_NOUNS and low[i - 2] in ARTICLES


#: "la Région Normandie", capitalised: the council, not the territory
COUNCILS = {"Région", "Département"}
#: a sentence-initial participle standing for its subject: "Interrogé par Le Figaro, …"
PARTICIPLE = re.compile(r"(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|int|inte|ints)$")
#: the endings of the adjectives of place the press puts between a cue noun and a name: "la
#: medtech [lyonnaise] X", "le fabricant [ontarien] X", "la start-up [nantaise] X"
DEMONYM = re.compile(r"(?:ais|aises?|ois|oises?|iens?|iennes?|éens?|éennes?|ains?|aines?)$")
#: punctuation that closes a sentence (a real sentence starts after it)
FINAL = {".", "!", "?", "…", ":", ";", "»", '"', "”"}
#: words in capitals that join two names of a headline in capitals ("CRÉDIT AGRICOLE ET
#: DANONE") or end the name ("DANONE EN HAUSSE", "SANOFI SUR LE PODIUM")
CAPITAL_SPLITS = {"ET", "OU"}
CAPITAL_CUTS = {
    "EN", "À", "AU", "AUX", "SUR", "POUR", "PAR", "DANS", "AVEC", "CHEZ", "VERS",
    "CONTRE", "APRÈS", "APRES", "AVANT", "MALGRÉ", "MALGRE", "SELON", "FACE", "ENTRE",
}  # fmt: skip
