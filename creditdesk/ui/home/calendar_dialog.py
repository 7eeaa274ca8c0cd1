"""工作日历: a year's holidays and make-up working days (调休上班), as the office enters them.

Years the official data knows show its holidays in light colours; the clerk's own entries (in
strong colours) win over it. For a year not announced yet, deadlines are provisional
(Monday–Friday); when the State Council's notice appears, the clerk pastes it and 按通知填入
fills the year. Saving recomputes every due date in a background job, as one undo step.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QDate, QLocale, Qt, QThreadPool
from PySide6.QtGui import QBrush, QColor, QTextCharFormat, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from creditdesk.services.calendar_edit import CalendarYear, load_year
from creditdesk.services.context import ServiceContext
from creditdesk.services.progress import Progress
from creditdesk.services.workdays import OFFICIAL_CALENDAR
from creditdesk.ui.common.formatting import format_date
from creditdesk.ui.common.jobs import Job
from creditdesk.ui.common.messages import error_box
from creditdesk.ui.common.translate import translator
from creditdesk.ui.forms.ui_calendar_dialog import Ui_CalendarDialog

WEEKDAYS = "一二三四五六日"
OFFICE_HOLIDAY = "#ef9a9a"
OFFICE_WORKDAY = "#90caf9"
OFFICIAL_HOLIDAY = "#fde0e0"
OFFICIAL_WORKDAY = "#dcebfa"


_tr = translator("CalendarDialog")


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def official_days(year: int) -> tuple[set[dt.date], set[dt.date]] | None:
    """The official holidays on weekdays and make-up weekend days of a year, if announced."""
    workdays = OFFICIAL_CALENDAR.workdays_in_year(year)
    if workdays is None:
        return None
    holidays, makeup = set(), set()
    day = dt.date(year, 1, 1)
    while day.year == year:
        weekend = day.weekday() >= 5
        if weekend and day in workdays:
            makeup.add(day)
        elif not weekend and day not in workdays:
            holidays.add(day)
        day += dt.timedelta(days=1)
    return holidays, makeup


class SaveCalendarCommand(QUndoCommand):
    """修改工作日历: save a year's entries (recomputing due dates) in a job; undo saves the old.

    Args:
        on_saved: called on the GUI thread after each save finished.
        on_error: shows a failed save.
    """

    def __init__(
        self,
        ctx: ServiceContext,
        entries: CalendarYear,
        previous: CalendarYear,
        *,
        pool: QThreadPool,
        parent: QWidget | None,
        on_saved: Callable[[], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        super().__init__(_tr("修改{year}年工作日历").format(year=entries.year))
        self._ctx = ctx
        self._entries = entries
        self._previous = previous
        self._pool = pool
        self._parent = parent
        self._on_saved = on_saved
        self._on_error = on_error
        self.job: Job[CalendarYear] | None = None

    def redo(self) -> None:
        self._save(self._entries)

    def undo(self) -> None:
        self._save(self._previous)

    def _save(self, entries: CalendarYear) -> None:
        ctx = self._ctx

        def save(progress: Progress) -> CalendarYear:
            from creditdesk.services.calendar_edit import save_year

            return save_year(ctx, entries, progress)

        job: Job[CalendarYear] = Job(
            save, title=_tr("正在重新计算截止日期…"), parent=self._parent, pool=self._pool
        )
        job.succeeded.connect(lambda _previous: self._on_saved())
        job.failed.connect(self._on_error)
        self.job = job
        job.start()


class CalendarDialog(QDialog):
    """Edits one year at a time; 保存 pushes a :class:`SaveCalendarCommand`."""

    def __init__(
        self,
        ctx: ServiceContext,
        parent: QWidget | None = None,
        *,
        undo_stack: QUndoStack,
        pool: QThreadPool,
        on_saved: Callable[[], None] = lambda: None,
        year: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CalendarDialog()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.undo_stack = undo_stack
        self.pool = pool
        self.on_saved = on_saved
        self.command: SaveCalendarCommand | None = None
        self.holidays: set[dt.date] = set()
        self.makeup: set[dt.date] = set()
        self._loaded = CalendarYear(0, frozenset(), frozenset(), False)
        today = ctx.clock.today()
        if year is None:
            year = today.year + 1 if official_days(today.year + 1) is None else today.year
        ui = self.ui
        ui.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        ui.yearSpin.setValue(year)
        ui.yearSpin.valueChanged.connect(self.load)
        ui.holidayButton.clicked.connect(lambda: self._mark(holiday=True))
        ui.makeupButton.clicked.connect(lambda: self._mark(holiday=False))
        ui.clearDayButton.clicked.connect(self._clear_day)
        ui.fillButton.clicked.connect(self.fill_from_notice)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(_tr("保存"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("取消"))
        ui.calendar.setLocale(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        ui.errorLabel.setStyleSheet("QLabel { color: #b00020; }")
        ui.entriesList.itemClicked.connect(self._entry_clicked)
        self.load(year)

    # ------------------------------------------------------------------ year

    def year(self) -> int:
        """The year being edited."""
        return self.ui.yearSpin.value()

    def load(self, year: int) -> None:
        """Show a year's saved entries (edits of another year not saved are dropped)."""
        self._loaded = load_year(self.ctx, year)
        self.holidays = set(self._loaded.holidays)
        self.makeup = set(self._loaded.makeup_workdays)
        self.ui.announcedCheck.setChecked(self._loaded.announced)
        self.ui.calendar.setDateRange(_qdate(dt.date(year, 1, 1)), _qdate(dt.date(year, 12, 31)))
        self.ui.errorLabel.clear()
        self._refresh()

    def status_text(self) -> str:
        """Whether the year is announced, and by whom."""
        year = self.year()
        if official_days(year) is not None:
            return _tr(
                "{year}年：国家节假日安排已收录，截止日期按官方日历计算；本办录入的日期优先。"
            ).format(year=year)
        if self._loaded.announced:
            return _tr("{year}年：已按国务院通知录入（本办），截止日期按此计算。").format(year=year)
        return _tr(
            "{year}年：节假日安排尚未公布，截止日期暂按周一至周五计算（暂定）。通知公布后请粘贴到右侧。"
        ).format(year=year)

    def _refresh(self) -> None:
        ui = self.ui
        ui.statusLabel.setText(self.status_text())
        calendar = ui.calendar
        calendar.setDateTextFormat(QDate(), QTextCharFormat())
        official = official_days(self.year())
        if official is not None:
            for days, colour, tip in (
                (official[0], OFFICIAL_HOLIDAY, _tr("法定节假日")),
                (official[1], OFFICIAL_WORKDAY, _tr("调休上班")),
            ):
                for day in days:
                    calendar.setDateTextFormat(_qdate(day), _format(colour, tip))
        for days, colour, tip in (
            (self.holidays, OFFICE_HOLIDAY, _tr("放假（本办录入）")),
            (self.makeup, OFFICE_WORKDAY, _tr("调休上班（本办录入）")),
        ):
            for day in days:
                calendar.setDateTextFormat(_qdate(day), _format(colour, tip, bold=True))
        ui.entriesList.clear()
        entries = [(d, _tr("放假")) for d in self.holidays] + [
            (d, _tr("调休上班")) for d in self.makeup
        ]
        for day, what in sorted(entries):
            text = _tr("{day}（周{weekday}）{what}").format(
                day=format_date(day), weekday=WEEKDAYS[day.weekday()], what=what
            )
            item = QListWidgetItem(text, ui.entriesList)
            item.setData(Qt.ItemDataRole.UserRole, day.isoformat())

    def _entry_clicked(self, item: QListWidgetItem) -> None:
        day = dt.date.fromisoformat(str(item.data(Qt.ItemDataRole.UserRole)))
        self.ui.calendar.setSelectedDate(_qdate(day))

    # ----------------------------------------------------------------- edits

    def selected_day(self) -> dt.date:
        """The day selected in the month grid."""
        return _pydate(self.ui.calendar.selectedDate())

    def _mark(self, *, holiday: bool) -> None:
        day = self.selected_day()
        self.holidays.discard(day)
        self.makeup.discard(day)
        (self.holidays if holiday else self.makeup).add(day)
        self._refresh()

    def _clear_day(self) -> None:
        day = self.selected_day()
        self.holidays.discard(day)
        self.makeup.discard(day)
        self._refresh()

    def fill_from_notice(self) -> bool:
        """按通知填入: replace the year's entries by the pasted notice; errors quote the line."""
        from creditdesk.parsing.holiday_notice import parse_holiday_notice

        text = self.ui.noticeEdit.toPlainText()
        try:
            notice = parse_holiday_notice(text, self.year())
        except ValueError as error:
            self.ui.errorLabel.setText(_tr("无法读取通知：{error}").format(error=error))
            return False
        self.holidays = set(notice.holidays)
        self.makeup = set(notice.makeup_workdays)
        self.ui.announcedCheck.setChecked(True)
        self.ui.errorLabel.setText(
            _tr("已填入：放假{h}天，调休上班{w}天。请核对后保存。").format(
                h=len(self.holidays), w=len(self.makeup)
            )
        )
        self.ui.errorLabel.setStyleSheet("QLabel { color: #1b5e20; }")
        if self.holidays:
            self.ui.calendar.setSelectedDate(_qdate(min(self.holidays)))
        self._refresh()
        return True

    def entries(self) -> CalendarYear:
        """What 保存 writes."""
        return CalendarYear(
            self.year(),
            frozenset(self.holidays),
            frozenset(self.makeup),
            self.ui.announcedCheck.isChecked(),
        )

    def save(self) -> None:
        """Push the save as one undo step (the due dates are recomputed in a job) and close."""
        entries = self.entries()
        if entries == self._loaded:
            self.accept()
            return
        clash = entries.holidays & entries.makeup_workdays
        if clash:
            day = min(clash)
            self.ui.errorLabel.setText(_tr("{day}不能既放假又上班。").format(day=format_date(day)))
            return
        self.command = SaveCalendarCommand(
            self.ctx,
            entries,
            self._loaded,
            pool=self.pool,
            parent=self.parentWidget(),
            on_saved=self.on_saved,
            on_error=partial(_report, self.parentWidget()),
        )
        self.undo_stack.push(self.command)
        self.accept()


def _report(parent: QWidget | None, error: Exception) -> None:
    """Show a failed save without blocking (the dialog is gone by then)."""
    error_box(parent, _tr("工作日历"), error)


def _format(colour: str, tip: str, *, bold: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(QBrush(QColor(colour)))
    fmt.setToolTip(tip)
    if bold:
        fmt.setFontWeight(700)
    return fmt
