"""The inbox model reads a page at a time on a generated office with hundreds of submissions."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from creditdesk.services.context import FixedClock
from creditdesk.services.inbox import InboxFilter
from creditdesk.services.workspace import Workspace, open_workspace
from creditdesk.ui.common.signals import AppSignals
from creditdesk.ui.inbox.inbox_page import InboxPage
from creditdesk.ui.inbox.submission_table_model import (
    PAGE_SIZE,
    InboxQuery,
    InboxSource,
    SubmissionTableModel,
)

sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))

from make_workspace import build

TODAY = dt.date(2025, 11, 12)


@pytest.fixture(scope="module")
def generated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two years of 12 units × 12 tasks, monthly and quarterly: well over 500 submissions."""
    directory = tmp_path_factory.mktemp("generated") / "office"
    counts = build(directory, 2, 12, 12, TODAY)
    assert counts["submissions"] > 3 * PAGE_SIZE
    return directory


@pytest.fixture
def generated(generated_template: Path) -> Iterator[Workspace]:
    clock = FixedClock(dt.datetime.combine(TODAY, dt.time(9)))
    with open_workspace(generated_template, clock=clock, backup=False) as workspace:
        yield workspace


def test_lazy_model_shows_one_page_and_fetches_the_next_on_demand(generated: Workspace) -> None:
    model = SubmissionTableModel(source=InboxSource(generated.context))
    model.set_query(InboxQuery())
    assert model.total > 3 * PAGE_SIZE
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE_SIZE
    days = [row.received_on for row in model.rows()]
    assert days == sorted(days, reverse=True)  # newest first across the page boundary
    assert len({row.id for row in model.rows()}) == 2 * PAGE_SIZE  # no row twice


def test_lazy_model_passes_qtmodeltester(qtmodeltester: ModelTester, generated: Workspace) -> None:
    model = SubmissionTableModel(source=InboxSource(generated.context), page_size=50)
    model.set_query(InboxQuery(InboxFilter(unit_id=3)))
    qtmodeltester.check(model)
    model.fetchMore()
    model.sort(1, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)


def test_header_click_sorts_the_whole_table_in_sql_not_just_the_loaded_page(
    generated: Workspace,
) -> None:
    model = SubmissionTableModel(source=InboxSource(generated.context))
    model.set_query(InboxQuery())
    model.sort(0, Qt.SortOrder.AscendingOrder)
    oldest = model.row_at(0).received_on
    assert model.rowCount() == PAGE_SIZE
    assert oldest.year == TODAY.year - 1  # the oldest of all rows, not of the first page
    assert oldest.month == 1


def test_scrolling_the_inbox_to_the_bottom_loads_more_rows(
    qtbot: QtBot, generated: Workspace, pool: QThreadPool
) -> None:
    page = InboxPage(generated.context, AppSignals(), pool)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.show()
    assert page.model.rowCount() == PAGE_SIZE
    assert page.ui.countLabel.text() == f"共{page.model.total}件"
    view = page.ui.submissionView
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: page.model.rowCount() >= 2 * PAGE_SIZE, timeout=5000)
    assert page.model.rowCount() < page.model.total
