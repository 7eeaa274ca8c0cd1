"""Read filled progress sheets: CreditDesk's own blank sheet, or the office's 台账 layout.

Both are workbooks with a header row holding a task column (任务 / 工作任务 / 重点任务 …) or a
task-number column (任务编号), and a progress column (进展情况 / 工作进展 / 完成情况 …). The
office's ledger (台账) has one such sheet per unit, named after it; CreditDesk's own sheet is
named after its unit too and carries obligation ids in a hidden 事项编号 column.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from creditdesk.parsing.spreadsheet import (
    HeaderWords,
    SheetGrid,
    SpreadsheetError,
    find_header_row,
    read_all_grids,
)

PROGRESS_WORDS: Final = (
    "进展情况", "工作进展", "进展", "完成情况", "推进情况", "落实情况", "工作开展情况",
    "工作推进情况", "工作完成情况", "贯彻落实情况", "进展情况说明", "工作进展情况",
)  # fmt: skip
TASK_WORDS: Final = (
    "任务", "工作任务", "重点任务", "任务名称", "工作内容", "主要任务", "任务内容", "具体任务",
    "工作事项", "事项", "重点工作", "工作要点",
)  # fmt: skip
LABEL_WORDS: Final = ("任务编号", "编号", "任务序号")
KEY_WORDS: Final = ("事项编号",)
HEADER_SEARCH_ROWS: Final = 10


class ProgressSheetError(SpreadsheetError):
    """A workbook holds no progress sheet; the message names the file."""


@dataclass(frozen=True)
class ProgressRow:
    """One filled row: where it is, what task it names and what the unit wrote.

    Attributes:
        sheet: the worksheet's name.
        row_number: 1-based row in the sheet.
        label: the task number as written (任务编号), or empty.
        title: the task as written.
        progress: the 进展情况 text (may be empty: nothing reported).
        key: the obligation id from CreditDesk's hidden column, if present.
    """

    sheet: str
    row_number: int
    label: str
    title: str
    progress: str
    key: int | None = None


@dataclass(frozen=True)
class ProgressTable:
    """One sheet's rows and the text before its header (title lines, for finding the unit)."""

    sheet: str
    preamble: str
    rows: tuple[ProgressRow, ...]


_HEADERS: Final = HeaderWords(
    {"progress": PROGRESS_WORDS, "title": TASK_WORDS, "label": LABEL_WORDS, "key": KEY_WORDS}
)


def _is_header(columns: Mapping[str, int]) -> bool:
    """A progress column and something naming the task (its title or its number)."""
    return "progress" in columns and ("title" in columns or "label" in columns)


def _table(grid: SheetGrid) -> ProgressTable | None:
    index = find_header_row(grid, _HEADERS, _is_header, HEADER_SEARCH_ROWS)
    if index is None:
        return None
    columns = _HEADERS.mapping(grid.rows[index], grid.hidden_columns)
    preamble = " ".join(t for row in grid.rows[:index] for t in dict.fromkeys(row) if t)
    rows = []
    for r in range(index + 1, len(grid.rows)):
        cell = {kind: grid.cell(r, c) for kind, c in columns.items()}
        if not (cell.get("title") or cell.get("label")):
            continue
        if "progress" in _HEADERS.mapping(grid.rows[r]):
            continue  # a repeated header
        raw_key = cell.get("key", "")
        rows.append(
            ProgressRow(
                grid.sheet_name,
                r + 1,
                cell.get("label", ""),
                cell.get("title", ""),
                cell.get("progress", ""),
                int(raw_key) if raw_key.isdigit() else None,
            )
        )
    return ProgressTable(grid.sheet_name, preamble, tuple(rows))


def read_progress_workbook(path: Path) -> tuple[ProgressTable, ...]:
    """Every sheet of the workbook that is a progress sheet, in workbook order.

    Raises:
        SpreadsheetError: the file cannot be read (wrong type, damaged, locked, empty).
        ProgressSheetError: no sheet has a task column and a 进展情况 column.
    """
    tables = [t for t in (_table(g) for g in read_all_grids(path)) if t is not None]
    if not tables:
        raise ProgressSheetError(
            f"“{path.name}”中找不到进展情况表：应有“工作任务”（或“任务编号”）列和“进展情况”列，"
            f"表头在前{HEADER_SEARCH_ROWS}行内。"
        )
    return tuple(tables)
