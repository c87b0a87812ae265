"""Closed word classes and patterns shared by the stages of ``fr_org_people`` (determiners,
articles, role modifiers, legal forms used as nouns, town shapes…).

They are grammar rather than lexicon; the lexicons are the files of ``models/entities/``.
"""

from __future__ import annotations

import re

# Closed grammatical classes (really code, not lexicon).
DETS = {
    "le", "la", "les", "l'", "un", "une", "des", "du", "au", "aux", "son", "sa", "ses", "leur",
    "leurs", "ce", "cet", "cette", "notre", "votre", "de", "d'", "à",
}  # fmt: skip

DE = {"de", "d'", "du", "des"}

ARTICLES = {"la", "le", "les", "l'"}

ROLE_MODIFIERS = {
    "exécutif", "exécutive", "adjoint", "adjointe", "délégué", "déléguée", "central", "centrale",
    "intérimaire", "sortant", "sortante", "honoraire", "opérationnel", "opérationnelle", "senior",
    "principal", "principale", "fondateur", "fondatrice", "cofondateur", "cofondatrice",
}  # fmt: skip

ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"}

# French town shapes: "Romans-sur-Isère", "Boulogne-Billancourt" is listed, "Saint-Lô"
TOWN = re.compile(r"^(?:Saint|Sainte)-\w+$|\w-(?:sur|sous|lès|lez|en|aux|de|du|des|le|la|les)-\w")

# French legal forms used as a common noun before the name: "la SARL Boulangerie Martin"
LEGAL_PREFIXES = {
    "SA", "SAS", "SASU", "SARL", "EURL", "SCI", "SNC", "SCOP", "SCA", "SCIC", "GIE", "SEM",
    "SEML", "SCP", "SELARL", "SCEA", "GAEC", "EARL",
}  # fmt: skip

HEAD_PREPS = {"sur", "par", "avec"}

# roles an organisation can hold too ("Peugeot Invest, actionnaire de Stellantis"): no evidence
# that a name in apposition to them is a person
ORG_ROLES = {
    "actionnaire", "actionnaire principal", "actionnaire majoritaire", "investisseur",
    "investisseuse", "administrateur judiciaire", "administratrice judiciaire",
    "mandataire judiciaire", "liquidateur", "liquidatrice", "commissaire aux comptes", "courtier",
    "courtière", "conseiller", "conseillère", "consultant", "consultante", "expert", "experte",
    "partner", "associé", "associée", "banquier", "banquière", "représentant", "représentante",
    "trader", "head", "responsable", "commissaire", "administrateur", "administratrice",
}  # fmt: skip

COUNCILS = {"Région", "Département"}  # "la Région Normandie" (the council, not the territory)

# a sentence-initial participle standing for its subject: "Interrogé par Le Figaro, …"
PARTICIPLE = re.compile(r"(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|int|inte|ints)$")

FINAL = {".", "!", "?", "…", ":", ";", "»", '"', "”"}
