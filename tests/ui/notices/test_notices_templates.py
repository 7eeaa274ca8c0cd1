"""通知模板… on the demo office: placeholders, refusal of unknown ones, saving, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from creditdesk.services.notice_template import DEFAULT_TITLES, load_notice_templates
from creditdesk.services.workspace import Workspace
from creditdesk.ui.common.signals import AppSignals
from creditdesk.ui.notices.notice_template_dialog import NoticeTemplateDialog
from creditdesk.ui.notices.notices_page import NoticesPage


@pytest.fixture
def page(qtbot: QtBot, demo_workspace: Workspace, pool: QThreadPool) -> NoticesPage:
    """The notices page on its own over the demo office, shown and loaded."""
    notices = NoticesPage(demo_workspace.context, AppSignals(), pool)
    qtbot.addWidget(notices)
    with qtbot.waitSignal(notices.loaded, timeout=10000):
        notices.show()
    return notices


def _open(qtbot: QtBot, page: NoticesPage) -> NoticeTemplateDialog:
    dialog = page.edit_templates()
    assert isinstance(dialog, NoticeTemplateDialog)
    qtbot.waitUntil(lambda: dialog.preview.page_count() > 0, timeout=20000)
    return dialog


def _save(dialog: NoticeTemplateDialog) -> None:
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()


def test_dialog_lists_every_placeholder_and_previews_a_sample(
    qtbot: QtBot, page: NoticesPage
) -> None:
    dialog = _open(qtbot, page)
    names = [
        dialog.ui.placeholderList.item(row).text().split("　")[0]
        for row in range(dialog.ui.placeholderList.count())
    ]
    assert "{unit}" in names and "{reply_deadline}" in names and "{items}" in names
    assert dialog.level() == "overdue"
    assert dialog.ui.titleEdit.text() == DEFAULT_TITLES["overdue"]
    pixmap = dialog.preview.page_pixmap(0)
    assert not pixmap.isNull()
    dialog.reject()


def test_unknown_placeholder_is_named_and_the_dialog_stays_open(
    qtbot: QtBot, page: NoticesPage
) -> None:
    dialog = _open(qtbot, page)
    dialog.ui.bodyEdit.setPlainText("请{unt}于{reply_deadline}前报送。\n{items}")
    assert "{unt}" in dialog.ui.errorLabel.text()
    _save(dialog)
    assert dialog.isVisible()
    assert "催报" in dialog.ui.errorLabel.text()
    assert page.undo_stack.count() == 0
    dialog.reject()


def test_unknown_placeholder_in_another_level_is_shown_on_save(
    qtbot: QtBot, page: NoticesPage
) -> None:
    dialog = _open(qtbot, page)
    dialog.show_level("reminder")
    dialog.ui.titleEdit.setText("关于{foo}的提醒函")
    dialog.show_level("overdue")
    _save(dialog)
    assert dialog.isVisible()
    assert dialog.level() == "reminder"  # brought to the level that is wrong
    assert "{foo}" in dialog.ui.errorLabel.text()
    dialog.reject()


def test_valid_edit_is_saved_and_undone_in_one_step(qtbot: QtBot, page: NoticesPage) -> None:
    dialog = _open(qtbot, page)
    dialog.show_level("reminder")
    dialog.ui.titleEdit.clear()
    dialog.ui.titleEdit.setFocus()
    dialog.ui.titleEdit.insert("关于按时报送材料的提醒函（")
    dialog.insert_placeholder("unit")
    dialog.ui.titleEdit.insert("）")
    dialog.ui.replySpin.setValue(7)
    dialog.ui.redHeaderCheck.setChecked(False)
    assert dialog.ui.errorLabel.text() == ""
    _save(dialog)
    assert not dialog.isVisible()
    saved = load_notice_templates(page.ctx)
    assert saved.reminder.title == "关于按时报送材料的提醒函（{unit}）"
    assert saved.overdue.title == DEFAULT_TITLES["overdue"]
    assert saved.reply_workdays == 7
    assert saved.red_header is False
    assert page.undo_stack.undoText() == "修改督办通知模板"
    page.undo_stack.undo()
    restored = load_notice_templates(page.ctx)
    assert restored.reminder.title == DEFAULT_TITLES["reminder"]
    assert restored.red_header is True
    page.undo_stack.redo()
    assert load_notice_templates(page.ctx).reply_workdays == 7


def test_saving_over_another_clerks_change_reports_it(qtbot: QtBot, page: NoticesPage) -> None:
    from dataclasses import replace

    from creditdesk.services.notice_template import save_notice_templates

    dialog = _open(qtbot, page)
    other = load_notice_templates(page.ctx)
    save_notice_templates(page.ctx, replace(other, reply_workdays=9))  # another clerk, first
    dialog.ui.replySpin.setValue(3)
    _save(dialog)
    assert load_notice_templates(page.ctx).reply_workdays == 9
    assert page.undo_stack.count() == 0
    shown = [box.text() for box in page.findChildren(QMessageBox) if box.isVisible()]
    assert any("督办通知模板已被" in text and "未保存" in text for text in shown)


def test_restore_default_puts_the_program_wording_back(qtbot: QtBot, page: NoticesPage) -> None:
    dialog = _open(qtbot, page)
    dialog.ui.titleEdit.setText("临时标题")
    dialog.restore_default()
    assert dialog.ui.titleEdit.text() == DEFAULT_TITLES["overdue"]
    assert not dialog.changed()
    dialog.reject()
