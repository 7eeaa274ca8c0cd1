"""Importing the office's unit spreadsheet into the roster: preview, apply, undo.

Rows are matched to units by name, short name (简称) or alias after trimming widths and
spaces (see ``parsing.roster_text.name_key``). The preview sorts them into new, changed
(field by field) and unchanged units, plus rows it will not import and why. Applying writes
everything in one transaction with one audit entry per unit and a summary entry; its result
undoes the whole import in one step.

A blank cell never erases a value the roster has (the file may simply not know it), and an
import never renames or deletes a unit: a different spelling of a known unit becomes an alias.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from creditdesk.model import Alias, Unit, UnitGroup
from creditdesk.model.unit_fields import FIELD_LABELS, UNIT_FIELDS
from creditdesk.parsing.roster_sheet import RosterSheet, RosterSheetError, rows_from_grid
from creditdesk.parsing.roster_text import name_key
from creditdesk.parsing.spreadsheet import read_grid
from creditdesk.services import audit
from creditdesk.services.context import ServiceContext
from creditdesk.services.errors import StaleEditError, UserError
from creditdesk.services.roster_edit import (
    FIELD_LIMITS,
    UnitFields,
    load_unit,
    name_owner,
    remove_aliases,
    unit_references,
    write,
)
from creditdesk.services.roster_mapping import remembered_layout

IMPORTED_FIELDS = tuple(f for f in UNIT_FIELDS if f != "name")
"""The fields a sheet updates on a unit it finds by name."""
_ALIAS_SPLIT = re.compile(r"[、，,;；/]+")


class RosterImportError(UserError):
    """The file cannot be imported; the message names the file and, where known, the row."""


@dataclass(frozen=True)
class FieldChange:
    """One field of a unit the import changes."""

    field: str
    label: str
    old: str
    new: str


@dataclass(frozen=True)
class NewUnit:
    """A row that becomes a new unit."""

    row_number: int
    fields: UnitFields
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class ChangedUnit:
    """A known unit whose fields, aliases or state the row changes.

    ``version`` is the unit's version at preview time; applying refuses if it moved since.
    """

    unit_id: int
    name: str
    version: int
    row_number: int
    changes: tuple[FieldChange, ...]
    new_aliases: tuple[str, ...] = ()
    reactivate: bool = False


@dataclass(frozen=True)
class UnchangedUnit:
    """A known unit the row does not change."""

    unit_id: int
    name: str
    row_number: int


@dataclass(frozen=True)
class RowProblem:
    """A row (or part of one) that will not be imported, and why."""

    row_number: int
    name: str
    message: str


@dataclass(frozen=True)
class RosterImportPreview:
    """What applying the sheet would do; shown to the clerk before anything is written."""

    sheet: RosterSheet
    new: tuple[NewUnit, ...]
    changed: tuple[ChangedUnit, ...]
    unchanged: tuple[UnchangedUnit, ...]
    problems: tuple[RowProblem, ...]
    not_in_file: tuple[str, ...]

    @property
    def file_name(self) -> str:
        """The imported file's name."""
        return self.sheet.grid.file_name

    def summary(self) -> str:
        """新增 3 个，修改 2 个，无变化 40 个（2 行未导入）."""
        text = (
            f"新增 {len(self.new)} 个，修改 {len(self.changed)} 个，无变化 {len(self.unchanged)} 个"
        )
        if self.problems:
            text += f"（{len(self.problems)} 处问题）"
        return text

    def refusal(self) -> str | None:
        """Why the file cannot be imported as it is, or None when it can.

        An import is all or nothing: a file with any refused row is not imported at all, so
        the clerk fixes the file and imports it again instead of chasing the missing rows.
        """
        if not self.problems:
            return None
        first = self.problems[0]
        return (
            f"“{self.file_name}”有 {len(self.problems)} 处问题（第{first.row_number}行"
            f"{first.name and '“' + first.name + '”'}：{first.message}等），整个文件未导入。"
            "请修改文件后重新导入。"
        )


@dataclass(frozen=True)
class RosterImportUndo:
    """What an applied import changed, for ``undo_roster_import``."""

    file_name: str
    created_ids: tuple[int, ...] = ()
    changed: tuple[tuple[int, dict[str, Any], int], ...] = ()
    """(unit id, field values before, version after) per changed unit."""
    added_alias_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class RosterImportResult:
    """An applied import: the units created and changed, and its undo."""

    created_ids: tuple[int, ...]
    changed_ids: tuple[int, ...]
    undo: RosterImportUndo
    summary: str = ""


