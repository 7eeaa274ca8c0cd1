"""The GUI's own models on a large office: filtering the inbox and switching the matrix quarter.

    python tests/benchmarks/bench_gui_models.py [--runs 15] [--workspace DIR]

Builds (once, in a temporary folder, unless ``--workspace`` names one made by make_workspace.py)
a 10-year × 60-unit × 40-task workspace, then times what a click costs in the models the
pages use, median of ``--runs`` runs each (target < 100 ms):

- inbox: set a filter → count + first page read in SQL → model reset (``SubmissionTableModel
  .set_query``), for several filters, plus one ``fetchMore`` (the next 200 rows on scroll);
- matrix: switch to another quarter → ``quarter_matrix`` → model reset (``MatrixModel
  .set_matrix``), cycling through eight quarters, plus touching every cell's colour once.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

from make_workspace import build
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from creditdesk.services.context import FixedClock, ServiceContext
from creditdesk.services.inbox import InboxFilter
from creditdesk.services.matrix import quarter_matrix
from creditdesk.services.periods import Period
from creditdesk.services.workspace import open_workspace
from creditdesk.ui.home.matrix_model import MatrixModel
from creditdesk.ui.inbox.submission_table_model import (
    InboxQuery,
    InboxSource,
    SubmissionTableModel,
)

TODAY = dt.date(2026, 11, 22)
TARGET_MS = 100.0


def median_ms(action: Callable[[], object], runs: int) -> float:
    action()  # warm the caches once, as a clerk's second look would
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def inbox_figures(ctx: ServiceContext, runs: int) -> dict[str, float]:
    """Median ms of setting each filter on the lazy inbox model (count + first page + reset)."""
    model = SubmissionTableModel(source=InboxSource(ctx))
    filters = {
        "inbox: no filter": InboxFilter(),
        "inbox: unit": InboxFilter(unit_id=7),
        "inbox: unit + quarter": InboxFilter(unit_id=7, period="2026Q2"),
        "inbox: year": InboxFilter(period="2025"),
        "inbox: pending": InboxFilter(review_state="pending"),
        "inbox: text": InboxFilter(text="单位17"),
        "inbox: date range": InboxFilter(
            received_from=dt.date(2026, 10, 1), received_to=dt.date(2026, 10, 31)
        ),
    }
    figures: dict[str, float] = {}
    for name, chosen in filters.items():
        # alternate with another filter so each run really changes the rows
        other = InboxFilter(unit_id=3) if chosen != InboxFilter(unit_id=3) else InboxFilter()
        flip = itertools.cycle([chosen, other])

        def set_filter(flip: itertools.cycle[InboxFilter] = flip) -> None:
            model.set_query(InboxQuery(next(flip)))

        figures[name] = median_ms(set_filter, runs)
    model.set_query(InboxQuery())

    def scroll() -> None:
        if not model.canFetchMore():
            model.set_query(InboxQuery())
        model.fetchMore()

    figures["inbox: fetchMore (next page)"] = median_ms(scroll, runs)

    def sort_by_unit() -> None:
        order = model.query.descending
        model.sort(1, Qt.SortOrder.AscendingOrder if order else Qt.SortOrder.DescendingOrder)

    figures["inbox: header click (sort by unit)"] = median_ms(sort_by_unit, runs)
    return figures


def matrix_figures(ctx: ServiceContext, runs: int) -> dict[str, float]:
    """Median ms of switching the matrix model to another quarter."""
    model = MatrixModel()
    quarters = itertools.cycle(
        [Period.parse(f"{year}Q{q}") for year in (2025, 2026) for q in (1, 2, 3, 4)]
    )

    def switch() -> None:
        model.set_matrix(quarter_matrix(ctx, next(quarters), TODAY))

    figures = {"matrix: switch quarter": median_ms(switch, runs)}

    def paint_all() -> None:
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                index.data()
                index.data(Qt.ItemDataRole.BackgroundRole)

    figures["matrix: every cell's text and colour"] = median_ms(paint_all, runs)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--workspace", type=Path)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as scratch:
        directory = args.workspace
        if directory is None:
            directory = Path(scratch) / "office"
            started = time.perf_counter()
            counts = build(directory, 10, 60, 40, TODAY)
            print(
                f"built 10 years × 60 units × 40 tasks: {counts['obligations']} obligations, "
                f"{counts['submissions']} submissions in {time.perf_counter() - started:.0f} s"
            )
        clock = FixedClock(dt.datetime.combine(TODAY, dt.time(9)))
        with open_workspace(directory, clock=clock, backup=False) as workspace:
            figures = inbox_figures(workspace.context, args.runs)
            figures |= matrix_figures(workspace.context, args.runs)
    worst = 0.0
    for name, ms in figures.items():
        mark = "" if ms < TARGET_MS else "  ← over target"
        print(f"  {name:<40} {ms:8.1f} ms median{mark}")
        if name.startswith(("inbox: no", "inbox: unit", "inbox: year", "inbox: p", "matrix: s")):
            worst = max(worst, ms)
    print(f"target < {TARGET_MS:.0f} ms per click; slowest filter/switch: {worst:.1f} ms")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
