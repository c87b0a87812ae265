"""The date patterns: one regular expression per way of writing a date, built from the
lexicons of ``models/dates/``, each with its resolver, its gate and, for some, its start words.

Families, each built by its own function: days (:func:`day_patterns`), numeric dates
(:func:`numeric_patterns`), months (:func:`month_patterns`), quarters, semesters and windows
(:func:`period_patterns`), years (:func:`year_patterns`), relative expressions
(:func:`relative_patterns`), weekdays (:func:`weekday_patterns`), seasons
(:func:`season_patterns`). :data:`PRIORITY` orders them: two candidates of the same length at
the same place go to the earlier pattern.

To add a way of writing a date: a pattern in its family (a comment with a French example
above it), its resolver in the ``resolve_*`` module of the family, its name in
:data:`PRIORITY`, and a gate if it can be cheaply told absent from an article (see
:mod:`.gates`; ``tests/components/dates/test_equivalence.py`` checks that no gate hides a
match).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from pipeline.components.dates import (
    resolve_days,
    resolve_months,
    resolve_periods,
    resolve_relative,
    resolve_seasons,
    resolve_years,
)
from pipeline.components.dates.gates import (
    AllGate,
    AnyGate,
    Gate,
    Probe,
    RegexGate,
    any_phrase,
    any_word,
)
from pipeline.components.dates.lexicon import Lexicon
from pipeline.components.dates.regex_pieces import (
    NUM_END,
    NUM_START,
    OWS,
    REL_WORDS,
    WS,
    WS_CHARS,
    YEAR,
    YEAR_AT_START,
    alternation,
    form_regex,
    form_trie,
    word_end,
)
from pipeline.components.dates.resolve_common import Resolver
from pipeline.components.dates.start_words import StartWords
from pipeline.text import APOS_ANY

#: the patterns by priority: of two candidates of the same length at the same place, the one
#: of the earlier pattern is resolved first (and kept when it is a date)
PRIORITY = (
    "day_range",
    "numeric_range",
    "month_range",
    "month_span",
    "year_range",
    "iso",
    "numeric",
    "numeric_no_year",
    "month_slash_year",
    "day_month",
    "day_word_month",
    "day_current",
    "month",
    "period",
    "window",
    "period_code",
    "period_code_year",
    "rank_code_year",
    "year_part",
    "relative_part",
    "decade",
    "until_year",
    "season",
    "weekday_week",
    "decade_words",
    "year",
    "relative",
    "weekday_day",
    "offset",
    "weekday",
)
_I = re.IGNORECASE


@dataclass(frozen=True)
class DatePattern:
    """One way of writing a date: its regex, the resolver of its matches, its gate (None: no
    gate) and the words all its matches start with (None: searched for everywhere)."""

    name: str
    regex: re.Pattern[str]
    resolve: Resolver
    gate: Gate | None = None
    starts: StartWords | None = None

    def finditer(self, probe: Probe) -> Iterator[re.Match[str]]:
        """The matches of the regex in the document's text, left to right."""
        if self.starts is None:
            return self.regex.finditer(probe.text)
        return self.starts.finditer(self.regex, probe)


class Pieces:
    """The regex pieces and the gates several families share, built from the lexicon."""

    def __init__(self, lex: Lexicon) -> None:
        a = APOS_ANY
        self.month_any = rf"(?:{alternation(lex.all_months)})(?:(?<=\.)|(?![\w]))"
        self.month_full = word_end(alternation(lex.full_months))
        self.weekday_any = word_end(alternation(list(lex.weekday_of)))
        self.weekday = word_end(alternation(lex.full_weekdays))
        self.day_word = word_end(alternation(lex.day_words))
        self.numbers = word_end(alternation(lex.number_words))
        self.day = r"(?:premier|1er|1re|(?:[12]\d|3[01]|0?[1-9])(?:er|re|ème|e)?)(?![\w])"
        self.year = NUM_START + YEAR + NUM_END
        self.wd_opt = rf"(?:{self.weekday_any},?{WS})?"
        # "en fin d'", "début": every match of a pattern led by the modifier starts by one of them
        phrase_starts = [WS.join(words.split()) for words in lex.modifier_phrases]
        self.modifier_starts = [*phrase_starts, *lex.modifier_words]
        self.modifier = (
            rf"(?P<mod>(?:{'|'.join(phrase_starts)})"
            rf"{WS}d(?:e|u|{a})|{'|'.join(lex.modifier_words)})"
        )
        codes = "".join(re.escape(c) for c in lex.period_codes)
        self.codes = f"[{codes}]" if codes else "(?!)"
        # gates shared by several patterns (each is tested once per document)
        self.month_words = any_word(lex.all_months)
        self.full_weekday_words = any_word(lex.full_weekdays)
        months_trie = form_trie(lex.all_months)
        # a day (digits, 1er, premier, a day in words), white space, a month
        day_words_all = ["premier", *lex.day_words]
        self.day_month_gate = AllGate(
            self.month_words,
            AnyGate(
                RegexGate(rf"\d(?:er|re|ème|e)?{WS}{months_trie}"),
                AllGate(
                    any_word(day_words_all),
                    RegexGate(rf"{form_trie(day_words_all)}{WS}{months_trie}"),
                ),
            ),
        )
        # numeric dates: a digit, a separator, a digit
        self.digit_sep = RegexGate(r"\d[/.\-]\d", lowered=False)


