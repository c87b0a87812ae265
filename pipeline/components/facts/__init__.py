"""``fr_facts``: the fact around each amount (``FACTS.md``), what it measures and whose it is.

Output: ``span._.fact = {"measure", "holder", "counterpart", "period"}`` on every span of
``doc.spans["amounts"]`` (see ``pipeline/extensions.py``); the ``amounts`` table writes them as
columns. Runs after ``fr_org_people`` (the parties, by canonical name), ``fr_amounts`` and
``fr_dates``.

The modules, in the order an amount flows through them:

* :mod:`.factory` — the ``fr_facts`` factory; :mod:`.component` — loads the rule data, builds
  the lexicon once, and runs the stages on a fresh :class:`~.document.FactDoc` per document;
* :mod:`.lexicon` — ``models/facts/`` as lookups: the measure cues (``measure_nouns.tsv``:
  ``chiffre d'affaires`` → revenue; ``measure_verbs.tsv``: ``lever`` → funding, with the roles
  of the parties around the verb), the names never a party (``not_parties.txt``: news
  agencies), the closed word classes (``words.json``);
* :mod:`.document` — the per-document object: parties, dates, sentences, windows around an
  amount, the cues met (found lazily), the main company, the article's last deal;
1. :mod:`.measures` — the measure: ``MEASURE_RULES`` (the noun after the amount, ``pour
   racheter``, ``par action``, a market quote, the governing noun or verb in the parse, the
   nearest cue before, then after); ``other`` when none answers;
2. the parties: :mod:`.scene` — the amount's governing verb and its roles, the parse read
   (subject, object, ``à`` complement), whether a name may hold the measure; :mod:`.sales`
   the buyer and the seller a word of selling names (``X cède Y à Z pour…``); then
   :mod:`.counterparts` — the counterpart (``COUNTERPART_RULES``: the verb's object, ``auprès
   de`` / ``de la part de``, the last deal's target, the employer, the authority); then
   :mod:`.holders` — the holder (``HOLDER_RULES``: the recipient of ``inflige à``, ``le chiffre
   d'affaires de X``, a broker's target or a first person in a quote read by :mod:`.speakers`,
   the verb's subject read by :mod:`.subjects`, the nearest name before,
   the last deal's buyer, the entity in focus or the main company);
3. :mod:`.periods` — the period of a result from the nearest date of the clause (``au
   premier semestre 2024`` → ``2024-H1``).

A range is one amount, so one fact. The value in euros is not set here: the table converter
adds it from the article's date (:mod:`pipeline.rates`).
"""

from pipeline.components.facts import factory
from pipeline.components.facts.component import FactsComponent

__all__ = ["FactsComponent", "factory"]
