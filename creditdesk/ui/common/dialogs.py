"""Opening a dialog the one way the program does: without blocking, gone once closed.

``QDialog.open()`` shows the dialog modal to its window and returns at once, so tests can
drive it; the dialog is deleted when it closes, so a page that opens many leaks none.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QDialog

D = TypeVar("D", bound=QDialog)


def open_dialog(
    dialog: D,
    on_accepted: Callable[[], object] | None = None,
    *,
    on_closed: Callable[[], object] | None = None,
) -> D:
    """Show ``dialog`` without blocking; ``on_accepted`` runs on OK, ``on_closed`` on any close.

    Returns the dialog, which stays valid until it is closed.
    """
    if on_accepted is not None:
        dialog.accepted.connect(on_accepted)
    dialog.finished.connect(dialog.deleteLater)
    if on_closed is not None:
        dialog.finished.connect(lambda _result: on_closed())
    dialog.open()
    return dialog
