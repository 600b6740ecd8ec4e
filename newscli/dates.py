"""Article dates as ISO 8601, for sorting and ``--since``/``--until``.

Articles write dates every which way ("March 14, 2025", "12:03 EST, 3 January 2014",
"2024-03-05T10:00:00Z"); the index keeps the text as written and, when it can be read, the
ISO form ``YYYY-MM-DD`` (with ``THH:MM`` when the article gives an ISO time).
"""

from __future__ import annotations

import re

from newscli.errors import NewscliError

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        1,
    )
    for name in names
}
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?")
_MONTH = r"([A-Za-z]{3,9})\.?"
_MDY = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b")
_DMY = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(\d{{4}})\b")


def _valid(year: int, month: int, day: int) -> bool:
    import calendar

    return (
        1800 <= year <= 2200
        and 1 <= month <= 12
        and 1 <= day <= calendar.monthrange(year, month)[1]
    )


def iso_date(text: str | None) -> str | None:
    """The date in an article's date line as ISO 8601, or None when it cannot be read:
    "Published: March 14, 2025" -> "2025-03-14", "12:03 EST, 3 January 2014" -> "2014-01-03",
    "2024-03-05T10:00:00Z" -> "2024-03-05T10:00"."""
    if not text:
        return None
    m = _ISO.search(text)
    if m:
        year, month, day = int(m[1]), int(m[2]), int(m[3])
        if not _valid(year, month, day):
            return None
        day_part = f"{year:04d}-{month:02d}-{day:02d}"
        if m[4] and int(m[4]) < 24 and int(m[5]) < 60:
            return f"{day_part}T{m[4]}:{m[5]}"
        return day_part
    for pattern, order in ((_MDY, "mdy"), (_DMY, "dmy")):
        m = pattern.search(text)
        if not m:
            continue
        if order == "mdy":
            name, day, year = m[1], int(m[2]), int(m[3])
        else:
            day, name, year = int(m[1]), m[2], int(m[3])
        month = _MONTHS.get(name.lower(), 0)
        if month and _valid(year, month, day):
            return f"{year:04d}-{month:02d}-{day:02d}"
    return None


_BOUND = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def date_bound(text: str, option: str = "--since") -> str:
    """A ``--since``/``--until`` value as an ISO prefix: "2025" , "2025-03", "2025-03-14", or
    any date ``iso_date`` reads ("March 14, 2025" -> "2025-03-14"). Raises NewscliError."""
    value = text.strip()
    m = _BOUND.fullmatch(value)
    if m:
        year, month, day = int(m[1]), int(m[2] or 1), int(m[3] or 1)
        if _valid(year, month, day):
            return value
    found = iso_date(value)
    if found:
        return found[:10]
    raise NewscliError(f"{option}: cannot read {text!r} as a date. Use YYYY, YYYY-MM or YYYY-MM-DD")
