"""工作台: what needs chasing today, the quarter at a glance, and what changed since last time.

Two tabs: 概况 (the "since last time" panel, the current quarter's figures, every overdue and
due-soon obligation) and 季度一览 (the quarter matrix, read only when its tab is opened). The
工作日历… button opens the calendar dialog (also :meth:`HomePage.open_calendar` for a menu).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView, QWidget

from creditdesk.services.inbox import InboxFilter
from creditdesk.services.matrix import MatrixCell
from creditdesk.services.periods import Period
from creditdesk.services.progress import Progress
from creditdesk.services.since_last import SinceLastTime
from creditdesk.services.status_types import HomeSummary, ObligationLine
from creditdesk.ui.common.dialogs import open_dialog
from creditdesk.ui.common.formatting import format_date
from creditdesk.ui.common.messages import error_box
from creditdesk.ui.common.page import Page, emphasize_figures, emphasize_heading, show_figures
from creditdesk.ui.common.row_table_model import attach_sorted
from creditdesk.ui.common.signals import Navigation, PageKey
from creditdesk.ui.common.translate import translator
from creditdesk.ui.forms.ui_home_page import Ui_HomePage
from creditdesk.ui.home.first_run_panel import FirstRunPanel
from creditdesk.ui.home.obligation_table_model import ObligationTableModel

if TYPE_CHECKING:  # loaded on first use, after the window's first paint
    from creditdesk.services.first_run import FirstRunSteps
    from creditdesk.services.inbox_lookups import ObligationChoice
    from creditdesk.ui.home.calendar_dialog import CalendarDialog
    from creditdesk.ui.home.quarter_matrix_view import QuarterMatrixView
    from creditdesk.ui.home.since_last_panel import SinceLastPanel
    from creditdesk.ui.inbox.submission_dialog import Prefill, SubmissionDialog

MATRIX_TAB = 1


_tr = translator("HomePage")


@dataclass(frozen=True)
class HomeData:
    """One background read of the home page."""

    summary: HomeSummary
    since_last: SinceLastTime | None
    steps: FirstRunSteps | None = None
    """The first-run checklist; None once it was seen complete (no need to ask again)."""


def cell_filter(unit_id: int, node_id: int, cell: MatrixCell) -> InboxFilter:
    """The inbox filter showing a matrix cell's submissions: its unit, task and periods.

    A cell may hold several periods (the three months of a monthly task): the filter takes the
    shortest period that holds them all.
    """
    periods = sorted({Period.parse(o.period) for o in cell.obligations})
    period: str | None = None
    if len(periods) == 1:
        period = periods[0].code
    elif periods:
        first, last = periods[0], periods[-1]
        for frequency in ("quarterly", "half-yearly", "annual"):
            from creditdesk.services.periods import period_containing

            around = period_containing(first.start, frequency)
            if around.contains(last.end):
                period = around.code
                break
    return InboxFilter(unit_id=unit_id, node_id=node_id, period=period)


class HomePage(Page[HomeData]):
    """The first page: what needs chasing today."""

    def setup(self) -> None:
        self.ui = Ui_HomePage()
        self.ui.setupUi(self)
        emphasize_heading(self.ui.headingLabel)
        emphasize_figures(self.ui)
        self.overdue_model = ObligationTableModel(_tr("逾期工作日"), self)
        self.due_soon_model = ObligationTableModel(_tr("剩余工作日"), self)
        # Most overdue first; nearest deadline first.
        attach_sorted(self.ui.overdueView, self.overdue_model, 4, Qt.SortOrder.DescendingOrder)
        attach_sorted(self.ui.dueSoonView, self.due_soon_model, 4, Qt.SortOrder.AscendingOrder)
        self.ui.listsSplitter.setStretchFactor(0, 3)
        self.ui.listsSplitter.setStretchFactor(1, 2)
        for view in (self.ui.overdueView, self.ui.dueSoonView):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(
                lambda pos, view=view: self._line_menu(view, pos)
            )
            view.doubleClicked.connect(lambda index, view=view: self._line_activated(view, index))
        self.first_run = FirstRunPanel(self.ui.overviewTab)
        self.ui.overviewLayout.insertWidget(0, self.first_run)
        self.first_run.go.connect(self._first_run_step)
        self._set_up = False
        self._since_last: SinceLastPanel | None = None
        self._first_look: SinceLastTime | None = None
        self._matrix: QuarterMatrixView | None = None
        self.dialog: QWidget | None = None
        self.ui.homeTabs.currentChanged.connect(self._tab_changed)
        self.ui.calendarButton.clicked.connect(lambda: self.open_calendar())
        self.signals.plan_imported.connect(self._data_changed)
        self.signals.units_changed.connect(self._data_changed)
        self.signals.submissions_changed.connect(self._data_changed)
        self.signals.notices_changed.connect(self._data_changed)
        self.signals.settings_changed.connect(lambda _settings: self._data_changed())

    # ------------------------------------------------------------------ parts

    @property
    def since_last_panel(self) -> SinceLastPanel:
        """The 自上次打开以来 panel (made on first use: the window paints before it)."""
        if self._since_last is None:
            from creditdesk.ui.home.since_last_panel import SinceLastPanel

            panel = SinceLastPanel(self.ctx, self.ui.overviewTab)
            self.ui.overviewLayout.insertWidget(1, panel)  # under the first-run checklist
            panel.lines_requested.connect(self.select_new_lines)
            self._since_last = panel
        return self._since_last

    @property
    def matrix_view(self) -> QuarterMatrixView:
        """The 季度一览 tab's matrix (made when the tab is first opened)."""
        if self._matrix is None:
            from creditdesk.ui.home.quarter_matrix_view import QuarterMatrixView

            view = QuarterMatrixView(self.ctx, self.pool, self.ui.matrixTab)
            self.ui.matrixTabLayout.addWidget(view)
            view.cell_clicked.connect(self.open_cell)
            view.extension_requested.connect(self.extend_obligations)
            self._matrix = view
        return self._matrix

    def show_matrix(self) -> QuarterMatrixView:
        """Switch to the 季度一览 tab."""
        view = self.matrix_view
        self.ui.homeTabs.setCurrentIndex(MATRIX_TAB)
        return view

    def _tab_changed(self, index: int) -> None:
        if index == MATRIX_TAB:
            self.matrix_view.show()

    def _data_changed(self) -> None:
        self.mark_stale()
        if self._matrix is not None:
            self._matrix.mark_stale()

    # ---------------------------------------------------------------- loading

    def fetch(self) -> Callable[[Progress], HomeData]:
        ctx = self.ctx
        with_since_last = self._since_last is None or not self._since_last.isHidden()
        with_steps = not self._set_up
        first_look = self._first_look

        def summary(_progress: Progress) -> HomeData:
            # imported here: the window paints before the database models load
            from creditdesk.services.first_run import first_run_steps
            from creditdesk.services.overview import home_summary
            from creditdesk.services.since_last import changes_since, since_last_time

            changes = None
            if with_since_last:
                now = ctx.clock.now()
                # later loads of this session keep the first one's start, although seeing
                # the panel has moved the stored one on
                changes = (
                    since_last_time(ctx, now)
                    if first_look is None
                    else changes_since(ctx, now, first_look.last_seen, first_look.postponed_until)
                )
            steps = first_run_steps(ctx) if with_steps else None
            return HomeData(home_summary(ctx, ctx.clock.today()), changes, steps)

        return summary

    def present(self, data: HomeData) -> None:
        summary = data.summary
        today = self.ctx.clock.today()
        self.ui.headingLabel.setText(
            _tr("{period}　截至{day}").format(period=summary.period_label, day=format_date(today))
        )
        show_figures(self.ui, summary.figures)
        self.overdue_model.set_rows(summary.overdue)
        self.due_soon_model.set_rows(summary.due_soon)
        # home_summary lists overdue items of every period, not only this quarter's
        self.ui.overdueBox.setTitle(
            _tr("逾期未报（全部期间，{n}项）").format(n=len(summary.overdue))
        )
        self.ui.dueSoonBox.setTitle(_tr("即将到期（{n}项）").format(n=len(summary.due_soon)))
        for view in (self.ui.overdueView, self.ui.dueSoonView):
            view.resizeColumnsToContents()
            view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        if data.since_last is not None:
            if self._first_look is None:
                self._first_look = data.since_last
            self.since_last_panel.show_changes(data.since_last)
        if data.steps is not None:
            self.first_run.show_steps(data.steps)
            self._set_up = data.steps.all_done
        changes = data.since_last
        self.overdue_model.mark_new(changes.became_overdue if changes else [])
        self.due_soon_model.mark_new(changes.became_due_soon if changes else [])

    def _first_run_step(self, step: str) -> None:
        """A checklist button: open 设置, or the page where the step is done."""
        if step == "settings":
            self.signals.settings_requested.emit()
            return
        page = {
            "units": PageKey.ROSTER,
            "plan": PageKey.TASKS,
            "submissions": PageKey.INBOX,
            "notices": PageKey.NOTICES,
        }[step]
        self.signals.navigate.emit(Navigation(page))

    def select_new_lines(self, kind: str) -> None:
        """Select the bold (new since last time) rows of the overdue or due-soon list."""
        from creditdesk.ui.home.since_last_panel import OVERDUE_LIST

        view = self.ui.overdueView if kind == OVERDUE_LIST else self.ui.dueSoonView
        model = self.overdue_model if kind == OVERDUE_LIST else self.due_soon_model
        proxy = view.model()
        assert isinstance(proxy, QSortFilterProxyModel)
        selection = view.selectionModel()
        selection.clearSelection()
        first = True
        for row in range(model.rowCount()):
            if not model.is_new(row):
                continue
            index = proxy.mapFromSource(model.index(row, 0))
            flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
            if first:
                view.scrollTo(index)
                flags |= selection.SelectionFlag.Current
                first = False
            selection.select(index, flags)
        view.setFocus()

    # ------------------------------------------------------------ home lists

    def _line_at(self, view: QTableView, index: QModelIndex) -> ObligationLine | None:
        if not index.isValid():
            return None
        model = self.overdue_model if view is self.ui.overdueView else self.due_soon_model
        proxy = view.model()
        source = proxy.mapToSource(index)  # type: ignore[attr-defined]
        line: ObligationLine = model.row_at(source.row())
        return line

    def _line_activated(self, view: QTableView, index: QModelIndex) -> None:
        line = self._line_at(view, index)
        if line is not None:
            self.log_for_line(line)

    def _line_menu(self, view: QTableView, pos: QPoint) -> None:
        line = self._line_at(view, view.indexAt(pos))
        if line is None:
            return
        menu = QMenu(self)
        menu.addAction(_tr("登记收件…"), lambda: self.log_for_line(line))
        menu.addAction(_tr("延期…"), lambda: self.extend_line(line))
        menu.popup(view.viewport().mapToGlobal(pos))

    # ---------------------------------------------------------------- actions

    def report_error(self, error: Exception) -> None:
        """Tell the clerk a service refused an action, without blocking."""
        error_box(self, _tr("工作台"), error)

    def _submissions_changed(self) -> None:
        self.signals.submissions_changed.emit()

    def open_log_dialog(self, prefill: Prefill | None = None) -> SubmissionDialog:
        """登记报送材料, prefilled; 保存 logs it as one undo step."""
        from creditdesk.ui.inbox.log_job import log_in_background
        from creditdesk.ui.inbox.submission_dialog import SubmissionDialog

        dialog = SubmissionDialog(self.ctx, self, prefill=prefill)
        dialog.setModal(True)

        def log() -> None:
            log_in_background(
                self.ctx,
                [dialog.draft()],
                undo_stack=self.undo_stack,
                on_done=self._submissions_changed,
                on_error=self.report_error,
                parent=self,
                pool=self.pool,
            )

        self.dialog = dialog
        open_dialog(dialog, log)
        return dialog

    def _choice_of_line(self, line: ObligationLine) -> ObligationChoice | None:
        from creditdesk.services.inbox_lookups import obligation_of_line

        choice = obligation_of_line(self.ctx, line)
        if choice is None:
            self.report_error(LookupError(_tr("该应报事项已不存在，请刷新后重试。")))
        return choice

    def log_for_line(self, line: ObligationLine) -> SubmissionDialog | None:
        """登记收件 for an overdue or due-soon line: the dialog opens on that obligation."""
        from creditdesk.ui.inbox.submission_dialog import Prefill

        choice = self._choice_of_line(line)
        if choice is None:
            return None
        return self.open_log_dialog(
            Prefill(choice.unit_id, choice.node_id, choice.period, choice.obligation_id)
        )

    def open_cell(self, unit_id: int, node_id: int, cell: MatrixCell) -> None:
        """A matrix cell: its submissions in the inbox, or the log dialog when there are none."""
        from creditdesk.services.inbox import count_submissions
        from creditdesk.ui.inbox.submission_dialog import Prefill

        filters = cell_filter(unit_id, node_id, cell)
        if count_submissions(self.ctx, filters) > 0:
            self.open_submissions(filters)
            return
        owed = [o for o in cell.obligations if o.received_on is None] or list(cell.obligations)
        first = min(owed, key=lambda o: o.due_date)
        self.open_log_dialog(Prefill(unit_id, node_id, first.period, first.obligation_id))

    def open_submissions(self, filters: InboxFilter) -> None:
        """Ask for the inbox, filtered (the main window switches to it)."""
        self.signals.navigate.emit(Navigation(PageKey.INBOX, filters))

    def extend_line(self, line: ObligationLine) -> None:
        """延期… for a home-page or since-last line."""
        choice = self._choice_of_line(line)
        if choice is not None:
            self.open_extension_dialog([choice], line.unit)

    def extend_obligations(self, obligation_ids: list[int]) -> None:
        """延期… for a matrix cell's obligations."""
        from creditdesk.services.inbox_lookups import obligations_by_id

        choices = obligations_by_id(self.ctx, obligation_ids)
        if choices:
            unit = ""
            if self._matrix is not None and self._matrix.model.matrix is not None:
                names = {u.unit_id: u.name for u in self._matrix.model.matrix.units}
                unit = names.get(choices[0].unit_id, "")
            self.open_extension_dialog(choices, unit)

    def open_extension_dialog(self, choices: list[ObligationChoice], unit: str = "") -> QWidget:
        """The 延期 dialog; OK grants the extension as one undo step."""
        from creditdesk.ui.inbox.extension_dialog import ExtensionDialog
        from creditdesk.ui.inbox.inbox_commands import GrantExtensionCommand

        dialog = ExtensionDialog(choices, unit, self, today=self.ctx.clock.today())
        dialog.setModal(True)

        def grant() -> None:
            self.undo_stack.push(
                GrantExtensionCommand(
                    self.ctx,
                    dialog.choice().obligation_id,
                    dialog.new_due(),
                    dialog.reason(),
                    on_done=self._submissions_changed,
                    on_error=self.report_error,
                )
            )

        self.dialog = dialog
        open_dialog(dialog, grant)
        return dialog

    def open_calendar(self) -> CalendarDialog:
        """工作日历…: holidays and make-up working days of a year (文件 menu entry calls this)."""
        from creditdesk.ui.home.calendar_dialog import CalendarDialog

        dialog = CalendarDialog(
            self.ctx,
            self,
            undo_stack=self.undo_stack,
            pool=self.pool,
            on_saved=self._calendar_saved,
        )
        self.dialog = dialog
        open_dialog(dialog)
        return dialog

    def _calendar_saved(self) -> None:
        # due dates were recomputed: every page showing obligations must read again
        self.signals.plan_imported.emit()
