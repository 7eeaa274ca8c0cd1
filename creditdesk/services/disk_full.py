"""Recognising a full disk, however deep in a library the failure was raised.

A full disk surfaces as ``OSError(ENOSPC)`` from Python's file calls, as SQLite's
``SQLITE_FULL`` ("database or disk is full") from the database, and wrapped again by
SQLAlchemy or by our own :class:`UserError`; every entry point reports it as one line.
"""

from __future__ import annotations

import errno

DISK_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
MESSAGE = "磁盘空间不足，操作未完成，已有数据保持原样。请清理磁盘后重试。"


def is_disk_full(error: BaseException | None) -> bool:
    """Whether ``error`` or any error it was raised from means the disk is full."""
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if isinstance(error, OSError) and error.errno in DISK_FULL_ERRNOS:
            return True
        if "database or disk is full" in str(error) or "No space left on device" in str(error):
            return True
        error = error.__cause__ or error.__context__
    return False


def describe_os_error(error: BaseException) -> str:
    """A short Chinese reason for a failed file operation."""
    if is_disk_full(error):
        return "磁盘空间不足"
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error)
