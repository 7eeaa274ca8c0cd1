"""The 单位 page's spreadsheets: importing the office's roster (with the column-mapping step),
exporting it, and a unit's progress sheet out and back in — through the real dialogs, with
the file dialogs and the desktop opener faked."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from helpers.fakes import FakeFiles, Opened
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from creditdesk.model import Submission
from creditdesk.services.progress_sheets import progress_tasks
from creditdesk.services.roster import list_units
from creditdesk.services.roster_mapping import MAPPING_FILE
from creditdesk.services.workspace import Workspace
from creditdesk.ui.common.page import Page
from creditdesk.ui.roster.roster_import_dialog import RosterImportFlow
from creditdesk.ui.roster.roster_page import RosterPage
from creditdesk.ui.shell.main_window import MainWindow

ShowPage = Callable[[MainWindow, int], Page[Any]]
DATA = Path(__file__).resolve().parents[2] / "data" / "roster"
FGW = "青禾县发展和改革委员会"
CZJ = "青禾县财政局"


@pytest.fixture
def files() -> FakeFiles:
    return FakeFiles()


@pytest.fixture
def opened() -> Opened:
    """What the page asked the desktop to open."""
    return Opened()


@pytest.fixture
def roster(
    qtbot: QtBot, demo_window: MainWindow, show_page: ShowPage, files: FakeFiles, opened: Opened
) -> RosterPage:
    """The 单位 page of the demo window with fake file dialogs and opener."""
    page = show_page(demo_window, 2)
    assert isinstance(page, RosterPage)
    page.files = files
    page.open_file = opened
    return page


def _units(workspace: Workspace) -> dict[str, Any]:
    return {u.name: u for u in list_units(workspace.context, include_inactive=True)}


def _ok(qtbot: QtBot, box: QDialogButtonBox) -> None:
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _undo(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def _click(qtbot: QtBot, box: QMessageBox, text: str) -> None:
    (button,) = [b for b in box.buttons() if b.text() == text]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _start_import(qtbot: QtBot, page: RosterPage, files: FakeFiles, path: Path) -> RosterImportFlow:
    files.to_open = path
    qtbot.mouseClick(page.ui.importButton, Qt.MouseButton.LeftButton)
    flow = page.import_flow
    assert flow is not None
    qtbot.waitUntil(
        lambda: flow.preview_dialog is not None or flow.mapping_dialog is not None, timeout=10000
    )
    return flow


def _table(model: Any) -> list[list[str]]:
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


# ------------------------------------------------------------------ import


def test_importing_the_office_roster_previews_counts_and_applies_in_one_undo_step(
    qtbot: QtBot, demo_window: MainWindow, roster: RosterPage, files: FakeFiles,
    demo_workspace: Workspace,
) -> None:  # fmt: skip
    flow = _start_import(qtbot, roster, files, DATA / "office_roster.xlsx")
    dialog = flow.preview_dialog
    assert dialog is not None and flow.mapping_dialog is None
    ui = dialog.ui
    assert ui.summaryLabel.text() == "新增 4 个，修改 2 个，无变化 0 个"
    tabs = [ui.tabs.tabText(i) for i in range(ui.tabs.count())]
    assert tabs == ["新增（4）", "修改（2）", "无变化（0）", "未导入（0）"]
    assert "表头在第3行" in ui.sourceLabel.text()
    changes = _table(dialog.models["changed"])
    assert ["5", CZJ, "联络员", "陈丽", "李娜"] in changes
    assert ["5", CZJ, "办公电话", "0391-6218812", "6012346"] in changes  # a number cell, as text
    assert "不在文件中" in ui.notesLabel.text()
    with qtbot.waitSignal(demo_window.signals.units_changed, timeout=5000):
        _ok(qtbot, ui.buttonBox)
    units = _units(demo_workspace)
    assert len(units) == 43
    assert (units[CZJ].liaison, units[CZJ].office_phone) == ("李娜", "6012346")
    assert demo_window.undo_action.text() == "撤销 导入名册“office_roster.xlsx”"
    assert "新增 4 个" in roster.ui.messageLabel.text()
    qtbot.waitUntil(lambda: roster.model.rowCount() == 43, timeout=5000)
    with qtbot.waitSignal(demo_window.signals.units_changed, timeout=5000):
        _undo(qtbot, demo_window)
    units = _units(demo_workspace)
    assert len(units) == 39 and units[CZJ].liaison == "陈丽"
    qtbot.waitUntil(lambda: roster.model.rowCount() == 39, timeout=5000)


def test_a_sheet_without_a_header_row_goes_through_the_column_mapping_step(
    qtbot: QtBot, demo_window: MainWindow, roster: RosterPage, files: FakeFiles,
    demo_workspace: Workspace, tmp_path: Path,
) -> None:  # fmt: skip
    path = tmp_path / "新成员单位.xlsx"
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["青禾县档案馆", "刘洋", 13803961001])
    ws.append(["青禾县气象局", "陈晨", "13803961002"])
    wb.save(path)
    flow = _start_import(qtbot, roster, files, path)
    mapping = flow.mapping_dialog
    assert mapping is not None and flow.preview_dialog is None
    assert "找不到表头行" in mapping.ui.introLabel.text()
    assert mapping.ui.headerSpin.text() == "无表头"
    assert mapping.model.index(0, 2).data() == "青禾县档案馆 | 青禾县气象局"
    _ok(qtbot, mapping.ui.buttonBox)  # nothing chosen yet
    assert mapping.ui.messageLabel.text() == "请指定哪一列是“单位名称”。"
    for column, field in enumerate(("name", "liaison", "mobile")):
        combo = mapping.combo(column)
        combo.setCurrentIndex(combo.findData(field))
    assert mapping.model.mapping() == {"name": 0, "liaison": 1, "mobile": 2}
    _ok(qtbot, mapping.ui.buttonBox)
    qtbot.waitUntil(lambda: flow.preview_dialog is not None, timeout=10000)
    preview = flow.preview_dialog
    assert preview is not None
    assert preview.ui.summaryLabel.text() == "新增 2 个，修改 0 个，无变化 0 个"
    with qtbot.waitSignal(demo_window.signals.units_changed, timeout=5000):
        _ok(qtbot, preview.ui.buttonBox)
    units = _units(demo_workspace)
    assert (units["青禾县档案馆"].liaison, units["青禾县档案馆"].mobile) == ("刘洋", "13803961001")


def test_a_mapping_chosen_for_unclear_headers_is_remembered_for_the_next_import(
    qtbot: QtBot, roster: RosterPage, files: FakeFiles, demo_workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "联络员.xlsx"
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["机构", "负责同志", "座机"])
    ws.append(["青禾县档案馆", "刘洋", "0391-6219901"])
    wb.save(path)
    flow = _start_import(qtbot, roster, files, path)
    mapping = flow.mapping_dialog
    assert mapping is not None
    mapping.ui.headerSpin.setValue(1)
    assert mapping.model.index(0, 1).data() == "机构"
    for column, field in enumerate(("name", "liaison", "office_phone")):
        combo = mapping.combo(column)
        combo.setCurrentIndex(combo.findData(field))
    assert mapping.ui.rememberCheck.isChecked()
    _ok(qtbot, mapping.ui.buttonBox)
    qtbot.waitUntil(lambda: flow.preview_dialog is not None, timeout=10000)
    assert flow.preview_dialog is not None
    flow.preview_dialog.reject()
    assert (demo_workspace.directory / MAPPING_FILE).exists()

    again = _start_import(qtbot, roster, files, path)
    assert again.mapping_dialog is None and again.preview_dialog is not None
    assert again.preview_dialog.ui.summaryLabel.text() == "新增 1 个，修改 0 个，无变化 0 个"
    again.preview_dialog.reject()
    assert "青禾县档案馆" not in _units(demo_workspace)


def test_a_word_file_named_xlsx_shows_a_clear_message_and_changes_nothing(
    qtbot: QtBot, demo_window: MainWindow, roster: RosterPage, files: FakeFiles,
    demo_workspace: Workspace,
) -> None:  # fmt: skip
    before = len(_units(demo_workspace))
    files.to_open = DATA / "word_renamed.xlsx"
    qtbot.mouseClick(roster.ui.importButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: roster.error_box is not None, timeout=10000)
    assert roster.error_box is not None
    text = roster.error_box.text()
    assert "word_renamed.xlsx" in text and "Word 文档" in text
    assert roster.ui.messageLabel.text() == text
    flow = roster.import_flow
    assert flow is not None and flow.preview_dialog is None and flow.mapping_dialog is None
    assert len(_units(demo_workspace)) == before
    assert demo_window.undo_stack.count() == 0


# ------------------------------------------------------------------ export


def test_export_writes_an_xlsx_with_every_unit_and_offers_to_open_it(
    qtbot: QtBot, roster: RosterPage, files: FakeFiles, opened: Opened, tmp_path: Path
) -> None:
    files.to_save = tmp_path / "名册"  # the clerk typed no extension
    qtbot.mouseClick(roster.ui.exportButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: roster.export_box is not None, timeout=10000)
    box = roster.export_box
    assert box is not None
    written = tmp_path / "名册.xlsx"
    assert box.text() == "已导出39个单位到“名册.xlsx”。"
    sheet = load_workbook(written).active
    assert sheet is not None
    names = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True) if row[0]]
    assert len(names) == roster.model.rowCount() == 39
    assert names[0] == FGW
    _click(qtbot, box, "打开")
    assert opened.paths == [written]


# ------------------------------------------------------------------ progress sheets


def _submissions(workspace: Workspace) -> int:
    with workspace.context.session_factory() as session:
        return session.scalar(select(func.count()).select_from(Submission)) or 0


def test_progress_sheet_round_trip_through_the_dialogs(
    qtbot: QtBot, demo_window: MainWindow, roster: RosterPage, files: FakeFiles,
    opened: Opened, demo_workspace: Workspace, tmp_path: Path,
) -> None:  # fmt: skip
    fgw = _units(demo_workspace)[FGW]
    roster.select_units([fgw.id])
    flow = roster.progress_flow

    # out: the blank sheet for 2025年第3季度
    qtbot.mouseClick(roster.ui.progressSheetButton, Qt.MouseButton.LeftButton)
    period = flow.period_dialog
    assert period is not None and period.ui.unitLabel.text() == FGW
    period.select("2025Q3")
    files.to_save = tmp_path / "发改委.xlsx"
    _ok(qtbot, period.ui.buttonBox)
    assert files.suggested[-1] == f"{FGW}2025年第3季度进展情况表.xlsx"
    qtbot.waitUntil(lambda: flow.open_box is not None, timeout=10000)
    # the quarter's work period: its quarterly items and the monthly items of its months
    owed = len(progress_tasks(demo_workspace.context, fgw.id, "2025Q3"))
    assert flow.open_box is not None and f"（{owed}项任务）" in flow.open_box.text()
    _click(qtbot, flow.open_box, "打开")
    assert opened.paths == [files.to_save]

    # the unit fills it in; one row's title is rewritten and its hidden number lost
    wb = load_workbook(files.to_save)
    ws = wb.active
    assert ws is not None
    ws["F4"] = "本季度归集双公示信息215条。"
    ws["C5"], ws["G5"], ws["B5"] = "其他工作", None, None
    ws["F5"] = "开展诚信宣传进社区活动2次。"
    wb.save(files.to_save)

    # in: matched and unplaced rows, the clerk places the unplaced one
    before = _submissions(demo_workspace)
    files.to_open = files.to_save
    qtbot.mouseClick(roster.ui.progressImportButton, Qt.MouseButton.LeftButton)
    period = flow.period_dialog
    assert period is not None
    period.select("2025Q3")
    _ok(qtbot, period.ui.buttonBox)
    qtbot.waitUntil(lambda: flow.import_dialog is not None, timeout=10000)
    dialog = flow.import_dialog
    assert dialog is not None
    model = dialog.model
    assert model.rowCount() == 2
    assert model.index(0, 4).data() == "事项编号" and model.index(1, 4).data() == "待指定"
    assert model.index(1, 5).data() == "（不导入）"
    assert "将登记1条报送材料，1行不导入" in dialog.ui.summaryLabel.text()
    combo = dialog.combo(1)
    assert combo.count() == owed + 1  # 不导入 and the unit's tasks of the quarter
    combo.setCurrentIndex(2)
    assert "将登记2条报送材料" in dialog.ui.summaryLabel.text()
    with qtbot.waitSignal(demo_window.signals.submissions_changed, timeout=5000):
        _ok(qtbot, dialog.ui.buttonBox)
    assert _submissions(demo_workspace) == before + 2
    assert roster.ui.messageLabel.text() == "已登记报送材料2条。"
    assert demo_window.undo_action.text() == "撤销 导入进展情况表“发改委.xlsx”"
    with qtbot.waitSignal(demo_window.signals.submissions_changed, timeout=5000):
        _undo(qtbot, demo_window)
    assert _submissions(demo_workspace) == before
