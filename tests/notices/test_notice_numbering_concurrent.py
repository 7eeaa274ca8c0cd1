"""Two clerks issuing at once on one database: numbers without gap and without duplicate."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path
from typing import Any

from sqlalchemy import select

from creditdesk.model import Notice
from creditdesk.output.fonts import FontSet
from creditdesk.services.context import FixedClock, ServiceContext
from creditdesk.services.database import make_engine, make_session_factory
from creditdesk.services.notice_drafts import draft_overdue
from creditdesk.services.notice_issue import issue_notices
from creditdesk.services.workspace import Workspace

TODAY = dt.date(2026, 11, 22)
ROUNDS = 4
Office = Any


def _numbers(ctx: ServiceContext) -> list[tuple[int, int, str]]:
    with ctx.session_factory() as session:
        return [
            (n.year, n.seq, n.number)
            for n in session.scalars(select(Notice).order_by(Notice.year, Notice.seq))
        ]


def _assert_gapless(rows: list[tuple[int, int, str]], expected: int) -> None:
    assert [seq for _, seq, _ in rows] == list(range(1, expected + 1))
    assert len({number for _, _, number in rows}) == expected
    assert all(number == f"青信用办督〔2026〕{seq}号" for _, seq, number in rows)


def test_two_clerks_in_threads_get_consecutive_distinct_numbers(
    office: Office, workspace: Workspace, fonts: FontSet
) -> None:
    """Each clerk has their own connection pool, as two programs would."""
    second_engine = make_engine(workspace.url)
    second = ServiceContext(
        make_session_factory(second_engine),
        FixedClock(dt.datetime(2026, 11, 22, 9)),
        user="第二位办事员",
        attachments_dir=office.ctx.attachments_dir,
    )
    contexts = [office.ctx, second]
    drafts = [draft_overdue(ctx, TODAY) for ctx in contexts]
    barrier = threading.Barrier(2)
    results: list[list[str]] = [[], []]
    errors: list[BaseException] = []

    def clerk(index: int) -> None:
        try:
            barrier.wait()
            for _ in range(ROUNDS):
                issued = issue_notices(contexts[index], drafts[index], fonts=fonts)
                results[index].extend(n.number for n in issued)
        except BaseException as error:  # reported below, on the test's thread
            errors.append(error)

    threads = [threading.Thread(target=clerk, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    second_engine.dispose()
    assert errors == []
    total = 2 * ROUNDS * len(drafts[0])
    assert len(results[0]) + len(results[1]) == total
    _assert_gapless(_numbers(office.ctx), total)
    # each batch got a consecutive run of its own: numbers were not interleaved within a batch
    for numbers in results:
        seqs = [int(n.split("〕")[1].rstrip("号")) for n in numbers]
        for start in range(0, len(seqs), 3):
            batch = seqs[start : start + 3]
            assert batch == list(range(batch[0], batch[0] + 3))


CLERK_SCRIPT = textwrap.dedent(
    """
    import datetime as dt, sys, time
    from pathlib import Path
    from creditdesk.output.fonts import load_fonts
    from creditdesk.services.context import FixedClock, ServiceContext
    from creditdesk.services.database import make_engine, make_session_factory
    from creditdesk.services.notice_drafts import draft_overdue
    from creditdesk.services.notice_issue import issue_notices

    url, store, go, user, rounds = sys.argv[1:6]
    ctx = ServiceContext(
        make_session_factory(make_engine(url)),
        FixedClock(dt.datetime(2026, 11, 22, 9)),
        user=user,
        attachments_dir=Path(store),
    )
    fonts = load_fonts(use_system=False)
    drafts = draft_overdue(ctx, dt.date(2026, 11, 22))
    print("ready", flush=True)
    while not Path(go).exists():
        time.sleep(0.01)
    for _ in range(int(rounds)):
        for notice in issue_notices(ctx, drafts, fonts=fonts):
            print(notice.number, flush=True)
    """
)


def test_two_clerk_processes_issuing_at_once_leave_no_gap_and_no_duplicate(
    office: Office, workspace: Workspace, tmp_path: Path
) -> None:
    go = tmp_path / "go"
    script = tmp_path / "clerk.py"
    script.write_text(CLERK_SCRIPT, encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    clerks = [
        subprocess.Popen(
            [
                sys.executable,
                str(script),
                workspace.url,
                str(office.ctx.attachments_dir),
                str(go),
                f"办事员{i}",
                str(ROUNDS),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env=env,
        )
        for i in (1, 2)
    ]
    for clerk in clerks:  # both have imported, drawn fonts and read their drafts
        assert clerk.stdout is not None
        assert clerk.stdout.readline().strip() == "ready"
    go.touch()
    started = time.monotonic()
    outputs = [clerk.communicate(timeout=120) for clerk in clerks]
    assert time.monotonic() - started < 120
    for clerk, (_, err) in zip(clerks, outputs, strict=True):
        assert clerk.returncode == 0, err
    printed = [line for out, _ in outputs for line in out.split()]
    total = 2 * ROUNDS * 3
    assert len(printed) == len(set(printed)) == total
    _assert_gapless(_numbers(office.ctx), total)


def test_two_clerks_starting_the_batch_at_once_send_each_unit_one_letter(
    office: Office, workspace: Workspace, fonts: FontSet
) -> None:
    """Both saw the same overdue units; the batch decided under the lock sends them once."""
    from creditdesk.services.notice_batch import issue_overdue_batch, overdue_batch

    second_engine = make_engine(workspace.url)
    second = ServiceContext(
        make_session_factory(second_engine),
        FixedClock(dt.datetime(2026, 11, 22, 9)),
        user="第二位办事员",
        attachments_dir=office.ctx.attachments_dir,
    )
    contexts = [office.ctx, second]
    assert all(len(overdue_batch(ctx, TODAY)) == 3 for ctx in contexts)
    barrier = threading.Barrier(2)
    results: list[list[str]] = [[], []]
    errors: list[BaseException] = []

    def clerk(index: int) -> None:
        try:
            barrier.wait()
            issued = issue_overdue_batch(contexts[index], TODAY, fonts=fonts)
            results[index].extend(n.unit for n in issued)
        except BaseException as error:  # reported below, on the test's thread
            errors.append(error)

    threads = [threading.Thread(target=clerk, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    second_engine.dispose()
    assert errors == []
    assert sorted(results[0] + results[1]) == sorted(office.units)  # one letter per unit
    assert [] in results  # the second batch found nothing left to send
    _assert_gapless(_numbers(office.ctx), 3)
    # a day later the units are chased again, one level up
    later = issue_overdue_batch(office.ctx, TODAY + dt.timedelta(days=1), fonts=fonts)
    assert {n.level for n in later} == {"supervise"} and len(later) == 3
