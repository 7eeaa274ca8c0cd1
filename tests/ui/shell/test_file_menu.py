"""文件 menu entries reach the page that carries them out."""

from __future__ import annotations

from creditdesk.ui.shell.main_window import MainWindow


def test_every_file_menu_entry_has_its_page_method(demo_window: MainWindow) -> None:
    ui = demo_window.ui
    expected = {
        ui.actionImportPlan: (1, "import_plan"),
        ui.actionCalendar: (0, "open_calendar"),
        ui.actionNoticeTemplates: (4, "edit_templates"),
    }
    for action, (row, method) in expected.items():
        assert action.isEnabled() and callable(getattr(demo_window.page(row), method, None)), method
    # a local workspace: backup yes, user accounts (shared databases only) no
    assert ui.actionBackup.isVisible() and not ui.actionUsers.isVisible()
