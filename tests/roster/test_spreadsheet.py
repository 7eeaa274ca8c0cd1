"""The generic spreadsheet reader: any table's header found by its words, under titles."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from creditdesk.parsing.spreadsheet import HeaderWords, find_header_row, read_all_grids

WORDS = HeaderWords({"title": ("工作任务", "任务"), "progress": ("进展情况", "完成情况")})


def _is_header(mapping: object) -> bool:
    return isinstance(mapping, dict) and {"title", "progress"} <= mapping.keys()


def test_a_header_under_a_merged_title_is_found_with_any_table_of_words(tmp_path: Path) -> None:
    """The same reader finds a 进展情况 header as it finds the roster's (no roster words)."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "县财政局"
    ws.append(["2025年第一季度工作进展情况表"])
    ws.merge_cells("A1:C1")
    ws.append(["序号", "工作 任务（必填）", "完成情况"])
    ws.append(["1", "归集行政许可信息", "已完成"])
    wb.save(tmp_path / "进展.xlsx")
    (grid,) = read_all_grids(tmp_path / "进展.xlsx")
    assert find_header_row(grid, WORDS, _is_header, within=10) == 1
    assert WORDS.mapping(grid.rows[1]) == {"title": 1, "progress": 2}
    assert find_header_row(grid, WORDS, _is_header, within=1) is None


def test_a_visible_column_wins_over_a_hidden_one_of_the_same_field() -> None:
    assert WORDS.mapping(("任务", "工作任务", "进展情况"), frozenset({0})) == {
        "title": 1,
        "progress": 2,
    }
