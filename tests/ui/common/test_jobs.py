"""Background jobs: results, errors and cancellation come back on the GUI thread."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QThread, QThreadPool
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from creditdesk.services.errors import UserError
from creditdesk.services.progress import Cancelled, Progress
from creditdesk.ui.common.jobs import Job, LatestJob, run_job


@pytest.fixture
def pool() -> Iterator[QThreadPool]:
    """A pool of our own, drained after each test so no job outlives it."""
    own = QThreadPool()
    own.setMaxThreadCount(2)
    yield own
    own.waitForDone(5000)


def test_job_delivers_its_result_on_the_gui_thread(qtbot: QtBot, pool: QThreadPool) -> None:
    threads: list[QThread] = []

    def answer(progress: Progress) -> int:
        threads.append(QThread.currentThread())
        progress.step(1, 1, "计算中")
        return 42

    job: Job[int] = Job(answer, title="计算", pool=pool)
    received: list[QThread] = []
    job.succeeded.connect(lambda _result: received.append(QThread.currentThread()))
    with qtbot.waitSignal(job.succeeded, timeout=5000) as blocker:
        job.start()
    assert blocker.args == [42]
    app_thread = QApplication.instance().thread()  # type: ignore[union-attr]
    assert threads and threads[0] is not app_thread
    assert received == [app_thread]


def test_run_job_passes_the_error_with_its_chinese_message(qtbot: QtBot, pool: QThreadPool) -> None:
    def broken(progress: Progress) -> None:
        raise UserError("工作区已被他人打开")

    errors: list[Exception] = []
    results: list[None] = []
    with qtbot.waitCallback(timeout=5000) as callback:
        run_job(
            broken,
            title="打开工作区",
            on_success=results.append,
            on_error=lambda error: (errors.append(error), callback()),
            pool=pool,
        )
    assert results == []
    assert [str(error) for error in errors] == ["工作区已被他人打开"]


def test_cancel_button_stops_the_job_at_its_next_step(qtbot: QtBot, pool: QThreadPool) -> None:
    started = threading.Event()
    stopped_by_cancel = threading.Event()

    def endless(progress: Progress) -> str:
        started.set()
        try:
            for done in range(2000):
                progress.step(done, 2000, "正在生成演示数据")
                time.sleep(0.005)
        except Cancelled:
            stopped_by_cancel.set()
            raise
        return "ran to the end"

    job: Job[str] = Job(endless, title="生成演示工作区", pool=pool, show_after_ms=0)
    results: list[str] = []
    job.succeeded.connect(results.append)
    job.start()
    qtbot.waitUntil(lambda: started.is_set() and job.dialog.isVisible(), timeout=5000)
    cancel_button = job.dialog.findChild(QPushButton)
    assert cancel_button is not None
    assert cancel_button.text() == "取消"
    with qtbot.waitSignal(job.cancelled, timeout=5000):
        qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    assert stopped_by_cancel.is_set()
    assert results == []
    assert not job.dialog.isVisible()


def test_progress_dialog_shows_the_jobs_step_text(qtbot: QtBot, pool: QThreadPool) -> None:
    release = threading.Event()

    def slow(progress: Progress) -> None:
        progress.step(3, 10, "正在导入第3个单位")
        release.wait(5)

    job: Job[None] = Job(slow, title="导入名册", pool=pool, show_after_ms=0)
    job.start()
    try:
        qtbot.waitUntil(lambda: job.dialog.labelText() == "正在导入第3个单位", timeout=5000)
        assert job.dialog.isVisible()
    finally:
        with qtbot.waitSignal(job.finished, timeout=5000):
            release.set()


def test_latest_job_delivers_only_the_newest_outcome(qtbot: QtBot, pool: QThreadPool) -> None:
    """A slow older run (a preview of what was typed before) never overwrites the newer one."""
    owner = QPushButton()
    qtbot.addWidget(owner)
    latest = LatestJob(owner, pool, "预览")
    release_first = threading.Event()
    shown: list[str] = []
    failures: list[Exception] = []

    def first(_progress: Progress) -> str:
        release_first.wait(5)
        return "旧"

    older = latest.start(first, shown.append, failures.append)
    newer = latest.start(lambda _progress: "新", shown.append, failures.append)
    qtbot.waitUntil(lambda: shown == ["新"], timeout=5000)
    with qtbot.waitSignal(older.finished, timeout=5000):
        release_first.set()
    assert newer is not older
    assert shown == ["新"]
    assert failures == []


def test_latest_job_drop_ignores_the_run_under_way(qtbot: QtBot, pool: QThreadPool) -> None:
    owner = QPushButton()
    qtbot.addWidget(owner)
    latest = LatestJob(owner, pool, "读取")
    release = threading.Event()
    failures: list[Exception] = []

    def failing(_progress: Progress) -> str:
        release.wait(5)
        raise UserError("读取失败")

    job = latest.start(failing, lambda _text: None, failures.append)
    latest.drop()
    with qtbot.waitSignal(job.finished, timeout=5000):
        release.set()
    assert failures == []
