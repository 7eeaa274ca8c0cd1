"""A generated office (make_workspace.py) with rejected submissions, extensions and a unit
whose name needs the fallback fonts, opened on a fixed clock; shared by the report tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from benchmarks.make_workspace import build
from sqlalchemy import select, update

from creditdesk.model import Obligation, OfficeSettings, Submission, Unit
from creditdesk.services.context import FixedClock, ServiceContext
from creditdesk.services.periods import Period
from creditdesk.services.workspace import open_workspace

TODAY = dt.date(2026, 11, 22)
MID_QUARTER = dt.date(2026, 8, 20)
"""September's items are not yet due then, and later receipts must not count."""
QUARTER = Period.parse("2026Q3")
RARE_UNIT = "青禾县犇淼鑫垚商贸有限公司"


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServiceContext]:
    """12 units × 8 tasks for 2026, with every state of an obligation represented."""
    directory = tmp_path_factory.mktemp("report") / "工作区"
    build(directory, years=1, units=12, tasks=8, today=TODAY)
    clock = FixedClock(dt.datetime.combine(TODAY, dt.time(9)))
    with open_workspace(directory, clock=clock, backup=False) as workspace:
        ctx = workspace.context
        with ctx.session_factory.begin() as session:
            settings = session.get(OfficeSettings, 1)
            assert settings is not None
            settings.place_name = "青禾县"
            settings.office_name = "青禾县社会信用体系建设领导小组办公室"
            session.execute(update(Unit).where(Unit.id == 3).values(name=RARE_UNIT))
            # every seventh submission judged 不合格: it must not count as received
            ids = session.scalars(select(Submission.id).order_by(Submission.id)).all()
            session.execute(
                update(Submission)
                .where(Submission.id.in_(ids[::7]))
                .values(review_state="rejected")
            )
            # unit 5's July items got an extension (延期) to the end of August
            session.execute(
                update(Obligation)
                .where(Obligation.unit_id == 5, Obligation.period == "2026-07")
                .values(extended_to=dt.date(2026, 8, 31))
            )
            # one task's obligations withdrawn: inactive ones are not counted
            session.execute(update(Obligation).where(Obligation.node_id == 3).values(active=False))
        yield ctx


@pytest.fixture
def demo_dir(tmp_path: Path) -> Path:
    """The shipped demo office as on TODAY (real names, long task titles), closed again."""
    from creditdesk.services.demo import build_demo

    build_demo(tmp_path / "demo", TODAY)
    return tmp_path / "demo"
