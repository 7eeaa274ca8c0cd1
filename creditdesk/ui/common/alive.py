"""Callbacks for background jobs whose widget may be gone when the job ends.

A :class:`~creditdesk.ui.common.jobs.Job` has no parent and outlives a dialog closed while it runs;
its outcome signals still fire. A bound method of the widget is disconnected by Qt when the
widget is destroyed, but a lambda carrying extra arguments (a generation number) is not:
:func:`while_alive` wraps one so it does nothing once the widget's C++ object is deleted.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QObject

T = TypeVar("T")


def while_alive(owner: QObject, callback: Callable[[T], None]) -> Callable[[T], None]:
    """``callback``, skipped once ``owner`` was deleted (closed dialog, closed window)."""

    def call(value: T) -> None:
        if shiboken6.isValid(owner):
            callback(value)

    return call
