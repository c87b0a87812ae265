"""Organisations and people (``fr_org_people``): corrected labels, canonical names and roles.

The statistical NER of ``fr_core_news_md`` (trained on Wikipedia) mislabels many company names on
business news (``OpenAI`` MISC, ``Tesla`` PER, ``Musk`` ORG), cuts or merges names
(``Baron Capital`` + ``Group``, ``Grok open``, ``sur X. Bezos``). This component runs right after
``ner`` and:

1. cleans the model's entity boundaries and adds the candidates its rules find (cue nouns,
   appositions, legal forms, ``&`` names, datelines, first names, acronyms in brackets);
2. relabels each mention from local evidence, then makes labels consistent across the article
   (a surname of a person of the article is that person; a name that is clearly an organisation
   once is one everywhere);
3. completes names (territories, complements of public bodies) and finds their short forms;
4. groups mentions into entities and gives each the canonical (longest proper) name
   (``Musk`` -> ``Elon Musk``, ``AMF`` <-> ``Autorité des marchés financiers``);
5. finds roles (``Patrick Pouyanné, PDG de TotalEnergies``) and puts them on every mention.

Output: ``doc.ents`` (ORG / PER / LOC / MISC), ``doc.spans["organizations"]`` and
``doc.spans["people"]`` with ``span._.canonical``, and for people ``span._.role`` and
``span._.role_org``. The lexicons are the files of ``models/entities/``.

The modules, in the order an article flows through them:

* :mod:`.factory` — the ``fr_org_people`` factory; :mod:`.component` — the component, the
  sequence of the stages (:func:`find_mentions`) and the annotations it writes;
* :mod:`.lexicon` — the rule data made into matchers, regexes and word sets; :mod:`.view` — the
  per-document object (:class:`ArticleView`); :mod:`.mentions` — a candidate name and its
  evidence (:class:`NameMention`); :mod:`.names`, :mod:`.vocabulary` — text helpers and closed
  word classes shared by the stages;
* candidates: :mod:`.extents` (where a name ends: suffixes, possessive "s", runs of capitalised
  words), :mod:`.datelines`, :mod:`.cue_names` (cue nouns, employers, career paths,
  appositions), :mod:`.brackets` (long forms of bracketed acronyms), :mod:`.legal_names`
  (legal forms before a name, ``&`` names), :mod:`.first_names`, :mod:`.person_names` (how far
  a person's name goes: ``N'Diaye``, particles ``Ben``/``Ould``/``Van den`` after the model's
  span, a person after an acronym), :mod:`.lists` (names the
  model missed in a list of companies), :mod:`.cleaning` (the
  model's spans split and trimmed), :mod:`.candidates` (all of them gathered and filtered);
* labels: :mod:`.evidence` (what a mention's context says), :mod:`.labels` (the label rules,
  tried in order), :mod:`.consistency` (labels made consistent across the article);
* :mod:`.complements` (territories and complements joined to names), :mod:`.short_forms`;
* :mod:`.forms` (comparing names: cores, acronyms, initials), :mod:`.canonical` (entities and
  their canonical names), :mod:`.roles`.
"""

from pipeline.components.entities.component import EntitiesComponent
from pipeline.components.entities.factory import make_entities
from pipeline.components.entities.lexicon import EntityLexicon
from pipeline.components.entities.mentions import NameMention
from pipeline.components.entities.names import norm
from pipeline.components.entities.view import ArticleView, FormMemo

__all__ = [
    "ArticleView",
    "EntitiesComponent",
    "EntityLexicon",
    "FormMemo",
    "NameMention",
    "make_entities",
    "norm",
]
