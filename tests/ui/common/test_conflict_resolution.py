"""Two clerks change the settings at once: the later one sees both and keeps one; nothing lost."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from creditdesk.services.errors import StaleEditError, UserError
from creditdesk.services.settings import OfficeSettings, load_settings, save_settings
from creditdesk.services.workspace import Workspace
from creditdesk.ui.common.conflict_dialog import ConflictDialog
from creditdesk.ui.common.undo import EditSettingsCommand


def _race(workspace: Workspace, reapply: bool) -> tuple[OfficeSettings, list[StaleEditError]]:
    ctx = workspace.context
    opened = load_settings(ctx)  # the clerk opens 设置
    save_settings(ctx, replace(opened, contact_person="另一位办事员"))  # someone saves first
    seen: list[StaleEditError] = []
    errors: list[UserError] = []

    def decide(error: StaleEditError) -> bool:
        seen.append(error)
        return reapply

    stack = QUndoStack()
    stack.push(
        EditSettingsCommand(
            ctx,
            opened,
            replace(opened, contact_phone="0396-1111111"),
            on_saved=lambda _s: None,
            on_error=errors.append,
            on_conflict=decide,
        )
    )
    assert errors == []
    return load_settings(ctx), seen


def test_reapply_puts_the_clerks_values_on_top(workspace: Workspace) -> None:
    saved, seen = _race(workspace, reapply=True)
    assert saved.contact_phone == "0396-1111111"
    assert seen and isinstance(seen[0].theirs, OfficeSettings)
    assert seen[0].theirs.contact_person == "另一位办事员"


def test_discard_keeps_the_other_clerks_save(workspace: Workspace) -> None:
    saved, seen = _race(workspace, reapply=False)
    assert (saved.contact_person, saved.contact_phone) == ("另一位办事员", "")
    assert len(seen) == 1


def test_the_dialog_lists_only_the_fields_that_differ(qtbot: QtBot) -> None:
    theirs = OfficeSettings(contact_person="另一位办事员", version=3)
    mine = OfficeSettings(contact_phone="0396-1111111", version=2)
    error = StaleEditError("单位设置", theirs=theirs, mine=mine, by="王芳（2026-11-22 09:30）")
    dialog = ConflictDialog(
        error, {"contact_person": "联系人", "contact_phone": "联系电话", "doc_prefix": "文号前缀"}
    )
    qtbot.addWidget(dialog)
    rows = [dialog.ui.table.item(r, 0).text() for r in range(dialog.ui.table.rowCount())]
    assert rows == ["联系人", "联系电话"]
    assert dialog.ui.table.item(0, 1).text() == "另一位办事员"
    assert "王芳" in dialog.ui.messageLabel.text()
