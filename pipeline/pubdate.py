"""An article's publication date: from a header line, a file name, or any date-like value.

Used by the readers of :mod:`pipeline.extract`; the order of precedence (tabular ``date``
column, then a date line at the top of the text, then the file name) is theirs.

>>> date_from_header("Publié le 12 février 2025\\nTitre…")
'2025-02-12'
>>> date_from_filename("2025-02-12-musk-openai.txt")
'2025-02-12'
>>> normalize_date("12/02/2025")
'2025-02-12'
"""

from __future__ import annotations

import datetime as dt
import math
import re
from functools import lru_cache
from pathlib import PurePath

__all__ = ["RelativeDateError", "date_from_filename", "date_from_header", "normalize_date"]


class RelativeDateError(ValueError):
    """A date written relative to the day it is read (``hier``, ``now``, ``il y a 3 jours``):
    resolving it against today would make results depend on the day of the run."""


_MONTHS = {
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "fév": 2,
    "fev": 2, "mars": 3, "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7,
    "août": 8, "aout": 8, "septembre": 9, "sept": 9, "sep": 9, "octobre": 10, "oct": 10,
    "novembre": 11, "nov": 11, "décembre": 12, "decembre": 12, "déc": 12, "dec": 12,
}  # fmt: skip
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
_SP = r"[ \t\u00a0\u202f]+"

#: "12 février 2025", "1er mars 2025", "lundi 3 mars 2025"
_TEXT_DATE = re.compile(
    rf"(?<![\w])(?P<d>[0-3]?\d)(?:er)?{_SP}(?P<m>{_MONTH_ALT})\.?{_SP}(?P<y>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)
#: "12/02/2025", "12.02.2025", "12-02-2025"
_DMY = re.compile(r"(?<![\d/.-])(?P<d>[0-3]?\d)([/.-])(?P<m>[01]?\d)\2(?P<y>(?:19|20)\d\d)(?!\d)")
#: "2025-02-12", "2025/02/12", "2025-02-12T10:12:00Z"
_YMD = re.compile(r"(?<![\d/.-])(?P<y>(?:19|20)\d\d)([-/.])(?P<m>[01]?\d)\2(?P<d>[0-3]?\d)(?!\d)")
#: "20250212" in a file name
_COMPACT = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d)")

#: a header line is short and about the date (``Publié le…``, ``Mis à jour le…``, a bare date)
_HEADER_MAX_CHARS = 120


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _first_date(text: str) -> str | None:
    """The first complete date (day, month, year) written in ``text``."""
    found: list[tuple[int, str]] = []
    for match in _TEXT_DATE.finditer(text):
        month = _MONTHS.get(match["m"].lower())
        iso = _iso(int(match["y"]), month, int(match["d"])) if month else None
        if iso:
            found.append((match.start(), iso))
            break
    for regex in (_YMD, _DMY):
        for match in regex.finditer(text):
            iso = _iso(int(match["y"]), int(match["m"]), int(match["d"]))
            if iso:
                found.append((match.start(), iso))
                break
    return min(found)[1] if found else None


def date_from_header(text: str) -> str | None:
    """ISO date of a date line among the first 3 non-empty lines of an article.

    Accepts ``Publié le 12 février 2025``, ``Mis à jour le 3 mars 2025 à 10h12``,
    ``12/02/2025``, ``2025-02-12``, ``Le 12 février 2025``. A long line (a sentence of the
    article that happens to hold a date) is not a header line.
    """
    if not isinstance(text, str):
        return None
    lines = [line.strip() for line in text[:5000].splitlines() if line.strip()][:3]
    for line in lines:
        if len(line) > _HEADER_MAX_CHARS:
            continue
        iso = _first_date(line)
        if iso:
            return iso
    return None


def date_from_filename(name: str | PurePath) -> str | None:
    """ISO date at the start of a file name (``2025-02-12-…``, ``2025_02_12…``,
    ``20250212_…``); the folders of a path are not read."""
    stem = PurePath(str(name)).name
    match = re.match(r"(?P<y>(?:19|20)\d\d)[-_.](?P<m>[01]\d)[-_.](?P<d>[0-3]\d)(?!\d)", stem)
    if match is None:
        match = re.match(_COMPACT.pattern, stem)
    if match is None:
        return None
    return _iso(int(match["y"]), int(match["m"]), int(match["d"]))


def normalize_date(value: object) -> str | None:
    """``value`` as an ISO ``YYYY-MM-DD`` string, or None when it is missing.

    Accepts ``str`` (ISO, ``12/02/2025``, ``12 février 2025``, ISO datetimes), ``datetime``,
    ``date``, pandas ``Timestamp``/``NaT``, NaN and None. Raises ``ValueError`` on anything
    else that cannot be read as a date, :class:`RelativeDateError` on a relative date
    (``hier``, ``now``, ``il y a 3 jours``).
    """
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if type(value).__name__ in ("NaTType", "NAType"):
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if hasattr(value, "to_pydatetime"):  # pandas.Timestamp
        return value.to_pydatetime().date().isoformat()  # type: ignore[no-any-return]
    if isinstance(value, str):
        text = value.strip()
        if not text or text.lower() in ("nan", "nat", "none", "null", "na", "<na>"):
            return None
        iso = _parse_string(text)
        if iso == _RELATIVE:
            raise RelativeDateError(
                f"relative date {value!r} not used: it depends on the day of the run"
            )
        if iso is None:
            raise ValueError(f"not a date: {value!r} (expected e.g. 2025-02-12 or 12/02/2025)")
        return iso
    raise ValueError(f"not a date: {value!r} of type {type(value).__name__}")


#: what :func:`_parse_string` returns for a relative date
_RELATIVE = "relative"

#: two days to read a date against: a date that reads differently is relative to the day
_BASES = (dt.datetime(2001, 1, 1), dt.datetime(2011, 7, 15))


@lru_cache(maxsize=4096)
def _parse_string(text: str) -> str | None:
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?", text)
    if match:
        return _iso(int(match[1]), int(match[2]), int(match[3]))
    iso = _first_date(text)
    if iso:
        return iso
    readings = {_dateparser_date(text, base) for base in _BASES}
    if len(readings) > 1:
        return _RELATIVE
    return readings.pop()


def _dateparser_date(text: str, base: dt.datetime) -> str | None:
    """``text`` read by dateparser (French or English, day first) against the day ``base``."""
    import dateparser

    try:
        parsed = dateparser.parse(
            text,
            languages=["fr", "en"],
            settings={
                "STRICT_PARSING": True,
                "DATE_ORDER": "DMY",
                "PREFER_LOCALE_DATE_ORDER": False,
                "RELATIVE_BASE": base,
            },
        )
    except Exception:
        return None
    return parsed.date().isoformat() if parsed is not None else None