def day_patterns(p: Pieces, lex: Lexicon) -> list[DatePattern]:
    """Days written with a month name: ranges of days, a day and a month."""
    a = APOS_ANY
    day_or_word = rf"(?:{p.day}|{p.day_word})"
    sep_range = rf"(?:{WS}(?:au|et(?:{WS}le)?|jusqu{a}au|à){WS}|{OWS}[-–]{OWS})"
    day, year, month_any, wd_opt = p.day, p.year, p.month_any, p.wd_opt
    # a day (its digits, premier, 1er) led by an optional weekday (lun., lundi...)
    day_starts = [*(form_regex(f) for f in lex.weekday_of), "premier", *"0123456789"]
    return [
        # du 5 au 7 avril 2025, 13-15 juillet, entre le 10 juin et le 1er juillet
        DatePattern(
            "day_range",
            re.compile(
                rf"(?<![\w,.\-/])(?:(?:du|entre(?:{WS}le)?){WS})?{wd_opt}(?P<d1>{day_or_word})"
                rf"(?:{WS}(?P<m1>{month_any})(?:{WS}(?P<y1>{year}))?)?{sep_range}"
                rf"{wd_opt}(?P<d2>{day_or_word}){WS}(?P<m2>{month_any})(?:{WS}(?P<y2>{year}))?",
                _I,
            ),
            resolve_days.day_range,
            p.day_month_gate,
            StartWords(["du", "entre", *day_starts, *(form_regex(f) for f in lex.day_words)]),
        ),
        # (jeudi) 12 février (2025), le 12 décembre dernier, le 3 mars prochain
        DatePattern(
            "day_month",
            re.compile(
                rf"(?<![\w,.\-/]){wd_opt}(?P<d>{day}){WS}(?P<m>{month_any})"
                rf"(?:,?{WS}(?P<y>{year})|{WS}(?P<rel>{REL_WORDS})(?![\w]))?",
                _I,
            ),
            resolve_days.day_month,
            p.day_month_gate,
            StartWords(day_starts),
        ),
        # le 3 courant, le 15 courant (administrative and African press): a day of the
        # article's month
        DatePattern(
            "day_current",
            re.compile(rf"(?<![\w])le{WS}(?P<core>(?P<d>{day}){WS}courant)(?![\w])", _I),
            resolve_days.day_of_current_month,
            RegexGate(r"\d(?:er|e)?\s+courant\b"),
            StartWords(["le"]),
        ),
        # le quatre octobre (a day in words needs "le")
        DatePattern(
            "day_word_month",
            re.compile(
                rf"(?<![\w])le{WS}(?P<core>(?P<d>{p.day_word}){WS}(?P<m>{p.month_full})"
                rf"(?:,?{WS}(?P<y>{year}))?)",
                _I,
            ),
            resolve_days.day_month,
            p.day_month_gate,
            StartWords(["le"]),
        ),
    ]


