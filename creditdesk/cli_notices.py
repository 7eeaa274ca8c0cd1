"""``creditdesk notices``: issue one notice per unit with overdue items and write their PDFs.

``creditdesk notices --workspace DIR --as-of YYYY-MM-DD --out OUTDIR`` (ARCHITECTURE.md). The
letters are dated the as-of day (today when it is not given) and numbered in that year; each PDF is
written to OUTDIR as ``<number>-<unit>.pdf``. With ``args.combined`` set (an optional
``--combined`` flag), ``合并打印.pdf`` holds the whole batch for printing. Nothing overdue is not an
error: the command says so and exits 0. With ``--dry-run`` it prints the numbers the batch
would take and for whom, and writes nothing (no number, no register entry, no file).
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
    from creditdesk.atomic_files import write_bytes
    from creditdesk.cli_support import open_from_args
    from creditdesk.services.errors import UserError
    from creditdesk.services.notice_batch import issue_overdue_batch, overdue_batch
    from creditdesk.services.notice_letters import pdf_file_name
    from creditdesk.services.notice_register import combined_pdf

    dry_run = bool(getattr(args, "dry_run", False))
    if not args.out and not dry_run:
        raise UserError(
            "请用 --out 指定通知 PDF 的输出文件夹（只查看将发出哪些通知可加 --dry-run）。"
        )
    out = Path(args.out or ".")
    with open_from_args(args, backup=not dry_run) as workspace:
        ctx = workspace.context
        as_of: dt.date = args.as_of or ctx.clock.today()
        nothing = f"截至{as_of.isoformat()}没有逾期未报的事项（或今日均已催报），未发出通知。"
        drafts = overdue_batch(ctx, as_of)
        if not drafts:
            print(nothing)
            return 0
        if dry_run:
            from creditdesk.services.notice_numbers import plan_numbers

            plan = plan_numbers(ctx, drafts, as_of)
            for planned in plan.notices:
                print(
                    f"{planned.number}\t{planned.unit}\t{planned.level_label}\t"
                    f"{planned.item_count}项"
                )
            print(plan.summary() + "（试运行，未占用文号，未写入任何文件）")
            return 0
        # decided again under the numbering lock (another clerk may have chased meanwhile);
        # the PDFs are written before the batch is committed: no numbers without letters
        issued = issue_overdue_batch(ctx, as_of, out=out)
        if not issued:
            print(nothing)
            return 0
        paths = [out / pdf_file_name(n.number, n.unit) for n in issued]
        for notice, path in zip(issued, paths, strict=True):
            label = LEVEL_LABELS.get(notice.level, notice.level)
            print(f"{notice.number}\t{notice.unit}\t{label}\t{notice.item_count}项\t{path}")
        if getattr(args, "combined", False):
            target = out / "合并打印.pdf"
            write_bytes(target, combined_pdf(ctx, [n.id for n in issued]))
            print(f"合并打印文件：{target}")
    print(f"共发出{len(issued)}份通知，PDF 已写入 {out}")
    return 0
