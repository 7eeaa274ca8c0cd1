"""Refill a filter or choice combo from fresh data, keeping what the clerk had chosen."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox


def refill_keeping_choice(
    combo: QComboBox, entries: Iterable[tuple[str, object]], *, first: str | None = None
) -> None:
    """Replace the combo's entries with ``entries`` (text, data), after ``first`` (data None).

    The entry chosen before stays chosen when its data is still offered, else the first entry
    is; no change signal goes out, since the clerk changed nothing (the caller decides whether
    the list shown needs filtering again).
    """
    wanted = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if first is not None:
        combo.addItem(first, None)
    for text, data in entries:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(combo.findData(wanted), 0))
    combo.blockSignals(False)
