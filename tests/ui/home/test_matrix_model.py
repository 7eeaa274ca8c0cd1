"""The quarter matrix model colours each unit × task cell as the clerk's traffic lights say."""

from __future__ import annotations

import datetime as dt

from factories import add_plan, add_task, add_units
from PySide6.QtCore import QModelIndex, Qt, QThreadPool
from PySide6.QtGui import QBrush, QColor
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from creditdesk.model import Obligation, Submission
from creditdesk.services.context import ServiceContext
from creditdesk.services.due_rules import DueRule
from creditdesk.services.extensions import grant_extension
from creditdesk.services.matrix import DUE_SOON, quarter_matrix
from creditdesk.services.obligations import regenerate
from creditdesk.services.periods import Period
from creditdesk.services.status import LATE, NOT_YET_DUE, ON_TIME, OVERDUE
from creditdesk.ui.home.matrix_model import (
    CELL_ROLE,
    EXTENDED_ROLE,
    PROVISIONAL_ROLE,
    STATE_COLOURS,
    MatrixModel,
)
from creditdesk.ui.home.quarter_matrix_view import QuarterMatrixView

AS_OF = dt.date(2025, 7, 22)  # Tue; the June monthly report is due Fri 7/25: 3 working days


def _office(ctx: ServiceContext) -> dict[str, int]:
    """Q2: 甲乙丙 owe a quarterly report (甲 on time, 乙 late, 丙 not at all); 丁 a monthly
    one, April and May in, June due on 25 July."""
    with ctx.session_factory.begin() as session:
        a, b, c, d = add_units(session, "甲局", "乙局", "丙局", "丁局")
        _, section = add_plan(session, 2025)
        quarterly = add_task(
            session, section, "季报", "quarterly", DueRule("after_period_end", n=5), [a, b, c]
        )
        monthly = add_task(
            session, section, "月报", "monthly", DueRule("day_of_next_month", day=25), [d]
        )
        regenerate(session)
        for month in ("2025-04", "2025-05"):
            report = session.scalars(
                select(Obligation).where(Obligation.unit_id == d.id, Obligation.period == month)
            ).one()
            session.add(
                Submission(
                    unit_id=d.id,
                    node_id=monthly.id,
                    obligation_id=report.id,
                    period=month,
                    received_on=report.due_date,
                    created_at=dt.datetime(2025, 7, 9),
                )
            )
        q2 = {
            o.unit_id: o
            for o in session.scalars(select(Obligation).where(Obligation.period == "2025Q2"))
        }
        for unit, day in ((a, dt.date(2025, 7, 4)), (b, dt.date(2025, 7, 9))):
            session.add(
                Submission(
                    unit_id=unit.id,
                    node_id=quarterly.id,
                    obligation_id=q2[unit.id].id,
                    period="2025Q2",
                    received_on=day,
                    created_at=dt.datetime(2025, 7, 9),
                )
            )
        return {"c_q2": q2[c.id].id, "quarterly": quarterly.id, "monthly": monthly.id}


def _colour(model: MatrixModel, row: int, column: int) -> str:
    brush = model.index(row, column).data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(brush, QBrush)
    return str(brush.color().name())


