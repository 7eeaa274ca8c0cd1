"""Build a large generated workspace for benchmarks.

    python tests/benchmarks/make_workspace.py DIR --years 10 --units 60 --tasks 40

The N plan years end with the current year. Every unit owes every task; most tasks are
monthly, the rest quarterly (10 × 60 × 40 gives about 280 000 obligations), and about 70 % of
the obligations already due have a submission. Rows are inserted in bulk, so the build takes
tens of seconds rather than hours.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path

from sqlalchemy import insert

from creditdesk.model import (
    Assignment,
    Obligation,
    ObligationRule,
    Plan,
    PlanNode,
    Submission,
    Unit,
)
from creditdesk.services.calendar_store import load_calendar
from creditdesk.services.due_rules import DueRule, due_date
from creditdesk.services.obligations import apply_rule_to_row, periods_for
from creditdesk.services.workspace import open_workspace

CATEGORIES = ("县直部门", "乡镇街道", "垂管单位", "企事业单位")
MONTHLY_RULE = DueRule("day_of_next_month", day=5)
QUARTERLY_RULE = DueRule("after_period_end", n=5)


def build(directory: Path, years: int, units: int, tasks: int, today: dt.date) -> dict[str, int]:
    """Fill a new workspace; returns row counts."""
    rng = random.Random(20241008)
    counts = {"obligations": 0, "submissions": 0}
    workspace = open_workspace(directory, backup=False)
    with workspace, workspace.context.session_factory.begin() as session:
        session.execute(
            insert(Unit),
            [
                {
                    "id": i + 1,
                    "name": f"第{i + 1}号成员单位",
                    "short_name": f"单位{i + 1}",
                    "category": CATEGORIES[i % len(CATEGORIES)],
                    "liaison": f"联络员{i + 1}",
                    "office_phone": f"0396-{6000000 + i}",
                    "mobile": f"138{i:08d}",
                    "position": i,
                    "version": 1,
                }
                for i in range(units)
            ],
        )
        calendar = load_calendar(session)
        node_id = 0
        obligation_id = 0
        for year in range(today.year - years + 1, today.year + 1):
            plan = Plan(year=year, title=f"{year}年社会信用体系建设工作要点")
            session.add(plan)
            session.flush()
            node_id += 1
            section_id = node_id
            nodes = [
                {
                    "id": section_id,
                    "plan_id": plan.id,
                    "kind": "section",
                    "position": 0,
                    "label": "一、",
                    "title": "重点任务",
                    "version": 1,
                }
            ]
            rules, assignments, obligations, submissions = [], [], [], []
            for t in range(tasks):
                node_id += 1
                monthly = t % 20 != 19  # 19 of every 20 tasks report monthly
                frequency = "monthly" if monthly else "quarterly"
                rule = MONTHLY_RULE if monthly else QUARTERLY_RULE
                nodes.append(
                    {
                        "id": node_id,
                        "plan_id": plan.id,
                        "parent_id": section_id,
                        "kind": "task",
                        "position": t,
                        "label": f"{t + 1}.",
                        "title": f"第{t + 1}项重点工作",
                        "frequency": frequency,
                        "version": 1,
                    }
                )
                row = ObligationRule(
                    node_id=node_id, frequency=frequency, material=f"第{t + 1}项材料"
                )
                apply_rule_to_row(row, rule)
                rules.append(
                    {
                        "node_id": node_id,
                        "frequency": frequency,
                        "due_kind": row.due_kind,
                        "due_n": row.due_n,
                        "due_day": row.due_day,
                        "roll_forward": row.roll_forward,
                        "material": row.material,
                        "version": 1,
                    }
                )
                for u in range(units):
                    assignments.append(
                        {
                            "node_id": node_id,
                            "unit_id": u + 1,
                            "role": "lead" if u == 0 else "responsible",
                            "version": 1,
                        }
                    )
                for period in periods_for(frequency, year):
                    due = due_date(rule, period, calendar)
                    for u in range(units):
                        obligation_id += 1
                        obligations.append(
                            {
                                "id": obligation_id,
                                "node_id": node_id,
                                "unit_id": u + 1,
                                "period": period.code,
                                "due_date": due.date,
                                "provisional": due.provisional,
                                "version": 1,
                            }
                        )
                        if due.date <= today and rng.random() < 0.7:
                            received = due.date - dt.timedelta(days=rng.randint(-6, 8))
                            submissions.append(
                                {
                                    "unit_id": u + 1,
                                    "node_id": node_id,
                                    "obligation_id": obligation_id,
                                    "period": period.code,
                                    "received_on": min(received, today),
                                    "channel": "email",
                                    "title": f"单位{u + 1}{period.label}报送材料",
                                    "review_state": "accepted" if rng.random() < 0.9 else "pending",
                                    "created_at": dt.datetime.combine(received, dt.time(9)),
                                    "version": 1,
                                }
                            )
            session.execute(insert(PlanNode), nodes)
            session.execute(insert(ObligationRule), rules)
            session.execute(insert(Assignment), assignments)
            session.execute(insert(Obligation), obligations)
            session.execute(insert(Submission), submissions)
            counts["obligations"] += len(obligations)
            counts["submissions"] += len(submissions)
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--units", type=int, default=60)
    parser.add_argument("--tasks", type=int, default=40)
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date.today())
    args = parser.parse_args(argv)
    if args.directory.exists() and any(args.directory.iterdir()):
        print(f"{args.directory} is not empty", file=sys.stderr)
        return 1
    started = time.perf_counter()
    counts = build(args.directory, args.years, args.units, args.tasks, args.today)
    print(
        f"built {args.directory}: {counts['obligations']} obligations, "
        f"{counts['submissions']} submissions in {time.perf_counter() - started:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
