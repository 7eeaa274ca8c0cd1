"""The plan review keeps its decisions through a cancel and makes groups from phrases."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from creditdesk.services.plan_import import NameDecision
from creditdesk.services.plan_review_draft import DRAFTS_DIR
from creditdesk.services.plan_start import plan_start
from creditdesk.services.roster_groups import list_groups
from creditdesk.ui.plan_import.plan_import_dialog import PlanImportDialog
from creditdesk.ui.shell.main_window import MainWindow
from creditdesk.ui.tasks.task_commands import ImportPlanCommand
from creditdesk.ui.tasks.tasks_page import TasksPage
from tests.ui.conftest import ShowPage

XIPING = Path(__file__).parents[2] / "data" / "plans" / "xiping-plan.docx"


@pytest.fixture
def page(qtbot: QtBot, demo_window: MainWindow, show_page: ShowPage) -> Iterator[TasksPage]:
    """The 任务 page of the demo window with its tree loaded."""
    page = show_page(demo_window, 1)
    assert isinstance(page, TasksPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10000)
    yield page
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, PlanImportDialog) and widget.isVisible():
            widget.done(0)


def _review(qtbot: QtBot, page: TasksPage, path: Path) -> PlanImportDialog:
    page.review = None
    page.import_plan(path)
    qtbot.waitUntil(lambda: page.review is not None and page.review.isVisible(), timeout=15000)
    assert page.review is not None
    return page.review


def _drafts(page: TasksPage) -> list[Path]:
    folder = page.workspace_dir()
    assert folder is not None
    return sorted((folder / DRAFTS_DIR).glob("*.json"))


def test_decisions_survive_a_cancel_and_are_gone_after_the_import(
    qtbot: QtBot, page: TasksPage, tmp_path: Path
) -> None:
    plan = tmp_path / "西平县工作要点.docx"
    plan.write_bytes(XIPING.read_bytes())
    dialog = _review(qtbot, page, plan)
    dialog.ui.yearSpin.setValue(2026)
    qtbot.waitUntil(lambda: "2026年尚未导入" in dialog.ui.summaryLabel.text(), timeout=10000)
    dialog.select_name("县科技局")
    dialog.ui.categoryCombo.setCurrentText("县直部门")
    qtbot.mouseClick(dialog.ui.createButton, Qt.MouseButton.LeftButton)
    dialog.ui.startDate.setDate(QDate(2026, 3, 2))
    cancel = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert len(_drafts(page)) == 1

    again = _review(qtbot, page, plan)
    assert again is not dialog
    assert again.decisions()["县科技局"] == NameDecision("create", None, "县直部门")
    assert again.ui.startDate.date() == QDate(2026, 3, 2)
    assert "已恢复上次未完成的核对：1个名称的选择" in again.ui.summaryLabel.text()
    assert "县科技局" not in again.names_model.open_names()

    again.ui.yearSpin.setValue(2026)
    qtbot.waitUntil(lambda: "2026年尚未导入" in again.ui.summaryLabel.text(), timeout=10000)
    while again.names_model.open_names():
        again.ui.createButton.click()
    with qtbot.waitSignal(page.loaded, timeout=15000):
        qtbot.mouseClick(again.ok_button, Qt.MouseButton.LeftButton)
    assert again.import_result is not None
    assert _drafts(page) == []

    # undo and redo of the import keep the start the clerk chose
    plan_id = again.import_result.plan_id
    assert plan_start(page.ctx, plan_id) == dt.date(2026, 3, 2)
    with qtbot.waitSignal(page.loaded, timeout=15000):
        page.undo_stack.undo()
    with qtbot.waitSignal(page.loaded, timeout=15000):
        page.undo_stack.redo()
    redone = page.undo_stack.command(page.undo_stack.index() - 1)
    assert isinstance(redone, ImportPlanCommand) and redone.result is not None
    assert plan_start(page.ctx, redone.result.plan_id) == dt.date(2026, 3, 2)


def test_a_changed_file_starts_a_fresh_review(
    qtbot: QtBot, page: TasksPage, tmp_path: Path
) -> None:
    plan = tmp_path / "plan.docx"
    plan.write_bytes(XIPING.read_bytes())
    dialog = _review(qtbot, page, plan)
    dialog.select_name("县科技局")
    dialog.ui.createButton.click()
    dialog.reject()
    plan.write_bytes(XIPING.read_bytes() + b"\0")  # another file now (zip readers skip the tail)
    again = _review(qtbot, page, plan)
    assert "县科技局" in again.names_model.open_names()
    assert "已恢复" not in again.ui.summaryLabel.text()


def test_a_phrase_becomes_a_group_of_the_ticked_categories(
    qtbot: QtBot, page: TasksPage, tmp_path: Path
) -> None:
    plan = tmp_path / "plan.docx"
    plan.write_bytes(XIPING.read_bytes())
    dialog = _review(qtbot, page, plan)
    phrase = "县科技局"  # any open name can become a group; the review maps it there
    dialog.select_name(phrase)
    qtbot.mouseClick(dialog.ui.phraseGroupButton, Qt.MouseButton.LeftButton)
    chooser = dialog.phrase_dialog
    assert chooser is not None and chooser.isVisible()
    item = next(
        chooser.categories.item(r)
        for r in range(chooser.categories.count())
        if chooser.categories.item(r).data(Qt.ItemDataRole.UserRole) == "乡镇街道"
    )
    item.setCheckState(Qt.CheckState.Checked)
    assert chooser.members_label.text().startswith("共5个单位：")
    chooser.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: phrase not in dialog.names_model.open_names(), timeout=10000)
    group = next(g for g in list_groups(page.ctx) if g.name == phrase)
    assert dialog.decisions()[phrase] == NameDecision("group", group.id)
    row = dialog.names_model.row_of(phrase)
    assert dialog.names_model.index(row, 2).data() == phrase
    assert "已新建分组" in dialog.ui.statusLabel.text()
