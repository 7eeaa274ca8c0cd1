"""Starting the desktop program: fonts, the workspace (building the demo if asked), the window.

``run_gui`` is what ``creditdesk`` without a sub-command calls. It owns the QApplication and
the open workspace for the life of the process and closes the workspace on the way out.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from creditdesk.paths import resources_dir
from creditdesk.services.errors import UserError
from creditdesk.services.progress import Progress
from creditdesk.services.workspace import (
    Workspace,
    default_demo_dir,
    default_workspace_dir,
    open_workspace,
)
from creditdesk.ui.common.jobs import run_job
from creditdesk.ui.common.messages import show_error
from creditdesk.ui.common.translate import translator
from creditdesk.ui.shell.fonts import application_font, register_bundled_fonts
from creditdesk.ui.shell.main_window import MainWindow

APP_NAME = "CreditDesk"


_tr = translator("App")


class QuitOnFirstPaint(QObject):
    """Quits the application once the watched window has painted for the first time.

    For ``--quit-when-ready``: smoke tests and the start-up benchmark measure up to the
    moment the clerk would see the window.
    """

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._app = app
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            # exit() only asks the loop to stop: this paint still completes, but the work the
            # window queues for after its first paint (loading data) is not waited for.
            self._app.exit(0)
        return False


CredentialsPrompt = Callable[[str, str, str], "tuple[str, str] | None"]
"""(server, last user name, error message) → (user name, password), or None to give up."""


def ask_credentials(server: str, user: str, error: str) -> tuple[str, str] | None:
    """The sign-in dialog, shown before the main window exists."""
    from creditdesk.ui.shell.sign_in_dialog import SignInDialog

    dialog = SignInDialog(server, user, error)
    if dialog.exec() != SignInDialog.DialogCode.Accepted:
        return None
    return dialog.credentials()


class _QtGaps(QTranslator):
    """The few texts of Qt's own dialogs that Qt's Chinese translation leaves in English
    (the file dialog's "Look in:" and "Files of type:")."""

    TEXTS: ClassVar[dict[tuple[str, str], str]] = {
        ("QFileDialog", "&Look in:"): "查找范围(&L)：",
        ("QFileDialog", "Look in:"): "查找范围：",
        ("QFileDialog", "Files of &type:"): "文件类型(&T)：",
        ("QFileDialog", "Files of type:"): "文件类型：",
    }

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None (a null string) lets Qt ask the next translator; "" would blank the text
        return self.TEXTS.get((context, source))

    def isEmpty(self) -> bool:
        return False


def _install_qt_translation(app: QApplication) -> None:
    """Qt's own texts (OK/Cancel, file dialogs, calendar names) in Chinese, like the program."""
    if app.property("creditdeskTranslated"):
        return
    # calendar pop-ups (一月, 周一) and number formats follow the default locale
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(
        QLocale(QLocale.Language.Chinese, QLocale.Country.China), "qtbase", "_", folder
    ):
        app.installTranslator(translator)
    app.installTranslator(_QtGaps(app))  # asked first: installed last
    app.setProperty("creditdeskTranslated", True)


def make_application() -> QApplication:
    """The QApplication with the program's names and a font that shows Chinese."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(_tr("信用办工作台"))
    app.setOrganizationName(APP_NAME)
    # the same name as installer/creditdesk.desktop, so docks show our entry and icon
    app.setDesktopFileName("creditdesk")
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(resources_dir() / "icons" / f"creditdesk-{size}.png"))
    app.setWindowIcon(icon)
    _install_qt_translation(app)
    register_bundled_fonts()
    app.setFont(application_font(app.font()))
    return app


def _demo_missing(directory: Path) -> bool:
    return not directory.is_dir() or not any(directory.iterdir())


class _Launcher:
    """Opens the workspace and shows the window, after building the demo first if needed."""

    def __init__(
        self,
        app: QApplication,
        directory: Path,
        database_url: str | None,
        quit_when_ready: bool,
    ) -> None:
        self.app = app
        self.directory = directory
        self.database_url = database_url
        self.quit_when_ready = quit_when_ready
        self.workspace: Workspace | None = None
        self.window: MainWindow | None = None
        self.exit_code = 0
        self.ask_credentials: CredentialsPrompt = ask_credentials

    def build_demo_then_open(self) -> None:
        from creditdesk.services.demo import build_demo  # only the demo pays for it

        directory = self.directory
        today = dt.date.today()

        def build(progress: Progress) -> None:
            build_demo(directory, today, progress)

        run_job(
            build,
            title=_tr("正在生成演示工作区…"),
            on_success=lambda _none: self._opened_or_quit(),
            on_error=self._demo_failed,
            on_cancel=lambda: self._quit(0),
            show_after_ms=0,
        )

    def _demo_failed(self, error: Exception) -> None:
        show_error(None, error, _tr("无法生成演示工作区"))
        self._quit(1)

    def _opened_or_quit(self) -> None:
        if not self.open_and_show():
            self._quit(self.exit_code)

    def _open(self) -> Workspace | None:
        """Open the workspace; on a shared database ask who signs in until it succeeds."""
        from creditdesk.services.users import SignInError

        user: str | None = None
        password: str | None = None
        while True:
            try:
                return open_workspace(
                    self.directory, database_url=self.database_url, user=user, password=password
                )
            except SignInError as error:
                answer = self.ask_credentials(self.database_url or "", user or "", str(error))
                if answer is None:
                    return None
                user, password = answer

    def open_and_show(self) -> bool:
        """Open the workspace and show the window; on failure tell the user and return False."""
        try:
            workspace = self._open()
            if workspace is None:  # the clerk cancelled the sign-in
                self.close()
                return False
            self.workspace = workspace
            self.window = MainWindow(self.workspace)
        except UserError as error:
            show_error(None, error, _tr("无法打开工作区"))
            self.exit_code = 1
            self.close()
            return False
        if self.quit_when_ready:
            self.window.installEventFilter(QuitOnFirstPaint(self.app))
        self.window.show()
        if workspace.notes:  # an interrupted restore undone, accounts needing a new password
            self.window.statusBar().showMessage("；".join(workspace.notes))
        return True

    def _quit(self, code: int) -> None:
        """End the running event loop with ``code`` (only called from inside it)."""
        self.exit_code = code
        self.app.exit(code)

    def close(self) -> None:
        if self.window is not None:
            # Page loads still running use the workspace's engine: let them end first.
            self.window.pool.waitForDone()
            self.window.close()
            self.window.deleteLater()
            self.window = None
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None


def run_gui(
    workspace_dir: Path | None,
    database_url: str | None,
    demo: bool,
    quit_when_ready: bool,
) -> int:
    """Run the desktop program until the main window closes.

    Args:
        workspace_dir: the workspace folder; the clerk's default workspace when None.
        database_url: a PostgreSQL URL to use instead of the folder's SQLite file.
        demo: open the demonstration office, building it first if it is missing.
        quit_when_ready: exit with 0 right after the main window first paints.

    Returns:
        The process exit status: 0 normally, 1 when the workspace could not be opened.
    """
    app = make_application()
    if demo:
        directory = workspace_dir or default_demo_dir()
    else:
        directory = workspace_dir or default_workspace_dir()
    launcher = _Launcher(app, directory, database_url, quit_when_ready)
    if demo and database_url is None and workspace_dir is None:
        from creditdesk.services.demo_age import set_stale_demo_aside

        set_stale_demo_aside(directory, dt.date.today())  # a months-old demo misleads
    if demo and database_url is None and _demo_missing(directory):
        QTimer.singleShot(0, launcher.build_demo_then_open)
    elif not launcher.open_and_show():
        return launcher.exit_code
    try:
        status = app.exec()
    finally:
        launcher.close()
    return launcher.exit_code or status
