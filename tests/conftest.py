"""Project-wide fixtures: a fresh workspace per test on a fixed clock, and small factories."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from creditdesk.services.context import FixedClock, ServiceContext
from creditdesk.services.workspace import Workspace, open_workspace

TODAY = dt.date(2026, 11, 22)


@pytest.fixture
def clock() -> FixedClock:
    """A clock stopped on a Sunday in the fourth quarter of 2026."""
    return FixedClock(dt.datetime.combine(TODAY, dt.time(9, 0)))


@pytest.fixture
def workspace(tmp_path: Path, clock: FixedClock) -> Iterator[Workspace]:
    """A new, empty workspace in its own folder."""
    with open_workspace(tmp_path / "工作区", clock=clock, user="测试员") as opened:
        yield opened


@pytest.fixture
def ctx(workspace: Workspace) -> ServiceContext:
    """The service context of the fresh workspace."""
    return workspace.context
