"""The 任务 page over the demo office: browse, search, add, edit, move, delete, undo, redo."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from creditdesk.services.task_edit import load_roles, load_rule
from creditdesk.services.tasks import TaskNode, load_task_tree
from creditdesk.ui.common.page import Page
from creditdesk.ui.shell.main_window import MainWindow
from creditdesk.ui.tasks.task_edit_dialog import TaskEditDialog
from creditdesk.ui.tasks.tasks_page import TasksPage

ShowPage = Callable[[MainWindow, int], Page[Any]]
TypeText = Callable[[QWidget, str], None]

UNLOGGED_TASK = "开展信用建设工作自查评估"
"""A demo task (（四）, in 一、) without logged submissions: it may be deleted."""
LOGGED_TASK = "落实上级信用政策文件"
"""A demo task with submissions logged against it: the service refuses to delete it."""


@pytest.fixture
def page(qtbot: QtBot, demo_window: MainWindow, show_page: ShowPage) -> Iterator[TasksPage]:
    """The 任务 page of the demo window, its tree loaded, the window active for shortcuts."""
    demo_window.activateWindow()
    page = show_page(demo_window, 1)
    assert isinstance(page, TasksPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10000)
    yield page
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, (QMessageBox, TaskEditDialog)) and widget.isVisible():
            widget.close()


def _tree(page: TasksPage) -> list[TaskNode]:
    return load_task_tree(page.ctx)


def _find(nodes: list[TaskNode], title: str) -> TaskNode | None:
    for node in nodes:
        if node.title == title:
            return node
        found = _find(node.children, title)
        if found is not None:
            return found
    return None


def _section_of(nodes: list[TaskNode], title: str) -> TaskNode | None:
    return next((s for s in nodes if any(c.title == title for c in s.children)), None)


def _shown(page: TasksPage, title: str, parent: QModelIndex | None = None) -> TaskNode | None:
    """The node whose 任务 cell reads ``title`` in the page's tree, searched row by row."""
    model, parent = page.model, parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if model.index(row, 1, parent).data() == title:
            return model.node(index)
        found = _shown(page, title, index)
        if found is not None:
            return found
    return None


def _select(page: TasksPage, title: str) -> TaskNode:
    node = _shown(page, title)
    assert node is not None, title
    assert page.select_node(node.id)
    page.ui.taskView.setFocus()
    return node


def _open_editor(qtbot: QtBot, page: TasksPage, trigger: Callable[[], object]) -> TaskEditDialog:
    page.editor = None
    trigger()
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.isVisible(), timeout=10000)
    assert page.editor is not None
    return page.editor


