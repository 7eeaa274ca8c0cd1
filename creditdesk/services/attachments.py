"""The attachment store (附件库): files kept once by SHA-256, under the names they came with.

A file is copied to ``attachments/<first two hex digits>/<sha256>``; the database remembers each
arrival's original name. The same content arriving again is recognised by its hash.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from creditdesk import atomic_files
from creditdesk.services.disk_full import describe_os_error
from creditdesk.services.errors import UserError
from creditdesk.services.file_names import inside

MAX_ATTACHMENT_BYTES = 500 * 1024 * 1024


@dataclass(frozen=True)
class StoredFile:
    """A file now held in the store."""

    sha256: str
    size: int
    original_name: str


def stored_path(store: Path, sha256: str) -> Path:
    """Where a file with this hash lives in the store."""
    return store / sha256[:2] / sha256


def store_file(store: Path, source: Path) -> StoredFile:
    """Copy ``source`` into the store (once per content) and return its hash.

    The copy is written to a temporary file and renamed, so a crash never leaves half a file
    under a hash name.

    Raises:
        UserError: the file cannot be read or is too large.
    """
    # hidden .part name in the store: a killed copy is swept on the next start
    temporary = atomic_files.part_path(store / "incoming")
    try:
        size = source.stat().st_size
        if not source.is_file():
            raise UserError(f"{source.name} 不是文件，无法作为附件。")
        if size > MAX_ATTACHMENT_BYTES:
            raise UserError(f"{source.name} 超过 500 MB，请压缩或拆分后再登记。")
        digest = hashlib.sha256()
        store.mkdir(parents=True, exist_ok=True)
        with source.open("rb") as src, temporary.open("xb") as tmp:
            for block in iter(lambda: src.read(1 << 20), b""):
                digest.update(block)
                tmp.write(block)
            tmp.flush()
            os.fsync(tmp.fileno())
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise UserError(f"无法读取附件 {source.name}：{describe_os_error(error)}") from error
    sha256 = digest.hexdigest()
    target = stored_path(store, sha256)
    if target.exists():
        temporary.unlink(missing_ok=True)
    else:
        target.parent.mkdir(exist_ok=True)
        os.replace(temporary, target)
    return StoredFile(sha256, size, source.name)


def export_copy(store: Path, sha256: str, original_name: str, folder: Path) -> Path:
    """A copy of a stored file under its original name (for opening in the system viewer).

    The name is reduced to a safe base name, so a stored ``..\\x`` or ``/etc/x`` still lands
    in ``folder``.
    """
    source = stored_path(store, sha256)
    if not source.exists():
        raise UserError(f"附件 {original_name} 在附件库中缺失，请从备份恢复。")
    folder.mkdir(parents=True, exist_ok=True)
    target = inside(folder, original_name)
    if not target.exists() or target.stat().st_size != source.stat().st_size:
        shutil.copyfile(source, target)
    return target


def save_copy_as(store: Path, sha256: str, original_name: str, target: Path) -> Path:
    """Save a stored file where the clerk chose (另存为), replacing ``target`` atomically.

    The copy is written beside ``target`` and renamed, so a full disk or a cancelled copy
    never leaves half a file under the clerk's chosen name.

    Raises:
        UserError: the file is missing from the store, or ``target`` cannot be written.
    """
    source = stored_path(store, sha256)
    if not source.exists():
        raise UserError(f"附件 {original_name} 在附件库中缺失，请从备份恢复。")
    try:
        with source.open("rb") as src, atomic_files.atomic_open(target) as out:
            shutil.copyfileobj(src, out, 1 << 20)
    except OSError as error:
        raise UserError(f"无法保存到“{target}”：{describe_os_error(error)}") from error
    return target
