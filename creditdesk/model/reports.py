"""The register of quarterly summaries issued (季度通报登记)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from creditdesk.model.base import Base


class ReportIssue(Base):
    """One summary as issued: its number (第N期 of ``year``), what it counts, its 有关要求.

    Kept so the summary can be printed again exactly as issued; never edited.
    """

    __tablename__ = "report_issue"
    __table_args__ = (UniqueConstraint("year", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int]
    seq: Mapped[int]
    number: Mapped[str] = mapped_column(String(60))
    period_code: Mapped[str] = mapped_column(String(10))
    as_of: Mapped[dt.date]
    notes: Mapped[str] = mapped_column(Text, default="")
    issued_at: Mapped[dt.datetime]
