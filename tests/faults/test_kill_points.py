"""Kill -9 at many points of backup, restore, import-plan, import-roster and notices.

Each command first runs to the end under :mod:`killer` to count its steps (renames, unlinks,
fsyncs, zip members, SQL statements, commits) and to give the complete new state; then, on a
fresh copy of the demo workspace each time, it is killed just before one of
``CREDITDESK_KILL_POINTS`` steps (default 8: spread over the run, the last three included).
After each kill the next start must find a sound database (``PRAGMA integrity_check``), the
data either as before or as after the complete command, and no stray file: no ``.part``, no
``.restore-*`` folder or journal in the workspace, nothing in the system temp folder.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from creditdesk.cli import main
from creditdesk.model import Notice, Plan, PlanNode, Unit
from creditdesk.services.backups import create_backup, database_is_sound, verify_backup
from creditdesk.services.context import FixedClock
from creditdesk.services.restore_journal import JOURNAL
from creditdesk.services.schema import known_revisions
from creditdesk.services.workspace import open_workspace

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")

KILLER = Path(__file__).with_name("killer.py")
POINTS = int(os.environ.get("CREDITDESK_KILL_POINTS", "8"))
PLAN = (
    "青禾县2027年社会信用体系建设工作要点\n\n一、信用信息归集\n"
    "（一）纳税信息归集。每季度结束后5个工作日内报送。（牵头单位：县发改委。责任单位：各成员单位）\n"
    "二、信用应用\n（二）信易贷推广。每月报送进展。（牵头单位：县发改委）\n"
)
ROSTER = "单位名称,联络员,电话\n新单位甲,张三,13800000001\n新单位乙,李四,13800000002\n"


def spread(steps: int, points: int) -> list[int]:
    """``points`` steps out of 1..steps: evenly spread, plus the last three (commit, renames)."""
    even = {1 + round(i * (steps - 1) / max(points - 4, 1)) for i in range(max(points - 3, 1))}
    return sorted((even | {steps - 2, steps - 1, steps}) & set(range(1, steps + 1)))


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo workspace, a backup of it taken before one more unit, a plan and a roster."""
    root = tmp_path_factory.mktemp("kill")
    template = root / "演示"
    assert main(["demo", str(template), "--date", "2026-11-22"]) == 0
    now = dt.datetime(2026, 11, 22, 9)
    create_backup(template, now, root / "备份.zip")
    with (
        open_workspace(template, clock=FixedClock(now), backup=False) as workspace,
        workspace.context.session_factory.begin() as session,
    ):
        session.add(Unit(name="备份之后新加的单位"))
    (root / "要点.txt").write_text(PLAN, encoding="utf-8")
    (root / "名册.csv").write_text(ROSTER, encoding="utf-8")
    return root


def _read(directory: Path, query: Callable[..., Hashable]) -> Hashable:
    with (
        open_workspace(directory, backup=False) as workspace,
        workspace.context.session_factory() as session,
    ):
        return query(session)


def _units(session: object) -> Hashable:
    return tuple(session.scalars(select(Unit.name).order_by(Unit.name)))  # type: ignore[attr-defined]


def _plan_2027(session: object) -> Hashable:
    rows = session.execute(  # type: ignore[attr-defined]
        select(PlanNode.title).join(Plan).where(Plan.year == 2027).order_by(PlanNode.title)
    )
    return tuple(rows.scalars())


def _register(session: object) -> Hashable:
    seqs = list(session.scalars(select(Notice.seq).where(Notice.year == 2026).order_by(Notice.seq)))  # type: ignore[attr-defined]
    assert seqs == list(range(1, len(seqs) + 1)), "a number was burnt or doubled"
    return len(seqs)


@dataclass(frozen=True)
class Scenario:
    """A command (``{ws}``, ``{files}`` and ``{out}`` filled in) and how to read its result."""

    args: tuple[str, ...]
    state: Callable[[Path, Path], Hashable]


