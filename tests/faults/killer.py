"""Run a ``creditdesk`` command and kill it (SIGKILL) at its Nth file or database step.

Usage: ``python killer.py N COUNT_FILE -- ARGS...``. Every rename, unlink, mkdir, fsync,
zip member, SQLite snapshot and SQL statement is one step; the process kills itself just
before step N (N = 0: never, and the number of steps is written to COUNT_FILE). A kill -9 at
a known step makes the fault-injection suite repeatable, unlike a kill after a delay.
"""

from __future__ import annotations

import os
import shutil
import signal
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

KILL_AT = int(sys.argv[1])
COUNT_FILE = Path(sys.argv[2])
steps = 0


def step() -> None:
    global steps
    steps += 1
    if steps == KILL_AT:
        os.kill(os.getpid(), signal.SIGKILL)


def counted(function: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        step()
        return function(*args, **kwargs)

    return wrapper


for name in ("replace", "rename", "unlink", "mkdir", "rmdir", "fsync"):
    setattr(os, name, counted(getattr(os, name)))
shutil.rmtree = counted(shutil.rmtree)  # type: ignore[assignment]
zipfile.ZipFile.write = counted(zipfile.ZipFile.write)  # type: ignore[method-assign]
zipfile.ZipFile.writestr = counted(zipfile.ZipFile.writestr)  # type: ignore[method-assign]


def main() -> int:
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    from creditdesk.cli import main as cli_main
    from creditdesk.services import backups

    event.listen(Engine, "before_cursor_execute", lambda *_: step())
    event.listen(Engine, "commit", lambda *_: step())
    backups.snapshot_database = counted(backups.snapshot_database)
    args = sys.argv[sys.argv.index("--") + 1 :]
    try:
        return cli_main(args)
    finally:
        if KILL_AT == 0:
            COUNT_FILE.write_text(str(steps))


if __name__ == "__main__":
    sys.exit(main())
