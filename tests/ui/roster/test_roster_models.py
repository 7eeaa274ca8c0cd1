"""The roster page's item models without a view: structure checked by qtmodeltester, edits and
text as the clerk sees them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from creditdesk.parsing.spreadsheet import SheetGrid
from creditdesk.services.context import ServiceContext
from creditdesk.services.progress_sheets import (
    MatchedRow,
    ProgressImportPreview,
    ProgressTask,
    RowKey,
    SheetPlan,
    UnplacedRow,
)
from creditdesk.services.roster import UnitRow
from creditdesk.services.roster_edit import UnitFields, create_unit
from creditdesk.services.roster_import import preview_roster_import, read_roster_file
from creditdesk.ui.roster.progress_rows_model import ProgressRowsModel
from creditdesk.ui.roster.roster_import_models import (
    ColumnMappingModel,
    changes_model,
    column_letter,
    new_units_model,
    problems_model,
    unchanged_model,
)
from creditdesk.ui.roster.unit_table_model import UnitTableModel

DATA = Path(__file__).resolve().parents[2] / "data" / "roster"


def _unit(unit_id: int, name: str, mobile: str = "13800000000") -> UnitRow:
    return UnitRow(
        unit_id, name, "", "县直部门", "王芳", "0391-6221234", mobile, "", "", True, ["别名"]
    )


def test_unit_table_cells_are_editable_except_aliases_and_state(
    qtmodeltester: ModelTester, qtbot: QtBot
) -> None:
    model = UnitTableModel()
    model.set_rows([_unit(1, "县发改委"), _unit(2, "县财政局")])
    qtmodeltester.check(model)
    editable = [
        bool(model.flags(model.index(0, c)) & Qt.ItemFlag.ItemIsEditable)
        for c in range(model.columnCount())
    ]
    assert editable == [True] * 9 + [False, False]
    assert model.data(model.index(1, 6), Qt.ItemDataRole.EditRole) == "13800000000"


def test_the_roster_shows_each_liaison_s_position(qtbot: QtBot) -> None:
    """职务 from the office's sheet has a column of its own, right after 联络员."""
    from dataclasses import replace

    model = UnitTableModel()
    model.set_rows([replace(_unit(1, "县发改委"), liaison_title="综合股股长")])
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[3:5] == ["联络员", "职务"]
    assert model.index(0, 4).data() == "综合股股长"
    with qtbot.waitSignal(model.edit_requested) as asked:
        assert model.setData(model.index(0, 4), "办公室主任")
    assert asked.args[1:] == ["liaison_title", "办公室主任"]  # type: ignore[index]


def test_editing_a_unit_cell_asks_the_page_with_the_text_typed(qtbot: QtBot) -> None:
    model = UnitTableModel()
    model.set_rows([_unit(1, "县发改委")])
    with qtbot.waitSignal(model.edit_requested) as asked:
        assert model.setData(model.index(0, 6), "013803960001")
    row, field, text = asked.args  # type: ignore[misc]
    assert (row.id, field, text) == (1, "mobile", "013803960001")
    assert model.index(0, 6).data() == "13800000000"  # shown as saved, not as typed
    with qtbot.assertNotEmitted(model.edit_requested):
        assert not model.setData(model.index(0, 6), "13800000000")  # nothing changed
        assert not model.setData(model.index(0, 9), "另一个别名")  # aliases: in the dialog
    model.replace_row(_unit(1, "县发改委", mobile="013803960001"))
    assert model.index(0, 6).data() == "013803960001"


def _grid() -> SheetGrid:
    return SheetGrid(
        "名册.xlsx",
        "Sheet1",
        ("Sheet1",),
        (
            ("成员单位名单", "", ""),
            ("机构", "负责同志", "座机"),
            ("县档案馆", "刘洋", "0391-6219901"),
            ("", "陈晨", ""),
            ("县气象局", "", "6219903"),
        ),
        hidden_columns=frozenset({2}),
    )


def test_column_mapping_model_shows_headers_samples_and_one_column_per_field(
    qtmodeltester: ModelTester,
) -> None:
    model = ColumnMappingModel(_grid(), 2, {"name": 0})
    qtmodeltester.check(model)
    assert [model.index(r, 0).data() for r in range(3)] == ["A", "B", "C（隐藏）"]
    assert [model.index(r, 1).data() for r in range(3)] == ["机构", "负责同志", "座机"]
    assert model.index(0, 2).data() == "县档案馆 | 县气象局"
    assert model.index(0, 3).data() == "单位名称" and model.index(1, 3).data() == "（不导入）"
    assert model.setData(model.index(1, 3), "liaison")
    assert model.setData(model.index(2, 3), "name")  # takes 单位名称 from column A
    assert model.mapping() == {"liaison": 1, "name": 2}
    assert not model.setData(model.index(0, 3), "no such field")
    model.set_header_row(None)
    assert model.index(0, 1).data() == "" and model.index(0, 2).data().startswith("成员单位名单")
    assert (column_letter(0), column_letter(25), column_letter(26)) == ("A", "Z", "AA")


def test_preview_models_list_new_changed_field_by_field_unchanged_and_problems(
    qtmodeltester: ModelTester, ctx: ServiceContext
) -> None:
    create_unit(ctx, UnitFields(name="西平县财政局", short_name="县财政局", liaison="陈丽"))
    create_unit(ctx, UnitFields(name="县人民法院", liaison="赵敏", mobile="13803960004"))
    preview = preview_roster_import(ctx, read_roster_file(DATA / "office_roster.xlsx"))
    models = [
        new_units_model(preview),
        changes_model(preview),
        unchanged_model(preview),
        problems_model(preview),
    ]
    for model in models:
        qtmodeltester.check(model)
    new, changes, _, _ = models
    assert new.rowCount() == len(preview.new)
    lines = [[changes.index(r, c).data() for c in range(5)] for r in range(changes.rowCount())]
    assert ["5", "西平县财政局", "联络员", "陈丽", "李娜"] in lines
    assert ["5", "西平县财政局", "办公电话", "", "6012346"] in lines


def _progress_preview() -> ProgressImportPreview:
    tasks = (
        ProgressTask(11, 1, "（一）", "归集报送双公示信息", "许可处罚信息", dt.date(2025, 10, 13)),
        ProgressTask(12, 2, "（二）", "开展信用承诺", "承诺书", dt.date(2025, 10, 13)),
    )
    sheet = SheetPlan(
        "县发改委",
        1,
        "县发改委",
        tasks,
        (
            MatchedRow(
                RowKey("县发改委", 4), 11, "归集报送双公示信息", "标题", "双公示", "归集215条"
            ),
        ),
        (UnplacedRow(RowKey("县发改委", 5), "", "其他工作", "宣传2次", ()),),
    )
    return ProgressImportPreview("发改委.xlsx", "2025Q3", (sheet,))


def test_progress_rows_model_places_unmatched_rows_and_reports_placements(
    qtmodeltester: ModelTester,
) -> None:
    model = ProgressRowsModel(_progress_preview())
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.index(0, 5).data() == "（一）归集报送双公示信息"
    assert model.index(1, 5).data() == "（不导入）"
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.placements() == {RowKey("县发改委", 5): None}
    assert model.setData(model.index(1, 5), 12)
    assert not model.setData(model.index(1, 5), 99)  # not one of this unit's tasks
    assert model.setData(model.index(0, 5), None)  # a matched row left out
    assert model.placements() == {RowKey("县发改委", 5): 12, RowKey("县发改委", 4): None}
    assert model.counts() == (1, 1)
