"""工作台 on the demo office: since-last-time panel, overdue heading, matrix clicks, 延期."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QThreadPool
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from creditdesk.services.inbox import InboxFilter, count_submissions
from creditdesk.services.inbox_lookups import ObligationChoice, obligation_of_line
from creditdesk.services.matrix import OVERDUE, quarter_matrix
from creditdesk.services.periods import Period
from creditdesk.services.since_last import since_last_time
from creditdesk.services.status_types import ObligationLine
from creditdesk.services.workspace import Workspace
from creditdesk.ui.common.signals import AppSignals, PageKey
from creditdesk.ui.home import since_last_panel
from creditdesk.ui.home.home_page import HomePage, cell_filter
from creditdesk.ui.home.obligation_table_model import ObligationTableModel
from creditdesk.ui.home.quarter_matrix_view import QuarterMatrixView
from creditdesk.ui.inbox.extension_dialog import ExtensionDialog
from creditdesk.ui.inbox.submission_dialog import SubmissionDialog


@pytest.fixture
def home(
    qtbot: QtBot, demo_workspace: Workspace, pool: QThreadPool, monkeypatch: pytest.MonkeyPatch
) -> Iterator[HomePage]:
    """The 工作台 on its own over the demo office, shown and loaded."""
    monkeypatch.setattr(since_last_panel, "VIEWED_AFTER_MS", 300)
    page = HomePage(demo_workspace.context, AppSignals(), pool)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.show()
    yield page


def _groups(page: HomePage) -> dict[str, list[QTreeWidgetItem]]:
    tree = page.since_last_panel.ui.itemsTree
    groups = {}
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        groups[top.text(0)] = [top.child(j) for j in range(top.childCount())]
    return groups


def test_overdue_heading_says_it_covers_every_period(home: HomePage) -> None:
    n = home.overdue_model.rowCount()
    assert n > 0
    assert home.ui.overdueBox.title() == f"逾期未报（全部期间，{n}项）"


def _bold_rows(model: ObligationTableModel) -> list[ObligationLine]:
    return [
        model.row_at(r)
        for r in range(model.rowCount())
        if model.index(r, 0).data(Qt.ItemDataRole.FontRole) is not None
    ]


def test_since_last_panel_counts_new_overdue_items_and_bolds_them_below_instead_of_repeating(
    qtbot: QtBot, home: HomePage, demo_workspace: Workspace
) -> None:
    panel = home.since_last_panel
    assert panel.isVisible()
    changes = since_last_time(demo_workspace.context, demo_workspace.context.clock.now())
    n = len(changes.became_overdue)
    assert n > 0
    tops = list(_groups(home))
    (summary,) = [t for t in tops if t.startswith("新逾期未报")]
    assert summary.startswith(f"新逾期未报{n}项（") and "在下方“逾期未报”中以粗体标出" in summary
    assert sorted(map(str, _bold_rows(home.overdue_model))) == sorted(
        map(str, changes.became_overdue)
    )
    listed = {home.overdue_model.index(r, 1).data() for r in range(home.overdue_model.rowCount())}
    shown = [item.text(0) for items in _groups(home).values() for item in items]
    assert not any(task in text for text in shown for task in listed)  # no line repeated
    assert any(t.startswith("可发督办通知的单位") for t in tops)

    item = home.since_last_panel.ui.itemsTree.findItems(summary, Qt.MatchFlag.MatchExactly)[0]
    panel.ui.itemsTree.itemActivated.emit(item, 0)
    view = home.ui.overdueView
    assert len(view.selectionModel().selectedRows()) == n and view.hasFocus()


def test_mark_seen_hides_the_panel_for_good(
    qtbot: QtBot, home: HomePage, demo_workspace: Workspace
) -> None:
    panel = home.since_last_panel
    panel.ui.markSeenButton.click()
    assert not panel.isVisible()
    later = since_last_time(demo_workspace.context, demo_workspace.context.clock.now())
    assert later.last_seen is not None
    assert later.became_overdue == []
    with qtbot.waitSignal(home.loaded, timeout=10000):
        home.reload()
    assert not panel.isVisible()


def test_seeing_the_panel_moves_the_next_start_on_without_emptying_this_one(
    qtbot: QtBot, home: HomePage, demo_workspace: Workspace, pool: QThreadPool
) -> None:
    """After the panel was in view, the next start starts from then; this session keeps it."""
    ctx = demo_workspace.context
    panel = home.since_last_panel
    before = since_last_time(ctx, ctx.clock.now())
    assert before.last_seen is None and not panel.viewed
    qtbot.waitUntil(lambda: panel.viewed, timeout=panel.viewed_after_ms + 5000)
    assert since_last_time(ctx, ctx.clock.now()).last_seen == ctx.clock.now()
    with qtbot.waitSignal(home.loaded, timeout=10000):
        home.reload()
    assert panel.isVisible()  # the same session still shows what the clerk is handling
    assert any(t.startswith("新逾期未报") for t in _groups(home))

    again = HomePage(ctx, AppSignals(), pool)  # the next start
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.loaded, timeout=10000):
        again.show()
    assert not any(t.startswith("新逾期未报") for t in _groups(again))
    assert _bold_rows(again.overdue_model) == []


def test_closing_the_program_after_the_panel_was_shown_counts_as_seen(
    home: HomePage, demo_workspace: Workspace
) -> None:
    ctx = demo_workspace.context
    QCoreApplication.instance().aboutToQuit.emit()  # type: ignore[union-attr]
    assert since_last_time(ctx, ctx.clock.now()).last_seen == ctx.clock.now()


def test_postponing_then_closing_does_not_count_as_seen(
    home: HomePage, demo_workspace: Workspace
) -> None:
    ctx = demo_workspace.context
    home.since_last_panel.postpone_to_tomorrow()
    QCoreApplication.instance().aboutToQuit.emit()  # type: ignore[union-attr]
    assert since_last_time(ctx, ctx.clock.now()).last_seen is None


def test_postponing_to_tomorrow_hides_the_panel_until_then(
    qtbot: QtBot, home: HomePage, demo_workspace: Workspace, pool: QThreadPool
) -> None:
    home.since_last_panel.postpone_to_tomorrow()
    assert not home.since_last_panel.isVisible()
    again = HomePage(demo_workspace.context, AppSignals(), pool)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.loaded, timeout=10000):
        again.show()
    assert not again.since_last_panel.isVisible()
    changes = since_last_time(demo_workspace.context, demo_workspace.context.clock.now())
    assert changes.postponed_until == dt.date(2025, 11, 13)


def test_postponing_to_a_chosen_day_uses_the_day_picked(home: HomePage) -> None:
    panel = home.since_last_panel
    panel.day_chooser = lambda _parent, earliest: earliest + dt.timedelta(days=6)
    menu = panel.ui.postponeButton.menu()
    assert [a.text() for a in menu.actions()] == ["明天再提醒", "选择日期…"]
    menu.actions()[1].trigger()
    assert not panel.isVisible()
    assert panel.ctx is home.ctx


def test_log_receipt_on_an_overdue_line_opens_the_dialog_on_that_obligation(
    home: HomePage, demo_workspace: Workspace
) -> None:
    line = home.overdue_model.row_at(0)
    home.log_for_line(line)
    dialog = home.dialog
    assert isinstance(dialog, SubmissionDialog)
    assert dialog.ui.unitCombo.currentText() == line.unit
    assert dialog.ui.periodCombo.currentText() == line.period_label
    choice = dialog.ui.taskCombo.currentData()
    assert isinstance(choice, ObligationChoice)
    expected = obligation_of_line(demo_workspace.context, line)
    assert expected is not None
    assert choice.obligation_id == expected.obligation_id
    assert dialog.ui.receivedDate.date().toPython() == dt.date(2025, 11, 12)
    dialog.reject()


def test_a_matrix_cell_with_nothing_received_opens_the_log_dialog_prefilled(
    home: HomePage, demo_workspace: Workspace
) -> None:
    ctx = demo_workspace.context
    matrix = quarter_matrix(ctx, Period.parse("2025Q4"), ctx.clock.today())
    (unit_id, node_id), cell = next(
        (key, c)
        for key, c in matrix.cells.items()
        if c.state == OVERDUE and count_submissions(ctx, cell_filter(*key, c)) == 0
    )
    home.open_cell(unit_id, node_id, cell)
    dialog = home.dialog
    assert isinstance(dialog, SubmissionDialog)
    assert dialog.unit_id() == unit_id
    choice = dialog.ui.taskCombo.currentData()
    assert isinstance(choice, ObligationChoice)
    assert choice.node_id == node_id
    dialog.reject()


def test_a_matrix_cell_with_submissions_asks_for_the_inbox_filtered_to_it(
    qtbot: QtBot, home: HomePage, demo_workspace: Workspace
) -> None:
    ctx = demo_workspace.context
    matrix = quarter_matrix(ctx, Period.parse("2025Q3"), ctx.clock.today())
    (unit_id, node_id), cell = next(
        (key, c) for key, c in matrix.cells.items() if c.received == len(c.obligations) == 3
    )
    with qtbot.waitSignal(home.signals.navigate) as asked:
        home.open_cell(unit_id, node_id, cell)
    navigation = asked.args[0]
    assert navigation.page == PageKey.INBOX
    filters = navigation.focus
    assert filters == InboxFilter(unit_id=unit_id, node_id=node_id, period=filters.period)
    assert filters.period is not None
    assert count_submissions(ctx, filters) >= 3


def test_the_matrix_tab_loads_when_opened(qtbot: QtBot, home: HomePage) -> None:
    assert not home.ui.matrixTab.findChildren(QuarterMatrixView)  # not read before asked
    view = home.matrix_view
    with qtbot.waitSignal(view.loaded, timeout=10000):
        home.show_matrix()
    assert view.period().label == "2025年第4季度"
    assert view.model.rowCount() > 10
    assert "截至2025年11月12日" in view.ui.asOfLabel.text()


def test_extension_from_a_home_line_is_granted_and_undone(
    qtbot: QtBot, home: HomePage, demo_workspace: Workspace
) -> None:
    ctx = demo_workspace.context
    line = home.due_soon_model.row_at(0) if home.due_soon_model.rowCount() else None
    line = line or home.overdue_model.row_at(0)
    home.extend_line(line)
    dialog = home.dialog
    assert isinstance(dialog, ExtensionDialog)
    original = dialog.choice()
    dialog.accept()  # no reason yet: refused in the dialog
    assert dialog.ui.errorLabel.text() == "请填写延期理由。"
    new_due = original.due_date + dt.timedelta(days=20)
    dialog.ui.newDate.setDate(new_due)
    dialog.ui.reasonEdit.setPlainText("单位来函，系统升级")
    with qtbot.waitSignal(home.loaded, timeout=10000):
        dialog.accept()
    granted = obligation_of_line(ctx, line)
    assert granted is not None
    assert granted.extended_to == new_due
    assert granted.extension_reason == "单位来函，系统升级"
    with qtbot.waitSignal(home.loaded, timeout=10000):
        home.undo_stack.undo()
    restored = obligation_of_line(ctx, line)
    assert restored is not None
    assert restored.extended_to == original.extended_to


def test_the_extension_for_a_long_overdue_item_proposes_a_date_ahead(
    qtbot: QtBot, home: HomePage
) -> None:
    """A week after the due date would already be past: the dialog proposes a week from today."""
    lines = [home.overdue_model.row_at(r) for r in range(home.overdue_model.rowCount())]
    today = home.ctx.clock.today()
    line = next(line for line in lines if line.due_date + dt.timedelta(days=7) < today)
    home.extend_line(line)
    dialog = home.dialog
    assert isinstance(dialog, ExtensionDialog)
    assert dialog.new_due() == today + dt.timedelta(days=7)
    dialog.reject()
