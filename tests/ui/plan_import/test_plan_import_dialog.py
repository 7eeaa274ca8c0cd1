"""导入工作要点 from the 任务 page: reading in the background, the review, saving, undo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from creditdesk.model import Plan
from creditdesk.parsing.plan_model import PlanDraft, SectionDraft, TaskDraft
from creditdesk.parsing.unit_names import Match, Suggestion
from creditdesk.services.plan_import import NameDecision, TaskChange
from creditdesk.services.roster import list_units
from creditdesk.services.tasks import TaskNode, current_plan_title, load_task_tree
from creditdesk.ui.common.page import Page
from creditdesk.ui.plan_import.plan_import_dialog import PlanImportDialog
from creditdesk.ui.plan_import.plan_review_model import (
    UNRESOLVED,
    ChangeListModel,
    NameDecisionModel,
    PlanReviewModel,
)
from creditdesk.ui.shell.main_window import MainWindow
from creditdesk.ui.tasks.tasks_page import TasksPage

ShowPage = Callable[[MainWindow, int], Page[Any]]

PLANS = Path(__file__).parents[2] / "data" / "plans"
XIPING = PLANS / "xiping-plan.docx"
XIPING_FIRST_TASK = "国家层面政策文件落实情况"
DEMO_FIRST_TASK = "落实上级信用政策文件"


@pytest.fixture
def page(qtbot: QtBot, demo_window: MainWindow, show_page: ShowPage) -> Iterator[TasksPage]:
    """The 任务 page of the demo window with its tree loaded."""
    demo_window.activateWindow()
    page = show_page(demo_window, 1)
    assert isinstance(page, TasksPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10000)
    yield page
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, (QMessageBox, PlanImportDialog)) and widget.isVisible():
            widget.done(0) if isinstance(widget, QMessageBox) else widget.reject()


def _review(qtbot: QtBot, page: TasksPage, path: Path = XIPING) -> PlanImportDialog:
    page.review = None
    page.import_plan(path)
    qtbot.waitUntil(lambda: page.review is not None and page.review.isVisible(), timeout=15000)
    assert page.review is not None
    return page.review


def _titles(nodes: list[TaskNode]) -> list[str]:
    return [t for n in nodes for t in (n.title, *_titles(n.children))]


def _red(model: NameDecisionModel, row: int) -> bool:
    brush = model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole)
    return isinstance(brush, QBrush) and brush.color() == UNRESOLVED


def test_review_lists_unresolved_names_in_red_and_import_is_disabled(
    qtbot: QtBot, page: TasksPage
) -> None:
    dialog = _review(qtbot, page)
    names = dialog.names_model
    open_names = names.open_names()
    assert "县科技局" in open_names
    assert "县发改委" not in open_names  # matched through normalisation
    assert [names.name_row(r).name for r in range(len(open_names))] == open_names
    assert all(_red(names, r) for r in range(len(open_names)))
    assert not _red(names, len(open_names))
    assert not dialog.ok_button.isEnabled()
    assert f"还有{len(open_names)}个单位名称未对应" in dialog.ui.statusLabel.text()
    assert dialog.plan_model.rowCount() == 8  # sections as parsed
    first_section = dialog.plan_model.index(0, 0)
    assert dialog.plan_model.index(0, 1, first_section).data() == XIPING_FIRST_TASK


def test_deciding_every_name_then_import_shows_the_plan_and_ctrl_z_removes_it(
    qtbot: QtBot, demo_window: MainWindow, page: TasksPage
) -> None:
    units_before = {u.name for u in list_units(page.ctx)}
    dialog = _review(qtbot, page)
    dialog.ui.yearSpin.setValue(2026)  # a new plan, not a revision of the demo's 2025 one
    qtbot.waitUntil(lambda: "2026年尚未导入" in dialog.ui.summaryLabel.text(), timeout=10000)

    dialog.select_name("县金融工作局")
    picker = dialog.pick_target("unit")
    assert picker is not None
    picker.ui.searchEdit.setText("金融监督")
    picker.select(picker.visible_entries()[0].key)
    picker.accept()
    assert picker.visible_entries()[0].name == "国家金融监督管理总局青禾监管支局"
    chosen = NameDecision("unit", picker.visible_entries()[0].id)
    assert dialog.decisions()["县金融工作局"] == chosen
    assert not dialog.ok_button.isEnabled()

    dialog.ui.categoryCombo.setCurrentText("县直部门")
    while dialog.names_model.open_names():
        dialog.ui.createButton.click()  # the current row moves on to the next open name
    assert dialog.ok_button.isEnabled()
    assert "均已对应" in dialog.ui.statusLabel.text()

    with qtbot.waitSignal(page.loaded, timeout=15000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()  # closed and deleted
    titles = _titles(load_task_tree(page.ctx))
    assert XIPING_FIRST_TASK in titles
    assert DEMO_FIRST_TASK not in titles
    assert "县科技局" in {u.name for u in list_units(page.ctx)}
    shown = page.ui.taskView.model()
    assert shown.index(0, 1).data() == "信用政策制度贯彻落实情况"

    with qtbot.waitSignal(page.loaded, timeout=10000):
        demo_window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is demo_window, timeout=5000)
        qtbot.keyClick(demo_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    titles = _titles(load_task_tree(page.ctx))
    assert DEMO_FIRST_TASK in titles
    assert XIPING_FIRST_TASK not in titles
    assert {u.name for u in list_units(page.ctx)} == units_before


def test_revised_plan_for_the_same_year_shows_added_and_removed_tasks_in_colour(
    qtbot: QtBot, page: TasksPage
) -> None:
    dialog = _review(qtbot, page)
    assert dialog.preview.year == 2025
    assert dialog.ui.reviewTabs.isTabEnabled(1)
    counts = dialog.changes_model.counts()
    assert counts["added"] == 21
    assert counts["removed"] == 23
    assert "删除23项" in dialog.ui.summaryLabel.text()
    changes = dialog.changes_model
    kinds = {changes.index(r, 0).data() for r in range(changes.rowCount())}
    assert kinds == {"新增", "删除"}
    removed = next(r for r in range(changes.rowCount()) if changes.index(r, 0).data() == "删除")
    colour = changes.index(removed, 2).data(Qt.ItemDataRole.ForegroundRole)
    assert colour.color() == UNRESOLVED


def test_inline_edits_in_the_review_change_the_draft_that_is_saved(
    qtbot: QtBot, page: TasksPage
) -> None:
    dialog = _review(qtbot, page)
    model = dialog.plan_model
    section = model.index(0, 0)
    assert model.setData(model.index(0, 1, section), "国家政策文件落实")
    assert model.setData(model.index(0, 5, section), "quarterly")
    assert model.index(0, 5, section).data() == "每季度"
    assert model.setData(model.index(0, 6, section), "季度结束后5个工作日内")
    dialog.ui.planView.setCurrentIndex(model.index(0, 0, section))
    dialog.ui.taskTextEdit.setPlainText("及时宣传、落实国家出台的相关政策文件。")
    task = dialog.preview.draft.tasks[0]
    assert (task.title, task.frequency, task.deadline, task.text) == (
        "国家政策文件落实",
        "quarterly",
        "季度结束后5个工作日内",
        "及时宣传、落实国家出台的相关政策文件。",
    )
    assert not model.setData(model.index(0, 5, section), "weekly")
    assert not model.setData(section, "x")  # sections are not edited here


def test_a_junk_docx_shows_the_error_and_changes_nothing(
    qtbot: QtBot, page: TasksPage, tmp_path: Path
) -> None:
    junk = tmp_path / "工作要点.docx"
    junk.write_bytes(b"this is not a Word document" * 50)
    before = _titles(load_task_tree(page.ctx))
    count = page.undo_stack.count()
    page.message_box = None
    page.import_plan(junk)
    qtbot.waitUntil(
        lambda: page.message_box is not None and page.message_box.isVisible(), timeout=10000
    )
    assert page.message_box is not None
    assert "docx" in page.message_box.text() or "Word" in page.message_box.text()
    assert page.review is None
    assert _titles(load_task_tree(page.ctx)) == before
    assert current_plan_title(page.ctx) is not None
    assert page.undo_stack.count() == count


def test_choosing_no_file_does_nothing(page: TasksPage) -> None:
    page.choose_plan_file = lambda: None
    assert page.import_plan() is None
    assert page.review is None


# ---------------------------------------------------------------- the models


def _draft() -> PlanDraft:
    return PlanDraft(
        "2024年社会信用体系建设工作要点",
        2024,
        None,
        [SectionDraft("一、", "信息归集"), SectionDraft("一（一）", "双公示", "一、", 2)],
        [
            TaskDraft("1.", "一（一）", "按时报送", "按时报送。", ["县发改委"], ["县科技局"]),
            TaskDraft("2.", "一、", "数据质量", "数据质量。", [], ["各成员单位"], ["人行"]),
            TaskDraft("附件1-1", None, "台账", "台账。"),
        ],
    )


def test_review_models_pass_qtmodeltester(qtmodeltester: ModelTester) -> None:
    plan = PlanReviewModel()
    plan.set_draft(_draft())
    plan.set_open_names({"县科技局"})
    qtmodeltester.check(plan)
    names = NameDecisionModel(lambda kind, target: f"{kind}{target}")
    names.set_matches(
        {
            "县发改委": Match("县发改委", "unit", 1, "normalised"),
            "县科技局": Match(
                "县科技局",
                "unresolved",
                None,
                "none",
                (Suggestion(7, "青禾县科技和工业信息化局", "unit", 60.0),),
            ),
        },
        _draft(),
    )
    qtmodeltester.check(names)
    changes = ChangeListModel()
    changes.set_changes(
        [TaskChange("1.", "按时报送", "unchanged", 3), TaskChange("2.", "新", "added")]
    )
    qtmodeltester.check(changes)


def test_review_tree_nests_sections_and_reds_undecided_unit_cells() -> None:
    plan = PlanReviewModel()
    plan.set_draft(_draft())
    plan.set_open_names({"县科技局"})
    assert plan.rowCount() == 2  # 一、 and the annex task outside any section
    first = plan.index(0, 0)
    nested = plan.index(0, 0, first)
    assert nested.data() == "一（一）"
    assert plan.index(1, 1, first).data() == "数据质量"
    task = plan.index(0, 3, nested)
    assert task.data() == "县科技局"
    assert task.data(Qt.ItemDataRole.ForegroundRole).color() == UNRESOLVED
    assert plan.index(0, 2, nested).data(Qt.ItemDataRole.ForegroundRole) is None
    plan.set_open_names(set())
    assert task.data(Qt.ItemDataRole.ForegroundRole) is None


def test_name_decisions_show_what_was_chosen() -> None:
    names = NameDecisionModel(
        lambda kind, target: {("unit", 7): "青禾县科技和工业信息化局"}[(kind, target)]
    )
    names.set_matches({"县科技局": Match("县科技局", "unresolved", None, "none")}, _draft())
    assert names.index(0, 1).data() == "未对应，请选择"
    assert names.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "出现在：1."
    names.decide("县科技局", NameDecision("unit", 7))
    assert [names.index(0, c).data() for c in range(3)] == [
        "县科技局",
        "对应到单位",
        "青禾县科技和工业信息化局",
    ]
    names.decide("县科技局", NameDecision("create", None, "县直部门"))
    assert names.index(0, 2).data() == "类别：县直部门"
    assert names.open_names() == []


def test_review_shows_what_the_reader_may_have_missed(
    qtbot: QtBot, page: TasksPage, tmp_path: Path
) -> None:
    """A numbering gap and a task without units are named in the review, not dropped."""
    from plan_fixtures import SILENT_LOSS

    path = tmp_path / "南岭县工作要点.txt"
    path.write_text(SILENT_LOSS, encoding="utf-8")
    dialog = _review(qtbot, page, path)
    qtbot.waitUntil(lambda: "请核对" in dialog.ui.summaryLabel.text(), timeout=10000)
    summary = dialog.ui.summaryLabel.text()
    assert "（三）之后是（五）" in summary
    assert "任务（二）“推进信用监管”没有读到责任单位" in summary


def test_accept_all_takes_every_likely_suggestion_and_the_start_date_is_saved(
    qtbot: QtBot, page: TasksPage
) -> None:
    dialog = _review(qtbot, page)
    names = dialog.names_model
    assert dialog.ui.startDate.text() == "2025年2月16日"  # the saved plan's start
    dialog.ui.yearSpin.setValue(2026)
    qtbot.waitUntil(lambda: "2026年尚未导入" in dialog.ui.summaryLabel.text(), timeout=10000)
    row = names.row_of("人行")  # bare 人行 in a county's plan is the county's own branch
    assert names.index(row, 2).data() == "中国人民银行青禾县支行"
    certain = names.row_of("县发改委")
    assert names.index(certain, 1).data() == "已自动对应（别名）"  # decided without a click
    open_before = len(names.open_names())

    qtbot.mouseClick(dialog.ui.acceptAllButton, Qt.MouseButton.LeftButton)
    taken = dialog.decisions()
    assert set(taken) == {"县科技局", "县金融工作局", "金融工作局"}
    assert len(names.open_names()) == open_before - 3
    assert "县编办" in names.open_names()  # no suggestion: left to the clerk
    assert "已接受3条建议" in dialog.ui.statusLabel.text()
    assert dialog.accept_all_suggestions() == 0  # nothing more to take

    dialog.ui.startDate.setDate(QDate(2026, 3, 1))
    while names.open_names():
        dialog.ui.createButton.click()
    assert not dialog.ui.acceptAllButton.isEnabled()
    with qtbot.waitSignal(page.loaded, timeout=15000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.import_result is not None
    with page.ctx.session_factory() as session:
        plan = session.get(Plan, dialog.import_result.plan_id)
        assert plan is not None
        assert plan.starts_on == dt.date(2026, 3, 1)


def test_a_phrase_for_every_member_unit_reads_in_chinese() -> None:
    names = NameDecisionModel(lambda kind, target: f"{kind}{target}")
    names.set_matches({"各成员单位": Match("各成员单位", "group", None, "all_units")})
    assert names.open_names() == []
    assert [names.index(0, c).data() for c in (1, 2)] == [
        "已自动对应（全部成员单位）",
        "全部成员单位（导入时建立分组）",
    ]