def _press(qtbot: QtBot, window: MainWindow, key: Qt.Key, ctrl: bool = False) -> None:
    """Press a key as the clerk would: in the window, once it is active again."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    modifier = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    focus = QApplication.focusWidget() or window
    qtbot.keyClick(focus, key, modifier)


def _ok(qtbot: QtBot, dialog: TaskEditDialog) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_page_shows_the_demo_plan_tree_with_toolbar(page: TasksPage) -> None:
    view_model = page.ui.taskView.model()
    sections = [view_model.index(r, 1).data() for r in range(view_model.rowCount())]
    assert sections[0] == "健全信用制度和工作机制"
    assert len(sections) == 5
    assert page.ui.countLabel.text() == "共23项任务"
    assert page.ui.addTaskButton.text() == "新增任务"
    assert page.ui.importButton.isEnabled()
    assert page.ui.actionAddTask.shortcut().toString() == "Ctrl+N"


def test_ctrl_n_adds_a_task_with_units_and_rule_and_undo_redo_restore_it(
    qtbot: QtBot, demo_window: MainWindow, page: TasksPage, type_text: TypeText
) -> None:
    _select(page, UNLOGGED_TASK)
    editor = _open_editor(qtbot, page, lambda: _press(qtbot, demo_window, Qt.Key.Key_N, ctrl=True))
    assert editor.windowTitle() == "新增任务"
    type_text(editor.ui.labelEdit, "（四之一）")
    type_text(editor.ui.titleEdit, "开展信用承诺践诺情况抽查")
    picker = editor.pick("lead")
    picker.ui.searchEdit.setText("统计局")
    assert [e.name for e in picker.visible_entries()] == ["青禾县统计局"]
    picker.select(picker.visible_entries()[0].key)
    picker.accept()
    assert [e.name for e in editor.role_entries("lead")] == ["青禾县统计局"]
    editor.ui.frequencyCombo.setCurrentIndex(editor.ui.frequencyCombo.findData("quarterly"))
    assert editor.ui.ruleLabel.text() == "期末后5个工作日内"
    assert "2025年第4季度" in editor.ui.nextDueLabel.text()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        _ok(qtbot, editor)

    added = _find(_tree(page), "开展信用承诺践诺情况抽查")
    assert added is not None
    assert added.lead_units == ["青禾县统计局"]
    assert added.frequency == "quarterly"
    section = _section_of(_tree(page), "开展信用承诺践诺情况抽查")
    assert section is not None
    titles = [c.title for c in section.children]
    assert titles.index("开展信用承诺践诺情况抽查") == titles.index(UNLOGGED_TASK) + 1
    assert page.selected_node() is not None
    assert page.selected_node().id == added.id  # type: ignore[union-attr]

    with qtbot.waitSignal(page.loaded, timeout=10000):
        _press(qtbot, demo_window, Qt.Key.Key_Z, ctrl=True)
    assert _find(_tree(page), "开展信用承诺践诺情况抽查") is None

    with qtbot.waitSignal(page.loaded, timeout=10000):
        _press(qtbot, demo_window, Qt.Key.Key_Y, ctrl=True)
    again = _find(_tree(page), "开展信用承诺践诺情况抽查")
    assert again is not None
    assert again.id == added.id
    assert again.lead_units == ["青禾县统计局"]


def test_add_section_from_the_toolbar_goes_after_the_selected_section(
    qtbot: QtBot, page: TasksPage, type_text: TypeText
) -> None:
    _select(page, UNLOGGED_TASK)
    editor = _open_editor(qtbot, page, page.ui.addSectionButton.click)
    assert not editor.ui.rolesBox.isVisible()
    type_text(editor.ui.labelEdit, "一之二、")
    type_text(editor.ui.titleEdit, "专项整治")
    with qtbot.waitSignal(page.loaded, timeout=10000):
        _ok(qtbot, editor)
    assert [s.title for s in _tree(page)][:2] == ["健全信用制度和工作机制", "专项整治"]


def test_f2_edits_title_units_and_rule_and_ctrl_z_restores_them_all(
    qtbot: QtBot, demo_window: MainWindow, page: TasksPage, type_text: TypeText
) -> None:
    node = _select(page, UNLOGGED_TASK)
    roles_before = load_roles(page.ctx, node.id)
    rule_before = load_rule(page.ctx, node.id)
    editor = _open_editor(qtbot, page, lambda: _press(qtbot, demo_window, Qt.Key.Key_F2))
    assert editor.ui.titleEdit.text() == UNLOGGED_TASK
    assert [e.name for e in editor.role_entries("lead")] == ["青禾县发展和改革委员会"]
    assert editor.ui.ruleLabel.text() == "12月20日前"
    editor.ui.titleEdit.clear()
    type_text(editor.ui.titleEdit, "开展信用工作年度自查")
    editor.ui.leadList.setCurrentRow(0)
    editor.ui.leadList.item(0).setSelected(True)
    editor.ui.removeLeadButton.click()
    editor.add_targets("lead", [e for e in editor.data.entries if e.name == "青禾县统计局"])
    editor.ui.frequencyCombo.setCurrentIndex(editor.ui.frequencyCombo.findData("half-yearly"))
    assert editor.ui.ruleLabel.text() == "期末后10个工作日内"
    with qtbot.waitSignal(page.loaded, timeout=10000):
        _ok(qtbot, editor)

    edited = _find(_tree(page), "开展信用工作年度自查")
    assert edited is not None
    assert edited.lead_units == ["青禾县统计局"]
    assert edited.frequency == "half-yearly"
    assert edited.deadline == "期末后10个工作日内"

    with qtbot.waitSignal(page.loaded, timeout=10000):
        _press(qtbot, demo_window, Qt.Key.Key_Z, ctrl=True)
    restored = _find(_tree(page), UNLOGGED_TASK)
    assert restored is not None
    assert restored.deadline == "12月20日前"
    assert restored.frequency == "annual"
    assert load_roles(page.ctx, node.id) == roles_before
    assert load_rule(page.ctx, node.id) == rule_before


def test_enter_opens_the_editor_and_cancel_changes_nothing(
    qtbot: QtBot, demo_window: MainWindow, page: TasksPage
) -> None:
    _select(page, UNLOGGED_TASK)
    count = page.undo_stack.count()
    editor = _open_editor(qtbot, page, lambda: _press(qtbot, demo_window, Qt.Key.Key_Return))
    assert editor.windowTitle() == "编辑任务"
    editor.reject()
    _open_editor(qtbot, page, page.edit_selected).accept()  # OK with nothing changed
    assert page.undo_stack.count() == count


def test_delete_asks_first_and_ctrl_z_restores_the_task(
    qtbot: QtBot, demo_window: MainWindow, page: TasksPage
) -> None:
    node = _select(page, UNLOGGED_TASK)
    questions: list[str] = []

    def refuse(title: str, text: str) -> bool:
        questions.append(text)
        return False

    page.confirm = refuse
    _press(qtbot, demo_window, Qt.Key.Key_Delete)
    assert questions and UNLOGGED_TASK in questions[0]
    assert _find(_tree(page), UNLOGGED_TASK) is not None

    page.confirm = lambda title, text: True
    with qtbot.waitSignal(page.loaded, timeout=10000):
        _press(qtbot, demo_window, Qt.Key.Key_Delete)
    assert _find(_tree(page), UNLOGGED_TASK) is None
    assert _shown(page, UNLOGGED_TASK) is None

    with qtbot.waitSignal(page.loaded, timeout=10000):
        _press(qtbot, demo_window, Qt.Key.Key_Z, ctrl=True)
    back = _find(_tree(page), UNLOGGED_TASK)
    assert back is not None
    assert back.id == node.id
    assert back.lead_units == ["青禾县发展和改革委员会"]


def test_deleting_a_task_with_logged_submissions_shows_the_services_refusal(
    qtbot: QtBot, page: TasksPage
) -> None:
    _select(page, LOGGED_TASK)
    count = page.undo_stack.count()
    page.confirm = lambda title, text: True
    page.ui.deleteButton.click()
    qtbot.waitUntil(lambda: page.message_box is not None and page.message_box.isVisible())
    assert page.message_box is not None
    assert "不能删除" in page.message_box.text()
    assert _find(_tree(page), LOGGED_TASK) is not None
    assert page.undo_stack.count() == count


def test_dropping_a_task_on_another_section_moves_it_and_undo_moves_it_back(
    qtbot: QtBot, demo_window: MainWindow, page: TasksPage
) -> None:
    proxy = page.proxy
    first = proxy.index(0, 0)
    task = next(
        proxy.index(r, 0, first)
        for r in range(proxy.rowCount(first))
        if proxy.index(r, 1, first).data() == UNLOGGED_TASK
    )
    target = proxy.index(2, 0)  # 三、
    data = proxy.mimeData([task])
    assert proxy.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, target)
    assert not proxy.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, task)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        dropped = proxy.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, target)
    assert not dropped  # the view removes nothing; the reload shows the move
    sections = _tree(page)
    assert sections[2].children[0].title == UNLOGGED_TASK
    assert UNLOGGED_TASK not in [c.title for c in sections[0].children]

    with qtbot.waitSignal(page.loaded, timeout=10000):
        _press(qtbot, demo_window, Qt.Key.Key_Z, ctrl=True)
    sections = _tree(page)
    assert [c.title for c in sections[0].children][3] == UNLOGGED_TASK


def test_dropping_a_task_lower_in_its_own_section_keeps_the_drop_place(
    qtbot: QtBot, page: TasksPage
) -> None:
    proxy = page.proxy
    first = proxy.index(0, 0)
    task = proxy.index(0, 0, first)
    title = proxy.index(0, 1, first).data()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        proxy.dropMimeData(proxy.mimeData([task]), Qt.DropAction.MoveAction, 2, 0, first)
    assert [c.title for c in _tree(page)[0].children].index(title) == 1


def test_search_by_unit_name_keeps_only_that_units_tasks(
    qtbot: QtBot, page: TasksPage, type_text: TypeText
) -> None:
    type_text(page.ui.searchEdit, "统计局")
    view_model = page.ui.taskView.model()
    shown = [
        view_model.index(r, 1, view_model.index(s, 0)).data()
        for s in range(view_model.rowCount())
        for r in range(view_model.rowCount(view_model.index(s, 0)))
    ]
    assert shown == ["落实信用工作考核"]
    page.ui.searchEdit.clear()
    assert view_model.rowCount() == 5


def test_context_menu_offers_add_edit_delete_and_import(qtbot: QtBot, page: TasksPage) -> None:
    _select(page, UNLOGGED_TASK)
    menu = page.context_menu()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["新增部分", "新增任务", "编辑…", "批量修改…", "删除", "导入工作要点…"]
    enabled = [a.text() for a in menu.actions() if not a.isSeparator() and a.isEnabled()]
    assert "批量修改…" not in enabled  # one task: the task dialog, not the batch
    assert len(enabled) == 5
    menu.deleteLater()


def test_task_tree_model_with_drag_and_drop_passes_qtmodeltester(
    qtmodeltester: ModelTester, page: TasksPage
) -> None:
    qtmodeltester.check(page.model)
    assert page.model.index_of(-1) == QModelIndex()
