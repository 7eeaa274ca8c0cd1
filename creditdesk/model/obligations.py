"""What units owe (应报事项), what they handed in (报送材料) and the files (附件)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from creditdesk.model.base import Base, Versioned

REVIEW_STATES = ("pending", "accepted", "returned", "rejected")  # 待审核 合格 退回补充 不合格
CHANNELS = ("email", "paper", "intranet", "im", "onsite")  # 邮件 纸质 内网 即时通讯 现场


class ObligationRule(Versioned, Base):
    """How often a task's units report and when each report is due.

    ``due_kind`` is one of after_period_end, day_of_next_month, day_of_month, fixed_date,
    after_event, none; ``due_n`` / ``due_day`` / ``due_month`` / ``due_date`` hold its
    numbers or date (see ``services.due_rules.DueRule``);
    ``roll_forward`` says where a deadline on a rest day moves.
    """

    __tablename__ = "obligation_rule"

    id: Mapped[int] = mapped_column(primary_key=True)
    node_id: Mapped[int] = mapped_column(
        ForeignKey("plan_node.id", ondelete="CASCADE"), unique=True
    )
    frequency: Mapped[str] = mapped_column(String(20))
    due_kind: Mapped[str] = mapped_column(String(24))
    due_n: Mapped[int | None]
    due_day: Mapped[int | None]
    due_month: Mapped[int | None]
    due_date: Mapped[dt.date | None]
    roll_forward: Mapped[str] = mapped_column(String(24), default="next_workday")
    material: Mapped[str] = mapped_column(String(200), default="")
    applies_from: Mapped[dt.date | None]
    """A rhythm changed mid-year applies from the period holding this day; periods before it
    keep the obligations they had (``None``: the whole plan year)."""


class Obligation(Versioned, Base):
    """One task × unit × period with its due date; an extension (延期) overrides the date.

    An obligation counts in its work period (报送期间, ``period``): the 2024Q3 summary covers
    the monthly items of July–September, the Q3 item and the half-yearly/annual items whose
    period ends in September, whenever they fall due (see ``services.periods.work_period_codes``).
    """

    __tablename__ = "obligation"
    __table_args__ = (
        UniqueConstraint("node_id", "unit_id", "period"),
        Index("ix_obligation_period_unit", "period", "unit_id"),
        Index("ix_obligation_due", "due_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    node_id: Mapped[int] = mapped_column(ForeignKey("plan_node.id", ondelete="CASCADE"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    period: Mapped[str] = mapped_column(String(12))  # 2024Q3, 2024-09, 2024H2, 2024
    due_date: Mapped[dt.date]
    provisional: Mapped[bool] = mapped_column(default=False)
    extended_to: Mapped[dt.date | None]
    extension_reason: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(default=True)


class Submission(Versioned, Base):
    """Materials a unit handed in, logged by the clerk, with their review state."""

    __tablename__ = "submission"
    __table_args__ = (
        Index("ix_submission_period_unit", "period", "unit_id"),
        Index("ix_submission_received", "received_on"),
        CheckConstraint(
            "review_state IN ('pending', 'accepted', 'returned', 'rejected')",
            name="review_state_known",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    node_id: Mapped[int | None] = mapped_column(
        ForeignKey("plan_node.id", ondelete="SET NULL"), index=True
    )
    obligation_id: Mapped[int | None] = mapped_column(
        ForeignKey("obligation.id", ondelete="SET NULL"), index=True
    )
    period: Mapped[str] = mapped_column(String(12), default="")
    received_on: Mapped[dt.date]
    channel: Mapped[str] = mapped_column(String(12), default="email")
    title: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    review_state: Mapped[str] = mapped_column(String(12), default="pending")
    reviewer: Mapped[str] = mapped_column(String(60), default="")
    reviewed_on: Mapped[dt.date | None]
    return_reason: Mapped[str] = mapped_column(Text, default="")
    """Why the clerk returned it (退回补充), quoted by the next notice to the unit."""
    created_at: Mapped[dt.datetime]

    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="submission", cascade="all, delete-orphan", order_by="Attachment.id"
    )


class Attachment(Base):
    """A file of a submission, stored once by its SHA-256 with the name it arrived under."""

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    submission_id: Mapped[int] = mapped_column(
        ForeignKey("submission.id", ondelete="CASCADE"), index=True
    )
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    original_name: Mapped[str] = mapped_column(String(260))
    size: Mapped[int]
    stored_at: Mapped[dt.datetime]

    submission: Mapped[Submission] = relationship(back_populates="attachments")
