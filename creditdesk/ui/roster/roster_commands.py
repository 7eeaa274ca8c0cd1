"""Undoable roster edits (单位, 别名, 分组, 合并, 导入): each step is a service call.

Every command calls the roster services in ``redo`` and their documented inverse in ``undo``
(see the tables in ``services/roster_edit.py`` and ``services/roster_groups.py``), keeping the
row versions the services hand back so that a second clerk's change is refused, not
overwritten. A refused step (``UserError``, including ``StaleEditError``) is reported through
the hooks and marks the command obsolete, so the stack drops it.

A redo after an undo brings back the same rows (same ids) where the services allow it, so the
commands above it on the stack still find their unit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from creditdesk.services.context import ServiceContext
from creditdesk.services.errors import StaleEditError, UserError
from creditdesk.services.progress_sheets import (
    ProgressImportPreview,
    ProgressImportResult,
    RowKey,
    apply_progress_import,
    undo_progress_import,
)
from creditdesk.services.roster_edit import (
    AliasRow,
    RemoveResult,
    UnitDetail,
    UnitFields,
    UnitSnapshot,
    add_alias,
    create_unit,
    deactivate_unit,
    delete_unit,
    get_unit,
    reactivate_unit,
    remove_alias,
    remove_unit,
    restore_alias,
    restore_unit,
    undo_remove_unit,
    update_unit,
)
from creditdesk.services.roster_groups import (
    GroupDetail,
    GroupSnapshot,
    create_group,
    delete_group,
    rename_group,
    restore_group,
    set_group_members,
)
from creditdesk.services.roster_import import (
    RosterImportPreview,
    RosterImportResult,
    apply_roster_import,
    preview_roster_import,
    undo_roster_import,
)
from creditdesk.services.unit_merge import MergeResult, merge_units, unmerge_units
from creditdesk.ui.common.translate import translator
from creditdesk.ui.common.undo import ServiceCommand

_tr = translator("RosterCommands")


def _row_version(theirs: object) -> int | None:
    """The version in a roster row's snapshot (``StaleEditError.theirs``), if it has one."""
    if isinstance(theirs, dict) and "version" in theirs:
        return int(theirs["version"])
    return None


@dataclass(frozen=True)
class CommandHooks:
    """What a command tells its page.

    Attributes:
        changed: after every successful redo or undo (the page emits its app signal).
        failed: a service refused the step; the page shows the message and refreshes.
        said: a sentence for the clerk about what just happened (删除 or 撤销, merge summary).
        conflict: shown a save another clerk overtook (both versions); True re-applies the
            clerk's values on top, False discards them. Without it the save is refused.
    """

    changed: Callable[[], None]
    failed: Callable[[UserError], None]
    said: Callable[[str], None] = lambda _text: None
    versions: VersionBook = field(default_factory=lambda: VersionBook())
    conflict: Callable[[StaleEditError], bool] | None = None


class VersionBook:
    """The row version each unit and group was last left at by this window's commands.

    Commands on one row follow each other on the stack: undoing an older one must expect the
    version the newer ones (redone or undone) left, not the one it saw itself. A change by
    another clerk still shows up as a different version, and is refused.
    """

    def __init__(self) -> None:
        self._versions: dict[tuple[str, int], int] = {}

    def get(self, kind: str, row_id: int, fallback: int) -> int:
        """The last version seen of a row, ``fallback`` when none was."""
        return self._versions.get((kind, row_id), fallback)

    def saw(self, kind: str, row_id: int, version: int) -> None:
        """Remember the version a service call returned (or a fresh read gave)."""
        self._versions[(kind, row_id)] = version


class RosterCommand(ServiceCommand):
    """A roster step, reporting back through the page's hooks.

    Attributes:
        first: whether the next :meth:`apply` is the push (not a redo after an undo).
    """

    def __init__(self, text: str, ctx: ServiceContext, hooks: CommandHooks) -> None:
        super().__init__(text, on_error=hooks.failed, on_conflict=hooks.conflict)
        self.ctx = ctx
        self.hooks = hooks
        self.first = True

    def redo(self) -> None:
        if self.attempt(self.apply):
            self.first = False
            self.succeeded()

    def succeeded(self) -> None:
        self.hooks.changed()


# ------------------------------------------------------------------ units


