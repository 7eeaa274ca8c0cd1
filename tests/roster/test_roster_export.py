"""Exporting the roster: the contract's columns, phones as text, a styled printable sheet."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from creditdesk.services.context import ServiceContext
from creditdesk.services.errors import UserError
from creditdesk.services.roster_edit import UnitFields, add_alias, create_unit
from creditdesk.services.roster_export import export_roster
from creditdesk.services.roster_import import preview_roster_import, read_roster_file


def _roster(ctx: ServiceContext) -> None:
    unit = create_unit(
        ctx,
        UnitFields(
            name="西平县发展和改革委员会",
            category="县直部门",
            liaison="张伟",
            liaison_title="科长",
            office_phone="0396-6012345",
            mobile="13803960001",
            email="xpfgw@example.cn",
            address="西平县人民路1号",
        ),
    )
    add_alias(ctx, "县发改委", unit_id=unit.id)
    add_alias(ctx, "县发展改革委", unit_id=unit.id)
    create_unit(
        ctx, UnitFields(name="城关镇人民政府", category="乡镇（街道）", mobile="13803960005")
    )


def test_export_writes_one_row_per_unit_in_the_contract_columns(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    _roster(ctx)
    out = tmp_path / "名册.xlsx"
    assert export_roster(ctx, out) == 2
    ws = load_workbook(out).active
    assert ws is not None
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    assert rows[0] == [
        "单位名称", "类别", "联络员", "办公电话", "手机", "电子邮箱", "地址", "别名", "职务",
    ]  # fmt: skip
    assert rows[1] == [
        "西平县发展和改革委员会", "县直部门", "张伟", "0396-6012345", "13803960001",
        "xpfgw@example.cn", "西平县人民路1号", "县发改委、县发展改革委", "科长",
    ]  # fmt: skip
    assert rows[2][0] == "城关镇人民政府"


def test_export_stores_phones_as_text_with_a_styled_frozen_header_and_a4_landscape(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    _roster(ctx)
    out = tmp_path / "名册.xlsx"
    export_roster(ctx, out)
    ws = load_workbook(out).active
    assert ws is not None
    mobile = ws["E2"]
    assert mobile.data_type == "s" and mobile.value == "13803960001"
    assert mobile.number_format == "@"
    assert ws["A1"].font.bold and ws["A1"].fill.fgColor.rgb.endswith("2F5597")
    assert ws.freeze_panes == "A2"
    assert ws.column_dimensions["A"].width >= 20
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1


def test_exported_roster_imports_back_unchanged(ctx: ServiceContext, tmp_path: Path) -> None:
    """The export is a valid import file: every unit is recognised, nothing would change."""
    _roster(ctx)
    out = tmp_path / "名册.xlsx"
    export_roster(ctx, out)
    preview = preview_roster_import(ctx, read_roster_file(out))
    assert (len(preview.new), len(preview.changed), len(preview.unchanged)) == (0, 0, 2)


def test_export_to_a_file_that_cannot_be_written_says_so(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    _roster(ctx)
    with pytest.raises(UserError, match="无法写入"):
        export_roster(ctx, tmp_path / "没有这个文件夹" / "名册.xlsx")
