"""Undoable edits of the task tree (任务) and the plan import, as service calls.

Each command's redo and undo call :mod:`creditdesk.services.task_edit` or
:mod:`creditdesk.services.plan_import`, which write the audit log. A service that refuses (a
task with logged submissions, a row another clerk changed) makes the command report the
message and mark itself obsolete, so the window's undo stack drops it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from creditdesk.services.context import ServiceContext
from creditdesk.services.errors import UserError
from creditdesk.services.plan_import import (
    ImportPreview,
    ImportResult,
    NameDecision,
    apply_import,
    preview_import,
    undo_import,
)
from creditdesk.services.task_edit import (
    BatchEdit,
    NodeFields,
    RoleSet,
    RuleFields,
    SubtreeSnapshot,
    TaskState,
    add_node,
    delete_node,
    edit_tasks,
    move_node,
    node_fields,
    rebase,
    restore_subtree,
    restore_tasks,
    set_roles,
    set_rule,
    update_node,
)
from creditdesk.ui.common.translate import translator
from creditdesk.ui.common.undo import ConflictResolver, ServiceCommand

ErrorReporter = Callable[[BaseException], None]
Changed = Callable[[int | None], None]
"""Called after every successful redo and undo with the node to select (None for none)."""


_tr = translator("TaskCommands")


@dataclass(frozen=True)
class TaskEdit:
    """What the task dialog edits: a node's text, and for a task its units and rule.

    Attributes:
        fields: label, title, text, frequency and deadline, with the version read.
        roles: units and groups by role (None for a section, which has none).
        rule: reporting rhythm, due rule and material (None: no reporting).
    """

    fields: NodeFields
    roles: RoleSet | None = None
    rule: RuleFields | None = None


def _same_fields(a: NodeFields, b: NodeFields) -> bool:
    return replace(a, version=0) == replace(b, version=0)


class _ServiceCommand(ServiceCommand):
    """A task-tree step; ``on_changed`` gets the node to select after each one that happened."""

    def __init__(
        self,
        text: str,
        ctx: ServiceContext,
        *,
        on_changed: Changed,
        on_error: ErrorReporter,
        on_conflict: ConflictResolver | None = None,
    ) -> None:
        super().__init__(text, on_error=on_error, on_conflict=on_conflict)
        self._ctx = ctx
        self._on_changed = on_changed
        self._report = on_error


class AddNodeCommand(_ServiceCommand):
    """新增任务 / 新增部分: insert a node with its units and rule; undo deletes it, redo puts
    the very same row back (so later commands on the stack still find it)."""

    def __init__(
        self,
        ctx: ServiceContext,
        plan_id: int,
        parent_id: int | None,
        kind: str,
        edit: TaskEdit,
        position: int | None,
        *,
        on_changed: Changed,
        on_error: ErrorReporter,
    ) -> None:
        text = _tr("新增部分") if kind == "section" else _tr("新增任务")
        super().__init__(text, ctx, on_changed=on_changed, on_error=on_error)
        self._plan_id = plan_id
        self._parent_id = parent_id
        self._kind = kind
        self._edit = edit
        self._position = position
        self._snapshot: SubtreeSnapshot | None = None
        self.node_id: int | None = None

    def redo(self) -> None:
        try:
            if self._snapshot is not None:
                restore_subtree(self._ctx, self._snapshot)
            else:
                self._insert()
        except UserError as error:
            self.fail(error)
            return
        self._on_changed(self.node_id)

    def _insert(self) -> None:
        fields = self._edit.fields
        node_id = add_node(
            self._ctx,
            self._plan_id,
            self._parent_id,
            self._kind,
            fields.title,
            label=fields.label,
            text=fields.text,
            position=self._position,
        )
        self.node_id = node_id
        try:
            if self._edit.roles is not None and any(self._edit.roles.by_role().values()):
                set_roles(self._ctx, node_id, self._edit.roles)
            if self._edit.rule is not None:
                set_rule(self._ctx, node_id, self._edit.rule)
        except UserError:
            delete_node(self._ctx, node_id)
            self.node_id = None
            raise

    def undo(self) -> None:
        if self.node_id is None:
            return
        try:
            self._snapshot = delete_node(self._ctx, self.node_id)
        except UserError as error:
            self.fail(error)
            return
        self._on_changed(None)


class EditNodeCommand(_ServiceCommand):
    """修改任务: text fields, units by role and the reporting rule, each only when changed.

    Redo saves fields, then roles, then rule; undo restores them in the reverse order, the
    fields last on the row's newest version (``rebase``), so the deadline phrase as written
    comes back after the old rule rewrote it.
    """

    def __init__(
        self,
        ctx: ServiceContext,
        node_id: int,
        before: TaskEdit,
        after: TaskEdit,
        *,
        on_changed: Changed,
        on_error: ErrorReporter,
        on_conflict: ConflictResolver | None = None,
    ) -> None:
        super().__init__(
            _tr("修改任务“{title}”").format(title=after.fields.title),
            ctx,
            on_changed=on_changed,
            on_error=on_error,
            on_conflict=on_conflict,
        )
        self._node_id = node_id
        self._before = before
        self._after = after
        self._first = True

    def has_changes(self) -> bool:
        """Whether saving would change anything."""
        return bool(self._steps())

    def _steps(self) -> list[str]:
        steps = []
        if not _same_fields(self._before.fields, self._after.fields):
            steps.append("fields")
        if self._before.roles != self._after.roles and self._after.roles is not None:
            steps.append("roles")
        if self._before.rule != self._after.rule:
            steps.append("rule")
        return steps

    def _apply(self, step: str, edit: TaskEdit, seen: TaskEdit, version: int | None) -> None:
        if step == "fields":
            if version is None:
                version = node_fields(self._ctx, self._node_id).version
            self.save_or_resolve(
                lambda on: update_node(self._ctx, self._node_id, rebase(edit.fields, on)),
                version,
                lambda theirs: theirs.version if isinstance(theirs, NodeFields) else None,
            )
        elif step == "roles":  # based on the units ``seen``: another clerk's change wins
            assert edit.roles is not None
            set_roles(self._ctx, self._node_id, edit.roles, expected=seen.roles)
        else:
            set_rule(self._ctx, self._node_id, edit.rule, expected=seen.rule)

    def _run(self, steps: list[str], to: TaskEdit, back: TaskEdit, version: int | None) -> None:
        done: list[str] = []
        try:
            for step in steps:
                self._apply(step, to, back, version)
                done.append(step)
        except UserError as error:
            for step in reversed(done):  # best effort: leave the task as it was
                try:
                    self._apply(step, back, to, None)
                except UserError:
                    break
            self.fail(error)
            return
        self._on_changed(self._node_id)

    def redo(self) -> None:
        # The first save checks the version the dialog read: another clerk's change wins.
        version = self._after.fields.version if self._first else None
        self._first = False
        self._run(self._steps(), self._after, self._before, version)

    def undo(self) -> None:
        self._run(list(reversed(self._steps())), self._before, self._after, None)


class BatchEditCommand(_ServiceCommand):
    """批量修改任务: one rhythm, deadline or units for many tasks, one undo step for all.

    The first redo applies the edit; undo and later redos put every task back exactly as it
    was before or after (refused whole when another clerk changed one of them meanwhile).
    """

    def __init__(
        self,
        ctx: ServiceContext,
        node_ids: list[int],
        edit: BatchEdit,
        *,
        on_changed: Changed,
        on_error: ErrorReporter,
    ) -> None:
        super().__init__(
            _tr("批量修改{n}项任务").format(n=len(node_ids)),
            ctx,
            on_changed=on_changed,
            on_error=on_error,
        )
        self._node_ids = node_ids
        self._edit = edit
        self._states: tuple[list[TaskState], list[TaskState]] | None = None

    def redo(self) -> None:
        try:
            if self._states is None:
                self._states = edit_tasks(self._ctx, self._node_ids, self._edit)
            else:
                before, after = self._states
                restore_tasks(self._ctx, after, expected=before)
        except UserError as error:
            self.fail(error)
            return
        self._on_changed(self._node_ids[0])

    def undo(self) -> None:
        if self._states is None:
            return
        before, after = self._states
        try:
            restore_tasks(self._ctx, before, expected=after)
        except UserError as error:
            self.fail(error)
            return
        self._on_changed(self._node_ids[0])


class DeleteNodeCommand(_ServiceCommand):
    """删除任务: the node and its subtree; undo restores them with their ids."""

    def __init__(
        self,
        ctx: ServiceContext,
        node_id: int,
        title: str,
        *,
        on_changed: Changed,
        on_error: ErrorReporter,
    ) -> None:
        super().__init__(
            _tr("删除“{title}”").format(title=title), ctx, on_changed=on_changed, on_error=on_error
        )
        self._node_id = node_id
        self._snapshot: SubtreeSnapshot | None = None

    def redo(self) -> None:
        try:
            self._snapshot = delete_node(self._ctx, self._node_id)
        except UserError as error:
            self.fail(error)
            return
        self._on_changed(None)

    def undo(self) -> None:
        if self._snapshot is None:
            return
        try:
            restore_subtree(self._ctx, self._snapshot)
        except UserError as error:
            self.fail(error)
            return
        self._on_changed(self._node_id)


class MoveNodeCommand(_ServiceCommand):
    """移动任务: under another parent or to another place among its siblings."""

    def __init__(
        self,
        ctx: ServiceContext,
        node_id: int,
        parent_id: int | None,
        position: int,
        *,
        on_changed: Changed,
        on_error: ErrorReporter,
    ) -> None:
        super().__init__(_tr("移动任务"), ctx, on_changed=on_changed, on_error=on_error)
        self._node_id = node_id
        self._to = (parent_id, position)
        self._back: tuple[int | None, int] | None = None

    def redo(self) -> None:
        try:
            self._back = move_node(self._ctx, self._node_id, *self._to)
        except UserError as error:
            self.fail(error)
            return
        self._on_changed(self._node_id)

    def undo(self) -> None:
        if self._back is None:
            return
        try:
            move_node(self._ctx, self._node_id, *self._back)
        except UserError as error:
            self.fail(error)
            return
        self._on_changed(self._node_id)


class ImportPlanCommand(_ServiceCommand):
    """导入工作要点 as one undo step.

    The import itself ran as a background job before the command was pushed, so the first
    redo only records it; undo calls ``undo_import``; a later redo imports the reviewed draft
    again with the same decisions (compared afresh with what is saved by then).
    """

    def __init__(
        self,
        ctx: ServiceContext,
        preview: ImportPreview,
        decisions: dict[str, NameDecision],
        source_name: str,
        result: ImportResult,
        *,
        on_changed: Changed,
        on_error: ErrorReporter,
    ) -> None:
        super().__init__(_tr("导入工作要点"), ctx, on_changed=on_changed, on_error=on_error)
        self._preview = preview
        self._decisions = decisions
        self._source_name = source_name
        self.result: ImportResult | None = result
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._on_changed(None)
            return
        try:
            preview = preview_import(self._ctx, self._preview.draft, self._preview.year)
            preview.starts_on = self._preview.starts_on  # the start the clerk chose
            self.result = apply_import(
                self._ctx, preview, self._decisions, source_name=self._source_name
            )
        except UserError as error:
            self.fail(error)
            return
        self._applied = True
        self._on_changed(None)

    def undo(self) -> None:
        if self.result is None:
            return
        try:
            undo_import(self._ctx, self.result.undo)
        except Exception as error:  # a refusal, or the database's: the import stays
            self.setObsolete(True)
            self._report(error)
            return
        self._applied = False
        self._on_changed(None)
