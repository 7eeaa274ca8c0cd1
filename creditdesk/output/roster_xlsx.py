"""The roster (成员单位名册) as an .xlsx: one row per unit, the columns ARCHITECTURE.md fixes.

Columns: 单位名称, 类别, 联络员, 办公电话, 手机, 电子邮箱, 地址, 别名 (aliases joined by 、),
then 职务 (the liaison's position), last so the columns DESIGN.md fixes keep their places.
The header is row 1 (so other tools and a re-import read it directly), bold on a fill,
frozen, with a filter; phone columns are text cells so 13803960001 never becomes 1.38E+10.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from creditdesk.atomic_files import atomic_path
from creditdesk.model.unit_fields import FIELD_LABELS
from creditdesk.output.xlsx_cells import append_row, put_cell
from creditdesk.output.xlsx_style import (
    BORDER,
    TEXT_FORMAT,
    WRAP,
    fit_widths,
    print_setup,
    style_header,
)

COLUMNS: Final = (
    "name", "category", "liaison", "office_phone", "mobile", "email", "address", "aliases",
    "liaison_title",
)  # fmt: skip
HEADERS: Final = tuple(FIELD_LABELS[name] for name in COLUMNS)
PHONE_COLUMNS: Final = (4, 5)
SHEET_TITLE: Final = "成员单位"


@dataclass(frozen=True)
class RosterLine:
    """One unit as the export writes it."""

    name: str
    category: str
    liaison: str
    office_phone: str
    mobile: str
    email: str
    address: str
    aliases: Sequence[str] = ()
    liaison_title: str = ""

    def cells(self) -> tuple[str, ...]:
        """The row's texts in column order."""
        return tuple(
            "、".join(self.aliases) if name == "aliases" else str(getattr(self, name))
            for name in COLUMNS
        )


def write_roster_xlsx(path: Path, lines: Sequence[RosterLine]) -> None:
    """Write the roster workbook to ``path`` (through a temporary file, then replaced).

    Raises:
        OSError: the file cannot be written (for example, open in Excel on Windows).
    """
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = SHEET_TITLE
    append_row(ws, HEADERS)
    style_header(ws, 1, len(HEADERS))
    rows = [line.cells() for line in lines]
    for r, texts in enumerate(rows, start=2):
        for c, text in enumerate(texts, start=1):
            cell = put_cell(ws, r, c, text)
            cell.border = BORDER
            cell.alignment = WRAP
            if c in PHONE_COLUMNS:
                cell.number_format = TEXT_FORMAT
    for c in PHONE_COLUMNS:  # text format for rows the clerk adds later, too
        ws.column_dimensions[chr(ord("A") + c - 1)].number_format = TEXT_FORMAT
    fit_widths(ws, ([h, *(row[i] for row in rows)] for i, h in enumerate(HEADERS)))
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:H{max(len(rows) + 1, 1)}"
    print_setup(ws, "1:1")
    with atomic_path(path) as temporary:
        wb.save(temporary)
