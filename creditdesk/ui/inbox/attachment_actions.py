"""收件 page: what can be done with a submission's files — open, save elsewhere, show in folder.

Each action works on the selected submission's file; with several files the clerk picks one
from a menu under the button. 另存为… copies the stored file (by content hash) to a place the
clerk chooses; 在文件夹中显示 puts a copy under its original name in a temporary folder and
opens that folder in the desktop's file manager.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMenu, QWidget

from creditdesk.services.errors import UserError
from creditdesk.services.inbox_lookups import AttachmentRef, attachments_of
from creditdesk.ui.common.file_dialogs import DesktopFiles, FileChooser
from creditdesk.ui.common.translate import translator

if TYPE_CHECKING:
    from creditdesk.ui.inbox.inbox_page import InboxPage

FolderOpener = Callable[[Path], bool]
"""Shows a folder in the desktop's file manager (tests hand in a recorder)."""


_tr = translator("AttachmentActions")


def open_folder_on_desktop(folder: Path) -> bool:
    """Open ``folder`` in the file manager (QDesktopServices on the folder's URL)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def temporary_folder(sha256: str) -> Path:
    """Where a stored file is copied under its own name to be shown: one folder per content,
    so two workspaces' submissions with the same number never share a stale copy."""
    return Path(tempfile.gettempdir()) / "creditdesk-attachments" / sha256[:16]


class AttachmentActions(QObject):
    """另存为… and 在文件夹中显示 for the inbox page's selected submission.

    Attributes:
        files: the save dialog (tests pass a fake).
        open_folder: shows a folder on the desktop (tests pass a recorder).
        menu: the file menu shown when the submission has several files, while open.
    """

    def __init__(self, page: InboxPage) -> None:
        super().__init__(page)
        self.page = page
        self.files: FileChooser = DesktopFiles()
        self.open_folder: FolderOpener = open_folder_on_desktop
        self.menu: QMenu | None = None

    def _each_or_pick(self, button: QWidget, act: Callable[[int, AttachmentRef], object]) -> None:
        ids = self.page.selected_ids()
        if len(ids) != 1:
            return
        files = attachments_of(self.page.ctx, ids[0])
        if len(files) == 1:
            act(ids[0], files[0])
            return
        if not files:
            return
        menu = QMenu(self.page)
        for ref in files:
            menu.addAction(ref.name).triggered.connect(lambda _=False, ref=ref: act(ids[0], ref))
        self.menu = menu
        menu.popup(button.mapToGlobal(QPoint(0, button.height())))

    def save_selected(self) -> None:
        """另存为…: the selected submission's file, to a place the clerk chooses."""
        self._each_or_pick(self.page.ui.saveAsButton, self.save_as)

    def show_selected(self) -> None:
        """在文件夹中显示: the selected submission's file in the file manager."""
        self._each_or_pick(self.page.ui.showFolderButton, self.show_in_folder)

    def save_as(self, submission_id: int, ref: AttachmentRef) -> Path | None:
        """Ask where, then write the stored file there; returns the path written."""
        from creditdesk.services.attachment_blobs import local_copy
        from creditdesk.services.attachments import save_copy_as

        page = self.page
        store = page.ctx.attachments_dir
        if store is None:
            page.report_error(UserError(_tr("该工作区没有附件库。")))
            return None
        suffix = Path(ref.name).suffix
        filters = _tr("原格式 (*{suffix});;所有文件 (*)").format(suffix=suffix) if suffix else ""
        target = self.files.save_file(page, _tr("附件另存为"), ref.name, filters)
        if target is None:
            return None
        try:
            local_copy(page.ctx, ref.sha256)  # shared mode: fetch the content first
            save_copy_as(store, ref.sha256, ref.name, target)
        except UserError as error:
            page.report_error(error)
            return None
        return target

    def show_in_folder(self, submission_id: int, ref: AttachmentRef) -> Path | None:
        """Copy the file under its own name to a temporary folder and open that folder."""
        from creditdesk.services.attachment_blobs import local_copy
        from creditdesk.services.attachments import export_copy

        page = self.page
        store = page.ctx.attachments_dir
        if store is None:
            page.report_error(UserError(_tr("该工作区没有附件库。")))
            return None
        try:
            local_copy(page.ctx, ref.sha256)
            path = export_copy(store, ref.sha256, ref.name, temporary_folder(ref.sha256))
        except (UserError, OSError) as error:
            page.report_error(error if isinstance(error, UserError) else UserError(str(error)))
            return None
        if not self.open_folder(path.parent):
            page.report_error(
                UserError(_tr("无法打开文件夹，附件已复制到：{path}").format(path=path))
            )
        return path
