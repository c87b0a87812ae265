"""Who speaks, through the whole pipeline: appositions, roles and descriptions (``le PDG``, ``la
direction``), pronouns, organisations and their voices (spokespeople, communiqués)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.components.quotes.helpers import Expected, check_quotes, quotes

CASES: list[tuple[str, list[Expected]]] = [
    # a description taking up the organisation; a pronoun taking up the subject before
    (
        "TotalEnergies publie ses comptes. Le groupe a précisé qu'il investirait 10 milliards "
        "d'euros en 2025.",
        [("indirect", "il investirait 10 milliards d'euros en 2025", "TotalEnergies", "préciser")],
    ),
    (
        "Jean Dupont a rencontré Paul Durand. Il a estimé que la fusion était une erreur.",
        [("indirect", "la fusion était une erreur", "Jean Dupont", "estimer")],
    ),
    # a description taking up the person; quote marks inside the clause dropped
    (
        'Sundar Pichai a parlé hier. Le PDG a ajouté que les résultats étaient "excellents".',
        [("indirect", "les résultats étaient excellents", "Sundar Pichai", "ajouter")],
    ),
    # ROLE de ORG, PERSON: the apposed person speaks, not the organisation
    (
        "Schneider Electric rachète Harwell Grid Systems. Le groupe financera l’opération par sa "
        "trésorerie. La directrice générale de Harwell, Emma Whitcombe, a affirmé : « Rejoindre "
        "un groupe de cette taille nous permettra d’accélérer. »",
        [
            (
                "direct",
                "Rejoindre un groupe de cette taille nous permettra d’accélérer.",
                "Emma Whitcombe",
                "affirmer",
            )
        ],
    ),
    # la direction / l'entreprise: the company, never the union just quoted
    (
        "Valmorel Industries va supprimer 400 postes. La CFDT a dénoncé un plan brutal. "
        "La direction a indiqué qu’elle avait provisionné 120 millions d’euros.",
        [
            (
                "indirect",
                "elle avait provisionné 120 millions d’euros",
                "Valmorel Industries",
                "indiquer",
            )
        ],
    ),
    (
        "Le constructeur Stellantis a publié ses comptes mardi. Les syndicats ont critiqué la "
        "décision. L’entreprise a précisé qu’elle maintenait ses objectifs.",
        [("indirect", "elle maintenait ses objectifs", "Stellantis", "préciser")],
    ),
    (
        "Michelin a annoncé la fermeture de deux usines. Le fabricant de pneus, dirigé par "
        "Florent Menegaux, a expliqué qu’il ne pouvait plus être compétitif.",
        [("indirect", "il ne pouvait plus être compétitif", "Michelin", "expliquer")],
    ),
    # regulators and central banks described by a common noun
    (
        "L’Autorité des marchés financiers (AMF) a sanctionné Jean Ferrière. Dans sa décision, "
        "la commission estime que M. Ferrière a manqué à ses obligations.",
        [
            (
                "indirect",
                "M. Ferrière a manqué à ses obligations",
                "Autorité des marchés financiers",
                "estimer",
            )
        ],
    ),
    (
        "La Banque centrale européenne a baissé ses taux, comme Renault l’espérait. "
        "L’institution a indiqué qu’elle restait vigilante.",
        [("indirect", "elle restait vigilante", "Banque centrale européenne", "indiquer")],
    ),
    # spokespeople, analysts and communiqués speak for the organisation they name
    (
        "« Nous ne commentons pas les rumeurs de marché », a répondu un porte-parole de Kering.",
        [("direct", "Nous ne commentons pas les rumeurs de marché", "Kering", "répondre")],
    ),
    (
        "« Le titre est sous-évalué », estiment les analystes de Goldman Sachs.",
        [("direct", "Le titre est sous-évalué", "Goldman Sachs", "estimer")],
    ),
    (
        "Renault présente ses comptes. « Nous sommes confiants », indique un communiqué.",
        [("direct", "Nous sommes confiants", "Renault", "indiquer")],
    ),
    # a role with its modifier picks the right person; "le patron" fits a directeur général
    (
        "Kering a publié ses ventes. Son directeur général, Luca de Meo, a salué la résistance "
        "du groupe. Sa directrice financière, Armelle Poulou, a détaillé les comptes. Le patron "
        "de Kering a estimé que la marque Gucci se redresserait.",
        [("indirect", "la marque Gucci se redresserait", "Luca de Meo", "estimer")],
    ),
    (
        "Kering a publié ses ventes. Son directeur général, Luca de Meo, a salué la résistance "
        "du groupe. Armelle Poulou, directrice financière, a détaillé les comptes. « Nous "
        "tiendrons nos objectifs », a ajouté la directrice financière.",
        [("direct", "Nous tiendrons nos objectifs", "Armelle Poulou", "ajouter")],
    ),
    # a pronoun goes to the last speaker rather than to a person merely mentioned since
    (
        "« Nous avons fait le bon choix », a déclaré Anne Morel. Le rachat de la société fondée "
        "par Paula Girard a coûté cher. « Mais nous allons rentabiliser l’investissement », "
        "a-t-elle poursuivi.",
        [
            ("direct", "Nous avons fait le bon choix", "Anne Morel", "déclarer"),
            (
                "direct",
                "Mais nous allons rentabiliser l’investissement",
                "Anne Morel",
                "poursuivre",
            ),
        ],
    ),
    # plural pronouns: better no speaker than a wrong one
    (
        "Les syndicats ont quitté la table. Ils ont affirmé que le plan était inacceptable.",
        [("indirect", "le plan était inacceptable", None, "affirmer")],
    ),
    # descriptions taking up a person named under another role
    (
        "« Le dialogue est rompu », a déclaré Sophie Lemaire, déléguée CFDT de l’usine de "
        "Cholet. La syndicaliste a prévenu que le mouvement pourrait durer tout l’été.",
        [
            ("direct", "Le dialogue est rompu", "Sophie Lemaire", "déclarer"),
            ("indirect", "le mouvement pourrait durer tout l’été", "Sophie Lemaire", "prévenir"),
        ],
    ),
    (
        "Rémi Garnier, procureur de la République de Lille, a requis trois ans de prison. Le "
        "magistrat a averti que d’autres dossiers suivraient.",
        [("indirect", "d’autres dossiers suivraient", "Rémi Garnier", "avertir")],
    ),
    (
        "Anne Morel dirige la coopérative depuis 2015. « Elle décide seule », regrette Paul "
        "Vidal, élu au conseil. L’intéressée répond que chaque vote est public.",
        [
            ("direct", "Elle décide seule", "Paul Vidal", "regretter"),
            ("indirect", "chaque vote est public", "Anne Morel", "répondre"),
        ],
    ),
    # a top-role description and the one woman of the article, named under another role
    (
        "Léa Forestier, ingénieure passée par Airbus, a repris en 2019 l’entreprise de son "
        "père. Le carnet de commandes déborde. « Elle va trop vite », juge Marc Dubois, délégué "
        "CGT du site. Les banques suivent. Les clients aussi. Le marché reste porteur. La "
        "présidente balaie l’hypothèse : « Nous ne vendrons pas. »",
        [
            ("direct", "Elle va trop vite", "Marc Dubois", "juger"),
            ("direct", "Nous ne vendrons pas.", "Léa Forestier", "balayer"),
        ],
    ),
    # an organisation quoted through a study is no antecedent for "le dirigeant"
    (
        "Marc Olivier préside Initiative Loire. D’après une étude du cabinet Deloitte, les PME "
        "ont levé 2 milliards d’euros. Le dirigeant estime que le crédit reste trop cher.",
        [
            ("indirect", "les PME ont levé 2 milliards d’euros", "Deloitte", "d'après"),
            ("indirect", "le crédit reste trop cher", "Marc Olivier", "estimer"),
        ],
    ),
    # a role given as "X et Y"
    (
        "« Le marché est immense », a déclaré le fondateur et directeur général de Nu "
        "Holdings, David Vélez. Le patron a assuré que le groupe ne rachèterait aucune banque.",
        [
            ("direct", "Le marché est immense", "David Vélez", "déclarer"),
            ("indirect", "le groupe ne rachèterait aucune banque", "David Vélez", "assurer"),
        ],
    ),
    # the interviewee's role: "le président de Vallorès" is no role of a person named Vallorès;
    # "dirigée par X" makes X "le dirigeant", "fondée par Y" makes Y "le fondateur"
    (
        "Le tribunal a placé la société Dalmas en redressement. Fondée par Henri Dalmas en 1970, "
        "la PME est dirigée depuis 2019 par sa fille, Claire Dalmas. « Nous n’avons jamais perdu "
        "un client », explique la dirigeante. Le fondateur reconnaît que la concurrence asiatique "
        "a tout changé.",
        [
            ("direct", "Nous n’avons jamais perdu un client", "Claire Dalmas", "expliquer"),
            (
                "indirect",
                "la concurrence asiatique a tout changé",
                "Henri Dalmas",
                "reconnaître",
            ),
        ],
    ),
    (
        "Marc Vidal dirige depuis 2020 la coopérative Terrena. Le dirigeant estime que la "
        "collecte de lait baissera de 3 %.",
        [("indirect", "la collecte de lait baissera de 3 %", "Marc Vidal", "estimer")],
    ),
    # a relative "qui" after a described speaker speaks for it
    (
        "Fondée par Louis Texier, l’entreprise est dirigée par Paul Texier. « Le carnet est "
        "plein », indique le dirigeant, qui assure que l’usine « ne fermera pas ».",
        [
            ("direct", "Le carnet est plein", "Paul Texier", "indiquer"),
            ("indirect", "l’usine ne fermera pas", "Paul Texier", "assurer"),
        ],
    ),
    # "le groupe de X" is the organisation, and X is its head: "le président" later is X; a
    # former role ("ancien directeur général") is no current one
    (
        "Kering a publié ses ventes semestrielles. Le groupe de François-Henri Pinault a confirmé "
        "que Luca de Meo, ancien directeur général de Renault, prendrait ses fonctions en "
        "septembre. Le président a assuré que son successeur aurait les mains libres.",
        [
            (
                "indirect",
                "Luca de Meo, ancien directeur général de Renault, prendrait ses fonctions en "
                "septembre",
                "Kering",
                "confirmer",
            ),
            (
                "indirect",
                "son successeur aurait les mains libres",
                "François-Henri Pinault",
                "assurer",
            ),
        ],
    ),
    (
        "Le groupe Bel, dirigé par Antoine Fiévet, a publié ses ventes. Le groupe dirigé par "
        "Antoine Fiévet a indiqué que les prix seraient stables.",
        [("indirect", "les prix seraient stables", "Bel", "indiquer")],
    ),
    # a spokesperson of a described organisation, and "Elle" for the company
    (
        "Le groupe Lactalis a proposé un prix de 465 euros. « Le marché s’est retourné », "
        "a justifié un porte-parole du groupe lavallois. Selon lui, les cours du beurre ont "
        "reculé de 25 %.",
        [
            ("direct", "Le marché s’est retourné", "Lactalis", "justifier"),
            ("indirect", "les cours du beurre ont reculé de 25 %", "Lactalis", "selon"),
        ],
    ),
    (
        "La société Valdor a publié ses comptes jeudi. Elle estime que la reprise sera lente.",
        [("indirect", "la reprise sera lente", "Valdor", "estimer")],
    ),
    (
        "Kryptalis SAS, enregistrée depuis 2021 auprès de l’Autorité des marchés financiers, "
        "revendique 180 000 clients. Elle a suspendu les retraits et assure que les avoirs "
        "seront restitués.",
        [("indirect", "les avoirs seront restitués", "Kryptalis SAS", "assurer")],
    ),
    # "Selon lui" goes to the most recent fitting speaker; a role's grammatical gender beats an
    # ambiguous first name
    (
        "« Le prix est bon », a déclaré Yves Koné, directeur du CCC. « Mais nos rendements ont "
        "baissé », a glissé Adama Coulibaly, président d’une coopérative. Selon lui, la récolte "
        "viendra du Ghana.",
        [
            ("direct", "Le prix est bon", "Yves Koné", "déclarer"),
            ("direct", "Mais nos rendements ont baissé", "Adama Coulibaly", "glisser"),
            ("indirect", "la récolte viendra du Ghana", "Adama Coulibaly", "selon"),
        ],
    ),
    (
        "« Les volumes sont solides », a déclaré Marc Lenoir, le PDG de Vinci. « Nous restons "
        "prudents », a ajouté Sophie Tardy, directrice financière du groupe. Selon elle, la marge "
        "progressera.",
        [
            ("direct", "Les volumes sont solides", "Marc Lenoir", "déclarer"),
            ("direct", "Nous restons prudents", "Sophie Tardy", "ajouter"),
            ("indirect", "la marge progressera", "Sophie Tardy", "selon"),
        ],
    ),
    # the narrative infinitive "Et d'ajouter" goes on with the last speaker
    (
        "« Nous avons tenu nos engagements », a déclaré Luc Besson, le PDG. Et d’ajouter : « Le "
        "dividende sera maintenu. »",
        [
            ("direct", "Nous avons tenu nos engagements", "Luc Besson", "déclarer"),
            ("direct", "Le dividende sera maintenu.", "Luc Besson", "ajouter"),
        ],
    ),
    (
        "« Le dividende est maintenu », a déclaré Anne Leroy. Et de préciser que la dette sera "
        "réduite de moitié.",
        [
            ("direct", "Le dividende est maintenu", "Anne Leroy", "déclarer"),
            ("indirect", "la dette sera réduite de moitié", "Anne Leroy", "préciser"),
        ],
    ),
    # a public office is never guessed to be the business leader last quoted; it resolves to the
    # person the article gives that office
    (
        "« Nous investirons 2 milliards », a déclaré Patrick Pouyanné. Le ministre de l’Industrie "
        "a estimé que l’annonce était une bonne nouvelle.",
        [
            ("direct", "Nous investirons 2 milliards", "Patrick Pouyanné", "déclarer"),
            ("indirect", "l’annonce était une bonne nouvelle", None, "estimer"),
        ],
    ),
    (
        "Le ministre de l’Économie, Bruno Le Maire, a présenté le budget. Le ministre a assuré que "
        "la dette serait stabilisée en 2027.",
        [("indirect", "la dette serait stabilisée en 2027", "Bruno Le Maire", "assurer")],
    ),
    # the board of X speaks for X
    (
        "Le conseil d’administration de Renault a estimé que l’offre était insuffisante.",
        [("indirect", "l’offre était insuffisante", "Renault", "estimer")],
    ),
    # a description or pronoun far from any fitting mention: the one person of that gender the
    # article has named so far
    (
        "Claire Delorme a pris la tête de l’entreprise en 2015. L’usine fabrique des "
        "transformateurs à Lyon. Elle emploie 450 salariés. Son chiffre d’affaires a atteint 120 "
        "millions d’euros. Les commandes ont doublé. Les délais dépassent deux ans. « Nous sommes "
        "saturés », reconnaît la dirigeante.",
        [("direct", "Nous sommes saturés", "Claire Delorme", "reconnaître")],
    ),
    (
        "La PDG d’Engie, Catherine MacGregor, a présenté ses résultats. Le groupe a dégagé un "
        "bénéfice de 5 milliards d’euros. La dette a reculé. Les investissements ont progressé. "
        "Le titre a gagné 3 %. Les analystes saluent la performance. Elle a toutefois prévenu que "
        "2026 serait plus difficile.",
        [("indirect", "2026 serait plus difficile", "Catherine MacGregor", "prévenir")],
    ),
    # "Elle": the organisation subject of the sentence before, not a person merely mentioned
    # earlier
    (
        "Le conseil a remercié Anne Dupont en mai. La SNCF a publié ses résultats jeudi. Elle a "
        "indiqué que le trafic progressait de 4 %.",
        [("indirect", "le trafic progressait de 4 %", "SNCF", "indiquer")],
    ),
    # local officials: "le préfet" resolves to the person given that office, "l'élu" to an
    # elected official (adjoint au maire); an office given to no one stays unnamed
    (
        "Le préfet du Nord, Georges-François Leclerc, a réuni les élus. Le préfet a assuré que "
        "l’État soutiendrait le site.",
        [
            (
                "indirect",
                "l’État soutiendrait le site",
                "Georges-François Leclerc",
                "assurer",
            )
        ],
    ),
    (
        "« C’est un coup dur pour la vallée », a réagi Loïc Tanguy, adjoint au maire. L’élu "
        "estime que la commune doit racheter le terrain.",
        [
            ("direct", "C’est un coup dur pour la vallée", "Loïc Tanguy", "réagir"),
            ("indirect", "la commune doit racheter le terrain", "Loïc Tanguy", "estimer"),
        ],
    ),
    (
        "Le préfet a assuré que l’État soutiendrait le site. « Nous serons présents », a déclaré "
        "Patrick Martin.",
        [
            ("indirect", "l’État soutiendrait le site", None, "assurer"),
            ("direct", "Nous serons présents", "Patrick Martin", "déclarer"),
        ],
    ),
    # anaphoric subjects: "celui-ci", "ce dernier", a demonstrative description after the verb
    (
        "Marc Lenoir a passé vingt ans chez McKinsey. Celui-ci estime que l’industrie doit se "
        "réinventer.",
        [("indirect", "l’industrie doit se réinventer", "Marc Lenoir", "estimer")],
    ),
    (
        "Jean Martin a racheté la société en 2019. Ce dernier a estimé que la relance prendrait "
        "deux ans.",
        [("indirect", "la relance prendrait deux ans", "Jean Martin", "estimer")],
    ),
    (
        "Le groupe a recruté Sandrine Molinari. « J’ai toujours voulu diriger une usine », résume "
        "cette mère de trois enfants.",
        [("direct", "J’ai toujours voulu diriger une usine", "Sandrine Molinari", "résumer")],
    ),
    # a pronoun taking up a dislocated subject ("La CFDT, elle, juge que")
    (
        "« C’est un échec », a déploré Sophie Binet, secrétaire générale de la CGT. La CFDT, elle, "
        "juge que le dialogue reste possible.",
        [
            ("direct", "C’est un échec", "Sophie Binet", "déplorer"),
            ("indirect", "le dialogue reste possible", "CFDT", "juger"),
        ],
    ),
    # the apposition names the employer, not the speaker
    (
        "Interrogé par Les Echos, Marc Lévy, analyste chez Oddo, estime que l'action est "
        "sous-évaluée.",
        [("indirect", "l'action est sous-évaluée", "Marc Lévy", "estimer")],
    ),
    # "Selon lui": the person introduced last with a role
    (
        "Mohamed El Kettani, le PDG d’Attijariwafa, a signé l’accord. Son directeur général, "
        "Abdoulaye Diop, s’est félicité de l’apport. Selon lui, la demande dépasse l’offre.",
        [("indirect", "la demande dépasse l’offre", "Abdoulaye Diop", "selon")],
    ),
    # a description taking up the organisation of an introducer ("le syndicat agricole")
    (
        "Selon la FDSEA, trente producteurs livrent l’usine. Le syndicat agricole "
        "craint toutefois que la coopérative impose ses prix.",
        [
            ("indirect", "trente producteurs livrent l’usine", "FDSEA", "selon"),
            ("indirect", "la coopérative impose ses prix", "FDSEA", "craindre"),
        ],
    ),
    # a description taking up the organisation of an apposition ("l'agence de notation")
    (
        "Anne Roux, analyste chez Fitch Ratings, reste prudente. Le groupe Covéa, lui, se dit "
        "serein. D’après l’agence de notation, le secteur restera solide en 2026.",
        [("indirect", "le secteur restera solide en 2026", "Fitch Ratings", "d'après")],
    ),
    # "ce dernier": the person mentioned last, even as an object
    (
        "Carlos Tavares a rencontré Luca de Meo. Ce dernier a estimé que les droits de douane "
        "étaient une erreur.",
        [("indirect", "les droits de douane étaient une erreur", "Luca de Meo", "estimer")],
    ),
    # "le patron de Renault": the person whose role was given at Renault
    (
        "Le patron de Stellantis, John Elkann, a reçu Luca de Meo, le directeur général de "
        "Renault. « Nous devons coopérer », a déclaré le patron de Renault.",
        [("direct", "Nous devons coopérer", "Luca de Meo", "déclarer")],
    ),
    (
        "Le patron de Stellantis, John Elkann, a reçu Luca de Meo, le directeur général de "
        "Renault. « Nous devons coopérer », a déclaré le patron de Stellantis.",
        [("direct", "Nous devons coopérer", "John Elkann", "déclarer")],
    ),
    # "le groupe suisse": the organisation introduced as Swiss
    (
        "Le groupe suisse Nestlé a vendu ses eaux à Danone. Danone a réagi. Le groupe suisse "
        "estime que la vente sera bouclée en juin.",
        [("indirect", "la vente sera bouclée en juin", "Nestlé", "estimer")],
    ),
    (
        "Le groupe allemand Siemens et le français Alstom ont signé un accord. « C'est une "
        "alliance historique », s'est réjoui le groupe français.",
        [("direct", "C'est une alliance historique", "Alstom", "se réjouir")],
    ),
    (
        "Thomas Buberl, directeur général d'Axa, a salué « une année record ».",
        [("direct", "une année record", "Thomas Buberl", "saluer")],
    ),
    # another person's apposition after "et" gives no gender; "Il a, lui, assuré que"
    (
        "Le directeur financier de Valtek, Marc Lenoir, et la présidente, Anne Petit, ont "
        "présenté les comptes. « Nous sommes prudents », a-t-elle dit. Il a, lui, assuré que "
        "la trésorerie était solide.",
        [
            ("direct", "Nous sommes prudents", "Anne Petit", "dire"),
            ("indirect", "la trésorerie était solide", "Marc Lenoir", "assurer"),
        ],
    ),
    # a participle's agent before the pronoun is no dislocated subject
    (
        "Claire Dubois dirige la filiale française de Siemens. Interrogée par l'AFP, elle "
        "affirme que l'usine ne fermera pas.",
        [("indirect", "l'usine ne fermera pas", "Claire Dubois", "affirmer")],
    ),
    # the pronoun of a relative clause is not the subject of the cue
    (
        "Selon Jean Dupont, le marché va croître. La ministre Agnès Pannier, qu'il a rencontrée "
        "lundi, juge au contraire que la demande va baisser.",
        [
            ("indirect", "le marché va croître", "Jean Dupont", "selon"),
            ("indirect", "la demande va baisser", "Agnès Pannier", "juger"),
        ],
    ),
    # the recogniser's whole name of an organisation the entity table missed
    (
        "La CFDT Construction Bois du Limousin réclame que les salaires de juin soient garantis.",
        [
            (
                "indirect",
                "les salaires de juin soient garantis",
                "CFDT Construction Bois du Limousin",
                "réclamer",
            )
        ],
    ),
    # "l'ancien PDG": the man introduced before; "l'ancienne PDG" is no man
    (
        "Quand son père, Bernard Achard, lui cède les commandes, Achard Précision SA réalise 38 "
        "millions d’euros de chiffre d’affaires. Elle vise 60 millions en 2027. Pour y parvenir, "
        "la dirigeante a convaincu le fonds Irdi d’entrer au capital. “Marion a une vision que je "
        "n’avais pas”, sourit l’ancien PDG, qui siège toujours au conseil.",
        [("direct", "Marion a une vision que je n’avais pas", "Bernard Achard", "sourire")],
    ),
    (
        "Quand son père, Bernard Achard, lui cède les commandes, Achard Précision SA réalise 38 "
        "millions d’euros. « J'ai dû tout réapprendre », sourit l'ancienne PDG, qui a quitté le "
        "groupe en 2020.",
        [("direct", "J'ai dû tout réapprendre", None, "sourire")],
    ),
    # "l'opérateur historique" is not the organisation introduced as "l'opérateur virtuel"
    (
        "La CNIL a prononcé une amende contre l’opérateur virtuel Lyvia Mobile SAS. Lyvia Mobile "
        "loue le réseau d’Orange. Lyvia Mobile conteste. Les forfaits de Lyvia sont bon marché. "
        "Orange, de son côté, rappelle que la sécurité incombe à chaque opérateur. « Notre réseau "
        "n’a jamais été compromis », a indiqué une porte-parole de l’opérateur historique.",
        [
            ("indirect", "la sécurité incombe à chaque opérateur", "Orange", "rappeler"),
            ("direct", "Notre réseau n’a jamais été compromis", "Orange", "indiquer"),
        ],
    ),
    (
        "La CNIL a prononcé une amende contre l’opérateur virtuel Lyvia Mobile SAS. Lyvia Mobile "
        "loue le réseau d’Orange. Lyvia Mobile conteste. Orange, de son côté, rappelle que la "
        "sécurité incombe à chaque opérateur. « Nous ferons appel », a indiqué une porte-parole de "
        "l’opérateur virtuel.",
        [
            ("indirect", "la sécurité incombe à chaque opérateur", "Orange", "rappeler"),
            ("direct", "Nous ferons appel", "Lyvia Mobile SAS", "indiquer"),
        ],
    ),
    # the subject before a relative clause set off by commas (a weak cue)
    (
        "La Fédération des travailleurs de la métallurgie (FTM), qui compte 9 000 adhérents dans "
        "le Nord, réclame que les primes soient versées avant l’été.",
        [
            (
                "indirect",
                "les primes soient versées avant l’été",
                "Fédération des travailleurs de la métallurgie",
                "réclamer",
            )
        ],
    ),
    # a bare spokesperson speaks for the organisation named before it in its sentence
    (
        "Chez Lactalis, un porte-parole a indiqué que le groupe « examinait le dossier ».",
        [("indirect", "le groupe examinait le dossier", "Lactalis", "indiquer")],
    ),
    # le syndicaliste: the person given a role next to a union
    (
        "Le syndicat Unia reste prudent. « Rien n’est réglé », a prévenu son secrétaire régional, "
        "Marco Bernasconi. Le syndicaliste exige que les emplois soient maintenus.",
        [
            ("direct", "Rien n’est réglé", "Marco Bernasconi", "prévenir"),
            ("indirect", "les emplois soient maintenus", "Marco Bernasconi", "exiger"),
        ],
    ),
    # a woman just introduced with a title beats an earlier subject for "elle"
    (
        "Sa fille, Julie Martel, a déclaré : « Nous avons des clients. » Le tribunal a "
        "nommé Me Sophie Arnaud comme mandataire. Selon elle, deux repreneurs se sont manifestés.",
        [
            ("direct", "Nous avons des clients.", "Julie Martel", "déclarer"),
            ("indirect", "deux repreneurs se sont manifestés", "Sophie Arnaud", "selon"),
        ],
    ),
    # ... but a woman merely named, without a title, does not
    (
        "Julie Martel a déclaré : « Nous avons des clients. » Elle a reçu Sophie Arnaud "
        "mardi. Selon elle, deux repreneurs se sont manifestés.",
        [
            ("direct", "Nous avons des clients.", "Julie Martel", "déclarer"),
            ("indirect", "deux repreneurs se sont manifestés", "Julie Martel", "selon"),
        ],
    ),
    # a subsidiary named after its parent: "la direction" is the parent's
    (
        "Le chimiste Solvane a publié ses comptes. Solvane cède trois usines. Aux États-Unis, la "
        "filiale Solvane Inc. a ouvert un site. La direction assure qu’aucune fermeture n’est "
        "prévue en France.",
        [
            (
                "indirect",
                "aucune fermeture n’est prévue en France",
                "Solvane",
                "assurer",
            )
        ],
    ),
    # "l'intéressé": the person of that gender named last, not the earlier speaker
    (
        "« La demande progresse vite », a souligné le PDG, Paul Martin. La clinique Santa Rita, "
        "fondée en 1990 par le chirurgien Luis Ferreira, emploie 800 personnes. « Nous voulions "
        "un partenaire solide », confie l’intéressé, qui restera au conseil.",
        [
            ("direct", "La demande progresse vite", "Paul Martin", "souligner"),
            ("direct", "Nous voulions un partenaire solide", "Luis Ferreira", "confier"),
        ],
    ),
    # a dislocated subject ("X, elle, a …") the recogniser missed the second time
    (
        "« Nous avons tenu », confie Claire Morvan, qui dirige l’usine. Elle a recruté son "
        "associée, Julie Le Gall, aujourd’hui directrice technique. « Les ventes ont baissé », "
        "reconnaît la dirigeante. Julie Le Gall, elle, a relocalisé la peinture. « Le client "
        "veut du local. Il paie pour ça », glisse-t-elle.",
        [
            ("direct", "Nous avons tenu", "Claire Morvan", "confier"),
            ("direct", "Les ventes ont baissé", "Claire Morvan", "reconnaître"),
            ("direct", "Le client veut du local. Il paie pour ça", "Julie Le Gall", "glisser"),
        ],
    ),
    # "le collectif + Name": the name even when the organisation table misses it
    (
        "Le collectif Air Pur Vallée, lui, déplore que le projet ne prévoie aucun filtre.",
        [("indirect", "le projet ne prévoie aucun filtre", "Air Pur Vallée", "déplorer")],
    ),
    # the name before the apposition is the subject, not the family in it
    (
        "Holdco Invest SA, la société de la famille Rinaldi, qui détient 40 % du capital, a "
        "indiqué qu’elle suivrait l’augmentation de capital.",
        [
            (
                "indirect",
                "elle suivrait l’augmentation de capital",
                "Holdco Invest SA",
                "indiquer",
            )
        ],
    ),
    # a spokesperson of a ministry: the whole ministry
    (
        "Un porte-parole du ministère belge des Transports a confirmé que la taxe serait "
        "appliquée dès janvier.",
        [
            (
                "indirect",
                "la taxe serait appliquée dès janvier",
                "ministère belge des Transports",
                "confirmer",
            )
        ],
    ),
    # the boss a holding made a person is the group's vice-président exécutif
    (
        "Le décret conforte Camfin, la holding de Marco Tronchetti Provera. « C’est une "
        "décision qui protège une technologie stratégique », a salué le vice-président exécutif "
        "du groupe milanais.",
        [
            (
                "direct",
                "C’est une décision qui protège une technologie stratégique",
                "Marco Tronchetti Provera",
                "saluer",
            )
        ],
    ),
    # a spokesperson "de l'X": the organisation X
    (
        "L'Agence nationale de sécurité du médicament (ANSM) n'envisage aucune restriction "
        "supplémentaire, a indiqué un porte-parole de l'ANSM.",
        [
            (
                "indirect",
                "L'Agence nationale de sécurité du médicament (ANSM) n'envisage aucune "
                "restriction supplémentaire",
                "Agence nationale de sécurité du médicament",
                "indiquer",
            )
        ],
    ),
    # a bare spokesperson: the organisation subject of the sentence before
    (
        "Le constructeur Renault a publié ses comptes mardi. Un porte-parole a précisé que les "
        "ventes avaient progressé de 3 %.",
        [("indirect", "les ventes avaient progressé de 3 %", "Renault", "préciser")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_speakers(nlp: Language, text: str, expected: list[Expected]) -> None:
    check_quotes(nlp, text, expected)


def test_speaker_types(nlp: Language) -> None:
    got = quotes(nlp, "Selon TotalEnergies, la production va augmenter.")
    assert got[0]["speaker_type"] == "organization"
    got = quotes(nlp, "Selon Jean Dupont, la production va augmenter.")
    assert got[0]["speaker_type"] == "person"
    got = quotes(nlp, "Un proche du dossier assure que la vente sera conclue avant l'été.")
    assert got[0]["speaker_type"] is None
    assert got[0]["speaker"] is None  # unnamed source: no speaker, its words kept aside
    assert got[0]["speaker_text"] == "Un proche du dossier"


def test_seed_article(nlp: Language, seed_text: str) -> None:
    got = quotes(nlp, seed_text)
    by_kind = [(g["kind"], g["speaker"]) for g in got]
    assert ("direct", "Elon Musk") in by_kind
    assert len(got) == 3
    indirect = {g["quote"]: g["speaker"] for g in got if g["kind"] == "indirect"}
    assert indirect["Musk devrait plutôt acheter Twitter"] == "Sam Altman"
    assert indirect["l'entreprise s'était écartée de sa mission initiale d'intérêt public"] in (
        "Elon Musk",
        "Musk",
    )


def test_bare_spokesperson_of_the_organisation_that_spoke_before(nlp: Language) -> None:
    got = quotes(
        nlp,
        "Le gouvernement a mis son veto au projet du groupe chinois Sinochem Holdings "
        "Corporation Ltd, premier actionnaire de Pirelli. Dans un communiqué, le conglomérat "
        "estime que la mesure « contredit "
        "l’esprit » du pacte. Un porte-parole a ajouté que Sinochem n’avait « jamais interféré "
        "dans la gestion ».",
    )
    assert [g["speaker"] for g in got] == ["Sinochem Holdings Corporation Ltd"] * 2
