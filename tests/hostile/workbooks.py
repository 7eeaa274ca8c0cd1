"""Hostile workbooks made on the fly: a stray far cell, a forged used range, a merge bomb.

Generated here rather than committed, so each case reads as the recipe that makes it.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

ROSTER_ROWS: tuple[tuple[str, ...], ...] = (
    ("单位名称", "联络员", "办公电话"),
    ("县发改委", "张三", "0391-1234567"),
    ("县财政局", "李四", "0391-7654321"),
)
SHEET = "xl/worksheets/sheet1.xml"


def write_rows(path: Path, rows: Sequence[Sequence[object]], title: str = "Sheet") -> Path:
    """A plain one-sheet workbook holding ``rows``."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = title
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


def stray_value(path: Path, rows: Sequence[Sequence[object]] = ROSTER_ROWS) -> Path:
    """The table plus one value typed in the sheet's very last cell, XFD1048576."""
    write_rows(path, rows)
    return _edit_workbook(path, lambda ws: ws.__setitem__("XFD1048576", "x"))


def stray_format(path: Path, rows: Sequence[Sequence[object]] = ROSTER_ROWS) -> Path:
    """The table plus an empty but formatted cell at XFD1048576 (used range = whole sheet)."""
    write_rows(path, rows)

    def bold(ws: object) -> None:
        ws["XFD1048576"].font = Font(bold=True)  # type: ignore[index]

    return _edit_workbook(path, bold)


def _edit_workbook(path: Path, edit: Callable[[object], None]) -> Path:
    from openpyxl import load_workbook

    wb = load_workbook(path)
    edit(wb.active)
    wb.save(path)
    return path


def rewrite_member(path: Path, member: str, change: Callable[[str], str]) -> Path:
    """Rewrite one member of the zip in place (a hand edit of the XML)."""
    with zipfile.ZipFile(path) as archive:
        items = [(info, archive.read(info)) for info in archive.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in items:
            if info.filename == member:
                data = change(data.decode("utf-8")).encode("utf-8")
            archive.writestr(info.filename, data)
    return path


def forged_dimension(path: Path, rows: Sequence[Sequence[object]] = ROSTER_ROWS) -> Path:
    """The table with its recorded used range hand-edited to A1:XFD1048576."""
    write_rows(path, rows)
    return rewrite_member(
        path,
        SHEET,
        lambda xml: re.sub(r'<dimension ref="[^"]*"/>', '<dimension ref="A1:XFD1048576"/>', xml),
    )


def merge_bomb(path: Path, rows: Sequence[Sequence[object]] = ROSTER_ROWS) -> Path:
    """The table with a merged range over the whole sheet (openpyxl would fill 17e9 cells)."""
    write_rows(path, rows)

    def merge(xml: str) -> str:
        return xml.replace(
            "</sheetData>",
            '</sheetData><mergeCells count="1"><mergeCell ref="D1:XFD1048576"/></mergeCells>',
        )

    return rewrite_member(path, SHEET, merge)


def cell_flood(path: Path, count: int = 1_100_000) -> Path:
    """A small file whose sheet holds over a million empty cell elements."""
    write_rows(path, ROSTER_ROWS)
    filler = "".join(f'<row r="{r}"><c r="A{r}" s="0"/></row>' for r in range(4, 4 + count))
    return rewrite_member(
        path, SHEET, lambda xml: xml.replace("</sheetData>", filler + "</sheetData>")
    )


def patch_zip(path: Path, *, version: int | None = None, method: int | None = None) -> Path:
    """Set every member's "version needed to extract" or compression method in place.

    ``version=64`` asks for a newer zip than Python reads; ``method=9`` claims Deflate64.
    Both local headers and the central directory are patched, as a foreign tool writes them.
    """
    data = bytearray(path.read_bytes())
    for signature, version_at, method_at in ((b"PK\x03\x04", 4, 8), (b"PK\x01\x02", 6, 10)):
        start = data.find(signature)
        while start != -1:
            if version is not None:
                data[start + version_at : start + version_at + 2] = version.to_bytes(2, "little")
            if method is not None:
                data[start + method_at : start + method_at + 2] = method.to_bytes(2, "little")
            start = data.find(signature, start + 4)
    path.write_bytes(bytes(data))
    return path
