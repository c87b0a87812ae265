"""``fr_quotes``: who said what, direct and indirect, with the speaker resolved.

Output: ``doc.spans["quotes"]``, one span per quote with ``span._.quote`` (see extensions.py).

Direct quotes are found by pairing quote marks in ``doc.text``; a quote is kept when a speech cue
attributes it (before: ``X a déclaré : « … »``, after: ``« … », a-t-il ajouté``, inside:
``« …, estime X. … »``) or when it reads as a sentence. Indirect quotes are the reported clause
of a speech verb (``X estime que …``, ``…, affirmant que …``, ``…, indique X.``) or of an
introducer (``selon X, …``), or a clause after ``X le reconnaît :``. Interview answers without
quote marks (``Nom. – …``, ``Nom : …`` in the first person, a dash paragraph after a question)
are direct quotes of the interviewee. A quote right after a naming word (``un portefeuille dit
« chaud »``, ``baptisé``) is a name, not speech. The two passes run in document order so that
pronouns see every earlier speaker. Speakers are resolved by ``quotes_speakers``.

The modules, in the order an article flows through them:

* :mod:`.factory` — the ``fr_quotes`` factory;
* :mod:`.component` — the component: rule data, lexicons (built by :mod:`.lexicon`), the passes
  in order (:func:`.component.find_quotes`);
* :mod:`.lexicon` — speech verbs (with their ``-er`` forms), introducers, descriptions…: the
  lookups, and :meth:`.lexicon.Lexicon.cue_of`; :mod:`.words` — the closed word classes;
* reading the article (:class:`.document.QuoteDoc`, the per-document object):
  :mod:`.tokens` (token columns; :mod:`.marks` pairs the quote marks), :mod:`.answers`
  (interview answers without marks), :mod:`.sentences`, then the speaker index;
* :mod:`.interviews` — the named interview answers are quoted first;
* :mod:`.indirect` — the walk over the speech verbs and introducers: ``que`` clauses and incises,
  with :mod:`.colon` (``X le reconnaît : …``) and :mod:`.introducers` (``selon X, …``); it hands
  the direct quotes to :mod:`.direct` as it meets them (cues after (:mod:`.inverted`), inside,
  before the marks);
* :mod:`.subjects` — who is the subject of a speech verb (used by the passes above);
  :mod:`.reported` — a reported clause made a quote;
* :mod:`.interviews` again — dash answers go to the interviewee;
* :mod:`.spans` — overlaps settled, the spans made.
"""

from pipeline.components.quotes.component import QuotesComponent, find_quotes
from pipeline.components.quotes.factory import make_quotes
from pipeline.components.quotes.lexicon import Cue, Lexicon, er_forms
from pipeline.components.quotes.marks import QuoteMarks, find_quote_marks

__all__ = [
    "Cue",
    "Lexicon",
    "QuoteMarks",
    "QuotesComponent",
    "er_forms",
    "find_quote_marks",
    "find_quotes",
    "make_quotes",
]
