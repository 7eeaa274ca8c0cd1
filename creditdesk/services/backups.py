"""Workspace backups: rotating snapshots on open, full archives, and verified restores.

A full backup is a .zip holding a consistent copy of the database, the attachment store and a
manifest with the SHA-256 of every file. A restore checks all of it before it touches the
workspace, swaps it in through a journal (:mod:`restore_journal`: the old workspace or the
restored one, never neither), and keeps the replaced data under backups/.

Every file is written beside its target and renamed into place once complete
(:mod:`creditdesk.atomic_files`); an automatic snapshot counts only once it is complete and
verified, so a full disk can never replace good snapshots with broken ones.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from creditdesk import __version__
from creditdesk.atomic_files import atomic_path, part_path
from creditdesk.parsing.archive_guard import unreadable_member
from creditdesk.services.disk_full import describe_os_error
from creditdesk.services.errors import UserError
from creditdesk.services.restore_journal import STAGING_PREFIX, recover, swap_in

DB_FILE = "creditdesk.sqlite3"
ATTACHMENTS_DIR = "attachments"
BACKUPS_DIR = "backups"
AUTO_DIR = "auto"
MANIFEST = "manifest.json"
AUTO_KEEP = 10
FORMAT = 1


class BackupError(UserError):
    """A backup could not be written, or an archive is not a sound CreditDesk backup."""


@dataclass(frozen=True)
class Manifest:
    """What a backup archive says about itself."""

    created_at: str
    program_version: str
    schema_revision: str | None
    files: dict[str, str]


def _timestamp(now: dt.datetime) -> str:
    return now.strftime("%Y%m%d-%H%M%S")


def file_sha256(path: Path) -> str:
    """SHA-256 of a file, read in blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def snapshot_database(source: Path, target: Path) -> None:
    """Copy a live SQLite database consistently (WAL included) with SQLite's backup API."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            # a self-contained file: opening the copy to check it must not make -wal/-shm files
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def schema_revision_of(db_file: Path) -> str | None:
    """The Alembic revision stamped in a SQLite file, or None."""
    connection = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    finally:
        connection.close()
    return str(row[0]) if row else None


def database_is_sound(db_file: Path) -> bool:
    """Whether a SQLite file passes ``PRAGMA quick_check`` and reads its schema revision."""
    try:
        connection = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
        try:
            ok = connection.execute("PRAGMA quick_check").fetchone()
            connection.execute("SELECT count(*) FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return False
    return bool(ok) and ok[0] == "ok"


def _looks_complete(db_file: Path) -> bool:
    """A cheap check that a snapshot is whole: its size matches the page count in its header."""
    try:
        with db_file.open("rb") as handle:
            header = handle.read(100)
        size = db_file.stat().st_size
    except OSError:
        return False
    if len(header) < 100 or not header.startswith(b"SQLite format 3\0"):
        return False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    return pages > 0 and size == pages * page_size


def auto_backup(directory: Path, now: dt.datetime, keep: int = AUTO_KEEP) -> Path | None:
    """Snapshot the workspace database into backups/auto/, keeping the newest ``keep``.

    The snapshot is written beside its name, checked with ``quick_check``, and only then
    named ``creditdesk-*.sqlite3``; older snapshots are pruned only after that, and only
    among whole ones (a broken one is removed without counting), so a failure on a full disk
    never leaves fewer good backups than before.

    Raises:
        BackupError: the snapshot could not be written (full disk, no permission).
    """
    db_file = directory / DB_FILE
    if not db_file.exists():
        return None
    auto_dir = directory / BACKUPS_DIR / AUTO_DIR
    target = auto_dir / f"creditdesk-{_timestamp(now)}.sqlite3"
    if target.exists() and _looks_complete(target):
        return target
    try:
        auto_dir.mkdir(parents=True, exist_ok=True)
        with atomic_path(target) as temporary:
            snapshot_database(db_file, temporary)
            if not database_is_sound(temporary):
                raise BackupError("自动备份写入后校验失败，已删除这份不完整的备份。")
    except (OSError, sqlite3.Error) as error:
        raise BackupError(f"自动备份失败：{describe_os_error(error)}") from error
    snapshots = sorted(auto_dir.glob("creditdesk-*.sqlite3"))
    whole = [p for p in snapshots if _looks_complete(p)]
    for broken in set(snapshots) - set(whole):
        broken.unlink(missing_ok=True)
    for old in whole[:-keep]:
        old.unlink(missing_ok=True)
    return target


def create_backup(directory: Path, now: dt.datetime, out: Path | None = None) -> Path:
    """Write a full backup archive (database, attachments, manifest) and return its path."""
    db_file = directory / DB_FILE
    if not db_file.exists():
        raise BackupError(f"{directory} 中没有 CreditDesk 工作区数据库，无法备份。")
    out = out or directory / BACKUPS_DIR / f"creditdesk-backup-{_timestamp(now)}.zip"
    # the database copy sits in the workspace (cleaned on the next start if killed), the
    # archive beside its target: nothing goes to the system temp folder
    copy = part_path(directory / DB_FILE)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        snapshot_database(db_file, copy)
        files = {DB_FILE: file_sha256(copy)}
        attachments = directory / ATTACHMENTS_DIR
        stored = (
            sorted(p for p in attachments.rglob("*") if p.is_file()) if attachments.exists() else []
        )
        for path in stored:
            files[path.relative_to(directory).as_posix()] = file_sha256(path)
        manifest = {
            "format": FORMAT,
            "created_at": now.isoformat(timespec="seconds"),
            "program_version": __version__,
            "schema_revision": schema_revision_of(copy),
            "files": files,
        }
        with (
            atomic_path(out) as partial,
            zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive,
        ):
            archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
            archive.write(copy, DB_FILE)
            for path in stored:
                archive.write(path, path.relative_to(directory).as_posix())
    except (OSError, sqlite3.Error) as error:
        raise BackupError(f"无法写入备份 {out}：{describe_os_error(error)}") from error
    finally:
        copy.unlink(missing_ok=True)
    return out


def verify_backup(
    archive_path: Path, known_revisions: set[str], scratch: Path | None = None
) -> Manifest:
    """Check an archive completely; raise :class:`BackupError` saying what is wrong.

    Args:
        scratch: a folder for the database copy the check opens (a restore passes its
            staging folder inside the workspace); by default a temporary folder.
    """
    name = archive_path.name
    if archive_path.exists() and not archive_path.is_file():
        raise BackupError(f"“{name}”不是普通文件（文件夹、管道或设备），未恢复。")
    try:
        with zipfile.ZipFile(archive_path) as archive:
            unreadable = unreadable_member(archive.infolist())
            if unreadable is not None:
                raise BackupError(f"无法读取备份文件 {name}：{unreadable}，未恢复。")
            bad = archive.testzip()
            if bad is not None:
                raise BackupError(f"备份文件 {name} 已损坏（{bad} 校验失败），未恢复。")
            try:
                data = json.loads(archive.read(MANIFEST).decode("utf-8"))
                manifest = Manifest(
                    str(data["created_at"]),
                    str(data["program_version"]),
                    data.get("schema_revision"),
                    {str(k): str(v) for k, v in dict(data["files"]).items()},
                )
            except (KeyError, ValueError, TypeError) as error:
                raise BackupError(
                    f"{name} 不是 CreditDesk 备份文件（缺少清单），未恢复。"
                ) from error
            members = set(archive.namelist()) - {MANIFEST}
            if DB_FILE not in manifest.files or members != set(manifest.files):
                raise BackupError(f"备份文件 {name} 的内容与清单不符，未恢复。")
            for member, expected in manifest.files.items():
                if _is_unsafe(member):
                    raise BackupError(f"备份文件 {name} 含有不安全的路径 {member}，未恢复。")
                digest = hashlib.sha256(archive.read(member)).hexdigest()
                if digest != expected:
                    raise BackupError(f"备份文件 {name} 中的 {member} 校验值不符，已损坏，未恢复。")
            if scratch is not None:
                _check_database(Path(archive.extract(DB_FILE, scratch)), name, known_revisions)
            else:
                with tempfile.TemporaryDirectory() as folder:
                    db_copy = Path(archive.extract(DB_FILE, folder))
                    _check_database(db_copy, name, known_revisions)
    except NotImplementedError as error:
        raise BackupError(
            f"无法读取备份文件 {name}：压缩格式不受支持（{error}），未恢复。"
        ) from error
    except (zipfile.BadZipFile, RuntimeError, EOFError) as error:
        raise BackupError(f"{name} 不是有效的备份压缩包，未恢复。") from error
    except OSError as error:
        raise BackupError(f"无法读取备份文件 {name}：{describe_os_error(error)}") from error
    return manifest


def _is_unsafe(member: str) -> bool:
    path = Path(member)
    return path.is_absolute() or ".." in path.parts


def _check_database(db_file: Path, name: str, known_revisions: set[str]) -> None:
    try:
        connection = sqlite3.connect(db_file)
        try:
            result = connection.execute("PRAGMA integrity_check").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise BackupError(f"备份文件 {name} 中的数据库无法打开：{error}，未恢复。") from error
    if not result or result[0] != "ok":
        raise BackupError(f"备份文件 {name} 中的数据库完整性检查失败，未恢复。")
    revision = schema_revision_of(db_file)
    if revision is None or revision not in known_revisions:
        raise BackupError(f"备份文件 {name} 来自更新版本的 CreditDesk 或不是工作区，未恢复。")


def restore_backup(
    archive_path: Path, directory: Path, now: dt.datetime, known_revisions: set[str]
) -> Path:
    """Replace the workspace's database and attachments with a verified archive.

    The caller holds the workspace lock. The archive is checked and unpacked into a staging
    folder inside the workspace first; the swap itself is journalled (see
    :mod:`restore_journal`), so a failure or a kill leaves the old workspace or the restored
    one. The replaced data moves to backups/pre-restore-*/, whose path is returned.

    Raises:
        BackupError: the archive is unsound, or the restore failed and nothing changed.
    """
    directory.mkdir(parents=True, exist_ok=True)
    recover(directory)
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=directory))
    keep = directory / BACKUPS_DIR / f"pre-restore-{_timestamp(now)}"
    try:
        verify_backup(archive_path, known_revisions, scratch=staging)
        with zipfile.ZipFile(archive_path) as archive:
            archive.extractall(staging, members=[m for m in archive.namelist() if m != MANIFEST])
        (staging / ATTACHMENTS_DIR).mkdir(exist_ok=True)
        swap_in(
            directory,
            staging,
            keep,
            [DB_FILE, f"{DB_FILE}-wal", f"{DB_FILE}-shm", f"{DB_FILE}-journal", ATTACHMENTS_DIR],
        )
    except (OSError, zipfile.BadZipFile) as error:
        raise BackupError(f"恢复失败，工作区保持原样：{describe_os_error(error)}") from error
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return keep
