"""The notices page's state changes: 标记已回复, 办结 and 作废, each one undo step.

Which change a notice allows is the service's rule
(:func:`~creditdesk.services.notice_states.can_change_state`): the buttons are enabled by it
and the service refuses the rest, so no copy of the rule lives here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog, QWidget

from creditdesk.services.notice_states import can_change_state
from creditdesk.ui.common.translate import translator
from creditdesk.ui.notices.notice_commands import NoticeStateCommand

if TYPE_CHECKING:
    from creditdesk.ui.notices.notices_page import NoticesPage

ReasonAsker = Callable[[QWidget, str], str | None]
"""Asks why a notice is cancelled (作废); None when the clerk backed out."""

STATE_MOVES = ("replied", "closed", "void")
"""The states the page's buttons move a notice into (标记已回复, 办结, 作废)."""


_tr = translator("NoticesPage")


def ask_cancel_reason(parent: QWidget, number: str) -> str | None:
    """The reason a notice is cancelled, typed in a small dialog."""
    text, ok = QInputDialog.getText(
        parent,
        _tr("作废通知"),
        _tr("作废{number}：文号保留并登记为作废，不再使用。\n作废原因：").format(number=number),
    )
    return text.strip() if ok else None


def allowed_moves(state: str) -> dict[str, bool]:
    """For a notice in ``state`` (empty: none or several selected), which button may act."""
    return {new: bool(state) and can_change_state(state, new) for new in STATE_MOVES}


class NoticeStateActions:
    """The state changes of one :class:`NoticesPage`, pushed on its undo stack."""

    def __init__(self, page: NoticesPage) -> None:
        self._page = page

    def set_selected_state(self, state: str) -> NoticeStateCommand | None:
        """标记已回复 / 办结 the selected notice, as one undo step."""
        return self._push(state, "")

    def cancel_selected(self, reason: str | None = None) -> NoticeStateCommand | None:
        """作废 the selected notice (after asking why); the number stays taken. Undoable."""
        rows = self._page.selected_rows()
        if len(rows) != 1:
            return None
        if reason is None:
            reason = self._page.ask_reason(self._page, rows[0].number)
            if reason is None:
                return None
        return self._push("void", reason)

    def _push(self, state: str, reason: str) -> NoticeStateCommand | None:
        page = self._page
        rows = page.selected_rows()
        if len(rows) != 1:
            return None
        row = rows[0]
        command = NoticeStateCommand(
            page.ctx,
            row.id,
            row.number,
            state,
            reason=reason,
            on_done=page.signals.notices_changed.emit,
            on_error=page.report_error,
        )
        page.keep_selected({row.id})
        page.undo_stack.push(command)
        return command
