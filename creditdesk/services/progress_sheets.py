"""Progress spreadsheets (进展情况表) exchanged with units: the blank one out, the filled one in.

Out: for a unit and a period, the tasks it owes (its obligations of that work period, 报送期间,
as in :mod:`creditdesk.services.status`: a quarter's sheet holds the monthly items of its three
months, titled with their month) with what to report and by when, and an empty 进展情况 column
(``write_blank_progress_sheet``).

In: a filled sheet, or the office's ledger (台账) with one sheet per unit, becomes the units'
submissions (报送材料) for the period: channel email, the task as the sheet writes it as title,
the 进展情况 text as notes, linked to the obligation. Rows are matched to tasks by the hidden
obligation id of CreditDesk's own sheet, by task number (任务编号), by title, or by a close
title (rapidfuzz); rows that cannot be matched are returned for the clerk to place, and
``apply_progress_import`` takes the clerk's placements. One transaction, audited, undoable.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from creditdesk.model import (
    Alias,
    Attachment,
    Obligation,
    ObligationRule,
    OfficeSettings,
    PlanNode,
    Submission,
    Unit,
)
from creditdesk.parsing.progress_sheet import ProgressRow, ProgressTable, read_progress_workbook
from creditdesk.parsing.roster_text import name_key
from creditdesk.parsing.spreadsheet import SpreadsheetError
from creditdesk.services import audit
from creditdesk.services.attachments import StoredFile
from creditdesk.services.context import ServiceContext
from creditdesk.services.errors import NotFoundError, StaleEditError, UserError
from creditdesk.services.periods import Period
from creditdesk.services.roster_edit import write
from creditdesk.services.status import in_work_period

FUZZY_ACCEPT = 85.0
"""A close title is accepted at this rapidfuzz score, if clearly ahead of the runner-up."""
FUZZY_MARGIN = 5.0
FUZZY_SUGGEST = 50.0


@dataclass(frozen=True)
class ProgressTask:
    """A task a unit owes a report on in a period: its obligation, label, title and material."""

    obligation_id: int
    node_id: int
    label: str
    title: str
    material: str
    due_date: dt.date
    period: str = ""
    """The obligation's own period code (a month of a quarter's sheet)."""


@dataclass(frozen=True)
class RowKey:
    """Where a row is: sheet name and 1-based row number (the key of a placement)."""

    sheet: str
    row_number: int


@dataclass(frozen=True)
class MatchedRow:
    """A row matched to a task; ``how`` is 事项编号, 任务编号, 标题 or 近似标题."""

    key: RowKey
    obligation_id: int
    task: str
    how: str
    title: str
    progress: str


@dataclass(frozen=True)
class UnplacedRow:
    """A row no task matched; ``suggestions`` are (obligation id, task, score), best first."""

    key: RowKey
    label: str
    title: str
    progress: str
    suggestions: tuple[tuple[int, str, float], ...]


@dataclass(frozen=True)
class SheetPlan:
    """One sheet's unit and rows. ``unit_id`` None: the sheet names no known unit (``note``)."""

    sheet: str
    unit_id: int | None
    unit_name: str
    tasks: tuple[ProgressTask, ...]
    matched: tuple[MatchedRow, ...]
    unplaced: tuple[UnplacedRow, ...]
    empty_rows: int = 0
    note: str = ""


@dataclass(frozen=True)
class ProgressImportPreview:
    """What importing the workbook would log; writes nothing."""

    file_name: str
    period: str
    sheets: tuple[SheetPlan, ...]

    @property
    def unplaced(self) -> tuple[UnplacedRow, ...]:
        """Every row the clerk has to place (or leave out)."""
        return tuple(row for sheet in self.sheets for row in sheet.unplaced)


