"""``fr_amounts``: monetary amounts of French press text, normalised.

Finds every amount (``97,4 milliards de dollars``, ``1,5 Md€``, ``$10``, ``EUR 20``, ``une dizaine
de millions d'euros``, ``entre 16 et 18 milliards de dollars``…) with a regular-expression grammar
over ``doc.text``, mapped to tokens with ``doc.char_span(..., alignment_mode="expand")``, and writes
``doc.spans["amounts"]`` with ``span._.amount = {"value", "value_max", "currency", "qualifier"}``.

The grammar (numbers, scales, how the pieces combine) is code here; the lexicons (currencies, scale
words, qualifiers, approximate nouns, document-level currency cues, money words, change verbs) are
data files under ``models/amounts/``. The modules, in the order an article flows through them
(every pass is linear in the length of the text):

* :mod:`.factory` — the ``fr_amounts`` factory; :mod:`.component` — the component: loads the data,
  builds the rules, runs the passes below on a fresh :class:`~.document.Article` per document;
* :mod:`.lexicon` — the files of ``models/amounts/`` and how their forms become regexes;
  :mod:`.grammar` — the regexes and lookups built from them (:class:`~.grammar.AmountRules`);
  :mod:`.numbers` — digits and number words (grammar that is code); :mod:`.values` — the
  ``Quantity`` and ``Amount`` records; :mod:`.document` — the per-document ``Article``;
1. :mod:`.quantities` — digits (French decimal comma, thousands grouped by spaces, no-break spaces
   or dots), written-out numbers (text2num), ``un demi-milliard``, ``une dizaine de millions``,
   ``quelques centaines de millions``; each with an optional scale (``milliards``, ``M``, ``Md``…);
   a lower place joined by ``et`` is added (``48 milliards et 916 millions de dirhams``);
2. :mod:`.currencies` — currency after (``… de dollars``, ``… €``, ``… EUR``, ``… Fcfa``,
   ``… DA``) or before (``$…``, ``EUR …``; a symbol of letters only, ``DA``, ``Ar``, never
   before), subunits (``6 centimes d'euro``, ``15 dollars et 15 cents``), a scale held by the
   sign (``874 ME``, ``310 MDH``: millions of euros, of dirhams);
3. :mod:`.pairs` — ranges (``entre 16 et 18 milliards de dollars``, ``de 5 à 7 M€``, ``10 - 20
   euros``) and shared scale/currency (``passé de 10 à 12 millions d'euros``: two amounts);
4. :mod:`.neighbours` — currency ellipsis: ``1,50 milliard d'euros contre 1,34 milliard`` (the
   second is EUR too), and a currency carried back (``3,5 milliards, contre 500 millions
   d'euros``); :mod:`.counted` says when a bare number counts something and takes nothing;
5. :mod:`.qualifiers` — ``près de`` → approx, ``plus de`` → at_least, ``jusqu'à`` → at_most;
   ``un centime`` / ``un euro`` under a negation (``ne perdra pas un centime``) is an idiom, no
   amount;
6. :mod:`.article_currency` — article-level choice of the dollar (or franc) a bare ``$`` /
   ``dollars`` means, and whether a bare ``livres`` is money;
7. :mod:`.context` — context currency: a scaled number written without currency (``1,04
   milliard``, ``1,04 Md``) governed by a money word of ``money_triggers.txt`` (``un chiffre
   d'affaires de …``, ``a levé …``, ``valorisé …``) and counting nothing (``de clients``…) takes
   the currency of the nearest amount of its paragraph, else the article's one currency, else
   the one currency of the last paragraph with amounts, else stays out; a number compared with
   it (``contre 980 millions``) or forming a range with it follows it; as a last resort, a
   number that counts nothing takes the currency of the nearest amount of its sentence
   (``… 84 millions d'euros, en recul par rapport aux 91
   millions de l'exercice précédent``), unless the parse makes it a count (``le pays compte 48
   millions``, ``count_heads.txt``); what a million counts is plural, so a singular noun after
   ``de`` is no count (``6,5 milliards de soutien``);
8. :mod:`.per_unit` — a bare number before a per-unit phrase of ``unit_prices.txt`` is a price
   in its context's currency (``les planteurs réclament 1 400 le kilo``);
* :mod:`.spans` — the amounts as spans of ``doc.spans["amounts"]``.

Where to add: a currency, scale word, qualifier or cue phrase is a line of a ``.tsv`` of
``models/amounts/``; a money word, book word, asset noun or verb a line of a ``.txt`` there; a new
way of writing a number is a group of the quantity regex (:func:`.grammar.quantity_regex`) read
in :mod:`.quantities`; a new rule goes into the pass it belongs to, as a small named function.

Speed: the text is built once per document and shared (``base.doc_text``); alternations of
words are tries or grouped by first letter (``pipeline.regex_build``: the same matches, fewer
steps); the quantity regex leaves a place inside a word at once.
"""

from pipeline.components.amounts.component import AmountsComponent, find_amounts
from pipeline.components.amounts.factory import make_amounts
from pipeline.components.amounts.lexicon import DATA_FILES, lexicon_records
from pipeline.components.amounts.numbers import dadd, dmul, parse_digits, parse_words
from pipeline.components.amounts.spans import SPAN_GROUP
from pipeline.components.amounts.values import Amount, Quantity

__all__ = [
    "DATA_FILES",
    "SPAN_GROUP",
    "Amount",
    "AmountsComponent",
    "Quantity",
    "dadd",
    "dmul",
    "find_amounts",
    "lexicon_records",
    "make_amounts",
    "parse_digits",
    "parse_words",
]
