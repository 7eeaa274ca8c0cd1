"""Issuing supervisory notices (发出督办通知): numbering, drawing and registering a batch.

From drafts (:mod:`creditdesk.services.notice_drafts`) to numbered letters in one transaction.
The letters' wording is :mod:`creditdesk.services.notice_letters`; the register they join,
with reprints and exports, is :mod:`creditdesk.services.notice_register`, and their states
(已回复, 已办结, 作废) :mod:`creditdesk.services.notice_states`.

Numbering. Document numbers are ``<prefix>〔<year>〕<seq>号`` with one sequence per year: no gap
and no duplicate, in a batch and with two clerks issuing at once. Inside the issuing
transaction the next number is ``max(seq) + 1`` of the year, so rows are never deleted (a
cancelled notice stays, marked void, and keeps its number). Two transactions must not both read
the same maximum, so the transaction's *first* statement is a write: an UPDATE of the office
settings row that changes nothing (``version = version``). On SQLite any write takes the
database's single write lock, and because nothing was read before it, a second clerk waits
there (busy timeout) instead of failing later on a stale snapshot; SQLAlchemy's session cannot
issue ``BEGIN IMMEDIATE``, and this has the same effect. On PostgreSQL the UPDATE locks that row
until commit, and the following read (READ COMMITTED) sees the other clerk's numbers. The
unique constraint on (year, seq) stays the last guard: an IntegrityError rolls the whole batch
back and it is tried again with fresh numbers.

Documents. Each notice's PDF is rendered inside that transaction (it prints the number) and
kept in the workspace's attachment store under its SHA-256 (``Notice.pdf_sha256``), put
there once the rows are committed (a kill in between only means a reprint draws it again).
When the caller asks for the PDFs in a folder, they are written there *before* the commit and
removed again if anything fails, so numbers and register rows exist only with their PDFs; the body
text and the items are stored on the rows as a snapshot. A reprint returns the stored bytes;
only if the file is lost (or for notices entered before this version) is the letter drawn
again from the snapshot, with the office's current name and the level's current title.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final

from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from creditdesk import atomic_files
from creditdesk.model import AttachmentBlob, Notice, NoticeItem
from creditdesk.services import audit
from creditdesk.services.attachments import stored_path
from creditdesk.services.calendar_store import load_calendar
from creditdesk.services.context import ServiceContext
from creditdesk.services.disk_full import describe_os_error
from creditdesk.services.errors import UserError
from creditdesk.services.notice_drafts import NoticeDraft
from creditdesk.services.notice_letters import (
    compose,
    font_set,
    make_letter,
    pdf_file_name,
    reply_deadline,
)
from creditdesk.services.notice_template import Level, templates_from_row
from creditdesk.services.progress import NO_PROGRESS, Progress
from creditdesk.services.settings import SETTINGS_ID, settings_row

if TYPE_CHECKING:  # reportlab loads only when a letter is drawn
    from creditdesk.output.fonts import FontSet

ISSUE_ATTEMPTS: Final = 3
"""How often a batch is tried again when another clerk took the same numbers meanwhile."""


@dataclass(frozen=True)
class IssuedNotice:
    """A notice just issued."""

    id: int
    number: str
    unit: str
    level: Level
    issued_on: dt.date
    item_count: int
    pdf_sha256: str


def _lock_numbering(session: Session) -> None:
    """Take the numbering lock: a write before any read (see the module docstring)."""
    session.execute(
        text("UPDATE office_settings SET version = version WHERE id = :id"), {"id": SETTINGS_ID}
    )


def _store_pdf(store: Path | None, data: bytes) -> str:
    """Keep ``data`` in the attachment store under its SHA-256; returns the hash."""
    sha256 = hashlib.sha256(data).hexdigest()
    if store is None:
        return sha256
    target = stored_path(store, sha256)
    if target.exists():
        return sha256
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_files.write_bytes(target, data)
    except OSError as error:
        raise UserError(f"无法在工作区保存通知文件：{error.strerror or error}") from error
    return sha256


def number_text(prefix: str, year: int, seq: int) -> str:
    """西信用办督〔2024〕3号: hexagonal brackets, the full year, no padding, no 第."""
    return f"{prefix}〔{year}〕{seq}号"


def issue_notices(
    ctx: ServiceContext,
    drafts: Sequence[NoticeDraft],
    issued_on: dt.date | None = None,
    progress: Progress = NO_PROGRESS,
    fonts: FontSet | None = None,
    out: Path | None = None,
    redraft: Callable[[], Sequence[NoticeDraft]] | None = None,
) -> list[IssuedNotice]:
    """Number, draw, store and register the drafts: all of them or, on any error, none.

    Args:
        drafts: one per unit (usually straight from a ``draft_*`` function).
        issued_on: the letters' date and numbering year; today when not given.
        progress: reports each notice drawn; a cancel rolls everything back.
        out: a folder to write each PDF into as :func:`pdf_file_name` before the batch is
            committed; if it cannot be written, nothing is numbered or registered.
        redraft: decides the batch again once the numbering lock is held, replacing
            ``drafts``, so a batch another clerk issued meanwhile is seen (see notice_batch).

    Raises:
        UserError: no document-number prefix or office name in the settings, a draft without
            items, or numbers still colliding after several attempts.
    """
    issued_on = issued_on or ctx.clock.today()
    if not drafts and redraft is None:
        return []
    for draft in drafts:
        if not draft.items:
            raise UserError(f"给{draft.unit}的通知没有列出任何事项。")
    fonts_used = font_set(fonts)
    for attempt in range(1, ISSUE_ATTEMPTS + 1):
        try:
            return _issue_once(ctx, drafts, issued_on, progress, fonts_used, out, redraft)
        except IntegrityError as error:
            if attempt == ISSUE_ATTEMPTS:
                raise UserError("文号分配与其他用户冲突，请稍后重试。") from error
    raise AssertionError("unreachable")


def _issue_once(
    ctx: ServiceContext,
    drafts: Sequence[NoticeDraft],
    issued_on: dt.date,
    progress: Progress,
    fonts: FontSet,
    out: Path | None,
    redraft: Callable[[], Sequence[NoticeDraft]] | None = None,
) -> list[IssuedNotice]:
    from creditdesk.output.notice_pdf import render_letter

    issued: list[IssuedNotice] = []
    pdfs: dict[str, bytes] = {}
    with ctx.session_factory.begin() as session:
        _lock_numbering(session)
        if redraft is not None:  # read after the lock: sees the batches committed before it
            drafts = redraft()
            if not drafts:
                return []
        row = settings_row(session)
        if not row.doc_prefix.strip():
            raise UserError("请先在“单位设置”中填写发文字号前缀（如 西信用办督）。")
        if not row.office_name.strip():
            raise UserError("请先在“单位设置”中填写办公室名称。")
        templates = templates_from_row(row)
        calendar = load_calendar(session)
        year = issued_on.year
        seq = session.scalar(select(func.max(Notice.seq)).where(Notice.year == year)) or 0
        total = len(drafts)
        for index, draft in enumerate(drafts):
            progress.step(index, total, f"正在生成给{draft.unit}的通知")
            seq += 1
            number = number_text(row.doc_prefix, year, seq)
            reply_by = reply_deadline(
                draft, issued_on, templates.reply_workdays, calendar.add_workdays
            )
            composed = compose(row, templates, draft, issued_on, reply_by)
            letter = make_letter(
                row, templates.red_header, number, draft.unit, draft.level, composed, draft.items,
                issued_on,
            )  # fmt: skip
            pdf = render_letter(letter, fonts)
            sha256 = hashlib.sha256(pdf).hexdigest()
            pdfs[sha256] = pdf
            if ctx.blobs_in_database and session.get(AttachmentBlob, sha256) is None:
                # shared mode: every clerk reprints the same bytes from the server
                session.add(AttachmentBlob(sha256=sha256, size=len(pdf), content=pdf))
            notice = Notice(
                year=year,
                seq=seq,
                number=number,
                unit_id=draft.unit_id,
                level=draft.level,
                state="issued",
                issued_on=issued_on,
                reply_by=reply_by,
                body=composed.body,
                pdf_sha256=sha256,
                issued_by=ctx.user,
            )
            notice.items = [
                NoticeItem(
                    obligation_id=item.obligation_id or None,
                    position=position,
                    task_title=item.task_title,
                    material=item.material,
                    period_label=item.period_label,
                    due_date=item.due_date,
                    workdays_overdue=item.workdays if item.overdue else -item.workdays,
                )
                for position, item in enumerate(draft.items)
            ]
            session.add(notice)
            session.flush()
            after = audit.snapshot(notice)
            after["items"] = [audit.snapshot(i) for i in notice.items]
            audit.record(session, ctx, "发出督办通知", "notice", notice.id, None, after)
            issued.append(
                IssuedNotice(
                    notice.id, number, draft.unit, draft.level, issued_on, len(draft.items), sha256
                )
            )
        if out is not None:
            _write_out(out, issued, pdfs)  # a failure here rolls the whole batch back
        progress.step(total, total, "已登记")
    for pdf in pdfs.values():
        # after the commit: a PDF that cannot be kept now is drawn again from the snapshot
        with contextlib.suppress(UserError):
            _store_pdf(ctx.attachments_dir, pdf)
    return issued


def _write_out(out: Path, issued: Sequence[IssuedNotice], pdfs: dict[str, bytes]) -> None:
    """Write the batch's PDFs into ``out``; on any failure remove those written and raise."""
    written: list[Path] = []
    try:
        out.mkdir(parents=True, exist_ok=True)
        for notice in issued:
            path = out / pdf_file_name(notice.number, notice.unit)
            atomic_files.write_bytes(path, pdfs[notice.pdf_sha256])
            written.append(path)
    except OSError as error:
        for path in written:
            path.unlink(missing_ok=True)
        raise UserError(
            f"无法写入 {out}：{describe_os_error(error)}。通知未发出、未编号，可换个文件夹重试。"
        ) from error