@dataclass(frozen=True)
class ProgressImportResult:
    """Submissions created, rows left out, and what undo needs."""

    submission_ids: tuple[int, ...]
    left_out: tuple[RowKey, ...]
    already_logged: tuple[RowKey, ...]
    versions: tuple[tuple[int, int], ...] = ()
    """(submission id, version) as created, so undo refuses after a review."""
    file_name: str = ""


# ------------------------------------------------------------------ tasks and the blank sheet


def _period(period: Period | str) -> Period:
    if isinstance(period, Period):
        return period
    try:
        return Period.parse(period)
    except ValueError as error:
        raise UserError(str(error)) from error


def _tasks(session: Session, unit_id: int, period: Period) -> list[ProgressTask]:
    rows = session.execute(
        select(Obligation, PlanNode.label, PlanNode.title, ObligationRule.material)
        .join(PlanNode, PlanNode.id == Obligation.node_id)
        .outerjoin(ObligationRule, ObligationRule.node_id == Obligation.node_id)
        .where(Obligation.unit_id == unit_id, in_work_period(period), Obligation.active)
        .order_by(PlanNode.plan_id, PlanNode.position, PlanNode.id, Obligation.period)
    )
    return [
        ProgressTask(
            o.id,
            o.node_id,
            label,
            _title_in(period, title, o.period),
            material or "",
            o.extended_to or o.due_date,
            o.period,
        )
        for o, label, title, material in rows
    ]


def _title_in(sheet_period: Period, title: str, period_code: str) -> str:
    """A task's title on a sheet, with its own period when that is a part of the sheet's.

    A quarter's sheet lists a monthly task once per month; the month in the title tells the
    unit which row is which and lets the returned rows be matched by title.
    """
    if period_code == sheet_period.code:
        return title
    try:
        own = Period.parse(period_code)
    except ValueError:
        return title
    if own.kind == "year" and own.year == sheet_period.year:
        return title  # a one-off task, filed under the plan year
    return f"{title}（{own.label}）"


def progress_tasks(ctx: ServiceContext, unit_id: int, period: Period | str) -> list[ProgressTask]:
    """The tasks a unit owes a report on in ``period`` (its active obligations), plan order."""
    with ctx.session_factory() as session:
        return _tasks(session, unit_id, _period(period))


def write_blank_progress_sheet(
    ctx: ServiceContext, unit_id: int, period: Period | str, path: Path
) -> int:
    """Write the sheet ``unit_id`` fills in for ``period``; returns the number of tasks.

    Raises:
        UserError: the unit owes nothing in that period, or the file cannot be written.
    """
    chosen = _period(period)
    with ctx.session_factory() as session:
        unit = session.get(Unit, unit_id)
        if unit is None:
            raise NotFoundError("该单位已不存在。")
        unit_name = unit.name
        tasks = _tasks(session, unit_id, chosen)
        office = office_name(session)
    if not tasks:
        raise UserError(f"{unit_name}在{chosen.label}没有应报事项，无需生成进展情况表。")
    return write_sheet(path, unit_name, chosen, tasks, office)


def office_name(session: Session) -> str:
    """The office's name for the sheet's 报送至 line ('' before the settings are filled)."""
    settings = session.get(OfficeSettings, 1)
    return settings.office_name if settings is not None else ""


def unit_tasks(session: Session, unit_id: int, period: Period) -> list[ProgressTask]:
    """:func:`progress_tasks` inside a caller's session (a batch over many units)."""
    return _tasks(session, unit_id, period)


def write_sheet(
    path: Path, unit_name: str, period: Period, tasks: list[ProgressTask], office: str
) -> int:
    """Write one unit's blank sheet (atomically) from its tasks; returns the number of tasks.

    Raises:
        UserError: the file cannot be written.
    """
    # openpyxl loads only when a sheet is written, not when the roster page opens
    from creditdesk.output.progress_sheet_xlsx import ProgressLine, write_progress_sheet

    lines = [ProgressLine(t.obligation_id, t.label, t.title, t.material, t.due_date) for t in tasks]
    try:
        write_progress_sheet(path, unit_name, period.label, lines, office)
    except OSError as error:
        raise UserError(f"无法写入“{path.name}”：文件可能正在 Excel/WPS 中打开。") from error
    return len(tasks)


