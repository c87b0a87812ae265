"""``fr_amounts``: monetary amounts of French press text, normalised.

Finds every amount (``97,4 milliards de dollars``, ``1,5 Md€``, ``$10``, ``EUR 20``, ``une dizaine
de millions d'euros``, ``entre 16 et 18 milliards de dollars``…) with a regular-expression grammar
over ``doc.text``, mapped to tokens with ``doc.char_span(..., alignment_mode="expand")``, and writes
``doc.spans["amounts"]`` with ``span._.amount = {"value", "value_max", "currency", "qualifier"}``.

The grammar (numbers, scales, how the pieces combine) is code here; the lexicons (currencies, scale
words, qualifiers, approximate nouns, document-level currency cues, change verbs) are data files
under ``models/money/``. The passes, all linear in the length of the text:

1. quantities: digits (French decimal comma, thousands grouped by spaces, no-break spaces or dots),
   written-out numbers (text2num), ``un demi-milliard``, ``une dizaine de millions``, ``quelques
   centaines de millions``; each with an optional scale (``milliards``, ``M``, ``Md``…);
2. currency after (``… de dollars``, ``… €``, ``… EUR``) or before (``$…``, ``EUR …``), subunits
   (``6 centimes d'euro``, ``15 dollars et 15 cents``);
3. pairs: ranges (``entre 16 et 18 milliards de dollars``, ``de 5 à 7 M€``, ``10 - 20 euros``) and
   shared scale/currency (``passé de 10 à 12 millions d'euros``: two amounts);
4. currency ellipsis: ``1,50 milliard d'euros contre 1,34 milliard`` (the second is EUR too);
5. qualifiers (``près de`` → approx, ``plus de`` → at_least, ``jusqu'à`` → at_most);
6. article-level choice of the dollar (or franc) a bare ``$`` / ``dollars`` means;
7. context currency: a scaled number written without currency (``1,04 milliard``, ``1,04 Md``)
   governed by a money word of ``money_triggers.txt`` (``un chiffre d'affaires de …``, ``a levé
   …``, ``valorisé …``) and counting nothing (``de clients``…) takes the currency of the nearest
   amount of its paragraph, else the article's one currency, else stays out; a number compared
   with it (``contre 980 millions``) or forming a range with it follows it.
``un centime`` / ``un euro`` under a negation (``ne perdra pas un centime``) is an idiom, no amount.

Speed: the text is built once per document and shared (``base.doc_text``); alternations of
words are tries or grouped by first letter (:func:`literal_trie`, :func:`first_letter_groups`:
the same matches, fewer steps); the quantity regex leaves a place inside a word at once.
"""

from __future__ import annotations

import bisect
import logging
import math
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from text_to_num import text2num

import pipeline.extensions  # noqa: F401
from pipeline.components.base import DataComponent, doc_text
from pipeline.regex_build import first_letter_groups, literal_trie
from pipeline.resources import load_lines, load_tsv

logger = logging.getLogger(__name__)

SPAN_GROUP = "amounts"
DATA_FOLDER = "money"

#: Horizontal white space, including no-break (U+00A0) and narrow no-break (U+202F) spaces.
HS = r"[^\S\n]"
APOS = r"['’]"
NON_LETTER_AHEAD = r"(?![^\W\d_])"

