"""The one way CreditDesk writes a file: beside its target, then renamed into place.

A file the program writes (backup archive, report, notice PDF, roster export, stored
attachment, restore journal) is first written to a hidden temporary file in the target's own
folder — ``.NAME.XXXXXXXX.part`` — flushed to disk, and only then renamed over the target
(``os.replace``, atomic on one file system). A crash, a kill or a full disk therefore leaves
either the old file or the complete new one, never a half-written target; a failure removes
the temporary file, and :func:`remove_leftover_parts` sweeps those a killed process left.
Both ``services`` and ``output`` use it, so it sits beside them at the package top.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

PART_SUFFIX = ".part"


def part_path(target: Path) -> Path:
    """A fresh hidden temporary name beside ``target`` (same folder, so the rename is atomic)."""
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}{PART_SUFFIX}")


def fsync_directory(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a no-op where directories cannot be opened)."""
    if os.name == "nt":
        return
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def fsync_file(path: Path) -> None:
    """Flush a finished file's content to disk before it is renamed into place.

    Opened for writing: Windows refuses to flush (``_commit``) a read-only handle, which the
    Windows build under Wine showed as "Permission denied" on every backup and notice.
    """
    with path.open("r+b") as handle:
        os.fsync(handle.fileno())


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target``.

    For writers that want a file name (``zipfile``, openpyxl's ``save``, SQLite's backup API).
    On any exception the temporary file is removed and ``target`` is left as it was.
    """
    temporary = part_path(target)
    try:
        yield temporary
        fsync_file(temporary)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise
    fsync_directory(target.parent)


@contextlib.contextmanager
def atomic_open(target: Path) -> Iterator[BinaryIO]:
    """Yield a binary file beside ``target`` that replaces it once closed without error.

    Opened like any new file (not with mkstemp's private 0600 mode), so the result gets the
    permissions the user's other files get.
    """
    with atomic_path(target) as temporary, temporary.open("xb") as handle:
        yield handle
        handle.flush()
        os.fsync(handle.fileno())


def write_bytes(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` atomically."""
    with atomic_open(target) as handle:
        handle.write(data)


def write_text(target: Path, text: str) -> None:
    """Write UTF-8 ``text`` to ``target`` atomically."""
    write_bytes(target, text.encode("utf-8"))


def is_part(path: Path) -> bool:
    """Whether ``path`` is a temporary file of :func:`part_path`."""
    return path.name.startswith(".") and path.name.endswith(PART_SUFFIX)


def remove_leftover_parts(folder: Path, *, recursive: bool = True) -> list[Path]:
    """Remove temporary files a killed writer left in (or under) ``folder``; list them."""
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    pattern = f".*{PART_SUFFIX}"
    for path in folder.rglob(pattern) if recursive else folder.glob(pattern):
        if path.is_file() and is_part(path):
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed
