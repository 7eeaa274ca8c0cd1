"""The reporting periods (报送期) the period choosers offer, newest first, and their combos."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox

from creditdesk.services.periods import Period, periods_in_year

ALL_KINDS = ("annual", "half-yearly", "quarterly", "monthly")


def recent_periods(
    today: dt.date,
    frequencies: tuple[str, ...] = ALL_KINDS,
    *,
    years_back: int = 4,
    years_ahead: int = 0,
) -> list[Period]:
    """Periods of the given frequencies from ``years_back`` years ago to ``years_ahead`` on.

    Newest first; a longer period comes before the shorter ones it contains.
    """
    periods: list[Period] = []
    for year in range(today.year - years_back, today.year + years_ahead + 1):
        for frequency in frequencies:
            periods.extend(periods_in_year(year, frequency))
    periods.sort(key=lambda p: (-p.end.toordinal(), -(p.end - p.start).days))
    return periods


def fill_period_combo(combo: QComboBox, periods: list[Period], first: str | None = None) -> None:
    """Put periods in a combo (label shown, code as data), after an optional first entry."""
    combo.clear()
    if first is not None:
        combo.addItem(first, None)
    for period in periods:
        combo.addItem(period.label, period.code)


def select_period(combo: QComboBox, code: str) -> None:
    """Select a period by code, adding it (in order) when the combo does not list it."""
    found = combo.findData(code)
    if found < 0:
        period = Period.parse(code)
        found = combo.count()
        for i in range(combo.count()):
            other = combo.itemData(i)
            if other is not None and Period.parse(other).end < period.end:
                found = i
                break
        combo.insertItem(found, period.label, period.code)
    combo.setCurrentIndex(found)
