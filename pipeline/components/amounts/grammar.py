"""The regexes and lookups built from the rule data, once per component (``_setup``).

Each class gathers what one concern reads from ``models/amounts/``:

* :class:`QuantityGrammar` — ``scales.tsv``, ``approx_nouns.tsv``: the quantity regex (a number
  in digits or words, ``une dizaine``, ``un demi``, ``quelques centaines``, with its scale);
* :class:`CurrencyForms` — ``currencies.tsv``: currency after or before a number, and the ISO code
  of a form as matched;
* :class:`QualifierPhrases` — ``qualifiers.tsv``: ``près de``, ``plus de``, ``1 M€ environ``;
* :class:`CurrencyCues` — ``currency_cues.tsv``: phrases of an article that say which dollar
  (franc, dinar…) a bare ``$`` means;
* :class:`ContextWords` — the ``.txt`` word lists read around a number: money words, money
  triggers, book words, things not counted, asset nouns, verbs of reach and of change.

:class:`AmountRules` holds one of each; :func:`build_rules` makes it from ``self.data``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pipeline.components.amounts.lexicon import (
    DE,
    HS,
    NON_LETTER_AHEAD,
    form_to_regex,
    forms_alternation,
    lexicon_regex,
)
from pipeline.components.amounts.numbers import (
    DIGITS,
    NUMBER_WORDS_RE,
    VAGUE_WORDS,
    WORD_NUMBERS,
)
from pipeline.regex_build import first_letter_groups
from pipeline.text import APOS, lower_straight, lower_straight_spaced

__all__ = [
    "AmountRules",
    "ContextWords",
    "CurrencyCues",
    "CurrencyForms",
    "QualifierPhrases",
    "QuantityGrammar",
    "build_rules",
]


_INITIALS = "".join(sorted({w[0] for w in (*WORD_NUMBERS, *VAGUE_WORDS, "un", "une")}))
#: Where a quantity may start: at a digit or minus sign, or at the first letter of a word that
#: can begin one. Every alternative of the quantity regex starts so; said once in front, it lets
#: the engine leave other places at once (``tests/components/amounts/test_equivalence.py``: the
#: same matches without it).
QUANTITY_START = rf"(?:(?<![\w-])(?=(?i:[{_INITIALS}]))|(?=[\d\-−]))"


def quantity_regex(
    scale_words: str, scale_abbrs: str, approx_alt: str, *, start: str = QUANTITY_START
) -> re.Pattern[str]:
    """One regex for every quantity, its named groups saying which kind was found:

    * ``vague``: ``quelques centaines de millions``, ``des milliards`` (no value);
    * ``adet``/``anoun``: ``une dizaine de millions`` (approximate noun, optional scale);
    * ``hdet``/``hscale``: ``un demi-milliard``;
    * ``digits`` or ``words`` with an optional ``scale`` (``97,4 milliards``, ``5 M``; after
      ``autres``: ``oscale``, ``trois autres millions``), a lower
      place (``1 milliard 200 millions``: ``cscale``; ``1 million 500 000``: ``cfill``) and
      ``et demi`` (``deux milliards et demi``).

    ``start``: :data:`QUANTITY_START`, or ``""`` for the plain regex.
    """
    vague = "|".join(VAGUE_WORDS)
    return re.compile(
        rf"""
        {start}
        (?:
        (?i:(?<![\w'’-])(?P<vague>{vague}){HS}+
            (?:(?P<vnoun>{approx_alt})(?:{HS}+{DE}(?P<vscale1>{scale_words}))?
              |(?<!des{HS})(?P<vscale2>{scale_words}))(?![\w-])
        )
        |(?i:(?<![\w-])(?P<adet>une?|1){HS}+(?P<anoun>{approx_alt})
            (?:{HS}+{DE}(?P<ascale>{scale_words}))?(?![\w-])
        )
        |(?i:(?<![\w-])(?P<hdet>une?){HS}+demi(?:-|{HS}+)(?P<hscale>{scale_words})(?![\w-]))
        |(?:
            (?:(?P<digits>(?=[\d\-−]){DIGITS})|(?i:(?P<words>{NUMBER_WORDS_RE})))
            (?:{HS}*(?P<scale>(?i:{scale_words})(?![\w-])|(?:{scale_abbrs}){NON_LETTER_AHEAD})
              |{HS}+(?i:autres){HS}+(?P<oscale>(?i:{scale_words}))(?![\w-]))?
            (?:{HS}+(?P<cscale_num>{DIGITS}){HS}+(?P<cscale>(?i:{scale_words}))(?![\w-])
              |{HS}+(?P<cfill>\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+)(?![\d,.]))?
            (?:{HS}+(?i:et){HS}+(?P<demi>(?i:demie?))(?![\w-]))?
        )
        )
        """,
        re.VERBOSE,
    )


class QuantityGrammar:
    """Scales (``milliard``, ``M``, ``Md``) and approximate nouns (``dizaine``) of the data, and
    the quantity regex written with them."""

    def __init__(
        self,
        scales: list[dict[str, Any]],
        approx_nouns: list[dict[str, Any]],
        *,
        start: str = QUANTITY_START,
    ) -> None:
        words = [s["form"] for s in scales if s["kind"] == "word"]
        abbrs = [s["form"] for s in scales if s["kind"] == "abbr"]
        self.scale_info = {s["form"]: (s["value"], s["kind"]) for s in scales}
        self.scale_info_lower = {
            s["form"].lower(): (s["value"], s["kind"]) for s in scales if s["kind"] == "word"
        }
        #: "1,04 Md": abbreviations that are a scale without a currency when money governs them
        self.bare_abbrs = frozenset(
            s["form"] for s in scales if s["kind"] == "abbr" and s.get("bare")
        )
        scale_words = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        scale_abbrs = "|".join(re.escape(w) for w in sorted(abbrs, key=len, reverse=True))
        self.approx_values: dict[str, float] = {}
        for a in approx_nouns:
            base = a["form"].replace("(s)", "")
            self.approx_values[base] = a["value"]
            self.approx_values[base + "s"] = a["value"]
        approx_alt = forms_alternation([a["form"] for a in approx_nouns], ignorecase=True)
        self.quantity_re = quantity_regex(scale_words, scale_abbrs, approx_alt, start=start)
        #: a scaled number or a currency sign (another quantity between a money word and a number)
        self.scaled_before_re = re.compile(
            rf"(?i:\d{HS}*(?:{scale_words}|{scale_abbrs})(?![\w-])|[€$£¥])"
        )

    def scale(self, written: str) -> tuple[float, str] | None:
        """Value and kind (``word``/``abbr``) of a scale as written (words in any case)."""
        return self.scale_info.get(written) or self.scale_info_lower.get(written.lower())

    def scale_value(self, written: str) -> float:
        info = self.scale(written)
        return info[0] if info else 1.0


def letters_only(form: str) -> bool:
    """A currency form written with letters alone (``DH``, ``Fcfa``, ``MDT``; not ``fr.``,
    ``US$``, ``F CFA``)."""
    return form.isalpha()


class CurrencyForms:
    """The currency forms of the data as regexes: after a number (``… de dollars``, ``… €``,
    ``… EUR``, ``… US`` after a scale word), before it (``$…``, ``EUR …``), and the lookup of a
    matched form's ISO code."""

    def __init__(self, currencies: list[dict[str, Any]]) -> None:
        by_kind: dict[str, list[str]] = {}
        for c in currencies:
            by_kind.setdefault(c["kind"], []).append(c["form"])
        names, subunits = by_kind.get("name", []), by_kind.get("subunit", [])
        symbols = forms_alternation(by_kind.get("symbol", []))
        codes = forms_alternation(by_kind.get("code", []))
        # Currency after a quantity: "[de|d'] dollars", "€", "EUR".
        after_alts = [
            f"(?P<name>(?i:{forms_alternation(names, ignorecase=True)}))",
            f"(?P<subunit>(?i:{forms_alternation(subunits, ignorecase=True)}))",
            f"(?P<symbol>{symbols})",
            rf"(?P<code>(?<![^\W\d_])(?:{codes}))",
        ]
        self.after_re = re.compile(
            rf"{HS}*(?P<conn>(?:de|d{APOS}){HS}*)?(?:{'|'.join(after_alts)})"
            rf"(?![^\W\d_]|{APOS}\w)"
        )
        # "2,4 milliards US": a form that follows a scale word only
        self.after_scale_re = re.compile(
            rf"{HS}+(?P<after>{forms_alternation(by_kind.get('after', []))})(?![\w'’$€])"
        )
        # Currency before a quantity: "$", "US$ ", "EUR ", "£ ", "Fr. "; a symbol of letters
        # only ("DH", "DA", "Ar", "ME") is written after the number, never before it
        symbols_before = forms_alternation(
            [f for f in by_kind.get("symbol", []) if not letters_only(f)]
        )
        self.before_re = re.compile(
            rf"(?:(?P<symbol>{symbols_before})|(?<![^\W\d_])(?P<code>{codes})){HS}?$"
        )
        self.lookup = [
            (
                re.compile(
                    form_to_regex(c["form"]) + r"\Z",
                    re.IGNORECASE if c["kind"] in ("name", "subunit") else 0,
                ),
                c["iso"],
                c["kind"],
                c["factor"],
            )
            for c in sorted(currencies, key=lambda c: -len(c["form"]))
        ]
        self._cache: dict[str, tuple[str, str, float] | None] = {}

    def currency_of(self, written: str) -> tuple[str, str, float] | None:
        """ISO, kind and factor of a currency form as matched in the text (memoised: the forms
        met in texts are a few dozen)."""
        written = written.strip()
        if written in self._cache:
            return self._cache[written]
        found = None
        for pat, iso, kind, factor in self.lookup:
            if pat.match(written):
                found = iso, kind, factor
                break
        if len(self._cache) < 10_000:
            self._cache[written] = found
        return found


class QualifierPhrases:
    """``près de`` → approx, ``plus de`` → at_least, ``jusqu'à`` → at_most, before the amount;
    ``environ``, ``au moins`` after it."""

    def __init__(self, qualifiers: list[dict[str, Any]]) -> None:
        before = [q for q in qualifiers if q["position"] == "before"]
        after = [q for q in qualifiers if q["position"] == "after"]
        self.before = {lower_straight_spaced(q["phrase"]): q["qualifier"] for q in before}
        self.after = {lower_straight_spaced(q["phrase"]): q["qualifier"] for q in after}
        before_alt = forms_alternation([q["phrase"] for q in before], ignorecase=True)
        after_alt = forms_alternation([q["phrase"] for q in after], ignorecase=True)
        self.before_re = re.compile(rf"(?i:(?<![\w'’-])(?P<q>{before_alt})){HS}*$")
        self.after_re = re.compile(rf"(?i:{HS}*(?:,{HS}*)?(?P<q>{after_alt}))(?![\w-])")


def dateline_spellings(currency_cues: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The capitals spelling of each place cue (``MONTRÉAL —``, ``TORONTO (awp) -``: a
    dateline), for the cues written with a capital and no optional part."""
    return [
        {**c, "pattern": c["pattern"].upper()}
        for c in currency_cues
        if not c.get("own")
        and c["pattern"][:1].isupper()
        and "(" not in c["pattern"]
        and c["pattern"].upper() != c["pattern"]
    ]


class CurrencyCues:
    """Phrases pointing to the currency a bare form means (``Bourse de Toronto`` → CAD for a
    bare ``$``): each cue as ``(regex, iso, replaced guess)``, one regex finding them all, and
    the guesses each ISO code replaces."""

    def __init__(self, currency_cues: list[dict[str, Any]]) -> None:
        currency_cues = currency_cues + dateline_spellings(currency_cues)
        # the ways of writing an article's own currency (below) are no evidence on their own:
        # "850 M$" alone is a US dollar in a French article
        self.cues = [
            (re.compile(form_to_regex(c["pattern"])), c["iso"], c["replaces"])
            for c in currency_cues
            if not c.get("own")
        ]
        forms = sorted({c["pattern"] for c in currency_cues}, key=lambda f: (-len(f), f))
        self.any_re = (
            re.compile(
                "(?:"
                + first_letter_groups(
                    [(f[:1], form_to_regex(f)) for f in forms], not_after=r"[\w$]"
                )
                + r")(?![\w$])"
            )
            if forms
            else None
        )
        #: the ways of writing that mark the article's own currency (``2,1 G$``: Quebec), with
        #: whether they need another cue of the currency beside them (``850 M$``)
        self.own = [
            (re.compile(form_to_regex(c["pattern"])), c["iso"], c["replaces"], c["own"] == "own+")
            for c in currency_cues
            if c.get("own")
        ]
        self.iso_replaces: dict[str, set[str]] = {}
        for c in currency_cues:
            self.iso_replaces.setdefault(c["iso"], set()).add(c["replaces"])

    def family(self, guess: str) -> set[str]:
        """A guess and the currencies that replace it: ``USD?`` → USD, CAD, AUD…"""
        return {guess[:-1]} | {iso for iso, reps in self.iso_replaces.items() if guess in reps}


class ContextWords:
    """The word lists read around a number (``models/amounts/*.txt``)."""

    def __init__(self, data: dict[str, Any]) -> None:
        #: money words: a bare "livres" or a carried currency needs one in its sentence
        self.money_re = lexicon_regex(data.get("money_context", []))
        #: books: "2 millions de livres" sold is no money
        self.book_re = lexicon_regex(data.get("book_context", []))
        #: money words governing a scaled number ("un chiffre d'affaires de 1,04 milliard")
        self.trigger_re = lexicon_regex(data.get("money_triggers", []))
        #: trigger words that speak of no money here ("prix Nobel")
        self.trigger_stop_re = lexicon_regex(data.get("trigger_stoplist", []))
        #: words after a number that count nothing ("41 millions fin décembre")
        self.not_counted_re = lexicon_regex(data.get("not_counted_after", []))
        #: "500 millions d'actifs": money only when a money word governs the number
        self.asset_re = lexicon_regex(data.get("asset_nouns", []))
        #: per-unit phrases after a number that make it a price ("1 400 le kilogramme")
        self.unit_price_re = lexicon_regex(data.get("unit_prices", []))
        #: lemmas that make a number they govern a count ("le pays compte 48 millions")
        self.count_heads = frozenset(w.lower() for w in data.get("count_heads", []))
        #: "passé de 10 à 12 millions": a change, two amounts and no range
        self.change_stems = tuple(v.lower() for v in data["change_verbs"])
        #: verbs linking a long subject to its number ("… du groupe atteint 1,04 milliard")
        self.reach_stems = tuple(
            lower_straight(v) for v in [*data.get("reach_verbs", []), *data["change_verbs"]]
        )


@dataclass(frozen=True)
class AmountRules:
    """Everything the passes read from the rule data, built once per component."""

    quantities: QuantityGrammar
    currencies: CurrencyForms
    qualifiers: QualifierPhrases
    cues: CurrencyCues
    words: ContextWords


def build_rules(data: dict[str, Any]) -> AmountRules:
    """The rules of ``data`` (the component's ``self.data``, records as
    :func:`~pipeline.components.amounts.lexicon.lexicon_records` makes them)."""
    return AmountRules(
        quantities=QuantityGrammar(data["scales"], data["approx_nouns"]),
        currencies=CurrencyForms(data["currencies"]),
        qualifiers=QualifierPhrases(data["qualifiers"]),
        cues=CurrencyCues(data["currency_cues"]),
        words=ContextWords(data),
    )
