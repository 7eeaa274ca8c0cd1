"""批量设置 in the import review: several rows get one rhythm, and the import saves it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from creditdesk.services.task_edit import load_rule
from creditdesk.services.tasks import TaskNode, load_task_tree
from creditdesk.ui.common.page import Page
from creditdesk.ui.plan_import.plan_import_dialog import PlanImportDialog
from creditdesk.ui.plan_import.plan_review_model import FREQUENCY, LEAD, RESPONSIBLE, SUPPORTING
from creditdesk.ui.shell.main_window import MainWindow
from creditdesk.ui.tasks.tasks_page import TasksPage

ShowPage = Callable[[MainWindow, int], Page[Any]]

XIPING = Path(__file__).parents[2] / "data" / "plans" / "xiping-plan.docx"


@pytest.fixture
def page(qtbot: QtBot, demo_window: MainWindow, show_page: ShowPage) -> Iterator[TasksPage]:
    demo_window.activateWindow()
    page = show_page(demo_window, 1)
    assert isinstance(page, TasksPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10000)
    yield page
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, (QMessageBox, PlanImportDialog)) and widget.isVisible():
            widget.done(0) if isinstance(widget, QMessageBox) else widget.reject()


def _click(qtbot: QtBot, dialog: PlanImportDialog, index: QModelIndex, ctrl: bool) -> None:
    view = dialog.ui.planView
    view.scrollTo(index)
    modifier = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, modifier, view.visualRect(index).center()
    )


def _all(nodes: list[TaskNode]) -> list[TaskNode]:
    return [m for n in nodes for m in (n, *_all(n.children))]


def test_rows_selected_in_the_review_get_one_rhythm_and_the_import_keeps_it(
    qtbot: QtBot, page: TasksPage
) -> None:
    page.review = None
    page.import_plan(XIPING)
    qtbot.waitUntil(lambda: page.review is not None and page.review.isVisible(), timeout=15000)
    dialog = page.review
    assert dialog is not None
    dialog.ui.yearSpin.setValue(2026)  # a new plan beside the demo's 2025 one
    qtbot.waitUntil(lambda: "2026年尚未导入" in dialog.ui.summaryLabel.text(), timeout=10000)
    model = dialog.plan_model
    section = model.index(1, 0)
    rows = [model.index(r, 1, section) for r in range(min(3, model.rowCount(section)))]
    titles = [str(index.data()) for index in rows]
    assert len(titles) == 3
    assert not dialog.batch.button.isEnabled()  # nothing selected yet
    _click(qtbot, dialog, rows[0], ctrl=False)
    for index in rows[1:]:
        _click(qtbot, dialog, index, ctrl=True)
    _click(qtbot, dialog, section.siblingAtColumn(1), ctrl=True)  # a section is left out
    assert len(dialog.batch.selected_tasks()) == 3

    qtbot.mouseClick(dialog.batch.button, Qt.MouseButton.LeftButton)
    batch = dialog.batch.dialog
    assert batch is not None and batch.isVisible()
    assert "3项任务" in batch.summaryLabel.text()
    batch.set_frequency("half-yearly")
    assert "期末后10个工作日内" in batch.deadlineEdit.placeholderText()  # the usual deadline
    qtbot.mouseClick(
        batch.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert [model.index(r, 5, section).data() for r in range(3)] == ["每半年"] * 3

    dialog.ui.categoryCombo.setCurrentText("县直部门")
    while dialog.names_model.open_names():
        dialog.ui.createButton.click()
    with qtbot.waitSignal(page.loaded, timeout=15000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    saved = {n.title: n for n in _all(load_task_tree(page.ctx))}
    for title in titles:
        assert saved[title].frequency == "half-yearly"
        rule = load_rule(page.ctx, saved[title].id)
        assert rule is not None and rule.frequency == "half-yearly"  # obligations follow it


def test_units_set_for_several_rows_are_roster_names_matched_without_a_click(
    qtbot: QtBot, page: TasksPage
) -> None:
    page.review = None
    page.import_plan(XIPING)
    qtbot.waitUntil(lambda: page.review is not None and page.review.isVisible(), timeout=15000)
    dialog = page.review
    assert dialog is not None
    dialog.ui.yearSpin.setValue(2026)
    qtbot.waitUntil(lambda: "2026年尚未导入" in dialog.ui.summaryLabel.text(), timeout=10000)
    model = dialog.plan_model
    section = model.index(0, 0)
    rows = [model.index(r, 1, section) for r in range(2)]
    titles = [str(index.data()) for index in rows]
    view = dialog.ui.planView
    view.selectionModel().clearSelection()
    for index in rows:
        _click(qtbot, dialog, index, ctrl=index is not rows[0])
    rhythms = [model.index(r, FREQUENCY, section).data() for r in range(2)]
    batch = dialog.batch.open()
    assert batch is not None
    assert not batch.frequencyCheck.isChecked()  # replacing units leaves the rhythms alone
    court = next(e for e in dialog._entries if e.name == "青禾县人民法院")
    batch.set_role(RESPONSIBLE, [court])
    with qtbot.waitSignal(dialog.names_model.modelReset, timeout=10000):
        qtbot.mouseClick(
            batch.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
    assert [model.index(r, RESPONSIBLE, section).data() for r in range(2)] == ["青禾县人民法院"] * 2
    assert [model.index(r, FREQUENCY, section).data() for r in range(2)] == rhythms
    assert "青禾县人民法院" not in dialog.names_model.open_names()  # the roster's own name
    dialog.ui.categoryCombo.setCurrentText("县直部门")
    while dialog.names_model.open_names():
        dialog.ui.createButton.click()
    with qtbot.waitSignal(page.loaded, timeout=15000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    saved = {n.title: n for n in _all(load_task_tree(page.ctx))}
    for title in titles:
        assert saved[title].responsible_units == ["青禾县人民法院"]


def test_supporting_units_set_for_several_rows_replace_theirs_and_are_imported(
    qtbot: QtBot, page: TasksPage
) -> None:
    """配合单位 too: chosen once from the roster for every selected row, the rest untouched."""
    page.review = None
    page.import_plan(XIPING)
    qtbot.waitUntil(lambda: page.review is not None and page.review.isVisible(), timeout=15000)
    dialog = page.review
    assert dialog is not None
    dialog.ui.yearSpin.setValue(2026)
    qtbot.waitUntil(lambda: "2026年尚未导入" in dialog.ui.summaryLabel.text(), timeout=10000)
    model = dialog.plan_model
    section = model.index(0, 0)
    rows = [model.index(r, 1, section) for r in range(2)]
    titles = [str(index.data()) for index in rows]
    leads = [model.index(r, LEAD, section).data() for r in range(2)]
    dialog.ui.planView.selectionModel().clearSelection()
    for index in rows:
        _click(qtbot, dialog, index, ctrl=index is not rows[0])
    qtbot.keyClick(
        dialog.ui.planView,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    batch = dialog.batch.dialog
    assert batch is not None and batch.isVisible()
    batch.frequencyCheck.setChecked(False)
    qtbot.mouseClick(batch.role_buttons[SUPPORTING], Qt.MouseButton.LeftButton)
    picker = batch.picker
    assert picker is not None and picker.isVisible()
    assert picker.windowTitle() == "选择配合单位"
    names = {"青禾县人民法院", "青禾县司法局"}
    for name in names:
        picker.select(next(e.key for e in picker.visible_entries() if e.name == name))
    wanted = [e.name for e in picker.visible_entries() if e.name in names]  # the roster's order
    qtbot.mouseClick(
        picker.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert batch._role_labels[SUPPORTING].text() == "、".join(wanted)
    with qtbot.waitSignal(dialog.names_model.modelReset, timeout=10000):
        qtbot.mouseClick(
            batch.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
    assert [model.index(r, SUPPORTING, section).data() for r in range(2)] == ["、".join(wanted)] * 2
    assert [model.index(r, LEAD, section).data() for r in range(2)] == leads  # not ticked
    dialog.ui.categoryCombo.setCurrentText("县直部门")
    while dialog.names_model.open_names():
        dialog.ui.createButton.click()
    with qtbot.waitSignal(page.loaded, timeout=15000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    saved = {n.title: n for n in _all(load_task_tree(page.ctx))}
    for title in titles:
        assert saved[title].supporting_units == wanted
