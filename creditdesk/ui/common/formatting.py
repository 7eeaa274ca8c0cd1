"""How values look on screen: Chinese dates, frequencies, review and notice states."""

from __future__ import annotations

import datetime as dt

from creditdesk.chinese_dates import chinese_date
from creditdesk.ui.common.translate import translator

_tr = translator("Formatting")


def format_date(value: dt.date | None) -> str:
    """A date as the office writes it: 2024年10月8日 (no leading zeros)."""
    if value is None:
        return ""
    return chinese_date(value)


_FREQUENCIES = {
    "monthly": "每月",
    "quarterly": "每季度",
    "half-yearly": "每半年",
    "annual": "每年",
    "once": "一次性",
    "event": "按事项",
    "continuous": "持续推进",
}


def frequency_label(code: str | None) -> str:
    """The Chinese name of a reporting frequency (报送频次) code; unknown codes show as is."""
    if code is None:
        return ""
    text = _FREQUENCIES.get(code)
    return _tr(text) if text is not None else code


def join_units(names: list[str]) -> str:
    """Unit names joined the way Chinese lists are written: 发改委、市场监管局."""
    return "、".join(names)
