"""Exporting the roster to .xlsx (``creditdesk export-roster``)."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from creditdesk.services.context import ServiceContext
from creditdesk.services.errors import UserError
from creditdesk.services.roster import list_units


def export_roster(ctx: ServiceContext, path: Path, include_inactive: bool = False) -> int:
    """Write the roster (active units unless asked otherwise) to ``path``; returns the count.

    Raises:
        UserError: the file cannot be written.
    """
    # openpyxl loads only when exporting, not when the roster page opens
    from creditdesk.output.roster_xlsx import RosterLine, write_roster_xlsx

    units = list_units(ctx, include_inactive=include_inactive)
    # a line carries the unit's fields of the same names (COLUMNS, in output/roster_xlsx)
    names = [f.name for f in fields(RosterLine)]
    lines = [RosterLine(**{name: getattr(u, name) for name in names}) for u in units]
    if path.suffix.lower() != ".xlsx":
        raise UserError(f"导出文件应以 .xlsx 结尾：{path.name}")
    try:
        write_roster_xlsx(path, lines)
    except OSError as error:
        raise UserError(
            f"无法写入“{path.name}”：文件可能正在 Excel/WPS 中打开，或文件夹不可写。"
        ) from error
    return len(lines)