def numeric_patterns(p: Pieces, lex: Lexicon) -> list[DatePattern]:
    """Dates written in digits: ``12/02/2025``, ``2025-02-12``, ``le 17/02``, ``11/2017``."""
    digit_sep, wd_opt = p.digit_sep, p.wd_opt
    return [
        # du 01/10 au 02/11/2017, entre le 3/03 et le 10/03/2022
        DatePattern(
            "numeric_range",
            re.compile(
                rf"(?<![\w])(?:du|entre{WS}le){WS}(?P<d1>\d{{1,2}})[/.](?P<m1>\d{{1,2}})"
                rf"(?:[/.](?P<y1>\d{{4}}))?{WS}(?:au|et{WS}le){WS}(?P<d2>\d{{1,2}})[/.]"
                rf"(?P<m2>\d{{1,2}})(?:[/.](?P<y2>\d{{4}}|\d\d))?(?![\w]|[/.,]\d)",
                _I,
            ),
            resolve_days.numeric_range,
            AllGate(digit_sep, RegexGate(r"\d[/.]\d", lowered=False)),
        ),
        # 2025-02-12, 2015-3-3; 2015-12, 2015-3 (a month)
        DatePattern(
            "iso",
            re.compile(
                rf"(?<![\w,.\-/]){wd_opt}(?P<y>{YEAR})-(?P<m>0?[1-9]|1[0-2])"
                rf"(?:-(?P<d>[0-2]?\d|3[01]))?(?![\w]|[-/.,]\d)",
                _I,
            ),
            resolve_days.iso_date,
            AllGate(digit_sep, RegexGate(rf"{YEAR}-\d", lowered=False)),
        ),
        # 12/02/2025, 12.02.2025, 12-02-2025, 20/02/14
        DatePattern(
            "numeric",
            re.compile(
                rf"(?<![\w,.\-/]){wd_opt}(?P<d>\d{{1,2}})(?P<sep>[/.-])(?P<m>\d{{1,2}})(?P=sep)"
                rf"(?P<y>\d{{4}}|\d\d)(?![\w]|[/.\-,]\d)",
                _I,
            ),
            resolve_days.numeric_date,
            AllGate(digit_sep, RegexGate(r"\d[/.\-]\d{1,2}[/.\-]\d", lowered=False)),
        ),
        # le 17/02
        DatePattern(
            "numeric_no_year",
            re.compile(
                rf"(?<![\w])(?:le|du|au|ce){WS}{wd_opt}(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})"
                rf"(?![\w]|[/.,]\d)",
                _I,
            ),
            resolve_days.numeric_no_year,
            AllGate(digit_sep, RegexGate(r"\d/\d", lowered=False)),
        ),
        # 11/2017
        DatePattern(
            "month_slash_year",
            re.compile(
                rf"{NUM_START}(?:(?P<m>0?[1-9]|1[0-2])/|(?P<m_>0[1-9]|1[0-2])-)(?P<y>{YEAR})"
                rf"(?![\w]|[/.,\-]\d)",
                _I,
            ),
            resolve_months.month_slash_year,
            AllGate(digit_sep, RegexGate(rf"\d[/-]{YEAR}", lowered=False)),
        ),
    ]


def month_patterns(p: Pieces, lex: Lexicon) -> list[DatePattern]:
    """Months: ``de janvier à mars``, ``(fin) septembre (2025) (dernier)``."""
    a = APOS_ANY
    year, month_full = p.year, p.month_full
    # a month alone, led by a modifier (fin, au début de...) or "le mois de"; or by a separator
    # (", mars", "mi-mars"): the white space or hyphen before one of these
    month_starts = [
        *p.modifier_starts,
        *(f"{det}{WS}mois" for det in ("le", "au", "du")),
        "mois",
        *(form_regex(f) for f in lex.all_months),
    ]
    return [
        # de janvier à mars 2025, entre mars et mai (two months are in most articles: a gate
        # would cost more than it saves)
        DatePattern(
            "month_range",
            re.compile(
                rf"(?:de{WS}|d{a}|entre{WS})(?P<m1>{month_full})(?:{WS}(?P<y1>{year}))?"
                rf"{WS}(?:à|au|et|jusqu{a}(?:à|en)){WS}(?P<m2>{month_full})"
                rf"(?:{WS}(?P<y2>{year}))?",
                _I,
            ),
            resolve_months.month_range,
        ),
        # juillet-septembre, avril–juin 2025: two months joined by a hyphen or a dash (a
        # quarter or a season written as its months)
        DatePattern(
            "month_span",
            re.compile(
                rf"(?<![\w\-–])(?P<m1>{month_full})(?:{WS}(?P<y1>{year}))?"
                rf"{OWS}[\-–]{OWS}(?P<m2>{month_full})(?:{WS}(?P<y2>{year}))?",
                _I,
            ),
            resolve_months.month_range,
            p.month_words,
        ),
        # (fin) septembre (2025) (dernier), le mois de mai
        DatePattern(
            "month",
            re.compile(
                rf"(?<![\w]){p.modifier}?(?:{WS}|-|{WS}-?)?(?:(?:le{WS}|au{WS}|du{WS})?mois"
                rf"{WS}(?:de{WS}|d{a}))?(?P<m>{p.month_any})"
                rf"(?:{WS}(?P<y>{year})|{WS}(?P<rel>{REL_WORDS})(?![\w]))?",
                _I,
            ),
            resolve_months.month,
            p.month_words,
            StartWords(month_starts, lead_in=WS_CHARS + "-"),
        ),
    ]


