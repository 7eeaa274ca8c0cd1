"""Printing a batch of notices (打印全部): the right pages, a print job of sensible size, memory
that does not grow with the batch, and the PDF itself handed to a spooler that takes PDF."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import pypdfium2
import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from creditdesk.services.notice_register import combined_pdf
from creditdesk.services.notices import list_notices
from creditdesk.services.workspace import Workspace
from creditdesk.ui.common.pdf_view import lp_command, page_sizes, print_pdf

MB = 1_000_000
PER_PAGE_LIMIT = 1 * MB
"""A printed notice page is about 0.4 MB (300 dpi, lossless); the old JPEG raster ~0.85 MB."""


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _batch(workspace: Workspace, repeat: int = 1) -> bytes:
    ids = [row.id for row in list_notices(workspace.context)][:3]
    assert len(ids) == 3
    return combined_pdf(workspace.context, ids * repeat)


def _ink(pdf: bytes, index: int) -> float:
    """The share of non-white pixels on page ``index`` (drawn at 30 dpi)."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        page = document[index]
        image = page.render(scale=30 / 72, grayscale=True).to_pil()
        page.close()
    finally:
        document.close()
    pixels = image.tobytes()
    return sum(1 for p in pixels if p < 200) / len(pixels)


def test_three_notices_print_every_page_with_ink_in_a_few_megabytes(
    qapp: QApplication, demo_workspace: Workspace, tmp_path: Path
) -> None:
    pdf = _batch(demo_workspace)
    out = tmp_path / "printed.pdf"
    assert print_pdf(None, pdf, "督办通知（3份）", printer=_pdf_printer(out), ask=None)
    printed = out.read_bytes()
    pages = len(page_sizes(pdf))
    assert len(page_sizes(printed)) == pages
    assert out.stat().st_size < pages * PER_PAGE_LIMIT
    assert _ink(printed, 0) > 0.005  # the letter is on the paper, not a blank sheet


def _peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmHWM")


def _reset_peak() -> None:
    Path("/proc/self/clear_refs").write_text("5")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_printing_memory_does_not_grow_with_the_number_of_pages(
    qapp: QApplication, demo_workspace: Workspace, tmp_path: Path
) -> None:
    small, large = _batch(demo_workspace), _batch(demo_workspace, repeat=4)
    try:
        _reset_peak()
    except OSError:
        pytest.skip("the peak memory cannot be reset here")
    growth = []
    for pdf in (small, large):
        _reset_peak()
        before = _peak_rss_mb()
        assert print_pdf(None, pdf, "督办通知", printer=_pdf_printer(tmp_path / "p.pdf"), ask=None)
        growth.append(_peak_rss_mb() - before)
    assert len(page_sizes(large)) >= 4 * len(page_sizes(small))
    assert growth[1] < growth[0] + 40, growth  # four times the pages, about the same memory


class NativePrinter(QPrinter):
    """A system printer the dialog chose, as far as print_pdf can tell."""

    def outputFormat(self) -> QPrinter.OutputFormat:
        return QPrinter.OutputFormat.NativeFormat

    def printerName(self) -> str:
        return "办公室打印机"


def test_a_system_printer_gets_the_pdf_itself_through_the_spooler(
    qapp: QApplication, demo_workspace: Workspace
) -> None:
    pdf = _batch(demo_workspace)
    spooled: list[tuple[list[str], bytes]] = []

    def spooler(command: Sequence[str], data: bytes) -> bool:
        spooled.append((list(command), data))
        return True

    printer = NativePrinter(QPrinter.PrinterMode.HighResolution)
    printer.setCopyCount(2)
    assert print_pdf(None, pdf, "督办通知（3份）", printer=printer, ask=None, spooler=spooler)
    ((command, data),) = spooled
    assert data == pdf  # vector pages, byte for byte
    assert command == [
        "lp", "-t", "督办通知（3份）", "-n", "2", "-d", "办公室打印机",
        "-o", "sides=one-sided", "-",
    ]  # fmt: skip


def test_a_job_the_spooler_refuses_is_drawn_instead_of_vanishing(
    qapp: QApplication, demo_workspace: Workspace, tmp_path: Path
) -> None:
    pdf = _batch(demo_workspace)
    refused: list[list[str]] = []

    def spooler(command: Sequence[str], data: bytes) -> bool:
        refused.append(list(command))
        return False

    printer = NativePrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # where the drawn pages land
    printer.setOutputFileName(str(tmp_path / "drawn.pdf"))
    assert print_pdf(None, pdf, "督办通知", printer=printer, ask=None, spooler=spooler)
    assert len(refused) == 1
    assert len(pypdfium2.PdfDocument(tmp_path / "drawn.pdf")) == len(page_sizes(pdf))


def test_the_spooler_prints_only_the_pages_chosen_on_both_sides_when_asked() -> None:
    command = lp_command("", "通报", 1, (2, 3), "two-sided-long-edge")
    assert command == [
        "lp", "-t", "通报", "-n", "1", "-P", "2-3", "-o", "sides=two-sided-long-edge", "-",
    ]  # fmt: skip