class CreateUnitCommand(RosterCommand):
    """新增单位, with the aliases typed in the dialog; undo deletes it, redo restores it."""

    def __init__(
        self,
        ctx: ServiceContext,
        hooks: CommandHooks,
        fields: UnitFields,
        aliases: Sequence[str] = (),
    ) -> None:
        super().__init__(_tr("新增单位“{name}”").format(name=fields.name), ctx, hooks)
        self._fields = fields
        self._aliases = tuple(aliases)
        self._detail: UnitDetail | None = None
        self._snapshot: UnitSnapshot | None = None

    @property
    def unit_id(self) -> int | None:
        """The new unit's id once created."""
        return None if self._detail is None else self._detail.id

    def apply(self) -> None:
        if self._snapshot is not None:
            self._detail = restore_unit(self.ctx, self._snapshot)
            self.hooks.versions.saw("unit", self._detail.id, self._detail.version)
            return
        detail = create_unit(self.ctx, self._fields)
        try:
            for alias in self._aliases:
                add_alias(self.ctx, alias, unit_id=detail.id)
        except UserError:
            delete_unit(self.ctx, detail.id, detail.version)  # all or nothing for the clerk
            raise
        self._detail = get_unit(self.ctx, detail.id)
        self.hooks.versions.saw("unit", detail.id, self._detail.version)

    def revert(self) -> None:
        assert self._detail is not None
        unit_id = self._detail.id
        version = self.hooks.versions.get("unit", unit_id, self._detail.version)
        self._snapshot = delete_unit(self.ctx, unit_id, version)


class UpdateUnitCommand(RosterCommand):
    """修改单位: the fields read at ``version`` become ``fields``; undo puts the old ones back."""

    def __init__(
        self,
        ctx: ServiceContext,
        hooks: CommandHooks,
        unit_id: int,
        version: int,
        fields: UnitFields,
        text: str | None = None,
    ) -> None:
        super().__init__(text or _tr("修改单位“{name}”").format(name=fields.name), ctx, hooks)
        self._unit_id = unit_id
        self._fields = fields
        self._before: UnitFields | None = None
        hooks.versions.saw("unit", unit_id, version)

    def _save(self, values: UnitFields) -> UnitFields:
        versions = self.hooks.versions
        version = versions.get("unit", self._unit_id, 0)
        change = self.save_or_resolve(
            lambda on: update_unit(self.ctx, self._unit_id, values, on),
            version,
            _row_version,
            values,
        )
        versions.saw("unit", self._unit_id, change.after.version)
        return change.before.fields

    def apply(self) -> None:
        before = self._save(self._fields)
        if self._before is None:
            self._before = before

    def revert(self) -> None:
        assert self._before is not None
        self._save(self._before)


class SetActiveCommand(RosterCommand):
    """撤销 (deactivate) or 恢复 (reactivate) a unit."""

    def __init__(
        self, ctx: ServiceContext, hooks: CommandHooks, detail: UnitDetail, active: bool
    ) -> None:
        text = _tr("恢复单位“{name}”") if active else _tr("停用单位“{name}”")
        super().__init__(text.format(name=detail.name), ctx, hooks)
        self._unit_id = detail.id
        self._active = active
        hooks.versions.saw("unit", detail.id, detail.version)

    def _set(self, active: bool) -> None:
        change = reactivate_unit if active else deactivate_unit
        versions = self.hooks.versions
        version = versions.get("unit", self._unit_id, 0)
        saved = self.save_or_resolve(
            lambda on: change(self.ctx, self._unit_id, on), version, _row_version
        )
        versions.saw("unit", self._unit_id, saved.version)

    def apply(self) -> None:
        self._set(self._active)

    def revert(self) -> None:
        self._set(not self._active)


class RemoveUnitCommand(RosterCommand):
    """删除: an unreferenced unit is deleted, a referenced one deactivated; says which."""

    def __init__(self, ctx: ServiceContext, hooks: CommandHooks, detail: UnitDetail) -> None:
        super().__init__(_tr("删除单位“{name}”").format(name=detail.name), ctx, hooks)
        self._unit_id = detail.id
        self._name = detail.name
        self._result: RemoveResult | None = None
        hooks.versions.saw("unit", detail.id, detail.version)

    @property
    def result(self) -> RemoveResult | None:
        """What the last redo did."""
        return self._result

    def apply(self) -> None:
        versions = self.hooks.versions
        self._result = remove_unit(self.ctx, self._unit_id, versions.get("unit", self._unit_id, 0))
        if self._result.detail is not None:
            versions.saw("unit", self._unit_id, self._result.detail.version)
        if self._result.deleted:
            self.setText(_tr("删除单位“{name}”").format(name=self._name))
            self.hooks.said(_tr("已删除单位“{name}”。").format(name=self._name))
        else:
            self.setText(_tr("停用单位“{name}”").format(name=self._name))
            self.hooks.said(
                _tr(
                    "“{name}”已有任务分工、报送材料等记录，不能删除，已改为停用"
                    "（勾选“显示已停用单位”可见，可随时恢复）。"
                ).format(name=self._name)
            )

    def revert(self) -> None:
        assert self._result is not None
        versions = self.hooks.versions
        if self._result.detail is not None:  # deactivated: reactivate at the version now
            version = versions.get("unit", self._unit_id, self._result.detail.version)
            restored = reactivate_unit(self.ctx, self._unit_id, version)
        else:
            restored = undo_remove_unit(self.ctx, self._result)
        versions.saw("unit", self._unit_id, restored.version)


