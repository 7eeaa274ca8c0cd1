"""Attachment contents in a shared database (共享模式的附件).

In shared mode every clerk's program must see the same files, so the contents go into the
database (table attachment_blob, keyed by SHA-256) with the submission that brings them; each
program keeps a local copy in its attachments folder as a cache and checks the hash whenever it
fills that cache.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from creditdesk import atomic_files
from creditdesk.model import AttachmentBlob
from creditdesk.services.attachments import StoredFile, stored_path
from creditdesk.services.context import ServiceContext
from creditdesk.services.errors import UserError


def save_blobs(session: Session, store: Path, files: list[StoredFile]) -> None:
    """Put the contents of newly stored files into the database (once per hash)."""
    for stored in files:
        if session.get(AttachmentBlob, stored.sha256) is None:
            content = stored_path(store, stored.sha256).read_bytes()
            session.add(AttachmentBlob(sha256=stored.sha256, size=len(content), content=content))
    session.flush()


def local_copy(ctx: ServiceContext, sha256: str) -> Path:
    """The path of a stored file, fetched from the shared database into the cache if needed.

    Raises:
        UserError: the content is missing, or does not match its hash.
    """
    if ctx.attachments_dir is None:
        raise UserError("该工作区没有附件库。")
    path = stored_path(ctx.attachments_dir, sha256)
    if path.exists() or not ctx.blobs_in_database:
        if not path.exists():
            raise UserError("附件在附件库中缺失，请从备份恢复。")
        return path
    with ctx.session_factory() as session:
        content = session.scalar(
            select(AttachmentBlob.content).where(AttachmentBlob.sha256 == sha256)
        )
    if content is None:
        raise UserError("共享数据库中没有该附件的内容。")
    if hashlib.sha256(content).hexdigest() != sha256:
        raise UserError("共享数据库中的附件内容与校验值不符，已拒绝使用。")
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_files.write_bytes(path, content)
    return path