def period_patterns(p: Pieces, lex: Lexicon) -> list[DatePattern]:
    """Quarters, semesters and windows of months."""
    a = APOS_ANY
    year, codes = p.year, p.codes
    ordinal = word_end(alternation(list(lex.rank_of)))
    period = word_end(alternation(list(lex.period_words)))
    code_gate = RegexGate(rf"{codes}[1-4]", lowered=False)
    return [
        # (au) troisième trimestre (2025), premier semestre de l'exercice 2024
        DatePattern(
            "period",
            re.compile(
                rf"(?<![\w])(?P<ord>{ordinal}){WS}(?P<p>{period})"
                rf"(?:{WS}(?:de{WS}|d{a})?(?:l{a}(?:année|exercice){WS})?"
                rf"(?P<y>{year})(?!{OWS}[-/–]{OWS}\d)"
                rf"|{WS}(?P<rel>{REL_WORDS})(?![\w]))?",
                _I,
            ),
            resolve_periods.period,
            any_word(list(lex.period_words)),
            StartWords([form_regex(f) for f in lex.rank_of]),
        ),
        # neuf premiers mois de l'année, six derniers mois de 2024, trois premiers
        # trimestres de l'exercice 2025 (anchored windows; "les 3 derniers mois" is not)
        DatePattern(
            "window",
            re.compile(
                rf"(?<![\w])(?P<n>\d{{1,2}}|{p.numbers}){WS}(?P<dir>premiers|premières|derniers|"
                rf"dernières){WS}(?P<u>mois|trimestres){WS}(?:de{WS}|d{a})"
                rf"(?:(?P<this>l{a}(?:année|exercice)|(?:son|leur){WS}exercice|cette{WS}année)"
                rf"(?:{WS}(?P<y1>{year})(?:{OWS}[-/]{OWS}(?P<ys>{YEAR}|\d\d)(?![\w]))?"
                rf"|{WS}(?P<rel>dernière|passée|prochaine|en{WS}cours)"
                rf"(?![\w]))?|(?P<y2>{year}))",
                _I,
            ),
            resolve_periods.window,
            AllGate(
                any_word(["premiers", "premières", "derniers", "dernières"]),
                any_word(["mois", "trimestres"]),
            ),
        ),
        # au T4, du S1 (a code without its year needs "au"/"du")
        DatePattern(
            "period_code",
            re.compile(
                rf"(?<![\w])(?i:au|du|ce){WS}(?P<core>(?P<c>{codes})"
                rf"(?P<r>[1-4]))(?![\w]|{OWS}[-/]?{OWS}\d)"
            ),
            resolve_periods.period_code,
            code_gate,
        ),
        # T3 2025, Q1 2024, S1 2025, H2 2024 (case-sensitive codes: "T3", not "t3")
        DatePattern(
            "period_code_year",
            re.compile(
                rf"(?<![\w])(?P<c>{codes})(?P<r>[1-4]){OWS}[-/]?{OWS}"
                rf"(?P<y>{YEAR}|\d\d)(?![\w]|[,.]\d)"
            ),
            resolve_periods.period_code,
            code_gate,
        ),
        # 3T 2024, 1S 2025 (the rank first, as company releases write it; with a four-digit
        # year only: "3T25" is not read)
        DatePattern(
            "rank_code_year",
            re.compile(
                rf"(?<![\w,.])(?P<r>[1-4])(?P<c>{codes}){OWS}[-/]?{OWS}"
                rf"(?P<y>{YEAR})(?![\w]|[,.]\d)"
            ),
            resolve_periods.period_code,
            RegexGate(rf"[1-4]{codes}", lowered=False),
        ),
    ]


