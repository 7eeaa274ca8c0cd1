"""收件 page on the demo office: filters, logging with dropped files, review, undo, attachments."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers.fakes import Opened
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QThreadPool, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from creditdesk.model import Submission
from creditdesk.services.inbox import InboxFilter, count_submissions
from creditdesk.services.inbox_lookups import attachments_of
from creditdesk.services.roster import list_units
from creditdesk.services.workspace import Workspace
from creditdesk.ui.common.signals import AppSignals
from creditdesk.ui.inbox.inbox_page import InboxPage
from creditdesk.ui.inbox.submission_dialog import SubmissionDialog

TypeText = Callable[[QWidget, str], None]


@pytest.fixture
def inbox(qtbot: QtBot, demo_workspace: Workspace, pool: QThreadPool) -> InboxPage:
    """The inbox page on its own over the demo office, shown and loaded."""
    page = InboxPage(demo_workspace.context, AppSignals(), pool)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.show()
    return page


def _reloaded(qtbot: QtBot, page: InboxPage) -> None:
    """Wait for the rows of the filter just chosen (a chosen filter queries at once)."""
    qtbot.waitUntil(lambda: not page.is_loading())


def _column(page: InboxPage, column: int) -> list[str]:
    model = page.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _drop(target: QWidget, files: list[Path]) -> bool:
    """Drag files from the desktop onto ``target`` and drop them; whether the drop was taken."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    action = Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    try:  # Qt 6.10+ takes a QPointF (the QPoint form is deprecated there); 6.9 only a QPoint
        enter = QDragEnterEvent(QPointF(10, 10), action, mime, buttons, keys)
    except TypeError:
        enter = QDragEnterEvent(QPoint(10, 10), action, mime, buttons, keys)
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(10, 10), action, mime, buttons, keys)
    QApplication.sendEvent(target, drop)
    return bool(drop.isAccepted())


