"""The 单位 page on the demo office: searching, editing in place and in the dialog, removing,
merging and groups, each edit undoable with Ctrl+Z."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from creditdesk.services.roster import list_units
from creditdesk.services.roster_edit import get_unit
from creditdesk.services.roster_groups import list_groups
from creditdesk.services.workspace import Workspace
from creditdesk.ui.common.page import Page
from creditdesk.ui.roster.roster_page import RosterPage
from creditdesk.ui.roster.unit_dialog import UnitDialog
from creditdesk.ui.shell.main_window import MainWindow

ShowPage = Callable[[MainWindow, int], Page[Any]]
TypeText = Callable[[QWidget, str], None]

FGW = "青禾县发展和改革委员会"
CZJ = "青禾县财政局"


@pytest.fixture
def roster(qtbot: QtBot, demo_window: MainWindow, show_page: ShowPage) -> RosterPage:
    """The 单位 page of the demo window, loaded and on screen."""
    page = show_page(demo_window, 2)
    assert isinstance(page, RosterPage)
    demo_window.activateWindow()
    qtbot.waitActive(demo_window)
    return page


def _names(page: RosterPage) -> list[str]:
    view = page.ui.unitView
    model = view.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def _column(page: RosterPage, header: str) -> int:
    model = page.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return headers.index(header)


def _index(page: RosterPage, name: str, header: str) -> QModelIndex:
    line = _names(page).index(name)
    return page.ui.unitView.model().index(line, _column(page, header))


def _select(page: RosterPage, *names: str) -> None:
    by_name = {row.name: row.id for row in page.model.rows()}
    wanted = [by_name[name] for name in names]
    page.select_units(wanted)
    assert sorted(page.selected_ids()) == sorted(wanted)


def _wait_loaded(qtbot: QtBot, page: RosterPage) -> None:
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=10000)


def _undo(qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+Z in the main window (active again after a dialog closed)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def _message_boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def _ok(qtbot: QtBot, box: QDialogButtonBox) -> None:
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _unit_named(workspace: Workspace, name: str) -> Any:
    return next(u for u in list_units(workspace.context, include_inactive=True) if u.name == name)


def test_table_shows_the_demo_roster_and_filters_by_text_and_category(
    qtbot: QtBot, roster: RosterPage, type_text: TypeText
) -> None:
    names = _names(roster)
    assert len(names) == 39 and names[0] == FGW
    assert roster.ui.countLabel.text() == "共39个单位"
    combo = roster.ui.categoryCombo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "全部类别", "县直部门", "垂管单位", "乡镇街道", "企事业单位",
    ]  # fmt: skip
    type_text(roster.ui.searchEdit, "发改委")  # an alias finds the unit
    qtbot.waitUntil(lambda: _names(roster) == [FGW], timeout=5000)
    roster.ui.searchEdit.clear()
    qtbot.waitUntil(lambda: len(_names(roster)) == 39, timeout=5000)
    combo.setCurrentIndex(combo.findText("乡镇街道"))
    qtbot.waitUntil(lambda: len(_names(roster)) == 5, timeout=5000)
    assert "城关镇人民政府" in _names(roster)
    column = _column(roster, "类别")
    model = roster.ui.unitView.model()
    assert {model.index(r, column).data() for r in range(model.rowCount())} == {"乡镇街道"}


def test_editing_a_phone_in_place_keeps_it_as_text_and_ctrl_z_restores_it(
    qtbot: QtBot, demo_window: MainWindow, roster: RosterPage, demo_workspace: Workspace,
    type_text: TypeText,
) -> None:  # fmt: skip
    view = roster.ui.unitView
    index = _index(roster, CZJ, "手机")
    before = index.data()
    view.setCurrentIndex(index)
    view.edit(index)
    (editor,) = [e for e in view.viewport().findChildren(QLineEdit) if e.isVisible()]
    editor.selectAll()
    type_text(editor, "013803960001")
    with qtbot.waitSignal(demo_window.signals.units_changed, timeout=3000):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    saved = _unit_named(demo_workspace, CZJ)
    assert saved.mobile == "013803960001"  # the leading zero survives: text, not a number
    _wait_loaded(qtbot, roster)
    assert _index(roster, CZJ, "手机").data() == "013803960001"
    assert demo_window.undo_action.text() == f"撤销 修改单位“{CZJ}”"
    with qtbot.waitSignal(demo_window.signals.units_changed, timeout=3000):
        _undo(qtbot, demo_window)
    assert _unit_named(demo_workspace, CZJ).mobile == before
    _wait_loaded(qtbot, roster)
    assert _index(roster, CZJ, "手机").data() == before


def test_editing_a_cell_another_clerk_changed_meanwhile_is_refused_and_refreshed(
    qtbot: QtBot, roster: RosterPage, demo_workspace: Workspace
) -> None:
    from dataclasses import replace

    from creditdesk.services.roster_edit import update_unit

    unit = _unit_named(demo_workspace, CZJ)
    detail = get_unit(demo_workspace.context, unit.id)
    update_unit(
        demo_workspace.context, unit.id, replace(detail.fields, liaison="周敏"), detail.version
    )
    index = _index(roster, CZJ, "联络员")
    assert roster.ui.unitView.model().setData(index, "钱进")
    (box,) = _message_boxes()
    assert "已被" in box.text() or "修改" in box.text()
    box.close()
    _wait_loaded(qtbot, roster)
    assert _unit_named(demo_workspace, CZJ).liaison == "周敏"
    assert _index(roster, CZJ, "联络员").data() == "周敏"


def test_adding_and_removing_an_alias_in_the_unit_dialog_is_one_undo_step(
    qtbot: QtBot, demo_window: MainWindow, roster: RosterPage, demo_workspace: Workspace,
    type_text: TypeText,
) -> None:  # fmt: skip
    _select(roster, FGW)
    dialog = roster.edit_unit()
    assert isinstance(dialog, UnitDialog)
    assert dialog.ui.nameEdit.text() == FGW
    aliases = dialog.ui.aliasList
    assert [aliases.item(i).text() for i in range(aliases.count())] == ["县发改委", "县发展改革委"]
    type_text(dialog.ui.aliasEdit, "发改局")
    qtbot.mouseClick(dialog.ui.addAliasButton, Qt.MouseButton.LeftButton)
    aliases.item(1).setSelected(True)  # 县发展改革委
    qtbot.mouseClick(dialog.ui.removeAliasButton, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(demo_window.signals.units_changed, timeout=3000):
        _ok(qtbot, dialog.ui.buttonBox)
    assert _unit_named(demo_workspace, FGW).aliases == ["县发改委", "发改局"]
    _wait_loaded(qtbot, roster)
    assert _index(roster, FGW, "别名").data() == "县发改委、发改局"
    assert demo_window.undo_action.text() == f"撤销 修改单位“{FGW}”"
    _undo(qtbot, demo_window)
    assert _unit_named(demo_workspace, FGW).aliases == ["县发改委", "县发展改革委"]


def test_the_liaisons_title_typed_in_the_unit_dialog_is_saved_and_shown_on_reopening(
    qtbot: QtBot, demo_window: MainWindow, roster: RosterPage, demo_workspace: Workspace,
    type_text: TypeText,
) -> None:  # fmt: skip
    """职务 sits beside 联络员; saving keeps the other fields; Ctrl+Z brings the old title back."""
    unit = _unit_named(demo_workspace, FGW)
    before = get_unit(demo_workspace.context, unit.id).fields
    _select(roster, FGW)
    dialog = roster.edit_unit()
    assert isinstance(dialog, UnitDialog)
    assert dialog.ui.liaisonTitleEdit.text() == (before.liaison_title or "")
    dialog.ui.liaisonTitleEdit.clear()
    type_text(dialog.ui.liaisonTitleEdit, "办公室副主任")
    with qtbot.waitSignal(demo_window.signals.units_changed, timeout=3000):
        _ok(qtbot, dialog.ui.buttonBox)
    saved = get_unit(demo_workspace.context, unit.id).fields
    assert saved.liaison_title == "办公室副主任"
    assert saved.liaison == before.liaison

    _wait_loaded(qtbot, roster)
    _select(roster, FGW)
    reopened = roster.edit_unit()
    assert isinstance(reopened, UnitDialog)
    assert reopened.ui.liaisonTitleEdit.text() == "办公室副主任"
    reopened.reject()
    _undo(qtbot, demo_window)
    assert get_unit(demo_workspace.context, unit.id).fields.liaison_title == before.liaison_title


def test_a_new_unit_from_ctrl_n_and_deleting_it_again_since_nothing_refers_to_it(
    qtbot: QtBot, demo_window: MainWindow, roster: RosterPage, demo_workspace: Workspace,
    type_text: TypeText,
) -> None:  # fmt: skip
    roster.ui.unitView.setFocus()
    qtbot.keyClick(roster.ui.unitView, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = roster.findChild(UnitDialog)
    assert isinstance(dialog, UnitDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "新增单位"
    type_text(dialog.ui.nameEdit, "青禾县档案馆")
    dialog.ui.categoryCombo.setCurrentText("县直部门")
    type_text(dialog.ui.officePhoneEdit, "0391-6219999")
    with qtbot.waitSignal(demo_window.signals.units_changed, timeout=3000):
        _ok(qtbot, dialog.ui.buttonBox)
    unit = _unit_named(demo_workspace, "青禾县档案馆")
    assert (unit.category, unit.office_phone) == ("县直部门", "0391-6219999")
    _wait_loaded(qtbot, roster)
    assert roster.selected_ids() == [unit.id]
    with qtbot.waitSignal(demo_window.signals.units_changed, timeout=3000):
        qtbot.mouseClick(roster.ui.removeButton, Qt.MouseButton.LeftButton)
    assert roster.ui.messageLabel.text() == "已删除单位“青禾县档案馆”。"
    assert "青禾县档案馆" not in [
        u.name for u in list_units(demo_workspace.context, include_inactive=True)
    ]
    _undo(qtbot, demo_window)
    assert _unit_named(demo_workspace, "青禾县档案馆").id == unit.id


def test_deleting_a_referenced_unit_deactivates_it_and_the_inactive_switch_shows_it(
    qtbot: QtBot, demo_window: MainWindow, roster: RosterPage, demo_workspace: Workspace
) -> None:
    _select(roster, CZJ)
    with qtbot.waitSignal(demo_window.signals.units_changed, timeout=3000):
        qtbot.mouseClick(roster.ui.removeButton, Qt.MouseButton.LeftButton)
    assert "不能删除，已改为停用" in roster.ui.messageLabel.text()
    assert _unit_named(demo_workspace, CZJ).active is False
    _wait_loaded(qtbot, roster)
    assert CZJ not in _names(roster)
    roster.ui.inactiveCheck.setChecked(True)
    qtbot.waitUntil(lambda: CZJ in _names(roster), timeout=5000)
    assert _index(roster, CZJ, "状态").data() == "已撤销"
    _select(roster, CZJ)
    assert roster.ui.reactivateButton.isEnabled()
    qtbot.mouseClick(roster.ui.reactivateButton, Qt.MouseButton.LeftButton)
    assert _unit_named(demo_workspace, CZJ).active is True
    _undo(qtbot, demo_window)  # back to inactive
    assert _unit_named(demo_workspace, CZJ).active is False
    _undo(qtbot, demo_window)  # the removal undone
    assert _unit_named(demo_workspace, CZJ).active is True


def test_merging_two_units_moves_everything_and_undo_brings_the_other_back(
    qtbot: QtBot, demo_window: MainWindow, roster: RosterPage, demo_workspace: Workspace
) -> None:
    fgw, czj = _unit_named(demo_workspace, FGW), _unit_named(demo_workspace, CZJ)
    _select(roster, FGW, CZJ)
    dialog = roster.merge_units()
    assert (dialog.keep_id(), dialog.drop_id()) == (fgw.id, czj.id)
    qtbot.mouseClick(dialog.ui.swapButton, Qt.MouseButton.LeftButton)
    assert (dialog.keep_id(), dialog.drop_id()) == (czj.id, fgw.id)
    qtbot.mouseClick(dialog.ui.swapButton, Qt.MouseButton.LeftButton)
    assert f"“{CZJ}”的任务分工" in dialog.ui.explanationLabel.text()
    with qtbot.waitSignal(demo_window.signals.units_changed, timeout=3000):
        _ok(qtbot, dialog.ui.buttonBox)
    said = roster.ui.messageLabel.text()
    assert said.startswith(f"已并入“{FGW}”：转移") and "报送材料" in said
    kept = _unit_named(demo_workspace, FGW)
    assert CZJ in kept.aliases
    assert CZJ not in [u.name for u in list_units(demo_workspace.context, include_inactive=True)]
    _wait_loaded(qtbot, roster)
    assert len(_names(roster)) == 38
    with qtbot.waitSignal(demo_window.signals.units_changed, timeout=3000):
        _undo(qtbot, demo_window)
    assert _unit_named(demo_workspace, CZJ).id == czj.id
    assert _unit_named(demo_workspace, FGW).aliases == fgw.aliases
    _wait_loaded(qtbot, roster)
    assert len(_names(roster)) == 39


def test_group_panel_adds_and_removes_members_creates_groups_and_undoes(
    qtbot: QtBot, demo_window: MainWindow, roster: RosterPage, demo_workspace: Workspace
) -> None:
    ctx = demo_workspace.context
    panel = roster.groups
    panel.select_group("各乡镇（街道）")
    members = panel.ui.memberList
    assert members.count() == 5 and panel.ui.membersLabel.text() == "成员（5个）"
    _select(roster, FGW)
    with qtbot.waitSignal(demo_window.signals.units_changed, timeout=3000):
        qtbot.mouseClick(panel.ui.addMembersButton, Qt.MouseButton.LeftButton)
    _wait_loaded(qtbot, roster)
    assert panel.current_group().name == "各乡镇（街道）"  # type: ignore[union-attr]
    assert FGW in [members.item(i).text() for i in range(members.count())]
    members.item(0).setSelected(True)
    qtbot.mouseClick(panel.ui.removeMembersButton, Qt.MouseButton.LeftButton)
    group = next(g for g in list_groups(ctx) if g.name == "各乡镇（街道）")
    assert len(group.member_ids) == 5
    _undo(qtbot, demo_window)
    _undo(qtbot, demo_window)
    group = next(g for g in list_groups(ctx) if g.name == "各乡镇（街道）")
    assert (
        len(group.member_ids) == 5 and _unit_named(demo_workspace, FGW).id not in group.member_ids
    )

    panel.ask_text = lambda *_args: "信用信息归集单位"
    panel.choose = lambda *_args: 0  # 加入所选1个单位
    with qtbot.waitSignal(demo_window.signals.units_changed, timeout=3000):
        qtbot.mouseClick(panel.ui.newGroupButton, Qt.MouseButton.LeftButton)
    created = next(g for g in list_groups(ctx) if g.name == "信用信息归集单位")
    assert created.member_ids == (_unit_named(demo_workspace, FGW).id,)
    _wait_loaded(qtbot, roster)
    panel.select_group("信用信息归集单位")
    panel.ui.aliasEdit.setText("归集单位")
    qtbot.mouseClick(panel.ui.addAliasButton, Qt.MouseButton.LeftButton)
    assert [a.name for a in next(g for g in list_groups(ctx) if g.id == created.id).aliases] == [
        "归集单位"
    ]
    _undo(qtbot, demo_window)
    _undo(qtbot, demo_window)
    assert "信用信息归集单位" not in [g.name for g in list_groups(ctx)]
