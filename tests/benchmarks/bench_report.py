"""The quarterly summary of a large office: 60 units × 40 tasks, three charts, PDF and .xlsx.

    python tests/benchmarks/bench_report.py [--runs 5] [--years 2]

Builds (once, in a temporary folder) a generated workspace with make_workspace.py, then
prints the median time of a whole ``export_report`` for 2026Q3 (figures, three charts at
print resolution, the PDF and the workbook, written to disk) and of each of its parts.
Target (issue 7): under 3 s. The first run of a process also pays for importing matplotlib,
reportlab and openpyxl; it is printed separately and left out of the median.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from make_workspace import build
from pypdf import PdfReader

from creditdesk.services.context import FixedClock
from creditdesk.services.periods import Period
from creditdesk.services.report import build_report, export_report
from creditdesk.services.workspace import open_workspace

TODAY = dt.date(2026, 11, 22)
QUARTER = Period.parse("2026Q3")


def seconds(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--years", type=int, default=2)
    args = parser.parse_args()
    from creditdesk.output import report_charts, report_pdf, report_xlsx
    from creditdesk.output.fonts import load_fonts

    with tempfile.TemporaryDirectory() as scratch:
        directory = Path(scratch) / "office"
        counts = build(directory, args.years, 60, 40, TODAY)
        clock = FixedClock(dt.datetime.combine(TODAY, dt.time(9)))
        with open_workspace(directory, clock=clock, backup=False) as workspace:
            ctx = workspace.context
            pdf, xlsx = Path(scratch) / "report.pdf", Path(scratch) / "report.xlsx"
            first = seconds(lambda: export_report(ctx, QUARTER, TODAY, pdf, xlsx))
            totals = [
                seconds(lambda: export_report(ctx, QUARTER, TODAY, pdf, xlsx))
                for _ in range(args.runs)
            ]
            report = build_report(ctx, QUARTER, TODAY)
            charts = report_charts.render_charts(report)
            fonts = load_fonts()
            parts: dict[str, Callable[[], object]] = {
                "figures": lambda: build_report(ctx, QUARTER, TODAY),
                "three charts": lambda: report_charts.render_charts(report),
                "PDF": lambda: report_pdf.render_report_pdf(report, charts, fonts),
                "xlsx": lambda: report_xlsx.render_report_xlsx(report),
            }
            medians = {
                name: statistics.median(seconds(part) for _ in range(args.runs))
                for name, part in parts.items()
            }
            pages = len(PdfReader(pdf).pages)
    print(
        f"{args.years} year(s), 60 units × 40 tasks: {counts['obligations']} obligations; "
        f"{QUARTER.label}: {report.totals.due} due, {report.missing_count} missing items"
    )
    print(
        f"  export_report (PDF of {pages} pages + xlsx) {statistics.median(totals):6.2f} s "
        f"median of {args.runs} (first run in the process {first:.2f} s)"
    )
    for name, value in medians.items():
        print(f"    {name:<14} {value:6.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
