"""Swapping a restored workspace into place so that it is never half old, half new.

A restore moves the current database and attachment store aside and moves the restored ones
in: several renames, any of which may fail (a file held open on Windows) or be cut short (a
kill, a power cut). Before the first rename a journal (``restore-in-progress.json``) records
what is about to move; after the last it is marked done. A failure rolls the renames back at
once; a kill leaves the journal, and the next start reads it to roll back (not yet done) or
to finish the clean-up (done). Every rename stays inside the workspace folder, so each one is
atomic and the clerk sees the old workspace or the restored one, never neither.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from pathlib import Path

from creditdesk.atomic_files import fsync_directory, write_text

JOURNAL = "restore-in-progress.json"
STAGING_PREFIX = ".restore-"


def swap_in(directory: Path, staging: Path, keep: Path, names: list[str]) -> None:
    """Replace ``directory/NAME`` with ``staging/NAME`` for each name; old ones go to ``keep``.

    Raises:
        OSError: a rename failed; the workspace has been put back as it was.
    """
    keep.mkdir(parents=True, exist_ok=True)
    existed = [name for name in names if (directory / name).exists()]
    journal = {
        "staging": staging.name,
        "keep": keep.relative_to(directory).as_posix(),
        "names": names,
        "existed": existed,
        "done": False,
    }
    write_text(directory / JOURNAL, json.dumps(journal, ensure_ascii=False))
    try:
        for name in existed:
            os.replace(directory / name, keep / name)
        for name in names:
            if (staging / name).exists():
                os.replace(staging / name, directory / name)
        fsync_directory(directory)
        write_text(directory / JOURNAL, json.dumps({**journal, "done": True}, ensure_ascii=False))
    except BaseException:
        with contextlib.suppress(OSError):
            _roll_back(directory, journal)
        raise
    _finish(directory, journal)


def recover(directory: Path) -> str | None:
    """Finish or roll back a restore a previous run left half done; say what was done.

    Also removes staging folders of restores killed before their journal was written.
    """
    message = None
    path = directory / JOURNAL
    if path.exists():
        try:
            journal = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            journal = None  # the journal is written atomically: unreadable means none was due
        if isinstance(journal, dict) and journal.get("done"):
            _finish(directory, journal)
            message = "上次恢复备份在收尾时中断，已完成恢复。"
        elif isinstance(journal, dict):
            _roll_back(directory, journal)
            message = "上次恢复备份未完成（程序被中断），工作区已回到恢复前的状态。"
        else:
            path.unlink(missing_ok=True)
    for staging in directory.glob(f"{STAGING_PREFIX}*"):
        if staging.is_dir():
            shutil.rmtree(staging, ignore_errors=True)
    return message


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()


def _roll_back(directory: Path, journal: dict[str, object]) -> None:
    keep = directory / str(journal["keep"])
    existed = {str(n) for n in journal["existed"]}  # type: ignore[attr-defined]
    for name in [str(n) for n in journal["names"]]:  # type: ignore[attr-defined]
        current, kept = directory / name, keep / name
        if name in existed:
            if kept.exists():  # moved aside: what is in place now came from the backup
                if current.exists():
                    _remove(current)
                os.replace(kept, current)
        elif current.exists():
            _remove(current)
    fsync_directory(directory)
    with contextlib.suppress(OSError):
        keep.rmdir()  # only if empty: nothing of the old workspace is ever deleted here
    _finish(directory, journal)


def _finish(directory: Path, journal: dict[str, object]) -> None:
    shutil.rmtree(directory / str(journal["staging"]), ignore_errors=True)
    (directory / JOURNAL).unlink(missing_ok=True)
    fsync_directory(directory)
