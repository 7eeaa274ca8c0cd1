"""Reading the offices' unit spreadsheets: real layouts in, plain unit rows out, clear errors."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook

from creditdesk.parsing.roster_sheet import RosterSheetError, read_roster_sheet
from creditdesk.parsing.spreadsheet import cell_text, read_grid

DATA = Path(__file__).resolve().parents[1] / "data" / "roster"


def _names(path: Path, **kwargs: object) -> list[str]:
    return [r.values["name"] for r in read_roster_sheet(path, **kwargs).rows]  # type: ignore[arg-type]


def test_header_is_found_under_a_merged_title_and_the_units_read_in_order() -> None:
    sheet = read_roster_sheet(DATA / "office_roster.xlsx")
    assert sheet.header_row == 3
    assert _names(DATA / "office_roster.xlsx") == [
        "西平县发展和改革委员会",
        "县财政局",
        "县市场监督管理局",
        "县人民法院",
        "城关镇人民政府",
        "师灵镇人民政府",
    ]


def test_phone_numbers_stay_text_whether_typed_as_numbers_or_text() -> None:
    rows = {r.values["name"]: r.values for r in read_roster_sheet(DATA / "office_roster.xlsx").rows}
    assert rows["西平县发展和改革委员会"]["mobile"] == "13803960001"  # an int cell
    assert rows["县市场监督管理局"]["mobile"] == "13803960003"  # a float cell shown as 0
    assert rows["县财政局"]["mobile"] == "13803960002"  # a text cell
    assert rows["县财政局"]["office_phone"] == "6012346"
    assert rows["西平县发展和改革委员会"]["office_phone"] == "0396-6012345"


def test_full_width_and_padding_spaces_are_trimmed() -> None:
    rows = {r.values["name"]: r.values for r in read_roster_sheet(DATA / "office_roster.xlsx").rows}
    assert rows["西平县发展和改革委员会"]["liaison"] == "张伟"
    assert rows["县市场监督管理局"]["liaison"] == "王强"
    assert "县财政局" in rows  # written 县　财政局


def test_merged_category_cells_and_section_rows_inherit_down() -> None:
    sheet = read_roster_sheet(DATA / "office_roster.xlsx")
    categories = {r.values["name"]: r.values["category"] for r in sheet.rows}
    assert categories["县人民法院"] == "县直部门"  # last row under the merged 县直部门 cell
    assert categories["城关镇人民政府"] == "乡镇（街道）"  # under the row 二、乡镇（街道）
    assert categories["师灵镇人民政府"] == "乡镇（街道）"


def test_title_blank_totals_note_and_repeated_header_rows_are_skipped_with_reasons() -> None:
    sheet = read_roster_sheet(DATA / "office_roster.xlsx")
    reasons = {s.row_number: s.reason for s in sheet.skipped}
    assert reasons == {8: "分类行", 9: "重复表头", 11: "空行", 13: "合计行", 14: "注释行"}


def test_hidden_unmapped_column_is_ignored() -> None:
    sheet = read_roster_sheet(DATA / "office_roster.xlsx")
    assert 9 in sheet.grid.hidden_columns
    assert 9 not in sheet.mapping.values()
    assert all("X-" not in v for r in sheet.rows for v in r.values.values())


def test_hidden_column_that_is_mapped_is_still_read(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["单位名称", "联系人", "手机"])
    ws.append(["县财政局", "李娜", 13803960002])
    ws.column_dimensions["C"].hidden = True
    wb.save(tmp_path / "hidden.xlsx")
    sheet = read_roster_sheet(tmp_path / "hidden.xlsx")
    assert sheet.rows[0].values["mobile"] == "13803960002"


def test_second_sheet_is_ignored_unless_chosen() -> None:
    assert "县旧单位" not in _names(DATA / "office_roster.xlsx")
    assert _names(DATA / "office_roster.xlsx", sheet="往年名单") == ["县旧单位"]
    assert read_grid(DATA / "office_roster.xlsx").sheet_names == ("成员单位", "往年名单")


def test_gbk_csv_is_decoded_and_phones_lose_the_spreadsheet_dot_zero() -> None:
    sheet = read_roster_sheet(DATA / "roster_gbk.csv")
    rows = {r.values["name"]: r.values for r in sheet.rows}
    assert list(rows) == ["县发展和改革委员会", "县财政局", "县供电公司"]
    assert rows["县财政局"]["mobile"] == "13803960002"
    assert rows["县供电公司"]["category"] == "企事业单位"


def test_utf8_bom_csv_with_a_title_line_is_read() -> None:
    sheet = read_roster_sheet(DATA / "roster_utf8_bom.csv")
    assert sheet.header_row == 2
    assert [(r.values["name"], r.values["liaison"]) for r in sheet.rows] == [
        ("县税务局", "陈静"),
        ("县人民检察院", "刘洋"),
    ]


def test_caller_mapping_overrides_unclear_headers(tmp_path: Path) -> None:
    (tmp_path / "odd.csv").write_text("名字,号码\n县财政局,13803960002\n", encoding="utf-8")
    with pytest.raises(RosterSheetError, match="找不到表头行"):
        read_roster_sheet(tmp_path / "odd.csv")
    sheet = read_roster_sheet(tmp_path / "odd.csv", header_row=1, mapping={"name": 0, "mobile": 1})
    assert dict(sheet.rows[0].values) == {"name": "县财政局", "mobile": "13803960002"}


def test_unit_spread_over_rows_by_a_merged_name_cell_is_one_unit(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["单位名称", "联络员", "手机"])
    ws.append(["县财政局", "李娜", "13803960002"])
    ws.append([None, "王五", "13803960009"])
    ws.merge_cells("A2:A3")
    wb.save(tmp_path / "two_liaisons.xlsx")
    rows = read_roster_sheet(tmp_path / "two_liaisons.xlsx").rows
    assert len(rows) == 1
    assert rows[0].values["liaison"] == "李娜、王五"
    assert rows[0].values["mobile"] == "13803960002、13803960009"


def test_cell_text_never_shows_scientific_notation_or_dot_zero() -> None:
    assert cell_text(13803960001) == "13803960001"
    assert cell_text(13803960001.0) == "13803960001"
    assert cell_text(3966012345, "00000000000") == "03966012345"
    assert cell_text("\u3000县　财政局 ") == "县财政局"


# ------------------------------------------------------------------ bad input


def test_sheet_without_header_names_the_file_and_rows_checked() -> None:
    with pytest.raises(RosterSheetError) as error:
        read_roster_sheet(DATA / "no_header.xlsx")
    assert "no_header.xlsx" in str(error.value) and "第1至15行" in str(error.value)


def test_word_document_renamed_xlsx_is_refused_clearly() -> None:
    with pytest.raises(RosterSheetError, match=r"word_renamed\.xlsx.*Word 文档"):
        read_roster_sheet(DATA / "word_renamed.xlsx")


def test_ten_thousand_junk_rows_are_refused_naming_the_row() -> None:
    with pytest.raises(RosterSheetError, match=r"junk_rows\.xlsx”第2002行"):
        read_roster_sheet(DATA / "junk_rows.xlsx")


def test_empty_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "空表.csv").write_bytes(b"")
    with pytest.raises(RosterSheetError, match=r"“空表\.csv”是空文件"):
        read_roster_sheet(tmp_path / "空表.csv")


def test_locked_or_unreadable_file_says_to_close_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "名册.xlsx"
    shutil.copy(DATA / "office_roster.xlsx", target)

    def locked(self: Path, *_args: object, **_kwargs: object) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", locked)
    with pytest.raises(RosterSheetError, match=r"“名册\.xlsx”.*被其他程序占用"):
        read_roster_sheet(target)


def test_other_file_types_are_refused(tmp_path: Path) -> None:
    (tmp_path / "名册.docx").write_bytes(b"PK\x03\x04")
    with pytest.raises(RosterSheetError, match="只支持"):
        read_roster_sheet(tmp_path / "名册.docx")


def test_xls_without_libreoffice_asks_to_save_as_xlsx(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    with pytest.raises(RosterSheetError, match=r"old_format\.xls.*另存为"):
        read_roster_sheet(DATA / "old_format.xls")


def test_xls_is_converted_through_libreoffice_when_installed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The converter is called with a list argv; a fake soffice writes the converted file."""
    fake = tmp_path / "soffice"
    log = tmp_path / "argv.txt"
    fake.write_text(
        f"#!{sys.executable}\n"
        "import shutil, sys, pathlib\n"
        f"pathlib.Path({str(log)!r}).write_text('\\n'.join(sys.argv[1:]))\n"
        "out = pathlib.Path(sys.argv[sys.argv.index('--outdir') + 1])\n"
        "src = pathlib.Path(sys.argv[-1])\n"
        f"shutil.copy({str(DATA / 'office_roster.xlsx')!r}, out / (src.stem + '.xlsx'))\n",
        encoding="utf-8",
    )
    fake.chmod(0o755)
    monkeypatch.setattr(shutil, "which", lambda name: str(fake))
    sheet = read_roster_sheet(DATA / "old_format.xls")
    assert len(sheet.rows) == 6
    argv = log.read_text().splitlines()
    assert argv[argv.index("--convert-to") + 1] == "xlsx" and "--headless" in argv
