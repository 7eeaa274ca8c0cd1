"""Undoable edits: each command's redo and undo are service calls, which write the audit log.

The main window owns the one ``QUndoStack``; 编辑 → 撤销/重做 act on it. When another
clerk changed the row meanwhile, the command asks whether to apply the clerk's values on top
(re-apply) or to discard them; a command that does not happen marks itself obsolete, so the
stack drops it instead of pretending the step happened.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar, Generic, Protocol, TypeVar

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


S = TypeVar("S")


class ServiceCommand(QUndoCommand):
    """The one base of CreditDesk's undo commands: redo and undo are service calls.

    A refused step (``UserError``) is reported through ``on_error`` and marks the command
    obsolete, so the stack drops it instead of pretending the step happened. A save another
    clerk overtook is handled here once (:meth:`save_or_resolve`): ``on_conflict`` is shown
    both versions; True re-applies the clerk's values on top of the other clerk's version,
    False discards them, and the step is dropped.

    Subclasses implement :meth:`apply` and :meth:`revert`, or run their own steps through
    :meth:`attempt`; :meth:`succeeded` runs after every redo and undo that happened.

    Attributes:
        failed: the last step was refused (the command is obsolete).
        tell_discard: whether a discarded conflict is reported as an error too; a dialog the
            clerk is still looking at (设置) needs no message, a closed one does.
    """

    tell_discard: ClassVar[bool] = True

    def __init__(
        self, text: str, *, on_error: ErrorReporter, on_conflict: ConflictResolver | None = None
    ) -> None:
        super().__init__(text)
        self._on_error = on_error
        self._on_conflict = on_conflict
        self._discarded = False
        self.failed = False

    def redo(self) -> None:
        if self.attempt(self.apply):
            self.succeeded()

    def undo(self) -> None:
        if self.attempt(self.revert):
            self.succeeded()

    def apply(self) -> None:
        """Make the change (the push, or a redo after an undo)."""
        raise NotImplementedError

    def revert(self) -> None:
        """Take the change back."""
        raise NotImplementedError

    def succeeded(self) -> None:
        """After every redo and undo that happened (a page refreshes, a signal goes out)."""

    def attempt(self, action: Callable[[], None]) -> bool:
        """Run one step; a refusal is reported and drops the command. Whether it happened."""
        try:
            action()
        except UserError as error:
            self.fail(error)
            return False
        return True

    def fail(self, error: UserError) -> None:
        """The step did not happen: the stack forgets the command, and the clerk hears why."""
        self.failed = True
        self.setObsolete(True)
        if self.tell_discard or not self._discarded:
            self._on_error(error)

    def save_or_resolve(
        self,
        save: Callable[[int], S],
        version: int,
        their_version: Callable[[object], int | None],
        mine: object | None = None,
    ) -> S:
        """``save`` on the row ``version`` read; when another clerk saved first, ask.

        Args:
            save: the service call, given the row version it is based on.
            version: the version the clerk's values were read at.
            their_version: the version in a ``StaleEditError.theirs``, None when it carries
                no values to show (the refusal then stands).
            mine: the clerk's values, for the dialog, when the service did not attach them.

        Raises:
            StaleEditError: another clerk saved first and there is nobody to ask, the clerk
                discarded their values, or the re-applied save was overtaken again.
        """
        try:
            return save(version)
        except StaleEditError as error:
            theirs = None if self._on_conflict is None else their_version(error.theirs)
            if self._on_conflict is None or theirs is None:
                raise
            if mine is not None:
                error.mine = mine
            if not self._on_conflict(error):
                self._discarded = True
                raise
            return save(theirs)  # re-apply: the clerk's values on top of the other version


class SaveCommand(ServiceCommand, Generic[V]):
    """Save ``after`` over ``before`` as one undo step; undo saves ``before`` again.

    Each save is re-based on the version the previous one returned, so undo and redo do not
    trip over their own writes. A stale save goes to ``on_conflict`` (see
    :class:`ServiceCommand`); a discard is silent, since the clerk just chose it.

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

    tell_discard = False

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
        super().__init__(text, on_error=on_error, on_conflict=on_conflict)
        self._before = before
        self._after = after
        self._version = before.version
        self._save = save
        self._rebase = rebase
        self._on_saved = on_saved
        self.saved: V | None = None

    def apply(self) -> None:
        self._put(self._after)

    def revert(self) -> None:
        self._put(self._before)

    def succeeded(self) -> None:
        assert self.saved is not None
        self._on_saved(self.saved)

    def fail(self, error: UserError) -> None:
        self.saved = None
        super().fail(error)

    def _put(self, values: V) -> None:
        def their_version(theirs: object) -> int | None:
            return theirs.version if isinstance(theirs, type(values)) else None

        saved = self.save_or_resolve(
            lambda version: self._save(self._rebase(values, version)), self._version, their_version
        )
        self._version = saved.version
        self.saved = saved


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
