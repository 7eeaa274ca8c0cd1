"""Keep spreadsheet readers to the cells that exist, within limits a real office table fits.

A worksheet's used range is whatever its farthest cell says: one stray (even empty, only
formatted) cell at XFD1048576 makes openpyxl's ``max_row`` × ``max_column`` grid 17 billion
cells, and a merged range over the whole sheet makes openpyxl itself create one object per
covered cell while loading.  A 5 KB file could so exhaust the memory of the office PC.

Two guards, shared by every reader of .xlsx (roster, plan tables, progress sheets):

* :func:`check_workbook_size` reads the worksheets' XML as a stream, before openpyxl loads
  anything, and refuses a workbook with too many cells or too large merged ranges;
* :func:`sheet_rows` builds the text grid from the cells present only, bounded by the last
  cell holding a value, and refuses a value beyond :data:`MAX_ROWS` / :data:`MAX_COLUMNS`
  naming the cell, so the clerk can delete it.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

MAX_ROWS: Final = 20_000
MAX_COLUMNS: Final = 256
MAX_CELLS: Final = 1_000_000
MAX_MERGED_CELLS: Final = 500_000

_CHUNK: Final = 1 << 20
_CELL_TAG: Final = re.compile(rb"<(?:\w+:)?c[\s>/]")
_MERGE_TAG: Final = re.compile(rb"<(?:\w+:)?mergeCell\s[^>]*?ref=\"([A-Za-z0-9:$]+)\"")
_SHEET_MEMBER: Final = re.compile(r"^xl/(?:worksheets|chartsheets)/[^/]+\.xml$", re.IGNORECASE)


class SheetLimitError(ValueError):
    """A worksheet goes beyond what a reader handles; the message (Chinese) says where."""


def _limits() -> str:
    return f"最多 {MAX_ROWS} 行、{MAX_COLUMNS} 列"


def _merged_area(ref: bytes) -> int:
    from openpyxl.utils.cell import range_boundaries  # openpyxl loads only with a workbook

    try:
        left, top, right, bottom = range_boundaries(ref.decode("ascii").replace("$", ""))
    except (ValueError, TypeError):
        return 0
    if left is None or top is None or right is None or bottom is None:
        return 0
    return int((right - left + 1) * (bottom - top + 1))


def _scan_member(stream: Any) -> int:
    """Count the cell elements and the merged area of one worksheet XML, chunk by chunk."""
    cells = 0
    merged = 0
    carry = b""
    while True:
        chunk = stream.read(_CHUNK)
        buffer = carry + chunk
        if not chunk:
            cut = len(buffer)
        else:
            cut = buffer.rfind(b">") + 1
            if cut == 0 and len(buffer) < 4 * _CHUNK:
                carry = buffer
                continue
            cut = cut or len(buffer)
        part = buffer[:cut]
        carry = buffer[cut:]
        cells += len(_CELL_TAG.findall(part))
        for ref in _MERGE_TAG.findall(part):
            merged += _merged_area(ref)
        if cells > MAX_CELLS:
            raise SheetLimitError(f"工作表的单元格超过 {MAX_CELLS} 个，不像办公表格，已拒绝读取。")
        if merged > MAX_MERGED_CELLS:
            raise SheetLimitError(
                f"工作表的合并单元格范围异常庞大（覆盖超过 {MAX_MERGED_CELLS} 个单元格），"
                "已拒绝读取。请取消整行、整列的合并后再导入。"
            )
        if not chunk:
            return cells


def check_workbook_size(source: Path | bytes) -> None:
    """Refuse a workbook whose worksheets hold too many cells or too large merged ranges.

    Only the zip's worksheet members are read, decompressed as a stream; nothing is built.
    A file that is not a readable zip is left for the caller's own checks.

    Raises:
        SheetLimitError: the workbook goes beyond :data:`MAX_CELLS` or :data:`MAX_MERGED_CELLS`.
    """
    opened: Any = io.BytesIO(source) if isinstance(source, bytes) else source
    try:
        archive = zipfile.ZipFile(opened)
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError):
        return
    with archive:
        total = 0
        for info in archive.infolist():
            if not _SHEET_MEMBER.match(info.filename):
                continue
            try:
                with archive.open(info) as stream:
                    cells = _scan_member(stream)
            except SheetLimitError:
                raise
            except (zipfile.BadZipFile, NotImplementedError, OSError, ValueError, EOFError):
                return  # a damaged member: openpyxl's own error says so
            total += cells
            if total > MAX_CELLS:
                raise SheetLimitError(
                    f"工作簿的单元格超过 {MAX_CELLS} 个，不像办公表格，已拒绝读取。"
                )


def sheet_rows(ws: Any, text: Callable[[Any], str]) -> list[list[str]]:
    """The sheet's texts as rows × columns, built from the cells present only.

    The grid ends at the last row and column holding a non-empty text (merged ranges
    included), whatever the sheet's recorded dimension says; empty formatted cells do not
    widen it.

    Args:
        ws: an openpyxl worksheet loaded in normal (not read-only) mode.
        text: turns one openpyxl cell into its text.

    Raises:
        SheetLimitError: a value lies beyond :data:`MAX_ROWS` or :data:`MAX_COLUMNS`.
    """
    from openpyxl.utils.cell import get_column_letter

    present: dict[tuple[int, int], str] = {}
    # openpyxl keeps only the cells the file holds in ``_cells``; ``iter_rows`` would
    # instead visit every position up to max_row × max_column.
    for (row, column), cell in list(ws._cells.items()):
        if cell.value is None:
            continue
        value = text(cell)
        if not value:
            continue
        if row > MAX_ROWS or column > MAX_COLUMNS:
            raise SheetLimitError(
                f"工作表“{ws.title}”的单元格 {get_column_letter(column)}{row} 超出读取范围"
                f"（{_limits()}）。请删除表格远处多余的内容后再导入。"
            )
        present[row, column] = value
    height = max((r for r, _ in present), default=0)
    width = max((c for _, c in present), default=0)
    for merged in ws.merged_cells.ranges:
        if (merged.min_row, merged.min_col) in present:
            height = max(height, min(merged.max_row, MAX_ROWS))
            width = max(width, min(merged.max_col, MAX_COLUMNS))
    rows = [[""] * width for _ in range(height)]
    for (row, column), value in present.items():
        rows[row - 1][column - 1] = value
    return rows
