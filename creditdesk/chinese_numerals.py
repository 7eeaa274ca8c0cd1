"""Chinese numerals (中文数字) both ways, for list labels such as 二十一 or （十三）.

Word renders its ``chineseCounting`` list numbers with these rules, and plans number tasks
with them, so the numbering renderer, the outline reader, the roster's section rows, the
periods (第三季度) and due rules (五个工作日) and the demo plan share this one implementation.
"""

from __future__ import annotations

import re
from typing import Final

LABEL_NUMERALS: Final = "一二三四五六七八九十"
"""The characters of the numerals 1-99 that label sections and tasks (一、 （十二）)."""

_DIGITS: Final = "零一二三四五六七八九"
_VALUES: Final = {c: i for i, c in enumerate(_DIGITS)} | {"〇": 0, "两": 2}
_UNITS: Final = {"十": 10, "百": 100, "千": 1000}

DIGIT_NUMERALS: Final = _DIGITS + "〇"
"""The ten digits as written one by one, as in a year (二〇二三): 零 and 〇 both stand for 0."""

ZERO_LOOKALIKES: Final = "○Ｏ"
"""Characters typed for 〇 (a circle, a full-width letter O); a reader maps them to 〇."""

LIST_NUMERALS: Final = LABEL_NUMERALS + "百零〇两"
"""The characters of a list number up to the hundreds (一百零二、, 两百), for a label's pattern."""
_LEGAL_DIGITS: Final = "零壹贰叁肆伍陆柒捌玖"
_LEGAL_UNITS: Final = ("", "拾", "佰", "仟")


def to_chinese(n: int) -> str:
    """Render ``n`` (0-9999) as Word's chineseCounting does.

    1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五.
    """
    if n < 0 or n > 9999:
        return str(n)
    if n == 0:
        return "零"
    if 10 <= n < 20:
        return "十" + (_DIGITS[n - 10] if n > 10 else "")
    return _render(n, _DIGITS, ("", "十", "百", "千"))


def to_chinese_legal(n: int) -> str:
    """Render ``n`` in financial capitals (壹贰叁), Word's chineseLegalSimplified."""
    if n <= 0 or n > 9999:
        return str(n)
    return _render(n, _LEGAL_DIGITS, _LEGAL_UNITS)


def _render(n: int, digits: str, units: tuple[str, ...]) -> str:
    parts: list[str] = []
    zero_pending = False
    for power in range(3, -1, -1):
        d = (n // 10**power) % 10
        if d == 0:
            if parts:
                zero_pending = True
            continue
        if zero_pending:
            parts.append(digits[0])
            zero_pending = False
        parts.append(digits[d] + units[power])
    return "".join(parts)


def from_chinese(text: str) -> int | None:
    """Parse 一 … 九千九百九十九 (also 〇, 两, 一二); None if ``text`` is not a numeral."""
    if not text:
        return None
    if text.isdigit():
        return int(text)
    if all(c in _VALUES for c in text):
        if len(text) == 1:
            return _VALUES[text]
        return int("".join(str(_VALUES[c]) for c in text))
    total = 0
    current = 0
    for c in text:
        if c in _VALUES:
            current = _VALUES[c]
        elif c in _UNITS:
            total += (current or 1) * _UNITS[c]
            current = 0
        else:
            return None
    return total + current


_ONE_TO_NINE: Final = LABEL_NUMERALS[:9]
_SMALL: Final = re.compile(rf"[{DIGIT_NUMERALS}两]|[{_ONE_TO_NINE}两]?十[{_ONE_TO_NINE}]?")


def small_number(text: str) -> int | None:
    """Read 0-99 written in Arabic digits or Chinese numerals (5, 三, 十二, 二十五, 两).

    Stricter than :func:`from_chinese`: 三三, 十十 or 百 are no small number but None, so a
    phrase such as 五个工作日 is never misread.
    """
    text = text.strip()
    if text.isascii() and text.isdigit():
        return int(text)
    return from_chinese(text) if _SMALL.fullmatch(text) else None
