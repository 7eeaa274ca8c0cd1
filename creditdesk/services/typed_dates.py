"""Dates as a clerk types or a file name writes them: 2026-4-8, 2026年4月8日, 2026.04.08, 4.8.

The date box of the logging dialog takes what the clerk types the way it is written on the
envelope or in the e-mail, and the arrival guesser reads dates out of file names; both need
the same reading. A date without a year is the latest such day not after ``today``: typed on
8 January, 12.28 is last December.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

_FULL: Final = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d{2})\s*[-./年]\s*(?P<month>\d{1,2})\s*[-./月]\s*"
    r"(?P<day>\d{1,2})(?!\d)\s*[日号]?"
)
_COMPACT: Final = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d{2})(?P<month>[01]\d)(?P<day>[0-3]\d)(?!\d)"
)
_SHORT: Final = re.compile(
    r"(?<!\d)(?P<month>\d{1,2})\s*[-./月]\s*(?P<day>\d{1,2})(?!\d)\s*[日号]?"
)


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _without_year(month: int, day: int, today: dt.date) -> dt.date | None:
    found = _day(today.year, month, day)
    if found is not None and found > today:
        found = _day(today.year - 1, month, day)
    return found


def parse_typed_date(text: str, today: dt.date) -> dt.date | None:
    """The date ``text`` holds and nothing else; None when it is not a date."""
    text = text.strip()
    for pattern in (_FULL, _COMPACT):
        match = pattern.fullmatch(text)
        if match:
            return _day(int(match["year"]), int(match["month"]), int(match["day"]))
    match = _SHORT.fullmatch(text)
    if match:
        return _without_year(int(match["month"]), int(match["day"]), today)
    return None


def find_full_date(text: str) -> tuple[dt.date, int, int] | None:
    """The first date with its year in running text (a file name), with its span."""
    for pattern in (_FULL, _COMPACT):
        for match in pattern.finditer(text):
            day = _day(int(match["year"]), int(match["month"]), int(match["day"]))
            if day is not None:
                return day, match.start(), match.end()
    return None
