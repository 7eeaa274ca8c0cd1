"""Office-wide rows: settings, the working-day calendar overrides and the audit log."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Index, String, Text, true
from sqlalchemy.orm import Mapped, mapped_column

from creditdesk.model.base import Base, Versioned


class OfficeSettings(Versioned, Base):
    """The office's identity for letters and reports (a single row, id 1)."""

    __tablename__ = "office_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    place_name: Mapped[str] = mapped_column(String(60), default="")
    office_name: Mapped[str] = mapped_column(String(120), default="")
    doc_prefix: Mapped[str] = mapped_column(String(60), default="")
    contact_person: Mapped[str] = mapped_column(String(60), default="")
    contact_phone: Mapped[str] = mapped_column(String(60), default="")
    due_soon_workdays: Mapped[int] = mapped_column(default=3)
    # Notice wording per level (提醒 / 催报 / 督办); empty means the program's default text.
    notice_reminder_title: Mapped[str] = mapped_column(String(200), default="", server_default="")
    notice_reminder_body: Mapped[str] = mapped_column(Text, default="", server_default="")
    notice_overdue_title: Mapped[str] = mapped_column(String(200), default="", server_default="")
    notice_overdue_body: Mapped[str] = mapped_column(Text, default="", server_default="")
    notice_supervise_title: Mapped[str] = mapped_column(String(200), default="", server_default="")
    notice_supervise_body: Mapped[str] = mapped_column(Text, default="", server_default="")
    notice_reply_workdays: Mapped[int] = mapped_column(default=5, server_default="5")
    notice_red_header: Mapped[bool] = mapped_column(default=True, server_default=true())
    # The quarterly summary: overdue items that bring a unit into 通报批评; the 抄送 line.
    report_criticise_overdue: Mapped[int] = mapped_column(default=3, server_default="3")
    report_copy_to: Mapped[str] = mapped_column(String(200), default="", server_default="")


class CalendarOverride(Versioned, Base):
    """One day the office's calendar differs from Monday–Friday or the official table.

    ``is_workday`` True is a make-up working day (调休上班), False a holiday (放假).
    """

    __tablename__ = "calendar_override"

    day: Mapped[dt.date] = mapped_column(primary_key=True)
    is_workday: Mapped[bool]
    note: Mapped[str] = mapped_column(String(120), default="")


class AnnouncedYear(Base):
    """A year whose holiday schedule the office has entered completely (no longer provisional)."""

    __tablename__ = "announced_year"

    year: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    entered_at: Mapped[dt.datetime]


class AuditEntry(Base):
    """Who changed what and when, with the row before and after (JSON), never edited."""

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_entity", "entity", "entity_id"),
        CheckConstraint("action <> ''", name="action_given"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(index=True)
    user: Mapped[str] = mapped_column(String(60))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(60), default="")
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)


class ClerkState(Versioned, Base):
    """Per-clerk bookkeeping, e.g. when the clerk last reviewed "since last time" (自上次以来)."""

    __tablename__ = "clerk_state"

    user: Mapped[str] = mapped_column(String(60), primary_key=True)
    last_seen_at: Mapped[dt.datetime | None]
    postponed_until: Mapped[dt.date | None]
