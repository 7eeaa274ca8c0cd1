"""Issuing supervisory notices (发出督办通知) and keeping their register (登记).

From drafts (:mod:`creditdesk.services.notice_drafts`) to numbered letters: preview without a
number, issue a batch in one transaction, reprint, export, mark replied/closed, cancel.

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
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final

from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from creditdesk import atomic_files, model
from creditdesk.chinese_dates import chinese_date
from creditdesk.model import AttachmentBlob, Notice, NoticeItem, Unit
from creditdesk.services import audit
from creditdesk.services.attachment_blobs import local_copy
from creditdesk.services.attachments import stored_path
from creditdesk.services.calendar_store import load_calendar
from creditdesk.services.context import ServiceContext
from creditdesk.services.disk_full import describe_os_error
from creditdesk.services.errors import NotFoundError, StaleEditError, UserError
from creditdesk.services.file_names import safe_file_name
from creditdesk.services.notice_drafts import DraftItem, EarlierNotice, NoticeDraft
from creditdesk.services.notice_template import (
    ITEMS_MARK,
    Level,
    NoticeTemplates,
    body_paragraphs,
    fill,
    templates_from_row,
)
from creditdesk.services.notices import LEVEL_LABELS, STATE_LABELS
from creditdesk.services.periods import period_containing
from creditdesk.services.progress import NO_PROGRESS, Progress
from creditdesk.services.settings import SETTINGS_ID, settings_row

if TYPE_CHECKING:  # reportlab loads only when a letter is drawn
    from creditdesk.output.fonts import FontSet
    from creditdesk.output.notice_pdf import Letter

REGISTER_STATES: Final = ("issued", "replied", "closed")
"""States the clerk moves a notice between; ``void`` only through :func:`cancel_notice`."""

NEXT_STATES: Final[dict[str, tuple[str, ...]]] = {
    "issued": ("replied", "closed", "void"),
    "replied": ("closed", "void"),
    "closed": (),
    "void": (),
}
"""Which state may follow which: a reply (已回复) comes before closing (已办结); a closed or
cancelled (作废) notice stays as it is. Undo puts back whatever state was there before."""


def can_change_state(state: str, new_state: str) -> bool:
    """Whether a notice in ``state`` may be moved to ``new_state`` (pages enable buttons by it)."""
    return new_state in NEXT_STATES.get(state, ())


def _states_before(state: str) -> tuple[str, ...]:
    return tuple(before for before, nexts in NEXT_STATES.items() if state in nexts)


PREVIEW_NUMBER: Final = "〔待编号〕"
ISSUE_ATTEMPTS: Final = 3


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


@dataclass(frozen=True)
class NoticeItemRow:
    """An item as the notice printed it."""

    task_title: str
    material: str
    period_label: str
    due_date: dt.date
    workdays: int


@dataclass(frozen=True)
class NoticeDetail:
    """One notice of the register with its items (the notices page's detail pane)."""

    id: int
    number: str
    unit_id: int
    unit: str
    level: str
    level_label: str
    state: str
    state_label: str
    issued_on: dt.date
    reply_by: dt.date | None
    issued_by: str
    title: str
    body: str
    items: tuple[NoticeItemRow, ...]
    has_stored_pdf: bool
    version: int


@dataclass(frozen=True)
class StateChange:
    """A register state change, enough to undo it (:func:`undo_state_change`)."""

    notice_id: int
    number: str
    before: str
    after: str


# --------------------------------------------------------------------------- letters


def _fonts(fonts: FontSet | None) -> FontSet:
    from creditdesk.output.fonts import load_fonts

    return fonts if fonts is not None else load_fonts()


_chinese_date = chinese_date  # the one Chinese date (creditdesk/chinese_dates.py)


def _note(row: model.OfficeSettings) -> str:
    parts = []
    if row.contact_person:
        parts.append(f"联系人：{row.contact_person}")
    if row.contact_phone:
        parts.append(f"联系电话：{row.contact_phone}")
    return "，".join(parts)


def _distinct(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def reply_deadline(
    draft: NoticeDraft,
    issued_on: dt.date,
    reply_workdays: int,
    add_workdays: Callable[[dt.date, int], dt.date],
) -> dt.date:
    """The reply date: N working days after issue; for a reminder, the earliest due date."""
    if draft.level == "reminder" and draft.items:
        return min(item.due_date for item in draft.items)
    return add_workdays(issued_on, reply_workdays)


@dataclass(frozen=True)
class _Composed:
    title: str
    paragraphs: tuple[str, ...]
    table_at: int
    reply_by: dt.date

    @property
    def body(self) -> str:
        """The stored text: title, empty line, one paragraph per line, ``{items}`` for the table."""
        lines = list(self.paragraphs)
        lines.insert(self.table_at, ITEMS_MARK)
        return self.title + "\n\n" + "\n".join(lines)


def split_stored_body(body: str) -> tuple[str | None, list[str]]:
    """The title (None if the text has none) and paragraphs of a stored notice text."""
    title, blank, rest = body.partition("\n\n")
    if not blank or ITEMS_MARK in title:
        return None, body_paragraphs(body)
    return title.strip(), body_paragraphs(rest)


def _compose(
    row: model.OfficeSettings,
    templates: NoticeTemplates,
    draft: NoticeDraft,
    issued_on: dt.date,
    reply_by: dt.date,
) -> _Composed:
    template = templates.for_level(draft.level)
    items = draft.items
    values = {
        "unit": draft.unit,
        "office": row.office_name,
        "place": row.place_name,
        "period": "、".join(_distinct(item.period_label for item in items)),
        "items": "".join(f"“{t}”" for t in _distinct(item.task_title for item in items)),
        "count": str(len(items)),
        "reply_deadline": _chinese_date(reply_by),
        "as_of": _chinese_date(draft.as_of),
        "date": _chinese_date(issued_on),
        "contact": row.contact_person,
        "phone": row.contact_phone,
        "earlier": "、".join(e.number for e in draft.earlier),
        "earlier_date": _chinese_date(draft.earlier[0].issued_on) if draft.earlier else "",
    }
    title = fill(draft.title if draft.title is not None else template.title, values).strip()
    raw = body_paragraphs(draft.body if draft.body is not None else template.body)
    table_at = raw.index(ITEMS_MARK)
    paragraphs = tuple(fill(p, values) for p in raw if p != ITEMS_MARK)
    return _Composed(title, paragraphs, table_at, reply_by)


def _letter(
    row: model.OfficeSettings,
    red_header: bool,
    number: str,
    unit: str,
    level: str,
    composed: _Composed,
    items: Sequence[NoticeItemRow],
    issued_on: dt.date,
) -> Letter:
    from creditdesk.output.notice_pdf import Letter, LetterItem

    return Letter(
        office_name=row.office_name,
        number=number,
        title=composed.title,
        addressee=unit,
        paragraphs=composed.paragraphs,
        table_at=composed.table_at,
        items=tuple(
            LetterItem(i.task_title, i.material, i.period_label, i.due_date, i.workdays)
            for i in items
        ),
        date=issued_on,
        note=_note(row),
        days_header="剩余\n工作日" if level == "reminder" else "逾期\n工作日",
        red_header=red_header,
    )


def _rows_of(items: Sequence[DraftItem]) -> list[NoticeItemRow]:
    return [
        NoticeItemRow(i.task_title, i.material, i.period_label, i.due_date, i.workdays)
        for i in items
    ]


def preview_pdf(
    ctx: ServiceContext,
    drafts: Sequence[NoticeDraft],
    issued_on: dt.date | None = None,
    fonts: FontSet | None = None,
) -> bytes:
    """The drafts as they would print, in one PDF, numbered ``<prefix>〔待编号〕``.

    Nothing is written and no number is taken.
    """
    from creditdesk.output.notice_pdf import render_letters

    issued_on = issued_on or ctx.clock.today()
    with ctx.session_factory() as session:
        row = settings_row(session)
        templates = templates_from_row(row)
        calendar = load_calendar(session)
        letters = []
        for draft in drafts:
            reply_by = reply_deadline(
                draft, issued_on, templates.reply_workdays, calendar.add_workdays
            )
            composed = _compose(row, templates, draft, issued_on, reply_by)
            letters.append(
                _letter(
                    row,
                    templates.red_header,
                    row.doc_prefix + PREVIEW_NUMBER,
                    draft.unit,
                    draft.level,
                    composed,
                    _rows_of(draft.items),
                    issued_on,
                )
            )
        session.rollback()  # _settings_row may have created the row; a preview writes nothing
    return render_letters(letters, _fonts(fonts), duplex=False)


SAMPLE_UNIT: Final = "示例单位"


def sample_draft(level: Level, as_of: dt.date) -> NoticeDraft:
    """A made-up draft to preview a template with (the settings dialog)."""
    quarter = period_containing(as_of, "quarterly").previous()
    month = period_containing(as_of, "monthly").previous()
    earlier = (EarlierNotice("（此前通知文号）", as_of - dt.timedelta(days=20)),)
    specs = (
        ("双公示信息归集报送", "行政许可和行政处罚信息报送情况", quarter.label, 30, 18),
        ("信用承诺制度落实", "信用承诺书汇总表", month.label, 12, 8),
    )
    if level == "reminder":
        items = tuple(
            DraftItem(0, task, material, label, as_of + dt.timedelta(days=2), 2, False)
            for task, material, label, _, _ in specs
        )
    else:
        items = tuple(
            DraftItem(0, task, material, label, as_of - dt.timedelta(days=ago), days, True, earlier)
            for task, material, label, ago, days in specs
        )
    return NoticeDraft(0, SAMPLE_UNIT, level, items, as_of, earlier if level == "supervise" else ())


def preview_template(
    ctx: ServiceContext,
    templates: NoticeTemplates,
    level: Level,
    fonts: FontSet | None = None,
) -> bytes:
    """A sample notice drawn with the wording being edited (not yet saved)."""
    from creditdesk.output.notice_pdf import render_letter

    today = ctx.clock.today()
    draft = sample_draft(level, today)
    with ctx.session_factory() as session:
        row = settings_row(session)
        calendar = load_calendar(session)
        reply_by = reply_deadline(draft, today, templates.reply_workdays, calendar.add_workdays)
        composed = _compose(row, templates, draft, today, reply_by)
        letter = _letter(
            row,
            templates.red_header,
            row.doc_prefix + PREVIEW_NUMBER,
            draft.unit,
            level,
            composed,
            _rows_of(draft.items),
            today,
        )
        session.rollback()
    return render_letter(letter, _fonts(fonts))


# --------------------------------------------------------------------------- issuing


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
    font_set = _fonts(fonts)
    for attempt in range(1, ISSUE_ATTEMPTS + 1):
        try:
            return _issue_once(ctx, drafts, issued_on, progress, font_set, out, redraft)
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
            composed = _compose(row, templates, draft, issued_on, reply_by)
            rows = _rows_of(draft.items)
            letter = _letter(
                row, templates.red_header, number, draft.unit, draft.level, composed, rows,
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
                    notice.id, number, draft.unit, draft.level, issued_on, len(rows), sha256
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


# --------------------------------------------------------------------------- register


def _notice(session: Session, notice_id: int) -> Notice:
    notice = session.get(Notice, notice_id, options=[selectinload(Notice.items)])
    if notice is None:
        raise NotFoundError("该通知已不存在。")
    return notice


def _item_rows(notice: Notice) -> list[NoticeItemRow]:
    return [
        NoticeItemRow(i.task_title, i.material, i.period_label, i.due_date, abs(i.workdays_overdue))
        for i in notice.items
    ]


def notice_detail(ctx: ServiceContext, notice_id: int) -> NoticeDetail:
    """One notice with its items and whether its PDF is in the workspace."""
    with ctx.session_factory() as session:
        notice = _notice(session, notice_id)
        unit = session.get(Unit, notice.unit_id)
        return NoticeDetail(
            id=notice.id,
            number=notice.number,
            unit_id=notice.unit_id,
            unit=unit.name if unit else "",
            level=notice.level,
            level_label=LEVEL_LABELS.get(notice.level, notice.level),
            state=notice.state,
            state_label=STATE_LABELS.get(notice.state, notice.state),
            issued_on=notice.issued_on,
            reply_by=notice.reply_by,
            issued_by=notice.issued_by,
            title=split_stored_body(notice.body)[0] or "",
            body=notice.body,
            items=tuple(_item_rows(notice)),
            has_stored_pdf=_stored(ctx, notice) is not None,
            version=notice.version,
        )


def _stored(ctx: ServiceContext, notice: Notice) -> Path | None:
    if not notice.pdf_sha256 or ctx.attachments_dir is None:
        return None
    path = stored_path(ctx.attachments_dir, notice.pdf_sha256)
    if not path.is_file() and ctx.blobs_in_database:
        try:
            return local_copy(ctx, notice.pdf_sha256)
        except UserError:
            return None
    return path if path.is_file() else None


def _redraw(session: Session, notice: Notice, fonts: FontSet) -> bytes:
    """Draw a notice again from its snapshot (body, items, number, date)."""
    from creditdesk.output.notice_pdf import render_letter

    return render_letter(_snapshot_letter(session, notice), fonts)


def _snapshot_letter(session: Session, notice: Notice) -> Letter:
    """The letter as issued, from the notice's snapshot (body, items, number, date)."""
    row = settings_row(session)
    templates = templates_from_row(row)
    unit = session.get(Unit, notice.unit_id)
    level: Level = notice.level  # type: ignore[assignment]
    if notice.body:
        title, raw = split_stored_body(notice.body)
        table_at = raw.index(ITEMS_MARK)
        composed = _Composed(
            title or templates.for_level(level).title,
            tuple(p for p in raw if p != ITEMS_MARK),
            table_at,
            notice.reply_by or notice.issued_on,
        )
    else:  # entered without a body (older data): the level's wording as of now
        items = tuple(
            DraftItem(i.obligation_id or 0, i.task_title, i.material, i.period_label,
                      i.due_date, abs(i.workdays_overdue), i.workdays_overdue >= 0)
            for i in notice.items
        )  # fmt: skip
        draft = NoticeDraft(notice.unit_id, unit.name if unit else "", level, items,
                            notice.issued_on)  # fmt: skip
        composed = _compose(
            row, templates, draft, notice.issued_on, notice.reply_by or notice.issued_on
        )
    return _letter(
        row,
        templates.red_header,
        notice.number,
        unit.name if unit else "",
        notice.level,
        composed,
        _item_rows(notice),
        notice.issued_on,
    )


def notice_pdf(ctx: ServiceContext, notice_id: int, fonts: FontSet | None = None) -> bytes:
    """The notice's document for reprinting: the stored PDF, byte for byte, when present."""
    with ctx.session_factory() as session:
        notice = _notice(session, notice_id)
        stored = _stored(ctx, notice)
        if stored is not None:
            data = stored.read_bytes()
            if hashlib.sha256(data).hexdigest() == notice.pdf_sha256:
                return data
        data = _redraw(session, notice, _fonts(fonts))
        session.rollback()
        return data


def pdf_file_name(number: str, unit: str) -> str:
    """青信用办督〔2026〕4号-青禾县财政局.pdf, with characters Windows forbids replaced."""
    return safe_file_name(f"{number}-{unit}", fallback="督办通知", suffix=".pdf", is_path=False)


def export_notice_pdfs(
    ctx: ServiceContext, notice_ids: Sequence[int], folder: Path, fonts: FontSet | None = None
) -> list[Path]:
    """Write each notice's PDF into ``folder`` (for printing or opening in the viewer)."""
    paths = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for notice_id in notice_ids:
            detail = notice_detail(ctx, notice_id)
            path = folder / pdf_file_name(detail.number, detail.unit)
            atomic_files.write_bytes(path, notice_pdf(ctx, notice_id, fonts))
            paths.append(path)
    except OSError as error:
        raise UserError(f"无法写入 {folder}：{error.strerror or error}") from error
    return paths


def combined_pdf(
    ctx: ServiceContext,
    notice_ids: Sequence[int],
    duplex: bool = True,
    fonts: FontSet | None = None,
) -> bytes:
    """The notices one after another in one PDF, to print a batch.

    Each notice is drawn from its snapshot, as its own document was, but all on one canvas so
    the fonts are embedded once for the batch (merging the stored files would carry one font
    subset per notice: 2 MB for 30 letters). The file carries the day it was made. With
    ``duplex`` a blank page follows a notice of odd length so that every notice starts on a
    new sheet.
    """
    from creditdesk.output.notice_pdf import render_letters

    with ctx.session_factory() as session:
        letters = [_snapshot_letter(session, _notice(session, i)) for i in notice_ids]
        session.rollback()  # settings_row may have created the row; printing writes nothing
    return render_letters(letters, _fonts(fonts), duplex=duplex, dated=True)


def _change_state(
    ctx: ServiceContext,
    notice_id: int,
    state: str,
    action: str,
    allowed_from: Collection[str],
    reason: str = "",
    *,
    undoing: bool = False,
) -> StateChange:
    """Move a notice to ``state`` in one audited transaction, if its state allows it."""
    with ctx.session_factory.begin() as session:
        notice = _notice(session, notice_id)
        before_state = notice.state
        if before_state == state:
            return StateChange(notice.id, notice.number, state, state)
        if before_state not in allowed_from:
            if before_state == "void":
                raise UserError(f"通知{notice.number}已作废，不能再更改状态。")
            if before_state == "closed" and not undoing:
                raise UserError(f"通知{notice.number}已办结，不能再更改状态。")
            raise StaleEditError(f"通知{notice.number}的状态")
        before = audit.snapshot(notice)
        notice.state = state
        session.flush()
        after = audit.snapshot(notice)
        if reason:
            after["reason"] = reason
        audit.record(session, ctx, action, "notice", notice.id, before, after)
        return StateChange(notice.id, notice.number, before_state, state)


def set_notice_state(ctx: ServiceContext, notice_id: int, state: str) -> StateChange:
    """Mark a notice replied (已回复) or closed (已办结); returns the change for undo.

    Only the moves :data:`NEXT_STATES` lists are made.

    Raises:
        UserError: an unknown state, or the notice is closed or void.
        StaleEditError: its state does not allow the move (another clerk changed it).
    """
    if state not in REGISTER_STATES:
        raise UserError(f"未知的通知状态：{state}")
    return _change_state(ctx, notice_id, state, "更改督办通知状态", _states_before(state))


def cancel_notice(ctx: ServiceContext, notice_id: int, reason: str = "") -> StateChange:
    """Cancel (作废) a notice: it stays in the register with its number, which is never reused.

    Undo (:func:`undo_state_change`) restores the previous state, the number unchanged.
    """
    return _change_state(
        ctx, notice_id, "void", "作废督办通知", _states_before("void"), reason.strip()
    )


def undo_state_change(ctx: ServiceContext, change: StateChange) -> StateChange:
    """Put a notice back in the state it had before ``change``; returns the change for redo.

    Raises:
        StaleEditError: the notice's state changed again since.
    """
    return _change_state(
        ctx, change.notice_id, change.before, "撤销督办通知状态更改", (change.after,), undoing=True
    )
