"""Undoable edits: each command's redo and undo are service calls, which write the audit log.

The main window owns the one ``QUndoStack``; 编辑 → 撤销/重做 act on it. When another
clerk changed the row meanwhile, the command asks whether to apply the clerk's values on top
(re-apply) or to discard them; a command that does not happen marks itself obsolete, so the
stack drops it instead of pretending the step happened.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from creditdesk.services.context import ServiceContext
from creditdesk.services.errors import StaleEditError, UserError
from creditdesk.services.settings import OfficeSettings, save_settings, with_version

ErrorReporter = Callable[[UserError], None]
ConflictResolver = Callable[[StaleEditError], bool]
"""Shown a stale save (with the other clerk's and the clerk's own values); True re-applies."""


class Versioned(Protocol):
    """A saved record's values with the version they were read at."""

    @property
    def version(self) -> int: ...


V = TypeVar("V", bound=Versioned)


class SaveCommand(QUndoCommand, Generic[V]):
    """Save ``after`` over ``before`` as one undo step; undo saves ``before`` again.

    Each save is re-based on the version the previous one returned, so undo and redo do not
    trip over their own writes. When another clerk saved in between, ``on_conflict`` is shown
    both versions: True re-applies the clerk's values on top of the other's, False discards
    them. Without ``on_conflict`` (or on any other refusal) the step is reported and dropped.

    Args:
        text: the step's name in 编辑 → 撤销.
        before: the values as loaded, with the version they were read at.
        after: the edited values (their version is ignored; the command tracks it).
        save: the service call, given values re-based on a version; returns what it saved.
        rebase: the same values on another version.
        on_saved: receives the saved values after every redo and undo.
        on_error: shows a service error to the user.
        on_conflict: decides a stale save.
    """

    def __init__(
        self,
        text: str,
        before: V,
        after: V,
        *,
        save: Callable[[V], V],
        rebase: Callable[[V, int], V],
        on_saved: Callable[[V], None],
        on_error: ErrorReporter,
        on_conflict: ConflictResolver | None = None,
    ) -> None:
        super().__init__(text)
        self._before = before
        self._after = after
        self._version = before.version
        self._save = save
        self._rebase = rebase
        self._on_saved = on_saved
        self._on_error = on_error
        self._on_conflict = on_conflict
        self.saved: V | None = None

    def redo(self) -> None:
        self._apply(self._after)

    def undo(self) -> None:
        self._apply(self._before)

    def _apply(self, values: V) -> None:
        try:
            saved = self._save(self._rebase(values, self._version))
        except StaleEditError as error:
            theirs = error.theirs
            if self._on_conflict is None or not isinstance(theirs, type(values)):
                self._drop(error)
                return
            if not self._on_conflict(error):  # the clerk discards their values
                self._drop(None)
                return
            try:  # re-apply: the clerk's values on top of the other clerk's version
                saved = self._save(self._rebase(values, theirs.version))
            except UserError as again:
                self._drop(again)
                return
        except UserError as error:
            self._drop(error)
            return
        self._version = saved.version
        self.saved = saved
        self._on_saved(saved)

    def _drop(self, error: UserError | None) -> None:
        """The step did not happen: the stack forgets it, and the clerk hears why."""
        self.saved = None
        self.setObsolete(True)
        if error is not None:
            self._on_error(error)


class EditSettingsCommand(SaveCommand[OfficeSettings]):
    """Change the office settings (单位设置) from ``before`` to ``after``."""

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
        super().__init__(
            QCoreApplication.translate("EditSettingsCommand", "修改单位设置"),
            before,
            after,
            save=lambda values: save_settings(ctx, values),
            rebase=with_version,
            on_saved=on_saved,
            on_error=on_error,
            on_conflict=on_conflict,
        )
