"""报表: preview a period's summary (季度通报) — figures, tables, charts — and export it.

The page builds the report with :func:`~creditdesk.services.report.build_report` as its
background load, so the figures always come from the status service; the charts are drawn
in a second quiet job when the 图表 tab is shown (matplotlib is slow to import and draw, and
the window never loads it for a clerk who does not look at a chart); 导出… writes exactly
the report on screen, with the notes and issue number the clerk typed, through
:func:`~creditdesk.services.report.write_report` in a cancellable job.

Default period: during the first month of a period the one just ended (that is when its
summary is written: in October the third quarter, in January the past year, and for months
always the previous month), otherwise the one under way (a progress view mid-quarter).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QStandardPaths, Qt, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QTableView

from creditdesk.output.report_data import QuarterlyReport, percent
from creditdesk.services.periods import Period, PeriodKind, period_containing
from creditdesk.services.progress import Progress
from creditdesk.services.report import build_report, write_report
from creditdesk.ui.common.file_dialogs import DesktopFiles, FileChooser, Opener, open_on_desktop
from creditdesk.ui.common.formatting import format_date
from creditdesk.ui.common.jobs import Job, run_job
from creditdesk.ui.common.messages import error_box, error_text, tell
from creditdesk.ui.common.page import Page, emphasize_figures
from creditdesk.ui.common.row_table_model import attach_sorted
from creditdesk.ui.common.translate import translator
from creditdesk.ui.forms.ui_reports_page import Ui_ReportsPage
from creditdesk.ui.reports.chart_view import SCREEN_DPI
from creditdesk.ui.reports.report_table_models import (
    MissingItemsModel,
    TaskFiguresModel,
    UnitRankingModel,
)

if TYPE_CHECKING:
    from creditdesk.output.report_charts import ReportCharts

KINDS: tuple[tuple[PeriodKind, str], ...] = (
    ("quarter", "季度"),
    ("month", "月"),
    ("half", "半年"),
    ("year", "全年"),
)
"""The report kinds the page offers, with their Chinese names (translated when shown)."""

SHOWN: dict[PeriodKind, int] = {"quarter": 8, "month": 24, "half": 6, "year": 5}
"""How many periods of each kind the chooser lists: two years back, five for years."""

_FREQUENCY: dict[PeriodKind, str] = {
    "month": "monthly",
    "quarter": "quarterly",
    "half": "half-yearly",
    "year": "annual",
}

PREVIEW_SCALE = 1.5
"""The preview charts are drawn at 1.5× the screen's pixels and scaled down, so they stay
sharp in a column wider than the printed chart."""

QUARTERS_SHOWN = SHOWN["quarter"]

_MATPLOTLIB = threading.Lock()
"""matplotlib keeps global state: one chart drawing (preview or export) at a time."""


_tr = translator("ReportsPage")


def recent_periods(current: Period, count: int) -> list[Period]:
    """``current`` and the ``count - 1`` periods of its kind before it, newest first."""
    periods = [current]
    while len(periods) < count:
        periods.append(periods[-1].previous())
    return periods


def recent_quarters(current: Period, count: int = QUARTERS_SHOWN) -> list[Period]:
    """``current`` and the ``count - 1`` quarters before it, newest first."""
    return recent_periods(current, count)


def default_period(today: dt.date, kind: PeriodKind) -> Period:
    """The period whose summary is most likely wanted on ``today`` (see the module doc)."""
    current = period_containing(today, _FREQUENCY[kind])
    return current.previous() if today.month == current.first_month else current


def documents_folder() -> Path:
    """The user's Documents folder (文档), or the home folder when there is none."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def suggested_file_name(report: QuarterlyReport) -> str:
    """青禾县2025年第3季度社会信用体系建设工作进展情况通报.pdf (no characters Windows refuses)."""
    from creditdesk.services.file_names import safe_file_name

    return safe_file_name(report.title, fallback="季度通报", suffix=".pdf", is_path=False)


@dataclass(frozen=True)
class PreviewCharts:
    """The charts of one report, as drawn for the preview at ``dpi``."""

    report: QuarterlyReport
    dpi: int
    charts: ReportCharts


@dataclass(frozen=True)
class ExportedFiles:
    """What an export wrote."""

    pdf: Path
    xlsx: Path | None


def draw_preview_charts(report: QuarterlyReport, dpi: int) -> PreviewCharts:
    """The three charts of ``report`` (worker thread; matplotlib is imported here)."""
    from creditdesk.output.report_charts import render_charts

    with _MATPLOTLIB:
        return PreviewCharts(report, dpi, render_charts(report, dpi))


