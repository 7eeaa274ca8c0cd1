"""Showing and printing a generated PDF (notices, reports) without QtPdf.

PySide6-Essentials has no PDF module, so on screen pages are rasterised with pypdfium2 by
:class:`PdfPreview` (pages one under another, fitted to the width). On paper,
:func:`print_pdf` hands the PDF itself to the system's spooler where the system prints PDF
(CUPS' ``lp`` on Linux and macOS: vector pages, a batch of fifty notices spooled in well under
a second); elsewhere (Windows, or a printer writing a file) it draws one page at a time as an
image at the printer's resolution, capped at 300 dpi, lossless, so memory does not grow with
the page count and blank pages cost nothing. pypdfium2 objects are not thread-safe: both run
on the GUI thread.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeAlias

import pypdfium2
from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF, Qt, QTimer
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from creditdesk.ui.common.translate import translator

if TYPE_CHECKING:  # the print module loads when something is printed, not with the viewer
    from PySide6.QtPrintSupport import QPrinter

POINTS_PER_INCH = 72.0
PRINT_DPI_LIMIT = 300
"""Pages are rasterised for the printer at no more than this (A4 at 300 dpi ≈ 35 MB, one page
at a time)."""

PAGE_GAP = 12
"""Pixels between two pages on screen."""

ZOOM_STEPS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)
"""Zoom factors the − and + buttons step through (1.0 is 96 dpi on a normal screen)."""


_tr = translator("PdfPreview")


def page_sizes(pdf_bytes: bytes) -> list[tuple[float, float]]:
    """Each page's width and height in points (1/72 inch)."""
    document = pypdfium2.PdfDocument(pdf_bytes)
    try:
        sizes = []
        for index in range(len(document)):
            page = document[index]
            try:
                width, height = page.get_size()
            finally:
                page.close()
            sizes.append((float(width), float(height)))
        return sizes
    finally:
        document.close()


def render_page(document: pypdfium2.PdfDocument, index: int, scale: float) -> QImage:
    """Page ``index`` of an open document as an image, ``scale`` pixels per point."""
    page = document[index]
    try:
        bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True)
        try:
            # RGBX, 4 bytes a pixel; copy() so the image owns its pixels after close()
            image = QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGBX8888,
            ).copy()
        finally:
            bitmap.close()
    finally:
        page.close()
    return image


def render_pages(pdf_bytes: bytes, dpi: float) -> list[QImage]:
    """Every page of a PDF as an image at ``dpi`` dots per inch."""
    document = pypdfium2.PdfDocument(pdf_bytes)
    try:
        scale = dpi / POINTS_PER_INCH
        return [render_page(document, index, scale) for index in range(len(document))]
    finally:
        document.close()


