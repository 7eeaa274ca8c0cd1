"""The main window on real workspaces: navigation, pages showing data, status bar."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from creditdesk.services.inbox import InboxFilter, count_submissions
from creditdesk.services.roster import list_units
from creditdesk.services.workspace import Workspace
from creditdesk.ui.common.page import Page
from creditdesk.ui.common.signals import Navigation, PageKey
from creditdesk.ui.home.home_page import HomePage
from creditdesk.ui.inbox.inbox_page import InboxPage
from creditdesk.ui.notices.notices_page import NoticesPage
from creditdesk.ui.reports.reports_page import ReportsPage
from creditdesk.ui.roster.roster_page import RosterPage
from creditdesk.ui.shell.main_window import MainWindow
from creditdesk.ui.tasks.tasks_page import TasksPage

ShowPage = Callable[[MainWindow, int], Page[Any]]

NAVIGATION = [
    ("工作台", HomePage),
    ("任务", TasksPage),
    ("单位", RosterPage),
    ("收件", InboxPage),
    ("督办", NoticesPage),
    ("报表", ReportsPage),
]


def _page_model(page: Page) -> QAbstractItemModel:
    """The (sorted) model of the page's main view."""
    views = {
        HomePage: "overdueView",
        TasksPage: "taskView",
        RosterPage: "unitView",
        InboxPage: "submissionView",
        NoticesPage: "noticeView",
        ReportsPage: "unitsView",
    }
    view = getattr(page.ui, views[type(page)])  # type: ignore[attr-defined]
    model: QAbstractItemModel = view.model()
    return model


def _column_texts(model: QAbstractItemModel, column: int) -> list[str]:
    return [model.index(row, column, QModelIndex()).data() for row in range(model.rowCount())]


def _click_nav(qtbot: QtBot, window: MainWindow, row: int) -> None:
    nav = window.ui.navList
    rect = nav.visualItemRect(nav.item(row))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_navigation_lists_the_six_areas_in_order(demo_window: MainWindow) -> None:
    nav = demo_window.ui.navList
    assert [nav.item(row).text() for row in range(nav.count())] == [n for n, _ in NAVIGATION]
    assert isinstance(demo_window.current_page(), HomePage)


@pytest.mark.parametrize(
    ("row", "expected"), list(enumerate(NAVIGATION)), ids=[n for n, _ in NAVIGATION]
)
def test_clicking_a_nav_item_shows_its_page_with_workspace_rows(
    qtbot: QtBot, demo_window: MainWindow, row: int, expected: tuple[str, type[Page]]
) -> None:
    _click_nav(qtbot, demo_window, (row + 1) % len(NAVIGATION))  # start somewhere else
    _click_nav(qtbot, demo_window, row)
    page = demo_window.current_page()
    assert isinstance(page, expected[1])
    assert page.isVisible()
    qtbot.waitUntil(lambda: _page_model(page).rowCount() > 0, timeout=10000)


@pytest.mark.parametrize(
    ("row", "expected"), list(enumerate(NAVIGATION)), ids=[n for n, _ in NAVIGATION]
)
def test_ctrl_number_shortcut_switches_to_its_page(
    qtbot: QtBot, demo_window: MainWindow, row: int, expected: tuple[str, type[Page]]
) -> None:
    demo_window.activateWindow()
    qtbot.waitActive(demo_window)
    other = (row + 1) % len(NAVIGATION)
    qtbot.keyClick(demo_window, Qt.Key(Qt.Key.Key_1 + other), Qt.KeyboardModifier.ControlModifier)
    assert demo_window.ui.navList.currentRow() == other
    qtbot.keyClick(demo_window, Qt.Key(Qt.Key.Key_1 + row), Qt.KeyboardModifier.ControlModifier)
    assert isinstance(demo_window.current_page(), expected[1])
    assert demo_window.ui.navList.currentRow() == row


def test_home_page_shows_the_current_quarter_and_its_figures(demo_window: MainWindow) -> None:
    page = demo_window.current_page()
    assert isinstance(page, HomePage)
    assert page.ui.headingLabel.text().startswith("2025年第4季度")
    assert int(page.ui.dueValue.text()) > 0
    assert page.overdue_model.rowCount() > 0
    assert page.ui.overdueBox.title() == f"逾期未报（全部期间，{page.overdue_model.rowCount()}项）"


def test_tasks_page_shows_the_plan_tree_with_chinese_frequency(
    qtbot: QtBot, demo_window: MainWindow, show_page: ShowPage
) -> None:
    page = show_page(demo_window, 1)
    assert isinstance(page, TasksPage)
    model = page.ui.taskView.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["编号", "任务", "牵头单位", "责任单位", "报送频次", "完成时限"]
    frequencies = {
        model.index(r, 4, model.index(s, 0)).data()
        for s in range(model.rowCount())
        for r in range(model.rowCount(model.index(s, 0)))
    }
    assert frequencies & {"每月", "每季度", "每半年", "每年", "一次性", "按事项", "持续推进"}
    assert not frequencies & {"monthly", "quarterly", "annual"}


