"""Shared look of the workbooks CreditDesk writes: bold filled header, widths, A4 print setup."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Any

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="2F5597")
THIN = Side(style="thin", color="A6A6A6")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(vertical="top", wrap_text=True)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
TEXT_FORMAT = "@"


def display_width(text: str) -> int:
    """Columns a text takes in Excel: Chinese and full-width characters count twice."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def style_header(ws: Any, row: int, count: int) -> None:
    """Bold white text on a dark fill, centred, bordered."""
    for column in range(1, count + 1):
        cell = ws.cell(row=row, column=column)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = CENTER
        cell.border = BORDER


def fit_widths(ws: Any, columns: Iterable[Iterable[str]], low: int = 8, high: int = 50) -> None:
    """Set each column's width from its longest text, within ``low``..``high``."""
    for index, texts in enumerate(columns, start=1):
        width = max((display_width(t) for t in texts), default=low) + 2
        ws.column_dimensions[get_column_letter(index)].width = max(low, min(high, width))


def print_setup(ws: Any, title_rows: str) -> None:
    """A4 landscape, fit to one page wide, header rows repeated on every page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = title_rows
    ws.print_options.horizontalCentered = True