# ------------------------------------------------------------------ preview


def _label_key(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split()).strip(".、．")


def _unit_index(session: Session) -> dict[str, tuple[int, str]]:
    index: dict[str, tuple[int, str]] = {}
    for unit in session.scalars(select(Unit)):
        for spelling in (unit.name, unit.short_name):
            if spelling:
                index.setdefault(name_key(spelling), (unit.id, unit.name))
    names: dict[int, str] = {i: n for i, n in session.execute(select(Unit.id, Unit.name))}
    for alias in session.scalars(select(Alias).where(Alias.unit_id.is_not(None))):
        assert alias.unit_id is not None
        index.setdefault(name_key(alias.name), (alias.unit_id, names[alias.unit_id]))
    return index


def _sheet_unit(
    session: Session,
    table: ProgressTable,
    units: dict[str, tuple[int, str]],
    period: Period,
) -> tuple[int, str] | None:
    keys = [r.key for r in table.rows if r.key is not None]
    if keys:
        owners = set(
            session.scalars(
                select(Obligation.unit_id)
                .outerjoin(ObligationRule, ObligationRule.node_id == Obligation.node_id)
                .where(Obligation.id.in_(keys), in_work_period(period))
            )
        )
        if len(owners) == 1:
            owner = owners.pop()
            unit = session.get(Unit, owner)
            if unit is not None:
                return unit.id, unit.name
    found = units.get(name_key(table.sheet))
    if found is not None:
        return found
    preamble = name_key(table.preamble)
    hits = {v for k, v in units.items() if len(k) >= 3 and k in preamble}
    return hits.pop() if len(hits) == 1 else None


def _match_row(row: ProgressRow, tasks: list[ProgressTask]) -> tuple[ProgressTask | None, str]:
    by_id = {t.obligation_id: t for t in tasks}
    if row.key is not None and row.key in by_id:
        return by_id[row.key], "事项编号"
    if row.label:
        same = [t for t in tasks if t.label and _label_key(t.label) == _label_key(row.label)]
        if len(same) == 1:
            return same[0], "任务编号"
    if row.title:
        exact = [t for t in tasks if name_key(t.title) == name_key(row.title)]
        if len(exact) == 1:
            return exact[0], "标题"
        scored = process.extract(
            name_key(row.title), [name_key(t.title) for t in tasks], scorer=fuzz.WRatio, limit=2
        )
        if scored and scored[0][1] >= FUZZY_ACCEPT:
            runner_up = scored[1][1] if len(scored) > 1 else 0.0
            if scored[0][1] - runner_up >= FUZZY_MARGIN:
                return tasks[scored[0][2]], "近似标题"
    return None, ""


def _suggest(row: ProgressRow, tasks: list[ProgressTask]) -> tuple[tuple[int, str, float], ...]:
    text = name_key(row.title or row.label)
    if not text or not tasks:
        return ()
    scored = process.extract(text, [name_key(t.title) for t in tasks], scorer=fuzz.WRatio, limit=3)
    return tuple(
        (tasks[i].obligation_id, tasks[i].title, float(score))
        for _, score, i in scored
        if score >= FUZZY_SUGGEST
    )


