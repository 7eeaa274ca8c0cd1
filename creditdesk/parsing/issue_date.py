"""Find a plan's issue date (成文日期) in its cover notice: the day its obligations start.

An official document carries its date on a line of its own under the signature, written in
Arabic digits (2023年4月18日) or, in older layouts, in Chinese numerals (二〇二二年二月十六日),
sometimes in brackets or after the issuing office's name. A date inside a sentence is a
deadline or a reference, not the issue date, so only such standalone lines count.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Final

from creditdesk.chinese_numerals import DIGIT_NUMERALS, ZERO_LOOKALIKES, from_chinese

_NUMBER: Final = rf"[0-9０-９十{DIGIT_NUMERALS}{ZERO_LOOKALIKES}]{{1,4}}"
_DATE: Final = re.compile(
    rf"(?P<year>[12][0-9]{{3}}|[{DIGIT_NUMERALS}{ZERO_LOOKALIKES}]{{4}})\s*年\s*(?P<month>"
    + _NUMBER
    + r")\s*月\s*"
    r"(?P<day>" + _NUMBER + r")\s*日"
)
_STANDALONE: Final = re.compile(
    r"^(?:[\u4e00-\u9fff（）()]{2,40}\s+)?[（(]?\s*(?P<date>" + _DATE.pattern + r")\s*[)）]?$"
)
_TO_READABLE: Final = str.maketrans(
    "０１２３４５６７８９" + ZERO_LOOKALIKES, "0123456789" + "〇" * len(ZERO_LOOKALIKES)
)
"""Full-width digits to ASCII, the look-alikes to 〇, so :func:`from_chinese` reads them."""
_LOOK_AT: Final = 400
"""Lines searched from the top: the cover notice, not the plan's own text far below."""


def _number(text: str) -> int | None:
    text = text.translate(_TO_READABLE)
    return from_chinese(text)


def parse_date(text: str) -> dt.date | None:
    """A date written 2023年4月18日 or 二〇二三年四月十八日; None if ``text`` holds none."""
    match = _DATE.search(text)
    if match is None:
        return None
    year, month, day = (_number(match[k]) for k in ("year", "month", "day"))
    if year is None or month is None or day is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_issue_date(lines: Iterable[str]) -> dt.date | None:
    """The first standalone date line near the top of the document, or None."""
    for number, line in enumerate(lines):
        if number >= _LOOK_AT:
            break
        match = _STANDALONE.match(line.strip())
        if match:
            found = parse_date(match["date"])
            if found is not None:
                return found
    return None
