"""The 报表 page's table models on their own: checked by qtmodeltester, read as a clerk would."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QPixmap
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from creditdesk.output.report_data import Figures, MissingByUnit, MissingItem, TaskLine, UnitLine
from creditdesk.ui.common.row_table_model import sorting_proxy
from creditdesk.ui.reports.chart_view import ChartView
from creditdesk.ui.reports.report_table_models import (
    MissingItemsModel,
    TaskFiguresModel,
    UnitRankingModel,
)

UNITS = [
    UnitLine(1, "青禾县教育体育局", Figures(4, 4, 0, 0, 0)),
    UnitLine(2, "青禾县市场监督管理局", Figures(6, 3, 2, 1, 0)),
    UnitLine(3, "青禾县税务局", Figures(5, 1, 0, 4, 0)),
    UnitLine(4, "城关镇人民政府", Figures(2, 0, 0, 0, 2)),  # nothing assessable yet
]

TASKS = [
    TaskLine("（一）", "完善信用信息归集共享机制", Figures(10, 6, 2, 2, 0)),
    TaskLine("（二）", "推进“双公示”信息报送", Figures(5, 2, 0, 1, 2)),
    TaskLine("（十）", "开展诚信宣传教育", Figures(2, 0, 0, 2, 0)),
]

MISSING = [
    MissingByUnit(
        "青禾县税务局",
        (
            MissingItem("（一）", "信用信息归集", "2025年7月", dt.date(2025, 8, 10), 40, False),
            MissingItem("（十）", "诚信宣传", "2025年第3季度", dt.date(2025, 10, 15), 4, True),
        ),
    ),
    MissingByUnit(
        "青禾县市场监督管理局",
        (MissingItem("（二）", "双公示", "2025年9月", dt.date(2025, 10, 10), 9, False),),
    ),
]


def _row(model: UnitRankingModel | TaskFiguresModel | QSortFilterProxyModel, row: int) -> list[str]:
    return [model.index(row, column).data() for column in range(model.columnCount())]


def test_ranking_model_passes_qtmodeltester_and_shows_rates_as_percentages(
    qtmodeltester: ModelTester,
) -> None:
    model = UnitRankingModel()
    model.set_rows(UNITS)
    qtmodeltester.check(model)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(9)] == [
        "排名",
        "单位",
        "应报事项",
        "按时报送",
        "逾期报送",
        "逾期未报",
        "尚未到期",
        "按时报送率",
        "报送率",
    ]
    assert _row(model, 1) == [
        "2",
        "青禾县市场监督管理局",
        "6",
        "3",
        "2",
        "1",
        "0",
        "50.0%",
        "83.3%",
    ]
    assert _row(model, 3)[7:] == ["—", "—"]


def test_ranking_sorts_rates_as_numbers_with_unassessable_units_last() -> None:
    model = UnitRankingModel()
    model.set_rows(UNITS)
    proxy = sorting_proxy(model)
    proxy.sort(UnitRankingModel.ON_TIME_RATE, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, 7).data() for r in range(4)] == ["100.0%", "50.0%", "20.0%", "—"]
    proxy.sort(UnitRankingModel.RANK, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, 1).data() == "城关镇人民政府"


def test_task_model_passes_qtmodeltester_and_sorts_its_numbers_in_plan_order(
    qtmodeltester: ModelTester,
) -> None:
    model = TaskFiguresModel()
    model.set_tasks(TASKS)
    qtmodeltester.check(model)
    assert _row(model, 1) == [
        "（二）",
        "推进“双公示”信息报送",
        "5",
        "2",
        "0",
        "1",
        "2",
        "66.7%",
        "66.7%",
    ]
    proxy = sorting_proxy(model)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    # （十） after （二）: plan order, not the character order of the labels
    assert [proxy.index(r, 0).data() for r in range(3)] == ["（一）", "（二）", "（十）"]
    proxy.sort(5, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, 0).data() for r in range(3)] == ["（一）", "（十）", "（二）"]


def test_missing_items_model_passes_qtmodeltester_and_lists_items_under_their_unit(
    qtmodeltester: ModelTester,
) -> None:
    model = MissingItemsModel()
    model.set_groups(MISSING)
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.item_count() == 3
    unit = model.index(0, 0)
    assert unit.data() == "青禾县税务局（2项）"
    assert model.rowCount(unit) == 2
    item = [model.index(1, column, unit).data() for column in range(model.columnCount())]
    assert item == ["（十）诚信宣传", "2025年第3季度", "2025年10月15日", "4", "已延期"]
    assert model.parent(model.index(1, 0, unit)) == unit
    assert model.rowCount(model.index(0, 0, unit)) == 0
    model.set_groups([])
    assert model.rowCount(QModelIndex()) == 0


def _png(width: int, height: int) -> bytes:
    picture = QPixmap(width, height)
    picture.fill(Qt.GlobalColor.darkGreen)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    picture.save(buffer, "PNG")
    return bytes(data.data())


@pytest.mark.parametrize("width", [300, 600, 1400])
def test_chart_view_keeps_the_pictures_shape_and_never_blows_it_up(
    qtbot: QtBot, width: int
) -> None:
    view = ChartView()
    qtbot.addWidget(view)
    assert view.pixmap().isNull()
    assert view.set_png(_png(900, 600), dpi=144)
    assert view.sizeHint().width() == 600  # 900 px at 144 dpi is 600 screen pixels
    view.resize(width, view.heightForWidth(width))
    target = view.target_rect()
    assert target.width() == min(width, 900)
    assert target.height() == pytest.approx(target.width() * 2 / 3, abs=1)
    view.show()
    qtbot.waitExposed(view)
    assert view.grab().toImage().pixelColor(target.center()) == Qt.GlobalColor.darkGreen


def test_chart_view_shows_a_placeholder_for_unreadable_data(qtbot: QtBot) -> None:
    view = ChartView()
    qtbot.addWidget(view)
    assert not view.set_png(b"not a picture")
    assert view.pixmap().isNull()
    view.clear("图表绘制失败")
    assert view.placeholder() == "图表绘制失败"
