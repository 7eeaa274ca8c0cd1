"""The app-wide signals: the short, fixed list of changes more than one page reacts to.

One :class:`AppSignals` object is made by the main window and handed to each page; a page
emits after its own edit succeeded and connects to the ones that make its view stale. Only
these exist — anything narrower stays a signal of the widget that owns it.

Pages never reach into the main window to switch pages: they emit :attr:`AppSignals.navigate`
with a :class:`Navigation` naming the page (a :class:`PageKey`) and what to show on it, and the
window, which alone knows where each page lives, switches and hands the page that focus.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QObject, Signal


class PageKey(StrEnum):
    """The main window's pages, in navigation order (Ctrl+1 … Ctrl+6)."""

    HOME = "home"  # 工作台
    TASKS = "tasks"  # 任务
    ROSTER = "roster"  # 单位
    INBOX = "inbox"  # 收件
    NOTICES = "notices"  # 督办
    REPORTS = "reports"  # 报表


@dataclass(frozen=True)
class Navigation:
    """A request to show a page, and optionally what to show on it.

    Attributes:
        page: the page to switch to.
        focus: what the page should show, in the terms that page understands (the inbox takes
            an ``InboxFilter``); None keeps the page as it was.
    """

    page: PageKey
    focus: object | None = None


class AppSignals(QObject):
    """Changes to the workspace data that other pages must see.

    Attributes:
        plan_imported: a work plan (工作要点) was imported or replaced; tasks and obligations
            changed.
        units_changed: the roster (成员单位) changed: units, aliases, groups.
        submissions_changed: submissions (报送材料) were logged, reviewed or removed.
        notices_changed: supervisory notices (督办通知) were issued or their state changed.
        settings_changed: the office settings were saved; carries the new
            ``OfficeSettings``.
        navigate: a page asks the window to show another page; carries a :class:`Navigation`.
        settings_requested: a page asks the window to open 设置 (the first-run checklist).
    """

    plan_imported = Signal()
    units_changed = Signal()
    submissions_changed = Signal()
    notices_changed = Signal()
    settings_changed = Signal(object)
    navigate = Signal(object)
    settings_requested = Signal()
