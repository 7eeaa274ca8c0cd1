"""Issue 12 item 8: control characters and over-long values are stopped at the service boundary.

Every entry point — the unit dialog's service calls, import-plan --create-units, the inbox,
migrate-to — either refuses such a value with a message or removes / cuts it and says so,
instead of storing it (PostgreSQL refuses NUL; a 499-character unit breaks notices) or
ending in a traceback.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from factories import add_units

from creditdesk.cli import main
from creditdesk.model import PlanNode
from creditdesk.services.context import ServiceContext
from creditdesk.services.errors import UserError
from creditdesk.services.roster import list_units
from creditdesk.services.roster_edit import UnitFields, create_unit, get_unit, update_unit
from creditdesk.services.submissions import SubmissionDraft, log_submission
from creditdesk.services.workspace import open_workspace

LONG_UNIT = "某" * 499 + "局"
LONG_TITLE = "归集报送双公示信息" + "很长" * 200


def _plan(path: Path, responsible: str) -> Path:
    path.write_text(
        "2024年西平县社会信用体系建设工作要点\n\n一、信息归集\n\n"
        f"（一）{LONG_TITLE}。牵头单位：县发改委\x07；责任单位：{responsible}。每季度报送。\n\n"
        "（二）开展信用承诺。责任单位：县财政局。\n",
        encoding="utf-8",
    )
    return path


def _state(directory: Path) -> tuple[list[str], list[str]]:
    with open_workspace(directory, backup=False) as workspace:
        ctx = workspace.context
        with ctx.session_factory() as session:
            titles = sorted(n.title for n in session.query(PlanNode))
        return [u.name for u in list_units(ctx)], titles


@pytest.mark.parametrize("bad", ["县\x00财政局", "县财政局\x07", "\x1b[31m县财政局"])
def test_unit_dialog_services_refuse_control_characters(ctx: ServiceContext, bad: str) -> None:
    """create_unit / update_unit (the unit dialog) refuse NUL, BEL and ESC with a message."""
    with pytest.raises(UserError, match="控制字符"):
        create_unit(ctx, UnitFields(name=bad))
    unit = create_unit(ctx, UnitFields(name="县财政局"))
    with pytest.raises(UserError, match="控制字符"):
        update_unit(ctx, unit.id, UnitFields(name="县财政局", liaison=bad), unit.version)
    assert get_unit(ctx, unit.id).fields.liaison == ""


def test_create_units_refuses_a_499_character_unit_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """import-plan --create-units applies the 120-character unit name limit too."""
    ws = tmp_path / "ws"
    plan = _plan(tmp_path / "plan.txt", f"{LONG_UNIT}、县财政局")
    status = main(["import-plan", str(plan), "--workspace", str(ws), "--create-units"])
    err = capsys.readouterr().err
    assert status == 1
    assert "单位名称过长（500个字，最多120个字）" in err
    assert _state(ws) == ([], [])


def test_create_units_strips_control_characters_and_cuts_long_titles_with_notes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Units made from the plan have no control characters; a 409-character title is cut."""
    ws = tmp_path / "ws"
    plan = _plan(tmp_path / "plan.txt", "县财\x00政局\x1b")
    assert main(["import-plan", str(plan), "--workspace", str(ws), "--create-units"]) == 0
    err = capsys.readouterr().err
    assert "标题过长（409个字），只保留前300个字" in err
    assert "控制字符，已删除" in err
    names, titles = _state(ws)
    assert sorted(names) == ["县发改委", "县财政局"]
    assert max(len(t) for t in titles) == 300


def test_inbox_refuses_a_title_with_control_characters_or_too_long(
    ctx: ServiceContext,
) -> None:
    """Logging a submission checks its title like every other stored text."""
    with ctx.session_factory.begin() as session:
        unit_id = add_units(session, "县财政局")[0].id
    day = dt.date(2024, 10, 8)
    for title, reason in (("报告\x1b", "控制字符"), ("长" * 301, "过长")):
        draft = SubmissionDraft(unit_id, "2024Q3", day, title=title)
        with pytest.raises(UserError, match=reason):
            log_submission(ctx, draft)