def year_patterns(p: Pieces, lex: Lexicon) -> list[DatePattern]:
    """Years: ranges of years, parts of a year, decades, deadlines, a bare year."""
    a = APOS_ANY
    year = p.year
    decades = word_end(alternation(lex.decade_words))
    decade_gate = any_word(["années"])
    decade_starts = StartWords(["les", "des", "aux", "années"])
    return [
        # 2024-2025, 2024/25, de 2014 à 2018, entre 2014 et 2018
        DatePattern(
            "year_range",
            re.compile(
                rf"(?:(?P<pre>de|entre|du){WS})?(?P<y1>{NUM_START}{YEAR})"
                rf"(?:(?P<sep>{OWS}[-–/~]{OWS})|{WS}(?P<word>à|au|et){WS})"
                rf"(?P<y2>{YEAR}|\d\d)(?![\w]|[,.]\d|[-/]\d)",
                _I,
            ),
            resolve_years.year_range,
            RegexGate(
                rf"{YEAR}(?:{OWS}[-–/~]{OWS}|{WS}(?:à|au|et){WS})\d\d", lowered=False, flags=_I
            ),
        ),
        # début 2025, fin 2024, mi-2025, fin de l'année 2024
        DatePattern(
            "year_part",
            re.compile(
                rf"(?<![\w]){p.modifier}(?:{WS}|-|(?<={a})){OWS}"
                rf"(?:l{a}(?:année|exercice){WS})?(?P<y>{YEAR}){NUM_END}",
                _I,
            ),
            resolve_years.year_part,
            # the modifier's first word (d. = de, du, d'), then the year: matches in the text
            # lower-cased, so the gate is true whenever the pattern can match
            RegexGate(
                r"(?:d.|début|fin|mi|courant)[ \t\n\u00a0\u202f-]*"
                rf"(?:l.(?:année|exercice){WS})?(?:19|20|21)\d\d"
            ),
            StartWords(p.modifier_starts),
        ),
        # les années 1990, années 90
        DatePattern(
            "decade",
            re.compile(
                rf"(?<![\w])(?:les{WS}|des{WS}|aux{WS})?années{OWS}-?{OWS}"
                rf"(?P<dec>(?:19|20)?\d0)(?![\w])",
                _I,
            ),
            resolve_years.decade,
            decade_gate,
            decade_starts,
        ),
        # d'ici 2028
        DatePattern(
            "until_year",
            re.compile(rf"(?<![\w])d{a}ici{WS}(?:à{WS}|la{WS}fin{WS}d[e']{OWS})?(?P<y>{year})", _I),
            resolve_years.until_year,
            any_word(["ici"]),
            StartWords([f"d{a}ici"]),
        ),
        # les années quatre-vingt
        DatePattern(
            "decade_words",
            re.compile(rf"(?<![\w])(?:les{WS}|des{WS}|aux{WS})?années{WS}(?P<decw>{decades})", _I),
            resolve_years.decade,
            decade_gate,
            decade_starts,
        ),
        # a bare year (its context is read by the resolver)
        DatePattern(
            "year",
            re.compile(rf"(?P<y>(?:{YEAR_AT_START}){NUM_END})(?![-/–]\d)", _I),
            resolve_years.year,
        ),
    ]


def relative_patterns(p: Pieces, lex: Lexicon) -> list[DatePattern]:
    """Relative expressions: ``en fin d'année``, ``hier``, ``l'an dernier``, ``il y a trois
    mois``."""
    a = APOS_ANY
    relative_forms = list(lex.relative)
    return [
        # en fin d'année, au début de l'année ("de l'année", "du mois" are in most articles:
        # no gate)
        DatePattern(
            "relative_part",
            re.compile(
                rf"(?<![\w]){p.modifier}{OWS}(?:l{a}|la{WS}|le{WS}|ce{WS}|cette{WS})?"
                rf"(?P<unit>année|an|mois|semaine)(?![\w])(?:{WS}(?P<rel>dernière|dernier|"
                rf"passée|passé|prochaine|prochain|en{WS}cours)(?![\w]))?",
                _I,
            ),
            resolve_relative.relative_part,
            None,
            StartWords(p.modifier_starts),
        ),
        # hier, l'an dernier, cette semaine...
        DatePattern(
            "relative",
            re.compile(
                rf"(?<![\w])(?:(?:le|la|les|l{a}|du|de{WS}la|de{WS}l{a}|au|à{WS}la|"
                rf"à{WS}l{a}|pour{WS}le|pour{WS}la){OWS})?"
                rf"(?P<rel_expr>{word_end(alternation(relative_forms))})(?![-‑]l[àa])",
                _I,
            ),
            resolve_relative.relative,
            AllGate(any_phrase(relative_forms), RegexGate(form_trie(relative_forms))),
        ),
        # il y a trois mois, dans deux ans, d'ici 2 semaines; depuis 3 mois is matched
        # only to be left out (a duration); "un an", "deux mois" are in most articles: no gate
        DatePattern(
            "offset",
            re.compile(
                rf"(?<![\w])(?P<kind>il{WS}y{WS}a|il{WS}ya|dans|d{a}ici|depuis|voici)"
                rf"{WS}(?:environ{WS}|près{WS}de{WS}|à{WS}peu{WS}près{WS})?(?P<n>\d{{1,3}}|"
                rf"{p.numbers}){WS}"
                rf"(?P<u>{word_end(alternation(list(lex.unit_of)))})",
                _I,
            ),
            resolve_relative.offset,
            None,
            StartWords(["il", "dans", f"d{a}ici", "depuis", "voici"]),
        ),
    ]