class AddAliasCommand(RosterCommand):
    """新增别名 of a unit or a group; undo removes it, redo restores it with its id."""

    def __init__(
        self,
        ctx: ServiceContext,
        hooks: CommandHooks,
        name: str,
        *,
        unit_id: int | None = None,
        group_id: int | None = None,
    ) -> None:
        super().__init__(_tr("新增别名“{name}”").format(name=name), ctx, hooks)
        self._name = name
        self._unit_id = unit_id
        self._group_id = group_id
        self._row: AliasRow | None = None

    def apply(self) -> None:
        if self._row is None:
            self._row = add_alias(
                self.ctx, self._name, unit_id=self._unit_id, group_id=self._group_id
            )
        else:
            self._row = restore_alias(self.ctx, self._row)

    def revert(self) -> None:
        assert self._row is not None
        remove_alias(self.ctx, self._row.id)


class RemoveAliasCommand(RosterCommand):
    """删除别名; undo restores it with its id."""

    def __init__(self, ctx: ServiceContext, hooks: CommandHooks, alias: AliasRow) -> None:
        super().__init__(_tr("删除别名“{name}”").format(name=alias.name), ctx, hooks)
        self._alias = alias

    def apply(self) -> None:
        self._alias = remove_alias(self.ctx, self._alias.id)

    def revert(self) -> None:
        self._alias = restore_alias(self.ctx, self._alias)


class MergeUnitsCommand(RosterCommand):
    """合并单位: ``drop`` goes into ``keep``; undo brings ``drop`` back with all it had."""

    def __init__(
        self, ctx: ServiceContext, hooks: CommandHooks, keep: UnitDetail, drop: UnitDetail
    ) -> None:
        super().__init__(
            _tr("将“{drop}”并入“{keep}”").format(drop=drop.name, keep=keep.name), ctx, hooks
        )
        self._keep_id = keep.id
        self._drop_id = drop.id
        self._result: MergeResult | None = None
        hooks.versions.saw("unit", keep.id, keep.version)
        hooks.versions.saw("unit", drop.id, drop.version)

    @property
    def result(self) -> MergeResult | None:
        """The last merge's result (what moved)."""
        return self._result

    def apply(self) -> None:
        versions = self.hooks.versions
        keep_version = versions.get("unit", self._keep_id, 0)
        drop_version = versions.get("unit", self._drop_id, 0)
        self._result = merge_units(
            self.ctx, self._keep_id, self._drop_id, keep_version, drop_version
        )
        versions.saw("unit", self._keep_id, self._result.kept.version)
        self.hooks.said(self._result.summary())

    def revert(self) -> None:
        assert self._result is not None
        versions = self.hooks.versions
        keep_version = versions.get("unit", self._keep_id, self._result.kept.version)
        restored = unmerge_units(self.ctx, self._result.undo, keep_version)
        versions.saw("unit", self._drop_id, restored.version)
        versions.saw("unit", self._keep_id, get_unit(self.ctx, self._keep_id).version)


# ------------------------------------------------------------------ groups


class CreateGroupCommand(RosterCommand):
    """新建分组; undo deletes it, redo restores it with its id."""

    def __init__(
        self, ctx: ServiceContext, hooks: CommandHooks, name: str, member_ids: Sequence[int] = ()
    ) -> None:
        super().__init__(_tr("新建分组“{name}”").format(name=name), ctx, hooks)
        self._name = name
        self._member_ids = tuple(member_ids)
        self._detail: GroupDetail | None = None
        self._snapshot: GroupSnapshot | None = None

    @property
    def group_id(self) -> int | None:
        """The new group's id once created."""
        return None if self._detail is None else self._detail.id

    def apply(self) -> None:
        if self._snapshot is None:
            self._detail = create_group(self.ctx, self._name, member_ids=self._member_ids)
        else:
            self._detail = restore_group(self.ctx, self._snapshot)
        self.hooks.versions.saw("group", self._detail.id, self._detail.version)

    def revert(self) -> None:
        assert self._detail is not None
        group_id = self._detail.id
        version = self.hooks.versions.get("group", group_id, self._detail.version)
        self._snapshot = delete_group(self.ctx, group_id, version)


