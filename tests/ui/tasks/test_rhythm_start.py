"""编辑任务: a new rhythm for a task that owes items asks 自哪一期起执行 and keeps to it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from creditdesk.model import Obligation
from creditdesk.services.tasks import TaskNode
from creditdesk.ui.common.page import Page
from creditdesk.ui.shell.main_window import MainWindow
from creditdesk.ui.tasks.task_edit_dialog import TaskEditDialog
from creditdesk.ui.tasks.tasks_page import TasksPage

ShowPage = Callable[[MainWindow, int], Page[Any]]


@pytest.fixture
def page(qtbot: QtBot, demo_window: MainWindow, show_page: ShowPage) -> Iterator[TasksPage]:
    demo_window.activateWindow()
    page = show_page(demo_window, 1)
    assert isinstance(page, TasksPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10000)
    yield page
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, TaskEditDialog) and widget.isVisible():
            widget.close()


def _quarterly_task(page: TasksPage) -> TaskNode:
    def walk(nodes: list[TaskNode]) -> Iterator[TaskNode]:
        for node in nodes:
            yield node
            yield from walk(node.children)

    return next(n for n in walk(page.model._roots) if n.frequency == "quarterly")


def _periods(page: TasksPage, node_id: int) -> set[str]:
    with page.ctx.session_factory() as session:
        return set(
            session.scalars(
                select(Obligation.period).where(Obligation.node_id == node_id, Obligation.active)
            )
        )


def _make_monthly(qtbot: QtBot, page: TasksPage, start: str) -> int:
    """Open the task dialog on a quarterly task, choose 每月 from ``start``, press OK."""
    task = _quarterly_task(page)
    assert any(p.endswith("Q4") for p in _periods(page, task.id))  # it owes items already
    view = page.ui.taskView
    view.setCurrentIndex(page.proxy.mapFromSource(page.model.index_of(task.id)))
    page.editor = None
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.isVisible())
    dialog = page.editor
    assert dialog is not None
    assert not dialog.start.combo.isVisible()  # the rhythm is not changed yet: nothing to ask
    combo = dialog.ui.frequencyCombo
    combo.setCurrentIndex(combo.findData("monthly"))
    assert dialog.start.combo.isVisible()
    assert dialog.start.combo.currentText() == "本期起（2025年11月）"
    assert "该任务已有" in dialog.start.hint.text()
    dialog.start.choose(start)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(
            dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok),
            Qt.MouseButton.LeftButton,
        )
    return task.id


def test_monthly_from_the_next_period_creates_no_month_before_it(
    qtbot: QtBot, page: TasksPage
) -> None:
    node_id = _make_monthly(qtbot, page, "next")
    months = {p for p in _periods(page, node_id) if "-" in p}
    assert months == {"2025-12"}


def test_monthly_for_the_whole_year_creates_the_past_months_too(
    qtbot: QtBot, demo_window: MainWindow, page: TasksPage
) -> None:
    node_id = _make_monthly(qtbot, page, "year")
    months = {p for p in _periods(page, node_id) if "-" in p}
    assert {"2025-10", "2025-11", "2025-12"} <= months
    with qtbot.waitSignal(page.loaded, timeout=10000):
        demo_window.undo_stack.undo()
    assert not {p for p in _periods(page, node_id) if "-" in p}
