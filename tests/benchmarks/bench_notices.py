"""Issuing 60 supervisory notices: draft, number, draw the PDFs, store and register them.

    python tests/benchmarks/bench_notices.py [--runs 5]

Builds (once, in a temporary folder) a 1-year workspace of 60 units × 40 tasks with
make_workspace.py, then times, on a fresh copy of it for each run, ``draft_overdue`` plus
``issue_notices`` for one notice per unit — the whole batch in one transaction — and prints
the median. Two cases: notices trimmed to each unit's 5 newest overdue items (what an office
sends, one or two pages each), and notices listing every overdue item (about 130 per unit,
several pages each). Fonts load once per program; that time is printed apart. Target: 60
notices in under 2 s.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from make_workspace import build

from creditdesk.model import OfficeSettings
from creditdesk.output.fonts import load_fonts
from creditdesk.services.backups import DB_FILE
from creditdesk.services.notice_drafts import draft_overdue
from creditdesk.services.notice_issue import issue_notices
from creditdesk.services.workspace import open_workspace

TODAY = dt.date(2026, 11, 22)


def _prepare(directory: Path) -> None:
    build(directory, 1, 60, 40, TODAY)
    workspace = open_workspace(directory, backup=False)
    with workspace, workspace.context.session_factory.begin() as session:
        row = session.get(OfficeSettings, 1)
        assert row is not None
        row.office_name = "青禾县社会信用体系建设领导小组办公室"
        row.doc_prefix = "青信用办督"
        row.place_name = "青禾县"
        row.contact_person = "李静"
        row.contact_phone = "0391-6218800"


def _one_run(template: Path, scratch: Path, keep: int | None) -> tuple[float, int, int]:
    """Seconds for drafting and issuing on a fresh copy; also notices and items issued."""
    if scratch.exists():
        shutil.rmtree(scratch)
    shutil.copytree(template, scratch, ignore=shutil.ignore_patterns("backups", "*.lock"))
    with open_workspace(scratch, backup=False) as workspace:
        ctx = workspace.context
        started = time.perf_counter()
        drafts = draft_overdue(ctx, TODAY)
        if keep is not None:
            drafts = [dataclasses.replace(d, items=d.items[-keep:]) for d in drafts]
        issued = issue_notices(ctx, drafts, TODAY)
        elapsed = time.perf_counter() - started
    return elapsed, len(issued), sum(n.item_count for n in issued)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    started = time.perf_counter()
    load_fonts()
    print(f"fonts loaded once per program: {time.perf_counter() - started:.2f} s")
    with tempfile.TemporaryDirectory() as folder:
        template = Path(folder) / "template"
        _prepare(template)
        assert (template / DB_FILE).exists()
        for label, keep in (("5 newest items per notice", 5), ("all overdue items", None)):
            times = []
            count = items = 0
            for run in range(args.runs):
                seconds, count, items = _one_run(template, Path(folder) / f"run{run}", keep)
                times.append(seconds)
            print(
                f"{count} notices, {items} items ({label}): "
                f"{statistics.median(times):.2f} s median of {args.runs} "
                f"(min {min(times):.2f}, max {max(times):.2f})"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