def _report(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / "desktop" / name
    path.parent.mkdir(exist_ok=True)
    path.write_text(content, encoding="utf-8")
    return path


def test_unit_and_review_filters_keep_only_matching_rows(qtbot: QtBot, inbox: InboxPage) -> None:
    everyone = inbox.model.total
    combo = inbox.ui.unitFilterCombo
    assert combo.itemText(0) == "全部单位"
    combo.setCurrentIndex(combo.findText("青禾县财政局"))
    _reloaded(qtbot, inbox)
    assert 0 < inbox.model.total < everyone
    assert set(_column(inbox, 1)) == {"青禾县财政局"}
    review = inbox.ui.reviewFilterCombo
    review.setCurrentIndex(review.findText("待审核"))
    _reloaded(qtbot, inbox)
    assert set(_column(inbox, 6)) <= {"待审核"}
    assert inbox.ui.countLabel.text() == f"共{inbox.model.total}件"


def test_period_filter_includes_the_months_of_a_quarter(qtbot: QtBot, inbox: InboxPage) -> None:
    combo = inbox.ui.periodFilterCombo
    combo.setCurrentIndex(combo.findText("2025年第3季度"))
    _reloaded(qtbot, inbox)
    periods = set(_column(inbox, 3))
    assert periods
    assert periods <= {"2025年第3季度", "2025年7月", "2025年8月", "2025年9月"}


def test_received_date_range_limits_the_rows(qtbot: QtBot, inbox: InboxPage) -> None:
    inbox.show_filter(
        InboxFilter(received_from=dt.date(2025, 10, 1), received_to=dt.date(2025, 10, 31))
    )
    _reloaded(qtbot, inbox)
    assert inbox.ui.dateCheck.isChecked()
    days = {row.received_on for row in inbox.model.rows()}
    assert days
    assert all(dt.date(2025, 10, 1) <= d <= dt.date(2025, 10, 31) for d in days)


def test_clicking_the_unit_header_sorts_in_sql(qtbot: QtBot, inbox: InboxPage) -> None:
    inbox.ui.submissionView.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert inbox.model.query.sort == "unit"
    assert not inbox.model.query.descending
    units = _column(inbox, 1)
    assert units == sorted(units)  # the database orders; the model only shows the page


def test_log_dialog_prefills_unit_and_period_from_a_dropped_file_and_stores_it(
    qtbot: QtBot, inbox: InboxPage, demo_workspace: Workspace, tmp_path: Path
) -> None:
    ctx = demo_workspace.context
    before = count_submissions(ctx, InboxFilter())
    qtbot.keyClick(inbox.ui.submissionView, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = inbox.dialog
    assert isinstance(dialog, SubmissionDialog)
    assert dialog.ui.receivedDate.date().toPython() == dt.date(2025, 11, 12)
    report = _report(tmp_path, "青禾县财政局-2025年三季度信用工作总结.docx", "财政局三季度总结")
    assert _drop(dialog, [report])
    assert dialog.ui.unitCombo.currentText() == "青禾县财政局"
    assert dialog.ui.periodCombo.currentText() == "2025年第3季度"
    assert dialog.ui.fileList.item(0).text() == report.name
    assert "青禾县财政局" in dialog.ui.guessLabel.text()
    assert dialog.ui.duplicateLabel.isHidden()
    assert "2025年" in dialog.ui.taskCombo.currentText()  # the unit's own obligations first
    with qtbot.waitSignal(inbox.loaded, timeout=10000):
        dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Save).click()
    assert count_submissions(ctx, InboxFilter()) == before + 1
    newest = inbox.model.row_at(0)
    assert newest.unit == "青禾县财政局"
    assert newest.attachment_count == 1
    files = attachments_of(ctx, newest.id)
    assert [f.name for f in files] == [report.name]
    assert ctx.attachments_dir is not None
    assert (ctx.attachments_dir / files[0].sha256[:2] / files[0].sha256).exists()
    assert inbox.selected_ids() == [newest.id]


def test_the_same_file_again_warns_where_it_came_before(
    qtbot: QtBot, inbox: InboxPage, tmp_path: Path
) -> None:
    report = _report(tmp_path, "青禾县商务局-2025年10月报送.docx", "商务局十月")
    first = inbox.open_log_dialog(files=[report])
    with qtbot.waitSignal(inbox.loaded, timeout=10000):
        first.accept()
    copy = tmp_path / "renamed.docx"
    shutil.copyfile(report, copy)
    again = inbox.open_log_dialog()
    assert _drop(again, [copy])
    warning = again.ui.duplicateLabel
    assert warning.isVisible()
    assert "此前已登记过" in warning.text()
    assert "青禾县商务局" in warning.text()
    assert "2025年11月12日" in warning.text()
    assert report.name in warning.text()
    again.reject()


def test_dropping_files_on_the_page_opens_the_log_dialog_with_them(
    inbox: InboxPage, tmp_path: Path
) -> None:
    report = _report(tmp_path, "青禾县教育体育局-2025年9月.pdf", "x")
    assert _drop(inbox, [report])
    assert inbox.dialog is not None
    assert inbox.dialog.files() == [report]
    assert inbox.dialog.ui.unitCombo.currentText() == "青禾县教育体育局"
    assert inbox.dialog.ui.periodCombo.currentText() == "2025年9月"
    inbox.dialog.reject()


def test_bulk_review_sets_every_selected_row_and_ctrl_z_undoes_it_in_one_step(
    qtbot: QtBot, inbox: InboxPage
) -> None:
    # the window's 编辑 → 撤销 action, as MainWindow makes it
    undo = inbox.undo_stack.createUndoAction(inbox, "撤销")
    undo.setShortcut(QKeySequence("Ctrl+Z"))
    inbox.addAction(undo)
    inbox.show_filter(InboxFilter(review_state="pending"))
    _reloaded(qtbot, inbox)
    pending = [row.id for row in inbox.model.rows()[:3]]
    assert len(pending) == 3
    inbox.show_filter(InboxFilter())
    _reloaded(qtbot, inbox)
    inbox.select_ids(set(pending))
    assert sorted(inbox.selected_ids()) == sorted(pending)
    assert inbox.ui.acceptButton.isEnabled()
    with qtbot.waitSignal(inbox.loaded, timeout=10000):
        inbox.ui.acceptButton.click()
    states = {row.id: row.review_state for row in inbox.model.rows() if row.id in pending}
    assert set(states.values()) == {"合格"}
    assert sorted(inbox.selected_ids()) == sorted(pending)  # the rows stay selected
    assert inbox.undo_stack.count() == 1
    assert undo.text() == "撤销 审核为“合格”（3件）"
    inbox.activateWindow()
    qtbot.waitActive(inbox)
    with qtbot.waitSignal(inbox.loaded, timeout=10000):
        qtbot.keyClick(inbox.ui.submissionView, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    states = {row.id: row.review_state for row in inbox.model.rows() if row.id in pending}
    assert set(states.values()) == {"待审核"}


def test_deleting_a_submission_and_undo_puts_it_back(
    qtbot: QtBot, inbox: InboxPage, demo_workspace: Workspace
) -> None:
    ctx = demo_workspace.context
    before = count_submissions(ctx, InboxFilter())
    victim = inbox.model.row_at(0)
    inbox.select_ids({victim.id})
    with qtbot.waitSignal(inbox.loaded, timeout=10000):
        inbox.ui.deleteButton.click()
    assert count_submissions(ctx, InboxFilter()) == before - 1
    assert victim.id not in {row.id for row in inbox.model.rows()}
    with qtbot.waitSignal(inbox.loaded, timeout=10000):
        inbox.undo_stack.undo()
    assert count_submissions(ctx, InboxFilter()) == before
    assert inbox.model.row_at(0) == victim


def test_double_clicking_a_row_opens_its_file_under_its_name_in_the_viewer(
    qtbot: QtBot, inbox: InboxPage, tmp_path: Path
) -> None:
    inbox.open_file = opened = Opened()
    report = _report(tmp_path, "青禾县农业农村局-2025年10月.txt", "农业农村局十月材料")
    dialog = inbox.open_log_dialog(files=[report])
    with qtbot.waitSignal(inbox.loaded, timeout=10000):
        dialog.accept()
    line = inbox.model.row_of(inbox.selected_ids()[0])
    assert line is not None
    assert inbox.ui.openButton.isEnabled()
    view = inbox.ui.submissionView
    rect = view.visualRect(inbox.model.index(line, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(opened.paths) == 1
    assert opened.paths[0].name == report.name
    assert opened.paths[0].read_text(encoding="utf-8") == "农业农村局十月材料"


def test_units_are_listed_in_the_unit_filter(inbox: InboxPage, demo_workspace: Workspace) -> None:
    names = [u.name for u in list_units(demo_workspace.context, include_inactive=True)]
    combo = inbox.ui.unitFilterCombo
    shown = [combo.itemText(i) for i in range(1, combo.count())]
    assert [s.removesuffix("（已撤销）") for s in shown] == names


def _reviews(workspace: Workspace, ids: list[int]) -> dict[int, tuple[str, str]]:
    """Each submission's stored (review state, return reason)."""
    with workspace.context.session_factory() as session:
        rows = session.scalars(select(Submission).where(Submission.id.in_(ids)))
        return {row.id: (row.review_state, row.return_reason) for row in rows}


def _pending_selected(qtbot: QtBot, inbox: InboxPage, count: int) -> list[int]:
    inbox.show_filter(InboxFilter(review_state="pending"))
    _reloaded(qtbot, inbox)
    ids = [row.id for row in inbox.model.rows()[:count]]
    assert len(ids) == count
    inbox.select_ids(set(ids))
    return ids


def _box_button(dialog: QWidget, which: QDialogButtonBox.StandardButton) -> QPushButton:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    return box.button(which)


def test_returning_asks_for_a_reason_refuses_none_and_stores_it_undoably(
    qtbot: QtBot, inbox: InboxPage, demo_workspace: Workspace, type_text: TypeText
) -> None:
    ids = _pending_selected(qtbot, inbox, 2)
    inbox.ui.returnButton.click()
    dialog = inbox.reason_dialog
    assert dialog is not None and dialog.isVisible()
    ok = _box_button(dialog, QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # no reason yet
    assert dialog.isVisible()
    assert "请填写退回原因" in dialog.labelText()
    assert set(_reviews(demo_workspace, ids).values()) == {("pending", "")}

    reason = "缺少双公示数据的截图，请补充后重新报送"
    edit = dialog.findChild(QPlainTextEdit)
    assert edit is not None
    type_text(edit, reason)
    with qtbot.waitSignal(inbox.loaded, timeout=10000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert set(_reviews(demo_workspace, ids).values()) == {("returned", reason)}
    assert inbox.undo_stack.count() == 1
    with qtbot.waitSignal(inbox.loaded, timeout=10000):
        inbox.undo_stack.undo()
    assert set(_reviews(demo_workspace, ids).values()) == {("pending", "")}


def test_cancelling_the_return_reason_changes_nothing(
    qtbot: QtBot, inbox: InboxPage, demo_workspace: Workspace, type_text: TypeText
) -> None:
    ids = _pending_selected(qtbot, inbox, 1)
    inbox.ui.returnButton.click()
    dialog = inbox.reason_dialog
    assert dialog is not None
    edit = dialog.findChild(QPlainTextEdit)
    assert edit is not None
    type_text(edit, "材料不全")
    qtbot.mouseClick(
        _box_button(dialog, QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: inbox.reason_dialog is None)
    assert _reviews(demo_workspace, ids) == {ids[0]: ("pending", "")}
    assert inbox.undo_stack.count() == 0
