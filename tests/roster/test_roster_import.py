"""Importing a unit spreadsheet: preview new/changed/unchanged, apply all or nothing, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from creditdesk.model import Alias, AuditEntry, Unit
from creditdesk.services.context import ServiceContext
from creditdesk.services.errors import StaleEditError, UserError
from creditdesk.services.roster import list_units
from creditdesk.services.roster_edit import (
    UnitFields,
    add_alias,
    create_unit,
    deactivate_unit,
    get_unit,
    update_unit,
)
from creditdesk.services.roster_groups import create_group
from creditdesk.services.roster_import import (
    RosterImportError,
    apply_roster_import,
    preview_roster_import,
    read_roster_file,
    undo_roster_import,
)
from creditdesk.services.roster_mapping import remember_layout

DATA = Path(__file__).resolve().parents[1] / "data" / "roster"


def _counts(ctx: ServiceContext) -> tuple[int, int, int]:
    with ctx.session_factory() as session:
        return (
            session.scalar(select(func.count()).select_from(Unit)) or 0,
            session.scalar(select(func.count()).select_from(Alias)) or 0,
            session.scalar(select(func.count()).select_from(AuditEntry)) or 0,
        )


def _known_units(ctx: ServiceContext) -> None:
    unit = create_unit(ctx, UnitFields(name="县发改委", liaison="张伟", category="县直部门"))
    add_alias(ctx, "西平县发展和改革委员会", unit_id=unit.id)
    create_unit(
        ctx,
        UnitFields(
            name="县财政局",
            category="县直部门",
            liaison="李娜",
            office_phone="6012346",
            mobile="13803960002",
            email="xpczj@example.cn",
            address="西平县人民路3号",
        ),
    )
    create_unit(ctx, UnitFields(name="县人民法院", liaison="旧联络员", mobile="13800000000"))


def test_preview_sorts_rows_into_new_changed_and_unchanged_by_name_or_alias(
    ctx: ServiceContext,
) -> None:
    _known_units(ctx)
    before = _counts(ctx)
    preview = preview_roster_import(ctx, read_roster_file(DATA / "office_roster.xlsx"))
    assert [n.fields.name for n in preview.new] == [
        "县市场监督管理局",
        "城关镇人民政府",
        "师灵镇人民政府",
    ]
    assert [u.name for u in preview.unchanged] == []
    changed = {c.name: c for c in preview.changed}
    assert set(changed) == {"县发改委", "县财政局", "县人民法院"}
    finance = {f.label: (f.old, f.new) for f in changed["县财政局"].changes}
    assert finance == {"职务": ("", "副主任")}  # the 职务 column has a place now
    court = {f.label: (f.old, f.new) for f in changed["县人民法院"].changes}
    assert court == {
        "联络员": ("旧联络员", "赵敏"),
        "手机": ("13800000000", "13803960004"),
        "类别": ("", "县直部门"),
    }
    # matched through its alias: the file's spelling is already known, nothing to add
    assert changed["县发改委"].new_aliases == ()
    assert preview.summary().startswith("新增 3 个，修改 3 个")
    assert _counts(ctx) == before  # a preview writes nothing


def test_apply_writes_everything_with_one_audit_entry_per_unit_and_a_summary(
    ctx: ServiceContext,
) -> None:
    _known_units(ctx)
    audit_before = _counts(ctx)[2]
    preview = preview_roster_import(ctx, read_roster_file(DATA / "office_roster.xlsx"))
    result = apply_roster_import(ctx, preview)
    assert len(result.created_ids) == 3 and len(result.changed_ids) == 3
    rows = {r.name: r for r in list_units(ctx)}
    assert rows["县市场监督管理局"].mobile == "13803960003"
    assert rows["师灵镇人民政府"].category == "乡镇（街道）"
    assert rows["县人民法院"].liaison == "赵敏"
    assert rows["城关镇人民政府"].liaison_title == "党政办主任"
    with ctx.session_factory() as session:
        actions = session.scalars(
            select(AuditEntry.action).where(AuditEntry.id > audit_before)
        ).all()
    assert actions.count("导入名册：新增单位") == 3
    assert actions.count("导入名册：修改单位") == 3
    assert actions[-1] == "导入名册"


def test_blank_cells_never_erase_known_values(ctx: ServiceContext) -> None:
    _known_units(ctx)
    preview = preview_roster_import(ctx, read_roster_file(DATA / "roster_gbk.csv"))
    finance = next(c for c in preview.changed if c.name == "县财政局")
    assert "email" not in {f.field for f in finance.changes}  # blank in the file
    apply_roster_import(ctx, preview)
    rows = {r.name: r for r in list_units(ctx)}
    assert rows["县财政局"].email == "xpczj@example.cn"


def test_a_new_spelling_of_a_known_unit_becomes_an_alias(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    create_unit(ctx, UnitFields(name="县发改委", short_name="发改委"))
    csv = "单位名称,简称,联系人\n西平县发展和改革委员会,发改委,张伟\n"
    path = tmp_path / "名单.csv"
    path.write_text(csv, encoding="utf-8")
    preview = preview_roster_import(ctx, read_roster_file(path))
    assert [c.new_aliases for c in preview.changed] == [("西平县发展和改革委员会",)]
    result = apply_roster_import(ctx, preview)
    unit = get_unit(ctx, result.changed_ids[0])
    assert unit.name == "县发改委"  # an import never renames a unit
    assert [a.name for a in unit.aliases] == ["西平县发展和改革委员会"]


def test_an_inactive_unit_in_the_file_is_shown_as_reactivated(ctx: ServiceContext) -> None:
    _known_units(ctx)
    finance = next(r for r in list_units(ctx) if r.name == "县财政局")
    deactivate_unit(ctx, finance.id, get_unit(ctx, finance.id).version)
    preview = preview_roster_import(ctx, read_roster_file(DATA / "office_roster.xlsx"))
    assert [c.name for c in preview.changed if c.reactivate] == ["县财政局"]


def test_rows_for_the_same_unit_twice_or_named_like_a_group_are_not_imported(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    create_group(ctx, "各成员单位")
    path = tmp_path / "dup.csv"
    path.write_text(
        "单位名称,联系人\n县财政局,李娜\n县 财政局,王五\n各成员单位,某某\n", encoding="utf-8"
    )
    preview = preview_roster_import(ctx, read_roster_file(path))
    assert [n.fields.name for n in preview.new] == ["县财政局"]
    assert [(p.row_number, p.message) for p in preview.problems] == [
        (3, "与第2行重复，该行未导入"),
        (4, "与分组名称相同，该行未导入"),
    ]


def test_apply_after_the_unit_changed_raises_stale_and_writes_nothing(
    ctx: ServiceContext,
) -> None:
    _known_units(ctx)
    preview = preview_roster_import(ctx, read_roster_file(DATA / "office_roster.xlsx"))
    court = next(r for r in list_units(ctx) if r.name == "县人民法院")
    detail = get_unit(ctx, court.id)
    update_unit(ctx, court.id, UnitFields(name="县人民法院", liaison="别人"), detail.version)
    before = _counts(ctx)
    with pytest.raises(StaleEditError):
        apply_roster_import(ctx, preview)
    assert _counts(ctx) == before
    assert [r.name for r in list_units(ctx)] == ["县发改委", "县财政局", "县人民法院"]


def test_undo_takes_back_the_whole_import_in_one_step(ctx: ServiceContext) -> None:
    _known_units(ctx)
    before_units = list_units(ctx)
    preview = preview_roster_import(ctx, read_roster_file(DATA / "office_roster.xlsx"))
    result = apply_roster_import(ctx, preview)
    undo_roster_import(ctx, result.undo)
    assert list_units(ctx) == before_units
    with ctx.session_factory() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert last is not None and last.action == "撤销导入名册"


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("no_header.xlsx", "找不到表头行"),
        ("word_renamed.xlsx", "Word 文档"),
        ("junk_rows.xlsx", "第2002行"),
    ],
)
def test_bad_files_raise_a_user_error_and_leave_the_database_unchanged(
    ctx: ServiceContext, name: str, message: str
) -> None:
    _known_units(ctx)
    before = _counts(ctx)
    with pytest.raises(RosterImportError, match=message) as error:
        read_roster_file(DATA / name)
    assert name in str(error.value)
    assert isinstance(error.value, UserError)
    assert _counts(ctx) == before


def test_remembered_mapping_is_used_for_the_same_layout_next_time(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["名字", "号码", "人"])
    ws.append(["县财政局", 13803960002, "李娜"])
    wb.save(tmp_path / "odd.xlsx")
    with pytest.raises(RosterImportError):
        read_roster_file(tmp_path / "odd.xlsx", remembered_in=tmp_path)
    mapping = {"name": 0, "mobile": 1, "liaison": 2}
    remember_layout(tmp_path, ["名字", "号码", "人"], mapping)
    sheet = read_roster_file(tmp_path / "odd.xlsx", remembered_in=tmp_path)
    assert sheet.header_row == 1 and dict(sheet.mapping) == mapping
    assert dict(sheet.rows[0].values) == {
        "name": "县财政局",
        "mobile": "13803960002",
        "liaison": "李娜",
    }


def test_the_position_column_is_kept_and_a_form_without_it_leaves_it_alone(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    """职务 maps to the liaison's position; the unit dialog (no 职务 field) does not erase it."""
    from creditdesk.services.roster_edit import UnitFields, get_unit, update_unit

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["单位名称", "联络员", "职务", "手机"])
    ws.append(["县财政局", "李娜", "办公室主任", "13803960002"])
    wb.save(tmp_path / "名册.xlsx")
    sheet = read_roster_file(tmp_path / "名册.xlsx")
    apply_roster_import(ctx, preview_roster_import(ctx, sheet))
    with ctx.session_factory() as session:
        unit = session.scalars(select(Unit).where(Unit.name == "县财政局")).one()
        unit_id, version = unit.id, unit.version
        assert unit.liaison_title == "办公室主任"
    update_unit(ctx, unit_id, UnitFields(name="县财政局", liaison="王芳"), version)
    detail = get_unit(ctx, unit_id)
    assert (detail.fields.liaison, detail.fields.liaison_title) == ("王芳", "办公室主任")
