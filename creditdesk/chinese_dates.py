"""How a date is written in Chinese, on screen and in every document: 2024年10月8日.

Arabic numerals, month and day without leading zeros (GB/T 9704's rule for the date under a
signature, and what clerks type). One implementation below every layer, so the window, the
letters, the reports, the spreadsheets and the readers' messages cannot drift apart.
"""

from __future__ import annotations

import datetime as dt


def chinese_date(day: dt.date) -> str:
    """``day`` as the office writes it: 2024年10月8日."""
    return f"{day.year}年{day.month}月{day.day}日"
