"""批量修改 on the 任务 page: Ctrl-click five tasks, set 每季度 once, undo all in one step."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from creditdesk.model import Obligation
from creditdesk.services.tasks import TaskNode
from creditdesk.ui.common.page import Page
from creditdesk.ui.shell.main_window import MainWindow
from creditdesk.ui.tasks.batch_edit_dialog import BatchEditDialog
from creditdesk.ui.tasks.task_tree_model import TaskTreeModel
from creditdesk.ui.tasks.tasks_page import TasksPage

ShowPage = Callable[[MainWindow, int], Page[Any]]

NOT_QUARTERLY = (
    "完善行业信用管理制度",
    "开展信用建设工作自查评估",
    "保障信用平台网站安全运行",
    "开展政务诚信评价",
    "加强信用人才队伍建设",
)
"""Five demo tasks reported half-yearly or yearly."""


@pytest.fixture
def page(qtbot: QtBot, demo_window: MainWindow, show_page: ShowPage) -> Iterator[TasksPage]:
    demo_window.activateWindow()
    page = show_page(demo_window, 1)
    assert isinstance(page, TasksPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10000)
    yield page
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, BatchEditDialog) and widget.isVisible():
            widget.close()


def _index(page: TasksPage, title: str) -> QModelIndex:
    model: TaskTreeModel = page.model

    def find(nodes: list[TaskNode]) -> TaskNode | None:
        for node in nodes:
            if node.title == title:
                return node
            if (found := find(node.children)) is not None:
                return found
        return None

    node = find(model._roots)
    assert node is not None, title
    return page.proxy.mapFromSource(model.index_of(node.id))


def _shown_rhythm(page: TasksPage, title: str) -> str:
    return str(_index(page, title).siblingAtColumn(4).data())


def _click(qtbot: QtBot, page: TasksPage, title: str, ctrl: bool) -> None:
    view = page.ui.taskView
    index = _index(page, title).siblingAtColumn(1)
    view.scrollTo(index)
    modifier = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, modifier, view.visualRect(index).center()
    )


def _quarters(page: TasksPage, title: str) -> set[str]:
    node_id = page.model.node(page.proxy.mapToSource(_index(page, title)))
    assert node_id is not None
    with page.ctx.session_factory() as session:
        return set(
            session.scalars(
                select(Obligation.period).where(Obligation.node_id == node_id.id, Obligation.active)
            )
        )


def test_five_tasks_made_quarterly_at_once_and_one_undo_restores_them_all(
    qtbot: QtBot, demo_window: MainWindow, page: TasksPage
) -> None:
    before = {title: _shown_rhythm(page, title) for title in NOT_QUARTERLY}
    assert "每季度" not in before.values()
    _click(qtbot, page, NOT_QUARTERLY[0], ctrl=False)
    for title in NOT_QUARTERLY[1:]:
        _click(qtbot, page, title, ctrl=True)
    assert len(page.selected_task_ids()) == 5
    assert page.actionBatchEdit.isEnabled()

    page.batch_editor = None
    qtbot.keyClick(
        page.ui.taskView,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: page.batch_editor is not None and page.batch_editor.isVisible())
    dialog = page.batch_editor
    assert dialog is not None
    assert "已选择5项任务" in dialog.summaryLabel.text()
    dialog.set_frequency("quarterly")
    assert dialog.startCombo.isVisible()  # these tasks already owe items: from when?
    assert dialog.startCombo.currentText() == "本期起（2025年第4季度）"
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(
            dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
    for title in NOT_QUARTERLY:
        assert _shown_rhythm(page, title) == "每季度"
        assert "2025Q4" in _quarters(page, title)
    assert demo_window.undo_stack.undoText() == "批量修改5项任务"

    with qtbot.waitSignal(page.loaded, timeout=10000):
        demo_window.undo_stack.undo()
    assert {title: _shown_rhythm(page, title) for title in NOT_QUARTERLY} == before
    for title in NOT_QUARTERLY:
        assert "2025Q4" not in _quarters(page, title)


def test_ctrl_a_selects_every_task_and_enter_opens_the_batch_dialog(
    qtbot: QtBot, page: TasksPage
) -> None:
    page.ui.taskView.setFocus()
    _click(qtbot, page, NOT_QUARTERLY[0], ctrl=False)
    qtbot.keyClick(page.ui.taskView, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(page.selected_task_ids()) == 23  # sections left out
    page.batch_editor = None
    page.edit_selected()
    qtbot.waitUntil(lambda: page.batch_editor is not None and page.batch_editor.isVisible())
