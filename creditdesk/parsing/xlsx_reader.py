"""Read an .xlsx task table (工作台账) with openpyxl, merged cells repeated.

Offices keep the annex 工作分解表 as a spreadsheet whose indicator columns are merged down
the rows; openpyxl leaves all but the top cell empty, so the top value is copied into the
whole merged range here, matching how the Word reader expands merges.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from creditdesk.chinese_dates import chinese_date
from creditdesk.parsing.document_model import Block, Document, DocumentError, Paragraph, Table
from creditdesk.parsing.sheet_guard import SheetLimitError, check_workbook_size, sheet_rows


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime | dt.date):
        return chinese_date(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _title_rows(rows: list[tuple[str, ...]]) -> list[str]:
    """Texts of the rows above the table that hold one text only (a merged title row).

    Offices put the plan's title (and sometimes a 填报单位/日期 line) in a row merged across
    the table; read as a table row it would be lost, and with it the plan's year.
    """
    titles: list[str] = []
    for row in rows:
        texts = {cell for cell in row if cell}
        if len(texts) != 1 or len(row) < 2:
            break
        titles.append(texts.pop())
    return titles


def read_xlsx(path: Path) -> Document:
    """Read every visible sheet as a table, preceded by the sheet name and any title rows."""
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
            rows = [tuple(row) for row in grid if any(cell for cell in row)]
            titles = _title_rows(rows)
            rows = rows[len(titles) :]
            if rows or titles:
                blocks.append(Paragraph(text=sheet.title))
                blocks.extend(Paragraph(text=title) for title in titles)
            if rows:
                blocks.append(Table(rows=tuple(rows)))
    finally:
        workbook.close()
    return Document(source=path.name, blocks=tuple(blocks))
