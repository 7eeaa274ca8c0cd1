"""The notice register and draft models, without a view: contents, colours, filters, edits."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from pytestqt.modeltest import ModelTester

from creditdesk.services.notice_drafts import DraftItem, EarlierNotice, NoticeDraft
from creditdesk.services.notices import NoticeRow
from creditdesk.ui.notices.notice_draft_model import NoticeDraftModel
from creditdesk.ui.notices.notice_table_model import (
    NoticeFilter,
    NoticeFilterProxy,
    NoticeTableModel,
)

DAY = dt.date(2025, 11, 12)


def _rows() -> list[NoticeRow]:
    return [
        NoticeRow(4, "青信用办督〔2025〕4号", "青禾县财政局", DAY, "督办", "已发出", 3),
        NoticeRow(3, "青信用办督〔2025〕3号", "青禾县司法局", DAY, "提醒", "已作废", 1),
        NoticeRow(2, "青信用办督〔2025〕2号", "青禾县商务局", DAY, "催报", "已回复", 1),
        NoticeRow(
            1, "青信用办督〔2024〕9号", "青禾县商务局", dt.date(2024, 12, 2), "催报", "已办结", 2
        ),
    ]


def _draft(unit_id: int, unit: str, level: str = "overdue") -> NoticeDraft:
    item = DraftItem(
        "双公示信息报送",
        "报送情况表",
        "2025年10月",
        DAY,
        5,
        obligation_id=unit_id * 10,
        overdue=True,
    )
    earlier = (EarlierNotice("青信用办督〔2025〕1号", dt.date(2025, 10, 20)),)
    return NoticeDraft(
        unit_id,
        unit,
        level,  # type: ignore[arg-type]
        (item,),
        DAY,
        earlier if level == "supervise" else (),
    )


def test_register_model_passes_qtmodeltester(qtmodeltester: ModelTester) -> None:
    model = NoticeTableModel()
    qtmodeltester.check(model)
    model.set_rows(_rows())
    qtmodeltester.check(model)


def test_filter_proxy_passes_qtmodeltester(qtmodeltester: ModelTester) -> None:
    model = NoticeTableModel()
    model.set_rows(_rows())
    proxy = NoticeFilterProxy(model)
    proxy.set_filter(NoticeFilter(year=2025))
    qtmodeltester.check(proxy)


def test_register_shows_chinese_dates_and_three_level_colours() -> None:
    model = NoticeTableModel()
    model.set_rows(_rows())
    assert model.index(0, 2).data() == "2025年11月12日"
    supervise = model.index(0, 3).data(Qt.ItemDataRole.BackgroundRole)
    overdue = model.index(2, 3).data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(supervise, QBrush) and isinstance(overdue, QBrush)
    assert supervise.color().name() == "#c62828"
    assert overdue.color().name() == "#f8c9c9"
    # a void notice loses its colour and is drawn muted
    assert model.index(1, 3).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_filter_by_state_level_year_and_text() -> None:
    model = NoticeTableModel()
    model.set_rows(_rows())
    proxy = NoticeFilterProxy(model)

    def numbers(notice_filter: NoticeFilter) -> list[str]:
        proxy.set_filter(notice_filter)
        return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]

    assert len(numbers(NoticeFilter())) == 4
    assert numbers(NoticeFilter(state="void")) == ["青信用办督〔2025〕3号"]
    assert numbers(NoticeFilter(level="overdue", year=2024)) == ["青信用办督〔2024〕9号"]
    assert numbers(NoticeFilter(text="商务局")) == [
        "青信用办督〔2025〕2号",
        "青信用办督〔2024〕9号",
    ]
    assert numbers(NoticeFilter(text="4号")) == ["青信用办督〔2025〕4号"]


def test_draft_model_passes_qtmodeltester(qtmodeltester: ModelTester) -> None:
    model = NoticeDraftModel()
    qtmodeltester.check(model)
    model.set_drafts([_draft(1, "青禾县财政局", "supervise"), _draft(2, "青禾县司法局")])
    qtmodeltester.check(model)


def test_unticked_drafts_are_left_out_and_levels_can_be_changed() -> None:
    model = NoticeDraftModel()
    model.set_drafts([_draft(1, "青禾县财政局"), _draft(2, "青禾县司法局")])
    assert [d.unit for d in model.checked_drafts()] == ["青禾县财政局", "青禾县司法局"]
    assert model.setData(model.index(0, 0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert [d.unit for d in model.checked_drafts()] == ["青禾县司法局"]
    assert model.setData(model.index(1, 1), "reminder", Qt.ItemDataRole.EditRole)
    assert model.index(1, 1).data() == "提醒"
    assert model.checked_drafts()[0].level == "reminder"
    assert not model.setData(model.index(1, 1), "urgent", Qt.ItemDataRole.EditRole)
    model.set_all_checked(True)
    assert len(model.checked_drafts()) == 2


def test_draft_model_names_earlier_notices() -> None:
    model = NoticeDraftModel()
    model.set_drafts([_draft(1, "青禾县财政局", "supervise")])
    assert model.index(0, 1).data() == "督办"
    assert model.index(0, 4).data() == "青信用办督〔2025〕1号"
    assert "2025年10月20日" in model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole)
