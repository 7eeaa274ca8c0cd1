"""Progress sheets (进展情况表) for many units at once: all the blank ones out, many back in.

Out: one .xlsx per unit in a chosen folder, named after the unit and period through
:func:`creditdesk.services.file_names.inside` and written atomically, so a unit name with a
slash or a cancelled run never leaves a broken file; units that owe nothing in the period are
listed, not written.

In: many returned files (picked together, or every .xlsx of a folder) are read first; any file
that cannot be read, names no unit, or has a filled row that matches none of its unit's tasks
stops the whole batch with a message naming the file and row, and nothing is logged. Otherwise
every row becomes a submission in one transaction, each keeping its returned file as its
attachment (附件). Used by the 单位 page and usable from the command line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from creditdesk.atomic_files import is_part
from creditdesk.model import Unit
from creditdesk.services.attachment_blobs import save_blobs
from creditdesk.services.attachments import StoredFile, store_file
from creditdesk.services.context import ServiceContext
from creditdesk.services.errors import UserError
from creditdesk.services.file_names import inside
from creditdesk.services.periods import Period
from creditdesk.services.progress import NO_PROGRESS, Progress
from creditdesk.services.progress_sheets import (
    ProgressImportPreview,
    ProgressImportResult,
    log_rows,
    office_name,
    preview_progress_import,
    unit_tasks,
    write_sheet,
)
from creditdesk.services.roster_edit import write

MAX_PROBLEMS_SHOWN = 8
"""A batch refused for many reasons names this many, then says how many more."""


@dataclass(frozen=True)
class SentSheet:
    """One blank sheet written: whose, where, and how many tasks it lists."""

    unit_id: int
    unit_name: str
    path: Path
    tasks: int


@dataclass(frozen=True)
class BatchSendResult:
    """The sheets written, and the units left out because they owe nothing in the period."""

    folder: Path
    period: str
    written: tuple[SentSheet, ...]
    owing_nothing: tuple[str, ...]

    def summary(self) -> str:
        """One Chinese sentence for the clerk (and the CLI)."""
        label = Period.parse(self.period).label
        text = f"已为{len(self.written)}个单位生成{label}进展情况表，保存在“{self.folder}”"
        if self.owing_nothing:
            names = "、".join(self.owing_nothing[:5])
            more = f"等{len(self.owing_nothing)}个单位" if len(self.owing_nothing) > 5 else ""
            text += f"；{names}{more}本期没有应报事项，未生成"
        return text + "。"


def sheet_file_name(unit_name: str, period: Period) -> str:
    """The file a unit's sheet is saved as: ``<单位><期间>进展情况表.xlsx`` before cleaning."""
    return f"{unit_name}{period.label}进展情况表"


def send_blank_sheets(
    ctx: ServiceContext,
    period: Period,
    folder: Path,
    unit_ids: Sequence[int] | None = None,
    progress: Progress = NO_PROGRESS,
) -> BatchSendResult:
    """Write each unit's blank sheet for ``period`` into ``folder``, one .xlsx per unit.

    Args:
        ctx: the service context.
        period: the period the sheets are for.
        folder: where the files go (created if missing); existing files of the same name are
            replaced, as a re-sent sheet should be.
        unit_ids: the units chosen on the 单位 page; None for every active unit.
        progress: told after each unit; cancelling stops before the next file (the files
            already written stay, each complete).

    Raises:
        UserError: the folder cannot be made or a file cannot be written.
    """
    with ctx.session_factory() as session:
        query = select(Unit.id, Unit.name).order_by(Unit.position, Unit.id)
        if unit_ids is None:
            query = query.where(Unit.active)
        else:
            query = query.where(Unit.id.in_(list(unit_ids)))
        units = [(unit_id, name) for unit_id, name in session.execute(query)]
        office = office_name(session)
        owed = {unit_id: unit_tasks(session, unit_id, period) for unit_id, _ in units}
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UserError(f"无法创建文件夹“{folder}”：{error.strerror or error}") from error
    written: list[SentSheet] = []
    nothing: list[str] = []
    for done, (unit_id, name) in enumerate(units):
        progress.step(done, len(units), name)
        tasks = owed[unit_id]
        if not tasks:
            nothing.append(name)
            continue
        path = inside(folder, sheet_file_name(name, period), "进展情况表", ".xlsx", is_path=False)
        count = write_sheet(path, name, period, tasks, office)
        written.append(SentSheet(unit_id, name, path, count))
    progress.step(len(units), len(units))
    return BatchSendResult(folder, period.code, tuple(written), tuple(nothing))


# ------------------------------------------------------------------ many files back in


@dataclass(frozen=True)
class BatchImportPreview:
    """Every file of a batch read and matched: nothing is logged yet."""

    period: str
    files: tuple[tuple[Path, ProgressImportPreview], ...]

    @property
    def rows(self) -> int:
        """The rows that will become submissions."""
        return sum(len(s.matched) for _, p in self.files for s in p.sheets if s.unit_id)

    @property
    def units(self) -> tuple[str, ...]:
        """The units the files come from, in file order."""
        names = [s.unit_name for _, p in self.files for s in p.sheets if s.unit_id is not None]
        return tuple(dict.fromkeys(names))


