"""The one check every stored text passes: no control characters, no longer than its column.

Unit names, titles and phones reach the database from dialogs, the command line, roster and
plan imports and the migration to a shared server.  NUL, BEL or ESC in a name make PostgreSQL
refuse the row and every later .xlsx export fail; a 499-character name breaks notices and
reports; a title longer than ``varchar(300)`` ends in a traceback on PostgreSQL (SQLite
silently keeps it).  Each entry point calls these functions before writing, so the rules live
here once and the limits come from the model's own column lengths.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Final

from sqlalchemy import ColumnElement, String, Table, or_
from sqlalchemy.orm import InstrumentedAttribute

from creditdesk.model import Plan, PlanNode
from creditdesk.parsing.plan_model import PlanDraft
from creditdesk.parsing.roster_text import CONTROL_CHARS, clean_text, strip_control
from creditdesk.services.errors import UserError


def column_limit(table: Table | Any, column: str) -> int | None:
    """The declared length of a ``String`` column (None when unbounded)."""
    kind = table.c[column].type if isinstance(table, Table) else table.__table__.c[column].type
    return kind.length if isinstance(kind, String) else None


UNIT_NAME_LIMIT: Final = 120
"""Longest unit name: what fits a notice's title line and the report's tables."""


def check_text(text: str, label: str, limit: int | None) -> str:
    """``text`` trimmed; refused if it holds control characters or exceeds ``limit``.

    Raises:
        UserError: naming the field, the limit and the start of the text.
    """
    if CONTROL_CHARS.search(text):
        raise UserError(
            f"{label}含有不可见的控制字符（如 NUL、BEL、ESC），请删除后再保存："
            f"{CONTROL_CHARS.sub('', text)[:20]}"
        )
    text = text.strip()
    if limit is not None and len(text) > limit:
        raise UserError(f"{label}过长（{len(text)}个字，最多{limit}个字）：{text[:20]}…")
    return text


def unit_name(name: str) -> str:
    """A new unit's name from a file: control characters removed, trimmed, within the limit.

    Raises:
        UserError: empty, or longer than :data:`UNIT_NAME_LIMIT`.
    """
    cleaned = clean_text(strip_control(name)[0])
    if not cleaned:
        raise UserError("单位名称不能为空。")
    if len(cleaned) > UNIT_NAME_LIMIT:
        raise UserError(
            f"单位名称过长（{len(cleaned)}个字，最多{UNIT_NAME_LIMIT}个字）：{cleaned[:20]}…"
            "请在文件中改正，或先在名册中建立该单位。"
        )
    return cleaned


def _fit(text: str | None, limit: int | None, what: str, notes: list[str]) -> str | None:
    if text is None:
        return None
    cleaned, had = strip_control(text)
    if had:
        notes.append(f"{what}含有不可见的控制字符，已删除：{cleaned[:20]}")
    if limit is not None and len(cleaned) > limit:
        notes.append(f"{what}过长（{len(cleaned)}个字），只保留前{limit}个字：{cleaned[:20]}…")
        cleaned = cleaned[:limit]
    return cleaned


def fit_plan(draft: PlanDraft) -> tuple[PlanDraft, list[str]]:
    """The draft with control characters removed and texts cut to their columns, and notes.

    Unit names keep their length here (a long one is refused when a unit would be created
    from it, see :func:`unit_name`); only their control characters go.
    """
    notes: list[str] = []
    title = _fit(draft.title, column_limit(Plan, "title"), "文件标题", notes)
    number = _fit(draft.doc_number, column_limit(Plan, "doc_number"), "文号", notes)
    node_title = column_limit(PlanNode, "title")
    label = column_limit(PlanNode, "label")
    sections = [
        dataclasses.replace(
            s,
            title=_fit(s.title, node_title, f"部分“{s.label}”的标题", notes) or "",
        )
        for s in draft.sections
    ]
    tasks = []
    for task in draft.tasks:
        what = f"任务“{task.label}”"

        def names(written: list[str], what: str = what) -> list[str]:
            return [_fit(n, None, f"{what}的单位名称", notes) or "" for n in written]

        tasks.append(
            dataclasses.replace(
                task,
                label=_fit(task.label, label, f"{what}的编号", notes) or "",
                title=_fit(task.title, node_title, f"{what}的标题", notes) or "",
                text=_fit(task.text, None, f"{what}的正文", notes) or "",
                deadline=_fit(task.deadline, column_limit(PlanNode, "deadline"), what, notes),
                lead_units=names(task.lead_units),
                responsible_units=names(task.responsible_units),
                supporting_units=names(task.supporting_units),
            )
        )
    fitted = dataclasses.replace(
        draft, title=title, doc_number=number, sections=sections, tasks=tasks
    )
    return fitted, notes


TextColumn = (
    ColumnElement[str]
    | InstrumentedAttribute[str]
    | ColumnElement[str | None]
    | InstrumentedAttribute[str | None]
)
"""A text column, NOT NULL or not (a NULL never matches)."""


def contains_any(text: str, *columns: TextColumn) -> ColumnElement[bool]:
    """A search box's ``text`` found inside any of ``columns`` (SQL ``LIKE``).

    A ``%`` or ``_`` the clerk types matches itself, not any text.
    """
    return or_(*(column.contains(text, autoescape=True) for column in columns))
