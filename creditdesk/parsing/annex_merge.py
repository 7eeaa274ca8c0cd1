"""Fold an annex 任务分解表 that restates the body's tasks onto those tasks.

Many plans end with a table listing the same tasks as the body, adding what the body left
out — responsible units, a 完成时限, a 报送频次.  Kept as a second copy, every task would
appear twice and create its obligations twice.  When most rows of the annex name a body task
(same title, or the row's task text within the body task's), each such row is merged onto
its task and dropped; rows that match nothing stay as annex tasks.  An annex that breaks the
work down differently (indicators, as in an assessment table) matches few rows and is kept
whole as its own subtree.
"""

from __future__ import annotations

from typing import Final

from rapidfuzz import fuzz

from creditdesk.parsing.plan_model import SectionDraft, TaskDraft

MATCH_SCORE: Final = 85.0
MATCH_SHARE: Final = 0.6


def _score(row: TaskDraft, task: TaskDraft) -> float:
    a, b = row.title, task.title
    if not a or not b:
        return 0.0
    score = fuzz.ratio(a, b)
    short, long = sorted((a, b), key=len)
    if len(short) >= 4:
        score = max(score, fuzz.partial_ratio(short, long) - 5)
    return float(score)


def _pairs(body: list[TaskDraft], rows: list[TaskDraft]) -> list[tuple[TaskDraft, TaskDraft]]:
    """Each row with the body task it restates, one row per task, best scores first."""
    scored = sorted(
        ((_score(row, task), i, j) for i, row in enumerate(rows) for j, task in enumerate(body)),
        reverse=True,
    )
    used_rows: set[int] = set()
    used_tasks: set[int] = set()
    pairs: list[tuple[TaskDraft, TaskDraft]] = []
    for score, i, j in scored:
        if score < MATCH_SCORE:
            break
        if i in used_rows or j in used_tasks:
            continue
        used_rows.add(i)
        used_tasks.add(j)
        pairs.append((rows[i], body[j]))
    return pairs


def _merge(row: TaskDraft, task: TaskDraft) -> None:
    named = {*task.lead_units, *task.responsible_units, *task.supporting_units}
    for role in ("lead_units", "responsible_units", "supporting_units"):
        target: list[str] = getattr(task, role)
        for name in getattr(row, role):
            if name not in named:
                target.append(name)
                named.add(name)
    if task.deadline is None and task.frequency in (None, row.frequency):
        task.deadline = row.deadline
    if task.frequency is None:
        task.frequency = row.frequency
    for metric in row.metrics:
        if metric not in task.metrics:
            task.metrics.append(metric)


def merge_restated_annex(
    tasks: list[TaskDraft], sections: list[SectionDraft]
) -> tuple[list[TaskDraft], list[SectionDraft]]:
    """The tasks and sections once annex rows restating body tasks are merged onto them."""
    body = [t for t in tasks if not t.from_annex]
    rows = [t for t in tasks if t.from_annex]
    if not body or not rows:
        return tasks, sections
    pairs = _pairs(body, rows)
    if len(pairs) < MATCH_SHARE * min(len(rows), len(body)):
        return tasks, sections
    merged = {id(row) for row, _ in pairs}
    for row, task in pairs:
        _merge(row, task)
    kept = [t for t in tasks if id(t) not in merged]
    used = {t.section for t in kept}
    parents = {s.label: s.parent for s in sections}
    for label in list(used):
        while label is not None:
            used.add(label)
            label = parents.get(label)
    annex_sections = {t.section for t in rows}
    kept_sections = [
        s for s in sections if s.label in used or not _under(s.label, annex_sections, parents)
    ]
    return kept, kept_sections


def _under(label: str, annex: set[str | None], parents: dict[str, str | None]) -> bool:
    """True when section ``label`` exists only for annex rows (it or a child held one)."""
    children: dict[str | None, list[str]] = {}
    for child, parent in parents.items():
        children.setdefault(parent, []).append(child)
    stack = [label]
    while stack:
        current = stack.pop()
        if current in annex:
            return True
        stack.extend(children.get(current, []))
    return False
