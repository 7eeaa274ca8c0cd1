"""Two clerks edit one unit: the later save shows both versions and keeps the clerk's choice."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from factories import add_units
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from creditdesk.services.context import ServiceContext
from creditdesk.services.errors import StaleEditError, UserError
from creditdesk.services.roster import list_units
from creditdesk.services.roster_edit import get_unit, update_unit
from creditdesk.services.workspace import Workspace
from creditdesk.ui.common.page import Page
from creditdesk.ui.roster.roster_commands import CommandHooks, SetActiveCommand
from creditdesk.ui.roster.roster_page import RosterPage
from creditdesk.ui.roster.unit_dialog import UnitDialog
from creditdesk.ui.shell.main_window import MainWindow

ShowPage = Callable[[MainWindow, int], Page[Any]]
CZJ = "青禾县财政局"


def _race(
    qtbot: QtBot, window: MainWindow, show_page: ShowPage, workspace: Workspace, reapply: bool
) -> tuple[str, str, list[StaleEditError]]:
    page = show_page(window, 2)
    assert isinstance(page, RosterPage)
    unit_id = next(u.id for u in list_units(workspace.context) if u.name == CZJ)
    page.select_units([unit_id])
    dialog = page.edit_unit()
    assert isinstance(dialog, UnitDialog)
    # another clerk saves the same unit while the dialog is open
    detail = get_unit(workspace.context, unit_id)
    update_unit(workspace.context, unit_id, replace(detail.fields, liaison="周敏"), detail.version)
    shown: list[StaleEditError] = []

    def decide(error: StaleEditError) -> bool:
        shown.append(error)
        return reapply

    page.resolve_conflict = decide
    dialog.ui.mobileEdit.setText("13900000000")
    dialog.accept()
    for box in QApplication.topLevelWidgets():
        if isinstance(box, QMessageBox) and box.isVisible():
            box.close()
    saved = get_unit(workspace.context, unit_id).fields
    return saved.liaison, saved.mobile, shown


@pytest.mark.parametrize("reapply", [True, False], ids=["re-apply", "discard"])
def test_a_unit_saved_meanwhile_by_another_clerk_shows_both_versions(
    qtbot: QtBot, demo_window: MainWindow, show_page: ShowPage, demo_workspace: Workspace,
    reapply: bool,
) -> None:  # fmt: skip
    liaison, mobile, shown = _race(qtbot, demo_window, show_page, demo_workspace, reapply)
    assert len(shown) == 1
    theirs = shown[0].theirs
    assert isinstance(theirs, dict) and theirs["liaison"] == "周敏"
    if reapply:  # the clerk's values on top: their mobile, and the dialog's liaison as read
        assert mobile == "13900000000"
    else:  # discarded: the other clerk's save stands untouched
        assert (liaison, mobile) == ("周敏", theirs["mobile"])


@pytest.mark.parametrize("reapply", [True, False], ids=["re-apply", "discard"])
def test_stopping_a_unit_another_clerk_just_edited_shows_both_versions(
    ctx: ServiceContext, reapply: bool
) -> None:
    """停用 on a unit someone saved meanwhile offers the same choice as a field edit."""
    with ctx.session_factory.begin() as session:
        (unit,) = add_units(session, "县税务局")
        unit_id = unit.id
    opened = get_unit(ctx, unit_id)  # the clerk opens the unit
    update_unit(ctx, unit_id, replace(opened.fields, liaison="周敏"), opened.version)
    shown: list[StaleEditError] = []
    errors: list[UserError] = []

    def decide(error: StaleEditError) -> bool:
        shown.append(error)
        return reapply

    hooks = CommandHooks(lambda: None, errors.append, conflict=decide)
    QUndoStack().push(SetActiveCommand(ctx, hooks, opened, False))
    now = get_unit(ctx, unit_id)
    assert len(shown) == 1
    assert isinstance(shown[0].theirs, dict) and shown[0].theirs["liaison"] == "周敏"
    assert now.fields.liaison == "周敏"  # the other clerk's edit stands either way
    if reapply:
        assert not now.active and errors == []
    else:
        assert now.active and "已被" in str(errors[0])
