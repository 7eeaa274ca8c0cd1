"""``creditdesk progress-sheets`` and ``import-progress``: progress sheets for many units.

``progress-sheets --period P --out DIR`` writes one blank 进展情况表 per unit owing reports in
P (every active unit, or those named with ``--unit``). ``import-progress FILE|DIR… --period P``
reads the returned sheets all or nothing and logs their rows, each file kept as its
submissions' attachment; ``--dry-run`` only checks them.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def send(args: argparse.Namespace) -> int:
    """Write the blank sheets; prints the summary the window shows."""
    from creditdesk.cli_support import open_from_args, period_from_args
    from creditdesk.services.errors import UserError
    from creditdesk.services.progress_batch import send_blank_sheets
    from creditdesk.services.roster import list_units

    period = period_from_args(args)
    with open_from_args(args, backup=False) as workspace:
        ctx = workspace.context
        unit_ids = None
        if args.unit:
            names = {u.name: u.id for u in list_units(ctx, include_inactive=True)}
            unknown = [n for n in args.unit if n not in names]
            if unknown:
                raise UserError("名册中没有这些单位：" + "、".join(unknown))
            unit_ids = [names[n] for n in args.unit]
        result = send_blank_sheets(ctx, period, Path(args.out), unit_ids)
    for sheet in result.written:
        print(f"{sheet.path.name}（{sheet.tasks}项任务）")
    print(result.summary())
    return 0


def read(args: argparse.Namespace) -> int:
    """Check, then (unless ``--dry-run``) log the returned sheets."""
    from creditdesk.cli_support import open_from_args, period_from_args
    from creditdesk.services.progress_batch import log_returned_sheets, preview_returned_sheets

    period = period_from_args(args)
    with open_from_args(args, backup=not args.dry_run) as workspace:
        ctx = workspace.context
        batch = preview_returned_sheets(ctx, [Path(p) for p in args.files], period)
        print(f"{len(batch.files)}个文件、{len(batch.units)}个单位，共{batch.rows}条进展情况。")
        if args.dry_run:
            print("试运行：未写入任何数据。")
            return 0
        result = log_returned_sheets(ctx, batch)
    print(f"已登记报送材料{len(result.submission_ids)}条，原文件已作为附件保存。")
    return 0