def _plan_sheet(
    table: ProgressTable, unit: tuple[int, str] | None, tasks: list[ProgressTask]
) -> SheetPlan:
    if unit is None:
        return SheetPlan(
            table.sheet, None, "", (), (), (), note=f"工作表“{table.sheet}”对应不到任何单位，已忽略"
        )
    matched: list[MatchedRow] = []
    unplaced: list[UnplacedRow] = []
    empty = 0
    for row in table.rows:
        if not row.progress:
            empty += 1
            continue
        key = RowKey(row.sheet, row.row_number)
        task, how = _match_row(row, tasks)
        title = row.title or (task.title if task else row.label)
        if task is not None:
            matched.append(
                MatchedRow(key, task.obligation_id, task.title, how, title, row.progress)
            )
        else:
            unplaced.append(
                UnplacedRow(key, row.label, row.title, row.progress, _suggest(row, tasks))
            )
    note = "" if tasks else "该单位在本期没有应报事项"
    return SheetPlan(
        table.sheet, unit[0], unit[1], tuple(tasks), tuple(matched), tuple(unplaced), empty, note
    )


def preview_progress_import(
    ctx: ServiceContext, path: Path, period: Period | str, unit_id: int | None = None
) -> ProgressImportPreview:
    """Read a filled progress sheet or 台账 and match its rows; writes nothing.

    Args:
        ctx: the service context.
        path: the workbook.
        period: the reporting period the rows are for.
        unit_id: the unit the clerk is importing for: sheets that name no unit are taken as
            this unit's, and sheets of other units are left out.

    Raises:
        UserError: the file cannot be read or holds no progress sheet (nothing is written).
    """
    chosen = _period(period)
    try:
        tables = read_progress_workbook(path)
    except SpreadsheetError as error:
        raise UserError(str(error)) from error
    plans = []
    with ctx.session_factory() as session:
        units = _unit_index(session)
        chosen_unit = None
        if unit_id is not None:
            unit = session.get(Unit, unit_id)
            if unit is None:
                raise NotFoundError("该单位已不存在。")
            chosen_unit = (unit.id, unit.name)
        for table in tables:
            found = _sheet_unit(session, table, units, chosen)
            if chosen_unit is not None:
                if found is not None and found[0] != chosen_unit[0]:
                    plans.append(
                        SheetPlan(
                            table.sheet, None, found[1], (), (), (), note="属于其他单位，已忽略"
                        )
                    )
                    continue
                found = chosen_unit
            tasks = _tasks(session, found[0], chosen) if found is not None else []
            plans.append(_plan_sheet(table, found, tasks))
    return ProgressImportPreview(path.name, chosen.code, tuple(plans))


# ------------------------------------------------------------------ apply and undo


def apply_progress_import(
    ctx: ServiceContext,
    preview: ProgressImportPreview,
    placements: Mapping[RowKey, int | None] | None = None,
    received_on: dt.date | None = None,
) -> ProgressImportResult:
    """Log the matched rows, and the rows the clerk placed, as submissions (one transaction).

    Args:
        ctx: the service context.
        preview: from :func:`preview_progress_import`.
        placements: unplaced row → obligation id chosen by the clerk (None: leave it out);
            may also re-place a matched row.
        received_on: the date received (收到日期); today when None.

    Raises:
        UserError: a placement names an obligation that is not the sheet unit's for the period.
    """
    placements = dict(placements or {})
    day = received_on or ctx.clock.today()
    with write(ctx, "报送材料") as session:
        logged = log_rows(session, ctx, preview, placements, day)
        versions = tuple((s.id, s.version) for s in logged.created)
    return ProgressImportResult(
        tuple(s.id for s in logged.created),
        logged.left_out,
        logged.already,
        versions,
        preview.file_name,
    )


@dataclass(frozen=True)
class LoggedRows:
    """What :func:`log_rows` did inside its caller's transaction."""

    created: tuple[Submission, ...]
    left_out: tuple[RowKey, ...]
    already: tuple[RowKey, ...]


