"""The notices page's documents: view, (re)print, open in the viewer, export (查看/打印/导出).

Every document is read in the background: a stored PDF comes off the disk (or the server in
shared mode) and a batch is drawn anew (:func:`~creditdesk.services.notice_register.
combined_pdf`, a second for fifty letters), so the window keeps answering while it happens.
The page's collaborators (``print_document``, ``open_file``, ``files``) are looked up when an
action runs, so tests hand in fakes after the page is built.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtWidgets import QFileDialog, QWidget

from creditdesk import atomic_files
from creditdesk.services.context import ServiceContext
from creditdesk.services.errors import UserError
from creditdesk.services.file_names import inside
from creditdesk.services.notice_register import combined_pdf, export_notice_pdfs, notice_pdf
from creditdesk.services.progress import Progress
from creditdesk.ui.common.alive import while_alive
from creditdesk.ui.common.file_dialogs import DesktopFiles
from creditdesk.ui.common.jobs import Job, run_job
from creditdesk.ui.common.pdf_view import (
    PdfPreviewDialog,
    ask_with_dialog,
    default_printer_available,
    print_pdf,
)
from creditdesk.ui.common.translate import translator

if TYPE_CHECKING:
    from creditdesk.ui.notices.notices_page import NoticesPage

T = TypeVar("T")

PdfPrinter = Callable[[QWidget, bytes, str, bool], bool]
"""Prints a PDF: (parent, bytes, job title, ask with the print dialog) → sent or not."""


_tr = translator("NoticesPage")


def print_with_system(parent: QWidget, pdf: bytes, title: str, ask: bool) -> bool:
    """Print through the system: with the print dialog, or straight to the default printer
    (which still asks when the system has none)."""
    asker = ask_with_dialog if ask or not default_printer_available() else None
    return print_pdf(parent, pdf, title, ask=asker)


class NoticeFiles(DesktopFiles):
    """The desktop's file dialogs, and a folder to export into."""

    def folder(self, parent: QWidget | None, title: str) -> Path | None:
        """A folder to write into, or None when the clerk cancelled."""
        name = QFileDialog.getExistingDirectory(parent, title)
        return Path(name) if name else None


def read_documents(ctx: ServiceContext, ids: Sequence[int]) -> bytes:
    """One notice's stored document, or the notices combined for printing (a job body)."""
    if len(ids) == 1:
        return notice_pdf(ctx, ids[0])
    return combined_pdf(ctx, ids)


def job_title(numbers: Sequence[tuple[str, str]]) -> str:
    """A print job's or file's name: the notice's number and unit, or how many notices."""
    if len(numbers) == 1:
        return f"{numbers[0][0]} {numbers[0][1]}"
    return _tr("督办通知（{n}份）").format(n=len(numbers))


