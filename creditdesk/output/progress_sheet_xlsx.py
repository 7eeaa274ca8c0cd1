"""The blank progress sheet (工作进展情况表) a unit fills in for one period.

One sheet named after the unit: a title, the unit and period, then one row per task it owes
with 任务编号, 工作任务, 报送材料 and 截止日期, and an empty 进展情况 column. The sheet is
protected (no password: it prevents slips, not intent) with only the 进展情况 cells unlocked,
so the labels come back as they were sent. A hidden 事项编号 column carries each row's
obligation id, so the filled sheet is matched back exactly even if rows were reordered.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from creditdesk.atomic_files import atomic_path
from creditdesk.chinese_dates import chinese_date
from creditdesk.output.xlsx_cells import append_row, cell_text, put_cell
from creditdesk.output.xlsx_style import BORDER, CENTER, WRAP, print_setup, style_header

HEADERS: Final = ("序号", "任务编号", "工作任务", "报送材料", "截止日期", "进展情况", "事项编号")
WIDTHS: Final = (6, 10, 40, 24, 14, 60, 10)
PROGRESS_COLUMN: Final = 6
KEY_COLUMN: Final = 7
HEADER_ROW: Final = 3
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")


@dataclass(frozen=True)
class ProgressLine:
    """One task the unit reports on; ``key`` is the obligation id written to the hidden column."""

    key: int
    label: str
    title: str
    material: str
    due_date: dt.date


def sheet_title(unit_name: str) -> str:
    """A valid worksheet name for a unit (Excel: 31 characters, no []:*?/\\)."""
    return _SHEET_NAME_BAD.sub("", cell_text(unit_name)).strip("'")[:31] or "进展情况"


_date_label = chinese_date  # the one Chinese date (creditdesk/chinese_dates.py)


def write_progress_sheet(
    path: Path,
    unit_name: str,
    period_label: str,
    lines: Sequence[ProgressLine],
    office_name: str = "",
) -> None:
    """Write the blank sheet for one unit and period to ``path``.

    Raises:
        OSError: the file cannot be written.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Font, Protection
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = sheet_title(unit_name)
    last = get_column_letter(PROGRESS_COLUMN)
    put_cell(ws, 1, 1, f"{unit_name}{period_label}社会信用体系建设工作进展情况表")
    ws["A1"].font = Font(bold=True, size=16)
    ws["A1"].alignment = CENTER
    ws.merge_cells(f"A1:{last}1")
    ws.row_dimensions[1].height = 32
    sender = f"　　报送至：{office_name}" if office_name else ""
    put_cell(ws, 2, 1, f"填报单位：{unit_name}　　报送期：{period_label}{sender}")
    ws.merge_cells(f"A2:{last}2")
    append_row(ws, HEADERS)
    style_header(ws, HEADER_ROW, len(HEADERS))
    unlocked = Protection(locked=False)
    for number, line in enumerate(lines, start=1):
        row = HEADER_ROW + number
        values = (number, line.label, line.title, line.material, _date_label(line.due_date))
        for column, value in enumerate(values, start=1):
            cell = put_cell(ws, row, column, value)
            cell.border = BORDER
            cell.alignment = CENTER if column in (1, 2, 5) else WRAP
        fill = ws.cell(row=row, column=PROGRESS_COLUMN)
        fill.protection = unlocked
        fill.border = BORDER
        fill.alignment = WRAP
        put_cell(ws, row, KEY_COLUMN, line.key)
        ws.row_dimensions[row].height = 60
    for index, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.column_dimensions[get_column_letter(KEY_COLUMN)].hidden = True
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    ws.protection.sheet = True
    ws.protection.formatRows = False  # the unit may still heighten rows for long answers
    ws.protection.formatColumns = False
    print_setup(ws, f"{HEADER_ROW}:{HEADER_ROW}")
    ws.print_area = f"A1:{last}{HEADER_ROW + len(lines)}"
    with atomic_path(path) as temporary:
        wb.save(temporary)
