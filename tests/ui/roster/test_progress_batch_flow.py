"""批量生成… and 批量导入… on the 单位 page: every unit's progress sheet into one folder, and
many returned sheets read at once, all or nothing, each kept as its submissions' attachment."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from creditdesk.model import Attachment, Submission
from creditdesk.services.progress_sheets import progress_tasks
from creditdesk.services.roster import list_units
from creditdesk.services.workspace import Workspace
from creditdesk.ui.common.page import Page
from creditdesk.ui.roster.roster_page import RosterPage
from creditdesk.ui.shell.main_window import MainWindow

ShowPage = Callable[[MainWindow, int], Page[Any]]


class BatchFiles:
    """Answers the folder and multi-file questions with what the test sets."""

    def __init__(self) -> None:
        self.to_folder: Path | None = None
        self.to_open: list[Path] = []

    def folder(self, parent: object, title: str) -> Path | None:
        return self.to_folder

    def open_files(self, parent: object, title: str, filters: str) -> list[Path]:
        return self.to_open


@pytest.fixture
def batch_files() -> BatchFiles:
    return BatchFiles()


@pytest.fixture
def roster(demo_window: MainWindow, show_page: ShowPage, batch_files: BatchFiles) -> RosterPage:
    page = show_page(demo_window, 2)
    assert isinstance(page, RosterPage)
    page.batch_flow.files = batch_files
    page.open_file = lambda path: True
    return page


def _ok(qtbot: QtBot, box: QDialogButtonBox) -> None:
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _click(qtbot: QtBot, box: QMessageBox, text: str) -> None:
    (button,) = [b for b in box.buttons() if b.text() == text]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _send_all(qtbot: QtBot, roster: RosterPage, files: BatchFiles, folder: Path) -> None:
    flow = roster.batch_flow
    roster.select_units([])
    qtbot.mouseClick(roster.ui.batchSheetButton, Qt.MouseButton.LeftButton)
    period = flow.period_dialog
    assert period is not None and period.ui.unitLabel.text() == "全部在册单位"
    period.select("2025Q3")
    files.to_folder = folder
    _ok(qtbot, period.ui.buttonBox)
    qtbot.waitUntil(lambda: flow.done_box is not None, timeout=60000)


def test_send_to_every_unit_writes_one_sheet_per_owing_unit_naming_it(
    qtbot: QtBot, roster: RosterPage, batch_files: BatchFiles, demo_workspace: Workspace,
    tmp_path: Path,
) -> None:  # fmt: skip
    ctx = demo_workspace.context
    owing = [u.name for u in list_units(ctx) if progress_tasks(ctx, u.id, "2025Q3")]
    _send_all(qtbot, roster, batch_files, tmp_path / "发出")
    written = sorted((tmp_path / "发出").iterdir())
    assert len(written) == len(owing) > 10
    for path in written:
        ws = load_workbook(path).active
        assert ws is not None
        unit = str(ws["A2"].value).removeprefix("填报单位：").split("　")[0]
        assert unit in owing and path.name == f"{unit}2025年第3季度进展情况表.xlsx"
    box = roster.batch_flow.done_box
    assert box is not None
    assert f"已为{len(owing)}个单位生成2025年第3季度进展情况表" in box.text()
    assert "打开文件夹" in [b.text() for b in box.buttons()]
    assert roster.ui.messageLabel.text() == box.text()


def _fill(path: Path, text: str) -> Path:
    wb = load_workbook(path)
    ws = wb.active
    assert ws is not None
    ws["F4"] = text
    wb.save(path)
    return path


def _counts(workspace: Workspace) -> tuple[int, int]:
    with workspace.context.session_factory() as session:
        subs = session.scalar(select(func.count()).select_from(Submission)) or 0
        files = session.scalar(select(func.count()).select_from(Attachment)) or 0
    return subs, files


def test_reading_three_returned_files_logs_them_with_their_files_and_one_bad_file_logs_nothing(
    qtbot: QtBot, demo_window: MainWindow, roster: RosterPage, batch_files: BatchFiles,
    demo_workspace: Workspace, tmp_path: Path,
) -> None:  # fmt: skip
    _send_all(qtbot, roster, batch_files, tmp_path / "发出")
    box = roster.batch_flow.done_box
    assert box is not None
    _click(qtbot, box, "关闭")
    three = [_fill(p, f"第{n}家单位本季度已完成。") for n, p in
             enumerate(sorted((tmp_path / "发出").iterdir())[:3], start=1)]  # fmt: skip
    flow = roster.batch_flow
    before = _counts(demo_workspace)

    # one returned file has a row that is no task of its unit: the batch is refused
    bad = three[2]
    wb = load_workbook(bad)
    ws = wb.active
    assert ws is not None
    ws.append([99, "", "自行增加的一项工作", "", "", "做了很多工作"])
    row = ws.max_row
    wb.save(bad)
    batch_files.to_open = three
    flow.pick_files_action.trigger()
    period = flow.period_dialog
    assert period is not None
    period.select("2025Q3")
    _ok(qtbot, period.ui.buttonBox)
    qtbot.waitUntil(lambda: roster.error_box is not None, timeout=30000)
    error = roster.error_box
    assert error is not None
    assert f"文件“{bad.name}”" in error.text() and f"第{row}行“自行增加的一项工作”" in error.text()
    assert "均未登记" in error.text()
    error.close()
    assert _counts(demo_workspace) == before

    # fixed: the three files become submissions, each with its file attached
    ws.delete_rows(row)
    wb.save(bad)
    flow.pick_folder_action.trigger()  # a folder holding just the three
    picked = tmp_path / "退回"
    picked.mkdir()
    for path in three:
        (picked / path.name).write_bytes(path.read_bytes())
    batch_files.to_folder = picked
    period = flow.period_dialog
    assert period is not None
    period.select("2025Q3")
    _ok(qtbot, period.ui.buttonBox)
    qtbot.waitUntil(lambda: flow.confirm_box is not None, timeout=30000)
    confirm = flow.confirm_box
    assert confirm is not None
    assert "将从3个文件登记2025年第3季度报送材料3条（3个单位" in confirm.text()
    with qtbot.waitSignal(demo_window.signals.submissions_changed, timeout=10000):
        _click(qtbot, confirm, "登记")
    assert _counts(demo_workspace) == (before[0] + 3, before[1] + 3)
    with demo_workspace.context.session_factory() as session:
        names = set(
            session.scalars(
                select(Attachment.original_name)
                .join(Submission)
                .where(Submission.notes.like("第_家单位本季度已完成。"))
            )
        )
    assert names == {p.name for p in three}
    assert "已从3个文件登记报送材料3条" in roster.ui.messageLabel.text()
    assert demo_window.undo_action.text() == "撤销 批量导入3个进展情况表"

    # undo takes them back; redo brings them back though the files have gone from the folder
    with qtbot.waitSignal(demo_window.signals.submissions_changed, timeout=10000):
        roster.undo_stack.undo()
    assert _counts(demo_workspace) == before
    for path in picked.iterdir():
        path.unlink()
    with qtbot.waitSignal(demo_window.signals.submissions_changed, timeout=10000):
        roster.undo_stack.redo()
    assert _counts(demo_workspace) == (before[0] + 3, before[1] + 3)
