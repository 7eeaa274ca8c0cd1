"""The states of a registered notice (已发出, 已回复, 已办结, 已作废) and the moves between them.

The one home of the rule which state may follow which (:data:`NEXT_STATES`): pages enable
their buttons by :func:`can_change_state` and never keep a copy. Each move is one audited
transaction and returns a :class:`StateChange` that :func:`undo_state_change` reverses.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Final

from creditdesk.services import audit
from creditdesk.services.context import ServiceContext
from creditdesk.services.errors import StaleEditError, UserError
from creditdesk.services.notice_register import find_notice

REGISTER_STATES: Final = ("issued", "replied", "closed")
"""States the clerk moves a notice between; ``void`` only through :func:`cancel_notice`."""

NEXT_STATES: Final[dict[str, tuple[str, ...]]] = {
    "issued": ("replied", "closed", "void"),
    "replied": ("closed", "void"),
    "closed": (),
    "void": (),
}
"""Which state may follow which: a reply (已回复) comes before closing (已办结); a closed or
cancelled (作废) notice stays as it is. Undo puts back whatever state was there before."""


def can_change_state(state: str, new_state: str) -> bool:
    """Whether a notice in ``state`` may be moved to ``new_state`` (pages enable buttons by it)."""
    return new_state in NEXT_STATES.get(state, ())


def _states_before(state: str) -> tuple[str, ...]:
    return tuple(before for before, nexts in NEXT_STATES.items() if state in nexts)


@dataclass(frozen=True)
class StateChange:
    """A register state change, enough to undo it (:func:`undo_state_change`)."""

    notice_id: int
    number: str
    before: str
    after: str


def _change_state(
    ctx: ServiceContext,
    notice_id: int,
    state: str,
    action: str,
    allowed_from: Collection[str],
    reason: str = "",
    *,
    undoing: bool = False,
) -> StateChange:
    """Move a notice to ``state`` in one audited transaction, if its state allows it."""
    with ctx.session_factory.begin() as session:
        notice = find_notice(session, notice_id)
        before_state = notice.state
        if before_state == state:
            return StateChange(notice.id, notice.number, state, state)
        if before_state not in allowed_from:
            if before_state == "void":
                raise UserError(f"通知{notice.number}已作废，不能再更改状态。")
            if before_state == "closed" and not undoing:
                raise UserError(f"通知{notice.number}已办结，不能再更改状态。")
            raise StaleEditError(f"通知{notice.number}的状态")
        before = audit.snapshot(notice)
        notice.state = state
        session.flush()
        after = audit.snapshot(notice)
        if reason:
            after["reason"] = reason
        audit.record(session, ctx, action, "notice", notice.id, before, after)
        return StateChange(notice.id, notice.number, before_state, state)


def set_notice_state(ctx: ServiceContext, notice_id: int, state: str) -> StateChange:
    """Mark a notice replied (已回复) or closed (已办结); returns the change for undo.

    Only the moves :data:`NEXT_STATES` lists are made.

    Raises:
        UserError: an unknown state, or the notice is closed or void.
        StaleEditError: its state does not allow the move (another clerk changed it).
    """
    if state not in REGISTER_STATES:
        raise UserError(f"未知的通知状态：{state}")
    return _change_state(ctx, notice_id, state, "更改督办通知状态", _states_before(state))


def cancel_notice(ctx: ServiceContext, notice_id: int, reason: str = "") -> StateChange:
    """Cancel (作废) a notice: it stays in the register with its number, which is never reused.

    Undo (:func:`undo_state_change`) restores the previous state, the number unchanged.
    """
    return _change_state(
        ctx, notice_id, "void", "作废督办通知", _states_before("void"), reason.strip()
    )


def undo_state_change(ctx: ServiceContext, change: StateChange) -> StateChange:
    """Put a notice back in the state it had before ``change``; returns the change for redo.

    Raises:
        StaleEditError: the notice's state changed again since.
    """
    return _change_state(
        ctx, change.notice_id, change.before, "撤销督办通知状态更改", (change.after,), undoing=True
    )
