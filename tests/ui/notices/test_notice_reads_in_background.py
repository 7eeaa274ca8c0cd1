"""The notices page reads documents off the GUI thread: a slow disk never freezes the window.

Each test holds the service read at a gate, acts, and checks that the window went on
(answered typing, showed nothing yet) and that the document arrived through the job once the
read finished.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from helpers.fakes import Printed
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from creditdesk.output.fonts import FontSet
from creditdesk.services.context import ServiceContext
from creditdesk.services.notice_register import notice_pdf
from creditdesk.services.workspace import Workspace
from creditdesk.ui.common.signals import AppSignals
from creditdesk.ui.notices import notice_detail_pane, notice_documents
from creditdesk.ui.notices.notices_page import NoticesPage


class GatedRead:
    """``notice_pdf`` that waits for :meth:`release` and notes the thread it ran on."""

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.threads: list[threading.Thread] = []

    def __call__(self, ctx: ServiceContext, notice_id: int, fonts: FontSet | None = None) -> bytes:
        self.threads.append(threading.current_thread())
        self.gate.wait(timeout=10)
        return notice_pdf(ctx, notice_id, fonts)

    def release(self) -> None:
        self.gate.set()


@pytest.fixture
def gated() -> Iterator[GatedRead]:
    read = GatedRead()
    yield read
    read.release()  # never leave a pool thread waiting


@pytest.fixture
def notices(qtbot: QtBot, demo_workspace: Workspace, pool: QThreadPool) -> NoticesPage:
    page = NoticesPage(demo_workspace.context, AppSignals(), pool)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.print_document = Printed()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.show()
    return page


def _select_first(page: NoticesPage) -> int:
    notice_id = page.shown_rows()[0].id
    page.select_ids({notice_id})
    return notice_id


def test_the_selected_notice_arrives_in_the_pane_through_a_background_read(
    qtbot: QtBot, notices: NoticesPage, gated: GatedRead, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(notice_detail_pane, "notice_pdf", gated)
    notice_id = _select_first(notices)
    qtbot.keyClicks(notices.ui.filterEdit, "2025")  # the window answers while the read waits
    assert notices.ui.filterEdit.text() == "2025"
    assert notices.shown_pdf() == b"" and notices.preview.page_count() == 0
    gated.release()
    stored = notice_pdf(notices.ctx, notice_id)
    qtbot.waitUntil(lambda: notices.shown_pdf() == stored, timeout=5000)
    assert notices.preview.page_count() >= 1
    assert threading.main_thread() not in gated.threads


@pytest.mark.parametrize("button", ["reprintButton", "printButton", "viewButton", "openButton"])
def test_printing_viewing_and_opening_read_the_document_in_the_background(
    qtbot: QtBot,
    notices: NoticesPage,
    gated: GatedRead,
    monkeypatch: pytest.MonkeyPatch,
    button: str,
) -> None:
    opened: list[object] = []
    notices.open_file = lambda path: opened.append(path) or True
    _select_first(notices)
    monkeypatch.setattr(notice_documents, "notice_pdf", gated)
    monkeypatch.setattr("creditdesk.services.notice_register.notice_pdf", gated)
    printed = notices.print_document
    assert isinstance(printed, Printed)
    getattr(notices.ui, button).click()  # returns at once: the read waits at the gate
    qtbot.keyClicks(notices.ui.filterEdit, "2025")
    assert notices.ui.filterEdit.text() == "2025"
    assert (printed.jobs, opened, notices.viewer) == ([], [], None)
    gated.release()
    qtbot.waitUntil(lambda: bool(printed.jobs or opened or notices.viewer), timeout=5000)
    assert gated.threads and threading.main_thread() not in gated.threads
    if notices.viewer is not None:
        assert notices.viewer.preview.page_count() >= 1
        notices.viewer.close()
