"""Opening a workspace: one directory with the database, attachment store and backups.

Opening takes the workspace lock, finishes or rolls back a restore a previous run left half
done, removes temporary files killed writers left, upgrades an older schema after backing it
up, refuses one from a newer program, and makes a rotating backup, in that order.
"""

from __future__ import annotations

import getpass
from pathlib import Path
from types import TracebackType

from platformdirs import user_data_path
from sqlalchemy import Engine

from creditdesk.atomic_files import remove_leftover_parts
from creditdesk.services.backups import (
    ATTACHMENTS_DIR,
    BACKUPS_DIR,
    DB_FILE,
    BackupError,
    auto_backup,
)
from creditdesk.services.context import Clock, ServiceContext, SystemClock
from creditdesk.services.database import is_sqlite, make_engine, make_session_factory
from creditdesk.services.errors import UserError, WorkspaceTooNewError
from creditdesk.services.permissions import make_read_only
from creditdesk.services.restore_journal import recover
from creditdesk.services.schema_version import schema_head, stamped_revision
from creditdesk.services.workspace_lock import WorkspaceLock, WorkspaceLockedError

__all__ = [
    "Workspace",
    "WorkspaceLockedError",
    "WorkspaceTooNewError",
    "default_demo_dir",
    "default_workspace_dir",
    "open_workspace",
]

APP_NAME = "CreditDesk"


def default_workspace_dir() -> Path:
    """The clerk's own workspace in the platform's user data folder."""
    return user_data_path(APP_NAME, appauthor=False) / "workspace"


def default_demo_dir() -> Path:
    """Where ``creditdesk --demo`` keeps its demonstration office."""
    return user_data_path(APP_NAME, appauthor=False) / "demo"


def sqlite_url(directory: Path) -> str:
    """The SQLAlchemy URL of a workspace's own database file."""
    return f"sqlite:///{(directory / DB_FILE).resolve()}"


class Workspace:
    """An open workspace; close it (or use ``with``) to release the lock."""

    def __init__(
        self,
        directory: Path,
        url: str,
        engine: Engine,
        context: ServiceContext,
        lock: WorkspaceLock | None,
    ):
        self.directory = directory
        self.url = url
        self.engine = engine
        self.context = context
        self._lock = lock
        self.notes: list[str] = []
        """Messages for the clerk from opening (an interrupted restore undone, a failed backup)."""

    @property
    def shared(self) -> bool:
        """Whether the data lives on a database server rather than in the local file."""
        return not is_sqlite(self.url)

    def describe(self) -> str:
        """One line for the status bar."""
        if self.shared:
            return f"共享数据库：{self.engine.url.render_as_string(hide_password=True)}"
        return f"工作区：{self.directory}"

    def close(self) -> None:
        """Close connections and release the lock."""
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def open_workspace(
    directory: Path,
    *,
    database_url: str | None = None,
    clock: Clock | None = None,
    user: str | None = None,
    password: str | None = None,
    backup: bool = True,
) -> Workspace:
    """Open (creating if needed) the workspace in ``directory``.

    Args:
        directory: the workspace folder; created when missing.
        database_url: a PostgreSQL URL for shared mode instead of the local SQLite file.
        clock: today/now source (tests and the demo pass a fixed one).
        user: the acting clerk for the audit log; defaults to the login name. In shared mode
            the account to sign in with.
        password: the account's password in shared mode (once any account exists).
        backup: make the rotating backup on open (tools that only read may skip it).

    Raises:
        WorkspaceLockedError: another program holds the workspace.
        WorkspaceTooNewError: the data comes from a newer CreditDesk.
        SignInError: shared mode, and the user name or password is wrong or missing.
        UserError: the folder cannot be used.
    """
    clock = clock or SystemClock()
    user = user or getpass.getuser()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        (directory / ATTACHMENTS_DIR).mkdir(exist_ok=True)
        (directory / BACKUPS_DIR).mkdir(exist_ok=True)
    except OSError as error:
        raise UserError(f"无法使用工作区文件夹 {directory}：{error.strerror or error}") from error
    url = database_url or sqlite_url(directory)
    lock = None if database_url else WorkspaceLock.acquire(directory, user)
    engine: Engine | None = None
    try:
        local = database_url is None
        notes = _tidy(directory) if local else []
        upgraded = [False]

        def before_upgrade() -> None:
            if local:
                auto_backup(directory, clock.now())
            upgraded[0] = True

        role = "admin"  # the one clerk of a local workspace
        if local:
            engine = make_engine(url)
            if stamped_revision(engine) != schema_head():
                from creditdesk.services import schema  # Alembic only when there is work for it

                engine.dispose()
                schema.upgrade(url, before=before_upgrade)
            if backup and not upgraded[0]:
                try:
                    auto_backup(directory, clock.now())
                except BackupError as error:  # the clerk can still work; the old backups stay
                    notes.append(str(error))
        else:  # sign in first; the schema is looked at only after that
            from creditdesk.services import schema, shared_sign_in

            signed = shared_sign_in.sign_in(
                url, user, password, lambda login, owner: schema.upgrade(login, set_role=owner)
            )
            engine, user, role = signed.engine, signed.user, signed.role
            notes.extend(signed.notes)
        factory = make_session_factory(engine)
        if role == "readonly":
            make_read_only(factory)
        context = ServiceContext(
            session_factory=factory,
            clock=clock,
            user=user,
            attachments_dir=directory / ATTACHMENTS_DIR,
            role=role,
            blobs_in_database=not local,
        )
        workspace = Workspace(directory, url, engine, context, lock)
        workspace.notes = notes
        return workspace
    except BaseException:
        if engine is not None:
            engine.dispose()
        if lock is not None:
            lock.release()
        raise


def _tidy(directory: Path) -> list[str]:
    """Undo what a killed run left: a half-done restore, temporary files beside their targets."""
    notes = []
    try:
        restored = recover(directory)
        if restored:
            notes.append(restored)
    except OSError as error:
        raise UserError(
            f"上次恢复备份未完成，且无法自动回退：{error.strerror or error}。"
            f"请勿删除 {directory} 中的 restore-in-progress.json，关闭占用文件的程序后重新打开。"
        ) from error
    remove_leftover_parts(directory, recursive=False)  # database copies of killed backups
    remove_leftover_parts(directory / ATTACHMENTS_DIR)
    remove_leftover_parts(directory / BACKUPS_DIR)
    return notes
