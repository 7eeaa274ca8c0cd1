"""Backing up and restoring the shared database: the server's data, in the local format."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pg_databases import PASSWORDS
from sqlalchemy import func, select

from creditdesk.model import AuditEntry, Unit
from creditdesk.services.attachment_blobs import local_copy
from creditdesk.services.backups import restore_backup, verify_backup
from creditdesk.services.permissions import PermissionDeniedError
from creditdesk.services.schema import known_revisions
from creditdesk.services.shared_backup import backup_shared, restore_shared
from creditdesk.services.submissions import SubmissionDraft, log_submission
from creditdesk.services.workspace import Workspace, open_workspace

PG_URL = os.environ.get("CREDITDESK_TEST_PG_URL")
pytestmark = pytest.mark.skipif(PG_URL is None, reason="needs CREDITDESK_TEST_PG_URL")
NOW = dt.datetime(2026, 11, 22, 18, 0)


def _signed_in(url: str, folder: Path, user: str) -> Workspace:
    return open_workspace(folder, database_url=url, user=user, password=PASSWORDS[user])


def _unit_names(workspace: Workspace) -> list[str]:
    with workspace.context.session_factory() as session:
        return list(session.scalars(select(Unit.name).order_by(Unit.name)))


def test_a_clerk_backs_up_the_servers_data_and_it_restores_into_a_local_workspace(
    role_office: str, tmp_path: Path
) -> None:
    upload = tmp_path / "县税务局-三季度总结.docx"
    upload.write_bytes("三季度总结".encode())
    with _signed_in(role_office, tmp_path / "pc", "clerk1") as ws:
        unit_id = ws.context.session_factory().scalar(select(Unit.id))
        assert unit_id is not None
        log_submission(ws.context, SubmissionDraft(unit_id, "2026Q3", NOW.date(), files=(upload,)))
        archive = backup_shared(ws, NOW, tmp_path / "共享备份.zip")
        with ws.context.session_factory() as session:
            audit_rows = session.scalar(select(func.count(AuditEntry.id)))
    manifest = verify_backup(archive, known_revisions())  # the checks restore makes
    assert any(name.startswith("attachments/") for name in manifest.files)
    local_dir = tmp_path / "本地"
    restore_backup(archive, local_dir, NOW, known_revisions())
    with open_workspace(local_dir, backup=False) as local:
        assert _unit_names(local) == ["县税务局"]
        with local.context.session_factory() as session:
            assert session.scalar(select(func.count(AuditEntry.id))) == audit_rows
        content = hashlib.sha256(upload.read_bytes()).hexdigest()
        assert local_copy(local.context, content).read_bytes() == upload.read_bytes()


def test_the_leader_may_not_back_up_and_only_an_admin_restores(
    role_office: str, tmp_path: Path
) -> None:
    with (
        _signed_in(role_office, tmp_path / "leader", "leader1") as ws,
        pytest.raises(PermissionDeniedError),
    ):
        backup_shared(ws, NOW, tmp_path / "x.zip")
    with _signed_in(role_office, tmp_path / "clerk", "clerk1") as ws:
        archive = backup_shared(ws, NOW, tmp_path / "共享备份.zip")
        with ws.context.session_factory.begin() as session:
            session.add(Unit(name="县民政局"))  # a change made after the backup
        with pytest.raises(PermissionDeniedError):
            restore_shared(ws, archive, NOW, known_revisions())
        assert _unit_names(ws) == ["县民政局", "县税务局"]
    with _signed_in(role_office, tmp_path / "boss", "boss") as ws:
        restore_shared(ws, archive, NOW, known_revisions())
        assert _unit_names(ws) == ["县税务局"]
        with ws.context.session_factory() as session:
            last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert last is not None and (last.user, last.action) == ("boss", "从备份恢复")
        # the restored database takes new rows with fresh ids
        with ws.context.session_factory.begin() as session:
            session.add(Unit(name="县教育局"))


def test_attachments_come_back_with_a_shared_restore(role_office: str, tmp_path: Path) -> None:
    upload = tmp_path / "报告.pdf"
    upload.write_bytes(b"%PDF-1.4 report")
    with _signed_in(role_office, tmp_path / "clerk", "clerk1") as ws:
        unit_id = ws.context.session_factory().scalar(select(Unit.id))
        assert unit_id is not None
        log_submission(ws.context, SubmissionDraft(unit_id, "2026Q3", NOW.date(), files=(upload,)))
        archive = backup_shared(ws, NOW, tmp_path / "共享备份.zip")
    with _signed_in(role_office, tmp_path / "boss", "boss") as ws:
        restore_shared(ws, archive, NOW, known_revisions())
    with _signed_in(role_office, tmp_path / "fresh-pc", "clerk1") as ws:
        fetched = local_copy(ws.context, hashlib.sha256(upload.read_bytes()).hexdigest())
    assert fetched.read_bytes() == upload.read_bytes()


def test_backup_from_the_command_line_archives_the_shared_data(
    role_office: str, tmp_path: Path
) -> None:
    out = tmp_path / "命令行备份.zip"
    done = subprocess.run(
        [sys.executable, "-m", "creditdesk", "backup", "--database", role_office,
         "--workspace", str(tmp_path / "pc"), "--user", "clerk1", "--out", str(out)],
        capture_output=True, text=True, timeout=300,
        env={**os.environ, "CREDITDESK_PASSWORD": PASSWORDS["clerk1"]},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert verify_backup(out, known_revisions()).schema_revision is not None
