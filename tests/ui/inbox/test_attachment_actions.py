"""收件 page: an attachment saved elsewhere (另存为…) and shown in its folder, besides opened."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from helpers.fakes import FakeFiles
from PySide6.QtCore import Qt, QThreadPool
from pytestqt.qtbot import QtBot

from creditdesk.services.workspace import Workspace
from creditdesk.ui.common.signals import AppSignals
from creditdesk.ui.inbox.inbox_page import InboxPage

CONTENT = os.urandom(3000) + "农业农村局十月材料".encode()


@pytest.fixture
def inbox(qtbot: QtBot, demo_workspace: Workspace, pool: QThreadPool, tmp_path: Path) -> InboxPage:
    """The inbox page over the demo office with one new submission selected, holding a file."""
    page = InboxPage(demo_workspace.context, AppSignals(), pool)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.show()
    report = tmp_path / "desktop" / "青禾县农业农村局-2025年10月.pdf"
    report.parent.mkdir()
    report.write_bytes(CONTENT)
    dialog = page.open_log_dialog(files=[report])
    with qtbot.waitSignal(page.loaded, timeout=10000):
        dialog.accept()
    report.unlink()  # only the store holds it now
    return page


def test_save_as_writes_the_same_bytes_where_the_clerk_chose(
    qtbot: QtBot, inbox: InboxPage, tmp_path: Path
) -> None:
    files = FakeFiles(to_save=tmp_path / "归档" / "农业农村局十月.pdf")
    files.to_save.parent.mkdir()  # type: ignore[union-attr]
    inbox.attachments.files = files
    assert inbox.ui.saveAsButton.isEnabled()
    qtbot.mouseClick(inbox.ui.saveAsButton, Qt.MouseButton.LeftButton)
    assert files.suggested == ["青禾县农业农村局-2025年10月.pdf"]
    assert (tmp_path / "归档" / "农业农村局十月.pdf").read_bytes() == CONTENT
    assert [p.name for p in (tmp_path / "归档").iterdir()] == ["农业农村局十月.pdf"]


def test_cancelling_save_as_writes_nothing(qtbot: QtBot, inbox: InboxPage, tmp_path: Path) -> None:
    inbox.attachments.files = FakeFiles(to_save=None)
    before = set(tmp_path.rglob("*"))
    qtbot.mouseClick(inbox.ui.saveAsButton, Qt.MouseButton.LeftButton)
    assert set(tmp_path.rglob("*")) == before


def test_show_in_folder_opens_the_folder_holding_the_file_under_its_name(
    qtbot: QtBot, inbox: InboxPage
) -> None:
    shown: list[Path] = []
    inbox.attachments.open_folder = lambda folder: shown.append(folder) is None
    qtbot.mouseClick(inbox.ui.showFolderButton, Qt.MouseButton.LeftButton)
    (folder,) = shown
    assert folder.is_dir()
    assert (folder / "青禾县农业农村局-2025年10月.pdf").read_bytes() == CONTENT


def test_a_row_without_files_offers_neither(inbox: InboxPage) -> None:
    inbox.ui.submissionView.clearSelection()
    assert not inbox.ui.saveAsButton.isEnabled() and not inbox.ui.showFolderButton.isEnabled()


def test_opening_shows_this_workspaces_file_not_a_stale_one_of_the_same_name(
    qtbot: QtBot, inbox: InboxPage, tmp_path: Path
) -> None:
    """A file of the same name and size left by another workspace's submission of the same
    number must not be opened instead (the copy is keyed on the content)."""
    opened: list[Path] = []
    inbox.open_file = lambda path: opened.append(path) is None
    (submission_id,) = inbox.selected_ids()
    stale = Path(tempfile.gettempdir()) / "creditdesk-attachments" / str(submission_id)
    stale.mkdir(parents=True, exist_ok=True)
    (stale / "青禾县农业农村局-2025年10月.pdf").write_bytes(bytes(len(CONTENT)))
    inbox.open_selected_attachment()
    (path,) = opened
    assert path.read_bytes() == CONTENT
