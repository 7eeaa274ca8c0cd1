"""单位分组 beside the roster: a new group asks before taking the selected units, and deleting
a group says how many members and tasks refer to it first."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from creditdesk.services.roster_groups import list_groups, tasks_using_group
from creditdesk.services.workspace import Workspace
from creditdesk.ui.common.page import Page
from creditdesk.ui.roster.roster_page import RosterPage
from creditdesk.ui.shell.main_window import MainWindow

ShowPage = Callable[[MainWindow, int], Page[Any]]


class Answers:
    """Answers the panel's questions with a fixed choice and remembers what was asked."""

    def __init__(self, answer: int | None) -> None:
        self.answer = answer
        self.asked: list[tuple[str, list[str]]] = []

    def __call__(
        self, parent: QWidget, title: str, text: str, buttons: Sequence[str]
    ) -> int | None:
        self.asked.append((text, list(buttons)))
        return self.answer


@pytest.fixture
def roster(demo_window: MainWindow, show_page: ShowPage) -> RosterPage:
    page = show_page(demo_window, 2)
    assert isinstance(page, RosterPage)
    return page


def _groups(workspace: Workspace) -> dict[str, Any]:
    return {g.name: g for g in list_groups(workspace.context)}


def _new_group(qtbot: QtBot, page: RosterPage, name: str, answers: Answers) -> None:
    page.groups.ask_text = lambda *_args: name
    page.groups.choose = answers
    qtbot.mouseClick(page.groups.ui.newGroupButton, Qt.MouseButton.LeftButton)


def test_a_new_group_asks_before_taking_the_selected_units(
    qtbot: QtBot, roster: RosterPage, demo_workspace: Workspace
) -> None:
    roster.select_units([row.id for row in roster.model.rows()[:3]])
    cancelled = Answers(None)
    _new_group(qtbot, roster, "临时分组", cancelled)
    ((question, buttons),) = cancelled.asked
    assert question == "左侧表格中选中了3个单位，是否作为分组“临时分组”的成员？"
    assert buttons == ["加入所选3个单位", "建空分组"]
    assert "临时分组" not in _groups(demo_workspace)

    _new_group(qtbot, roster, "临时分组", Answers(1))
    assert _groups(demo_workspace)["临时分组"].member_ids == ()
    assert roster.ui.messageLabel.text().startswith("已新建空分组“临时分组”。在左侧表格中选中单位")

    _new_group(qtbot, roster, "三个单位", Answers(0))
    assert len(_groups(demo_workspace)["三个单位"].member_ids) == 3


def test_with_nothing_selected_a_new_group_starts_empty_without_a_question(
    qtbot: QtBot, roster: RosterPage, demo_workspace: Workspace
) -> None:
    roster.select_units([])
    answers = Answers(0)
    _new_group(qtbot, roster, "空分组", answers)
    assert answers.asked == []
    assert _groups(demo_workspace)["空分组"].member_ids == ()


def test_deleting_a_group_says_how_many_members_and_asks(
    qtbot: QtBot, roster: RosterPage, demo_workspace: Workspace
) -> None:
    roster.select_units([row.id for row in roster.model.rows()[:2]])
    _new_group(qtbot, roster, "待删分组", Answers(0))
    qtbot.waitUntil(lambda: not roster.is_loading(), timeout=10000)
    panel = roster.groups
    panel.select_group("待删分组")
    keep = Answers(None)
    panel.choose = keep
    qtbot.mouseClick(panel.ui.deleteGroupButton, Qt.MouseButton.LeftButton)
    ((question, buttons),) = keep.asked
    assert question.startswith("删除分组“待删分组”？它有2个成员单位，没有任务引用它。")
    assert buttons == ["删除"]
    assert "待删分组" in _groups(demo_workspace)
    panel.choose = Answers(0)
    qtbot.mouseClick(panel.ui.deleteGroupButton, Qt.MouseButton.LeftButton)
    assert "待删分组" not in _groups(demo_workspace)


def test_a_group_tasks_refer_to_is_not_deleted_and_the_clerk_is_told_how_many(
    qtbot: QtBot, roster: RosterPage, demo_workspace: Workspace
) -> None:
    ctx = demo_workspace.context
    used = next(g for g in list_groups(ctx) if tasks_using_group(ctx, g.id))
    tasks = tasks_using_group(ctx, used.id)
    panel = roster.groups
    panel.select_group(used.name)
    answers = Answers(0)
    panel.choose = answers
    qtbot.mouseClick(panel.ui.deleteGroupButton, Qt.MouseButton.LeftButton)
    assert answers.asked == []  # nothing to confirm: it cannot go
    box = panel.refusal_box
    assert box is not None
    assert f"{tasks}项任务的分工引用了它，不能删除" in box.text()
    assert used.name in _groups(demo_workspace)
    box.close()
