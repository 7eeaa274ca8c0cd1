"""A date box that takes a date typed the way it is written: 2026-4-8, 2026年4月8日, 4.8.

Qt's QDateEdit accepts only its display format, section by section; a clerk copying the date
off an envelope or an e-mail types it whole. The reading is the services' own
(:func:`creditdesk.services.typed_dates.parse_typed_date`), so the box and the file-name
guesser agree on what a date is.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDateEdit, QWidget

from creditdesk.services.typed_dates import parse_typed_date

_DATE_CHARACTERS: Final = re.compile(r"[\d\s年月日号./-]*")


class TypedDateEdit(QDateEdit):
    """A QDateEdit that also reads whole typed dates; a year-less one is the latest such day
    not after :attr:`today` (set it from the workspace's clock)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today: dt.date = dt.date.today()

    def _typed(self, text: str) -> dt.date | None:
        return parse_typed_date(text, self.today)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        """Qt's own reading first; then a whole typed date; digits and 年月日 while typing."""
        state = super().validate(text, pos)
        if state[0] == QValidator.State.Acceptable:
            return state
        day = self._typed(text)
        if day is not None and self.minimumDate() <= QDate(day.year, day.month, day.day) <= (
            self.maximumDate()
        ):
            return (QValidator.State.Acceptable, text, pos)
        if _DATE_CHARACTERS.fullmatch(text):
            return (QValidator.State.Intermediate, text, pos)
        return (QValidator.State.Invalid, text, pos)

    def dateTimeFromText(self, text: str) -> QDateTime:
        """The typed date when the text is one, else Qt's reading of its display format."""
        day = self._typed(text)
        if day is None:
            return super().dateTimeFromText(text)
        return QDateTime(QDate(day.year, day.month, day.day), QTime(0, 0))