def test_cells_are_green_olive_red_and_yellow_by_state(ctx: ServiceContext) -> None:
    _office(ctx)
    model = MatrixModel()
    model.set_matrix(quarter_matrix(ctx, Period.parse("2025Q2"), AS_OF))
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(5)] == [
        "甲局", "乙局", "丙局", "丁局", "合计",
    ]  # fmt: skip
    assert model.headerData(0, Qt.Orientation.Horizontal).startswith("1. （一）\n季报")
    assert model.headerData(2, Qt.Orientation.Horizontal) == "合计"
    assert _colour(model, 0, 0) == QColor(STATE_COLOURS[ON_TIME]).name()
    assert _colour(model, 1, 0) == QColor(STATE_COLOURS[LATE]).name()
    assert _colour(model, 2, 0) == QColor(STATE_COLOURS[OVERDUE]).name()
    assert _colour(model, 3, 1) == QColor(STATE_COLOURS[DUE_SOON]).name()
    assert model.index(0, 0).data() == "1/1"
    assert model.index(2, 0).data() == "0/1"
    assert model.index(3, 1).data() == "2/3"  # April, May, June
    assert model.index(0, 1).data() is None  # 甲局 does not owe the monthly report
    assert model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    tip = model.index(3, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "丁局" in tip
    assert "2025年6月：截止2025年7月25日，即将到期" in tip
    # totals: per unit (last column) and per task (last row)
    assert model.index(0, 2).data() == "1/1"
    assert model.index(4, 0).data() == "2/3"
    assert model.index(4, 2).data() == "4/6"
    assert "逾期未报 1" in model.index(4, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_not_yet_due_is_grey_and_an_extension_is_italic_with_a_mark(ctx: ServiceContext) -> None:
    ids = _office(ctx)
    grant_extension(ctx, ids["c_q2"], dt.date(2025, 7, 31), "系统升级，单位来函申请")
    model = MatrixModel()
    model.set_matrix(quarter_matrix(ctx, Period.parse("2025Q2"), dt.date(2025, 7, 8)))
    extended = model.index(2, 0)
    assert extended.data(EXTENDED_ROLE) is True
    assert extended.data(Qt.ItemDataRole.FontRole).italic()
    assert _colour(model, 2, 0) == QColor(STATE_COLOURS[NOT_YET_DUE]).name()
    assert "［已延期］" in extended.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, 0).data(EXTENDED_ROLE) is False


def test_a_due_date_in_an_unannounced_year_is_marked_provisional(ctx: ServiceContext) -> None:
    with ctx.session_factory.begin() as session:
        (a,) = add_units(session, "甲局")
        _, section = add_plan(session, 2027)
        add_task(session, section, "季报", "quarterly", DueRule("after_period_end", n=5), [a])
        regenerate(session)
    model = MatrixModel()
    model.set_matrix(quarter_matrix(ctx, Period.parse("2027Q2"), dt.date(2027, 4, 1)))
    cell = model.index(0, 0)
    assert cell.data(PROVISIONAL_ROLE) is True
    assert cell.data() == "0/1*"
    assert "节假日安排未公布，截止日期暂定" in cell.data(Qt.ItemDataRole.ToolTipRole)


def test_matrix_model_passes_qtmodeltester(qtmodeltester: ModelTester, ctx: ServiceContext) -> None:
    _office(ctx)
    model = MatrixModel()
    qtmodeltester.check(model)  # empty
    model.set_matrix(quarter_matrix(ctx, Period.parse("2025Q2"), AS_OF))
    qtmodeltester.check(model)
    model.set_matrix(quarter_matrix(ctx, Period.parse("2025Q4"), AS_OF))
    qtmodeltester.check(model)
    assert model.index(0, 0).data(CELL_ROLE) is not None
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None


def test_matrix_view_reads_the_chosen_quarter_and_reports_a_clicked_cell(
    qtbot: QtBot, ctx: ServiceContext, pool: QThreadPool
) -> None:
    ids = _office(ctx)
    view = QuarterMatrixView(ctx, pool)
    qtbot.addWidget(view)
    view.set_period("2025Q2")
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.show()
    assert view.model.rowCount() == 5
    assert "合计" in view.model.headerData(4, Qt.Orientation.Vertical)
    table = view.ui.matrixView
    rect = table.visualRect(view.model.index(2, 0))
    with qtbot.waitSignal(view.cell_clicked) as clicked:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    unit_id, node_id, cell = clicked.args
    assert node_id == ids["quarterly"]
    assert [o.obligation_id for o in cell.obligations] == [ids["c_q2"]]
    assert unit_id == cell.obligations[0].unit_id