class DeleteGroupCommand(RosterCommand):
    """删除分组 (its units stay); undo restores it with its members and aliases."""

    def __init__(self, ctx: ServiceContext, hooks: CommandHooks, group: GroupDetail) -> None:
        super().__init__(_tr("删除分组“{name}”").format(name=group.name), ctx, hooks)
        self._group_id = group.id
        self._snapshot: GroupSnapshot | None = None
        hooks.versions.saw("group", group.id, group.version)

    def apply(self) -> None:
        version = self.hooks.versions.get("group", self._group_id, 0)
        self._snapshot = delete_group(self.ctx, self._group_id, version)

    def revert(self) -> None:
        assert self._snapshot is not None
        restored = restore_group(self.ctx, self._snapshot)
        self.hooks.versions.saw("group", self._group_id, restored.version)


class RenameGroupCommand(RosterCommand):
    """重命名分组."""

    def __init__(
        self, ctx: ServiceContext, hooks: CommandHooks, group: GroupDetail, name: str
    ) -> None:
        super().__init__(
            _tr("将分组“{old}”改名为“{new}”").format(old=group.name, new=name), ctx, hooks
        )
        self._group_id = group.id
        self._old, self._new = group.name, name
        hooks.versions.saw("group", group.id, group.version)

    def _rename(self, name: str) -> None:
        versions = self.hooks.versions
        version = versions.get("group", self._group_id, 0)
        change = rename_group(self.ctx, self._group_id, name, version)
        versions.saw("group", self._group_id, change.after.version)

    def apply(self) -> None:
        self._rename(self._new)

    def revert(self) -> None:
        self._rename(self._old)


class SetGroupMembersCommand(RosterCommand):
    """Add or remove members of a group: the member list read at ``version`` becomes another."""

    def __init__(
        self,
        ctx: ServiceContext,
        hooks: CommandHooks,
        group: GroupDetail,
        member_ids: Sequence[int],
        text: str,
    ) -> None:
        super().__init__(text, ctx, hooks)
        self._group_id = group.id
        self._before = group.member_ids
        self._after = tuple(member_ids)
        hooks.versions.saw("group", group.id, group.version)

    def _set(self, members: Sequence[int]) -> None:
        versions = self.hooks.versions
        version = versions.get("group", self._group_id, 0)
        change = set_group_members(self.ctx, self._group_id, members, version)
        versions.saw("group", self._group_id, change.after.version)

    def apply(self) -> None:
        self._set(self._after)

    def revert(self) -> None:
        self._set(self._before)


# ------------------------------------------------------------------ imports


class ImportRosterCommand(RosterCommand):
    """导入名册: the whole previewed import is one step; undo takes it all back.

    A redo after an undo compares the same sheet with the roster again (the versions the first
    preview recorded have moved) and applies that.
    """

    def __init__(
        self, ctx: ServiceContext, hooks: CommandHooks, preview: RosterImportPreview
    ) -> None:
        super().__init__(_tr("导入名册“{file}”").format(file=preview.file_name), ctx, hooks)
        self._preview = preview
        self._result: RosterImportResult | None = None

    @property
    def result(self) -> RosterImportResult | None:
        """The last apply's result."""
        return self._result

    def apply(self) -> None:
        preview = (
            self._preview if self.first else preview_roster_import(self.ctx, self._preview.sheet)
        )
        self._result = apply_roster_import(self.ctx, preview)
        said = _tr("已导入“{file}”：{summary}。")
        self.hooks.said(said.format(file=self._preview.file_name, summary=self._result.summary))

    def revert(self) -> None:
        assert self._result is not None
        undo_roster_import(self.ctx, self._result.undo)


class ImportProgressCommand(RosterCommand):
    """导入进展情况表: the matched and placed rows become submissions in one step."""

    def __init__(
        self,
        ctx: ServiceContext,
        hooks: CommandHooks,
        preview: ProgressImportPreview,
        placements: Mapping[RowKey, int | None],
    ) -> None:
        super().__init__(_tr("导入进展情况表“{file}”").format(file=preview.file_name), ctx, hooks)
        self._preview = preview
        self._placements = dict(placements)
        self._result: ProgressImportResult | None = None

    @property
    def result(self) -> ProgressImportResult | None:
        """The last apply's result."""
        return self._result

    def apply(self) -> None:
        self._result = apply_progress_import(self.ctx, self._preview, self._placements)
        text = _tr("已登记报送材料{n}条").format(n=len(self._result.submission_ids))
        if self._result.left_out:
            text += _tr("，未导入{n}行").format(n=len(self._result.left_out))
        if self._result.already_logged:
            text += _tr("，{n}行此前已登记").format(n=len(self._result.already_logged))
        self.hooks.said(text + _tr("。"))

    def revert(self) -> None:
        assert self._result is not None
        undo_progress_import(self.ctx, self._result)