WORD_NUMBERS = (
    *("zéro", "un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"),
    *("dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "vingts"),
    *("trente", "quarante", "cinquante", "soixante", "septante", "huitante", "octante"),
    *("nonante", "cent", "cents", "mille"),
)

#: "quelques centaines de millions", "des milliards": quantities without a value.
VAGUE_WORDS = ("quelques", "plusieurs", "des")

SUBUNIT_WORDS = ("cent", "cents", "centime", "centimes")
#: "deux cents" … "neuf cents" are hundreds (200 … 900), not cents.
HUNDRED_MULTIPLIERS = ("deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf")
#: Words of a negation: "un centime" under one is an idiom ("ne perdra pas un centime").
NEGATION_WORDS = frozenset(("ne", "n", "pas", "sans", "jamais", "aucun", "aucune", "rien"))
#: …unless "un" follows one of these: "ne coûte qu'un euro", "pour un euro symbolique".
NEGATED_ONE_KEEP = frozenset(("qu", "que", "à", "pour", "de", "d", "contre", "au", "par", "sur"))
#: A money word governs a number at most this many words after it ("une perte nette de …"), or
#: up to the long window when a verb of reach_verbs.txt / change_verbs.txt links them.
TRIGGER_WINDOW_WORDS = 6
TRIGGER_LONG_WINDOW_WORDS = 10
#: "$1,500", "€1,000": English thousands when the currency sign comes first.
ENGLISH_THOUSANDS = re.compile(r"\d{1,3},\d{3}")

# Small regexes of the passes, compiled once.
_DIGIT_SPACES = re.compile(r"[\s\u00a0\u202f]")
_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_SPACES = re.compile(r"\s+")
_WORD_SPLIT = re.compile(r"[\s-]+")
#: "soit (environ|près de|quelque…) 1,2 milliard": a restatement of the quantity before it.
_RESTATED_BEFORE = re.compile(
    rf"(?i:(?<!\w)soit(?:{HS}+(?:environ|quelque|près{HS}+de|plus{HS}+de|moins{HS}+de"
    rf"|au{HS}+moins|un{HS}+peu{HS}+plus{HS}+de|un{HS}+peu{HS}+moins{HS}+de|presque))?){HS}*$"
)
#: how far back (characters) the restated amount of a "soit" may stand
RESTATED_REACH = 400
_COMPARED_BEFORE = re.compile(rf"(?i:contre|après|vs\.?|et|à){HS}*$")
_HS_RUN = re.compile(rf"{HS}*")
#: between the two ends of "de X (en 2025) à (plus de) Y €"
_FROM_TO_GAP = re.compile(
    rf"{HS}*(?:(?:en|fin|début|mi-?){HS}*(?:19|20)\d\d{HS}*)?à{HS}+"
    rf"(?:(?:plus|moins|près|environ){HS}*(?:de{HS}+|d['’])?)?$"
)
_DE_BEFORE = re.compile(rf"(?<!\w)(?i:de|d['’]){HS}*$")
_ELIDED_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_LETTER_RUNS = re.compile(r"[^\W\d_]+")


# --------------------------------------------------------------------------------------------
# Lexicon loading (models/money/*.tsv → plain JSON data)
# --------------------------------------------------------------------------------------------


def load_money_data() -> dict[str, Any]:
    """Read the lexicons of ``models/money/`` into a JSON-serialisable dict."""
    currencies = []
    for row in load_tsv(f"{DATA_FOLDER}/currencies.tsv"):
        form, iso, kind = row[0], row[1], row[2]
        factor = float(row[3]) if len(row) > 3 and row[3] else 1.0
        currencies.append({"form": form, "iso": iso, "kind": kind, "factor": factor})
    scales = [
        {"form": r[0], "value": float(r[1]), "kind": r[2], "bare": len(r) > 3 and r[3] == "bare"}
        for r in load_tsv(f"{DATA_FOLDER}/scales.tsv")
    ]
    qualifiers = [
        {"phrase": r[0], "qualifier": r[1], "position": r[2]}
        for r in load_tsv(f"{DATA_FOLDER}/qualifiers.tsv")
    ]
    approx_nouns = [
        {"form": r[0], "value": float(r[1])} for r in load_tsv(f"{DATA_FOLDER}/approx_nouns.tsv")
    ]
    cues = [
        {"pattern": r[0], "iso": r[1], "replaces": r[2]}
        for r in load_tsv(f"{DATA_FOLDER}/currency_cues.tsv")
    ]
    change_verbs = load_lines(f"{DATA_FOLDER}/change_verbs.txt")
    return {
        "money_context": load_lines(f"{DATA_FOLDER}/money_context.txt"),
        "money_triggers": load_lines(f"{DATA_FOLDER}/money_triggers.txt"),
        "not_counted_after": load_lines(f"{DATA_FOLDER}/not_counted_after.txt"),
        "asset_nouns": load_lines(f"{DATA_FOLDER}/asset_nouns.txt"),
        "reach_verbs": load_lines(f"{DATA_FOLDER}/reach_verbs.txt"),
        "trigger_stoplist": load_lines(f"{DATA_FOLDER}/trigger_stoplist.txt"),
        "book_context": load_lines(f"{DATA_FOLDER}/book_context.txt"),
        "currencies": currencies,
        "scales": scales,
        "qualifiers": qualifiers,
        "approx_nouns": approx_nouns,
        "currency_cues": cues,
        "change_verbs": change_verbs,
    }


#: The keys of the component's data (``load_money_data``).
MONEY_DATA_KEYS = (
    *("money_context", "money_triggers", "not_counted_after", "reach_verbs", "trigger_stoplist"),
    *("book_context", "currencies", "scales", "qualifiers", "approx_nouns", "currency_cues"),
    *("change_verbs", "asset_nouns"),
)


def form_to_regex(form: str) -> str:
    """``"dollar(s) canadien(s)"`` → a regex: optional endings, any spaces, hyphen or space."""
    out = []
    i = 0
    while i < len(form):
        opt = re.match(r"\(([^\W\d_]+)\)", form[i:])
        if opt is not None:  # "(s)", "(e)", "(ne)": an optional ending
            out.append(f"(?:{re.escape(opt.group(1))})?")
            i += opt.end()
            continue
        ch = form[i]
        if ch == " ":
            out.append(HS + "*" if _is_symbolic(form) else HS + "+")
        elif ch == "-":
            out.append(r"[-\s]")
        elif ch in "'’":
            out.append(APOS + HS + "?")
        else:
            out.append(re.escape(ch))
        i += 1
    return "".join(out)


def _is_symbolic(form: str) -> bool:
    return any(not (c.isalpha() or c in " -'’()") for c in form)


def _alternation(forms: list[str], *, ignorecase: bool = False) -> str:
    """The forms, longest first, grouped by first letter (see :func:`first_letter_groups`);
    ``ignorecase``: the regex is case-insensitive there."""
    uniq = sorted(set(forms), key=lambda f: (-len(f), f))
    return first_letter_groups([(f[:1], form_to_regex(f)) for f in uniq], ignorecase=ignorecase)


def lexicon_regex(entries: list[str]) -> re.Pattern[str] | None:
    """Whole words or phrases of a lexicon, case-insensitive; a trailing ``*`` makes a stem."""

    def body(entry: str) -> str:
        words = entry.rstrip("*").replace("’", "'").split()
        return rf"{HS}+".join(re.escape(w).replace("'", APOS) for w in words)

    def grouped(bodies: list[str]) -> str:
        ordered = sorted(bodies, key=len, reverse=True)
        return first_letter_groups([(b[:1], b) for b in ordered], ignorecase=True)

    stems = [body(e) for e in entries if e.endswith("*") and e.strip("*")]
    words = [body(e) for e in entries if not e.endswith("*") and e]
    alts = []
    if stems:
        alts.append(rf"(?:{grouped(stems)})\w*")
    if words:
        alts.append(rf"(?:{grouped(words)})(?!\w)")
    if not alts:
        return None
    return re.compile(rf"(?i:(?<!\w)(?:{'|'.join(alts)}))")


# --------------------------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------------------------

DIGITS = (
    r"(?<![\d.,_])(?<!\d['’])(?:[-−](?=\d))?"
    r"(?:\d{1,3}(?:['’]\d{3})+(?![\d'’])(?:[.,]\d+)?"  # Swiss thousands: 12'000, 1’250.50
    r"|\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?(?![\d,])|\d{1,3},\d{3}\.\d+(?![\d,])"  # 1,500,000
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])(?:,\d+)?"
    r"|\d{1,3}(?:\.\d{3})+(?![\d])(?:,\d+)?"
    r"|\d+(?:[,.]\d+)?)(?![\d])"
)


def parse_digits(raw: str) -> float | None:
    """French digits → float: ``97,4`` 97.4, ``4 300`` 4300, ``288.607.076``, ``-3,2``, ``1.5``."""
    s = raw.strip().replace("−", "-")
    neg = s.startswith("-")
    s = s.lstrip("-")
    s = _DIGIT_SPACES.sub("", s)
    swiss = "'" in s or "’" in s
    s = s.replace("'", "").replace("’", "")
    try:
        if swiss:
            val = float(s.replace(",", "."))
        elif s.count(",") > 1 or ("," in s and "." in s and s.index(",") < s.index(".")):
            val = float(s.replace(",", ""))  # English thousands: "1,500,000", "1,500.50"
        elif "," in s:
            int_part, dec = s.split(",", 1)
            val = float(int_part.replace(".", "") + "." + dec)
        elif "." in s:
            thousands = _DOT_THOUSANDS.fullmatch(s)
            val = float(s.replace(".", "")) if thousands else float(s)
        else:
            val = float(s)
    except ValueError:
        return None
    if not math.isfinite(val):
        return None
    return -val if neg else val


def parse_words(raw: str) -> float | None:
    """Written-out French number → float (``quarante-cinq`` 45, ``deux cents`` 200)."""
    s = _SPACES.sub(" ", raw.strip().lower())
    if s in ("un", "une"):
        return 1.0
    try:
        return float(text2num(s.replace("une", "un"), "fr"))
    except (ValueError, TypeError, IndexError):
        return None


def drop_subunit_word(raw: str) -> tuple[str, float] | None:
    """``quarante-cinq cents`` → (``quarante-cinq``, 45.0): the last word was the currency."""
    words = re.split(r"(\s+|-)", raw)
    if not words or words[-1].lower() not in SUBUNIT_WORDS:
        return None
    words.pop()
    while words and (not words[-1].strip() or words[-1] == "-"):
        words.pop()
    shorter = "".join(words)
    value = parse_words(shorter) if shorter else None
    return None if value is None else (shorter, value)


#: Bare-dollar guesses that an article writing some dollar out resolves to the default (the press
#: marks the dollar that is not the US one, and marks the US one where it could be mistaken).
MARKED_DOLLAR_GUESSES = frozenset({"USD?"})


def _dec(x: float) -> Decimal:
    return Decimal(repr(x)) if math.isfinite(x) else Decimal(0)


def dmul(a: float, b: float) -> float:
    """``a * b`` as the decimals written: ``16,1 milliards`` gives 16100000000.0, not
    16100000000.000002 (the shortest repr of a float is the number the text wrote)."""
    try:
        return float(_dec(a) * _dec(b))
    except (ArithmeticError, ValueError):
        return a * b


def dadd(a: float, b: float) -> float:
    """``a + b`` as the decimals written (``1,12`` + cents, ``1 million 500 000``)."""
    try:
        return float(_dec(a) + _dec(b))
    except (ArithmeticError, ValueError):
        return a + b