# ------------------------------------------------------------------ reading


def read_roster_file(
    path: Path,
    *,
    sheet: str | None = None,
    header_row: int | None = None,
    mapping: Mapping[str, int] | None = None,
    remembered_in: Path | None = None,
) -> RosterSheet:
    """Read a roster file, using the clerk's mapping, a remembered one, or the guessed one.

    Args:
        path: .xlsx, .csv (UTF-8 or GBK) or .xls (through LibreOffice).
        sheet: the worksheet; the first visible one when None.
        header_row: 1-based header row, with ``mapping`` from the column-mapping step.
        mapping: field → 0-based column from the column-mapping step.
        remembered_in: the workspace folder whose remembered layouts to try first.

    Raises:
        RosterImportError: the file cannot be read as a roster (message names file and row).
    """
    try:
        grid = read_grid(path, sheet)
        if mapping is None and header_row is None and remembered_in is not None:
            remembered = remembered_layout(remembered_in, grid)
            if remembered is not None:
                header_row, mapping = remembered
        return rows_from_grid(grid, header_row, mapping)
    except RosterSheetError as error:
        raise RosterImportError(str(error)) from error


# ------------------------------------------------------------------ preview


@dataclass
class _Index:
    """Name keys of the roster: unit names, short names and aliases; group names."""

    units: dict[int, Unit]
    aliases: dict[int, list[str]]
    keys: dict[str, set[int]] = field(default_factory=dict)
    name_keys: dict[str, int] = field(default_factory=dict)
    group_keys: set[str] = field(default_factory=set)

    @classmethod
    def build(cls, session: Session) -> _Index:
        units = {u.id: u for u in session.scalars(select(Unit))}
        aliases: dict[int, list[str]] = {}
        index = cls(units, aliases)
        for unit in units.values():
            index.name_keys[name_key(unit.name)] = unit.id
            index._add(unit.name, unit.id)
            if unit.short_name:
                index._add(unit.short_name, unit.id)
        for alias in session.scalars(select(Alias)):
            if alias.unit_id is not None:
                aliases.setdefault(alias.unit_id, []).append(alias.name)
                index._add(alias.name, alias.unit_id)
            else:
                index.group_keys.add(name_key(alias.name))
        index.group_keys.update(name_key(n) for n in session.scalars(select(UnitGroup.name)))
        return index

    def _add(self, name: str, unit_id: int) -> None:
        self.keys.setdefault(name_key(name), set()).add(unit_id)

    def known_keys(self, unit_id: int) -> set[str]:
        unit = self.units[unit_id]
        return {name_key(n) for n in (unit.name, unit.short_name, *self.aliases.get(unit_id, []))}


def _file_aliases(values: Mapping[str, str]) -> list[str]:
    return [a.strip() for a in _ALIAS_SPLIT.split(values.get("aliases", "")) if a.strip()]


def _limit_problem(number: int, name: str, values: Mapping[str, str]) -> RowProblem | None:
    for key, limit in FIELD_LIMITS.items():
        if len(values.get(key, "")) > limit:
            return RowProblem(
                number, name, f"{FIELD_LABELS[key]}过长（最多{limit}个字），该行未导入"
            )
    return None


def preview_roster_import(ctx: ServiceContext, sheet: RosterSheet) -> RosterImportPreview:
    """Compare a read sheet with the roster; writes nothing."""
    with ctx.session_factory() as session:
        index = _Index.build(session)
        return _Preview(index, sheet).run()


