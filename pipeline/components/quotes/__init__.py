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
pronouns see every earlier speaker. Speakers are resolved by the subpackage ``speakers``.

The modules, in the order an article flows through them:

* :mod:`.factory` — the ``fr_quotes`` factory; :mod:`.component` — the component: its rule data
  (``models/quotes/``), its lexicons, the passes in order (:func:`.component.find_quotes`);
* :mod:`.lexicon` — the lookups built from the rule data (speech verbs with their ``-er`` forms,
  introducers, descriptions…) and :meth:`.lexicon.Lexicon.cue_of`; :mod:`.words` — the closed
  word classes;
* reading the article into the per-document object :class:`.document.QuoteDoc`:
  :mod:`.tokens` (token columns; :mod:`.marks` pairs the quote marks), :mod:`.answers`
  (interview answers without marks), :mod:`.sentences`, then the speaker index;
* :mod:`.interviews` — the named interview answers are quoted first;
* :mod:`.indirect` — the walk over the speech verbs and introducers, in document order, trying
  :mod:`.introducers` (``selon X, …``), :mod:`.colon` (``X le reconnaît : …``),
  :mod:`.que_clauses` (``X estime que …``) and :mod:`.incises` (``…, estime X.``); on its way it
  hands the quote marks to :mod:`.direct` (attributions inside and after the marks, through
  :mod:`.inverted` and, for a verb no list knows, :mod:`.incise_shape`, or before them,
  :mod:`.cue_before`);
* shared by those passes: :mod:`.subjects` (who is the subject of a speech verb) and
  :mod:`.reported` (a reported clause made a quote);
* :mod:`.interviews` again — dash answers go to the interviewee;
* :mod:`.spans` — overlaps settled, the spans made.

Where a newcomer adds a word (a speech verb, an introducer, a description…): the data files of
``models/quotes/`` (see :mod:`.lexicon`); a closed word class: :mod:`.words`; a rule: the module
of its pass, in the numbered list of its docstring (a speech verb's rules are tried in the order
of :data:`.indirect.CUE_RULES`, a direct quote's in :func:`.direct.direct_one`).
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
