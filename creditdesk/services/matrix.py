"""The quarter matrix (季度报送一览): units × tasks for a period, one state per cell.

A cell holds every obligation of that unit and task in the work period (报送期间: a monthly
task has three in a quarter, whenever they fall due) and shows the most urgent of their
states: overdue, then due soon, then not yet due, then received late, then received on time.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from creditdesk.model import OfficeSettings
from creditdesk.services.calendar_store import load_calendar
from creditdesk.services.context import ServiceContext
from creditdesk.services.periods import Period
from creditdesk.services.status import (
    LATE,
    NOT_YET_DUE,
    ON_TIME,
    OVERDUE,
    ObligationState,
    StatusCounts,
    count_states,
    obligation_states,
)

DUE_SOON = "due_soon"
URGENCY = (OVERDUE, DUE_SOON, NOT_YET_DUE, LATE, ON_TIME)


@dataclass(frozen=True)
class MatrixCell:
    """One unit's obligations for one task in the period."""

    state: str
    obligations: tuple[ObligationState, ...]
    extended: bool
    provisional: bool

    @property
    def received(self) -> int:
        return sum(1 for o in self.obligations if o.state in (ON_TIME, LATE))


@dataclass(frozen=True)
class MatrixTask:
    """A column of the matrix."""

    node_id: int
    label: str
    title: str


@dataclass(frozen=True)
class MatrixUnit:
    """A row of the matrix."""

    unit_id: int
    name: str


@dataclass
class QuarterMatrix:
    """Cells by (unit id, task id), with counts per row and per column."""

    period_label: str
    as_of: dt.date
    units: list[MatrixUnit] = field(default_factory=list)
    tasks: list[MatrixTask] = field(default_factory=list)
    cells: dict[tuple[int, int], MatrixCell] = field(default_factory=dict)
    row_counts: dict[int, StatusCounts] = field(default_factory=dict)
    column_counts: dict[int, StatusCounts] = field(default_factory=dict)
    due_soon_days: int = 3


def cell_state(states: list[str]) -> str:
    """The most urgent state among a cell's obligations."""
    return min(states, key=URGENCY.index)


def quarter_matrix(ctx: ServiceContext, period: Period, as_of: dt.date) -> QuarterMatrix:
    """The matrix of a period as of a day; due soon = due within the office's warning days."""
    with ctx.session_factory() as session:
        settings = session.get(OfficeSettings, 1)
        warn = settings.due_soon_workdays if settings else 3
        calendar = load_calendar(session)
        states = obligation_states(session, period, as_of)
    matrix = QuarterMatrix(period.label, as_of, due_soon_days=warn)
    units: dict[int, MatrixUnit] = {}
    tasks: dict[int, MatrixTask] = {}
    grouped: dict[tuple[int, int], list[ObligationState]] = {}
    for state in states:
        units.setdefault(state.unit_id, MatrixUnit(state.unit_id, state.unit))
        tasks.setdefault(
            state.node_id, MatrixTask(state.node_id, state.task_label, state.task_title)
        )
        grouped.setdefault((state.unit_id, state.node_id), []).append(state)
    matrix.units = list(units.values())
    matrix.tasks = sorted(tasks.values(), key=lambda t: t.node_id)
    by_row: dict[int, list[ObligationState]] = {}
    by_column: dict[int, list[ObligationState]] = {}
    for key, members in grouped.items():
        labels = []
        for o in members:
            soon = o.state == NOT_YET_DUE and calendar.workdays_between(as_of, o.due_date) <= warn
            labels.append(DUE_SOON if soon else o.state)
        matrix.cells[key] = MatrixCell(
            cell_state(labels),
            tuple(members),
            any(o.extended for o in members),
            any(o.provisional for o in members),
        )
        by_row.setdefault(key[0], []).extend(members)
        by_column.setdefault(key[1], []).extend(members)
    matrix.row_counts = {k: count_states(v) for k, v in by_row.items()}
    matrix.column_counts = {k: count_states(v) for k, v in by_column.items()}
    return matrix
