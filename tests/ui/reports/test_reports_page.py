"""The 报表 page on the demo office: the previewed summary, its charts, and the export."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from helpers.fakes import FakeFiles
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from creditdesk.output.report_data import percent
from creditdesk.services.periods import Period
from creditdesk.services.status import PeriodStatus, period_status
from creditdesk.services.workspace import Workspace
from creditdesk.ui.common.page import Page
from creditdesk.ui.common.pdf_view import PdfPreviewDialog
from creditdesk.ui.reports.reports_page import ReportsPage, default_period
from creditdesk.ui.shell.main_window import MainWindow

DEMO_DAY = dt.date(2025, 11, 12)  # the clock of tests/ui/conftest.py
REPORTS_ROW = 5

ShowPage = Callable[[MainWindow, int], Page[Any]]
TypeText = Callable[[Any, str], None]


@pytest.fixture
def reports(demo_window: MainWindow, show_page: ShowPage) -> ReportsPage:
    page = show_page(demo_window, REPORTS_ROW)
    assert isinstance(page, ReportsPage)
    return page


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder to export into (tmp_path also holds the demo workspace)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def opened(reports: ReportsPage) -> list[Path]:
    """What the page asked the desktop to open (nothing starts for real)."""
    paths: list[Path] = []

    def record(path: Path) -> bool:
        paths.append(path)
        return True

    reports.open_file = record
    return paths


def _choose_period(qtbot: QtBot, page: ReportsPage, code: str) -> None:
    index = page.ui.periodCombo.findData(code)
    assert index >= 0, code
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.ui.periodCombo.setCurrentIndex(index)


def _shown_figures(page: ReportsPage) -> list[str]:
    ui = page.ui
    labels = (ui.dueValue, ui.onTimeValue, ui.lateValue, ui.overdueValue, ui.notYetDueValue)
    return [label.text() for label in labels] + [
        ui.onTimeRateValue.text(),
        ui.receivedRateValue.text(),
    ]


def _expected_figures(status: PeriodStatus) -> list[str]:
    t = status.totals
    assessed = t.due - t.not_yet_due
    on_time = t.received_on_time / assessed if assessed else None
    received = t.received / assessed if assessed else None
    counts = [t.due, t.received_on_time, t.received_late, t.overdue, t.not_yet_due]
    return [str(n) for n in counts] + [percent(on_time), percent(received)]


def _unit_rows(page: ReportsPage) -> dict[str, list[int]]:
    """The ranking table as the clerk reads it: unit → its five counts."""
    view = page.ui.unitsView
    model = view.model()
    rows = {}
    for row in range(model.rowCount()):
        texts = [model.index(row, column).data() for column in range(model.columnCount())]
        rows[texts[1]] = [int(text) for text in texts[2:7]]
    return rows


def _status_rows(status: PeriodStatus) -> dict[str, list[int]]:
    return {
        unit.unit: [
            unit.counts.due,
            unit.counts.received_on_time,
            unit.counts.received_late,
            unit.counts.overdue,
            unit.counts.not_yet_due,
        ]
        for unit in status.units
    }


def _column(page: ReportsPage, column: int) -> list[str]:
    model = page.ui.unitsView.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _button(box: QMessageBox, text: str) -> QPushButton:
    found = [b for b in box.buttons() if b.text() == text]
    assert len(found) == 1, [b.text() for b in box.buttons()]
    button = found[0]
    assert isinstance(button, QPushButton)
    return button


def _pdf_text(path: Path) -> str:
    reader = PdfReader(path)
    return "".join("".join(page.extract_text().split()) for page in reader.pages)


def test_default_period_is_the_running_quarter_mid_quarter_and_the_last_in_its_first_month() -> (
    None
):
    assert default_period(dt.date(2025, 11, 12), "quarter") == Period.parse("2025Q4")
    assert default_period(dt.date(2025, 10, 9), "quarter") == Period.parse("2025Q3")
    assert default_period(dt.date(2025, 11, 12), "month") == Period.parse("2025-10")
    assert default_period(dt.date(2026, 1, 5), "year") == Period.parse("2025")
    assert default_period(dt.date(2025, 7, 20), "half") == Period.parse("2025H1")
    assert default_period(dt.date(2025, 9, 1), "half") == Period.parse("2025H2")


def test_page_on_the_demo_shows_the_figures_and_units_of_period_status(
    reports: ReportsPage, demo_workspace: Workspace
) -> None:
    period = reports.selected_period()
    assert period == Period.parse("2025Q4")
    status = period_status(demo_workspace.context, period, DEMO_DAY)
    assert status.totals.due > 0
    assert _shown_figures(reports) == _expected_figures(status)
    assert _unit_rows(reports) == _status_rows(status)
    assert reports.ui.asOfLabel.text() == "截至2025年11月12日"
    assert reports.ui.titleLabel.text() == "青禾县2025年第4季度社会信用体系建设工作进展情况通报"
    assert reports.ui.numberShownLabel.text() == "（2025年第4期）"
    assert reports.ui.asOfEdit.date().toString("yyyy-MM-dd") == "2025-11-12"


def test_switching_to_another_quarter_updates_the_figures_tables_and_sentences(
    qtbot: QtBot, reports: ReportsPage, demo_workspace: Workspace
) -> None:
    before = _shown_figures(reports)
    _choose_period(qtbot, reports, "2025Q3")
    status = period_status(demo_workspace.context, Period.parse("2025Q3"), DEMO_DAY)
    assert _shown_figures(reports) == _expected_figures(status) != before
    assert _unit_rows(reports) == _status_rows(status)
    report = reports.report
    assert report is not None and report.period_code == "2025Q3"
    assert reports.tasks_model.rowCount() == len(report.tasks) > 0
    assert reports.missing_model.item_count() == status.totals.overdue
    assert reports.ui.reportTabs.tabText(2) == f"未报事项（{status.totals.overdue}）"
    summary = reports.ui.summaryLabel.text()
    assert f"共有应报事项{status.totals.due}项" in summary
    assert report.ranking_text() in summary
    assert "第3季度" in reports.ui.titleLabel.text()


def test_changing_the_kind_lists_months_and_shows_last_month(
    qtbot: QtBot, reports: ReportsPage, demo_workspace: Workspace
) -> None:
    with qtbot.waitSignal(reports.loaded, timeout=10000):
        reports.ui.kindCombo.setCurrentIndex(reports.ui.kindCombo.findText("月"))
    assert reports.ui.periodCombo.itemText(0) == "2025年11月"
    assert reports.ui.periodCombo.currentText() == "2025年10月"
    status = period_status(demo_workspace.context, Period.parse("2025-10"), DEMO_DAY)
    assert _shown_figures(reports) == _expected_figures(status)
    assert reports.ui.titleLabel.text() == "青禾县2025年10月社会信用体系建设工作进展情况通报"


def test_an_earlier_as_of_date_counts_the_figures_on_that_day(
    qtbot: QtBot, reports: ReportsPage, demo_workspace: Workspace
) -> None:
    _choose_period(qtbot, reports, "2025Q3")
    with qtbot.waitSignal(reports.loaded, timeout=10000):
        reports.ui.asOfEdit.setDate(QDate(2025, 10, 20))
    status = period_status(demo_workspace.context, Period.parse("2025Q3"), dt.date(2025, 10, 20))
    assert _shown_figures(reports) == _expected_figures(status)
    assert reports.ui.asOfLabel.text() == "截至2025年10月20日"
    assert reports.ui.asOfEdit.maximumDate().toString("yyyy-MM-dd") == "2025-11-12"


def _click_header(qtbot: QtBot, page: ReportsPage, column: int) -> None:
    header = page.ui.unitsView.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def test_ranking_table_opens_in_rank_order_and_sorts_on_the_clicked_column(
    qtbot: QtBot, reports: ReportsPage
) -> None:
    _choose_period(qtbot, reports, "2025Q3")
    ranks = [int(rank) for rank in _column(reports, 0)]
    assert ranks == sorted(ranks) and ranks[0] == 1
    _click_header(qtbot, reports, 5)  # 逾期未报
    overdue = [int(count) for count in _column(reports, 5)]
    assert overdue == sorted(overdue) and overdue[0] < overdue[-1]
    _click_header(qtbot, reports, 5)
    again = [int(count) for count in _column(reports, 5)]
    assert again == sorted(overdue, reverse=True)
    _click_header(qtbot, reports, 7)  # 按时报送率, as numbers, not as text
    rates = [float(text.rstrip("%")) for text in _column(reports, 7)]
    assert rates == sorted(rates) and rates[0] < rates[-1]
    assert "100.0%" in _column(reports, 7)[-1]


def test_charts_appear_after_the_chart_job_and_fit_the_view(
    qtbot: QtBot, reports: ReportsPage
) -> None:
    reports.ui.reportTabs.setCurrentWidget(reports.ui.chartsTab)
    qtbot.waitUntil(reports.charts_ready, timeout=20000)
    charts = (reports.ui.unitsChart, reports.ui.statusChart, reports.ui.trendChart)
    for chart in charts:
        assert not chart.pixmap().isNull()
        assert chart.isVisible()
        target = chart.target_rect()
        assert 0 < target.width() <= chart.width() and 0 < target.height() <= chart.height()
        picture = chart.pixmap()
        assert target.width() / target.height() == pytest.approx(
            picture.width() / picture.height(), rel=0.02
        )
    # wider than the printed chart at screen size: drawn with more pixels, never blown up
    assert reports.ui.unitsChart.pixmap().width() > reports.ui.unitsChart.target_rect().width()


def test_charts_are_drawn_only_once_their_tab_is_shown(qtbot: QtBot, reports: ReportsPage) -> None:
    charts = (reports.ui.unitsChart, reports.ui.statusChart, reports.ui.trendChart)
    assert reports.ui.reportTabs.currentWidget() is reports.ui.unitsTab
    reports.pool.waitForDone(20000)  # a drawing started behind the clerk's back would be done
    qtbot.wait(50)  # and delivered
    assert all(chart.pixmap().isNull() for chart in charts)
    reports.ui.reportTabs.setCurrentWidget(reports.ui.chartsTab)
    qtbot.waitUntil(lambda: not any(chart.pixmap().isNull() for chart in charts), timeout=20000)


def test_charts_follow_a_change_of_period(qtbot: QtBot, reports: ReportsPage) -> None:
    reports.ui.reportTabs.setCurrentWidget(reports.ui.chartsTab)
    qtbot.waitUntil(reports.charts_ready, timeout=20000)
    first = reports.ui.statusChart.pixmap().toImage()
    _choose_period(qtbot, reports, "2025Q2")
    qtbot.waitUntil(reports.charts_ready, timeout=20000)
    assert reports.ui.statusChart.pixmap().toImage() != first


def test_export_writes_the_previewed_report_with_the_typed_notes_to_pdf_and_xlsx(
    qtbot: QtBot,
    reports: ReportsPage,
    opened: list[Path],
    out: Path,
    type_text: TypeText,
) -> None:
    _choose_period(qtbot, reports, "2025Q3")
    report = reports.report
    assert report is not None
    target = out / "三季度通报"  # the clerk typed no extension
    files = FakeFiles(to_save=target)
    reports.files = files
    reports.documents_dir = lambda: out / "文档"
    type_text(reports.ui.notesEdit, "请各单位于11月30日前补报逾期材料。")
    reports.ui.numberEdit.clear()
    type_text(reports.ui.numberEdit, "第7期")
    assert reports.ui.numberShownLabel.text() == "（第7期）"
    assert reports.ui.xlsxCheck.isChecked()
    qtbot.mouseClick(reports.ui.exportButton, Qt.MouseButton.LeftButton)
    assert files.suggested == [
        str(out / "文档" / "青禾县2025年第3季度社会信用体系建设工作进展情况通报.pdf")
    ]
    qtbot.waitUntil(lambda: isinstance(reports.export_box, QMessageBox), timeout=30000)
    pdf, xlsx = out / "三季度通报.pdf", out / "三季度通报.xlsx"
    assert sorted(p.name for p in out.iterdir()) == sorted([pdf.name, xlsx.name])

    text = _pdf_text(pdf)
    t = report.totals
    assert "请各单位于11月30日前补报逾期材料。" in text
    assert "第7期" in text
    assert f"共有应报事项{t.due}项" in text
    assert f"按时报送{t.received_on_time}项" in text and f"逾期未报{t.overdue}项" in text
    assert f"按时报送率{percent(t.on_time_rate)}" in text

    book = load_workbook(io.BytesIO(xlsx.read_bytes()))
    assert book.sheetnames == ["汇总", "单位排名", "任务情况", "未报事项", "季度趋势", "图表"]
    summary = {row[0]: row[1] for row in book["汇总"].iter_rows(min_row=2, values_only=True)}
    assert summary["应报事项"] == t.due and summary["按时报送"] == t.received_on_time
    assert summary["逾期未报"] == t.overdue and summary["尚未到期"] == t.not_yet_due
    assert summary["按时报送率"] == pytest.approx(t.on_time_rate)
    units = list(book["单位排名"].iter_rows(min_row=2, values_only=True))
    assert units[-1][1:7] == ("合计", t.due, t.received_on_time, t.received_late, t.overdue, 0)

    box = reports.export_box
    assert isinstance(box, QMessageBox)
    assert "三季度通报.pdf" in box.text() and "三季度通报.xlsx" in box.text()
    _button(box, "打开").click()
    assert opened == [pdf]


def test_after_export_the_folder_can_be_opened(
    qtbot: QtBot, reports: ReportsPage, opened: list[Path], out: Path
) -> None:
    reports.files = FakeFiles(to_save=out / "通报.pdf")
    reports.ui.xlsxCheck.setChecked(False)
    qtbot.mouseClick(reports.ui.exportButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(reports.export_box, QMessageBox), timeout=30000)
    assert [p.name for p in out.iterdir()] == ["通报.pdf"]
    box = reports.export_box
    assert isinstance(box, QMessageBox)
    _button(box, "打开所在文件夹").click()
    assert opened == [out]
    assert reports.ui.exportButton.isEnabled()


def test_after_export_the_pdf_can_be_previewed_in_the_window(
    qtbot: QtBot, reports: ReportsPage, opened: list[Path], out: Path
) -> None:
    reports.files = FakeFiles(to_save=out / "通报.pdf")
    reports.ui.xlsxCheck.setChecked(False)
    qtbot.mouseClick(reports.ui.exportButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(reports.export_box, QMessageBox), timeout=30000)
    box = reports.export_box
    assert isinstance(box, QMessageBox)
    _button(box, "预览/打印").click()
    dialog = reports.preview_dialog
    assert isinstance(dialog, PdfPreviewDialog)
    assert dialog.isVisible() and dialog.windowTitle() == "通报"
    assert dialog.preview.page_count() == len(PdfReader(out / "通报.pdf").pages) > 1
    assert opened == []
    with qtbot.waitSignal(dialog.destroyed, timeout=5000):
        dialog.close()  # deleted when closed, so previews do not pile up


def test_cancelling_the_export_leaves_no_file(
    qtbot: QtBot, reports: ReportsPage, out: Path
) -> None:
    reports.files = FakeFiles(to_save=out / "通报.pdf")
    qtbot.mouseClick(reports.ui.exportButton, Qt.MouseButton.LeftButton)
    job = reports.export_job
    assert job is not None
    assert not reports.ui.exportButton.isEnabled()
    with qtbot.waitSignal(job.cancelled, timeout=30000):
        cancel = job.dialog.findChild(QPushButton)
        assert cancel is not None and cancel.text() == "取消"
        cancel.click()
    qtbot.waitUntil(lambda: reports.export_job is None, timeout=5000)
    assert list(out.iterdir()) == []
    assert reports.export_box is None
    assert reports.ui.exportButton.isEnabled()


def test_a_missing_folder_is_reported_in_chinese(
    qtbot: QtBot, reports: ReportsPage, out: Path
) -> None:
    reports.files = FakeFiles(to_save=out / "不存在" / "通报.pdf")
    qtbot.mouseClick(reports.ui.exportButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(reports.export_box, QMessageBox), timeout=30000)
    box = reports.export_box
    assert isinstance(box, QMessageBox)
    assert "文件夹不存在" in box.text()
    assert box.icon() == QMessageBox.Icon.Warning


def test_cancelling_the_save_dialog_exports_nothing(
    reports: ReportsPage, out: Path, qtbot: QtBot
) -> None:
    reports.files = FakeFiles(to_save=None)
    qtbot.mouseClick(reports.ui.exportButton, Qt.MouseButton.LeftButton)
    assert reports.export_job is None
    assert reports.ui.exportButton.isEnabled()
