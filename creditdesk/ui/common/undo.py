"""Undoable edits: each command's redo and undo are service calls, which write the audit log.

The main window owns the one ``QUndoStack``; 编辑 → 撤销/重做 act on it. When another
clerk changed the row meanwhile, the command asks whether to apply the clerk's values on top
(re-apply) or to discard them; a command that does not happen marks itself obsolete, so the
stack drops it instead of pretending the step happened.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from creditdesk.services.context import ServiceContext
from creditdesk.services.errors import StaleEditError, UserError
from creditdesk.services.settings import OfficeSettings, save_settings, with_version

ErrorReporter = Callable[[UserError], None]
ConflictResolver = Callable[[StaleEditError], bool]
"""Shown a stale save (with the other clerk's and the clerk's own values); True re-applies."""


class EditSettingsCommand(QUndoCommand):
    """Change the office settings (单位设置) from ``before`` to ``after``.

    Args:
        ctx: the workspace's service context.
        before: the settings as loaded, with the version they were read at.
        after: the edited values (their version is ignored; the command tracks it).
        on_saved: receives the saved settings after every redo and undo.
        on_error: shows a service error to the user.
        on_conflict: decides a stale save; without it the save is dropped and reported.
    """

    def __init__(
        self,
        ctx: ServiceContext,
        before: OfficeSettings,
        after: OfficeSettings,
        *,
        on_saved: Callable[[OfficeSettings], None],
        on_error: ErrorReporter,
        on_conflict: ConflictResolver | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("EditSettingsCommand", "修改单位设置"))
        self._ctx = ctx
        self._before = before
        self._after = after
        self._version = before.version
        self._on_saved = on_saved
        self._on_error = on_error
        self._on_conflict = on_conflict

    def redo(self) -> None:
        self._apply(self._after)

    def undo(self) -> None:
        self._apply(self._before)

    def _apply(self, values: OfficeSettings) -> None:
        try:
            saved = save_settings(self._ctx, with_version(values, self._version))
        except StaleEditError as error:
            theirs = error.theirs
            if self._on_conflict is None or not isinstance(theirs, OfficeSettings):
                self.setObsolete(True)
                self._on_error(error)
                return
            if not self._on_conflict(error):  # the clerk discards their values
                self.setObsolete(True)
                return
            try:  # re-apply: the clerk's values on top of the other clerk's version
                saved = save_settings(self._ctx, with_version(values, theirs.version))
            except UserError as again:
                self.setObsolete(True)
                self._on_error(again)
                return
        except UserError as error:
            self.setObsolete(True)
            self._on_error(error)
            return
        self._version = saved.version
        self._on_saved(saved)