class _Preview:
    def __init__(self, index: _Index, sheet: RosterSheet) -> None:
        self.index = index
        self.sheet = sheet
        self.new: list[NewUnit] = []
        self.changed: list[ChangedUnit] = []
        self.unchanged: list[UnchangedUnit] = []
        self.problems: list[RowProblem] = []
        self.seen_units: dict[int, int] = {}
        self.claimed: dict[str, int] = {}  # name key → row that brings it in (new names, aliases)

    def run(self) -> RosterImportPreview:
        for refused in self.sheet.refused:
            self.problems.append(RowProblem(refused.row_number, "", refused.reason))
        for row in self.sheet.rows:
            values = row.values
            name = values.get("name", "")
            problem = _limit_problem(row.row_number, name, values)
            if problem is not None:
                self.problems.append(problem)
                continue
            unit_id, problem = self._match(row.row_number, values)
            if problem is not None:
                self.problems.append(problem)
            elif unit_id is None:
                self._new(row.row_number, values)
            else:
                self._known(row.row_number, unit_id, values)
        seen = set(self.seen_units)
        missing = tuple(
            u.name
            for u in sorted(self.index.units.values(), key=lambda u: (u.position, u.name))
            if u.id not in seen and u.active
        )
        return RosterImportPreview(
            self.sheet,
            tuple(self.new),
            tuple(self.changed),
            tuple(self.unchanged),
            tuple(sorted(self.problems, key=lambda p: p.row_number)),
            missing,
        )

    def _match(
        self, number: int, values: Mapping[str, str]
    ) -> tuple[int | None, RowProblem | None]:
        name = values["name"]
        key = name_key(name)
        if key in self.index.group_keys:
            return None, RowProblem(number, name, "与分组名称相同，该行未导入")
        found = self.index.keys.get(key, set())
        if not found:
            for other in (values.get("short_name", ""), *_file_aliases(values)):
                if other:
                    found = found | self.index.keys.get(name_key(other), set())
        if len(found) > 1:
            names = "、".join(sorted(self.index.units[u].name for u in found))
            return None, RowProblem(number, name, f"同时对应多个单位（{names}），该行未导入")
        if found:
            unit_id = next(iter(found))
            if unit_id in self.seen_units:
                first = self.seen_units[unit_id]
                return None, RowProblem(number, name, f"与第{first}行是同一单位，该行未导入")
            self.seen_units[unit_id] = number
            return unit_id, None
        if key in self.claimed:
            return None, RowProblem(number, name, f"与第{self.claimed[key]}行重复，该行未导入")
        return None, None

    def _claim(self, number: int, name: str) -> str | None:
        """Reserve a new name or alias for this row; the reason when it is taken."""
        key = name_key(name)
        if key in self.claimed and self.claimed[key] != number:
            return f"“{name}”已在第{self.claimed[key]}行使用"
        if key in self.index.keys or key in self.index.group_keys:
            return f"“{name}”已是其他单位或分组的名称"
        self.claimed[key] = number
        return None

    def _new(self, number: int, values: Mapping[str, str]) -> None:
        name = values["name"]
        self.claimed[name_key(name)] = number
        aliases = []
        for alias in _file_aliases(values):
            if name_key(alias) == name_key(name):
                continue
            taken = self._claim(number, alias)
            if taken is None:
                aliases.append(alias)
            else:
                self.problems.append(RowProblem(number, name, f"别名{taken}，未添加"))
        fields = UnitFields(name=name, **{k: values.get(k, "") for k in IMPORTED_FIELDS})
        self.new.append(NewUnit(number, fields, tuple(aliases)))

    def _known(self, number: int, unit_id: int, values: Mapping[str, str]) -> None:
        unit = self.index.units[unit_id]
        changes = []
        for key in IMPORTED_FIELDS:
            new = values.get(key, "")
            old = getattr(unit, key)
            if new and new != old:
                changes.append(FieldChange(key, FIELD_LABELS[key], old, new))
        known = self.index.known_keys(unit_id)
        aliases = []
        for spelling in (values["name"], *_file_aliases(values)):
            key = name_key(spelling)
            if key in known:
                continue
            taken = self._claim(number, spelling)
            if taken is None:
                aliases.append(spelling)
                known.add(key)
            else:
                self.problems.append(RowProblem(number, unit.name, f"别名{taken}，未添加"))
        if changes or aliases or not unit.active:
            self.changed.append(
                ChangedUnit(
                    unit.id,
                    unit.name,
                    unit.version,
                    number,
                    tuple(changes),
                    tuple(aliases),
                    reactivate=not unit.active,
                )
            )
        else:
            self.unchanged.append(UnchangedUnit(unit.id, unit.name, number))


# ------------------------------------------------------------------ apply and undo