def log_rows(
    session: Session,
    ctx: ServiceContext,
    preview: ProgressImportPreview,
    placements: Mapping[RowKey, int | None],
    day: dt.date,
    attachment: StoredFile | None = None,
) -> LoggedRows:
    """Log one file's rows as submissions in the caller's transaction (one file of a batch).

    Args:
        session: the caller's open transaction.
        ctx: the service context (clock, user for the audit log).
        preview: the file's rows, from :func:`preview_progress_import`.
        placements: unplaced row → obligation id chosen by the clerk (None: leave it out).
        day: the date received (收到日期).
        attachment: the returned file itself, already in the store; each submission made
            from it keeps it as its attachment (附件).

    Raises:
        UserError: a placement names an obligation that is not the sheet unit's for the period.
    """
    created: list[Submission] = []
    left_out: list[RowKey] = []
    already: list[RowKey] = []
    for sheet in preview.sheets:
        if sheet.unit_id is None:
            continue
        allowed = {t.obligation_id: t for t in sheet.tasks}
        wanted: list[tuple[RowKey, int, str, str]] = []
        for row in sheet.matched:
            target = placements.get(row.key, row.obligation_id)
            if target is None:
                left_out.append(row.key)
            else:
                wanted.append((row.key, target, row.title, row.progress))
        for unplaced in sheet.unplaced:
            target = placements.get(unplaced.key)
            if target is None:
                left_out.append(unplaced.key)
            else:
                title = unplaced.title or unplaced.label
                wanted.append((unplaced.key, target, title, unplaced.progress))
        for key, obligation_id, title, progress in wanted:
            task = allowed.get(obligation_id)
            if task is None:
                raise UserError(
                    f"工作表“{key.sheet}”第{key.row_number}行：所选任务不是"
                    f"{sheet.unit_name}本期的应报事项。"
                )
            if _logged(session, sheet.unit_id, obligation_id, progress):
                already.append(key)
                continue
            submission = Submission(
                unit_id=sheet.unit_id,
                node_id=task.node_id,
                obligation_id=obligation_id,
                period=task.period or preview.period,
                received_on=day,
                channel="email",
                title=(title or task.title)[:300],
                notes=progress,
                created_at=ctx.clock.now(),
            )
            if attachment is not None:
                submission.attachments = [
                    Attachment(
                        sha256=attachment.sha256,
                        original_name=attachment.original_name,
                        size=attachment.size,
                        stored_at=ctx.clock.now(),
                    )
                ]
            session.add(submission)
            session.flush()
            created.append(submission)
            after = {**audit.snapshot(submission), "sheet": key.sheet, "row": key.row_number}
            if attachment is not None:
                after["files"] = [attachment.original_name]
            audit.record(
                session, ctx, "导入进展表：登记报送", "submission", submission.id, None, after
            )
    audit.record(
        session,
        ctx,
        "导入进展表",
        "progress_import",
        preview.file_name,
        None,
        {
            "file": preview.file_name,
            "period": preview.period,
            "created": len(created),
            "left_out": len(left_out),
            "already_logged": len(already),
        },
    )
    return LoggedRows(tuple(created), tuple(left_out), tuple(already))


def _logged(session: Session, unit_id: int, obligation_id: int, progress: str) -> bool:
    """Whether the same text was already logged for the obligation (a file imported twice)."""
    found = session.scalar(
        select(Submission.id).where(
            Submission.unit_id == unit_id,
            Submission.obligation_id == obligation_id,
            Submission.notes == progress,
        )
    )
    return found is not None


def undo_progress_import(ctx: ServiceContext, result: ProgressImportResult) -> None:
    """Remove the submissions an import created (one undo step, audited).

    Raises:
        StaleEditError: one of them was reviewed or edited since; nothing is removed.
    """
    with write(ctx, "报送材料") as session:
        for submission_id, version in result.versions:
            submission = session.get(Submission, submission_id)
            if submission is None:
                continue
            if submission.version != version:
                raise StaleEditError("导入的报送材料")
            snap = audit.snapshot(submission)
            session.delete(submission)
            audit.record(
                session, ctx, "撤销导入进展表：删除报送", "submission", submission_id, snap, None
            )
        audit.record(
            session,
            ctx,
            "撤销导入进展表",
            "progress_import",
            result.file_name,
            None,
            {"deleted": len(result.versions)},
        )
