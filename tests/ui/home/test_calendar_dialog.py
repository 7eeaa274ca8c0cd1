"""工作日历: pasting the State Council notice fills a year; saving settles provisional dates."""

from __future__ import annotations

import datetime as dt

from factories import add_plan, add_task, add_units
from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from creditdesk.model import Obligation
from creditdesk.services.calendar_edit import load_year
from creditdesk.services.context import ServiceContext
from creditdesk.services.due_rules import DueRule
from creditdesk.services.obligations import regenerate
from creditdesk.services.workspace import Workspace
from creditdesk.ui.common.signals import AppSignals
from creditdesk.ui.home.calendar_dialog import CalendarDialog
from creditdesk.ui.home.home_page import HomePage

NOTICE_2027 = """国务院办公厅关于2027年部分节假日安排的通知

一、元旦：1月1日（周五）至3日（周日）放假，共3天。
二、春节：2月6日（周六）至12日（周五）放假调休，共7天。2月14日（周日）上班。
三、清明节：4月3日（周六）至5日（周一）放假，共3天。
"""


def _q1_2027(ctx: ServiceContext) -> Obligation:
    with ctx.session_factory() as session:
        row = session.scalar(select(Obligation).where(Obligation.period == "2027Q1"))
        assert row is not None
        session.expunge(row)
        return row


def _office_with_a_2027_task(ctx: ServiceContext) -> None:
    """A quarterly report due 5 working days after the quarter: 2027Q1's falls around 清明."""
    with ctx.session_factory.begin() as session:
        (unit,) = add_units(session, "甲局")
        _, section = add_plan(session, 2027)
        add_task(session, section, "季报", "quarterly", DueRule("after_period_end", n=5), [unit])
        regenerate(session)


def _dialog(qtbot: QtBot, ctx: ServiceContext, pool: QThreadPool) -> CalendarDialog:
    dialog = CalendarDialog(ctx, undo_stack=QUndoStack(), pool=pool, year=2027)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_pasting_the_notice_fills_the_year_and_saving_settles_a_provisional_due_date(
    qtbot: QtBot, ctx: ServiceContext, pool: QThreadPool
) -> None:
    _office_with_a_2027_task(ctx)
    before = _q1_2027(ctx)
    assert before.provisional
    assert before.due_date == dt.date(2027, 4, 7)  # Mon–Fri guess: 4/1 4/2 4/5 4/6 4/7
    dialog = _dialog(qtbot, ctx, pool)
    assert "尚未公布" in dialog.ui.statusLabel.text()
    assert "暂定" in dialog.ui.statusLabel.text()
    dialog.ui.noticeEdit.setPlainText(NOTICE_2027)
    dialog.ui.fillButton.click()
    entries = [dialog.ui.entriesList.item(i).text() for i in range(dialog.ui.entriesList.count())]
    assert "2027年4月5日（周一）放假" in entries
    assert "2027年2月14日（周日）调休上班" in entries
    assert len(entries) == 3 + 7 + 1 + 3
    assert dialog.ui.announcedCheck.isChecked()
    assert "放假13天，调休上班1天" in dialog.ui.errorLabel.text()
    dialog.ui.buttonBox.accepted.emit()  # 保存
    command = dialog.command
    assert command is not None and command.job is not None
    qtbot.waitUntil(lambda: not _q1_2027(ctx).provisional, timeout=10000)
    after = _q1_2027(ctx)
    assert after.due_date == dt.date(2027, 4, 8)  # 4/5 is 清明 now
    assert load_year(ctx, 2027).announced
    undo_stack = dialog.undo_stack
    assert undo_stack.undoText() == "修改2027年工作日历"
    undo_stack.undo()
    qtbot.waitUntil(lambda: _q1_2027(ctx).provisional, timeout=10000)
    assert _q1_2027(ctx).due_date == dt.date(2027, 4, 7)


def test_a_notice_with_a_wrong_weekday_shows_the_offending_line(
    qtbot: QtBot, ctx: ServiceContext, pool: QThreadPool
) -> None:
    dialog = _dialog(qtbot, ctx, pool)
    dialog.ui.noticeEdit.setPlainText("三、清明节：4月3日（周日）至5日（周一）放假，共3天。")
    assert not dialog.fill_from_notice()
    error = dialog.ui.errorLabel.text()
    assert error.startswith("无法读取通知：")
    assert "不是周日" in error
    assert "清明节：4月3日（周日）" in error
    assert dialog.ui.entriesList.count() == 0


def test_marking_a_day_in_the_grid_adds_an_office_entry(
    qtbot: QtBot, ctx: ServiceContext, pool: QThreadPool
) -> None:
    dialog = _dialog(qtbot, ctx, pool)
    dialog.ui.calendar.setSelectedDate(dt.date(2027, 10, 9))
    dialog.ui.makeupButton.click()
    dialog.ui.calendar.setSelectedDate(dt.date(2027, 10, 1))
    dialog.ui.holidayButton.click()
    texts = [dialog.ui.entriesList.item(i).text() for i in range(dialog.ui.entriesList.count())]
    assert texts == ["2027年10月1日（周五）放假", "2027年10月9日（周六）调休上班"]
    dialog.ui.clearDayButton.click()
    assert dialog.entries().holidays == frozenset()


def test_a_year_the_official_data_knows_says_so(
    qtbot: QtBot, ctx: ServiceContext, pool: QThreadPool
) -> None:
    dialog = _dialog(qtbot, ctx, pool)
    dialog.ui.yearSpin.setValue(2025)
    assert "国家节假日安排已收录" in dialog.ui.statusLabel.text()


def test_home_page_opens_the_calendar_from_its_button(
    qtbot: QtBot, workspace: Workspace, pool: QThreadPool
) -> None:
    home = HomePage(workspace.context, AppSignals(), pool)
    qtbot.addWidget(home)
    with qtbot.waitSignal(home.loaded, timeout=10000):
        home.show()
    home.ui.calendarButton.click()
    assert isinstance(home.dialog, CalendarDialog)
    assert home.dialog.isVisible()
    assert home.dialog.year() == 2027  # today is 2026-11-22 and 2027 is not announced
    home.dialog.reject()
