"""The main window: navigation on the left, one page per area, menus, undo and status bar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QThreadPool, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QMessageBox, QWidget

from creditdesk.services.errors import StaleEditError, UserError
from creditdesk.services.workspace import Workspace
from creditdesk.ui.common.dialogs import open_dialog
from creditdesk.ui.common.file_dialogs import DesktopFiles, FileChooser
from creditdesk.ui.common.jobs import run_job
from creditdesk.ui.common.messages import error_box
from creditdesk.ui.common.page import Page
from creditdesk.ui.common.signals import AppSignals, Navigation, PageKey
from creditdesk.ui.common.translate import translator
from creditdesk.ui.common.undo import ConflictResolver
from creditdesk.ui.forms.ui_main_window import Ui_MainWindow
from creditdesk.ui.home.home_page import HomePage

if TYPE_CHECKING:
    from creditdesk.services.settings import OfficeSettings
    from creditdesk.ui.shell.settings_dialog import SettingsDialog


def _tasks_page() -> type[Page[Any]]:
    from creditdesk.ui.tasks.tasks_page import TasksPage

    return TasksPage


def _roster_page() -> type[Page[Any]]:
    from creditdesk.ui.roster.roster_page import RosterPage

    return RosterPage


def _inbox_page() -> type[Page[Any]]:
    from creditdesk.ui.inbox.inbox_page import InboxPage

    return InboxPage


def _notices_page() -> type[Page[Any]]:
    from creditdesk.ui.notices.notices_page import NoticesPage

    return NoticesPage


def _reports_page() -> type[Page[Any]]:
    from creditdesk.ui.reports.reports_page import ReportsPage

    return ReportsPage


PAGE_CLASSES: dict[PageKey, Callable[[], type[Page[Any]]]] = {
    PageKey.HOME: lambda: HomePage,
    PageKey.TASKS: _tasks_page,
    PageKey.ROSTER: _roster_page,
    PageKey.INBOX: _inbox_page,
    PageKey.NOTICES: _notices_page,
    PageKey.REPORTS: _reports_page,
}
"""The class of each page, imported when first asked for.

