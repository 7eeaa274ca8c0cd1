"""``creditdesk report``: the quarterly summary PDF (and .xlsx) of a period from the command line.

    creditdesk report --workspace DIR --period 2024Q3 --out FILE.pdf [--xlsx FILE.xlsx]

The figures are counted as of today — the day the report is made, which is also the date it
carries — for a past period as for the current one, exactly as ``creditdesk status`` counts
without ``--as-of``: items handed in after their deadline count as received late, not as
missing. When the parser gives an ``as_of`` attribute (``--as-of YYYY-MM-DD``), that day is
used instead, so a report can be re-made as it stood on the day it was first issued.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from creditdesk.services.errors import UserError


def run(args: argparse.Namespace) -> int:
    """Write the report; prints the files written and the headline figures.

    Raises:
        UserError: an unknown period, a missing folder or a file that cannot be replaced.
    """
    from creditdesk.cli_support import open_from_args
    from creditdesk.services.periods import Period
    from creditdesk.services.report import export_report

    try:
        period = Period.parse(args.period)
    except ValueError as error:
        raise UserError(
            f"无法识别的期间：{args.period}（例如 2024Q3、2024-09、2024H2、2024）"
        ) from error
    pdf_path = Path(args.out)
    xlsx_path = Path(args.xlsx) if getattr(args, "xlsx", None) else None
    for target in (pdf_path, xlsx_path):
        if target is not None and not target.parent.resolve().is_dir():
            raise UserError(f"输出文件夹不存在：{target.parent}")
    with open_from_args(args) as workspace:
        ctx = workspace.context
        as_of: dt.date = getattr(args, "as_of", None) or ctx.clock.today()
        report = export_report(ctx, period, as_of, pdf_path, xlsx_path)
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