def returned_files(paths: Sequence[Path]) -> list[Path]:
    """The files to read: each picked file, and every .xlsx directly inside a picked folder.

    Excel's lock files (``~$…``) and our own half-written ``.part`` files are skipped.
    """
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(
                p
                for p in path.iterdir()
                if p.is_file()
                and p.suffix.lower() == ".xlsx"
                and not p.name.startswith("~$")
                and not is_part(p)
            )
        else:
            found.append(path)
    return list(dict.fromkeys(found))


def _problems(path: Path, preview: ProgressImportPreview) -> list[str]:
    """What stops this file from being logged as a whole, one line per problem."""
    if not any(sheet.unit_id is not None for sheet in preview.sheets):
        return [f"文件“{path.name}”：看不出是哪个单位的进展情况表（工作表名称或表头应写明单位）"]
    lines: list[str] = []
    for sheet in preview.sheets:
        if sheet.unit_id is None:
            continue
        for row in sheet.unplaced:
            what = row.title or row.label or row.progress[:20]
            lines.append(
                f"文件“{path.name}”工作表“{row.key.sheet}”第{row.key.row_number}行"
                f"“{what}”：对应不到{sheet.unit_name}本期的任务"
            )
    if not lines and not any(sheet.matched for sheet in preview.sheets):
        lines.append(f"文件“{path.name}”：没有填写任何进展情况")
    return lines


def preview_returned_sheets(
    ctx: ServiceContext,
    paths: Sequence[Path],
    period: Period,
    progress: Progress = NO_PROGRESS,
) -> BatchImportPreview:
    """Read every returned file and match its rows; all or nothing, writes nothing.

    Raises:
        UserError: no file was given, or some file is unreadable or has a row no task
            matches; the message names each such file and row.
    """
    files = returned_files(paths)
    if not files:
        raise UserError("所选位置没有 .xlsx 文件。")
    read: list[tuple[Path, ProgressImportPreview]] = []
    problems: list[str] = []
    for done, path in enumerate(files):
        progress.step(done, len(files), path.name)
        try:
            preview = preview_progress_import(ctx, path, period)
        except UserError as error:
            said = str(error)
            problems.append(said if path.name in said else f"文件“{path.name}”：{said}")
            continue
        problems += _problems(path, preview)
        read.append((path, preview))
    progress.step(len(files), len(files))
    if problems:
        shown = problems[:MAX_PROBLEMS_SHOWN]
        if len(problems) > MAX_PROBLEMS_SHOWN:
            shown.append(f"……另有{len(problems) - MAX_PROBLEMS_SHOWN}处问题")
        raise UserError(
            "以下文件有问题，本批文件均未登记（改正后请重新导入全部文件）：\n" + "\n".join(shown)
        )
    return BatchImportPreview(period.code, tuple(read))


def store_returned_files(ctx: ServiceContext, batch: BatchImportPreview) -> list[StoredFile]:
    """Copy the batch's files into the attachment store (once per content), in file order.

    Raises:
        UserError: a file vanished since it was read, or the workspace has no store.
    """
    store = ctx.attachments_dir
    if store is None:
        raise UserError("该工作区没有附件库，无法保存退回的进展情况表。")
    return [store_file(store, path) for path, _ in batch.files]


def log_returned_sheets(
    ctx: ServiceContext,
    batch: BatchImportPreview,
    received_on: dt.date | None = None,
    stored: Sequence[StoredFile] | None = None,
) -> ProgressImportResult:
    """Log every file's rows in one transaction, each with its file as the attachment.

    The files are copied into the attachment store first (content-addressed: a copy left by
    a failed transaction is harmless and reused), unless ``stored`` already holds them (a
    redo after undo, when the files may have moved since). Undo with
    :func:`creditdesk.services.progress_sheets.undo_progress_import`.

    Raises:
        UserError: a file vanished since it was read, or the workspace has no store.
    """
    files = list(stored) if stored is not None else store_returned_files(ctx, batch)
    store = ctx.attachments_dir
    assert store is not None  # store_returned_files checked, or the files are in it
    day = received_on or ctx.clock.today()
    ids: list[int] = []
    versions: list[tuple[int, int]] = []
    already = []
    with write(ctx, "报送材料") as session:
        for (_, preview), attachment in zip(batch.files, files, strict=True):
            logged = log_rows(session, ctx, preview, {}, day, attachment)
            ids += [s.id for s in logged.created]
            versions += [(s.id, s.version) for s in logged.created]
            already += list(logged.already)
        if ctx.blobs_in_database:
            save_blobs(session, store, files)
    name = f"{len(batch.files)}个文件"
    return ProgressImportResult(tuple(ids), (), tuple(already), tuple(versions), name)
