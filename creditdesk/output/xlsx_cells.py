"""Put values into worksheet cells so that stored text is always written back as text.

Unit names, phones and titles come from files other people made.  openpyxl turns any string
starting with ``=`` into a live formula (``=HYPERLINK(...)``, ``=cmd|' /C calc'!A0``), and
raises ``IllegalCharacterError`` on control characters such as NUL, BEL or ESC, so one bad
imported value would either run in the clerk's Excel or make every later export fail.  Every
workbook CreditDesk writes puts its values through :func:`put_cell` or :func:`append_row`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Final

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make Excel (or a re-typed cell) read a text as a formula."""


def cell_text(value: Any) -> Any:
    """The value with characters a worksheet cannot hold removed (strings only)."""
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)
    return value


def put_cell(ws: Any, row: int, column: int, value: Any) -> Any:
    """Write ``value`` at ``row``/``column`` as data: text stays text, never a formula.

    Returns:
        The openpyxl cell, for styling.
    """
    cell = ws.cell(row=row, column=column)
    text = cell_text(value)
    cell.value = text
    if isinstance(text, str) and text.startswith(FORMULA_STARTS):
        cell.data_type = "s"  # stored as a string, not the formula openpyxl guessed
        cell.quotePrefix = True  # Excel keeps it text when the clerk edits the cell
    return cell


def append_row(ws: Any, values: Iterable[Any]) -> int:
    """Append ``values`` as a new row below the last one, each through :func:`put_cell`.

    Returns:
        The 1-based number of the row written.
    """
    row: int = ws._current_row + 1  # the row ``Worksheet.append`` would write
    for column, value in enumerate(values, start=1):
        put_cell(ws, row, column, value)
    return row
