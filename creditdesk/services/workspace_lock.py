"""An exclusive lock on a workspace directory, with a record of who holds it.

The operating system releases the lock when the holding program ends, even by a crash, so a
stale record never blocks anyone; the record only tells the second program whom to ask.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from creditdesk.services.errors import UserError

LOCK_FILE = "creditdesk.lock"
OWNER_FILE = "creditdesk.lock.json"


@dataclass(frozen=True)
class LockOwner:
    """Who holds a workspace: shown to a second program that tries to open it."""

    user: str
    host: str
    pid: int
    since: str

    def describe(self) -> str:
        return f"{self.user}（计算机 {self.host}，进程 {self.pid}，自 {self.since} 起）"


class WorkspaceLockedError(UserError):
    """Another CreditDesk program has the workspace open."""

    def __init__(self, directory: Path, owner: LockOwner | None):
        who = owner.describe() if owner else "另一个程序"
        super().__init__(
            f"工作区 {directory} 正被 {who} 使用。为避免数据损坏，请先关闭那边的 CreditDesk，"
            "或改用其他工作区。"
        )
        self.owner = owner


def _try_lock(handle: IO[str]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(handle: IO[str]) -> None:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def read_owner(directory: Path) -> LockOwner | None:
    """The last recorded holder of the workspace, if readable."""
    try:
        data = json.loads((directory / OWNER_FILE).read_text(encoding="utf-8"))
        return LockOwner(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


class WorkspaceLock:
    """Held for as long as a program has the workspace open."""

    def __init__(self, directory: Path, handle: IO[str]):
        self.directory = directory
        self._handle: IO[str] | None = handle

    @classmethod
    def acquire(cls, directory: Path, user: str | None = None) -> WorkspaceLock:
        """Take the lock or raise :class:`WorkspaceLockedError` naming the holder."""
        handle = (directory / LOCK_FILE).open("a+", encoding="utf-8")
        if not _try_lock(handle):
            handle.close()
            raise WorkspaceLockedError(directory, read_owner(directory))
        owner = {
            "user": user or getpass.getuser(),
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "since": dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
        }
        (directory / OWNER_FILE).write_text(json.dumps(owner, ensure_ascii=False), "utf-8")
        return cls(directory, handle)

    def release(self) -> None:
        """Give the workspace free; safe to call twice."""
        if self._handle is None:
            return
        try:
            (self.directory / OWNER_FILE).unlink(missing_ok=True)
            _unlock(self._handle)
        finally:
            self._handle.close()
            self._handle = None
