"""The register of issued notices (督办通知登记): one notice's details and its documents.

Every notice issued (:mod:`creditdesk.services.notice_issue`) stays in the register with its
number, even when cancelled. Here the clerk's reprint gets the very bytes issued, kept in the
workspace's attachment store under ``Notice.pdf_sha256``; only if that file is lost (or for
notices entered before the store existed) is the letter drawn again from the snapshot stored
on the row, with the office's current name and the level's current title
(:func:`~creditdesk.services.notice_letters.snapshot_letter`). A batch prints as one PDF
(:func:`combined_pdf`). The states a notice moves through are
:mod:`creditdesk.services.notice_states`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session, selectinload

from creditdesk import atomic_files
from creditdesk.model import Notice, Unit
from creditdesk.output.letter_item import LetterItem
from creditdesk.services.attachment_blobs import local_copy
from creditdesk.services.attachments import stored_path
from creditdesk.services.context import ServiceContext
from creditdesk.services.errors import NotFoundError, UserError
from creditdesk.services.notice_letters import (
    font_set,
    item_rows,
    pdf_file_name,
    snapshot_letter,
    split_stored_body,
)
from creditdesk.services.notices import LEVEL_LABELS, STATE_LABELS

if TYPE_CHECKING:  # reportlab loads only when a letter is drawn
    from creditdesk.output.fonts import FontSet


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
    items: tuple[LetterItem, ...]
    has_stored_pdf: bool
    version: int


def find_notice(session: Session, notice_id: int) -> Notice:
    notice = session.get(Notice, notice_id, options=[selectinload(Notice.items)])
    if notice is None:
        raise NotFoundError("该通知已不存在。")
    return notice


def notice_detail(ctx: ServiceContext, notice_id: int) -> NoticeDetail:
    """One notice with its items and whether its PDF is in the workspace."""
    with ctx.session_factory() as session:
        notice = find_notice(session, notice_id)
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
            items=item_rows(notice),
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

    return render_letter(snapshot_letter(session, notice), fonts)


def notice_pdf(ctx: ServiceContext, notice_id: int, fonts: FontSet | None = None) -> bytes:
    """The notice's document for reprinting: the stored PDF, byte for byte, when present."""
    with ctx.session_factory() as session:
        notice = find_notice(session, notice_id)
        stored = _stored(ctx, notice)
        if stored is not None:
            data = stored.read_bytes()
            if hashlib.sha256(data).hexdigest() == notice.pdf_sha256:
                return data
        data = _redraw(session, notice, font_set(fonts))
        session.rollback()
        return data


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
        letters = [snapshot_letter(session, find_notice(session, i)) for i in notice_ids]
        session.rollback()  # settings_row may have created the row; printing writes nothing
    return render_letters(letters, font_set(fonts), duplex=duplex, dated=True)
