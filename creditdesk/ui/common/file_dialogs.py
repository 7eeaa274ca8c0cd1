"""Choosing files and opening them on the desktop, passed into pages so tests can fake both.

A page holds a :class:`FileChooser` (the desktop's :class:`DesktopFiles` by default) and an
opener; tests replace them with ones that return fixed paths and record what would have been
opened (``tests/helpers/fakes.py``), so no native dialog or external program ever starts
during the tests.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from creditdesk.ui.common.messages import tell
from creditdesk.ui.common.translate import translator

Opener = Callable[[Path], bool]
"""Opens a file in the program the desktop associates with it; False when it could not."""


_tr = translator("FileDialogs")


class FileChooser(Protocol):
    """What a page asks when it needs a file to read or write."""

    def open_file(self, parent: QWidget | None, title: str, filters: str) -> Path | None:
        """A file to read, or None when the clerk cancelled."""
        ...

    def save_file(
        self, parent: QWidget | None, title: str, suggested: str, filters: str
    ) -> Path | None:
        """A file to write, or None when the clerk cancelled."""
        ...


class DesktopFiles:
    """The desktop's file dialogs: the :class:`FileChooser` of the running program."""

    def open_file(self, parent: QWidget | None, title: str, filters: str) -> Path | None:
        """A file to read, or None when the clerk cancelled."""
        name, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
        return Path(name) if name else None

    def save_file(
        self, parent: QWidget | None, title: str, suggested: str, filters: str
    ) -> Path | None:
        """A file to write, or None when the clerk cancelled."""
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        return Path(name) if name else None


def open_on_desktop(path: Path) -> bool:
    """Open ``path`` with its usual program (Excel, WPS…)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def offer_to_open(
    parent: QWidget, title: str, text: str, path: Path, opener: Opener
) -> QMessageBox:
    """Say a file was written and offer to open it, without blocking; returns the box."""
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    open_button = box.addButton(_tr("打开"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("关闭"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(open_button)

    def answered() -> None:
        if box.clickedButton() is open_button and not opener(path):
            text = _tr("无法打开“{name}”，请在文件夹中手动打开：{folder}")
            tell(parent, title, text.format(name=path.name, folder=path.parent), warning=True)

    box.finished.connect(answered)
    box.finished.connect(box.deleteLater)
    box.open()
    return box
