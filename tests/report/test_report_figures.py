"""The summary's figures: the same as a direct count in the database and as `creditdesk status`."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import bindparam, text

from creditdesk.output.report_data import Figures
from creditdesk.services.context import ServiceContext
from creditdesk.services.periods import Period
from creditdesk.services.report import build_report, default_number, rank_units, report_title
from creditdesk.services.status import period_status

TODAY = dt.date(2026, 11, 22)
MID_QUARTER = dt.date(2026, 8, 20)
QUARTER = Period.parse("2026Q3")

# Written from the rules, not from status.py: an active obligation belongs to its work period
# (报送期间, the periods listed in WORK_PERIODS), a one-off to the period its due date falls in;
# an extension replaces the due date; the first submission neither judged 不合格 nor returned
# (退回补充) and received by the day asked about is the receipt.
DIRECT_COUNT = text(
    """
    WITH o AS (
        SELECT u.name AS unit,
               COALESCE(ob.extended_to, ob.due_date) AS due,
               (SELECT MIN(s.received_on) FROM submission s
                 WHERE s.obligation_id = ob.id
                   AND s.review_state NOT IN ('rejected', 'returned')
                   AND s.received_on <= :as_of) AS got
          FROM obligation ob JOIN unit u ON u.id = ob.unit_id
          JOIN obligation_rule r ON r.node_id = ob.node_id
         WHERE ob.active
           AND CASE WHEN r.frequency = 'once'
                    THEN ob.due_date >= :first AND ob.due_date <= :last
                    ELSE ob.period IN :codes END
    )
    SELECT unit,
           COUNT(*),
           SUM(CASE WHEN got IS NOT NULL AND got <= due THEN 1 ELSE 0 END),
           SUM(CASE WHEN got IS NOT NULL AND got > due THEN 1 ELSE 0 END),
           SUM(CASE WHEN got IS NULL AND due < :as_of THEN 1 ELSE 0 END),
           SUM(CASE WHEN got IS NULL AND due >= :as_of THEN 1 ELSE 0 END)
      FROM o GROUP BY unit
    """
).bindparams(bindparam("codes", expanding=True))
WORK_PERIODS = {QUARTER: ["2026-07", "2026-08", "2026-09", "2026Q3"]}
KEYS = ("due", "received_on_time", "received_late", "overdue", "not_yet_due")


def _direct(ctx: ServiceContext, period: Period, as_of: dt.date) -> dict[str, dict[str, int]]:
    with ctx.session_factory() as session:
        rows = session.execute(
            DIRECT_COUNT,
            {
                "as_of": as_of.isoformat(),
                "first": period.start.isoformat(),
                "last": period.end.isoformat(),
                "codes": WORK_PERIODS[period],
            },
        ).all()
    return {unit: dict(zip(KEYS, map(int, counts), strict=True)) for unit, *counts in rows}


def _sum(by_unit: dict[str, dict[str, int]]) -> dict[str, int]:
    return {key: sum(counts[key] for counts in by_unit.values()) for key in KEYS}


def test_figures_equal_a_direct_count_in_the_database(generated: ServiceContext) -> None:
    for as_of in (MID_QUARTER, TODAY):
        report = build_report(generated, QUARTER, as_of)
        direct = _direct(generated, QUARTER, as_of)
        assert {u.unit: u.figures.as_dict() for u in report.units} == direct
        assert report.totals.as_dict() == _sum(direct)
    mid = build_report(generated, QUARTER, MID_QUARTER).totals
    # the fixture gives every state something to count, or the comparison proves little
    assert all(mid.as_dict()[key] > 0 for key in KEYS)


def test_figures_equal_creditdesk_status(generated: ServiceContext) -> None:
    for period in (QUARTER, Period.parse("2026-08"), Period.parse("2026H1"), Period.parse("2026")):
        report = build_report(generated, period, MID_QUARTER).as_contract()
        status = period_status(generated, period, MID_QUARTER).as_contract()
        assert report["totals"] == status["totals"]
        assert report["period"] == status["period"] and report["as_of"] == status["as_of"]
        by_name: Any = sorted(report["units"], key=lambda u: u["unit"])  # type: ignore[arg-type]
        assert by_name == sorted(status["units"], key=lambda u: u["unit"])


def test_task_rows_and_trend_quarters_add_up_to_the_period(generated: ServiceContext) -> None:
    year = build_report(generated, Period.parse("2026"), TODAY)
    assert [line.period_code for line in year.trend] == ["2026Q1", "2026Q2", "2026Q3", "2026Q4"]
    for key in KEYS:
        assert sum(line.figures.as_dict()[key] for line in year.trend) == year.totals.as_dict()[key]
        assert sum(task.figures.as_dict()[key] for task in year.tasks) == year.totals.as_dict()[key]
    for line in year.trend:
        status = period_status(generated, Period.parse(line.period_code), TODAY)
        assert line.figures.as_dict() == status.totals.as_dict()


def test_trend_stops_at_the_reported_quarter(generated: ServiceContext) -> None:
    assert [t.period_label for t in build_report(generated, QUARTER, TODAY).trend] == [
        "2026年第1季度",
        "2026年第2季度",
        "2026年第3季度",
    ]
    assert len(build_report(generated, Period.parse("2026-02"), TODAY).trend) == 1


def test_tasks_follow_the_plan_order(generated: ServiceContext) -> None:
    report = build_report(generated, QUARTER, TODAY)
    numbers = [int(task.label.rstrip(".")) for task in report.tasks]
    assert numbers == sorted(numbers) and 2 not in numbers  # task 2 (node 3) was withdrawn


def test_missing_items_are_the_overdue_obligations_by_unit_worst_first(
    generated: ServiceContext,
) -> None:
    report = build_report(generated, QUARTER, MID_QUARTER)
    assert report.missing_count == report.totals.overdue
    by_unit = {group.unit: group.items for group in report.missing}
    for line in report.units:
        assert len(by_unit.get(line.unit, ())) == line.figures.overdue
    counts = [len(group.items) for group in report.missing]
    assert counts == sorted(counts, reverse=True)
    for group in report.missing:
        assert [i.due_date for i in group.items] == sorted(i.due_date for i in group.items)
        # working days, as the notices count them: fewer than calendar days over a weekend
        assert all(0 < i.days_overdue <= (MID_QUARTER - i.due_date).days for i in group.items)
    assert any(i.days_overdue < (MID_QUARTER - i.due_date).days for g in report.missing
               for i in g.items)  # fmt: skip
    assert not [i for g in report.missing for i in g.items if i.extended]  # due 8/31: not yet
    later = build_report(generated, QUARTER, TODAY)
    extended = [i for g in later.missing for i in g.items if i.extended]
    assert extended and all(i.due_date == dt.date(2026, 8, 31) for i in extended)


def test_units_rank_by_on_time_rate_then_received_rate_then_name() -> None:
    lines = rank_units(
        [
            ("丙局", Figures(10, 8, 2, 0, 0)),  # 80 % on time, 100 % received
            ("乙局", Figures(10, 8, 0, 2, 0)),  # 80 % on time, 80 % received
            ("甲局", Figures(10, 8, 2, 0, 0)),  # same rates as 丙局: shares its rank
            ("丁局", Figures(4, 0, 0, 0, 4)),  # nothing due yet: last, whatever its name
            ("戊局", Figures(5, 5, 0, 0, 0)),
        ]
    )
    assert [(line.rank, line.unit) for line in lines] == [
        (1, "戊局"),
        (2, "丙局"),
        (2, "甲局"),
        (4, "乙局"),
        (5, "丁局"),
    ]


def test_summary_names_the_full_on_time_units_and_those_most_overdue(
    generated: ServiceContext,
) -> None:
    report = build_report(generated, QUARTER, MID_QUARTER)
    worst = max(line.figures.overdue for line in report.units)
    assert report.most_overdue[0][1] == worst
    text = report.ranking_text()
    assert f"{report.most_overdue[0][0]}（{worst}项）" in text
    if report.best_units:
        assert report.best_units[0] in text


def test_rates_leave_out_items_not_yet_due() -> None:
    figures = Figures(due=10, received_on_time=3, received_late=1, overdue=2, not_yet_due=4)
    assert figures.on_time_rate == 0.5 and figures.received_rate == 4 / 6
    assert Figures(due=3, not_yet_due=3).on_time_rate is None


def test_title_and_number_name_place_and_period() -> None:
    assert (
        report_title("青禾县", Period.parse("2024Q3"))
        == "青禾县2024年第3季度社会信用体系建设工作进展情况通报"
    )
    assert report_title("青禾县", Period.parse("2024-09")).startswith("青禾县2024年9月社会信用")
    assert report_title("青禾县", Period.parse("2024H2")).startswith("青禾县2024年下半年社会信用")
    assert report_title("青禾县", Period.parse("2024")).startswith("青禾县2024年度社会信用")
    assert default_number(Period.parse("2024Q3")) == "2024年第3期"


def test_report_carries_office_notes_and_its_date(generated: ServiceContext) -> None:
    report = build_report(
        generated, QUARTER, TODAY, notes="  请各单位于12月5日前补报。\n", number="第9期"
    )
    assert report.title == "青禾县2026年第3季度社会信用体系建设工作进展情况通报"
    assert report.office_name == "青禾县社会信用体系建设领导小组办公室"
    assert report.notes == "请各单位于12月5日前补报。" and report.number == "第9期"
    assert report.date_text == "2026年11月22日"
