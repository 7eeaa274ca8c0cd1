"""A small office with overdue items, for the notice tests (clock: Sunday 2026-11-22)."""

from __future__ import annotations

import datetime as dt
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from factories import add_plan, add_task, add_units
from sqlalchemy import select

from creditdesk.model import Obligation, ObligationRule, OfficeSettings, Submission
from creditdesk.output.fonts import FontSet, load_fonts
from creditdesk.services.context import ServiceContext
from creditdesk.services.due_rules import DueRule
from creditdesk.services.obligations import regenerate

UNITS = ("青禾县财政局", "青禾县犇淼鑫垚商贸有限公司", "青禾县教育体育局")
RECEIVED_BEFORE = dt.date(2026, 9, 10)  # everything due before this came in


@dataclass(frozen=True)
class Office:
    """The test office: its context and unit ids by name."""

    ctx: ServiceContext
    units: dict[str, int]


@pytest.fixture(scope="session")
def fonts() -> FontSet:
    """The bundled faces, the same on every machine."""
    return load_fonts(use_system=False)


@pytest.fixture
def office(ctx: ServiceContext) -> Office:
    """Three units owing a monthly brief and a quarterly report in 2026.

    Everything due before September came in; September's and October's briefs and the third
    quarter's report are overdue on 2026-11-22 for every unit.
    """
    with ctx.session_factory.begin() as session:
        settings = session.get(OfficeSettings, 1)
        assert settings is not None
        settings.place_name = "青禾县"
        settings.office_name = "青禾县社会信用体系建设领导小组办公室"
        settings.doc_prefix = "青信用办督"
        settings.contact_person = "李静"
        settings.contact_phone = "0391-6218800"
        units = add_units(session, *UNITS)
        _, section = add_plan(session, 2026)
        monthly = add_task(
            session,
            section,
            "报送信用建设信息简报",
            "monthly",
            DueRule("day_of_next_month", day=5),
            units,
        )
        quarterly = add_task(
            session,
            section,
            "落实上级信用政策文件",
            "quarterly",
            DueRule("after_period_end", n=10),
            units,
        )
        for node, material in ((monthly, "信用工作信息"), (quarterly, "政策文件落实情况报告")):
            rule = session.scalars(
                select(ObligationRule).where(ObligationRule.node_id == node.id)
            ).one()
            rule.material = material
        regenerate(session)
        for obligation in session.scalars(select(Obligation)):
            if obligation.due_date < RECEIVED_BEFORE:
                session.add(
                    Submission(
                        unit_id=obligation.unit_id,
                        node_id=obligation.node_id,
                        obligation_id=obligation.id,
                        period=obligation.period,
                        received_on=obligation.due_date,
                        review_state="accepted",
                        created_at=dt.datetime.combine(obligation.due_date, dt.time(9)),
                    )
                )
        ids = {u.name: u.id for u in units}
    return Office(ctx, ids)


PdfToText = Callable[..., str]


@pytest.fixture
def pdftotext(tmp_path: Path) -> PdfToText:
    """Text of PDF bytes as poppler extracts it: ``pdftotext(data, "-layout")``."""

    def extract(data: bytes, *options: str) -> str:
        pdf = tmp_path / "extract.pdf"
        pdf.write_bytes(data)
        out = subprocess.run(
            ["pdftotext", *options, str(pdf), "-"], capture_output=True, text=True, check=True
        )
        return out.stdout

    return extract
