"""Errors services raise for the user to read: each carries a complete Chinese message."""

from __future__ import annotations


class UserError(Exception):
    """A problem the user can fix; ``str(error)`` is the message to show, in Chinese."""


class StaleEditError(UserError):
    """The row changed since the user loaded it (another window, clerk or undo step)."""

    def __init__(
        self,
        what: str,
        theirs: object | None = None,
        mine: object | None = None,
        by: str | None = None,
    ):
        who = f"{by}修改" if by else "其他操作修改"
        super().__init__(f"{what}已被{who}，您的修改未保存。请重新打开后再改。")
        self.theirs = theirs
        self.mine = mine
        self.by = by


class NotFoundError(UserError):
    """The row the user acted on no longer exists."""


class NotYetAvailableError(UserError):
    """A feature that a later version of the program brings."""


class WorkspaceTooNewError(UserError):
    """The database was written by a newer CreditDesk; opening it could damage it."""


class SchemaError(UserError):
    """The database is not a CreditDesk workspace or its migration failed."""
