"""Qt translation contexts: each ui module's ``_tr`` is made here, not written again.

Every window, page and dialog passes its texts through ``QCoreApplication.translate`` under a
context named after it, so a future translation file can tell 保存 in one dialog from 保存 in
another. ``_tr = translator("InboxPage")`` at the top of a module is all it takes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication


def translator(context: str) -> Callable[[str], str]:
    """The ``_tr`` of a module whose texts belong to ``context``."""

    def translate(text: str) -> str:
        return QCoreApplication.translate(context, text)

    return translate