def test_tasks_search_keeps_only_matching_tasks(
    demo_window: MainWindow, type_text: Callable[[QWidget, str], None], show_page: ShowPage
) -> None:
    page = show_page(demo_window, 1)
    assert isinstance(page, TasksPage)
    model = page.ui.taskView.model()
    first_section = model.index(0, 0)
    title = model.index(0, 1, first_section).data()
    type_text(page.ui.searchEdit, title)
    sections = [model.index(s, 0) for s in range(model.rowCount())]
    shown = [model.index(r, 1, s).data() for s in sections for r in range(model.rowCount(s))]
    source = page.model
    every = [
        source.index(r, 1, source.index(s, 0)).data()
        for s in range(source.rowCount())
        for r in range(source.rowCount(source.index(s, 0)))
    ]
    assert title in shown
    assert 0 < len(shown) < len(every)


def test_roster_search_narrows_the_unit_table(
    qtbot: QtBot,
    demo_window: MainWindow,
    type_text: Callable[[QWidget, str], None],
    show_page: ShowPage,
) -> None:
    page = show_page(demo_window, 2)
    assert isinstance(page, RosterPage)
    everyone = page.model.rowCount()
    name = page.model.row_at(0).name
    type_text(page.ui.searchEdit, name)
    qtbot.waitUntil(lambda: page.model.rowCount() < everyone)
    assert name in _column_texts(page.ui.unitView.model(), 0)
    assert page.ui.countLabel.text() == f"共{page.model.rowCount()}个单位"


def test_roster_category_filter_shows_only_that_category(
    qtbot: QtBot, demo_window: MainWindow, show_page: ShowPage
) -> None:
    page = show_page(demo_window, 2)
    assert isinstance(page, RosterPage)
    combo = page.ui.categoryCombo
    assert combo.itemText(0) == "全部类别"
    assert combo.count() > 2
    everyone = page.model.rowCount()
    combo.setCurrentIndex(1)
    category = combo.currentText()
    qtbot.waitUntil(lambda: 0 < page.model.rowCount() < everyone, timeout=10000)
    assert set(_column_texts(page.ui.unitView.model(), 2)) == {category}


def test_inbox_filter_keeps_submissions_of_one_unit(
    qtbot: QtBot,
    demo_window: MainWindow,
    type_text: Callable[[QWidget, str], None],
    show_page: ShowPage,
) -> None:
    page = show_page(demo_window, 3)
    assert isinstance(page, InboxPage)
    everyone = page.model.rowCount()
    unit = page.model.row_at(0).unit
    type_text(page.ui.filterEdit, unit)
    qtbot.waitUntil(lambda: page.model.rowCount() < everyone)
    assert set(_column_texts(page.ui.submissionView.model(), 1)) == {unit}
    assert "年" in page.model.index(0, 0).data()


def test_a_navigation_request_opens_the_inbox_on_its_filter(
    qtbot: QtBot, demo_window: MainWindow, show_page: ShowPage
) -> None:
    """What the home page's matrix does: one unit's submissions, shown in the 收件 page."""
    home = show_page(demo_window, 0)
    ctx = demo_window.ctx
    unit = next(u for u in list_units(ctx) if count_submissions(ctx, InboxFilter(unit_id=u.id)))
    home.signals.navigate.emit(Navigation(PageKey.INBOX, InboxFilter(unit_id=unit.id)))
    page = demo_window.current_page()
    assert isinstance(page, InboxPage)
    assert demo_window.ui.navList.currentRow() == 3
    qtbot.waitUntil(lambda: not page.is_loading() and page.model.rowCount() > 0, timeout=10000)
    assert set(_column_texts(page.ui.submissionView.model(), 1)) == {unit.name}
    assert page.ui.unitFilterCombo.currentText() == unit.name


def test_notices_page_says_when_nothing_was_sent(
    empty_window: MainWindow, show_page: ShowPage
) -> None:
    page = show_page(empty_window, 4)
    assert isinstance(page, NoticesPage)
    assert page.model.rowCount() == 0
    assert page.ui.emptyLabel.isVisible()


def test_reports_period_chooser_recomputes_the_figures(
    qtbot: QtBot, demo_window: MainWindow, show_page: ShowPage
) -> None:
    page = show_page(demo_window, 5)
    assert isinstance(page, ReportsPage)
    combo = page.ui.periodCombo
    assert combo.itemText(0) == "2025年第4季度"
    assert combo.itemText(1) == "2025年第3季度"
    with qtbot.waitSignal(page.loaded, timeout=10000):
        combo.setCurrentIndex(1)
    assert page.selected_period().label == "2025年第3季度"
    assert int(page.ui.dueValue.text()) > 0
    assert page.model.rowCount() > 0
    assert page.ui.asOfLabel.text() == "截至2025年11月12日"


def test_status_bar_shows_workspace_location_and_office_name(
    demo_window: MainWindow, demo_workspace: Workspace
) -> None:
    assert demo_window.workspace_label.text() == demo_workspace.describe()
    assert str(demo_workspace.directory) in demo_window.workspace_label.text()
    assert demo_window.office_label.text() != ""
    assert "未设置" not in demo_window.office_label.text()


def test_empty_workspace_opens_with_empty_pages_and_a_settings_hint(
    qtbot: QtBot, empty_window: MainWindow, show_page: ShowPage
) -> None:
    assert "未设置信用办名称" in empty_window.office_label.text()
    for row in range(len(NAVIGATION)):
        _click_nav(qtbot, empty_window, row)
    page = show_page(empty_window, 5)
    assert isinstance(page, ReportsPage)
    assert page.ui.dueValue.text() == "0"
    tasks = show_page(empty_window, 1)
    assert isinstance(tasks, TasksPage)
    assert tasks.ui.planTitleLabel.text() == "尚未导入工作要点。"
