"""The app-wide signals: the short, fixed list of changes more than one page reacts to.

One :class:`AppSignals` object is made by the main window and handed to each page; a page
emits after its own edit succeeded and connects to the ones that make its view stale. Only
these five exist — anything narrower stays a signal of the widget that owns it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


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
    """

    plan_imported = Signal()
    units_changed = Signal()
    submissions_changed = Signal()
    notices_changed = Signal()
    settings_changed = Signal(object)
