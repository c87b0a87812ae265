"""Context cues built from the lexicons: what the words around a date say about it.

* before a date: ``reporté au`` (the date is ahead), ``ses résultats du`` (the period is over),
  ``avant le`` (a day looking ahead), ``deux semaines avant le`` (a day moved by a duration);
* in the sentence: a word of habit (``chaque année``) that makes a month alone generic;
* in the article: the fiscal year it reports on (``exercice clos le 31 mars``: it starts in
  April), read by :meth:`Cues.fiscal_start` once per document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.components.dates.lexicon import Lexicon
from pipeline.components.dates.regex_pieces import OWS, WS, YEAR, alternation, word_end
from pipeline.text import APOS_ANY


@dataclass(frozen=True)
class FiscalCues:
    """Patterns of non-calendar fiscal years (``exercice 2025-2026``, ``exercice clos le 31
    mars``, ``exercice décalé``) and of quarters tied to one."""

    #: "l'exercice clos le 31 mars 2026", "exercice 2025-2026, qui s'achève fin juin"
    year_end: re.Pattern[str]
    #: "exercice 2025-2026", "exercice 2024/25", "exercice décalé": not the calendar year
    split_year: re.Pattern[str]
    #: right after a quarter: "de son exercice 2025-2026", "de l'exercice", "fiscal 2025"
    after_period: re.Pattern[str]
    #: "au troisième trimestre (de son exercice), clos fin décembre"
    period_close: re.Pattern[str]

    @classmethod
    def build(cls, month: str) -> FiscalCues:
        """The patterns, ``month`` being the regex of a full month name."""
        flags = re.IGNORECASE
        a = APOS_ANY
        split = rf"{YEAR}{OWS}[-/]{OWS}(?:{YEAR}|\d\d)(?![\w])"
        end_day = rf"(?:le{WS}|au{WS}|à{WS}|en{WS})?(?:fin{WS}|(?:1er|premier|[0-3]?\d){WS})?"
        year_end = re.compile(
            rf"(?<![\w])exercices?(?:{WS}fiscal)?(?:{WS}(?:décalé|{split}|{YEAR}))?,?{WS}"
            rf"(?:(?:qui{WS})?(?:s{a}achève|se{WS}termine|se{WS}clôt|s{a}achevait|"
            rf"se{WS}terminait|court{WS}jusqu{a}(?:au|à|en))|(?:(?:est|sera|était|a{WS}été|"
            rf"avait{WS}été){WS})?(?:clos|clôturé|arrêté|achevé|terminé)|s{a}achevant|"
            rf"se{WS}terminant|se{WS}clôturant|courant{WS}jusqu{a}(?:au|à|en)){WS}{end_day}"
            rf"(?P<m>{month})",
            flags,
        )
        split_year = re.compile(rf"(?<![\w])exercices?(?:{WS}fiscal)?{WS}(?:décalé|{split})", flags)
        after_period = re.compile(
            rf"{WS}(?:(?:(?:de{WS}(?:l{a}|son{WS}|leur{WS}|cet{WS}|notre{WS})|du{WS})?"
            rf"(?:exercice(?:{WS}fiscal)?|année{WS}fiscale))|fiscale?)"
            rf"(?:{WS}(?P<y1>{YEAR})(?:{OWS}[-/]{OWS}(?P<y2>{YEAR}|\d\d))?)?(?![\w])",
            flags,
        )
        period_close = re.compile(
            rf"[^.;]{{0,60}}?(?<![\w])(?:clos|close|clôturée?|achevée?|terminée?|arrêtée?)"
            rf"{WS}{end_day}(?P<m>{month})",
            flags,
        )
        return cls(year_end, split_year, after_period, period_close)


@dataclass(frozen=True)
class Cues:
    """The cue patterns of one lexicon (built once by :meth:`build`)."""

    #: a word of ``habit_words.txt`` in a sentence (None when the list is empty)
    habit_words: re.Pattern[str] | None
    #: "ses résultats du premier semestre": a period whose figures are reported is over
    results_before: re.Pattern[str]
    #: "reporté au", "mis en délibéré au": the date is the target of a move, ahead
    target_before: re.Pattern[str]
    #: "avant le", "au-delà du", "dès": a yearless day or month looking ahead
    forward_before: re.Pattern[str]
    #: "deux semaines avant le", "trois jours après le": a day moved by a duration
    offset_before: re.Pattern[str]
    fiscal: FiscalCues

    @classmethod
    def build(cls, lex: Lexicon) -> Cues:
        habits, targets, results = lex.habit_words, lex.target_words, lex.results_nouns
        forward = lex.forward_before
        numbers = word_end(alternation(lex.number_words))
        units = word_end(alternation(list(lex.unit_of)))
        return cls(
            habit_words=(
                re.compile(rf"(?<![\w]){alternation(habits)}(?![\w])") if habits else None
            ),
            results_before=re.compile(
                rf"(?<![\w]){alternation(results)}s?(?: (?:annuels?|trimestriels?|semestriels?|"
                r"mensuels?|nets?|bruts?))? (?:du|de|d'|de ce|de cet|de cette|au titre du)$"
                if results
                else r"(?!)"
            ),
            target_before=re.compile(
                rf"(?<![\w]){alternation(targets)}[\w]*(?: [\w'-]+){{0,3}}? "
                r"(?:au|à la|à|jusqu'au|jusqu'à la|pour le)$"
                if targets
                else r"(?!)"
            ),
            forward_before=re.compile(
                rf"(?<![\w]){alternation(forward)}"
                r"(?: ?(?:le|la|les|l'|du|des|de|d'|de la|de l'|au|aux))? ?$"
                if forward
                else r"(?!)"
            ),
            offset_before=re.compile(
                rf"(?<![\w,.])(?P<n>\d{{1,3}}|{numbers}){WS}(?P<u>{units})"
                rf"{WS}(?P<dir>avant|après){WS}(?:le{WS}|l{APOS_ANY})?$",
                re.IGNORECASE,
            ),
            fiscal=FiscalCues.build(word_end(alternation(lex.full_months))),
        )

    def fiscal_start(self, text: str, lex: Lexicon) -> int | None:
        """First month of the fiscal year the article reports on: ``None`` for the calendar
        year (no sign of another one), ``0`` for a non-calendar year of unknown start
        (``exercice 2025-2026`` alone), else the month after the year's closing month
        (``exercice clos le 31 mars`` → 4). A December closing is the calendar year's and is
        not evidence (``trimestre de son exercice 2025-2026, clos fin décembre`` closes a
        quarter)."""
        ends = set()
        for match in self.fiscal.year_end.finditer(text):
            month = lex.month_number(match["m"])
            if month is not None and month != 12:
                ends.add(month)
        if len(ends) == 1:
            return ends.pop() % 12 + 1
        if ends or self.fiscal.split_year.search(text):
            return 0
        return None