def _backup_state(directory: Path, out: Path) -> Hashable:
    archive = out / "备份.zip"
    if archive.exists():
        verify_backup(archive, known_revisions())  # never a target that is not whole
    return (archive.exists(), _read(directory, _units))


def _notices_state(directory: Path, out: Path) -> Hashable:
    registered = _read(directory, _register)
    pdfs = list(out.glob("*.pdf")) if out.exists() else []
    for pdf in pdfs:  # written whole or not at all
        data = pdf.read_bytes()
        assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    return registered


SCENARIOS = {
    "backup": Scenario(("backup", "--workspace", "{ws}", "--out", "{out}/备份.zip"), _backup_state),
    "restore": Scenario(
        ("restore", "{files}/备份.zip", "--workspace", "{ws}"), lambda d, _: _read(d, _units)
    ),
    "import-plan": Scenario(
        ("import-plan", "{files}/要点.txt", "--workspace", "{ws}", "--create-units"),
        lambda d, _: _read(d, _plan_2027),
    ),
    "import-roster": Scenario(
        ("import-roster", "{files}/名册.csv", "--workspace", "{ws}"),
        lambda d, _: _read(d, _units),
    ),
    "notices": Scenario(
        ("notices", "--workspace", "{ws}", "--as-of", "2026-11-22", "--out", "{out}"),
        _notices_state,
    ),
}


def _run(scenario: Scenario, files: Path, run: Path, kill_at: int) -> int:
    """Copy the demo into ``run`` and run the command there, killed at step ``kill_at``."""
    shutil.copytree(files / "演示", run / "ws")
    (run / "out").mkdir()
    (run / "tmp").mkdir()
    fill = {"ws": str(run / "ws"), "files": str(files), "out": str(run / "out")}
    args = [a.format(**fill) for a in scenario.args]
    env = {**os.environ, "TMPDIR": str(run / "tmp"), "TEMP": str(run / "tmp")}
    done = subprocess.run(
        [sys.executable, str(KILLER), str(kill_at), str(run / "steps"), "--", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )
    assert kill_at or done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    return done.returncode


def _stray(run: Path) -> list[str]:
    """Files a killed run must not leave once the workspace has been opened again."""
    ws = run / "ws"
    left = [p for p in ws.rglob("*") if p.name.endswith(".part") or p.name == JOURNAL]
    left += [p for p in ws.iterdir() if p.name.startswith(".restore-")]
    left += [p for p in (ws / "backups" / "auto").glob("*") if not database_is_sound(p)]
    left += list((run / "tmp").iterdir())
    return [str(p.relative_to(run)) for p in left]


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_a_command_killed_at_any_step_leaves_the_old_or_the_new_data(
    name: str, files: Path, tmp_path: Path
) -> None:
    scenario = SCENARIOS[name]
    whole = tmp_path / "whole"
    _run(scenario, files, whole, 0)
    steps = int((whole / "steps").read_text())
    new = scenario.state(whole / "ws", whole / "out")
    pristine = tmp_path / "pristine"
    shutil.copytree(files / "演示", pristine)
    old = scenario.state(pristine, tmp_path / "none")
    assert old != new
    outcomes = []
    for kill_at in spread(steps, POINTS):
        run = tmp_path / f"kill-{kill_at}"
        code = _run(scenario, files, run, kill_at)
        state = scenario.state(run / "ws", run / "out")  # the next start recovers first
        with sqlite3.connect(run / "ws" / "creditdesk.sqlite3") as db:
            assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert state in (old, new), f"killed at step {kill_at} of {steps}: {state}"
        assert _stray(run) == [], f"killed at step {kill_at} of {steps}"
        outcomes.append((kill_at, code, "new" if state == new else "old"))
        shutil.rmtree(run)
    print(f"{name}: {steps} steps, killed at {outcomes}")