class PdfPreview(QWidget):
    """Pages of one PDF one under another, fitted to the width unless the clerk zooms.

    Use :meth:`set_pdf` with the document's bytes (an empty ``bytes`` clears it) and
    :meth:`set_message` to say why nothing is shown ("正在生成预览…").
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pdf = b""
        self._sizes: list[tuple[float, float]] = []
        self._zoom: float | None = None  # None: fit the width
        self._labels: list[QLabel] = []
        self._pixmaps: list[QPixmap] = []

        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.StyledPanel)
        self._scroll.setBackgroundRole(self.backgroundRole())
        self._canvas = QWidget(self._scroll)
        self._canvas.setObjectName("pdfCanvas")
        self._canvas.setStyleSheet("#pdfCanvas { background: #8a8a8a; }")
        self._pages_layout = QVBoxLayout(self._canvas)
        self._pages_layout.setSpacing(PAGE_GAP)
        self._pages_layout.setContentsMargins(PAGE_GAP, PAGE_GAP, PAGE_GAP, PAGE_GAP)
        self._message = QLabel(self._canvas)
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setWordWrap(True)
        self._message.setStyleSheet("color: white;")
        self._pages_layout.addWidget(self._message)
        self._pages_layout.addStretch(1)
        self._scroll.setWidget(self._canvas)

        self._info = QLabel(self)
        self._zoom_out = self._tool_button("−", _tr("缩小"), lambda: self._step_zoom(-1))
        self._zoom_in = self._tool_button("+", _tr("放大"), lambda: self._step_zoom(1))
        self._fit = self._tool_button(_tr("适合宽度"), _tr("页面宽度适合窗口"), self.fit_width)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self._info, 1)
        bar.addWidget(self._zoom_out)
        bar.addWidget(self._zoom_in)
        bar.addWidget(self._fit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self._scroll, 1)

        # Fitting the width re-renders the pages; wait until the resizing stops.
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(80)
        self._resize_timer.timeout.connect(self._render)
        self.set_message(_tr("没有可预览的文件。"))

    def _tool_button(self, text: str, tip: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    # ------------------------------------------------------------------ API

    def set_pdf(self, pdf_bytes: bytes) -> None:
        """Show this document (its pages fitted to the width, scrolled to the top)."""
        self._pdf = pdf_bytes
        self._sizes = page_sizes(pdf_bytes) if pdf_bytes else []
        self._render()
        self._scroll.verticalScrollBar().setValue(0)
        if not self._sizes:
            self.set_message(_tr("没有可预览的文件。"))

    def set_message(self, text: str) -> None:
        """Show ``text`` instead of pages (the document is forgotten)."""
        self._pdf = b""
        self._sizes = []
        self._clear_pages()
        self._message.setText(text)
        self._message.show()
        self._info.setText("")
        self._update_buttons()

    def clear(self) -> None:
        """Show nothing."""
        self.set_message("")

    def pdf(self) -> bytes:
        """The document shown (empty when none)."""
        return self._pdf

    def page_count(self) -> int:
        """How many pages the document shown has."""
        return len(self._sizes)

    def page_pixmap(self, index: int) -> QPixmap:
        """The image of page ``index`` as shown now."""
        return self._pixmaps[index]

    def fit_width(self) -> None:
        """Scale the pages to the width of the view (the default)."""
        self._zoom = None
        self._render()

    def zoom(self) -> float:
        """The current scale (1.0 = the page's real size on a 96 dpi screen)."""
        return self._zoom if self._zoom is not None else self._fit_zoom()

    def set_zoom(self, zoom: float) -> None:
        """Show the pages at ``zoom`` (clamped to the zoom steps' range)."""
        self._zoom = min(max(zoom, ZOOM_STEPS[0]), ZOOM_STEPS[-1])
        self._render()

    # -------------------------------------------------------------- drawing

    def _step_zoom(self, direction: int) -> None:
        current = self.zoom()
        if direction > 0:
            bigger = [z for z in ZOOM_STEPS if z > current + 0.01]
            self.set_zoom(bigger[0] if bigger else ZOOM_STEPS[-1])
        else:
            smaller = [z for z in ZOOM_STEPS if z < current - 0.01]
            self.set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])

    def _fit_zoom(self) -> float:
        if not self._sizes:
            return 1.0
        widest = max(width for width, _ in self._sizes)
        bar = self._scroll.verticalScrollBar().sizeHint().width()
        # room for the scroll bar that a long document brings, and a little slack for rounding
        available = self._scroll.viewport().width() - 2 * PAGE_GAP - bar - 4
        return max(available, 100) / (widest / POINTS_PER_INCH * 96.0)

    def _clear_pages(self) -> None:
        for label in self._labels:
            self._pages_layout.removeWidget(label)
            label.deleteLater()
        self._labels = []
        self._pixmaps = []

    def _render(self) -> None:
        if not self._pdf:
            return
        ratio = self.devicePixelRatioF()
        dpi = 96.0 * self.zoom()
        images = render_pages(self._pdf, dpi * ratio)
        self._clear_pages()
        self._message.hide()
        for index, image in enumerate(images):
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            label = QLabel(self._canvas)
            label.setPixmap(pixmap)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            self._pages_layout.insertWidget(index, label, 0, Qt.AlignmentFlag.AlignHCenter)
            label.show()
            self._labels.append(label)
            self._pixmaps.append(pixmap)
        self._info.setText(
            _tr("共{pages}页　{percent}%").format(
                pages=len(images), percent=round(self.zoom() * 100)
            )
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        shown = bool(self._sizes)
        for button in (self._zoom_out, self._zoom_in, self._fit):
            button.setEnabled(shown)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._zoom is None and self._pdf:
            self._resize_timer.start()

    def sizeHint(self) -> QSize:
        return QSize(480, 640)


class PdfPreviewDialog(QDialog):
    """A window showing one PDF, with 打印… (non-modal; the caller opens it).

    Attributes:
        preview: the page viewer.
        print_button: prints through :func:`print_pdf` with the system dialog.
    """

    def __init__(self, pdf_bytes: bytes, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._title = title
        self.preview = PdfPreview(self)
        self.print_button = QPushButton(_tr("打印…"), self)
        close_button = QPushButton(_tr("关闭"), self)
        self.print_button.clicked.connect(self._print)
        close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)
        self.resize(760, 900)
        self.preview.set_pdf(pdf_bytes)

    def _print(self) -> None:
        print_pdf(self, self.preview.pdf(), self._title)


# ---------------------------------------------------------------------- printing

PrintAsker: TypeAlias = "Callable[[QPrinter, QWidget | None], bool]"
"""Shows the print dialog for ``printer``; True when the clerk pressed 打印."""


def ask_with_dialog(printer: QPrinter, parent: QWidget | None) -> bool:
    """The system print dialog (printer, copies, pages); True to print."""
    from PySide6.QtPrintSupport import QPrintDialog

    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    return dialog.exec() == QDialog.DialogCode.Accepted


def default_printer_available() -> bool:
    """Whether the system names a default printer (otherwise printing has to ask)."""
    from PySide6.QtPrintSupport import QPrinterInfo

    return not QPrinterInfo.defaultPrinter().isNull()


Spooler: TypeAlias = "Callable[[Sequence[str], bytes], bool]"
"""Runs a spooler command with the PDF on its standard input; True when it was accepted."""

SPOOL_TIMEOUT_S = 60
"""How long the spooler may take to accept a job (it only queues it)."""


def run_spooler(command: Sequence[str], pdf_bytes: bytes) -> bool:
    """Run ``command`` (``lp …``) with the document on its standard input."""
    try:
        done = subprocess.run(
            list(command), input=pdf_bytes, capture_output=True, timeout=SPOOL_TIMEOUT_S
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0


def system_spooler() -> Spooler | None:
    """The spooler that takes a PDF as it is (CUPS' ``lp``), or None (Windows has none)."""
    if sys.platform == "win32" or shutil.which("lp") is None:
        return None
    return run_spooler


def lp_command(
    printer_name: str, title: str, copies: int, pages: tuple[int, int] | None, sides: str
) -> list[str]:
    """The ``lp`` command printing standard input on ``printer_name`` as the dialog chose.

    ``sides`` is CUPS' name (``one-sided``, ``two-sided-long-edge``, ``two-sided-short-edge``).
    """
    command = ["lp", "-t", title, "-n", str(max(copies, 1))]
    if printer_name:
        command += ["-d", printer_name]
    if pages is not None:
        command += ["-P", f"{pages[0]}-{pages[1]}"]
    command += ["-o", f"sides={sides}"]
    return [*command, "-"]


def print_pdf(
    parent: QWidget | None,
    pdf_bytes: bytes,
    title: str,
    *,
    printer: QPrinter | None = None,
    ask: PrintAsker | None = ask_with_dialog,
    spooler: Spooler | None = None,
) -> bool:
    """Print a PDF on the printer the clerk chose: vector through the spooler, else page by page.

    Args:
        parent: the window the print dialog belongs to.
        pdf_bytes: the document.
        title: the print job's name in the printer queue.
        printer: where to print; a new high-resolution printer (the system default) if None.
            Tests pass one writing a PDF file.
        ask: shows the print dialog; None prints straight to ``printer``.
        spooler: hands the PDF to a system printer as it is; :func:`system_spooler` if None
            (which may find none). A printer writing a file is always drawn.

    Returns:
        True when the pages were sent; False when the clerk cancelled or printing failed.
    """
    from PySide6.QtPrintSupport import QPrinter

    sizes = page_sizes(pdf_bytes)
    if not sizes:
        return False
    if printer is None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setFromTo(1, len(sizes))
    width, height = sizes[0]
    page_size = QPageSize(
        QSizeF(width, height), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch
    )
    printer.setPageLayout(
        QPageLayout(page_size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    )
    printer.setFullPage(True)
    if ask is not None and not ask(printer, parent):
        return False
    first, last = 1, len(sizes)
    chosen = printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0
    if chosen:
        first = max(printer.fromPage(), 1)
        last = min(printer.toPage() or len(sizes), len(sizes))
    spool = spooler if spooler is not None else system_spooler()
    if spool is not None and printer.outputFormat() == QPrinter.OutputFormat.NativeFormat:
        sides = {
            QPrinter.DuplexMode.DuplexNone: "one-sided",
            QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
        }.get(printer.duplex(), "two-sided-long-edge")
        pages = (first, last) if chosen else None
        command = lp_command(printer.printerName(), title, printer.copyCount(), pages, sides)
        if spool(command, pdf_bytes):
            return True
        # the spooler refused the job (no such queue, no PDF filter …): the pages are drawn
        # through Qt's own printer support instead, rather than the job silently vanishing
    return _draw_pages(printer, pdf_bytes, first, last)


def _draw_pages(printer: QPrinter, pdf_bytes: bytes, first: int, last: int) -> bool:
    """Draw pages ``first``..``last`` one at a time as images at the printer's resolution.

    Only one page's image is alive at a time; a page with nothing on it (the blank back of a
    notice of odd length) is left blank without drawing. Images go out lossless: smaller
    than the default JPEG for pages of text, and the strokes stay sharp.
    """
    from PySide6.QtPrintSupport import QPrinter

    dpi = min(printer.resolution(), PRINT_DPI_LIMIT)
    painter = QPainter()
    if not painter.begin(printer):
        return False
    painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
    document = pypdfium2.PdfDocument(pdf_bytes)
    try:
        for number in range(first, last + 1):
            if number > first and not printer.newPage():
                return False
            if _is_blank(document, number - 1):
                continue
            image = render_page(document, number - 1, dpi / POINTS_PER_INCH)
            target = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
            target.moveTo(0, 0)
            painter.drawImage(target, image)
            del image  # before the next page is drawn
    finally:
        document.close()
        painter.end()
    return True


def _is_blank(document: pypdfium2.PdfDocument, index: int) -> bool:
    page = document[index]
    try:
        count: int = pypdfium2.raw.FPDFPage_CountObjects(page.raw)
        return count == 0
    finally:
        page.close()
