"""``creditdesk report``: the quarterly summary PDF (and .xlsx) of a period from the command line.

    creditdesk report --workspace DIR --period 2024Q3 --out FILE.pdf [--xlsx FILE.xlsx]
                      [--notes FILE] [--issue | --reprint N]

The figures are counted as of today — the day the report is made, which is also the date it
carries — for a past period as for the current one, exactly as ``creditdesk status`` counts
without ``--as-of``: items handed in after their deadline count as received late, not as
missing. When the parser gives an ``as_of`` attribute (``--as-of YYYY-MM-DD``), that day is
used instead, so a report can be re-made as it stood on the day it was first issued.

``--notes FILE`` supplies the 有关要求 section (one paragraph a line). ``--issue`` enters the
summary in the register under the year's next number (2026年第N期), printed under the title;
``--reprint N`` prints summary N of the period's year again from the register: its period, its
day and its 有关要求, with its number.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from creditdesk.services.errors import UserError


def _read_notes(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise UserError(f"无法读取“有关要求”文件 {path}（须为 UTF-8 文本）：{error}") from error


def run(args: argparse.Namespace) -> int:
    """Write the report; prints the files written and the headline figures.

    Raises:
        UserError: an unknown period, a missing folder or a file that cannot be replaced.
    """
    from creditdesk.cli_support import open_from_args, period_from_args
    from creditdesk.services.report import export_report
    from creditdesk.services.report_register import (
        issue_report,
        issued_report,
        next_report_number,
    )

    period = period_from_args(args)
    pdf_path = Path(args.out)
    xlsx_path = Path(args.xlsx) if getattr(args, "xlsx", None) else None
    for target in (pdf_path, xlsx_path):
        if target is not None and not target.parent.resolve().is_dir():
            raise UserError(f"输出文件夹不存在：{target.parent}")
    notes = _read_notes(Path(args.notes)) if getattr(args, "notes", None) else ""
    with open_from_args(args) as workspace:
        ctx = workspace.context
        as_of: dt.date = getattr(args, "as_of", None) or ctx.clock.today()
        number: str | None = None
        reprint = getattr(args, "reprint", None)
        if reprint is not None:
            entry = issued_report(ctx, period.year, reprint)
            period, as_of, notes, number = entry.period, entry.as_of, entry.notes, entry.number
        elif getattr(args, "issue", False):
            seq, number = next_report_number(ctx, period.year)
        report = export_report(ctx, period, as_of, pdf_path, xlsx_path, notes, number=number)
        if reprint is None and getattr(args, "issue", False):
            issue_report(ctx, period, as_of, notes, seq)
            print(f"已登记：{number}")
    t = report.totals
    print(f"{report.title}（截至 {as_of.isoformat()}）")
    print(
        f"应报 {t.due}，按时 {t.received_on_time}，逾期报送 {t.received_late}，"
        f"逾期未报 {t.overdue}，未到期 {t.not_yet_due}"
    )
    print(f"已写入：{pdf_path}")
    if xlsx_path is not None:
        print(f"已写入：{xlsx_path}")
    sys.stdout.flush()
    return 0
