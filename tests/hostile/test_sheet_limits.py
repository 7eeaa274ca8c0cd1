"""Issue 12 item 5: a tiny workbook with a far stray cell or forged range never builds the grid.

Each case goes through the three spreadsheet readers (roster, plan .xlsx, progress sheet);
each must either read the real table or refuse with a message naming the file, within
seconds and without building the sheet's nominal 17-billion-cell grid.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hostile import workbooks

from creditdesk.parsing.documents import DocumentError, read_document
from creditdesk.parsing.progress_sheet import read_progress_workbook
from creditdesk.parsing.roster_sheet import RosterSheetError, read_roster_sheet

PROGRESS_ROWS = (
    ("任务编号", "工作任务", "进展情况"),
    ("（一）", "归集报送双公示信息", "已完成"),
)
PLAN_ROWS = (
    ("序号", "重点任务", "牵头单位", "责任单位", "完成时限"),
    ("1", "归集报送双公示信息", "县发改委", "县财政局", "2024年12月底"),
)
SECONDS = 10


def _timed(call: Callable[[], object]) -> object:
    start = time.monotonic()
    try:
        return call()
    finally:
        assert time.monotonic() - start < SECONDS


@pytest.mark.parametrize("make", [workbooks.stray_format, workbooks.forged_dimension])
def test_formatted_far_cell_or_forged_range_reads_the_real_roster(
    tmp_path: Path, make: Callable[[Path], Path]
) -> None:
    """An empty formatted cell at XFD1048576 or a forged used range does not widen the table."""
    path = make(tmp_path / "名册.xlsx")
    sheet = _timed(lambda: read_roster_sheet(path))
    assert [r.values["name"] for r in sheet.rows] == ["县发改委", "县财政局"]  # type: ignore[attr-defined]
    assert sheet.grid.width == 3  # type: ignore[attr-defined]


def test_stray_value_at_last_cell_is_refused_naming_the_cell(tmp_path: Path) -> None:
    """A value typed at XFD1048576 is refused with its address, not read into a huge grid."""
    path = workbooks.stray_value(tmp_path / "名册.xlsx")
    with pytest.raises(RosterSheetError, match=r"名册\.xlsx.*XFD1048576.*超出读取范围"):
        _timed(lambda: read_roster_sheet(path))


def test_merge_over_the_whole_sheet_is_refused_before_loading(tmp_path: Path) -> None:
    """A merged range D1:XFD1048576 would make openpyxl create a cell object per position."""
    path = workbooks.merge_bomb(tmp_path / "名册.xlsx")
    with pytest.raises(RosterSheetError, match="合并单元格范围异常庞大"):
        _timed(lambda: read_roster_sheet(path))


def test_million_cell_flood_is_refused(tmp_path: Path) -> None:
    """A small file whose XML holds over a million cells is refused by counting, not loading."""
    path = workbooks.cell_flood(tmp_path / "名册.xlsx")
    with pytest.raises(RosterSheetError, match="单元格超过"):
        _timed(lambda: read_roster_sheet(path))


def test_plan_xlsx_reader_ignores_far_formatting_and_refuses_far_values(tmp_path: Path) -> None:
    """The plan's .xlsx reader applies the same limits as the roster reader."""
    fine = workbooks.stray_format(tmp_path / "台账.xlsx", PLAN_ROWS)
    document = _timed(lambda: read_document(fine))
    table = document.blocks[1]  # type: ignore[attr-defined]
    assert table.rows[1][1] == "归集报送双公示信息"
    assert max(len(r) for r in table.rows) == 5
    bad = workbooks.stray_value(tmp_path / "坏台账.xlsx", PLAN_ROWS)
    with pytest.raises(DocumentError, match=r"坏台账\.xlsx.*XFD1048576"):
        _timed(lambda: read_document(bad))
    bomb = workbooks.merge_bomb(tmp_path / "合并.xlsx", PLAN_ROWS)
    with pytest.raises(DocumentError, match=r"合并\.xlsx.*合并单元格"):
        _timed(lambda: read_document(bomb))


def test_progress_sheet_reader_ignores_far_formatting_and_refuses_far_values(
    tmp_path: Path,
) -> None:
    """Filled progress sheets come through the same guarded grid."""
    fine = workbooks.forged_dimension(tmp_path / "进展.xlsx", PROGRESS_ROWS)
    tables = _timed(lambda: read_progress_workbook(fine))
    assert [r.progress for r in tables[0].rows] == ["已完成"]  # type: ignore[index]
    bad = workbooks.stray_value(tmp_path / "坏进展.xlsx", PROGRESS_ROWS)
    with pytest.raises(RosterSheetError, match="XFD1048576"):
        _timed(lambda: read_progress_workbook(bad))