Only the home page is built with the window; the others (and their modules) are built the
first time the clerk opens them, so the window appears sooner.
"""
PAGE_ORDER: tuple[PageKey, ...] = tuple(PageKey)
"""The pages in navigation order: 工作台, 任务, 单位, 收件, 督办, 报表 (Ctrl+1 … Ctrl+6)."""


_tr = translator("MainWindow")


class MainWindow(QMainWindow):
    """The window over one open workspace.

    Args:
        workspace: the open workspace; the window reads through its service context and
            shows where it lives. The caller closes it after the window is gone.
        pool: where background jobs run; tests pass their own.
    """

    def __init__(
        self,
        workspace: Workspace,
        *,
        pool: QThreadPool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.workspace = workspace
        self.ctx = workspace.context
        self.pool = pool if pool is not None else QThreadPool.globalInstance()
        self.signals = AppSignals(self)
        self.undo_stack = QUndoStack(self)
        # decides a save that another clerk overtook (tests put in a non-modal stand-in)
        self.conflict_resolver: ConflictResolver = self.ask_about_conflict
        self.files: FileChooser = DesktopFiles()  # where 备份工作区 asks for its file
        home = HomePage(self.ctx, self.signals, self.pool, self, undo_stack=self.undo_stack)
        home.hold()  # its query waits for the window's first paint
        self._painted = False
        self.installEventFilter(self)
        self._pages: list[Page[Any] | None] = [home]
        self._pages += [None] * (len(PAGE_ORDER) - 1)
        for page in self._pages:
            self.ui.pageStack.addWidget(page if page is not None else QWidget(self))
        self._setup_navigation()
        self._setup_menus()
        self._setup_status_bar()
        self.signals.settings_changed.connect(self._show_settings)
        self.signals.navigate.connect(self.navigate)
        self.signals.settings_requested.connect(self.open_settings)
        self.ui.navList.setCurrentRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            QTimer.singleShot(0, self._after_first_paint)
        return super().eventFilter(watched, event)

    def _after_first_paint(self) -> None:
        """The clerk sees the window; now read the data (this loads the database models)."""
        self._load_settings()
        self.page(0).release()

    # -------------------------------------------------------------- navigation

    def page(self, row: int) -> Page[Any]:
        """The page at ``row`` of the navigation, built now if it was not yet."""
        page = self._pages[row]
        if page is None:
            page = PAGE_CLASSES[PAGE_ORDER[row]]()(
                self.ctx, self.signals, self.pool, self, undo_stack=self.undo_stack
            )
            placeholder = self.ui.pageStack.widget(row)
            self.ui.pageStack.insertWidget(row, page)
            if placeholder is not None:
                self.ui.pageStack.removeWidget(placeholder)
                placeholder.deleteLater()
            self._pages[row] = page
        return page

    @property
    def pages(self) -> list[Page[Any]]:
        """Every page, building those not opened yet."""
        return [self.page(row) for row in range(len(PAGE_ORDER))]

    def _open_row(self, row: int) -> None:
        if row >= 0:
            self.ui.pageStack.setCurrentWidget(self.page(row))

    def _setup_navigation(self) -> None:
        self.ui.navList.currentRowChanged.connect(self._open_row)
        for row in range(len(PAGE_ORDER)):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{row + 1}"), self)
            shortcut.activated.connect(lambda row=row: self.show_page(row))

    def show_page(self, row: int) -> None:
        """Switch to the page at ``row`` of the navigation list."""
        self.ui.navList.setCurrentRow(row)

    def navigate(self, navigation: Navigation) -> None:
        """Show the page a :class:`Navigation` names, on what it asks for."""
        row = PAGE_ORDER.index(navigation.page)
        if navigation.focus is not None:
            self.page(row).focus_on(navigation.focus)
        self.show_page(row)

    def current_page(self) -> Page[Any]:
        """The page on screen."""
        page = self.ui.pageStack.currentWidget()
        assert isinstance(page, Page)
        return page

    # ------------------------------------------------------------------- menus

    def _setup_menus(self) -> None:
        ui = self.ui
        ui.actionSettings.triggered.connect(self.open_settings)
        # not connected directly: triggered(checked) would pass False as the target file
        ui.actionBackup.triggered.connect(lambda: self.back_up())
        ui.actionUsers.triggered.connect(self.open_users)
        # accounts exist only on a shared database, and only administrators manage them
        ui.actionUsers.setVisible(self.workspace.shared and self.ctx.role == "admin")
        ui.actionBackup.setVisible(not self.workspace.shared)
        for action, key, method in (
            (ui.actionImportPlan, PageKey.TASKS, "import_plan"),
            (ui.actionCalendar, PageKey.HOME, "open_calendar"),
            (ui.actionNoticeTemplates, PageKey.NOTICES, "edit_templates"),
        ):
            action.triggered.connect(lambda _=False, k=key, m=method: self._page_action(k, m))
        self.audit_action = QAction(_tr("操作记录(&R)…"), self)
        self.audit_action.triggered.connect(self.open_audit_log)
        ui.menuFile.insertAction(ui.actionQuit, self.audit_action)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionAbout.triggered.connect(self.show_about)
        # The stack's own actions keep their text ("撤销 修改单位设置") and enabled state.
        self.undo_action = self.undo_stack.createUndoAction(self, _tr("撤销"))
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = self.undo_stack.createRedoAction(self, _tr("重做"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        ui.menuEdit.addAction(self.undo_action)
        ui.menuEdit.addAction(self.redo_action)

    def _page_action(self, key: PageKey, method: str) -> None:
        """A menu entry that a page carries out: show that page, then call its method."""
        row = PAGE_ORDER.index(key)
        self.show_page(row)
        getattr(self.page(row), method)()

    def open_audit_log(self) -> QDialog:
        """文件 → 操作记录: who changed what and when, with filters."""
        from creditdesk.ui.audit.audit_log_dialog import AuditLogDialog

        return open_dialog(AuditLogDialog(self.ctx, self))

    def open_users(self) -> None:
        """文件 → 用户管理 (shared database, administrators)."""
        from creditdesk.ui.shell.users_dialog import UsersDialog

        dialog = UsersDialog(self.ctx, self.report_error, self)
        open_dialog(dialog)

    def back_up(self, target: Path | None = None) -> None:
        """文件 → 备份工作区: a full archive (database, attachments, manifest) to a chosen file."""
        from creditdesk.services.backups import create_backup

        if target is None:
            suggested = self.workspace.directory / "backups" / "CreditDesk-备份.zip"
            chosen = self.files.save_file(
                self, _tr("备份工作区"), str(suggested), _tr("备份文件 (*.zip)")
            )
            if chosen is None:
                return
            target = chosen
        directory, now = self.workspace.directory, self.ctx.clock.now()
        run_job(
            lambda _progress: create_backup(directory, now, target),
            title=_tr("正在备份…"),
            parent=self,
            pool=self.pool,
            on_success=lambda path: self.statusBar().showMessage(
                _tr("已备份到 {path}").format(path=path), 10000
            ),
            on_error=lambda error: self.report_error(
                error if isinstance(error, UserError) else UserError(str(error))
            ),
        )

    def open_settings(self) -> SettingsDialog:
        """Show 设置 for the current settings; OK saves them through an undoable command."""
        from creditdesk.services.settings import load_settings
        from creditdesk.ui.shell.settings_dialog import SettingsDialog

        dialog = SettingsDialog(load_settings(self.ctx), self)
        open_dialog(dialog, lambda: self._save_settings(dialog))
        return dialog

    def _save_settings(self, dialog: SettingsDialog) -> None:
        from creditdesk.ui.common.undo import EditSettingsCommand

        if not dialog.changed():
            return
        self.undo_stack.push(
            EditSettingsCommand(
                self.ctx,
                dialog.original,
                dialog.edited(),
                on_saved=self.signals.settings_changed.emit,
                on_error=self.report_error,
                on_conflict=lambda error: self.conflict_resolver(error),
            )
        )

    def ask_about_conflict(self, error: StaleEditError) -> bool:
        """Another clerk saved first: show both versions; True means apply the clerk's own."""
        from creditdesk.ui.common.conflict_dialog import ConflictDialog

        labels = {
            "place_name": _tr("县区名称"),
            "office_name": _tr("信用办名称"),
            "doc_prefix": _tr("文号前缀"),
            "contact_person": _tr("联系人"),
            "contact_phone": _tr("联系电话"),
        }
        return ConflictDialog(error, labels, self).exec() == QDialog.DialogCode.Accepted

    def report_error(self, error: UserError) -> None:
        """Tell the user a service refused an action, without blocking the caller."""
        error_box(self, _tr("信用办工作台"), error)

    def show_about(self) -> None:
        """帮助 → 关于."""
        from creditdesk import __version__

        QMessageBox.about(
            self,
            _tr("关于信用办工作台"),
            _tr(
                "<p><b>信用办工作台</b> {version}</p>"
                "<p>社会信用体系建设工作任务、成员单位、报送材料、督办通知与季度通报。</p>"
            ).format(version=__version__),
        )

    # -------------------------------------------------------------- status bar

    def _setup_status_bar(self) -> None:
        self.workspace_label = QLabel(self.workspace.describe(), self)
        self.office_label = QLabel(self)
        self.ui.statusBar.addWidget(self.workspace_label, 1)
        self.ui.statusBar.addPermanentWidget(self.office_label)

    def _load_settings(self) -> None:
        from creditdesk.services.settings import load_settings

        try:
            self._show_settings(load_settings(self.ctx))
        except UserError as error:
            self.report_error(error)

    def _show_settings(self, settings: OfficeSettings) -> None:
        office = settings.office_name or settings.place_name
        self.office_label.setText(office or _tr("未设置信用办名称（文件 → 设置…）"))
        title = _tr("信用办工作台")
        # ending with the application's display name, the platform does not append it again
        self.setWindowTitle(f"{office} — {title}" if office else title)
