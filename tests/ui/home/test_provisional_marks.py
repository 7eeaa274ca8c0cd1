"""Due dates in a year whose holidays are not announced are marked as provisional (暂定)."""

from __future__ import annotations

import datetime as dt

from factories import add_plan, add_task, add_units
from PySide6.QtCore import Qt

from creditdesk.services.context import ServiceContext
from creditdesk.services.due_rules import DueRule
from creditdesk.services.obligations import regenerate
from creditdesk.services.overview import home_summary
from creditdesk.ui.home.obligation_table_model import ObligationTableModel


def test_home_list_marks_a_due_date_of_an_unannounced_year(ctx: ServiceContext) -> None:
    with ctx.session_factory.begin() as session:
        (unit,) = add_units(session, "县税务局")
        _, section = add_plan(session, 2026)
        add_task(session, section, "季报", "quarterly", DueRule("after_period_end", n=5), [unit])
        regenerate(session)
    # the fourth quarter's report falls due in January 2027, not announced yet
    summary = home_summary(ctx, dt.date(2027, 1, 5))
    line = next(line for line in summary.due_soon if line.period_label == "2026年第4季度")
    assert line.provisional
    model = ObligationTableModel("剩余工作日")
    model.set_rows([line])
    due = model.index(0, 3)
    assert str(model.data(due, Qt.ItemDataRole.DisplayRole)).endswith("*")
    assert "暂定" in str(model.data(due, Qt.ItemDataRole.ToolTipRole))
