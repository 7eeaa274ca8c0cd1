"""Status of one quarter, and inbox filtering, on a large workspace vs a small one.

    python tests/benchmarks/bench_status.py [--runs 15]

Builds (once, in a temporary folder) a 1-year and a 10-year workspace of 60 units × 40 tasks
with make_workspace.py, then prints the median time of ``period_status`` for one quarter and
of several inbox filters on each. The quarter's status should take the same time on 10 years
as on 1 (indexed by due date, no full scans).
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from make_workspace import build

from creditdesk.services.context import ServiceContext
from creditdesk.services.inbox import InboxFilter, count_submissions, list_submissions
from creditdesk.services.matrix import quarter_matrix
from creditdesk.services.periods import Period
from creditdesk.services.status import period_status
from creditdesk.services.workspace import open_workspace

TODAY = dt.date(2026, 11, 22)


def median_ms(action: Callable[[], object], runs: int) -> float:
    action()  # warm the caches once, as a clerk's second look would
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def measure(ctx: ServiceContext, runs: int) -> dict[str, float]:
    """Median milliseconds of each query a clerk's click runs."""
    quarter = Period.parse("2026Q3")
    queries: dict[str, Callable[[], object]] = {
        "status 2026Q3": partial(period_status, ctx, quarter, TODAY),
        "matrix 2026Q3": partial(quarter_matrix, ctx, quarter, TODAY),
        "inbox first page": partial(list_submissions, ctx, filters=InboxFilter(), limit=200),
        "inbox unit+period": partial(
            list_submissions, ctx, filters=InboxFilter(unit_id=7, period="2026Q2"), limit=200
        ),
        "inbox text": partial(list_submissions, ctx, filters=InboxFilter(text="单位17"), limit=200),
        "inbox count": partial(count_submissions, ctx, InboxFilter(period="2025")),
    }
    return {name: median_ms(query, runs) for name, query in queries.items()}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        for years in (1, 10):
            directory = Path(scratch) / f"y{years}"
            counts = build(directory, years, 60, 40, TODAY)
            with open_workspace(directory, backup=False) as workspace:
                figures = measure(workspace.context, args.runs)
            print(f"{years} year(s): {counts['obligations']} obligations, ", end="")
            print(f"{counts['submissions']} submissions")
            for name, ms in figures.items():
                print(f"  {name:<20} {ms:8.1f} ms median")
    return 0


if __name__ == "__main__":
    sys.exit(main())
