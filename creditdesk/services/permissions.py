"""Who may change what (权限): admin, clerk, or read-only leaders who only look.

Checked in the services, not only by hiding buttons: a read-only context's sessions refuse
to write anything at all (every flush and every INSERT/UPDATE/DELETE statement), and the few
admin-only actions (managing users) check the role themselves.
"""

from __future__ import annotations

from typing import Any, Literal

from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from creditdesk.services.errors import UserError

Role = Literal["admin", "clerk", "readonly"]
ROLES: tuple[Role, ...] = ("admin", "clerk", "readonly")
ROLE_LABELS = {"admin": "管理员", "clerk": "经办人", "readonly": "只读（领导查看）"}


class PermissionDeniedError(UserError):
    """The signed-in user's role does not allow this action."""


def _refuse_flush(session: Session, _context: Any, _instances: Any) -> None:
    if session.new or session.dirty or session.deleted:
        raise PermissionDeniedError("当前账号为只读权限，不能修改数据。")


def _refuse_dml(state: ORMExecuteState) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        raise PermissionDeniedError("当前账号为只读权限，不能修改数据。")


def make_read_only(factory: sessionmaker[Session]) -> None:
    """Make every session of ``factory`` refuse writes."""
    event.listen(factory, "before_flush", _refuse_flush)
    event.listen(factory, "do_orm_execute", _refuse_dml)


def require_role(role: str, *allowed: Role) -> None:
    """Raise unless ``role`` is one of ``allowed``."""
    if role not in allowed:
        names = "、".join(ROLE_LABELS[r] for r in allowed)
        raise PermissionDeniedError(f"此操作需要{names}权限。")