def is_year_like(raw: str) -> bool:
    return bool(re.fullmatch(r"(?:1[89]|20)\d\d", raw.strip()))


# --------------------------------------------------------------------------------------------
# Value objects
# --------------------------------------------------------------------------------------------


@dataclass
class Quantity:
    """A number as written, with its scale."""

    start: int
    end: int
    value: float | None
    raw: str
    scale: float = 1.0
    scale_kind: str | None = None  # "word" | "abbr" | None
    approx: bool = False
    vague: bool = False  # "quelques centaines de millions": no value


@dataclass
class Amount:
    """One amount occurrence: what the span group records."""

    start: int
    end: int
    value: float | None
    currency: str | None
    value_max: float | None = None
    qualifier: str | None = None
    scale: float = 1.0
    has_scale: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        iso = self.currency.rstrip("?") if self.currency else None
        return {
            "value": self.value,
            "value_max": self.value_max,
            "currency": iso,
            "qualifier": self.qualifier,
        }


# --------------------------------------------------------------------------------------------
# The component
# --------------------------------------------------------------------------------------------


class AmountsComponent(DataComponent):
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.data: dict[str, Any] = load_money_data()
        self._setup()

    # ---- derived matchers -----------------------------------------------------------------
    def _setup(self) -> None:
        d = self.data
        missing = [key for key in MONEY_DATA_KEYS if d.get(key) is None]
        if missing:  # saved by an older version: the shipped lexicons
            try:
                shipped = load_money_data()
            except Exception:  # no models/ folder here either
                shipped = {}
            for key in missing:
                d[key] = shipped.get(key, [])
        cur = d["currencies"]
        names = [c["form"] for c in cur if c["kind"] == "name"]
        subunits = [c["form"] for c in cur if c["kind"] == "subunit"]
        symbols = [c["form"] for c in cur if c["kind"] == "symbol"]
        codes = [c["form"] for c in cur if c["kind"] == "code"]
        afters = [c["form"] for c in cur if c["kind"] == "after"]
        self._forms_by_kind = {"name": names, "subunit": subunits, "symbol": symbols, "code": codes}

        # Currency after a quantity: "[de|d'] dollars", "€", "EUR", "US" (after a scale word only).
        after_alts = []
        for group, flags in (
            ("name", "i"),
            ("subunit", "i"),
        ):
            alt = _alternation(self._forms_by_kind[group], ignorecase=True)
            after_alts.append(f"(?P<{group}>(?{flags}:{alt}))")
        after_alts.append(f"(?P<symbol>{_alternation(symbols)})")
        after_alts.append(rf"(?P<code>(?<![^\W\d_])(?:{_alternation(codes)}))")
        self._cur_after_re = re.compile(
            rf"{HS}*(?P<conn>(?:de|d{APOS}){HS}*)?(?:{'|'.join(after_alts)})"
            rf"(?![^\W\d_]|{APOS}\w)"
        )
        self._cur_after_scale_re = re.compile(
            rf"{HS}+(?P<after>{_alternation(afters)})(?![\w'’$€])"
        )
        # Currency before a quantity: "$", "US$ ", "EUR ", "£ ".
        self._cur_before_re = re.compile(
            rf"(?:(?P<symbol>{_alternation(symbols)})"
            rf"|(?<![^\W\d_])(?P<code>{_alternation(codes)})){HS}?$"
        )
        self._form_lookup = self._build_form_lookup()
        self._currency_cache: dict[str, tuple[str, str, float] | None] = {}

        # Scales.
        words = [s["form"] for s in d["scales"] if s["kind"] == "word"]
        abbrs = [s["form"] for s in d["scales"] if s["kind"] == "abbr"]
        self._scale_info = {s["form"]: (s["value"], s["kind"]) for s in d["scales"]}
        self._scale_info_lower = {
            s["form"].lower(): (s["value"], s["kind"]) for s in d["scales"] if s["kind"] == "word"
        }
        scale_words = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        scale_abbrs = "|".join(re.escape(w) for w in sorted(abbrs, key=len, reverse=True))
        approx = [a["form"] for a in d["approx_nouns"]]
        self._approx_values = {}
        for a in d["approx_nouns"]:
            base = a["form"].replace("(s)", "")
            self._approx_values[base] = a["value"]
            self._approx_values[base + "s"] = a["value"]
        approx_alt = _alternation(approx, ignorecase=True)
        num_words = literal_trie(sorted(WORD_NUMBERS, key=len, reverse=True), ignorecase=True)
        words_re = (
            rf"(?<![\w-])(?:{num_words})(?:(?:{HS}+|-|{HS}*-{HS}*)(?:et(?:{HS}+|-))?"
            rf"(?:{num_words}))*(?![\w-])"
        )
        de = rf"(?:de{HS}+|d{APOS}{HS}*)"
        # every alternative starts with a digit (or minus sign), or with a letter that begins
        # one of its words after no letter/hyphen: the engine leaves other positions at once
        initials = "".join(sorted({w[0] for w in (*WORD_NUMBERS, *VAGUE_WORDS, "un", "une")}))
        vague = "|".join(VAGUE_WORDS)
        self._quantity_re = re.compile(
            rf"""
            (?:(?<![\w-])(?=(?i:[{initials}]))|(?=[\d\-−]))
            (?:
            (?i:(?<![\w'’-])(?P<vague>{vague}){HS}+
                (?:(?P<vnoun>{approx_alt})(?:{HS}+{de}(?P<vscale1>{scale_words}))?
                  |(?<!des{HS})(?P<vscale2>{scale_words}))(?![\w-])
            )
            |(?i:(?<![\w-])(?P<adet>une?|1){HS}+(?P<anoun>{approx_alt})
                (?:{HS}+{de}(?P<ascale>{scale_words}))?(?![\w-])
            )
            |(?i:(?<![\w-])(?P<hdet>une?){HS}+demi(?:-|{HS}+)(?P<hscale>{scale_words})(?![\w-]))
            |(?:
                (?:(?P<digits>(?=[\d\-−]){DIGITS})|(?i:(?P<words>{words_re})))
                (?:{HS}*(?P<scale>(?i:{scale_words})(?![\w-])|(?:{scale_abbrs}){NON_LETTER_AHEAD}))?
                (?:{HS}+(?P<cscale_num>{DIGITS}){HS}+(?P<cscale>(?i:{scale_words}))(?![\w-])
                  |{HS}+(?P<cfill>\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+)(?![\d,.]))?
                (?:{HS}+(?i:et){HS}+(?P<demi>(?i:demie?))(?![\w-]))?
            )
            )
            """,
            re.VERBOSE,
        )

        # Qualifiers.
        before = [q for q in d["qualifiers"] if q["position"] == "before"]
        after = [q for q in d["qualifiers"] if q["position"] == "after"]
        self._qual_before = {self._norm(q["phrase"]): q["qualifier"] for q in before}
        self._qual_after = {self._norm(q["phrase"]): q["qualifier"] for q in after}
        before_phrases = [q["phrase"] for q in before]
        after_phrases = [q["phrase"] for q in after]
        self._qual_before_re = re.compile(
            rf"(?i:(?<![\w'’-])(?P<q>{_alternation(before_phrases, ignorecase=True)})){HS}*$"
        )
        self._qual_after_re = re.compile(
            rf"(?i:{HS}*,?{HS}*(?P<q>{_alternation(after_phrases, ignorecase=True)}))(?![\w-])"
        )

        # Pairs and ellipsis.
        self._connector_re = re.compile(rf"{HS}*(?P<c>(?i:et|à|au|ou)|[-–—]){HS}*$")
        self._pair_intro_re = re.compile(rf"(?i:(?<![\w'’-])(?P<w>entre|de|d{APOS})){HS}*$")
        self._word_before_re = re.compile(rf"(?P<w>[^\W\d_]+){HS}+$")
        self._negation_re = re.compile(
            rf"(?i:(?<!\w)n(?:e{HS}+|{APOS}{HS}*)\S+(?:{HS}+\S+)?{HS}*$)"
        )
        self._change_stems = tuple(v.lower() for v in d["change_verbs"])
        self._sentence_break_re = re.compile(r"[.!?;](?:\s|$)|\n")
        self._not_money_after_re = re.compile(
            rf"{HS}*(?:%|(?i:pour{HS}*cents?|points?|pb|pts)(?![\w]))"
        )
        self._glued_cents_re = re.compile(r"\d{2}(?![\d]|[,.]\d|[^\W\d_])")
        self._de_word_re = re.compile(rf"{HS}*{de}(?P<w>[^\W\d_]+)")
        self._subunit_re = re.compile(
            rf"{HS}+(?:(?i:et){HS}+)?(?:(?P<n>\d{{1,2}})|(?i:(?P<w>{words_re}))){HS}*"
            rf"(?i:cents?|centimes?)(?![\w])"
            rf"|{HS}+(?:(?i:et){HS}+)?(?P<n2>\d{{2}})(?!\d|[,.]\d|{HS}*(?:%|[^\W\d_]|\d))"
        )

        # Document-level currency cues.
        self._cues: list[tuple[re.Pattern[str], str, str]] = [
            (
                re.compile(form_to_regex(c["pattern"])),
                c["iso"],
                c["replaces"],
            )
            for c in d["currency_cues"]
        ]
        cue_forms = sorted({c["pattern"] for c in d["currency_cues"]}, key=lambda f: (-len(f), f))
        self._cue_any = (
            re.compile(
                "(?:"
                + first_letter_groups(
                    [(f[:1], form_to_regex(f)) for f in cue_forms], not_after=r"[\w$]"
                )
                + r")(?![\w$])"
            )
            if cue_forms
            else None
        )
        self._iso_replaces: dict[str, set[str]] = {}
        for c in d["currency_cues"]:
            self._iso_replaces.setdefault(c["iso"], set()).add(c["replaces"])

        # Money context (bare "livres", a currency carried back) and book context.
        self._money_re = lexicon_regex(d.get("money_context", []))
        self._book_re = lexicon_regex(d.get("book_context", []))
        # Scaled numbers without currency governed by a money word ("une perte de 200 millions").
        self._bare_abbrs = frozenset(
            s["form"] for s in d["scales"] if s["kind"] == "abbr" and s.get("bare")
        )
        self._trigger_re = lexicon_regex(d.get("money_triggers", []))
        self._not_counted_re = lexicon_regex(d.get("not_counted_after", []))
        self._asset_re = lexicon_regex(d.get("asset_nouns", []))
        self._trigger_stop_re = lexicon_regex(d.get("trigger_stoplist", []))
        self._reach_stems = tuple(
            v.lower().replace("’", "'") for v in [*d.get("reach_verbs", []), *d["change_verbs"]]
        )
        self._context_comparison_re = re.compile(
            rf"[\s,(]*(?i:contre|après|soit|vs\.?|face{HS}+à|comparée?s?{HS}+à"
            rf"|par{HS}+rapport{HS}+à)(?!\w)[^\n.;!?]{{0,30}}$"
        )
        self._scaled_before_re = re.compile(
            rf"(?i:\d{HS}*(?:{scale_words}|{scale_abbrs})(?![\w-])|[€$£¥])"
        )
        self._comparison_re = re.compile(
            rf"(?i:(?<!\w)(?:contre|après|soit|et|vs\.?|face{HS}+à|comparé\w*"
            rf"|par{HS}+rapport{HS}+à)(?!\w))"
        )

    @staticmethod
    def _norm(s: str) -> str:
        s = s.lower().replace("’", "'")
        return re.sub(r"\s+", " ", s).strip()

    def _build_form_lookup(self) -> list[tuple[re.Pattern[str], str, str, float]]:
        out = []
        for c in sorted(self.data["currencies"], key=lambda c: -len(c["form"])):
            flags = re.IGNORECASE if c["kind"] in ("name", "subunit") else 0
            out.append(
                (
                    re.compile(form_to_regex(c["form"]) + r"\Z", flags),
                    c["iso"],
                    c["kind"],
                    c["factor"],
                )
            )
        return out

    def _currency_of(self, written: str) -> tuple[str, str, float] | None:
        """ISO, kind and factor of a currency form as matched in the text."""
        written = written.strip()
        if written in self._currency_cache:
            return self._currency_cache[written]
        found = None
        for pat, iso, kind, factor in self._form_lookup:
            if pat.match(written):
                found = iso, kind, factor
                break
        if len(self._currency_cache) < 10_000:  # the forms met in texts: a few dozen
            self._currency_cache[written] = found
        return found

    # ---- passes -------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        try:
            amounts = self.find_amounts(doc)
            doc.spans[SPAN_GROUP] = self._to_spans(doc, amounts)
        except Exception:  # a component failing must not crash the pipeline
            logger.exception("fr_amounts failed on a document; no amounts recorded for it")
            doc.spans[SPAN_GROUP] = []
        return doc

    def find_amounts(self, doc: Doc) -> list[Amount]:
        text = doc_text(doc)  # built once, shared with the other components
        if not text.strip():
            return []
        items = self._quantities_with_currency(text)
        items = self._pairs(doc, text, items)
        self._carry_back(doc, text, items)
        amounts = self._ellipsis(doc, text, items)
        self._qualify(text, amounts)
        amounts = self._drop_negated_one(text, amounts)
        amounts = self._resolve_defaults(text, amounts)
        leftovers = [it for it in items if it.extra.get("bare")]
        found = self._context_currency(doc, text, leftovers, amounts)
        if found:
            self._qualify(text, found)
            amounts = sorted(amounts + found, key=lambda a: a.start)
        # "plusieurs centaines de millions d'euros" gives no figure: it stays an amount with no
        # value and the qualifier approx, as the money issue asks (it passes on no currency)
        return amounts

    def _quantities(self, text: str) -> list[Quantity]:
        out: list[Quantity] = []
        for m in self._quantity_re.finditer(text):
            digits = m["digits"] is not None
            if not digits and m["vague"]:
                scale_txt = m["vscale1"] or m["vscale2"]
                out.append(
                    Quantity(
                        m.start(),
                        m.end(),
                        None,
                        m.group(0),
                        scale=self._scale_value(scale_txt) if scale_txt else 1.0,
                        scale_kind="word" if scale_txt else None,
                        approx=True,
                        vague=True,
                    )
                )
            elif not digits and m["adet"]:
                base = self._approx_values.get(m["anoun"].lower(), 1.0)
                scale = self._scale_value(m["ascale"]) if m["ascale"] else 1.0
                out.append(
                    Quantity(
                        m.start(),
                        m.end(),
                        dmul(base, scale),
                        m.group(0),
                        scale=scale,
                        scale_kind="word" if m["ascale"] else None,
                        approx=True,
                    )
                )
            elif not digits and m["hdet"]:
                scale = self._scale_value(m["hscale"])
                out.append(
                    Quantity(
                        m.start(),
                        m.end(),
                        dmul(0.5, scale),
                        m.group(0),
                        scale=scale,
                        scale_kind="word",
                    )
                )
            else:
                q = self._plain_quantity(m)
                if q is not None:
                    out.append(q)
        return out

    def _scale_value(self, written: str) -> float:
        info = self._scale_info.get(written) or self._scale_info_lower.get(written.lower())
        return info[0] if info else 1.0

    def _plain_quantity(self, m: re.Match[str]) -> Quantity | None:
        raw = m.group("digits") or m.group("words")
        start = m.start("digits") if m.group("digits") else m.start("words")
        value = parse_digits(raw) if m.group("digits") else parse_words(raw)
        end = m.end("digits") if m.group("digits") else m.end("words")
        if value is None and m.group("words"):
            shorter = drop_subunit_word(raw)
            if shorter is None:
                return None
            return Quantity(start, start + len(shorter[0]), shorter[1], shorter[0])
        if value is None:
            return None
        scale_txt = m.group("scale")
        q = Quantity(start, end, value, raw)
        if scale_txt:
            info = self._scale_info.get(scale_txt) or self._scale_info_lower.get(scale_txt.lower())
            if info:
                q.scale, q.scale_kind = info
                q.end = m.end("scale")
                q.value = dmul(value, q.scale)
                if m.group("cscale"):
                    sub = parse_digits(m.group("cscale_num"))
                    sub_scale = self._scale_value(m.group("cscale"))
                    if sub is not None and sub_scale < q.scale:
                        q.value = dadd(q.value, dmul(sub, sub_scale))
                        q.end = m.end("cscale")
                elif m.group("cfill") and q.scale_kind == "word":
                    # "1 million 500 000 euros": the lower places written out
                    fill = parse_digits(m.group("cfill"))
                    if fill is not None and fill < q.scale:
                        q.value = dadd(q.value, fill)
                        q.end = m.end("cfill")
                if m.group("demi"):
                    q.value = dadd(q.value, dmul(0.5, q.scale))
                    q.end = m.end("demi")
        return q

    def _quantities_with_currency(self, text: str) -> list[Amount]:
        """Attach a currency to each quantity (after, else before); keep bare ones for later."""
        items: list[Amount] = []
        last_end = 0
        for q in self._quantities(text):
            if q.start < last_end:
                continue
            amt = self._attach(text, q, last_end)
            words = _WORD_SPLIT.split(q.raw.lower()) if amt is None else []
            if (
                amt is None
                and words[-1] in SUBUNIT_WORDS
                and q.scale_kind is None
                and not (len(words) > 1 and words[-2] in HUNDRED_MULTIPLIERS)
            ):
                # "quarante-cinq cents": the last word is the currency, not the number
                # ("deux cents" alone is 200: a number without currency)
                shorter = self._shrink_words(text, q)
                if shorter is not None:
                    q = shorter
                    amt = self._attach(text, q, last_end)
            if amt is None:
                abbr: tuple[float, int] | None = None
                if q.scale_kind == "abbr":  # "10 m de haut": an abbreviation needs a currency
                    base = parse_digits(q.raw) if q.raw[:1].isdigit() or q.raw[:1] in "-−" else None
                    written = text[q.start + len(q.raw) : q.end]
                    if written[:1].isspace() and written.strip() in self._bare_abbrs:
                        abbr = (q.scale, q.end)  # "1,04 Md": a scale if the context is money
                    q = Quantity(q.start, q.start + len(q.raw), base, q.raw)
                amt = Amount(q.start, q.end, q.value, None, scale=q.scale)
                amt.has_scale = q.scale_kind == "word"
                amt.extra = {"bare": True, "raw": q.raw, "vague": q.vague, "approx": q.approx}
                if abbr is not None:
                    amt.extra["abbr"] = abbr
            else:
                last_end = amt.end
            items.append(amt)
        return items

    def _shrink_words(self, text: str, q: Quantity) -> Quantity | None:
        shorter = drop_subunit_word(q.raw)
        if shorter is None:
            return None
        return Quantity(q.start, q.start + len(shorter[0]), shorter[1], shorter[0])

    def _attach(self, text: str, q: Quantity, last_end: int) -> Amount | None:
        m = self._cur_after_re.match(text, q.end)
        if m is not None:
            kind = next(k for k in ("name", "subunit", "symbol", "code") if m.group(k))
            info = self._currency_of(m.group(kind))
            if info is not None:
                iso, _, factor = info
                if kind == "name" or kind == "subunit" or not m.group("conn") or q.scale_kind:
                    return self._make_amount(text, q, iso, factor, m.end(), kind)
        if q.scale_kind == "word":
            m2 = self._cur_after_scale_re.match(text, q.end)
            if m2 is not None:
                info = self._currency_of(m2.group("after"))
                if info is not None:
                    return self._make_amount(text, q, info[0], 1.0, m2.end(), "after")
        window_start = max(last_end, q.start - 12)
        mb = self._cur_before_re.search(text[window_start : q.start])
        if mb is not None:
            form = mb.group("symbol") or mb.group("code")
            info = self._currency_of(form)
            if info is not None:
                if q.scale_kind is None and ENGLISH_THOUSANDS.fullmatch(q.raw):
                    # "$1,500": a sign first is the English convention, the comma groups thousands
                    q = Quantity(q.start, q.end, float(q.raw.replace(",", "")), q.raw)
                amt = self._make_amount(text, q, info[0], 1.0, q.end, "before")
                amt.start = window_start + mb.start()
                return amt
        return None

    def _make_amount(
        self, text: str, q: Quantity, iso: str, factor: float, end: int, kind: str
    ) -> Amount:
        value = dmul(q.value, factor) if q.value is not None else None
        if (
            kind in ("name", "code", "symbol", "before")
            and q.scale_kind is None
            and value is not None
        ):
            sm = self._subunit_re.match(text, end)
            if sm is not None:
                sub: float | None
                if sm.group("n"):
                    sub = float(sm.group("n"))
                elif sm.group("w"):
                    sub = parse_words(sm.group("w"))
                else:
                    sub = float(sm.group("n2"))
                if sub is not None and sub < 100:
                    value = dadd(value, dmul(sub, 0.01))
                    end = sm.end()
            elif kind == "symbol" and text[end - 1 : end] in "€$£":
                gm = self._glued_cents_re.match(text, end)
                if gm is not None:  # "3€50"
                    value = dadd(value, dmul(float(gm.group(0)), 0.01))
                    end = gm.end()
        amt = Amount(q.start, end, value, iso, scale=q.scale)
        amt.has_scale = q.scale_kind is not None
        if q.approx:
            amt.qualifier = "approx"
        amt.extra = {"raw": q.raw, "vague": q.vague}
        return amt

    def _pairs(self, doc: Doc, text: str, items: list[Amount]) -> list[Amount]:
        """Ranges and shared scale/currency between two neighbouring quantities."""
        out: list[Amount] = []
        i = 0
        while i < len(items):
            a = items[i]
            b = items[i + 1] if i + 1 < len(items) else None
            merged = self._pair(doc, text, a, b) if b is not None else None
            if merged is None:
                out.append(a)
                i += 1
            else:
                out.extend(merged)
                i += 2
        return out

    def _pair(self, doc: Doc, text: str, a: Amount, b: Amount) -> list[Amount] | None:
        if a.value is None or b.value is None:
            return None
        a_bare, b_bare = a.currency is None, b.currency is None
        if a_bare and b_bare:
            return None
        between = text[a.end : b.start]
        if len(between) > 12:
            return None
        cm = self._connector_re.match(between + "")
        if cm is None or cm.start() != 0:
            return None
        conn = cm.group("c").lower()
        if a_bare and is_year_like(str(a.extra.get("raw", ""))) and not a.has_scale:
            return None
        intro = self._pair_intro_re.search(text[max(0, a.start - 12) : a.start])
        intro_word = intro.group("w").lower().replace("’", "'") if intro else ""
        # decide: range or two amounts
        if conn in ("-", "–", "—"):
            is_range = True
        elif conn == "et":
            is_range = intro_word == "entre"
        elif conn in ("à", "au"):
            if intro_word in ("de", "d'"):
                is_range = not self._change_before(
                    text, a.start - (len(intro.group(0)) if intro else 0)
                )
            else:
                is_range = intro_word != "entre"
        else:  # "ou"
            is_range = False
        if conn == "ou" and not a_bare:
            return None
        if not a_bare and not b_bare and not is_range:
            return None
        # share scale and currency
        if a_bare:
            raw = str(a.extra.get("raw", ""))
            if not a.has_scale and b.has_scale and not b.extra.get("vague"):
                a.value = dmul(a.value, b.scale)
                a.has_scale = True
            elif not a.has_scale and (raw.isdigit() and len(raw) > 3) and b.has_scale:
                return None
            a.currency = b.currency
            a.extra = {**a.extra, "bare": False}
        if b_bare:
            if not is_range or (not b.has_scale and a.has_scale):
                return None  # the ellipsis pass decides
            if self._counts_something(doc, text, b):
                return None
            b.currency = a.currency
            b.extra = {**b.extra, "bare": False}
        if is_range:
            lo, hi = a.value, b.value
            if (
                lo is not None
                and hi is not None
                and (lo < hi or (conn in ("-", "–", "—") and lo <= hi))
                and (lo >= 0)
            ):
                merged = Amount(a.start, b.end, lo, a.currency or b.currency, value_max=hi)
                merged.has_scale = a.has_scale or b.has_scale
                merged.qualifier = a.qualifier or b.qualifier
                merged.extra = {"range": True}
                return [merged]
        return [a, b]

    def _change_before(self, text: str, pos: int) -> bool:
        m = self._word_before_re.search(text[max(0, pos - 30) : max(0, pos)])
        return bool(m and m.group("w").lower().startswith(self._change_stems))

    def _ellipsis(self, doc: Doc, text: str, items: list[Amount]) -> list[Amount]:
        """Bare quantities that share the currency of an amount just before them."""
        out: list[Amount] = []
        prev: Amount | None = None
        for it in items:
            if not it.extra.get("bare"):
                if it.currency is not None:
                    out.append(it)
                    prev = it
                continue
            if prev is None or it.value is None or prev.currency is None:
                continue
            gap = text[prev.end : it.start]
            if len(gap) > 250 or self._sentence_break_re.search(gap):
                continue
            if self._counts_something(doc, text, it, lenient=it.has_scale):
                continue
            raw = str(it.extra.get("raw", ""))
            if it.has_scale:
                if prev.extra.get("vague"):
                    continue
            else:
                # an unscaled number takes the currency only in a comparison: "contre 21"
                if is_year_like(raw) or prev.has_scale:
                    continue
                if not _COMPARED_BEFORE.search(gap):
                    continue
            it.currency = prev.currency
            it.extra = {**it.extra, "bare": False, "ellipsis": True}
            out.append(it)
        return out

    def _drop_negated_one(self, text: str, amounts: list[Amount]) -> list[Amount]:
        """``Aucun client ne perdra un centime``, ``sans débourser un euro``: "un" + currency
        under a negation is an idiom for "nothing", no amount. ``ne coûte qu'un euro`` (a
        restriction) and ``pour un euro symbolique`` stay."""
        out = []
        for a in amounts:
            raw = str(a.extra.get("raw", "")).strip().lower()
            if raw not in ("un", "une") or a.value_max is not None:
                out.append(a)
                continue
            before = self._sentence_before(text, a.start, limit=60).rsplit(",", 1)[-1]
            words = [w.lower() for w in _LETTER_RUNS.findall(before)]
            if words and words[-1] not in NEGATED_ONE_KEEP and NEGATION_WORDS & set(words[-4:]):
                continue
            out.append(a)
        return out

    def _context_currency(
        self, doc: Doc, text: str, bare: list[Amount], amounts: list[Amount]
    ) -> list[Amount]:
        """A scaled number with no currency governed by a money word (``un chiffre d'affaires de
        1,04 milliard``, ``une perte de 200 millions``, ``valorisé 3 milliards``, ``a levé 40
        millions``) and counting nothing takes the currency of the nearest amount of its
        paragraph, else the article's one currency; otherwise it stays out."""
        if self._trigger_re is None or not bare:
            return []
        with_cur = sorted(
            (a for a in amounts if a.currency and a.value is not None), key=lambda a: a.start
        )
        cur_starts = [a.start for a in with_cur]
        article_isos = {a.currency for a in with_cur}
        taken = sorted((a.start, a.end) for a in amounts)
        taken_starts = [t[0] for t in taken]
        newlines = [m.start() for m in re.finditer(r"\n", text)]
        # the amounts and scaled numbers of the text, in order: a money word governs the first
        # one after it (percentages, years and counts in between do not stop it)
        blocking = sorted(
            [(a.start, a.end) for a in amounts]
            + [(b.start, b.end) for b in bare if b.has_scale or b.extra.get("abbr")]
        )
        block_starts = [t[0] for t in blocking]
        block_max_end: list[int] = []
        for _, e in blocking:
            block_max_end.append(max(e, block_max_end[-1]) if block_max_end else e)
        out: list[Amount] = []
        last: Amount | None = None
        for i, it in enumerate(bare):
            if it.value is None or it.extra.get("vague"):
                continue
            value, end, scale = it.value, it.end, it.scale
            abbr = it.extra.get("abbr")
            if not it.has_scale:
                if not abbr:
                    continue
                scale, end = abbr
                value = dmul(value, scale)
            if scale < 1e6:
                continue
            k = bisect.bisect_left(taken_starts, end)
            if k > 0 and taken[k - 1][1] > it.start:  # overlaps an amount already found
                continue
            probe = Amount(it.start, end, value, None, scale=scale)
            if self._counts_something(doc, text, probe, lenient=True) and not self._asset_after(
                text, end
            ):
                continue
            head = self._range_head(text, bare, i)
            k = bisect.bisect_left(block_starts, head)
            prev_end = block_max_end[k - 1] if k > 0 else 0
            iso: str | None = None
            if self._governed_by_money(text, head, end, prev_end):
                iso = self._nearest_currency(it.start, with_cur, cur_starts, newlines, len(text))
                if iso is None and len(article_isos) == 1:
                    iso = next(iter(article_isos))
            elif (
                last is not None
                and prev_end <= last.end <= head
                and self._context_comparison_re.match(text[last.end : head])
            ):
                # "un chiffre d'affaires de 1,04 milliard, contre 980 millions": compared with
                # the context amount just before it
                iso = last.currency
            elif k > 0 and _RESTATED_BEFORE.search(text[max(0, head - 40) : head]):
                # "un plan de 6 milliards d'euros (...) soit environ 1,2 milliard par an": a
                # restatement of the scaled quantity just before it, when that one is money
                iso = self._restated_currency(blocking[k - 1], with_cur, cur_starts, head)
            if iso is None:
                continue
            amt = Amount(it.start, end, value, iso, scale=scale)
            amt.has_scale = True
            amt.qualifier = "approx" if it.extra.get("approx") else None
            amt.extra = {"raw": it.extra.get("raw", ""), "context": True}
            out.extend(self._with_bare_partner(doc, text, bare, i, amt))
            last = amt
        return out

    @staticmethod
    def _restated_currency(
        block: tuple[int, int], with_cur: list[Amount], cur_starts: list[int], head: int
    ) -> str | None:
        """The currency of the amount ``block`` (the scaled quantity just before a ``soit``)
        when it is an amount with a currency at most ``RESTATED_REACH`` characters back."""
        if head - block[1] > RESTATED_REACH:
            return None
        j = bisect.bisect_left(cur_starts, block[0])
        if j < len(with_cur) and with_cur[j].start == block[0]:
            return with_cur[j].currency
        return None

    def _asset_after(self, text: str, end: int) -> bool:
        """``500 millions d'actifs``: a noun of asset_nouns.txt after the number, which is money
        only when a money word before it governs it (``céder pour quelque 500 millions
        d'actifs``), not on its own (``30 millions d'actifs`` are workers)."""
        dm = self._de_word_re.match(text, end)
        return (
            dm is not None
            and self._asset_re is not None
            and bool(self._asset_re.match(text, dm.start("w")))
        )

    def _range_head(self, text: str, bare: list[Amount], i: int) -> int:
        """Where the phrase of ``bare[i]`` starts: at the bare number before it in ``entre 16 et
        18 milliards``, ``de 10 à 12 millions``, ``1,2 - 1,5 million``; else at ``bare[i]``."""
        it = bare[i]
        if i <= 0 or bare[i - 1].value is None:
            return it.start
        prev = bare[i - 1]
        between = text[prev.end : it.start]
        if len(between) > 12 or self._connector_re.match(between) is None:
            return it.start
        return prev.start

    def _with_bare_partner(
        self, doc: Doc, text: str, bare: list[Amount], i: int, amt: Amount
    ) -> list[Amount]:
        """``entre 16 et 18 milliards``, ``passé de 10 à 12 millions``: the bare number just
        before a context amount shares its scale and currency (a range, or two amounts)."""
        if i <= 0:
            return [amt]
        prev = bare[i - 1]
        if prev.value is None or prev.extra.get("vague") or prev.end > bare[i].start:
            return [amt]
        partner = Amount(prev.start, prev.end, prev.value, None, scale=prev.scale)
        partner.has_scale = prev.has_scale
        partner.extra = {"raw": prev.extra.get("raw", ""), "bare": True}
        merged = self._pair(doc, text, partner, amt)
        return merged if merged is not None else [amt]

    def _governed_by_money(self, text: str, start: int, end: int, prev_end: int) -> bool:
        """A money word a few words before the number in its sentence, with no other quantity in
        between, or right after it (``300 millions de bénéfice``)."""
        assert self._trigger_re is not None
        dm = self._de_word_re.match(text, end)
        if dm is not None and self._trigger_re.match(text, dm.start("w")):
            return True
        before = self._sentence_before(text, start, limit=120)
        offset = start - len(before)
        stops = (
            [(m.start(), m.end()) for m in self._trigger_stop_re.finditer(before)]
            if self._trigger_stop_re is not None
            else []
        )
        last = None
        for m in self._trigger_re.finditer(before):
            if not any(s <= m.start() < e for s, e in stops):
                last = m
        if last is None or offset + last.start() < prev_end:
            return False
        gap = before[last.end() :]
        if self._scaled_before_re.search(gap):
            return False
        words = _ELIDED_WORDS.findall(gap)
        if len(words) <= TRIGGER_WINDOW_WORDS:
            return True
        if len(words) > TRIGGER_LONG_WINDOW_WORDS:
            return False
        flat = " ".join(w.lower().replace("’", "'") for w in words)
        return any(w.startswith(self._reach_stems) for w in flat.split()) or any(
            " " in stem and stem in flat for stem in self._reach_stems
        )

    @staticmethod
    def _nearest_currency(
        pos: int, with_cur: list[Amount], starts: list[int], newlines: list[int], n: int
    ) -> str | None:
        """The currency of the amount nearest to ``pos`` in its paragraph (``with_cur`` sorted,
        ``starts`` its start offsets, ``newlines`` the offsets of the text's line breaks)."""
        k = bisect.bisect_left(newlines, pos)
        par_start = newlines[k - 1] + 1 if k > 0 else 0
        par_end = newlines[k] if k < len(newlines) else n
        j = bisect.bisect_left(starts, pos)
        best: tuple[int, str] | None = None
        for a in with_cur[max(0, j - 2) : j + 1]:
            if a.start < par_start or a.end > par_end or a.currency is None:
                continue
            dist = pos - a.end if a.end <= pos else a.start - pos
            if best is None or dist < best[0]:
                best = (dist, a.currency)
        return best[1] if best else None

    def _carry_back(self, doc: Doc, text: str, items: list[Amount]) -> None:
        """A scaled number without currency compared, later in its sentence, with an amount that
        has one shares it when the sentence speaks of money: ``un bénéfice de 3,5 milliards,
        contre 500 millions d'euros``."""
        for i, it in enumerate(items):
            if not it.extra.get("bare") or it.value is None or not it.has_scale:
                continue
            if it.scale < 1e6 or it.extra.get("vague"):
                continue
            nxt = next(
                (
                    b
                    for b in items[i + 1 : i + 4]
                    if b.currency is not None and not b.extra.get("bare")
                ),
                None,
            )
            if nxt is None or not nxt.has_scale or nxt.extra.get("vague") or nxt.value is None:
                continue
            gap = text[it.end : nxt.start]
            if len(gap) > 80 or self._sentence_break_re.search(gap):
                continue
            # "passerait de 59 milliards en 2025 à 100 milliards d'euros": a change from one
            # amount to another, in one unit
            from_to = bool(_FROM_TO_GAP.match(gap)) and bool(
                _DE_BEFORE.search(text[max(0, it.start - 20) : it.start])
            )
            if not from_to and not self._comparison_re.search(gap):
                continue
            if self._counts_something(doc, text, it, lenient=from_to):
                continue
            if not from_to and (
                self._money_re is None
                or not self._money_re.search(self._sentence_before(text, it.start) + " " + gap)
            ):
                continue
            it.currency = nxt.currency
            it.extra = {**it.extra, "bare": False, "carried": True}

    def _sentence_before(self, text: str, pos: int, limit: int = 250) -> str:
        """The text of the sentence of ``pos`` before it (at most ``limit`` characters)."""
        window = text[max(0, pos - limit) : pos]
        cut = 0
        for m in self._sentence_break_re.finditer(window):
            cut = m.end()
        return window[cut:]

    def _sentence_after(self, text: str, pos: int, limit: int = 150) -> str:
        window = text[pos : pos + limit]
        m = self._sentence_break_re.search(window)
        return window[: m.start()] if m is not None else window

    def _counts_something(self, doc: Doc, text: str, it: Amount, lenient: bool = False) -> bool:
        """True when a bare quantity is a percentage or counts something (``288,6 millions
        d'actions``, ``4 300 salariés``): it cannot take a neighbour's currency. A money noun
        after it (``300 millions de bénéfice``) is no count; with ``lenient``, neither is a word of
        ``not_counted_after.txt`` (``41 millions fin décembre``)."""
        if self._not_money_after_re.match(text, it.end):
            return True
        if lenient and self._not_counted_re is not None:
            nm = _HS_RUN.match(text, it.end)
            if nm is not None and self._not_counted_re.match(text, nm.end()):
                return False  # "41 millions fin décembre", "200 millions d'ici à juin"
        dm = self._de_word_re.match(text, it.end)
        if dm is not None:
            return self._money_re is None or not self._money_re.match(text, dm.start("w"))
        span = doc.char_span(it.end, len(text), alignment_mode="expand")
        if span is None:
            return False
        for tok in span[:3]:
            if tok.is_space:
                continue
            if tok.is_punct:
                return False
            return tok.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")
        return False

    def _qualify(self, text: str, amounts: list[Amount]) -> None:
        for a in amounts:
            window = text[max(0, a.start - 40) : a.start]
            mb = self._qual_before_re.search(window)
            if mb is not None:
                q = self._qual_before.get(self._norm(mb.group("q")))
                if self._norm(mb.group("q")) == "plus que" and self._negation_re.search(
                    window[: mb.start()]
                ):
                    q = None  # "ne vaut plus que 0,85 €": only that much, no bound
                if q and not (a.value_max is not None and q != "approx"):
                    a.qualifier = q
                    continue
            ma = self._qual_after_re.match(text, a.end)
            if ma is not None and a.qualifier is None:
                q = self._qual_after.get(self._norm(ma.group("q")))
                if q:
                    a.qualifier = q

    def _resolve_defaults(self, text: str, amounts: list[Amount]) -> list[Amount]:
        """A bare ``$``/``dollars`` (or ``francs``, ``dinars``, ``pesos``) takes the one currency
        the article points to; a bare ``livres`` is kept only in a money context."""
        guesses = {a.currency for a in amounts if a.currency and a.currency[-1] in "?!"}
        if not guesses:
            return amounts
        # 1. A bare amount restating an explicit one ("47 milliards de dollars" in the title,
        #    "47 milliards de dollars américains" in the body) takes its currency.
        for a in amounts:
            if a.currency not in guesses or a.value is None:
                continue
            family = {a.currency[:-1]} | {
                iso for iso, reps in self._iso_replaces.items() if a.currency in reps
            }
            same = {
                b.currency
                for b in amounts
                if b.currency in family
                and b.value is not None
                and abs(b.value - a.value) <= 0.005 * abs(a.value)
            }
            if len(same) == 1:
                a.currency = same.pop()
        # 1b. An article that writes a dollar out ("214,50 $ CA", "dollars canadiens", "9 milliards
        #     de dollars américains") marks the dollar it means each time: its bare dollars are US
        #     dollars, unless their own sentence names a local exchange ("72,40 $ à la Bourse de
        #     Toronto").
        for guess in MARKED_DOLLAR_GUESSES & guesses:
            family = {guess[:-1]} | {
                iso for iso, reps in self._iso_replaces.items() if guess in reps
            }
            if not any(b.currency in family for b in amounts):
                continue
            for a in amounts:
                if a.currency == guess:
                    a.currency = self._local_cue(text, a, guess) or guess[:-1]
        # 2. The rest follow the one currency the article points to, if there is one (twice, so
        #    that a resolved guess, "francs CFA" → XAF, can be evidence for another, "francs").
        doc_evidence: dict[str, set[str]] = {}
        # one pass over the text finds every cue phrase; each is then checked against the cues
        found = {m.group(0) for m in self._cue_any.finditer(text)} if self._cue_any else set()
        for _ in range(2):
            guesses = {a.currency for a in amounts if a.currency and a.currency[-1] in "?!"}
            evidence: dict[str, set[str]] = {g: set() for g in guesses}
            for pat, iso, replaces in self._cues:
                if (
                    replaces in evidence
                    and iso not in evidence[replaces]
                    and any(pat.fullmatch(f) for f in found)
                ):
                    evidence[replaces].add(iso)
            for a in amounts:
                if a.currency and a.currency[-1] not in "?!":
                    for rep in self._iso_replaces.get(a.currency, ()):
                        if rep in evidence:
                            evidence[rep].add(a.currency)
            for guess, isos in evidence.items():
                doc_evidence[guess] = isos
                if len(isos) == 1 and guess.endswith("?"):
                    iso = next(iter(isos))
                    for a in amounts:
                        if a.currency == guess:
                            a.currency = iso
        # 3. A form that is money only in context ("livres") is kept when its sentence or the
        #    article says so, unless the sentence speaks of books.
        out = []
        for a in amounts:
            if a.currency and a.currency.endswith("!"):
                kept = self._in_context(text, a, doc_evidence.get(a.currency, set()))
                if kept is None:
                    continue
                a.currency = kept
            out.append(a)
        return out

    def _local_cue(self, text: str, a: Amount, guess: str) -> str | None:
        """The one currency that a cue of the sentence of ``a`` (``Bourse de Toronto``, not a
        currency name) points to for ``guess``."""
        if self._cue_any is None:
            return None
        window = self._sentence_before(text, a.start) + " " + self._sentence_after(text, a.end)
        isos = set()
        for m in self._cue_any.finditer(window):
            form = m.group(0)
            if self._currency_of(form) is not None:
                continue
            for pat, iso, replaces in self._cues:
                if replaces == guess and pat.fullmatch(form):
                    isos.add(iso)
        return isos.pop() if len(isos) == 1 else None

    def _in_context(self, text: str, a: Amount, evidence: set[str]) -> str | None:
        assert a.currency is not None
        before = self._sentence_before(text, a.start)
        words = re.findall(r"[^\s'’]+", before)[-4:]
        near = " ".join(words)
        if (
            self._money_re is not None
            and words
            and words[-1].lower() in ("pour", "de", "d")
            and self._money_re.search(near)
        ):  # "racheté pour 2 millions de livres", "un bénéfice de 3 millions de livres"
            return next(iter(evidence)) if len(evidence) == 1 else a.currency[:-1]
        if self._book_re is not None and self._book_re.search(
            before + " " + self._sentence_after(text, a.end)
        ):
            return None
        # the currency: the one the article points to ("livres" in Egypt), else the default
        iso = next(iter(evidence)) if len(evidence) == 1 else a.currency[:-1]
        if self._money_re is not None and self._money_re.search(before):
            return iso
        return iso if evidence else None

    def _to_spans(self, doc: Doc, amounts: list[Amount]) -> list[Span]:
        spans: list[Span] = []
        last_end = -1
        for a in sorted(amounts, key=lambda a: a.start):
            span = doc.char_span(a.start, a.end, alignment_mode="expand")
            if span is None or len(span) == 0 or span.start < last_end:
                continue
            span._.amount = a.to_dict()
            spans.append(span)
            last_end = span.end
        return spans


@Language.factory("fr_amounts", assigns=["doc.spans"])
def make_amounts(nlp: Language, name: str) -> AmountsComponent:
    return AmountsComponent(nlp, name)
