"""Read an .xlsx task table (工作台账) with openpyxl, merged cells repeated.

Offices keep the annex 工作分解表 as a spreadsheet whose indicator columns are merged down
the rows; openpyxl leaves all but the top cell empty, so the top value is copied into the
whole merged range here, matching how the Word reader expands merges.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from creditdesk.parsing.document_model import Block, Document, DocumentError, Paragraph, Table
from creditdesk.parsing.sheet_guard import SheetLimitError, check_workbook_size, sheet_rows


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime | dt.date):
        return f"{value.year}年{value.month}月{value.day}日"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read_xlsx(path: Path) -> Document:
    """Read every visible sheet as a table, preceded by the sheet name as a paragraph."""
    import openpyxl

    try:
        check_workbook_size(path)
    except SheetLimitError as exc:
        raise DocumentError(f"无法读取“{path.name}”：{exc}") from exc
    try:
        # from memory: openpyxl leaves its own file handle open when a workbook is broken
        workbook = openpyxl.load_workbook(io.BytesIO(path.read_bytes()), data_only=True)
    except Exception as exc:  # openpyxl raises many types for broken workbooks
        raise DocumentError(
            f"无法读取“{path.name}”：Excel 文件损坏（{type(exc).__name__}）。"
        ) from exc
    blocks: list[Block] = []
    try:
        for sheet in workbook.worksheets:
            if sheet.sheet_state != "visible":
                continue
            try:
                grid = sheet_rows(sheet, lambda cell: _cell_text(cell.value))
            except SheetLimitError as exc:
                raise DocumentError(f"无法读取“{path.name}”：{exc}") from exc
            for merged in sheet.merged_cells.ranges:
                if merged.min_row > len(grid) or merged.min_col > len(grid[0]):
                    continue
                top = grid[merged.min_row - 1][merged.min_col - 1]
                for r in range(merged.min_row - 1, min(merged.max_row, len(grid))):
                    for c in range(merged.min_col - 1, min(merged.max_col, len(grid[r]))):
                        grid[r][c] = top
            rows = tuple(tuple(row) for row in grid if any(cell for cell in row))
            if rows:
                blocks.append(Paragraph(text=sheet.title))
                blocks.append(Table(rows=rows))
    finally:
        workbook.close()
    return Document(source=path.name, blocks=tuple(blocks))
