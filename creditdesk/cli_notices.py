"""``creditdesk notices``: issue one notice per unit with overdue items and write their PDFs.

``creditdesk notices --workspace DIR --as-of YYYY-MM-DD --out OUTDIR`` (DESIGN.md). The letters
are dated the as-of day (today when it is not given) and numbered in that year; each PDF is
written to OUTDIR as ``<number>-<unit>.pdf``. With ``args.combined`` set (an optional
``--combined`` flag), ``合并打印.pdf`` holds the whole batch for printing. Nothing overdue is not an
error: the command says so and exits 0.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from creditdesk.services.notices import LEVEL_LABELS


def run(args: argparse.Namespace) -> int:
    """Issue the notices; ``args`` carries workspace, database, as_of (date or None) and out.

    Raises:
        UserError: the workspace cannot be opened, settings lack a prefix, or OUTDIR is not
            writable (the caller prints the message and exits 1).
    """
    from creditdesk.cli_support import open_from_args
    from creditdesk.services.notice_batch import issue_overdue_batch, overdue_batch
    from creditdesk.services.notice_issue import combined_pdf, export_notice_pdfs

    out = Path(args.out)
    with open_from_args(args, backup=True) as workspace:
        ctx = workspace.context
        as_of: dt.date = args.as_of or ctx.clock.today()
        issued = issue_overdue_batch(ctx, as_of) if overdue_batch(ctx, as_of) else []
        if not issued:  # nothing overdue, or every such unit was chased today already
            print(f"截至{as_of.isoformat()}没有逾期未报的事项（或今日均已催报），未发出通知。")
            return 0
        paths = export_notice_pdfs(ctx, [n.id for n in issued], out)
        for notice, path in zip(issued, paths, strict=True):
            label = LEVEL_LABELS.get(notice.level, notice.level)
            print(f"{notice.number}\t{notice.unit}\t{label}\t{notice.item_count}项\t{path}")
        if getattr(args, "combined", False):
            target = out / "合并打印.pdf"
            target.write_bytes(combined_pdf(ctx, [n.id for n in issued]))
            print(f"合并打印文件：{target}")
    print(f"共发出{len(issued)}份通知，PDF 已写入 {out}")
    return 0
