"""The item models behind the pages: structure checked by qtmodeltester, text as users see it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from creditdesk.services.inbox import SubmissionRow
from creditdesk.services.notices import NoticeRow
from creditdesk.services.overview import ObligationLine
from creditdesk.services.roster import UnitRow
from creditdesk.services.status import StatusCounts, UnitStatus
from creditdesk.services.tasks import TaskNode
from creditdesk.ui.common.row_table_model import SORT_ROLE, sorting_proxy
from creditdesk.ui.home.obligation_table_model import ObligationTableModel
from creditdesk.ui.inbox.submission_table_model import SubmissionTableModel
from creditdesk.ui.notices.notice_table_model import NoticeTableModel
from creditdesk.ui.reports.unit_status_table_model import UnitStatusTableModel
from creditdesk.ui.roster.unit_table_model import UnitTableModel
from creditdesk.ui.tasks.task_tree_model import TaskTreeModel, task_filter_proxy


def _unit(unit_id: int, name: str, *, active: bool = True) -> UnitRow:
    return UnitRow(
        id=unit_id,
        name=name,
        short_name=name.removeprefix("县"),
        category="县直部门",
        liaison="王芳",
        office_phone="0396-6221234",
        mobile="13800000000",
        email="",
        address="",
        active=active,
        aliases=[f"{name}办公室", name.removeprefix("县")],
    )


def _node(
    node_id: int,
    kind: str,
    label: str,
    title: str,
    *,
    frequency: str | None = None,
    deadline: str | None = None,
    lead: tuple[str, ...] = (),
    responsible: tuple[str, ...] = (),
    children: tuple[TaskNode, ...] = (),
) -> TaskNode:
    return TaskNode(
        id=node_id,
        kind=kind,
        label=label,
        title=title,
        text=f"{title}。具体要求略。",
        frequency=frequency,
        deadline=deadline,
        lead_units=list(lead),
        responsible_units=list(responsible),
        children=list(children),
    )


def _plan() -> list[TaskNode]:
    return [
        _node(
            1,
            "section",
            "一、",
            "加强信用制度建设",
            children=(
                _node(
                    2,
                    "task",
                    "（一）",
                    "完善信用信息归集共享",
                    frequency="quarterly",
                    deadline="每季度末",
                    lead=("县发改委",),
                    responsible=("县市场监管局", "县税务局"),
                ),
                _node(3, "task", "（二）", "推进双公示", frequency="monthly", lead=("县发改委",)),
            ),
        ),
        _node(
            4,
            "section",
            "二、",
            "优化营商环境",
            children=(_node(5, "task", "（一）", "开展诚信宣传", frequency="continuous"),),
        ),
    ]


def test_unit_table_model_passes_qtmodeltester(qtmodeltester: ModelTester) -> None:
    model = UnitTableModel()
    model.set_rows([_unit(1, "县发改委"), _unit(2, "县教育局", active=False)])
    qtmodeltester.check(model)


def test_unit_table_shows_chinese_headers_aliases_and_state() -> None:
    model = UnitTableModel()
    model.set_rows([_unit(1, "县发改委"), _unit(2, "县教育局", active=False)])
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:3] == ["单位名称", "简称", "类别"]
    aliases = model.data(model.index(0, headers.index("别名")))
    assert aliases == "县发改委办公室、发改委"
    assert model.data(model.index(1, headers.index("状态"))) == "已撤销"
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is None


def test_submission_dates_show_in_chinese_and_sort_by_date(qtmodeltester: ModelTester) -> None:
    model = SubmissionTableModel()
    rows = [
        SubmissionRow(1, "县发改委", "（一）", "信用信息归集", "2024年第3季度",
                      dt.date(2024, 10, 8), "电子邮件", "三季度归集情况", "合格", 2),
        SubmissionRow(2, "县税务局", "（二）", "双公示", "2024年9月",
                      dt.date(2024, 9, 30), "纸质", "9月双公示", "待审核", 0),
    ]  # fmt: skip
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert model.data(model.index(0, 0)) == "2024年10月8日"
    proxy = sorting_proxy(model)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert proxy.data(proxy.index(0, 0)) == "2024年9月30日"
    assert proxy.data(proxy.index(0, 1)) == "县税务局"


def test_notice_table_model_passes_qtmodeltester(qtmodeltester: ModelTester) -> None:
    model = NoticeTableModel()
    model.set_rows(
        [
            NoticeRow(
                1, "西信用办督〔2024〕3号", "县教育局", dt.date(2024, 10, 15), "催报", "已发出", 2
            )
        ]
    )
    qtmodeltester.check(model)
    assert model.data(model.index(0, 0)) == "西信用办督〔2024〕3号"
    assert model.data(model.index(0, 2)) == "2024年10月15日"


def test_empty_notice_register_is_a_valid_model(qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(NoticeTableModel())


def test_obligation_and_unit_status_models_pass_qtmodeltester(qtmodeltester: ModelTester) -> None:
    lines = ObligationTableModel("逾期工作日")
    lines.set_rows(
        [
            ObligationLine(
                "县教育局", "（一）", "信用信息归集", "2024年第3季度", dt.date(2024, 10, 15), 4
            )
        ]
    )
    qtmodeltester.check(lines)
    assert lines.headerData(4, Qt.Orientation.Horizontal) == "逾期工作日"
    status = UnitStatusTableModel()
    status.set_rows([UnitStatus("县教育局", StatusCounts(4, 2, 1, 1, 0))])
    qtmodeltester.check(status)
    assert status.data(status.index(0, 6)) == "50.0%"


def test_task_tree_model_passes_qtmodeltester(qtmodeltester: ModelTester) -> None:
    model = TaskTreeModel()
    model.set_tree(_plan())
    qtmodeltester.check(model)


def test_task_tree_shows_units_and_chinese_frequency() -> None:
    model = TaskTreeModel()
    model.set_tree(_plan())
    section = model.index(0, 0)
    assert model.data(section) == "一、"
    assert model.rowCount(section) == 2
    task = model.index(0, 0, section)
    row = [model.data(model.index(0, c, section)) for c in range(model.columnCount())]
    assert row == [
        "（一）",
        "完善信用信息归集共享",
        "县发改委",
        "县市场监管局、县税务局",
        "每季度",
        "每季度末",
    ]
    assert model.data(model.index(0, 4, model.index(1, 0))) == "持续推进"
    assert model.parent(task) == section


def test_task_search_keeps_matching_tasks_with_their_section() -> None:
    model = TaskTreeModel()
    model.set_tree(_plan())
    proxy = task_filter_proxy(model)
    proxy.setFilterFixedString("市场监管")
    assert proxy.rowCount() == 1
    section = proxy.index(0, 0)
    assert proxy.data(section) == "一、"
    assert proxy.rowCount(section) == 1
    assert proxy.data(proxy.index(0, 1, section)) == "完善信用信息归集共享"
    proxy.setFilterFixedString("")
    assert proxy.rowCount() == 2


def test_sorting_task_numbers_restores_document_order() -> None:
    model = TaskTreeModel()
    model.set_tree(_plan())
    proxy = task_filter_proxy(model)
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert [proxy.data(proxy.index(r, 0)) for r in range(2)] == ["一、", "二、"]
    assert proxy.data(proxy.index(0, 0), SORT_ROLE) == 0
    assert model.node(QModelIndex()) is None
