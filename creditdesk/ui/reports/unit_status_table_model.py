"""Per-unit figures of one period (报表): due, on time, late, overdue, not yet due."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from creditdesk.services.status import StatusCounts, UnitStatus
from creditdesk.ui.common.row_table_model import Column, RowTableModel
from creditdesk.ui.common.translate import translator

_tr = translator("UnitStatusTableModel")


def _count(header: str, field: Callable[[StatusCounts], int]) -> Column[UnitStatus]:
    return Column(
        header,
        lambda row: str(field(row.counts)),
        sort_key=lambda row: field(row.counts),
        numeric=True,
    )


def on_time_rate(counts: StatusCounts) -> str:
    """Share of the items already due that came in on time (按时报送率), as 87.5%."""
    settled = counts.due - counts.not_yet_due
    if settled <= 0:
        return "—"
    return f"{100 * counts.received_on_time / settled:.1f}%"


class UnitStatusTableModel(RowTableModel[UnitStatus]):
    """The ``units`` of a ``period_status``, one line per unit."""

    def __init__(self, parent: QObject | None = None) -> None:
        columns: list[Column[UnitStatus]] = [
            Column(_tr("单位"), lambda row: row.unit),
            _count(_tr("应报事项"), lambda counts: counts.due),
            _count(_tr("按时报送"), lambda counts: counts.received_on_time),
            _count(_tr("逾期后报送"), lambda counts: counts.received_late),
            _count(_tr("逾期未报"), lambda counts: counts.overdue),
            _count(_tr("未到期"), lambda counts: counts.not_yet_due),
            Column(
                _tr("按时报送率"),
                lambda row: on_time_rate(row.counts),
                sort_key=lambda row: _rate_key(row.counts),
                numeric=True,
            ),
        ]
        super().__init__(columns, parent)


def _rate_key(counts: StatusCounts) -> int:
    settled = counts.due - counts.not_yet_due
    return -1 if settled <= 0 else round(10000 * counts.received_on_time / settled)