def apply_roster_import(ctx: ServiceContext, preview: RosterImportPreview) -> RosterImportResult:
    """Write a previewed import in one transaction (all or nothing).

    Raises:
        RosterImportError: the preview has refused rows (see
            :meth:`RosterImportPreview.refusal`); nothing is written.
        StaleEditError: a unit changed since the preview; nothing is written.
        UserError: a name became taken since the preview; nothing is written.
    """
    refusal = preview.refusal()
    if refusal is not None:
        raise RosterImportError(refusal)
    created: list[int] = []
    changed: list[tuple[int, dict[str, Any], int]] = []
    added_aliases: list[int] = []
    with write(ctx, "名册") as session:
        for item in preview.changed:
            unit = load_unit(session, item.unit_id)
            if unit.version != item.version:
                raise StaleEditError(f"单位“{unit.name}”在预览之后")
            before = audit.snapshot(unit)
            for change in item.changes:
                setattr(unit, change.field, change.new)
            if item.reactivate:
                unit.active = True
            session.flush()
            added_aliases += _add_aliases(session, unit.id, item.new_aliases)
            changed.append((unit.id, before, unit.version))
            after = {**audit.snapshot(unit), "new_aliases": list(item.new_aliases)}
            audit.record(session, ctx, "导入名册：修改单位", "unit", unit.id, before, after)
        position = session.scalar(select(func.max(Unit.position))) or 0
        for offset, new in enumerate(preview.new, start=1):
            taken = name_owner(session, new.fields.name)
            if taken is not None:
                raise UserError(f"第{new.row_number}行：名称“{new.fields.name}”已被{taken}使用。")
            unit = Unit(position=position + offset, active=True, **vars(new.fields.cleaned()))
            session.add(unit)
            session.flush()
            added_aliases += _add_aliases(session, unit.id, new.aliases)
            created.append(unit.id)
            after = {**audit.snapshot(unit), "aliases": list(new.aliases)}
            audit.record(session, ctx, "导入名册：新增单位", "unit", unit.id, None, after)
        summary = preview.summary()
        audit.record(
            session,
            ctx,
            "导入名册",
            "roster_import",
            preview.file_name,
            None,
            {
                "file": preview.file_name,
                "sheet": preview.sheet.grid.sheet_name,
                "new": len(preview.new),
                "changed": len(preview.changed),
                "unchanged": len(preview.unchanged),
                "not_imported": len(preview.problems),
            },
        )
    undo = RosterImportUndo(preview.file_name, tuple(created), tuple(changed), tuple(added_aliases))
    return RosterImportResult(tuple(created), tuple(c[0] for c in changed), undo, summary)


def _add_aliases(session: Session, unit_id: int, names: tuple[str, ...]) -> list[int]:
    ids = []
    for name in names:
        taken = name_owner(session, name)
        if taken is not None:
            raise UserError(f"别名“{name}”已被{taken}使用。")
        alias = Alias(name=name, unit_id=unit_id)
        session.add(alias)
        session.flush()
        ids.append(alias.id)
    return ids


def undo_roster_import(ctx: ServiceContext, undo: RosterImportUndo) -> None:
    """Take back a whole import in one step (another audited transaction).

    Raises:
        StaleEditError: a unit the import changed has been edited since.
        UserError: a unit the import created is now referenced (deactivate it instead).
    """
    with write(ctx, "名册") as session:
        for unit_id, _, version_after in undo.changed:
            unit = load_unit(session, unit_id)
            if unit.version != version_after:
                raise StaleEditError(f"单位“{unit.name}”在导入之后")
        remove_aliases(session, undo.added_alias_ids)
        for unit_id in undo.created_ids:
            unit = load_unit(session, unit_id)
            if any(unit_references(session, unit_id).values()):
                raise UserError(f"导入新增的单位“{unit.name}”已被引用，无法撤销这次导入。")
            snap = audit.snapshot(unit)
            session.delete(unit)
            audit.record(session, ctx, "撤销导入名册：删除单位", "unit", unit_id, snap, None)
        for unit_id, before, _ in undo.changed:
            unit = load_unit(session, unit_id)
            snap = audit.snapshot(unit)
            for key in (*IMPORTED_FIELDS, "active"):
                setattr(unit, key, before[key])
            session.flush()
            audit.record(
                session, ctx, "撤销导入名册：还原单位", "unit", unit_id, snap, audit.snapshot(unit)
            )
        audit.record(
            session,
            ctx,
            "撤销导入名册",
            "roster_import",
            undo.file_name,
            None,
            {"deleted": len(undo.created_ids), "restored": len(undo.changed)},
        )
