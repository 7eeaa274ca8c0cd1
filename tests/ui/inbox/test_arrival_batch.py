"""Logging what has arrived: guesses from file names, a dropped folder logged as one batch."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QMimeData, QPoint, QPointF, Qt, QThreadPool, QUrl
from PySide6.QtGui import QBrush, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from creditdesk.services import submissions
from creditdesk.services.attachments import StoredFile
from creditdesk.services.errors import UserError
from creditdesk.services.inbox import InboxFilter, count_submissions
from creditdesk.services.inbox_lookups import attachments_of
from creditdesk.services.workspace import Workspace
from creditdesk.ui.common.signals import AppSignals
from creditdesk.ui.inbox.arrival_batch_dialog import ArrivalBatchDialog, files_in
from creditdesk.ui.inbox.arrival_batch_model import PERIOD, TASK, UNIT, UNSURE
from creditdesk.ui.inbox.inbox_page import InboxPage
from creditdesk.ui.inbox.submission_dialog import SubmissionDialog

TypeText = Callable[[QWidget, str], None]

ARRIVED = {
    "人行青禾支行2025年三季度信易贷融资服务.xlsx": (
        "中国人民银行青禾县支行",
        "（十五）推广“信易贷”融资服务",
        "2025年第3季度",
    ),
    "青禾县人民法院9月失信被执行人专项治理.pdf": (
        "青禾县人民法院",
        "（十二）开展失信被执行人专项治理",
        "2025年9月",
    ),
    "县司法局上半年政务诚信评价.docx": (
        "青禾县司法局",
        "（十四）开展政务诚信评价",
        "2025年上半年",
    ),
    "县发改委10月信用建设信息简报.docx": (
        "青禾县发展和改革委员会",
        "（二十）报送信用建设信息简报",
        "2025年10月",
    ),
}
NO_UNIT = "扫描件003.pdf"


@pytest.fixture
def inbox(qtbot: QtBot, demo_workspace: Workspace, pool: QThreadPool) -> InboxPage:
    page = InboxPage(demo_workspace.context, AppSignals(), pool)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.show()
    return page


def _folder(tmp_path: Path, names: list[str]) -> Path:
    folder = tmp_path / "十一月收到"
    folder.mkdir()
    for i, name in enumerate(names):
        (folder / name).write_bytes(f"材料{i}".encode() * 20)
    return folder


def _drop_on(page: InboxPage, paths: list[Path]) -> None:
    """Call the page's drop handler with what a drag from the desktop carries."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    action, buttons = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    try:  # Qt 6.10+ takes a QPointF, 6.9 a QPoint
        event = QDropEvent(QPointF(10, 10), action, mime, buttons, Qt.KeyboardModifier.NoModifier)
    except TypeError:
        event = QDropEvent(QPoint(10, 10), action, mime, buttons, Qt.KeyboardModifier.NoModifier)
    page.dropEvent(event)
    assert event.isAccepted()


def _shown(dialog: ArrivalBatchDialog) -> dict[str, tuple[str, str, str]]:
    model = dialog.model
    return {
        model.index(r, 0).data(): tuple(model.index(r, c).data() for c in (UNIT, TASK, PERIOD))
        for r in range(model.rowCount())
    }


def _yellow(dialog: ArrivalBatchDialog, name: str, column: int) -> bool:
    model = dialog.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    brush = model.index(row, column).data(Qt.ItemDataRole.BackgroundRole)
    return isinstance(brush, QBrush) and brush.color() == UNSURE


