"""Printing 50 issued notices as one batch: the time, the pages and the size of the print job.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_print_notices.py [--keep 12]

Builds a 1-year workspace of 50 units × 40 tasks with make_workspace.py, issues one notice per
unit (each trimmed to its ``--keep`` newest overdue items, about three pages a notice), then
prints the combined batch (the 打印全部 of the notices page) both ways ``print_pdf`` can:

- to a system printer that takes PDF (CUPS): the PDF itself goes to the spooler (here a fake
  ``lp`` that writes what it receives to a file), vector pages;
- to a printer that needs pages drawn (Windows, a file): a ``QPrinter`` writing a PDF file,
  one page at a time at up to 300 dpi.

Prints the seconds, the page count, the size of what the printer receives and how much the
peak memory grew. Issue 15 item 11 saw 161 raster pages, 112 MB for 50 notices.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import resource
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from make_workspace import build
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from creditdesk.model import OfficeSettings
from creditdesk.services.notice_drafts import draft_overdue
from creditdesk.services.notice_issue import issue_notices
from creditdesk.services.notice_register import combined_pdf
from creditdesk.services.workspace import open_workspace
from creditdesk.ui.common.pdf_view import page_sizes, print_pdf

TODAY = dt.date(2026, 11, 22)
UNITS = 50


class _Native(QPrinter):
    """A system printer, as far as print_pdf can tell (none is needed to measure)."""

    def outputFormat(self) -> QPrinter.OutputFormat:
        return QPrinter.OutputFormat.NativeFormat


def _prepare(directory: Path) -> None:
    build(directory, 1, UNITS, 40, TODAY)
    workspace = open_workspace(directory, backup=False)
    with workspace, workspace.context.session_factory.begin() as session:
        row = session.get(OfficeSettings, 1)
        assert row is not None
        row.office_name = "青禾县社会信用体系建设领导小组办公室"
        row.doc_prefix = "青信用办督"
        row.place_name = "青禾县"
        row.contact_person = "李静"
        row.contact_phone = "0391-6218800"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keep", type=int, default=12, help="overdue items per notice")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        _prepare(root / "ws")
        with open_workspace(root / "ws", backup=False) as workspace:
            ctx = workspace.context
            drafts = draft_overdue(ctx, TODAY)
            drafts = [dataclasses.replace(d, items=d.items[-args.keep :]) for d in drafts]
            issued = issue_notices(ctx, drafts, TODAY)
            started = time.perf_counter()
            pdf = combined_pdf(ctx, [n.id for n in issued])
            drawn = time.perf_counter() - started
        pages = len(page_sizes(pdf))
        spooled = root / "spooled.pdf"

        def spooler(command: Sequence[str], data: bytes) -> bool:
            spooled.write_bytes(data)
            return True

        started = time.perf_counter()
        assert print_pdf(None, pdf, "督办通知", printer=_Native(), ask=None, spooler=spooler)
        print(
            f"{len(issued)} notices, {pages} pages; to a PDF-taking spooler: "
            f"{spooled.stat().st_size / 1e6:.2f} MB, vector, "
            f"in {time.perf_counter() - started:.2f} s "
            f"(+ {drawn:.2f} s drawing the combined PDF)"
        )
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        target = root / "printed.pdf"
        printer.setOutputFileName(str(target))
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        started = time.perf_counter()
        sent = print_pdf(None, pdf, "督办通知", printer=printer, ask=None)
        printed = time.perf_counter() - started
        rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        assert sent
        printed_pages = len(page_sizes(target.read_bytes()))
        print(
            f"drawn page by page: {printed_pages} pages in {printed:.2f} s; print job "
            f"{target.stat().st_size / 1e6:.2f} MB; peak memory grew by "
            f"{(rss_after - rss_before) / 1024:.0f} MB"
        )
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
