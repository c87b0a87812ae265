"""The closed word classes the quote rules test, each with what it is for.

Words are compared as :func:`pipeline.text.lower_straight` writes them (lower case, ``’`` made
``'``) unless a comment says otherwise; the open lexicons (speech verbs, introducers,
descriptions…) are rule data under ``models/quotes/`` (see :mod:`.lexicon`).
"""

from __future__ import annotations

import re

from spacy.parts_of_speech import ADP, AUX, CCONJ, DET, PRON, VERB

#: Tokens that end a sentence.
SENT_END = {".", "!", "?", "…", "...", "?!", "!?"}
#: Punctuation no attribution crosses (an end of sentence, a quote mark, ``;``).
STOP_PUNCT = {".", "!", "?", ";", "«", "»", "“", "”", '"', "…"}
#: ... and the single quote marks, tokens of their own (``' Cette …'``, ``‘’Nous …’’``).
STOP_PUNCT |= {"'", "''", "’’", "‘", "’", "‘‘"}
#: The complementiser of a reported clause (``X estime que …``).
QUE = {"que", "qu'", "qu’"}
#: Reflexive pronouns of ``se dire``, ``s'est félicité``.
REFLEXIVE = {"se", "s'", "s’"}
#: Object pronouns between an incise's comma and its verb (``leur a-t-il dit``).
OBJECT_CLITICS = {"leur", "lui", "nous", "vous", "m'", "me", "l'"}
#: Auxiliary forms of a compound tense (``a déclaré``, ``a-t-il ajouté``).
AUX_FORMS = {"a", "avait", "aura", "aurait", "ont", "avaient", "est", "était", "sera", "serait"}
AUX_FORMS |= {"sont", "étaient", "a-t", "avait-t"}
#: Adverbs inside an incise before its verb (``…, explique encore X``).
INCISE_ADVERBS = {"encore", "aussi", "ainsi", "alors", "même", "également", "d'ailleurs"}
INCISE_ADVERBS |= {"d’ailleurs", "enfin", "pourtant", "toutefois", "cependant", "simplement"}
INCISE_ADVERBS |= {"volontiers", "déjà", "récemment", "notamment", "plutôt", "néanmoins"}
#: A verb and its link before the speech verb of an incise (``…, est venu dire X``, ``…, a
#: tenu à préciser X``, ``…, a voulu rassurer X``, ``…, a fini par admettre X``).
PERIPHRASIS = {"venu", "venue", "vient", "venait", "tenu", "tenue", "tient", "tenait", "voulu"}
PERIPHRASIS |= {"voulue", "veut", "voulait", "souhaité", "souhaitée", "fini", "finie", "cru"}
PERIPHRASIS |= {"à", "par", "bon", "de", "d'", "d’"}
#: Words before ``que`` that make it another conjunction (``ainsi que``, ``alors que``).
NOT_COMPLEMENTIZER = {"ainsi", "alors", "bien", "parce", "tandis", "pendant", "dès", "avant"}
NOT_COMPLEMENTIZER |= {"après", "sans", "pour", "afin", "plus", "moins", "autant", "tant", "si"}
NOT_COMPLEMENTIZER |= {"même", "de", "tel", "telle", "tels", "telles", "lors", "sauf", "outre"}
NOT_COMPLEMENTIZER |= {"à", "jusqu'", "jusqu’", "depuis", "puisque", "encore"}
#: Comparative words whose "que" ends a comparison (meilleur qu'attendu, pire que prévu).
COMPARATIVES = {"meilleur", "meilleure", "meilleurs", "meilleures", "pire", "pires", "mieux"}
#: Time adverbs that may sit between an inverted verb and its subject.
TIME_WORDS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier"}
TIME_WORDS |= {"aujourd'hui", "aujourd’hui", "soir", "matin", "midi", "dernier", "dernière"}
TIME_WORDS |= {"après-midi", "récemment", "encore", "aussi", "également", "enfin", "alors"}
TIME_WORDS |= {"volontiers", "ensuite", "toutefois", "cependant", "néanmoins", "pourtant"}
#: Month names (a date between a speech verb and its infinitive, in a dateline).
MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre"}
MONTHS |= {"octobre", "novembre", "décembre"}
#: Determiners opening the object between a verb and its quote (``juge ce texte « … »``).
OBJECT_DETS = {"le", "la", "les", "l'", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur"}
OBJECT_DETS |= {"leurs", "un", "une", "des", "cette"}
#: The words of a negation before an infinitive (``affirme ne pas vouloir``, ``n'avoir``).
NEGATION = {"ne", "n'", "n’", "pas", "plus", "jamais", "rien"}
#: ``de`` and its forms.
OF = {"de", "d'", "du", "des"}
#: Dashes and bullets opening a paragraph, an answer or a dateline's end.
DASHES = {"—", "–", "-", "―", "•"}
#: Parts of speech of a word opening a sentence after a period kept in the token (``A. Les``).
SENT_OPENER_POS = {DET, PRON, CCONJ, ADP}
#: Parts of speech of a verb that may be a speech verb.
VERB_POS = {VERB, AUX}
#: Titles whose abbreviation ends with a period that ends no sentence (``M.``, ``Dr.``), and
#: that may come before an apposed name (``Me Paul Caron``).
TITLES = {"m", "mme", "me", "maître", "dr", "pr", "mgr", "monsieur", "madame", "mlle"}
#: An inverted subject pronoun (``-il``, ``-t-elle``), compared with the token's own text.
HYPHEN_PRON = re.compile(r"^-(?:t-)?(?:il|elle|ils|elles|on)$", re.IGNORECASE)
#: The euphonic ``t`` of ``a-t-il`` when the tokenizer keeps it apart.
EUPHONIC_T = ("-t", "-t-")
#: Relative pronouns opening an aside after a comma (``…, qui a rappelé que``).
RELATIVES = ("qui", "dont", "lequel", "laquelle")
#: What is trimmed off a reported clause's ends (spaces, punctuation, quote marks).
TRAILING = " \t\n\u00a0\u202f.,;:!?…»”\"«“'‘’"
#: A run of white space (made one space in a quote's text).
SPACES = re.compile(r"\s+")
#: Quote marks (taken out of an indirect quote's text): the double marks, two apostrophes as one
#: mark, and a single apostrophe that is no elision (not before a letter: ``l'action`` stays).
MARKS = re.compile(r"[«»“”\"]|['‘’]{2}|(?<!\w)['‘](?=\w)|['’‘](?!\w)")