def export_files(
    report: QuarterlyReport, pdf: Path, xlsx: Path | None, progress: Progress
) -> ExportedFiles:
    """Write ``report`` as PDF (and .xlsx) (worker thread); nothing is left when cancelled."""
    with _MATPLOTLIB:
        write_report(report, pdf, xlsx, progress)
    return ExportedFiles(pdf, xlsx)


class ReportsPage(Page[QuarterlyReport]):
    """Choose a period, see its summary as it will print, type the notes, export.

    Attributes:
        files: the file dialogs (tests hand in a fake).
        open_file: opens a file or folder on the desktop (tests record instead).
        documents_dir: where the export dialog proposes to save.
        report: the report on screen, or None before the first load.
    """

    def setup(self) -> None:
        self.ui = Ui_ReportsPage()
        self.ui.setupUi(self)
        self.files: FileChooser = DesktopFiles()
        self.open_file: Opener = open_on_desktop
        self.documents_dir: Callable[[], Path] = documents_folder
        self.report: QuarterlyReport | None = None
        self.charts_job: Job[PreviewCharts] | None = None
        self.export_job: Job[ExportedFiles] | None = None
        self.export_box: QMessageBox | None = None
        self.preview_dialog: QDialog | None = None
        self._charts_of: QuarterlyReport | None = None
        self._as_of_follows_today = True
        self._build_views()
        self._fill_kinds()
        self._fill_periods(default_period(self.ctx.clock.today(), self.selected_kind()))
        self._follow_today()
        ui = self.ui
        ui.kindCombo.currentIndexChanged.connect(self._kind_chosen)
        ui.periodCombo.currentIndexChanged.connect(self.reload)
        ui.asOfEdit.dateChanged.connect(self._as_of_chosen)
        ui.numberEdit.textChanged.connect(self._show_number)
        ui.exportButton.clicked.connect(self.export)
        ui.reportTabs.currentChanged.connect(self._tab_changed)
        ui.exportButton.setEnabled(False)
        self.signals.plan_imported.connect(self.mark_stale)
        self.signals.units_changed.connect(self.mark_stale)
        self.signals.submissions_changed.connect(self.mark_stale)
        self.signals.settings_changed.connect(self._settings_changed)

    def _build_views(self) -> None:
        ui = self.ui
        emphasize_figures(ui)
        for label in (ui.onTimeRateValue, ui.receivedRateValue):
            font = QFont(ui.dueValue.font())
            label.setFont(font)
        title_font = QFont(ui.titleLabel.font())
        title_font.setBold(True)
        if title_font.pointSizeF() > 0:
            title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        ui.titleLabel.setFont(title_font)
        self.model = UnitRankingModel(self)
        self.tasks_model = TaskFiguresModel(self)
        self.missing_model = MissingItemsModel(self)
        attach_sorted(ui.unitsView, self.model)
        attach_sorted(ui.tasksView, self.tasks_model)
        ui.missingView.setModel(self.missing_model)
        ui.splitter.setStretchFactor(0, 1)
        ui.splitter.setStretchFactor(1, 0)
        ui.splitter.setSizes([10000, 64])
        for chart in (ui.unitsChart, ui.statusChart, ui.trendChart):
            chart.clear()

    # ----------------------------------------------------------------- choices

    def _fill_kinds(self) -> None:
        for kind, name in KINDS:
            self.ui.kindCombo.addItem(_tr(name), kind)

    def selected_kind(self) -> PeriodKind:
        """The report kind chosen: quarter, month, half or year."""
        kind: PeriodKind = self.ui.kindCombo.currentData()
        return kind

    def _fill_periods(self, chosen: Period | None = None) -> None:
        """List the recent periods of the chosen kind, keeping ``chosen`` (or the current)."""
        combo = self.ui.periodCombo
        kind = self.selected_kind()
        keep = chosen.code if chosen is not None else combo.currentData()
        today = self.ctx.clock.today()
        periods = recent_periods(period_containing(today, _FREQUENCY[kind]), SHOWN[kind])
        combo.blockSignals(True)
        combo.clear()
        for period in periods:
            combo.addItem(period.label, period.code)
        found = combo.findData(keep)
        if found < 0:
            found = combo.findData(default_period(today, kind).code)
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    def selected_period(self) -> Period:
        """The period chosen in the period box."""
        return Period.parse(self.ui.periodCombo.currentData())

    def as_of(self) -> dt.date:
        """The day the figures are counted at (统计截至), also the report's printed date."""
        day = self.ui.asOfEdit.date()
        return dt.date(day.year(), day.month(), day.day())

    def _follow_today(self) -> None:
        """The as-of date stays today (and never later) until the clerk picks another day."""
        edit = self.ui.asOfEdit
        today = QDate(self.ctx.clock.today())
        edit.blockSignals(True)
        edit.setMaximumDate(today)
        if self._as_of_follows_today:
            edit.setDate(today)
        edit.blockSignals(False)

    @Slot()
    def _kind_chosen(self) -> None:
        self._fill_periods(default_period(self.ctx.clock.today(), self.selected_kind()))
        self.reload()

    @Slot()
    def _as_of_chosen(self) -> None:
        self._as_of_follows_today = self.as_of() == self.ctx.clock.today()
        self.reload()

    @Slot(object)
    def _settings_changed(self, _settings: object) -> None:
        self.mark_stale()  # the place name is in the title

    # ------------------------------------------------------------------ loading

    def fetch(self) -> Callable[[Progress], QuarterlyReport]:
        self._fill_periods()  # the quarter may have turned since the page was built
        self._follow_today()
        self.ui.exportButton.setEnabled(False)
        ctx, period, as_of = self.ctx, self.selected_period(), self.as_of()
        return lambda _progress: build_report(ctx, period, as_of)

    def present(self, report: QuarterlyReport) -> None:
        self.report = report
        ui = self.ui
        ui.titleLabel.setText(report.title)
        ui.numberEdit.setPlaceholderText(report.number)
        self._show_number()
        ui.asOfLabel.setText(_tr("截至{day}").format(day=format_date(report.as_of)))
        t = report.totals
        values = (t.due, t.received_on_time, t.received_late, t.overdue, t.not_yet_due)
        for label, value in zip(
            (ui.dueValue, ui.onTimeValue, ui.lateValue, ui.overdueValue, ui.notYetDueValue),
            values,
            strict=True,
        ):
            label.setText(str(value))
        ui.onTimeRateValue.setText(percent(t.on_time_rate))
        ui.receivedRateValue.setText(percent(t.received_rate))
        ui.summaryLabel.setText(f"{report.headline()}\n{report.ranking_text()}")
        self.model.set_rows(report.units)
        self.tasks_model.set_tasks(report.tasks)
        self.missing_model.set_groups(report.missing)
        self._fit_columns()
        tabs = ui.reportTabs
        tabs.setTabText(0, _tr("单位排名（{n}）").format(n=len(report.units)))
        tabs.setTabText(1, _tr("任务情况（{n}）").format(n=len(report.tasks)))
        tabs.setTabText(2, _tr("未报事项（{n}）").format(n=report.missing_count))
        ui.exportButton.setEnabled(self.export_job is None)
        for chart in (ui.unitsChart, ui.statusChart, ui.trendChart):
            chart.clear(_tr("正在绘制图表…"))  # the old period's charts are gone
        if self.charts_shown():
            self.draw_charts()

    def _fit_columns(self) -> None:
        ui = self.ui
        views: tuple[tuple[QTableView, int], ...] = ((ui.unitsView, 1), (ui.tasksView, 1))
        for view, stretch in views:
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        ui.missingView.expandAll()
        header = ui.missingView.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _show_number(self) -> None:
        number = self.export_number()
        self.ui.numberShownLabel.setText(
            _tr("（{number}）").format(number=number) if number else ""
        )

    def export_number(self) -> str:
        """The issue number to print: what the clerk typed, else the report's default."""
        typed = self.ui.numberEdit.text().strip()
        return typed or (self.report.number if self.report is not None else "")

    # ------------------------------------------------------------------ charts

    def chart_dpi(self) -> int:
        """Enough pixels for the screen the page is on, a little over."""
        return round(SCREEN_DPI * self.devicePixelRatioF() * PREVIEW_SCALE)

    def charts_shown(self) -> bool:
        """Whether the 图表 tab is the one on screen."""
        return self.ui.reportTabs.currentWidget() is self.ui.chartsTab

    @Slot()
    def _tab_changed(self) -> None:
        if self.charts_shown():
            self.draw_charts()

    def draw_charts(self) -> None:
        """Draw the charts of the report on screen in the background, one drawing at a time.

        Called when the 图表 tab is shown (and for each new report while it is), so matplotlib
        is loaded only once the clerk looks at a chart.
        """
        if self.report is None or self._charts_of is self.report:
            return  # drawn, or being drawn
        if self.charts_job is not None:
            return  # the running drawing is for an older report; _charts_finished follows up
        report, dpi = self.report, self.chart_dpi()
        self._charts_of = report
        job: Job[PreviewCharts] = Job(
            lambda _progress: draw_preview_charts(report, dpi),
            title=_tr("绘制图表"),
            parent=self,
            pool=self.pool,
            show_after_ms=None,
        )
        job.succeeded.connect(self._charts_drawn)
        job.failed.connect(self._charts_failed)
        job.finished.connect(self._charts_finished)
        self.charts_job = job
        job.start()

    @Slot(object)
    def _charts_drawn(self, drawn: PreviewCharts) -> None:
        if drawn.report is not self.report:
            return  # the period changed meanwhile; the newer drawing follows
        ui = self.ui
        ui.unitsChart.set_png(drawn.charts.units, drawn.dpi)
        ui.statusChart.set_png(drawn.charts.status, drawn.dpi)
        ui.trendChart.set_png(drawn.charts.trend, drawn.dpi)

    @Slot(object)
    def _charts_failed(self, error: Exception) -> None:
        self._charts_of = None  # tried again when the tab is next shown
        text = _tr("图表绘制失败：{error}").format(error=error_text(error))
        for chart in (self.ui.unitsChart, self.ui.statusChart, self.ui.trendChart):
            chart.clear(text)

    @Slot()
    def _charts_finished(self) -> None:
        self.charts_job = None
        if self.charts_shown():
            self.draw_charts()  # a newer report arrived while this one was drawn

    def charts_ready(self) -> bool:
        """Whether the charts of the report on screen are drawn and shown."""
        return (
            self.charts_job is None
            and self.report is not None
            and self._charts_of is self.report
            and not self.ui.unitsChart.pixmap().isNull()
        )

    # ------------------------------------------------------------------ export

    def report_to_export(self) -> QuarterlyReport | None:
        """The report on screen with the clerk's notes and issue number, or None."""
        if self.report is None:
            return None
        return dataclasses.replace(
            self.report,
            notes=self.ui.notesEdit.toPlainText().strip(),
            number=self.export_number(),
        )

    @Slot()
    def export(self) -> None:
        """导出…: choose where, then write the previewed report as PDF (and .xlsx)."""
        report = self.report_to_export()
        if report is None or self.is_loading() or self.export_job is not None:
            return
        path = self.files.save_file(
            self,
            _tr("导出通报"),
            str(self.documents_dir() / suggested_file_name(report)),
            _tr("PDF 文件 (*.pdf)"),
        )
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        xlsx = path.with_suffix(".xlsx") if self.ui.xlsxCheck.isChecked() else None
        self.ui.exportButton.setEnabled(False)
        self.export_job = run_job(
            lambda progress: export_files(report, path, xlsx, progress),
            title=_tr("正在导出通报…"),
            on_success=self._exported,
            on_error=self._export_failed,
            parent=self,
            pool=self.pool,
        )
        self.export_job.finished.connect(self._export_finished)

    @Slot()
    def _export_finished(self) -> None:
        self.export_job = None
        self.ui.exportButton.setEnabled(self.report is not None and not self.is_loading())

    @Slot(object)
    def _export_failed(self, error: Exception) -> None:
        self.export_box = error_box(self, _tr("导出通报"), error)

    @Slot(object)
    def _exported(self, files: ExportedFiles) -> None:
        if files.xlsx is not None:
            text = _tr("通报已导出：\n{pdf}\n{xlsx}").format(
                pdf=files.pdf.name, xlsx=files.xlsx.name
            )
        else:
            text = _tr("通报已导出：\n{pdf}").format(pdf=files.pdf.name)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            _tr("导出通报"),
            text,
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setInformativeText(_tr("保存位置：{folder}").format(folder=files.pdf.parent))
        open_pdf = box.addButton(_tr("打开"), QMessageBox.ButtonRole.AcceptRole)
        preview = box.addButton(_tr("预览/打印"), QMessageBox.ButtonRole.ActionRole)
        open_folder = box.addButton(_tr("打开所在文件夹"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(_tr("关闭"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(open_pdf)

        def answered() -> None:
            clicked = box.clickedButton()
            if clicked is preview:
                self.show_pdf(files.pdf)
                return
            target = (
                files.pdf
                if clicked is open_pdf
                else files.pdf.parent
                if clicked is open_folder
                else None
            )
            if target is not None and not self.open_file(target):
                self.export_box = tell(
                    self,
                    _tr("导出通报"),
                    _tr("无法打开“{name}”，请在文件夹中手动打开：{folder}").format(
                        name=target.name, folder=files.pdf.parent
                    ),
                    warning=True,
                )

        box.finished.connect(answered)
        box.finished.connect(box.deleteLater)
        self.export_box = box
        box.open()

    def show_pdf(self, path: Path) -> None:
        """The exported PDF in the program's own viewer, with 打印… (pypdfium2 loads here)."""
        from creditdesk.ui.common.pdf_view import PdfPreviewDialog

        try:
            data = path.read_bytes()
        except OSError as error:
            self.export_box = tell(
                self,
                _tr("导出通报"),
                _tr("无法读取 {path}：{error}").format(path=path, error=error.strerror),
                warning=True,
            )
            return
        dialog = PdfPreviewDialog(data, path.stem, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview_dialog = dialog
        dialog.show()
