"""Speaker resolution for the quotes component: names, pronouns, descriptions, unnamed sources.

The quotes component finds the quotes and their cues (``a déclaré``, ``selon``); this package
says who speaks. The component makes one :class:`SpeakerResolver` per article and asks it about
the subject of each cue; the mentions come from ``doc.spans["people"]`` /
``doc.spans["organizations"]`` (with their ``canonical`` names and ``role``) when the entities
component filled them, else from ``doc.ents`` (PER / ORG), so resolution improves by itself when
those groups fill in.

The modules, in the order an article flows through them:

* :mod:`.lexicon` — the closed word lists (pronouns, titles, role families) and
  :class:`SpeakerLexicon`, the quotes component's rule data the stages read;
* :mod:`.document` — :class:`DocView`, the per-document view (words, folded words, token
  columns, sentences, quotes);
* :mod:`.names` — finding full names again in the text, stripping determiners;
* :mod:`.mentions` — :class:`SpeakerCandidate` and :class:`MentionIndex`, what the article names;
* :mod:`.collect` — fills the index: spans, canonical names, genders, subjects;
* :mod:`.appositions` — roles and descriptions read next to names (``Sam Altman, PDG
  d'OpenAI``, ``le constructeur Stellantis``, ``fondée par X``);
* :mod:`.recency` — pronouns and the most salient person at a position (``il``, ``ce dernier``);
* :mod:`.organisations` — organisation descriptions (``le groupe``, ``la banque centrale``);
* :mod:`.roles` — role descriptions (``le PDG``, ``le ministre de l'Économie``), as rules;
* :mod:`.noun_phrases` — subject noun phrases, as a tuple of named rules tried in order;
* :mod:`.subjects` — the subject token of a cue (``qui``, ``celui-ci``, ``La CFDT, elle,``);
* :mod:`.resolver` — :class:`SpeakerResolver`, wiring them for one article, and
  :func:`speaker_dict`, the ``span._.quote`` value.
"""

from .document import DocView, TokenColumns
from .lexicon import (
    ENTOURAGE,
    NOT_SUBJECT_ADP,
    ORG,
    PERSON,
    PRONOUNS_F,
    PRONOUNS_M,
    PRONOUNS_PL,
    Speaker,
    SpeakerLexicon,
)
from .mentions import MentionIndex, SpeakerCandidate
from .names import find_names
from .noun_phrases import NOUN_PHRASE_RULES, NounPhrase
from .resolver import SpeakerResolver, speaker_dict
from .roles import ROLE_RULES, role_match

__all__ = [
    "ENTOURAGE",
    "NOT_SUBJECT_ADP",
    "NOUN_PHRASE_RULES",
    "ORG",
    "PERSON",
    "PRONOUNS_F",
    "PRONOUNS_M",
    "PRONOUNS_PL",
    "ROLE_RULES",
    "DocView",
    "MentionIndex",
    "NounPhrase",
    "Speaker",
    "SpeakerCandidate",
    "SpeakerLexicon",
    "SpeakerResolver",
    "TokenColumns",
    "find_names",
    "role_match",
    "speaker_dict",
]
