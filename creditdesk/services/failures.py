"""One Chinese line for each failure a user can cause or meet, with no personal data in it.

A library exception's text is written for programmers and may carry the SQL statement with
its parameters — a liaison's name, phone and e-mail.  :func:`describe_failure` maps the
failures a clerk meets (database server down, wrong password, connection lost mid-import,
disk full, unsupported archive) to a message that says what happened and what was kept,
built only from the error's class and the driver's own reason, never from the parameters.
"""

from __future__ import annotations

import errno
import zipfile
from typing import Final

_DB_REASONS: Final = (
    (("password authentication failed", "authentication failed"),
     "共享数据库拒绝登录：用户名或密码错误。"),
    (("does not exist",), "共享数据库不存在（数据库名有误？），请检查数据库地址。"),
    (("server closed the connection", "terminating connection", "connection is closed",
      "connection already closed", "consuming input failed", "connection is lost",
      "ssl syscall error", "eof detected", "connection reset"),
     "与数据库的连接中断，本次操作未保存（已整体撤回）。请检查网络后重试。"),
    (("connection refused", "could not connect", "connection failed", "timeout expired",
      "timed out", "could not translate host name", "name or service not known",
      "no route to host", "network is unreachable"),
     "无法连接共享数据库：服务器未启动、地址有误或网络不通。"),
    (("database is locked",), "数据库正被其他程序占用，请稍后重试。"),
    (("database or disk is full", "disk i/o error"), "磁盘已满或无法写入，本次操作未保存。"),
    (("file is not a database", "database disk image is malformed"),
     "数据库文件已损坏，请从备份恢复。"),
)  # fmt: skip


def _database_reason(error: BaseException) -> str | None:
    from sqlalchemy.exc import DBAPIError, SQLAlchemyError

    if not isinstance(error, SQLAlchemyError):
        return None
    # the driver's own message; ``str(error)`` would add the SQL and its parameters
    original = error.orig if isinstance(error, DBAPIError) else None
    text = str(original if original is not None else type(error).__name__).lower()
    for needles, message in _DB_REASONS:
        if any(n in text for n in needles):
            return message
    kind = type(original).__name__ if original is not None else type(error).__name__
    return f"数据库操作失败（{kind}），本次操作未保存。"


def _file_reason(error: OSError) -> str:
    where = f"“{error.filename}”" if error.filename else ""
    if error.errno == errno.ENOSPC:
        return f"磁盘空间不足，无法写入{where}，本次操作未保存。"
    if error.errno in (errno.EACCES, errno.EPERM):
        return f"没有权限读写{where}（文件可能正被 Excel/WPS 打开）。"
    if error.errno == errno.ENOENT:
        return f"找不到{where or '文件'}。"
    return f"无法读写文件{where}：{error.strerror or type(error).__name__}。"


def describe_failure(error: BaseException) -> str:
    """The one line to show for ``error``: its reason, never its SQL parameters."""
    database = _database_reason(error)
    if database is not None:
        return database
    if isinstance(error, MemoryError):
        return "内存不足，操作未完成。请关闭其他程序后重试，或检查文件是否异常庞大。"
    if isinstance(error, zipfile.BadZipFile):
        return "压缩文件已损坏或不是有效的压缩包。"
    if isinstance(error, NotImplementedError) and "zip" in str(error).lower():
        return "压缩文件使用了不支持的格式（压缩方式或版本），请用常见软件重新保存后再试。"
    if isinstance(error, OSError):
        return _file_reason(error)
    return (
        f"程序内部错误（{type(error).__name__}），操作未完成，数据未改动。"
        "设置环境变量 CREDITDESK_DEBUG=1 后重试可显示详细信息。"
    )
