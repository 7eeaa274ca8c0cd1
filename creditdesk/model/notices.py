"""Supervisory notices (督办通知 / 催报函) and the obligations each one lists."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from creditdesk.model.base import Base, Versioned


class Notice(Versioned, Base):
    """A numbered letter to one unit; the number (year, seq) is never reused, even when void."""

    __tablename__ = "notice"
    __table_args__ = (
        UniqueConstraint("year", "seq"),
        CheckConstraint("level IN ('reminder', 'overdue', 'supervise')", name="level_known"),
        CheckConstraint("state IN ('issued', 'replied', 'closed', 'void')", name="state_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int]
    seq: Mapped[int]
    number: Mapped[str] = mapped_column(String(80))
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    level: Mapped[str] = mapped_column(String(12))
    state: Mapped[str] = mapped_column(String(12), default="issued")
    issued_on: Mapped[dt.date]
    reply_by: Mapped[dt.date | None]
    body: Mapped[str] = mapped_column(Text, default="")
    pdf_sha256: Mapped[str] = mapped_column(String(64), default="")
    issued_by: Mapped[str] = mapped_column(String(60), default="")

    items: Mapped[list[NoticeItem]] = relationship(
        back_populates="notice", cascade="all, delete-orphan", order_by="NoticeItem.position"
    )


class NoticeItem(Base):
    """An overdue obligation as the notice printed it (a snapshot, so reprints are identical)."""

    __tablename__ = "notice_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    notice_id: Mapped[int] = mapped_column(ForeignKey("notice.id", ondelete="CASCADE"), index=True)
    obligation_id: Mapped[int | None] = mapped_column(
        ForeignKey("obligation.id", ondelete="SET NULL"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    task_title: Mapped[str] = mapped_column(String(300))
    material: Mapped[str] = mapped_column(String(200), default="")
    period_label: Mapped[str] = mapped_column(String(40))
    due_date: Mapped[dt.date]
    workdays_overdue: Mapped[int] = mapped_column(default=0)

    notice: Mapped[Notice] = relationship(back_populates="items")
