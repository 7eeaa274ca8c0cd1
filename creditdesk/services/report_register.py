"""The register of quarterly summaries issued (季度通报登记): number, period, day, 有关要求.

A summary is issued with its own number, 2026年第N期 (N counting the year's summaries), and the
register keeps what it was made from — the period, the day its figures were counted at and the
有关要求 text — so :func:`issued_report` gives back everything needed to print it again as it
was issued. Entries are never edited; each is audited.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from creditdesk.model import ReportIssue
from creditdesk.services import audit
from creditdesk.services.context import ServiceContext
from creditdesk.services.errors import UserError
from creditdesk.services.periods import Period


@dataclass(frozen=True)
class IssuedReport:
    """One register entry."""

    year: int
    seq: int
    number: str
    period_code: str
    as_of: dt.date
    notes: str

    @property
    def period(self) -> Period:
        return Period.parse(self.period_code)


def report_number(year: int, seq: int) -> str:
    """2026年第3期."""
    return f"{year}年第{seq}期"


def _data(row: ReportIssue) -> IssuedReport:
    return IssuedReport(row.year, row.seq, row.number, row.period_code, row.as_of, row.notes)


def next_report_number(ctx: ServiceContext, year: int) -> tuple[int, str]:
    """The sequence and number the next summary of ``year`` will carry."""
    with ctx.session_factory() as session:
        last = session.scalar(select(func.max(ReportIssue.seq)).where(ReportIssue.year == year))
    seq = (last or 0) + 1
    return seq, report_number(year, seq)


def issue_report(
    ctx: ServiceContext, period: Period, as_of: dt.date, notes: str, seq: int
) -> IssuedReport:
    """Enter a summary in the register under ``seq`` (from :func:`next_report_number`).

    Raises:
        UserError: another clerk took that number meanwhile; nothing was written.
    """
    row = ReportIssue(
        year=period.year,
        seq=seq,
        number=report_number(period.year, seq),
        period_code=period.code,
        as_of=as_of,
        notes=notes.strip(),
        issued_at=ctx.clock.now(),
    )
    try:
        with ctx.session_factory.begin() as session:
            session.add(row)
            session.flush()
            audit.record(session, ctx, "登记季度通报", "report_issue", row.id, None,
                         audit.snapshot(row))  # fmt: skip
            return _data(row)
    except IntegrityError as error:
        raise UserError(f"编号{row.number}已被使用，请重新生成。") from error


def issued_report(ctx: ServiceContext, year: int, seq: int) -> IssuedReport:
    """The register entry of summary ``year`` 第 ``seq`` 期.

    Raises:
        UserError: no such summary was issued.
    """
    with ctx.session_factory() as session:
        row = session.scalar(
            select(ReportIssue).where(ReportIssue.year == year, ReportIssue.seq == seq)
        )
        if row is None:
            raise UserError(f"登记簿中没有{report_number(year, seq)}季度通报。")
        return _data(row)


def issued_reports(ctx: ServiceContext, year: int) -> list[IssuedReport]:
    """The summaries of ``year`` in number order."""
    with ctx.session_factory() as session:
        rows = session.scalars(
            select(ReportIssue).where(ReportIssue.year == year).order_by(ReportIssue.seq)
        )
        return [_data(row) for row in rows]
