"""Undoable notice edits: register states (已回复, 已办结, 作废) and the notice wording (模板).

Issuing itself is not a command: a document number, once taken, is never given back (a
mistaken notice is cancelled, 作废, and keeps its number). Each command's redo and undo are
service calls, which write the audit log; both commands stand on
:class:`creditdesk.ui.common.undo.ServiceCommand`, so a refused call is reported and the stack
drops the command.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from creditdesk.services.context import ServiceContext
from creditdesk.services.errors import UserError
from creditdesk.services.notice_states import (
    StateChange,
    cancel_notice,
    set_notice_state,
    undo_state_change,
)
from creditdesk.services.notice_template import NoticeTemplates, save_notice_templates
from creditdesk.ui.common.translate import translator
from creditdesk.ui.common.undo import ErrorReporter, SaveCommand, ServiceCommand

Done = Callable[[], None]

STATE_ACTIONS = {"issued": "改回已发出", "replied": "标记已回复", "closed": "办结", "void": "作废"}
"""The command text for a move into each state."""


_tr = translator("NoticeCommands")


class NoticeStateCommand(ServiceCommand):
    """Move one notice to ``state`` (issued, replied, closed, or void with a reason).

    Undo puts back the state it had (``undo_state_change``); the number never changes. A move
    that changes nothing is not worth an undo step: the stack drops it.

    Attributes:
        change: the last change made by redo, None before it ran or when it failed.
    """

    def __init__(
        self,
        ctx: ServiceContext,
        notice_id: int,
        number: str,
        state: str,
        *,
        reason: str = "",
        on_done: Done,
        on_error: ErrorReporter,
    ) -> None:
        action = _tr(STATE_ACTIONS.get(state, state))
        text = _tr("{action}：{number}").format(action=action, number=number)
        super().__init__(text, on_error=on_error)
        self._ctx = ctx
        self._notice_id = notice_id
        self._state = state
        self._reason = reason
        self._on_done = on_done
        self.change: StateChange | None = None

    def apply(self) -> None:
        if self._state == "void":
            self.change = cancel_notice(self._ctx, self._notice_id, self._reason)
        else:
            self.change = set_notice_state(self._ctx, self._notice_id, self._state)
        if self.change.before == self.change.after:
            self.setObsolete(True)

    def revert(self) -> None:
        if self.change is not None:
            undo_state_change(self._ctx, self.change)

    def succeeded(self) -> None:
        self._on_done()

    def fail(self, error: UserError) -> None:
        self.change = None
        super().fail(error)


class SaveTemplatesCommand(SaveCommand[NoticeTemplates]):
    """修改督办通知模板: save ``after``; undo saves ``before`` again.

    Each save is re-based on the version the previous one returned, so undo and redo do not
    trip over their own writes; a save by another clerk in between is reported as stale.
    """

    def __init__(
        self,
        ctx: ServiceContext,
        before: NoticeTemplates,
        after: NoticeTemplates,
        *,
        on_saved: Callable[[NoticeTemplates], None],
        on_error: ErrorReporter,
    ) -> None:
        super().__init__(
            _tr("修改督办通知模板"),
            before,
            after,
            save=lambda templates: save_notice_templates(ctx, templates),
            rebase=lambda templates, version: replace(templates, version=version),
            on_saved=on_saved,
            on_error=on_error,
        )
