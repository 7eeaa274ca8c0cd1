"""The supervisory notice as a letter (督办通知的文书): its wording, table and drawing.

Fills the level's template (:mod:`creditdesk.services.notice_template`) for one unit's draft
and turns it into the :class:`~creditdesk.output.notice_pdf.Letter` that ``output/`` draws:
for a preview without a number (:func:`preview_pdf`, :func:`preview_template`), for issuing
(:mod:`creditdesk.services.notice_issue`), and again from a registered notice's snapshot
(:func:`snapshot_letter`) when its stored PDF is lost or a batch is printed together.
Nothing here writes to the database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from sqlalchemy.orm import Session

from creditdesk import model
from creditdesk.chinese_dates import chinese_date
from creditdesk.model import Notice, Unit
from creditdesk.services.calendar_store import load_calendar
from creditdesk.services.context import ServiceContext
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
from creditdesk.services.periods import period_containing
from creditdesk.services.settings import settings_row

if TYPE_CHECKING:  # reportlab loads only when a letter is drawn
    from creditdesk.output.fonts import FontSet
    from creditdesk.output.letter_item import LetterItem
    from creditdesk.output.notice_pdf import Letter

PREVIEW_NUMBER: Final = "〔待编号〕"
"""Stands for the number in a preview: nothing is numbered before issuing."""


def font_set(fonts: FontSet | None) -> FontSet:
    """The fonts given, or the office's (loaded once per program) when None."""
    from creditdesk.output.fonts import load_fonts

    return fonts if fonts is not None else load_fonts()


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
class Composed:
    """A letter's filled-in wording: title, paragraphs and where the items table goes."""

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


def compose(
    row: model.OfficeSettings,
    templates: NoticeTemplates,
    draft: NoticeDraft,
    issued_on: dt.date,
    reply_by: dt.date,
) -> Composed:
    """The draft's wording (its own, else its level's template) with the placeholders filled."""
    template = templates.for_level(draft.level)
    items = draft.items
    values = {
        "unit": draft.unit,
        "office": row.office_name,
        "place": row.place_name,
        "period": "、".join(_distinct(item.period_label for item in items)),
        "items": "".join(f"“{t}”" for t in _distinct(item.task_title for item in items)),
        "count": str(len(items)),
        "reply_deadline": chinese_date(reply_by),
        "as_of": chinese_date(draft.as_of),
        "date": chinese_date(issued_on),
        "contact": row.contact_person,
        "phone": row.contact_phone,
        "earlier": "、".join(e.number for e in draft.earlier),
        "earlier_date": chinese_date(draft.earlier[0].issued_on) if draft.earlier else "",
    }
    title = fill(draft.title if draft.title is not None else template.title, values).strip()
    raw = body_paragraphs(draft.body if draft.body is not None else template.body)
    table_at = raw.index(ITEMS_MARK)
    paragraphs = tuple(fill(p, values) for p in raw if p != ITEMS_MARK)
    return Composed(title, paragraphs, table_at, reply_by)


def make_letter(
    row: model.OfficeSettings,
    red_header: bool,
    number: str,
    unit: str,
    level: str,
    composed: Composed,
    items: Sequence[LetterItem],
    issued_on: dt.date,
) -> Letter:
    """What ``output/`` draws: the office's header and note around the composed wording."""
    from creditdesk.output.notice_pdf import Letter

    return Letter(
        office_name=row.office_name,
        number=number,
        title=composed.title,
        addressee=unit,
        paragraphs=composed.paragraphs,
        table_at=composed.table_at,
        items=tuple(items),
        date=issued_on,
        note=_note(row),
        days_header="剩余\n工作日" if level == "reminder" else "逾期\n工作日",
        red_header=red_header,
    )


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
            composed = compose(row, templates, draft, issued_on, reply_by)
            letters.append(
                make_letter(
                    row,
                    templates.red_header,
                    row.doc_prefix + PREVIEW_NUMBER,
                    draft.unit,
                    draft.level,
                    composed,
                    draft.items,
                    issued_on,
                )
            )
        session.rollback()  # _settings_row may have created the row; a preview writes nothing
    return render_letters(letters, font_set(fonts), duplex=False)


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
            DraftItem(
                task,
                material,
                label,
                as_of + dt.timedelta(days=2),
                2,
                obligation_id=0,
                overdue=False,
            )
            for task, material, label, _, _ in specs
        )
    else:
        items = tuple(
            DraftItem(
                task,
                material,
                label,
                as_of - dt.timedelta(days=ago),
                days,
                obligation_id=0,
                overdue=True,
                earlier=earlier,
            )
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
        composed = compose(row, templates, draft, today, reply_by)
        letter = make_letter(
            row,
            templates.red_header,
            row.doc_prefix + PREVIEW_NUMBER,
            draft.unit,
            level,
            composed,
            draft.items,
            today,
        )
        session.rollback()
    return render_letter(letter, font_set(fonts))


def item_rows(notice: Notice) -> tuple[DraftItem, ...]:
    """A registered notice's items as it printed them (and whether each was overdue)."""
    return tuple(
        DraftItem(
            i.task_title,
            i.material,
            i.period_label,
            i.due_date,
            abs(i.workdays_overdue),
            obligation_id=i.obligation_id or 0,
            overdue=i.workdays_overdue >= 0,
        )
        for i in notice.items
    )


def snapshot_letter(session: Session, notice: Notice) -> Letter:
    """The letter as issued, from the notice's snapshot (body, items, number, date)."""
    row = settings_row(session)
    templates = templates_from_row(row)
    unit = session.get(Unit, notice.unit_id)
    level: Level = notice.level  # type: ignore[assignment]
    if notice.body:
        title, raw = split_stored_body(notice.body)
        table_at = raw.index(ITEMS_MARK)
        composed = Composed(
            title or templates.for_level(level).title,
            tuple(p for p in raw if p != ITEMS_MARK),
            table_at,
            notice.reply_by or notice.issued_on,
        )
    else:  # entered without a body (older data): the level's wording as of now
        draft = NoticeDraft(notice.unit_id, unit.name if unit else "", level, item_rows(notice),
                            notice.issued_on)  # fmt: skip
        composed = compose(
            row, templates, draft, notice.issued_on, notice.reply_by or notice.issued_on
        )
    return make_letter(
        row,
        templates.red_header,
        notice.number,
        unit.name if unit else "",
        notice.level,
        composed,
        item_rows(notice),
        notice.issued_on,
    )


def pdf_file_name(number: str, unit: str) -> str:
    """青信用办督〔2026〕4号-青禾县财政局.pdf, with characters Windows forbids replaced."""
    return safe_file_name(f"{number}-{unit}", fallback="督办通知", suffix=".pdf", is_path=False)
