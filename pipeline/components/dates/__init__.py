"""``fr_dates``: date expressions of French news text, normalised against the article's date.

Output: ``doc.spans["dates"]``, each span with ``span._.date = {"value", "value_end",
"granularity", "relative"}`` (see ``pipeline/extensions.py``).

The modules, in the order an article flows through them:

* :mod:`.factory` — the ``fr_dates`` factory; :mod:`.component` — the component: loads the rule
  data, builds the lookups, cues and patterns once, and runs the stages below on a fresh
  :class:`~.context.Context` per document (nothing about a document is kept on it);
* :mod:`.lexicon` — the files of ``models/dates/`` as lookups (month names, numbers in words,
  ordinals, relative expressions, verbs and cue words); :mod:`.regex_pieces` — white space,
  years, number edges and lexicon forms as regexes; :mod:`.cues` — the context patterns built
  from the lexicons (``reporté au``, ``ses résultats du``, the fiscal year);
* :mod:`.patterns` — one regular expression per way of writing a date, by family (days,
  numeric dates, months, periods, years, relative expressions, weekdays, seasons), each with
  its resolver, its gate (:mod:`.gates`) and, for some, its start words (:mod:`.start_words`);
* :mod:`.context` — the per-document object: the doc, its text, the article's date, caches;
1. :mod:`.find` — the patterns run once over the text (linear in the text; no per-token
   dateparser call); a pattern whose gate says it cannot match the article is not run (most
   cannot). Amounts (``doc.spans["amounts"]``, filled by ``fr_amounts``), percentages and
   numbers with a unit are masked: a candidate overlapping them is dropped. Patterns only
   accept a bare number as a year in a date context, never inside a larger number (``2 000``,
   ``2015,5``);
2. overlapping candidates: the longest wins (``du 5 au 7 avril`` over ``7 avril``);
3. each candidate is resolved by its pattern's resolver — :mod:`.resolve_days`,
   :mod:`.resolve_months`, :mod:`.resolve_periods`, :mod:`.resolve_seasons`,
   :mod:`.resolve_years`, :mod:`.resolve_relative` (with :mod:`.nowadays`), sharing
   :mod:`.resolve_common` — into a period of :mod:`.calendar_math`, or rejected (``31
   février``, ``2000 salariés``...). Expressions without a year (``le 5 juillet``, ``en mars``,
   ``au premier semestre``, ``jeudi``) and relative ones (``hier``, ``l'an dernier``, ``il y a
   trois mois``) are resolved against ``doc._.article_date`` with the tense of the governing
   verb (:mod:`.tense`; past: the last such date not after the article; future: the next one;
   otherwise the closest). ``il y a``/``dans``/``d'ici`` + duration go through ``dateparser``
   with ``RELATIVE_BASE`` = the article's date. Without an article date they keep their span
   and get ``value`` None (never today's date).

Decisions (documented in the tests too)
    * ``début``/``mi``/``fin`` keep the precision of the text: ``fin septembre`` → ``2025-09``,
      ``fin 2025`` → ``2025``, ``en fin d'année`` → the article's year (granularity of the unit).
    * Quarters and semesters: codes (``T3 2025``, ``Q1``, ``S1``, ``H2``; the rank first as
      company releases write it, ``3T 2024``, ``1S 2025``, with a four-digit year only) and
      words (``troisième trimestre``, ``3e trim. 2024``); ``value`` is their first day,
      ``value_end`` their last (``T3 2025`` → ``2025-07-01``/``2025-09-30``, granularity
      ``quarter``).
    * Weeks (``la semaine dernière``): Monday and Sunday. Every range (days, months, years,
      weeks, seasons, windows) has granularity ``period`` (the corpus's convention); quarters
      and semesters keep ``quarter``/``semester``.
    * Windows anchored on a calendar period are dates (``neuf premiers mois de l'année`` =
      1 January-30 September; reported in the past, the last elapsed one); rolling windows
      (``les 3 derniers mois``, ``dans les six prochains mois``) are durations, not output.
    * Seasons (``au printemps 2026``, ``l'été dernier``, ``cet hiver``) are meteorological:
      first and last day of their three months.
    * ``aujourd'hui`` meaning "nowadays" is not output: with a present verb of state, with any
      present verb it stands before the complements of (unless an event verb of
      ``event_verbs.txt``: ``publie aujourd'hui ses résultats``), before a role noun
      (``aujourd'hui directrice``) or with ``encore``; a year
      right after a capitalised word (``Vision 2030``, ``Horizon 2020``) is part of a name.
    * ``le 12 décembre dernier`` is that day (the last 12 December before the article), not
      the month; ``le 3 mars prochain`` the next 3 March; ``le 3 courant`` (administrative and
      African press) the 3rd of the article's month.
    * ``courant mars`` (in the course of March) is the month, as ``début mars`` is.
    * A bare weekday that is the article's own day is that day, whatever the tense (``le
      conseil se réunira mercredi``, ``ce mercredi`` in a Wednesday's article: wires name the
      day itself); ``mercredi prochain``/``dernier`` said on a Wednesday are a week away.
    * ``d'ici 2028``: the deadline year ``2028``; ``d'ici deux semaines``: article date →
      deadline; a look back or a horizon counted in years (``il y a deux ans``, ``d'ici trois
      ans``) tells no year and is no date (the corpus convention).
    * A quarter or semester without its year takes the year named earlier in its sentence
      (``réalisé l'an dernier … au deuxième semestre``, ``En 2024, … au troisième trimestre``),
      unless its verb is future.
    * A day set for a payment or an event (``payable le 15 septembre``, ``prévue le 28 mai``)
      is the coming one even under a past verb (``forward_before.txt``).
    * Ranges (``du 5 au 7 avril``, ``2024-2025``, ``2024/25``, ``de 2014 à 2018``,
      ``juillet-septembre``): ``value`` and ``value_end``.
    * A past participle opening an apposition (``le rachat, bouclé en octobre``) is a past
      event whatever the parse hangs it on; a verb pointing ahead (``future_verbs.txt``) in
      the present, in the date's paragraph, makes it the coming one (``le groupe prévoit une
      reprise au premier trimestre``); ``en fin d'année`` / ``au début du mois`` without a
      direction word is the unit under way unless the tense says that part is not there yet
      (past: the unit before) or over (future: the unit after).
    * Tense: ``depuis``/``dès`` before the expression mean past, ``d'ici``/``jusqu'à`` future;
      else the governing verb (conditional counts as future: reported plans; compound tenses
      are past whatever the tagger says of the participle; an infinitive takes the tense of
      the verb it depends on, future under ``devoir``/``prévoir``...; a bare past participle
      ``annoncée en novembre`` is past); with no verb above it, the nearest one in the sentence.
    * A date an event is moved to (``mis en délibéré au 24 septembre``, ``reporté à la
      mi-mars``) is ahead; a period whose figures are reported (``publiera jeudi ses résultats
      du premier semestre``) is under way or over; a participle of a verb pointing ahead in the
      present (``est attendue en janvier``) is future; an imperfect the tagger leaves in the
      present (``atteignaient``) is past.
    * Fiscal years: a quarter/semester/window tied to the fiscal year (``troisième trimestre
      de son exercice 2025-2026``) or given without a year in an article whose fiscal year is
      not the calendar one is a period of that fiscal year, which starts the month after its
      closing month (``exercice clos le 31 mars`` → April; ``trimestre clos fin décembre``
      tells it too). When the article does not say when it closes (``exercice 2025-2026``
      alone, ``exercice décalé``), the span is kept with value None rather than a guess.
    * ``dans deux ans`` inside a direct quote is a speaker's horizon, not output.
    * ``la veille`` is the day before the article (what news mean by it); vague expressions
      (``ces dernières années``, ``les prochains jours``, ``récemment``), ``le lendemain`` and
      times of day alone are not output.

Where to add: a month, weekday, number, ordinal, season, relative expression, modifier, unit or
cue word is a line of a file of ``models/dates/`` (see its README); a new way of writing a date
is a pattern in its family of :mod:`.patterns` (a French example above it) with its resolver
in the ``resolve_*`` module of the family and its name in :data:`.patterns.PRIORITY`; a rule
saying when a match is no date goes into the resolver's tuple of named rules
(``NOT_A_YEAR``, ``NOT_A_SEASON``, ``NOT_A_RELATIVE_DATE``, ``NOT_AN_OFFSET_DATE``,
:data:`.nowadays.TEXT_RULES`...), as a small function with its docstring and a French example.

Speed: each pattern has a gate, a cheap necessary condition tested once per document on the
lower-cased text (a month name, ``12/02``, ``trimestre``…); patterns whose every match starts
with a few words are tried only where those words are (:mod:`.start_words`); lexicon
alternations are written as tries or grouped by first letter (``pipeline.regex_build``: the
same matches in the same order with fewer steps). The text itself is built once for
``fr_amounts`` and ``fr_dates``. ``tests/components/dates/test_equivalence.py`` checks each
device against the plain search.
"""

from pipeline.components.dates.calendar_math import Resolved, parse_iso_date
from pipeline.components.dates.component import SPAN_GROUP, DatesComponent
from pipeline.components.dates.context import Context
from pipeline.components.dates.factory import make_dates
from pipeline.components.dates.lexicon import DATA_FILES, Lexicon
from pipeline.components.dates.patterns import PRIORITY, DatePattern, build_patterns
from pipeline.components.dates.resolve_relative import relative_offset
from pipeline.components.dates.tense import verb_tense

__all__ = [
    "DATA_FILES",
    "PRIORITY",
    "SPAN_GROUP",
    "Context",
    "DatePattern",
    "DatesComponent",
    "Lexicon",
    "Resolved",
    "build_patterns",
    "make_dates",
    "parse_iso_date",
    "relative_offset",
    "verb_tense",
]