def test_a_dropped_folder_shows_each_files_guess_and_logs_all_five_with_attachments(
    qtbot: QtBot, inbox: InboxPage, demo_workspace: Workspace, tmp_path: Path
) -> None:
    ctx = demo_workspace.context
    before = count_submissions(ctx, InboxFilter())
    folder = _folder(tmp_path, [*ARRIVED, NO_UNIT])
    _drop_on(inbox, [folder])
    dialog = inbox.batch_dialog
    assert dialog is not None and dialog.isVisible()
    shown = _shown(dialog)
    for name, guess in ARRIVED.items():
        assert shown[name] == guess, name
        assert not _yellow(dialog, name, UNIT)
    assert shown[NO_UNIT][0] == "（请选择单位）"
    assert _yellow(dialog, NO_UNIT, UNIT)
    assert "不确定" in dialog.summaryLabel.text()

    # 全部登记 with a file of no unit is refused, naming it
    dialog.buttonBox.button(dialog.buttonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and NO_UNIT in dialog.errorLabel.text()
    row = next(r for r in range(5) if dialog.model.index(r, 0).data() == NO_UNIT)
    court = next(u.unit_id for u in dialog.book.units if u.name == "青禾县人民法院")
    assert dialog.model.setData(dialog.model.index(row, UNIT), court)
    assert not _yellow(dialog, NO_UNIT, UNIT)  # the clerk has set it

    with qtbot.waitSignal(inbox.loaded, timeout=10000):
        dialog.buttonBox.button(dialog.buttonBox.StandardButton.Ok).click()
    assert count_submissions(ctx, InboxFilter()) == before + 5
    logged = set(inbox.selected_ids())
    assert len(logged) == 5
    names = {f.name for i in logged for f in attachments_of(ctx, i)}
    assert names == {*ARRIVED, NO_UNIT}
    assert inbox.undo_stack.undoText() == "登记5件报送材料"
    with qtbot.waitSignal(inbox.loaded, timeout=10000):
        inbox.undo_stack.undo()
    assert count_submissions(ctx, InboxFilter()) == before


def test_a_file_too_large_or_gone_is_named_and_nothing_logged_until_left_out(
    qtbot: QtBot,
    inbox: InboxPage,
    demo_workspace: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ctx = demo_workspace.context
    before = count_submissions(ctx, InboxFilter())
    folder = _folder(tmp_path, list(ARRIVED))
    big = folder / "县发改委10月信用建设信息简报.docx"
    big.write_bytes(b"x" * 4096)
    monkeypatch.setattr(submissions, "MAX_ATTACHMENT_BYTES", 1024)
    files = sorted(folder.iterdir())
    _drop_on(inbox, files)  # several files, not a folder: the batch too
    dialog = inbox.batch_dialog
    assert dialog is not None
    gone = folder / "县司法局上半年政务诚信评价.docx"
    gone.unlink()  # moved away while the table was open
    dialog.buttonBox.button(dialog.buttonBox.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert big.name in dialog.errorLabel.text() and "超过" in dialog.errorLabel.text()
    assert gone.name in dialog.errorLabel.text()
    assert count_submissions(ctx, InboxFilter()) == before
    # leaving the two out, the rest log
    for name in (big.name, gone.name):
        row = next(
            r for r in range(dialog.model.rowCount()) if dialog.model.index(r, 0).data() == name
        )
        # as a plain click would, whatever modifier an earlier test left pressed
        dialog.table.selectionModel().setCurrentIndex(
            dialog.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert dialog.model.rowCount() == 2
    with qtbot.waitSignal(inbox.loaded, timeout=10000):
        dialog.buttonBox.button(dialog.buttonBox.StandardButton.Ok).click()
    assert count_submissions(ctx, InboxFilter()) == before + 2


def test_the_files_are_copied_in_the_background_and_logged_when_the_job_is_done(
    qtbot: QtBot,
    inbox: InboxPage,
    demo_workspace: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ctx = demo_workspace.context
    before = count_submissions(ctx, InboxFilter())
    copying, release = threading.Event(), threading.Event()
    threads: list[threading.Thread] = []
    real_store = submissions.store_file

    def slow_store(store: Path, source: Path) -> StoredFile:
        """A large file: the copy takes until the test lets it finish."""
        threads.append(threading.current_thread())
        copying.set()
        release.wait(timeout=10)
        return real_store(store, source)

    monkeypatch.setattr(submissions, "store_file", slow_store)
    _drop_on(inbox, [_folder(tmp_path, list(ARRIVED))])
    dialog = inbox.batch_dialog
    assert dialog is not None
    dialog.buttonBox.button(dialog.buttonBox.StandardButton.Ok).click()
    # the click came back while the copy is still running: the window is not frozen
    assert copying.wait(timeout=10)
    assert not dialog.isVisible()
    assert count_submissions(ctx, InboxFilter()) == before
    assert inbox.undo_stack.count() == 0
    with qtbot.waitSignal(inbox.loaded, timeout=10000):
        release.set()
    assert len(threads) == 4
    assert threading.main_thread() not in threads
    assert count_submissions(ctx, InboxFilter()) == before + 4
    assert len(inbox.selected_ids()) == 4
    assert inbox.undo_stack.undoText() == "登记4件报送材料"
    with qtbot.waitSignal(inbox.loaded, timeout=10000):
        inbox.undo_stack.undo()
    assert count_submissions(ctx, InboxFilter()) == before
    with qtbot.waitSignal(inbox.loaded, timeout=10000):
        inbox.undo_stack.redo()
    assert count_submissions(ctx, InboxFilter()) == before + 4


def test_a_copy_failing_in_the_background_is_told_and_logs_nothing(
    qtbot: QtBot,
    inbox: InboxPage,
    demo_workspace: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ctx = demo_workspace.context
    before = count_submissions(ctx, InboxFilter())
    real_store = submissions.store_file
    copied: list[str] = []

    def store_until_full(store: Path, source: Path) -> StoredFile:
        if len(copied) == 2:
            raise UserError("磁盘已满，无法保存附件。")
        copied.append(source.name)
        return real_store(store, source)

    monkeypatch.setattr(submissions, "store_file", store_until_full)
    told: list[Exception] = []
    monkeypatch.setattr(inbox, "report_error", told.append)
    _drop_on(inbox, [_folder(tmp_path, list(ARRIVED))])
    dialog = inbox.batch_dialog
    assert dialog is not None
    dialog.buttonBox.button(dialog.buttonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: bool(told), timeout=10000)
    assert "磁盘已满" in str(told[0])
    assert len(copied) == 2  # two files were copied before the third failed …
    assert count_submissions(ctx, InboxFilter()) == before  # … and none of the four logged
    assert inbox.undo_stack.count() == 0


@pytest.mark.qt_log_ignore(  # the offscreen platform cannot raise a popup or grab keys
    "This plugin does not support (raise|grabbing the keyboard|propagateSizeHints)"
)
def test_the_log_dialog_preselects_the_guessed_task_and_takes_typed_unit_and_date(
    qtbot: QtBot, inbox: InboxPage, tmp_path: Path, type_text: TypeText
) -> None:
    folder = _folder(tmp_path, ["人行青禾支行2025年三季度信易贷融资服务.xlsx"])
    _drop_on(inbox, [next(folder.iterdir())])
    dialog = inbox.dialog
    assert isinstance(dialog, SubmissionDialog)
    ui = dialog.ui
    assert ui.unitCombo.currentText() == "中国人民银行青禾县支行"
    assert "推广“信易贷”融资服务" in ui.taskCombo.currentText()
    assert "2025年第3季度" in ui.taskCombo.currentText()
    assert "信易贷" in ui.guessLabel.text()

    # the unit box finds a unit by its abbreviation
    line = ui.unitCombo.lineEdit()
    assert line is not None
    line.selectAll()
    type_text(line, "市场监管")
    completer = ui.unitCombo.completer()
    qtbot.waitUntil(lambda: completer.popup().isVisible())
    popup = completer.popup()
    assert popup.model().index(0, 0).data() == "青禾县市场监督管理局"
    popup.setCurrentIndex(popup.model().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert ui.unitCombo.currentData() is not None
    assert ui.unitCombo.currentText() == "青禾县市场监督管理局"

    # typed dates as written
    for typed, day in (("2025-11-3", dt.date(2025, 11, 3)), ("11.5", dt.date(2025, 11, 5))):
        ui.receivedDate.lineEdit().selectAll()
        qtbot.keyClicks(ui.receivedDate, typed)
        qtbot.keyClick(ui.receivedDate, Qt.Key.Key_Tab)
        assert ui.receivedDate.date().toPython() == day
    ui.receivedDate.setFocus()
    ui.receivedDate.lineEdit().selectAll()
    type_text(ui.receivedDate.lineEdit(), "2025年10月8日")
    qtbot.keyClick(ui.receivedDate, Qt.Key.Key_Tab)
    assert ui.receivedDate.date().toPython() == dt.date(2025, 10, 8)
    dialog.reject()
    QApplication.processEvents()


def test_a_folder_inside_a_hidden_folder_still_gives_its_files(tmp_path: Path) -> None:
    """Only hidden names inside the dropped folder are left out, not the folders above it."""
    folder = tmp_path / ".local" / "收到的材料"
    (folder / "三月").mkdir(parents=True)
    (folder / "县发改委3月报送.xlsx").write_bytes(b"x")
    (folder / "三月" / "县税务局3月报送.docx").write_bytes(b"x")
    (folder / "~$县发改委3月报送.xlsx").write_bytes(b"lock")
    (folder / ".DS_Store").write_bytes(b"")
    assert sorted(p.name for p in files_in([folder])) == [
        "县发改委3月报送.xlsx",
        "县税务局3月报送.docx",
    ]
