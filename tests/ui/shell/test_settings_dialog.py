"""文件 → 设置…: edits are saved through the services, shown in the status bar, and undoable."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from creditdesk.services.errors import StaleEditError
from creditdesk.services.settings import OfficeSettings, load_settings, save_settings
from creditdesk.services.workspace import Workspace
from creditdesk.ui.shell.main_window import MainWindow
from creditdesk.ui.shell.settings_dialog import SettingsDialog

TypeText = Callable[[QWidget, str], None]


def _replace(type_text: TypeText, field: QLineEdit, text: str) -> None:
    field.selectAll()
    field.del_()
    type_text(field, text)


def _fill_and_accept(qtbot: QtBot, type_text: TypeText, dialog: SettingsDialog) -> None:
    ui = dialog.ui
    _replace(type_text, ui.placeNameEdit, "东平县")
    _replace(type_text, ui.officeNameEdit, "东平县社会信用体系建设领导小组办公室")
    _replace(type_text, ui.docPrefixEdit, "东信用办督")
    _replace(type_text, ui.contactPersonEdit, "张伟")
    _replace(type_text, ui.contactPhoneEdit, "0538-1234567")
    ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_settings_dialog_opens_with_the_saved_values(
    empty_window: MainWindow, empty_workspace: Workspace
) -> None:
    ctx = empty_workspace.context
    save_settings(ctx, replace(load_settings(ctx), place_name="西平县", doc_prefix="西信用办督"))
    dialog = empty_window.open_settings()
    assert dialog.isVisible()
    assert dialog.ui.placeNameEdit.text() == "西平县"
    assert dialog.ui.docPrefixEdit.text() == "西信用办督"


def test_saving_settings_persists_them_and_updates_the_status_bar(
    qtbot: QtBot, empty_window: MainWindow, empty_workspace: Workspace, type_text: TypeText
) -> None:
    dialog = empty_window.open_settings()
    with qtbot.waitSignal(empty_window.signals.settings_changed, timeout=3000):
        _fill_and_accept(qtbot, type_text, dialog)
    saved = load_settings(empty_workspace.context)
    assert (saved.place_name, saved.office_name, saved.doc_prefix) == (
        "东平县",
        "东平县社会信用体系建设领导小组办公室",
        "东信用办督",
    )
    assert (saved.contact_person, saved.contact_phone) == ("张伟", "0538-1234567")
    assert empty_window.office_label.text() == "东平县社会信用体系建设领导小组办公室"
    assert empty_window.undo_action.isEnabled()
    assert empty_window.undo_action.text() == "撤销 修改单位设置"


def test_ctrl_z_undoes_saved_settings_and_ctrl_y_redoes_them(
    qtbot: QtBot, empty_window: MainWindow, empty_workspace: Workspace, type_text: TypeText
) -> None:
    ctx = empty_workspace.context
    before = load_settings(ctx)
    dialog = empty_window.open_settings()
    _fill_and_accept(qtbot, type_text, dialog)
    assert load_settings(ctx).place_name == "东平县"
    empty_window.activateWindow()
    qtbot.waitActive(empty_window)

    with qtbot.waitSignal(empty_window.signals.settings_changed, timeout=3000):
        qtbot.keyClick(empty_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    undone = load_settings(ctx)
    assert (undone.place_name, undone.office_name) == (before.place_name, before.office_name)
    assert "未设置信用办名称" in empty_window.office_label.text()

    with qtbot.waitSignal(empty_window.signals.settings_changed, timeout=3000):
        qtbot.keyClick(empty_window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert load_settings(ctx).place_name == "东平县"


def test_cancelled_settings_dialog_changes_nothing(
    qtbot: QtBot, empty_window: MainWindow, empty_workspace: Workspace, type_text: TypeText
) -> None:
    before = load_settings(empty_workspace.context)
    dialog = empty_window.open_settings()
    type_text(dialog.ui.placeNameEdit, "东平县")
    cancel = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert load_settings(empty_workspace.context) == before
    assert empty_window.undo_stack.count() == 0


def test_undo_after_another_clerk_saved_shows_both_and_can_discard(
    qtbot: QtBot, empty_window: MainWindow, empty_workspace: Workspace, type_text: TypeText
) -> None:
    """A stale undo shows the other clerk's save; discarding keeps it and drops the step."""
    ctx = empty_workspace.context
    _fill_and_accept(qtbot, type_text, empty_window.open_settings())
    current = load_settings(ctx)
    # Another clerk saves their copy on top (the command's known version is now stale).
    save_settings(ctx, OfficeSettings(place_name="北平县", version=current.version))
    shown: list[StaleEditError] = []
    empty_window.conflict_resolver = lambda error: shown.append(error) is not None  # discard
    empty_window.undo_stack.undo()
    assert "已被测试员" in str(shown[0]) or "已被" in str(shown[0])
    assert isinstance(shown[0].theirs, OfficeSettings) and shown[0].theirs.place_name == "北平县"
    assert load_settings(ctx).place_name == "北平县"
    assert not empty_window.undo_action.isEnabled()


def test_summary_threshold_and_copy_line_are_saved_and_shown_again(
    qtbot: QtBot, empty_window: MainWindow, empty_workspace: Workspace, type_text: TypeText
) -> None:
    """The quarterly summary's 通报批评 threshold and 抄送 line round-trip through the dialog."""
    dialog = empty_window.open_settings()
    spin = dialog.ui.criticiseSpin
    assert spin.value() == load_settings(empty_workspace.context).report_criticise_overdue
    assert "逾期未报事项达到" in spin.text() and "通报批评" in spin.text()
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "5")
    _replace(type_text, dialog.ui.copyToEdit, "县委办公室，县政府办公室")
    with qtbot.waitSignal(empty_window.signals.settings_changed, timeout=3000):
        qtbot.mouseClick(
            dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok),
            Qt.MouseButton.LeftButton,
        )
    saved = load_settings(empty_workspace.context)
    assert (saved.report_criticise_overdue, saved.report_copy_to) == (5, "县委办公室，县政府办公室")

    reopened = empty_window.open_settings()
    assert reopened.ui.criticiseSpin.value() == 5
    assert reopened.ui.copyToEdit.text() == "县委办公室，县政府办公室"
