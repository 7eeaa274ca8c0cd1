"""Moving a local workspace to a shared server (迁移到共享数据库).

Everything is copied with its ids — units, plans, obligations, submissions, notices, the audit
log — and the attachment files go into the server's attachment_blob table. The copy is one
transaction on the server, checked before it commits: row counts per table, and the SHA-256 of
every file. The local workspace is only read.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Table, func, insert, select

from creditdesk.model import AttachmentBlob, Base
from creditdesk.services.attachments import stored_path
from creditdesk.services.database import is_sqlite, make_engine, reset_sequence
from creditdesk.services.errors import UserError
from creditdesk.services.progress import NO_PROGRESS, Progress
from creditdesk.services.text_rules import column_limit
from creditdesk.services.workspace import Workspace

CHUNK = 2000
NOT_COPIED = {"alembic_version"}


@dataclass
class MigrationReport:
    """What was copied and checked."""

    rows: dict[str, int] = field(default_factory=dict)
    files: int = 0
    bytes: int = 0
    cleaned: list[str] = field(default_factory=list)
    """Values changed to fit PostgreSQL (NUL removed, cut to the column's length)."""


def _tables() -> list[Table]:
    return [t for t in Base.metadata.sorted_tables if t.name not in NOT_COPIED]


def _chunks(
    connection: Connection, table: Table, report: MigrationReport
) -> Iterator[list[dict[str, object]]]:
    result = connection.execute(select(table)).mappings()
    while rows := result.fetchmany(CHUNK):
        yield [_fit_row(table, dict(row), report) for row in rows]


def _fit_row(table: Table, row: dict[str, object], report: MigrationReport) -> dict[str, object]:
    """SQLite keeps NUL and over-long texts that PostgreSQL refuses: fix them, and say so."""
    for name, value in row.items():
        if not isinstance(value, str):
            continue
        fixed = value.replace("\x00", "")
        limit = column_limit(table, name)
        if limit is not None and len(fixed) > limit:
            fixed = fixed[:limit]
        if fixed != value:
            row[name] = fixed
            report.cleaned.append(
                f"{table.name}.{name}（编号 {row.get('id', '?')}）含有 NUL 字符或超长，已修正"
            )
    return row


def migrate_to(
    workspace: Workspace, target_url: str, progress: Progress = NO_PROGRESS
) -> MigrationReport:
    """Copy a local workspace into an empty shared database and verify the copy.

    Raises:
        UserError: the target is not PostgreSQL, already holds data, a file is missing or
            damaged, or a count differs after copying (nothing is committed then).
    """
    if workspace.shared:
        raise UserError("当前已经是共享数据库，无需迁移。")
    if is_sqlite(target_url):
        raise UserError("迁移目标应为 PostgreSQL 数据库地址（postgresql+psycopg://…）。")
    from creditdesk.services import schema

    schema.upgrade(target_url)
    target = make_engine(target_url)
    report = MigrationReport()
    tables = _tables()
    try:
        with workspace.engine.connect() as source, target.begin() as dest:
            for table in tables:
                if table.name != "office_settings" and dest.scalar(
                    select(func.count()).select_from(table)
                ):
                    raise UserError(f"目标数据库已有数据（{table.name}），请使用新建的空数据库。")
            # the first migration's default settings row makes way for the copied one
            dest.execute(Base.metadata.tables["office_settings"].delete())
            for done, table in enumerate(tables):
                progress.step(done, len(tables) + 1, f"复制 {table.name}")
                count = 0
                for rows in _chunks(source, table, report):
                    dest.execute(insert(table), rows)
                    count += len(rows)
                report.rows[table.name] = count
                reset_sequence(dest, table)
            progress.step(len(tables), len(tables) + 1, "复制附件")
            _copy_files(source, dest, workspace.directory / "attachments", report)
            for table in tables:
                copied = dest.scalar(select(func.count()).select_from(table))
                if table.name != "attachment_blob" and copied != report.rows[table.name]:
                    expected = report.rows[table.name]
                    raise UserError(f"{table.name} 复制后行数不符（{copied}≠{expected}），已回滚。")
    finally:
        target.dispose()
    progress.step(len(tables) + 1, len(tables) + 1, "完成")
    return report


def _copy_files(source: Connection, dest: Connection, store: Path, report: MigrationReport) -> None:
    from creditdesk.model import Attachment

    hashes = source.scalars(select(Attachment.sha256).distinct()).all()
    for sha256 in hashes:
        if dest.scalar(select(AttachmentBlob.sha256).where(AttachmentBlob.sha256 == sha256)):
            continue
        path = stored_path(store, sha256)
        if not path.exists():
            raise UserError(f"附件 {sha256[:12]}… 在本地附件库中缺失，请先从备份恢复后再迁移。")
        content = path.read_bytes()
        if hashlib.sha256(content).hexdigest() != sha256:
            raise UserError(f"本地附件 {sha256[:12]}… 已损坏（校验值不符），迁移已取消。")
        dest.execute(
            insert(AttachmentBlob), [{"sha256": sha256, "size": len(content), "content": content}]
        )
        stored = dest.scalar(select(AttachmentBlob.content).where(AttachmentBlob.sha256 == sha256))
        if stored is None or hashlib.sha256(stored).hexdigest() != sha256:
            raise UserError(f"附件 {sha256[:12]}… 写入共享数据库后校验失败，已回滚。")
        report.files += 1
        report.bytes += len(content)