def weekday_patterns(p: Pieces, lex: Lexicon) -> list[DatePattern]:
    """Weekdays: ``jeudi``, ``lundi prochain``, ``jeudi 13``, ``mercredi de cette semaine``."""
    weekday = p.weekday
    starts = StartWords([form_regex(f) for f in lex.full_weekdays])
    return [
        # mercredi de cette semaine, jeudi de la semaine prochaine
        DatePattern(
            "weekday_week",
            re.compile(
                rf"(?<![\w])(?P<wd>{weekday}){WS}(?:de{WS})?(?P<week>cette{WS}semaine|"
                rf"la{WS}semaine{WS}(?:prochaine|dernière|passée))(?![\w])",
                _I,
            ),
            resolve_days.weekday_week,
            AllGate(p.full_weekday_words, any_word(["semaine"])),
            starts,
        ),
        # (ce) jeudi 13: a weekday and a day number, the month from the article's date
        DatePattern(
            "weekday_day",
            re.compile(
                rf"(?<![\w])(?P<wd>{weekday}){WS}(?P<d>{p.day})"
                rf"(?!{WS}(?:{p.month_any}|\d)|[/.\-]\d)",
                _I,
            ),
            resolve_days.weekday_day,
            AllGate(
                p.full_weekday_words,
                RegexGate(rf"{form_trie(lex.full_weekdays)}{WS}(?:\d|premier)"),
            ),
            starts,
        ),
        # jeudi, lundi prochain, mardi dernier
        DatePattern(
            "weekday",
            re.compile(rf"(?<![\w])(?P<wd>{weekday})(?:{WS}(?P<rel>{REL_WORDS})(?![\w]))?", _I),
            resolve_days.lone_weekday,
            p.full_weekday_words,
            starts,
        ),
    ]


def season_patterns(p: Pieces, lex: Lexicon) -> list[DatePattern]:
    """Seasons: ``l'été dernier``, ``au printemps 2026``, ``cet hiver``."""
    a = APOS_ANY
    seasons = list(lex.season_of)
    # a season word; "été" (also a participle) only after a determiner, which it needs
    other_seasons = any_word([f for f in seasons if f not in ("été", "ete")])
    gate = (
        AnyGate(other_seasons, RegexGate(rf"(?:au|en|l.|d.|cet){OWS}(?:été|ete)"))
        if other_seasons is not None
        else None
    )
    return [
        # l'été dernier, au printemps 2026, cet hiver (season words in lower case)
        DatePattern(
            "season",
            re.compile(
                rf"(?<![\w])(?:(?P<det>(?i:au|en|à{WS}l{a}|l{a}|d{a}|de{WS}l{a}|"
                rf"cet|ce|le|dès{WS}l{a}|depuis{WS}l{a}|fin{WS}de{WS}l{a}|"
                rf"jusqu{a}à{WS}l{a}|avant{WS}l{a}|après{WS}l{a})){OWS})?"
                rf"(?P<core>(?P<s>{alternation(seasons)})(?![\w])"
                rf"(?:{WS}(?P<y>{p.year})|{WS}(?P<rel>(?i:dernier|prochain|passé))(?![\w]))?)"
            ),
            resolve_seasons.season,
            gate,
        ),
    ]


FAMILIES = (
    day_patterns,
    numeric_patterns,
    month_patterns,
    period_patterns,
    year_patterns,
    relative_patterns,
    weekday_patterns,
    season_patterns,
)


def build_patterns(lex: Lexicon) -> list[DatePattern]:
    """Every pattern of every family, in the order of :data:`PRIORITY`."""
    pieces = Pieces(lex)
    by_name = {pattern.name: pattern for family in FAMILIES for pattern in family(pieces, lex)}
    return [by_name[name] for name in PRIORITY]
