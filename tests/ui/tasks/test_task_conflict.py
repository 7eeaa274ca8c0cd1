"""Two clerks edit one task: the later save shows both versions; re-apply or discard."""

from __future__ import annotations

from dataclasses import replace

import pytest
from factories import add_plan, add_task, add_units
from PySide6.QtGui import QUndoStack

from creditdesk.services.context import ServiceContext
from creditdesk.services.due_rules import DueRule
from creditdesk.services.errors import StaleEditError, UserError
from creditdesk.services.task_edit import NodeFields, node_fields, update_node
from creditdesk.ui.tasks.task_commands import EditNodeCommand, TaskEdit


@pytest.mark.parametrize("reapply", [True, False], ids=["re-apply", "discard"])
def test_a_task_saved_meanwhile_shows_both_versions(ctx: ServiceContext, reapply: bool) -> None:
    with ctx.session_factory.begin() as session:
        (unit,) = add_units(session, "县税务局")
        _, section = add_plan(session, 2025)
        node_id = add_task(
            session, section, "纳税信息归集", "quarterly", DueRule("after_period_end", n=5), [unit]
        ).id
    opened = node_fields(ctx, node_id)  # the clerk opens the edit dialog
    update_node(ctx, node_id, replace(opened, text="另一位办事员改过的内容"))
    shown: list[StaleEditError] = []
    errors: list[UserError] = []

    def decide(error: StaleEditError) -> bool:
        shown.append(error)
        return reapply

    command = EditNodeCommand(
        ctx,
        node_id,
        TaskEdit(opened),
        TaskEdit(replace(opened, title="纳税信用信息归集")),
        on_changed=lambda _id: None,
        on_error=errors.append,
        on_conflict=decide,
    )
    QUndoStack().push(command)
    saved = node_fields(ctx, node_id)
    assert (
        isinstance(shown[0].theirs, NodeFields) and shown[0].theirs.text == "另一位办事员改过的内容"
    )
    if reapply:
        assert saved.title == "纳税信用信息归集" and errors == []
    else:
        assert (saved.title, saved.text) == ("纳税信息归集", "另一位办事员改过的内容")
        assert errors and "已被" in str(errors[0])
