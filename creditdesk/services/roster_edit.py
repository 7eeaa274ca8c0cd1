"""Editing the roster (成员单位): units and their aliases (别名), each edit one audited transaction.

Every write returns what its undo needs, and every undo is another call here, so the roster
page wraps them in undo commands without touching the database itself:

==========================  ==========================================================
edit                        undo
==========================  ==========================================================
``create_unit``             ``delete_unit(ctx, d.id, d.version)``
``update_unit``             ``update_unit(ctx, c.after.id, c.before.fields, c.after.version)``
``deactivate_unit``         ``reactivate_unit(ctx, d.id, d.version)`` (and the reverse)
``delete_unit``             ``restore_unit(ctx, snapshot)``
``remove_unit``             ``undo_remove_unit(ctx, result)``
``add_alias``               ``remove_alias(ctx, a.id)``
``remove_alias``            ``restore_alias(ctx, a)``
==========================  ==========================================================

A unit that anything refers to (assignments, obligations, submissions, notices) is
deactivated, never deleted: ``remove_unit`` decides which.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, fields
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, object_session
from sqlalchemy.orm.exc import StaleDataError

from creditdesk.model import (
    Alias,
    Assignment,
    GroupMember,
    Notice,
    Obligation,
    Submission,
    Unit,
    UnitGroup,
)
from creditdesk.model.unit_fields import FIELD_LABELS
from creditdesk.parsing.roster_text import clean_text, name_key
from creditdesk.services import audit
from creditdesk.services.context import ServiceContext
from creditdesk.services.errors import NotFoundError, StaleEditError, UserError
from creditdesk.services.text_rules import check_text

FIELD_LIMITS = {
    "name": 120,
    "short_name": 60,
    "category": 40,
    "liaison": 60,
    "liaison_title": 60,
    "office_phone": 60,
    "mobile": 60,
    "email": 120,
    "address": 200,
}


@dataclass(frozen=True)
class UnitFields:
    """What the clerk edits of a unit (the dialog's fields)."""

    name: str
    short_name: str = ""
    category: str = ""
    liaison: str = ""
    office_phone: str = ""
    mobile: str = ""
    email: str = ""
    address: str = ""
    notes: str = ""
    liaison_title: str | None = None
    """The liaison's position (职务), as the office's roster sheet gives it; ``None`` keeps
    the saved one (a form without the field leaves it alone)."""

    def cleaned(self) -> UnitFields:
        """The same fields trimmed (full-width spaces too), checked for length.

        Raises:
            UserError: no name, or a field longer than the database keeps.
        """
        for key, value in asdict(self).items():
            if value is not None:
                check_text(value, FIELD_LABELS[key], None)  # refuses NUL, BEL, ESC …
        values: dict[str, Any] = {
            k: v if v is None else clean_text(v) if k != "notes" else v.strip()
            for k, v in asdict(self).items()
        }
        if not values["name"]:
            raise UserError("单位名称不能为空。")
        for key, limit in FIELD_LIMITS.items():
            value = values[key]
            if value is not None and len(value) > limit:
                raise UserError(f"{FIELD_LABELS[key]}过长（最多{limit}个字）：{value[:20]}…")
        return UnitFields(**values)


UNIT_FIELD_NAMES = tuple(f.name for f in fields(UnitFields))


@dataclass(frozen=True)
class AliasRow:
    """An alias and what it names (a unit or a group)."""

    id: int
    name: str
    unit_id: int | None
    group_id: int | None


@dataclass(frozen=True)
class UnitDetail:
    """A unit as the edit dialog shows it; ``version`` is the row version it was read at."""

    id: int
    fields: UnitFields
    active: bool
    position: int
    version: int
    aliases: tuple[AliasRow, ...]

    @property
    def name(self) -> str:
        """The unit's name."""
        return self.fields.name


@dataclass(frozen=True)
class UnitChange:
    """A unit before and after an edit."""

    before: UnitDetail
    after: UnitDetail


@dataclass(frozen=True)
class UnitSnapshot:
    """Everything needed to bring back a deleted unit with its id, aliases and groups."""

    values: dict[str, Any]
    aliases: tuple[AliasRow, ...]
    group_ids: tuple[int, ...]


@dataclass(frozen=True)
class RemoveResult:
    """What ``remove_unit`` did: deleted (``snapshot`` set) or deactivated (``detail`` set)."""

    deleted: bool
    snapshot: UnitSnapshot | None = None
    detail: UnitDetail | None = None


# ------------------------------------------------------------------ helpers


@contextmanager
def write(ctx: ServiceContext, what: str) -> Iterator[Session]:
    """One transaction of a roster edit; a concurrent change becomes a StaleEditError."""
    try:
        with ctx.session_factory.begin() as session:
            yield session
    except StaleDataError as error:
        raise StaleEditError(what) from error


def load_unit(session: Session, unit_id: int) -> Unit:
    """The unit row, or a NotFoundError the user can read."""
    unit = session.get(Unit, unit_id)
    if unit is None:
        raise NotFoundError("该单位已不存在（可能已被删除或合并）。")
    return unit


def check_version(row: Unit | UnitGroup, expected: int, what: str) -> None:
    """Refuse an edit based on an old copy of the row, saying who changed it since."""
    if row.version != expected:
        session = object_session(row)
        entity = "unit" if isinstance(row, Unit) else "unit_group"
        by = audit.last_change(session, entity, row.id) if session is not None else None
        raise StaleEditError(what, theirs=audit.snapshot(row), by=by)


def detail_of(session: Session, unit: Unit) -> UnitDetail:
    """A unit row as a detached detail."""
    session.flush()
    aliases = session.scalars(select(Alias).where(Alias.unit_id == unit.id).order_by(Alias.id))
    return UnitDetail(
        unit.id,
        UnitFields(**{k: getattr(unit, k) for k in UNIT_FIELD_NAMES}),
        unit.active,
        unit.position,
        unit.version,
        tuple(alias_row(a) for a in aliases),
    )


def alias_row(alias: Alias) -> AliasRow:
    """An alias row as detached data."""
    return AliasRow(alias.id, alias.name, alias.unit_id, alias.group_id)


def name_owner(
    session: Session,
    name: str,
    *,
    unit_id: int | None = None,
    group_id: int | None = None,
    alias_id: int | None = None,
) -> str | None:
    """What already carries ``name`` (after normalisation), as a phrase; None when free.

    Unit names, group names and aliases share one name space, so that a name in a plan or a
    spreadsheet points at one unit or group only. The row being edited is passed in and does
    not count against itself.
    """
    key = name_key(name)
    for other_id, other in session.execute(select(Unit.id, Unit.name)):
        if other_id != unit_id and name_key(other) == key:
            return f"单位“{other}”"
    for other_id, other in session.execute(select(UnitGroup.id, UnitGroup.name)):
        if other_id != group_id and name_key(other) == key:
            return f"分组“{other}”"
    rows = session.execute(
        select(Alias.id, Alias.name, Alias.unit_id, Unit.name, UnitGroup.name)
        .outerjoin(Unit, Unit.id == Alias.unit_id)
        .outerjoin(UnitGroup, UnitGroup.id == Alias.group_id)
    )
    for a_id, a_name, a_unit, unit_name, group_name in rows:
        if a_id == alias_id or name_key(a_name) != key:
            continue
        if a_unit is not None and a_unit == unit_id and alias_id is None and group_id is None:
            return f"本单位的别名“{a_name}”（请先删除该别名）"
        return f"“{unit_name or group_name}”的别名“{a_name}”"
    return None


def require_name_free(session: Session, name: str, **owner: int | None) -> None:
    """Raise a UserError when ``name`` is taken (see :func:`name_owner`)."""
    taken = name_owner(session, name, **owner)
    if taken is not None:
        raise UserError(f"名称“{name}”已被{taken}使用，不能重复。")


def remove_aliases(session: Session, alias_ids: Iterable[int]) -> None:
    """Delete the aliases an import added, those still there, before its undo goes on."""
    for alias_id in alias_ids:
        alias = session.get(Alias, alias_id)
        if alias is not None:
            session.delete(alias)
    session.flush()


def unit_references(session: Session, unit_id: int) -> dict[str, int]:
    """How many rows of each kind refer to a unit (a referenced unit is never deleted)."""
    counts = {}
    for label, model in (
        ("任务分工", Assignment),
        ("应报事项", Obligation),
        ("报送材料", Submission),
        ("督办通知", Notice),
    ):
        counts[label] = (
            session.scalar(select(func.count()).select_from(model).where(model.unit_id == unit_id))
            or 0
        )
    return counts


def _set_fields(unit: Unit, values: UnitFields) -> None:
    for key in UNIT_FIELD_NAMES:
        if getattr(values, key) is not None:
            setattr(unit, key, getattr(values, key))


# ------------------------------------------------------------------ reads


def get_unit(ctx: ServiceContext, unit_id: int) -> UnitDetail:
    """One unit with its aliases, for the edit dialog."""
    with ctx.session_factory() as session:
        return detail_of(session, load_unit(session, unit_id))


def is_referenced(ctx: ServiceContext, unit_id: int) -> bool:
    """Whether removing the unit would deactivate rather than delete it."""
    with ctx.session_factory() as session:
        return any(unit_references(session, unit_id).values())


# ------------------------------------------------------------------ unit edits


def create_unit(ctx: ServiceContext, values: UnitFields, position: int | None = None) -> UnitDetail:
    """Add a unit at the end of the roster (or at ``position``).

    Raises:
        UserError: no name, or the name is already a unit, group or alias.
    """
    values = values.cleaned()
    with write(ctx, "单位") as session:
        require_name_free(session, values.name)
        if position is None:
            position = (session.scalar(select(func.max(Unit.position))) or 0) + 1
        unit = Unit(position=position, active=True)
        _set_fields(unit, values)
        session.add(unit)
        session.flush()
        audit.record(session, ctx, "新增单位", "unit", unit.id, None, audit.snapshot(unit))
        return detail_of(session, unit)


def update_unit(
    ctx: ServiceContext, unit_id: int, values: UnitFields, expected_version: int
) -> UnitChange:
    """Save a unit edited from a copy read at ``expected_version``.

    Raises:
        StaleEditError: the unit changed since; nothing is written.
        UserError: the new name is taken or a field is invalid.
    """
    values = values.cleaned()
    with write(ctx, "该单位") as session:
        unit = load_unit(session, unit_id)
        check_version(unit, expected_version, f"单位“{unit.name}”")
        before = detail_of(session, unit)
        if values.name != unit.name:
            require_name_free(session, values.name, unit_id=unit.id)
        if values == before.fields:
            return UnitChange(before, before)
        snap = audit.snapshot(unit)
        _set_fields(unit, values)
        session.flush()
        audit.record(session, ctx, "修改单位", "unit", unit.id, snap, audit.snapshot(unit))
        return UnitChange(before, detail_of(session, unit))


def _set_active(
    ctx: ServiceContext, unit_id: int, expected_version: int, active: bool
) -> UnitDetail:
    with write(ctx, "该单位") as session:
        unit = load_unit(session, unit_id)
        check_version(unit, expected_version, f"单位“{unit.name}”")
        return _apply_active(session, ctx, unit, active)


def _apply_active(session: Session, ctx: ServiceContext, unit: Unit, active: bool) -> UnitDetail:
    if unit.active != active:
        snap = audit.snapshot(unit)
        unit.active = active
        session.flush()
        action = "恢复单位" if active else "撤销单位"
        audit.record(session, ctx, action, "unit", unit.id, snap, audit.snapshot(unit))
    return detail_of(session, unit)


def deactivate_unit(ctx: ServiceContext, unit_id: int, expected_version: int) -> UnitDetail:
    """Mark a unit inactive (已撤销): it keeps its history but owes nothing new."""
    return _set_active(ctx, unit_id, expected_version, False)


def reactivate_unit(ctx: ServiceContext, unit_id: int, expected_version: int) -> UnitDetail:
    """Bring an inactive unit back into the roster."""
    return _set_active(ctx, unit_id, expected_version, True)


def snapshot_unit(session: Session, unit: Unit) -> UnitSnapshot:
    """The unit, its aliases and its group memberships, enough to restore it."""
    aliases = session.scalars(select(Alias).where(Alias.unit_id == unit.id).order_by(Alias.id))
    groups = session.scalars(
        select(GroupMember.group_id)
        .where(GroupMember.unit_id == unit.id)
        .order_by(GroupMember.group_id)
    )
    return UnitSnapshot(audit.snapshot(unit), tuple(alias_row(a) for a in aliases), tuple(groups))


def _delete(session: Session, ctx: ServiceContext, unit: Unit) -> UnitSnapshot:
    references = unit_references(session, unit.id)
    used = "、".join(f"{label}{n}条" for label, n in references.items() if n)
    if used:
        raise UserError(f"单位“{unit.name}”已被引用（{used}），只能撤销，不能删除。")
    snap = snapshot_unit(session, unit)
    for alias in session.scalars(select(Alias).where(Alias.unit_id == unit.id)):
        session.delete(alias)
    for member in session.scalars(select(GroupMember).where(GroupMember.unit_id == unit.id)):
        session.delete(member)
    session.flush()
    session.delete(unit)
    session.flush()
    audit.record(session, ctx, "删除单位", "unit", snap.values["id"], _audit_of(snap), None)
    return snap


def _audit_of(snap: UnitSnapshot) -> dict[str, Any]:
    return {
        **snap.values,
        "aliases": [a.name for a in snap.aliases],
        "groups": list(snap.group_ids),
    }


def delete_unit(ctx: ServiceContext, unit_id: int, expected_version: int) -> UnitSnapshot:
    """Delete a unit nothing refers to (a mistaken entry), with its aliases and memberships.

    Raises:
        UserError: the unit is referenced; deactivate it instead.
        StaleEditError: the unit changed since it was read.
    """
    with write(ctx, "该单位") as session:
        unit = load_unit(session, unit_id)
        check_version(unit, expected_version, f"单位“{unit.name}”")
        return _delete(session, ctx, unit)


def remove_unit(ctx: ServiceContext, unit_id: int, expected_version: int) -> RemoveResult:
    """The roster's 删除 button: delete an unreferenced unit, deactivate a referenced one."""
    with write(ctx, "该单位") as session:
        unit = load_unit(session, unit_id)
        check_version(unit, expected_version, f"单位“{unit.name}”")
        if any(unit_references(session, unit.id).values()):
            return RemoveResult(False, detail=_apply_active(session, ctx, unit, False))
        return RemoveResult(True, snapshot=_delete(session, ctx, unit))


def restore_unit(ctx: ServiceContext, snapshot: UnitSnapshot) -> UnitDetail:
    """Bring back a deleted unit with its id, aliases and group memberships (undo of delete).

    Raises:
        UserError: its name or an alias has been given to something else meanwhile.
    """
    values = {k: v for k, v in snapshot.values.items() if k != "version"}
    with write(ctx, "该单位") as session:
        if session.get(Unit, values["id"]) is not None:
            raise UserError(f"单位“{values['name']}”已存在，无需还原。")
        require_name_free(session, values["name"])
        for alias in snapshot.aliases:
            require_name_free(session, alias.name)
        unit = Unit(**values)
        session.add(unit)
        session.flush()
        for alias in snapshot.aliases:
            session.add(Alias(id=alias.id, name=alias.name, unit_id=unit.id))
        for group_id in snapshot.group_ids:
            if session.get(UnitGroup, group_id) is not None:
                session.add(GroupMember(group_id=group_id, unit_id=unit.id))
        session.flush()
        audit.record(session, ctx, "还原单位", "unit", unit.id, None, _audit_of(snapshot))
        return detail_of(session, unit)


def undo_remove_unit(ctx: ServiceContext, result: RemoveResult) -> UnitDetail:
    """Undo ``remove_unit``: restore the deleted unit or reactivate the deactivated one."""
    if result.snapshot is not None:
        return restore_unit(ctx, result.snapshot)
    assert result.detail is not None
    return reactivate_unit(ctx, result.detail.id, result.detail.version)


# ------------------------------------------------------------------ aliases


def add_alias(
    ctx: ServiceContext, name: str, *, unit_id: int | None = None, group_id: int | None = None
) -> AliasRow:
    """Give a unit (or a group) another name (别名) that imports will recognise.

    Raises:
        UserError: empty name, or it is already a unit, group or alias name.
    """
    name = clean_text(name)
    if not name:
        raise UserError("别名不能为空。")
    if len(name) > FIELD_LIMITS["name"]:
        raise UserError(f"别名过长（最多{FIELD_LIMITS['name']}个字）。")
    if (unit_id is None) == (group_id is None):
        raise ValueError("an alias names exactly one unit or one group")
    with write(ctx, "别名") as session:
        if unit_id is not None:
            load_unit(session, unit_id)
        elif session.get(UnitGroup, group_id) is None:
            raise NotFoundError("该分组已不存在。")
        require_name_free(session, name)
        alias = Alias(name=name, unit_id=unit_id, group_id=group_id)
        session.add(alias)
        session.flush()
        audit.record(session, ctx, "新增别名", "alias", alias.id, None, audit.snapshot(alias))
        return alias_row(alias)


def remove_alias(ctx: ServiceContext, alias_id: int) -> AliasRow:
    """Remove an alias; returns it so undo can restore it."""
    with write(ctx, "别名") as session:
        alias = session.get(Alias, alias_id)
        if alias is None:
            raise NotFoundError("该别名已不存在。")
        row = alias_row(alias)
        snap = audit.snapshot(alias)
        session.delete(alias)
        session.flush()
        audit.record(session, ctx, "删除别名", "alias", alias_id, snap, None)
        return row


def restore_alias(ctx: ServiceContext, alias: AliasRow) -> AliasRow:
    """Put a removed alias back with its id (undo of ``remove_alias``)."""
    with write(ctx, "别名") as session:
        if alias.unit_id is not None:
            load_unit(session, alias.unit_id)
        elif session.get(UnitGroup, alias.group_id) is None:
            raise NotFoundError("该分组已不存在。")
        require_name_free(session, alias.name)
        row = Alias(id=alias.id, name=alias.name, unit_id=alias.unit_id, group_id=alias.group_id)
        session.add(row)
        session.flush()
        audit.record(session, ctx, "还原别名", "alias", row.id, None, audit.snapshot(row))
        return alias_row(row)
