"""Shared mode on PostgreSQL: sign-in, roles enforced in the services, no lost update,
attachments in the database, and moving a local workspace to the server."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pg_databases import drop_database
from sqlalchemy import create_engine, func, select

from creditdesk.model import AuditEntry, Submission, Unit
from creditdesk.services.attachment_blobs import local_copy
from creditdesk.services.backups import DB_FILE, file_sha256
from creditdesk.services.context import FixedClock
from creditdesk.services.demo import build_demo
from creditdesk.services.errors import StaleEditError, UserError
from creditdesk.services.migrate import migrate_to
from creditdesk.services.periods import Period
from creditdesk.services.permissions import PermissionDeniedError
from creditdesk.services.roster_edit import get_unit, update_unit
from creditdesk.services.settings import load_settings, save_settings
from creditdesk.services.status import period_status
from creditdesk.services.submissions import SubmissionDraft, log_submission, review
from creditdesk.services.users import SignInError, add_user
from creditdesk.services.workspace import open_workspace

PG_URL = os.environ.get("CREDITDESK_TEST_PG_URL")
pytestmark = pytest.mark.skipif(PG_URL is None, reason="needs CREDITDESK_TEST_PG_URL")
TODAY = dt.date(2026, 11, 22)
CLOCK = FixedClock(dt.datetime(2026, 11, 22, 9, 0))


@pytest.fixture
def empty_database() -> Iterator[str]:
    """A new, empty PostgreSQL database (no schema yet)."""
    assert PG_URL is not None
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    name = f"m_{uuid.uuid4().hex[:12]}"
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    yield PG_URL.rsplit("/", 1)[0] + "/" + name
    admin.dispose()
    drop_database(name)


@pytest.fixture
def office(empty_database: str, tmp_path: Path) -> str:
    """A shared database holding the demo office, with an admin, a clerk and a leader."""
    build_demo(tmp_path / "demo-cache", TODAY, database_url=empty_database)
    with open_workspace(tmp_path / "admin", database_url=empty_database, clock=CLOCK) as ws:
        add_user(ws.context, "admin", "admin-secret-1", "admin", "李静")
    with open_workspace(
        tmp_path / "admin", database_url=empty_database, user="admin", password="admin-secret-1"
    ) as ws:
        add_user(ws.context, "clerk", "clerk-secret-1", "clerk", "王芳")
        add_user(ws.context, "leader", "leader-secret-1", "readonly", "张局长")
    return empty_database


def test_signing_in_is_required_once_accounts_exist(office: str, tmp_path: Path) -> None:
    with pytest.raises(SignInError, match="需要登录"):
        open_workspace(tmp_path / "x", database_url=office, user="clerk")
    with pytest.raises(SignInError, match="用户名或密码不正确"):
        open_workspace(tmp_path / "x", database_url=office, user="clerk", password="wrong-password")
    with open_workspace(
        tmp_path / "x", database_url=office, user="clerk", password="clerk-secret-1"
    ) as ws:
        assert (ws.context.user, ws.context.role) == ("clerk", "clerk")


def test_a_read_only_leader_cannot_write_through_any_service(office: str, tmp_path: Path) -> None:
    upload = tmp_path / "材料.docx"
    upload.write_bytes(b"leader tries")
    with open_workspace(
        tmp_path / "leader", database_url=office, user="leader", password="leader-secret-1"
    ) as ws:
        ctx = ws.context
        with ctx.session_factory() as session:
            audit_before = session.scalar(select(func.count(AuditEntry.id)))
            unit_id = session.scalar(select(Unit.id).order_by(Unit.id).limit(1))
            submission_id = session.scalar(select(Submission.id).limit(1))
        assert unit_id is not None and submission_id is not None
        detail = get_unit(ctx, unit_id)  # reading is allowed
        attempts = [
            lambda: save_settings(ctx, load_settings(ctx)),
            lambda: update_unit(
                ctx, unit_id, replace(detail.fields, liaison="某某"), detail.version
            ),
            lambda: log_submission(ctx, SubmissionDraft(unit_id, "2026Q3", TODAY, files=(upload,))),
            lambda: review(ctx, [submission_id], "accepted"),
            lambda: add_user(ctx, "intruder", "intruder-secret", "admin"),
        ]
        for attempt in attempts:
            with pytest.raises(PermissionDeniedError):
                attempt()
        with ctx.session_factory() as session:
            assert session.scalar(select(func.count(AuditEntry.id))) == audit_before


def test_the_second_of_two_clerks_saving_one_unit_is_refused_and_the_first_kept(
    office: str, tmp_path: Path
) -> None:
    first = open_workspace(
        tmp_path / "a", database_url=office, user="admin", password="admin-secret-1"
    )
    second = open_workspace(
        tmp_path / "b", database_url=office, user="clerk", password="clerk-secret-1"
    )
    try:
        with first.context.session_factory() as session:
            unit_id = session.scalar(select(Unit.id).where(Unit.short_name == "县税务局"))
        assert unit_id is not None
        mine = get_unit(first.context, unit_id)
        theirs = get_unit(second.context, unit_id)
        update_unit(first.context, unit_id, replace(mine.fields, liaison="赵一"), mine.version)
        with pytest.raises(StaleEditError) as refused:
            update_unit(
                second.context, unit_id, replace(theirs.fields, liaison="钱二"), theirs.version
            )
        assert refused.value.theirs is not None and refused.value.theirs["liaison"] == "赵一"
        assert "admin" in str(refused.value)  # says who changed it
        assert get_unit(second.context, unit_id).fields.liaison == "赵一"
    finally:
        first.close()
        second.close()


def test_attachments_live_in_the_database_for_every_clerk(office: str, tmp_path: Path) -> None:
    upload = tmp_path / "县税务局-2026年三季度总结.docx"
    upload.write_bytes("三季度总结内容".encode())
    with open_workspace(
        tmp_path / "pc1", database_url=office, user="clerk", password="clerk-secret-1"
    ) as ws:
        with ws.context.session_factory() as session:
            unit_id = session.scalar(select(Unit.id).where(Unit.short_name == "县税务局"))
        assert unit_id is not None
        logged = log_submission(
            ws.context, SubmissionDraft(unit_id, "2026Q3", TODAY, files=(upload,))
        )
        with ws.context.session_factory() as session:
            sha = (
                session.scalars(select(Submission).where(Submission.id == logged.id))
                .one()
                .attachments[0]
                .sha256
            )
    # another clerk's PC with an empty cache gets the same bytes from the server
    with open_workspace(
        tmp_path / "pc2", database_url=office, user="admin", password="admin-secret-1"
    ) as other:
        fetched = local_copy(other.context, sha)
    assert fetched.read_bytes() == upload.read_bytes()


def test_migrate_to_copies_everything_verifies_and_leaves_the_local_workspace(
    empty_database: str, tmp_path: Path
) -> None:
    local_dir = tmp_path / "本地工作区"
    build_demo(local_dir, TODAY)
    upload = tmp_path / "附件.pdf"
    upload.write_bytes(b"%PDF-1.4 a unit's report")
    with open_workspace(local_dir, clock=CLOCK) as local:
        with local.context.session_factory() as session:
            unit_id = session.scalar(select(Unit.id).limit(1))
        assert unit_id is not None
        log_submission(local.context, SubmissionDraft(unit_id, "2026Q3", TODAY, files=(upload,)))
    before = file_sha256(local_dir / DB_FILE)
    with open_workspace(local_dir, backup=False) as local:
        report = migrate_to(local, empty_database)
        expected = period_status(local.context, Period.parse("2026Q3"), TODAY).as_contract()
    assert report.files == 1 and report.rows["unit"] >= 30
    assert file_sha256(local_dir / DB_FILE) == before
    with open_workspace(tmp_path / "cache", database_url=empty_database) as shared:
        assert (
            period_status(shared.context, Period.parse("2026Q3"), TODAY).as_contract() == expected
        )
        # new rows get fresh ids after the copied ones
        log_submission(shared.context, SubmissionDraft(unit_id, "2026Q3", TODAY))
    with (
        open_workspace(local_dir, backup=False) as local,
        pytest.raises(UserError, match="已有数据"),
    ):
        migrate_to(local, empty_database)


def test_demo_and_status_from_the_command_line_agree_with_sqlite(
    empty_database: str, tmp_path: Path
) -> None:
    def run(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "creditdesk", *args], capture_output=True, text=True, timeout=300
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    run("demo", str(tmp_path / "pg-cache"), "--database", empty_database, "--date", "2026-11-22")
    run("demo", str(tmp_path / "local"), "--date", "2026-11-22")
    status = ["status", "--period", "2026Q4", "--as-of", "2026-11-22", "--json"]
    on_pg = json.loads(
        run(*status, "--workspace", str(tmp_path / "pg-cache"), "--database", empty_database)
    )
    on_sqlite = json.loads(run(*status, "--workspace", str(tmp_path / "local")))
    assert on_pg == on_sqlite


def test_a_notice_issued_on_one_pc_reprints_identically_on_another(
    office: str, tmp_path: Path
) -> None:
    from creditdesk.services.notice_drafts import draft_overdue
    from creditdesk.services.notice_issue import issue_notices
    from creditdesk.services.notice_register import notice_pdf

    with open_workspace(
        tmp_path / "pc1", database_url=office, user="clerk", password="clerk-secret-1"
    ) as ws:
        drafts = draft_overdue(ws.context, TODAY)[:1]
        issued = issue_notices(ws.context, drafts, issued_on=TODAY)
        original = notice_pdf(ws.context, issued[0].id)
    with open_workspace(
        tmp_path / "pc2", database_url=office, user="admin", password="admin-secret-1"
    ) as other:
        assert notice_pdf(other.context, issued[0].id) == original
