"""N clerks on one shared PostgreSQL server: throughput, p95 latency, and nothing lost.

    python tests/benchmarks/bench_shared_load.py [--server URL] [--clerks 2 8 20] [--seconds 20]

``--server`` is a superuser URL of the server (default: $CREDITDESK_TEST_PG_URL), used only
to create and drop the benchmark's databases and accounts. For each N the script clones the
demo office into a fresh database, adds N clerk accounts (server roles), and starts N clerk
processes that each sign in with their own password and, for a fixed time, repeat: log a
submission, edit a unit's liaison from the copy they just read, issue one notice. Each
process records every acknowledged write and each action's latency.

Then it prints, per action, the count, throughput and p50/p95 latency, and checks that
nothing was lost: every acknowledged submission and notice is in the database, each
acknowledged unit edit is in the audit log, notice numbers run without a gap, and the audit
log holds exactly one program entry per acknowledged write and no entry for a write the
program did not log. A unit edit refused as stale (another clerk saved first) is counted
apart: it is the refusal the program promises, not a loss.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import replace
from pathlib import Path

from sqlalchemy import create_engine, func, make_url, select

TODAY = dt.date(2026, 11, 22)
ACTIONS = ("submission", "unit_edit", "notice")
AUDIT_ACTIONS = {"submission": "登记报送材料", "unit_edit": "修改单位", "notice": "发出督办通知"}
PASSWORD = "load-clerk-secret"


def _admin(server: str):  # type: ignore[no-untyped-def]
    return create_engine(server, isolation_level="AUTOCOMMIT")


def _url(server: str, database: str) -> str:
    return make_url(server).set(database=database).render_as_string(hide_password=False)


def worker(url: str, user: str, seconds: float, go: Path, out: Path) -> None:
    """One clerk: sign in, wait for the start, then work until the time is up."""
    from creditdesk.model import Unit
    from creditdesk.output.fonts import load_fonts
    from creditdesk.services.errors import StaleEditError
    from creditdesk.services.notice_drafts import draft_overdue
    from creditdesk.services.notice_issue import issue_notices
    from creditdesk.services.roster_edit import get_unit, update_unit
    from creditdesk.services.submissions import SubmissionDraft, log_submission
    from creditdesk.services.workspace import open_workspace

    fonts = load_fonts(use_system=False)
    cache = Path(tempfile.mkdtemp(prefix=f"load-{user}-"))
    workspace = open_workspace(cache, database_url=url, user=user, password=PASSWORD)
    ctx = workspace.context
    with ctx.session_factory() as session:
        units = list(session.scalars(select(Unit.id).order_by(Unit.id)))
    chance = random.Random(user)
    print("ready", flush=True)
    while not go.exists():
        time.sleep(0.01)
    deadline = time.monotonic() + seconds
    records = []
    step = 0
    while time.monotonic() < deadline:
        action = ACTIONS[step % len(ACTIONS)]
        step += 1
        started = time.perf_counter()
        record: dict[str, object] = {"action": action}
        if action == "submission":
            unit_id = chance.choice(units)
            logged = log_submission(
                ctx, SubmissionDraft(unit_id, "2026Q3", TODAY, title=f"{user}-{step}")
            )
            record["id"] = logged.id
        elif action == "unit_edit":
            unit_id = chance.choice(units)
            detail = get_unit(ctx, unit_id)
            liaison = f"{user}-{step}"
            try:
                update_unit(ctx, unit_id, replace(detail.fields, liaison=liaison), detail.version)
                record.update(unit=unit_id, liaison=liaison)
            except StaleEditError:
                record["stale"] = True
        else:
            drafts = draft_overdue(ctx, TODAY)
            issued = issue_notices(ctx, [chance.choice(drafts)], issued_on=TODAY, fonts=fonts)
            record["number"] = issued[0].number
        record["ms"] = (time.perf_counter() - started) * 1000
        records.append(record)
    workspace.close()
    out.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")


def _prepare_template(server: str, name: str) -> None:
    from creditdesk.services.demo import build_demo

    with _admin(server).connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    with tempfile.TemporaryDirectory() as scratch:
        build_demo(Path(scratch) / "demo", TODAY, database_url=_url(server, name))


def _add_clerks(url: str, users: list[str]) -> None:
    from creditdesk.services.users import add_user
    from creditdesk.services.workspace import open_workspace

    with (
        tempfile.TemporaryDirectory() as scratch,
        open_workspace(Path(scratch), database_url=url, user="信息中心") as workspace,
    ):
        for user in users:
            add_user(workspace.context, user, PASSWORD, "clerk")


def _drop(server: str, name: str, users: list[str]) -> None:
    with _admin(server).connect() as connection:
        connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        for user in users:
            connection.exec_driver_sql(f'DROP ROLE IF EXISTS "{user}"')


def _check(
    url: str, records: dict[str, list[dict[str, object]]], base: dict[str, int]
) -> list[str]:
    """What was lost or wrong; empty when everything acknowledged is there."""
    from creditdesk.model import AuditEntry, Notice, Submission

    problems = []
    engine = create_engine(url)
    with engine.connect() as connection:
        ids = set(connection.scalars(select(Submission.id)))
        numbers = set(connection.scalars(select(Notice.number)))
        seqs = sorted(connection.scalars(select(Notice.seq).where(Notice.year == TODAY.year)))
        audit = connection.execute(
            select(AuditEntry.user, AuditEntry.action, func.count()).group_by(
                AuditEntry.user, AuditEntry.action
            )
        ).all()
        edits = {
            (row.user, row.after)
            for row in connection.execute(
                select(AuditEntry.user, AuditEntry.after).where(AuditEntry.action == "修改单位")
            )
        }
    engine.dispose()
    counted = {(user, action): n for user, action, n in audit}
    for user, done in records.items():
        for record in done:
            if "id" in record and record["id"] not in ids:
                problems.append(f"{user}: submission {record['id']} missing")
            if "number" in record and record["number"] not in numbers:
                problems.append(f"{user}: notice {record['number']} missing")
            if "liaison" in record and not any(
                u == user and f'"liaison": "{record["liaison"]}"' in (after or "")
                for u, after in edits
            ):
                problems.append(f"{user}: unit edit {record['liaison']} not in the audit log")
        for action, label in AUDIT_ACTIONS.items():
            acknowledged = sum(
                1 for r in done if r["action"] == action and not r.get("stale", False)
            )
            if counted.get((user, label), 0) != acknowledged:
                logged = counted.get((user, label), 0)
                problems.append(f"{user}: {logged} audit rows for {acknowledged} {action}")
    direct = sum(n for (_, action), n in counted.items() if action.startswith("直接修改数据库"))
    if direct:
        problems.append(f"{direct} writes were not logged by the program")
    if seqs != list(range(1, len(seqs) + 1)):
        problems.append("notice numbers have a gap or a duplicate")
    expected_notices = base["notices"] + sum(
        1 for done in records.values() for r in done if "number" in r
    )
    if len(seqs) != expected_notices:
        problems.append(f"{len(seqs)} notices for {expected_notices} expected")
    return problems


def _p(values: list[float], q: float) -> float:
    if len(values) < 2:
        return values[0] if values else 0.0
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def run_one(server: str, template: str, clerks: int, seconds: float) -> bool:
    """One round with ``clerks`` processes; prints its figures and returns whether all held."""
    from creditdesk.model import Notice

    name = f"load_{clerks}_{uuid.uuid4().hex[:8]}"
    users = [f"load_{uuid.uuid4().hex[:6]}_{i}" for i in range(clerks)]
    with _admin(server).connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    url = _url(server, name)
    try:
        _add_clerks(url, users)
        engine = create_engine(url)
        with engine.connect() as connection:
            base = {"notices": connection.scalar(select(func.count(Notice.id))) or 0}
        engine.dispose()
        with tempfile.TemporaryDirectory() as scratch:
            folder = Path(scratch)
            go = folder / "go"
            env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
            processes = [
                subprocess.Popen(
                    [
                        sys.executable,
                        __file__,
                        "--worker",
                        url,
                        user,
                        str(seconds),
                        str(go),
                        str(folder / f"{user}.json"),
                    ],
                    stdout=subprocess.PIPE,
                    text=True,
                    env=env,
                )
                for user in users
            ]
            for process in processes:
                assert process.stdout is not None
                if process.stdout.readline().strip() != "ready":
                    raise SystemExit("a clerk process failed to sign in")
            go.touch()
            for process in processes:
                process.wait(timeout=seconds + 600)
                if process.returncode != 0:
                    raise SystemExit("a clerk process failed")
            records = {
                user: json.loads((folder / f"{user}.json").read_text(encoding="utf-8"))
                for user in users
            }
        everything = [r for done in records.values() for r in done]
        print(f"\n{clerks} clerks, {seconds:g} s:")
        print(f"  {'action':<12}{'done':>7}{'per s':>9}{'p50 ms':>9}{'p95 ms':>9}{'stale':>7}")
        for action in ACTIONS:
            rows = [r for r in everything if r["action"] == action]
            ms = [float(str(r["ms"])) for r in rows]
            stale = sum(1 for r in rows if r.get("stale"))
            print(
                f"  {action:<12}{len(rows):>7}{len(rows) / seconds:>9.1f}"
                f"{_p(ms, 50):>9.0f}{_p(ms, 95):>9.0f}{stale:>7}"
            )
        problems = _check(url, records, base)
        print("  checks: " + ("nothing lost" if not problems else "; ".join(problems[:10])))
        return not problems
    finally:
        _drop(server, name, users)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", default=os.environ.get("CREDITDESK_TEST_PG_URL"))
    parser.add_argument("--clerks", type=int, nargs="+", default=[2, 8, 20])
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--worker", nargs=5, metavar=("URL", "USER", "SECONDS", "GO", "OUT"))
    args = parser.parse_args(argv)
    if args.worker:
        url, user, seconds, go, out = args.worker
        worker(url, user, float(seconds), Path(go), Path(out))
        return 0
    if not args.server:
        parser.error("--server or $CREDITDESK_TEST_PG_URL is needed")
    template = f"load_template_{uuid.uuid4().hex[:8]}"
    _prepare_template(args.server, template)
    try:
        results = [run_one(args.server, template, n, args.seconds) for n in args.clerks]
    finally:
        _drop(args.server, template, [])
        with _admin(args.server).connect() as connection:
            prefix = f"cd_{template}"
            for group in ("admin", "clerk", "readonly", "owner", "accounts"):
                connection.exec_driver_sql(f'DROP ROLE IF EXISTS "{prefix}_{group}"')
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    sys.exit(main())