class NoticeDocuments:
    """The document actions of one :class:`NoticesPage`, each reading in the background."""

    def __init__(self, page: NoticesPage) -> None:
        self._page = page

    def _run(self, fn: Callable[[Progress], T], title: str, done: Callable[[T], None]) -> Job[T]:
        page = self._page
        return run_job(
            fn,
            title=title,
            on_success=while_alive(page, done),
            on_error=while_alive(page, page.report_error),
            parent=page,
            pool=page.pool,
        )

    def _selected(self) -> tuple[list[int], str]:
        rows = self._page.selected_rows()
        return [row.id for row in rows], job_title([(row.number, row.unit) for row in rows])

    def view_selected(self) -> Job[bytes] | None:
        """查看: the selected notice's stored document in a window of its own, once read."""
        ids, title = self._selected()
        if len(ids) != 1:
            return None
        ctx = self._page.ctx
        return self._run(
            lambda _progress: read_documents(ctx, ids),
            _tr("读取通知"),
            lambda pdf: self._view(pdf, title),
        )

    def _view(self, pdf: bytes, title: str) -> None:
        page = self._page
        dialog = PdfPreviewDialog(pdf, title, page)
        dialog.print_button.clicked.disconnect()
        dialog.print_button.clicked.connect(lambda: page.print_document(dialog, pdf, title, True))
        dialog.finished.connect(dialog.deleteLater)
        page.viewer = dialog
        dialog.show()

    def print_selected(self, ask: bool = True) -> Job[bytes] | None:
        """打印…/重新打印: the selected notices, with the print dialog or straight to the
        default printer; the stored bytes for one notice, the batch drawn together for more."""
        ids, title = self._selected()
        if not ids:
            return None
        return self._print(ids, title, ask)

    def print_batch(self, ids: Sequence[int]) -> Job[bytes] | None:
        """Print notices together (one after another, each on new sheets), asking first."""
        if not ids:
            return None
        return self._print(list(ids), _tr("督办通知（{n}份）").format(n=len(ids)), True)

    def _print(self, ids: list[int], title: str, ask: bool) -> Job[bytes]:
        ctx = self._page.ctx
        return self._run(
            lambda _progress: read_documents(ctx, ids),
            _tr("正在准备打印"),
            lambda pdf: self._send(pdf, title, ask),
        )

    def _send(self, pdf: bytes, title: str, ask: bool) -> None:
        page = self._page
        page.print_document(page, pdf, title, ask)

    def open_selected(self) -> Job[Path] | None:
        """用查看器打开: write the selected notices to a temporary folder and open them."""
        ids, title = self._selected()
        if not ids:
            return None
        ctx = self._page.ctx

        def write(_progress: Progress) -> Path:
            folder = Path(tempfile.gettempdir()) / "creditdesk-notices"
            if len(ids) == 1:
                return export_notice_pdfs(ctx, ids, folder)[0]
            try:
                folder.mkdir(parents=True, exist_ok=True)
                path = inside(folder, title, "督办通知", ".pdf", is_path=False)
                atomic_files.write_bytes(path, read_documents(ctx, ids))
            except OSError as error:
                raise UserError(
                    _tr("无法写入{path}：{reason}").format(
                        path=folder, reason=error.strerror or error
                    )
                ) from error
            return path

        return self._run(write, _tr("读取通知"), self._open)

    def _open(self, path: Path) -> None:
        page = self._page
        if not page.open_file(path):
            page.report_error(UserError(_tr("没有可打开PDF文件的程序：{path}").format(path=path)))

    def _export_ids(self) -> list[int]:
        page = self._page
        return page.selected_ids() or [row.id for row in page.shown_rows()]

    def export_selected(self, folder: Path | None = None) -> Job[list[Path]] | None:
        """导出PDF: each selected notice (all shown when none is) as its own file in a folder."""
        ids = self._export_ids()
        if not ids:
            return None
        folder = folder or self._page.files.folder(self._page, _tr("导出到文件夹"))
        if folder is None:
            return None
        return self.export_files(ids, folder)

    def export_files(self, ids: Sequence[int], folder: Path) -> Job[list[Path]]:
        """Write these notices' PDFs into ``folder`` and say where they went."""
        ctx = self._page.ctx
        wanted = list(ids)
        return self._run(
            lambda _progress: export_notice_pdfs(ctx, wanted, folder),
            _tr("正在导出督办通知"),
            lambda paths: self._exported(paths, folder),
        )

    def export_combined(self, path: Path | None = None) -> Job[list[Path]] | None:
        """导出PDF: the selected notices (all shown when none is) in one PDF for printing."""
        ids = self._export_ids()
        if not ids:
            return None
        page = self._page
        suggested = _tr("督办通知（{n}份）.pdf").format(n=len(ids))
        path = path or page.files.save_file(
            page, _tr("导出合并的PDF"), suggested, _tr("PDF 文件 (*.pdf)")
        )
        if path is None:
            return None
        ctx = page.ctx
        target = path

        def write(_progress: Progress) -> list[Path]:
            data = combined_pdf(ctx, ids)
            try:
                atomic_files.write_bytes(target, data)
            except OSError as error:
                raise UserError(
                    _tr("无法写入{path}：{reason}").format(
                        path=target, reason=error.strerror or error
                    )
                ) from error
            return [target]

        return self._run(
            write, _tr("正在导出督办通知"), lambda paths: self._exported(paths, target.parent)
        )

    def _exported(self, paths: list[Path], folder: Path) -> None:
        from creditdesk.ui.common.file_dialogs import offer_to_open

        page = self._page
        if len(paths) == 1:
            text = _tr("已导出：{path}").format(path=paths[0])
            offer_to_open(page, _tr("导出PDF"), text, paths[0], page.open_file)
        else:
            text = _tr("已导出{n}个PDF文件到：{folder}").format(n=len(paths), folder=folder)
            offer_to_open(page, _tr("导出PDF"), text, folder, page.open_file)
