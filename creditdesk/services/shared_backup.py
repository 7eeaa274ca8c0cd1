"""Backups of a shared PostgreSQL database (共享数据库备份), in the local archive format.

Clerk PCs have no ``pg_dump``. The backup reads every table with ``COPY … TO STDOUT`` (binary,
typed by psycopg) inside one read-only REPEATABLE READ transaction, so all tables and
attachment blobs come from the same moment while other clerks keep working. The rows go
into a SQLite file at the same schema revision and the blobs into an attachment store: the
archive is then exactly what :func:`creditdesk.services.backups.create_backup` writes, checked
by the same ``verify_backup`` (and restorable into a local workspace, too).

Restoring replaces the shared data in one transaction, as the owner role an administrator
may take on; the audit log is replaced by the archive's, plus one entry saying who restored
what.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, delete, insert, select, text

from creditdesk import atomic_files
from creditdesk.model import AttachmentBlob, Base
from creditdesk.services import db_accounts, schema
from creditdesk.services.attachments import stored_path
from creditdesk.services.backups import (
    ATTACHMENTS_DIR,
    BACKUPS_DIR,
    DB_FILE,
    MANIFEST,
    BackupError,
    create_backup,
    verify_backup,
)
from creditdesk.services.database import make_engine, reset_sequence
from creditdesk.services.permissions import require_role
from creditdesk.services.workspace import Workspace

# accounts are server roles, backed up with the server (pg_dumpall --roles-only), not here
NOT_COPIED = {"alembic_version", "app_user", AttachmentBlob.__tablename__}
CHUNK = 2000


def _tables() -> list[Table]:
    return [t for t in Base.metadata.sorted_tables if t.name not in NOT_COPIED]


def _copy_rows(source: Connection, table: Table) -> list[dict[str, Any]]:
    """A table's rows through COPY in binary form, typed by the server's column types."""
    columns = [c.name for c in table.columns]
    oids: dict[str, int] = dict(
        source.execute(
            text(
                "SELECT attname, atttypid FROM pg_attribute "
                "WHERE attrelid = CAST(:t AS regclass) AND attnum > 0 AND NOT attisdropped"
            ),
            {"t": table.name},
        ).all()
    )
    raw: Any = source.connection.driver_connection
    quoted = ", ".join(f'"{c}"' for c in columns)
    rows = []
    statement = f'COPY "{table.name}" ({quoted}) TO STDOUT (FORMAT BINARY)'
    with raw.cursor() as cursor, cursor.copy(statement) as copy:
        copy.set_types([int(oids[c]) for c in columns])
        for row in copy.rows():
            rows.append(dict(zip(columns, row, strict=True)))
    return rows


def backup_shared(workspace: Workspace, now: dt.datetime, out: Path | None = None) -> Path:
    """Write a consistent backup archive of the shared database; returns its path.

    Raises:
        PermissionDeniedError: a read-only account (backups are the clerks' and admins' job).
        BackupError: the archive cannot be written.
    """
    require_role(workspace.context.role, "admin", "clerk")
    out = out or workspace.directory / BACKUPS_DIR / f"creditdesk-shared-{now:%Y%m%d-%H%M%S}.zip"
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        local_url = f"sqlite:///{folder / DB_FILE}"
        snapshot = workspace.engine.connect().execution_options(
            isolation_level="REPEATABLE READ", postgresql_readonly=True
        )
        with snapshot as source:
            revision = schema.current_revision_on(source)
            if revision is None:
                raise BackupError("共享数据库还没有任何数据，无需备份。")
            schema.upgrade(local_url, target=revision)
            target = make_engine(local_url)
            try:
                with target.begin() as dest:
                    dest.execute(delete(Base.metadata.tables["office_settings"]))
                    for table in _tables():
                        rows = _copy_rows(source, table)
                        for start in range(0, len(rows), CHUNK):
                            dest.execute(insert(table), rows[start : start + CHUNK])
            finally:
                target.dispose()
            store = folder / ATTACHMENTS_DIR
            blobs = source.execute(select(AttachmentBlob.sha256, AttachmentBlob.content))
            for sha256, content in blobs:
                path = stored_path(store, sha256)
                path.parent.mkdir(parents=True, exist_ok=True)
                atomic_files.write_bytes(path, content)
            source.rollback()
        return create_backup(folder, now, out)


def restore_shared(
    workspace: Workspace, archive_path: Path, now: dt.datetime, known_revisions: set[str]
) -> int:
    """Replace the shared database's data with a verified archive; returns the rows loaded.

    Raises:
        PermissionDeniedError: the one signed in is not an administrator.
        BackupError: the archive is damaged, foreign or from a newer program.
    """
    require_role(workspace.context.role, "admin")
    verify_backup(archive_path, known_revisions)
    loaded = 0
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        with zipfile.ZipFile(archive_path) as archive:
            archive.extractall(folder, members=[m for m in archive.namelist() if m != MANIFEST])
        local_url = f"sqlite:///{folder / DB_FILE}"
        schema.upgrade(local_url)  # an archive from an older version: bring it to ours
        source_engine = make_engine(local_url)
        try:
            with source_engine.connect() as source, workspace.engine.begin() as dest:
                account = db_accounts.role_of(dest, str(dest.scalar(text("SELECT current_user"))))
                if account is not None:
                    dest.exec_driver_sql(f'SET LOCAL ROLE "{db_accounts.role_prefix(dest)}_owner"')
                dest.exec_driver_sql("ALTER TABLE audit_log DISABLE TRIGGER USER")
                tables = [t.name for t in _tables()] + [AttachmentBlob.__tablename__]
                names = ", ".join(f'"{name}"' for name in tables)
                dest.exec_driver_sql(f"TRUNCATE {names} RESTART IDENTITY")
                for table in _tables():
                    result = source.execute(select(table)).mappings()
                    while rows := result.fetchmany(CHUNK):
                        dest.execute(insert(table), [dict(r) for r in rows])
                        loaded += len(rows)
                    reset_sequence(dest, table)
                loaded += _load_blobs(dest, folder / ATTACHMENTS_DIR)
                dest.exec_driver_sql("ALTER TABLE audit_log ENABLE TRIGGER USER")
                dest.execute(
                    text(
                        'INSERT INTO audit_log (at, "user", action, entity, entity_id, after) '
                        "VALUES (:at, :user, '从备份恢复', 'database', '', :after)"
                    ),
                    {
                        "at": now,
                        "user": workspace.context.user,
                        "after": json.dumps({"archive": archive_path.name}, ensure_ascii=False),
                    },
                )
        finally:
            source_engine.dispose()
    return loaded


def _load_blobs(connection: Connection, store: Path) -> int:
    count = 0
    if not store.exists():
        return count
    for path in sorted(p for p in store.rglob("*") if p.is_file()):
        content = path.read_bytes()
        sha256 = hashlib.sha256(content).hexdigest()
        if sha256 != path.name:
            raise BackupError(f"备份中的附件 {path.name[:12]}… 校验值不符，未恢复。")
        connection.execute(
            insert(AttachmentBlob), [{"sha256": sha256, "size": len(content), "content": content}]
        )
        count += 1
    return count
