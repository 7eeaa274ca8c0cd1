"""The PDF page viewer and printing over pypdfium2: pages on screen, pages on paper."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from creditdesk.ui.common.pdf_view import PdfPreview, PdfPreviewDialog, print_pdf

A4_RATIO = 297 / 210


def _pdf(pages: int) -> bytes:
    """A small A4 document with a big page number on each page."""
    buffer = io.BytesIO()
    drawing = canvas.Canvas(buffer, pagesize=A4)
    for number in range(1, pages + 1):
        drawing.setFont("Helvetica", 48)
        drawing.drawString(200, 400, f"- {number} -")
        drawing.showPage()
    drawing.save()
    return buffer.getvalue()


def _pdf_printer(path: Path) -> QPrinter:
    """A printer that writes a PDF file instead of paper."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


@pytest.fixture
def preview(qtbot: QtBot) -> PdfPreview:
    widget = PdfPreview()
    qtbot.addWidget(widget)
    widget.resize(600, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_preview_shows_each_page_as_an_a4_shaped_image(preview: PdfPreview) -> None:
    preview.set_pdf(_pdf(3))
    assert preview.page_count() == 3
    pixmap = preview.page_pixmap(0)
    assert not pixmap.isNull()
    ratio = pixmap.height() / pixmap.width()
    assert ratio == pytest.approx(A4_RATIO, rel=0.01)


def test_preview_fits_the_width_and_zooms_in_steps(qtbot: QtBot, preview: PdfPreview) -> None:
    preview.set_pdf(_pdf(1))
    fitted = preview.page_pixmap(0).width() / preview.page_pixmap(0).devicePixelRatio()
    assert fitted <= preview.width()
    preview.set_zoom(2.0)
    assert preview.zoom() == 2.0
    wider = preview.page_pixmap(0).width() / preview.page_pixmap(0).devicePixelRatio()
    assert wider > fitted
    preview.fit_width()
    assert preview.page_pixmap(0).width() / preview.page_pixmap(0).devicePixelRatio() == fitted


def test_preview_says_why_nothing_is_shown(preview: PdfPreview) -> None:
    preview.set_pdf(_pdf(1))
    preview.set_message("正在生成预览…")
    assert preview.page_count() == 0
    assert preview.pdf() == b""


def test_print_pdf_to_a_pdf_printer_writes_every_page(tmp_path: Path) -> None:
    out = tmp_path / "printed.pdf"
    assert print_pdf(None, _pdf(3), "督办通知", printer=_pdf_printer(out), ask=None)
    printed = PdfReader(out)
    assert len(printed.pages) == 3
    box = printed.pages[0].mediabox
    assert float(box.height) / float(box.width) == pytest.approx(A4_RATIO, rel=0.01)


def test_print_pdf_asks_first_and_prints_nothing_when_cancelled(tmp_path: Path) -> None:
    out = tmp_path / "printed.pdf"
    asked: list[QPrinter] = []

    def cancel(printer: QPrinter, parent: QWidget | None) -> bool:
        asked.append(printer)
        return False

    assert not print_pdf(None, _pdf(2), "督办通知", printer=_pdf_printer(out), ask=cancel)
    assert len(asked) == 1
    assert asked[0].docName() == "督办通知"
    assert not out.exists()


def test_print_pdf_prints_only_the_pages_chosen_in_the_dialog(tmp_path: Path) -> None:
    out = tmp_path / "printed.pdf"

    def pages_two_to_three(printer: QPrinter, parent: QWidget | None) -> bool:
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 3)
        return True

    printer = _pdf_printer(out)
    assert print_pdf(None, _pdf(4), "通报", printer=printer, ask=pages_two_to_three)
    assert len(PdfReader(out).pages) == 2


def test_preview_dialog_shows_the_document(qtbot: QtBot) -> None:
    dialog = PdfPreviewDialog(_pdf(2), "青信用办督〔2025〕4号")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "青信用办督〔2025〕4号"
    assert dialog.preview.page_count() == 2
