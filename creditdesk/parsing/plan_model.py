"""The parsed plan before anything is saved (草稿), and its JSON contract.

The review screen and ``creditdesk import-plan --dry-run --json`` both show this draft;
names are as written in the document, because matching them to the roster is a separate,
reviewable step (see :mod:`creditdesk.parsing.unit_names`).

How annex tasks appear: a plan's body tasks come first, in document order; rows of its task
tables (附件 工作分解表 / 工作台账) follow as further tasks.  Each indicator (一级~四级指标)
becomes a section labelled by its position, "附件1", "附件1.2", "附件1.2.3" (a table not
under an 附件 heading is labelled "表1" …), titled with the indicator text; each row becomes
a task labelled "<section label>-<n>" (n counts rows within the section), whose text is the
row's task cell, followed by "\\n备注：…" when the row has a remark.  When most rows of an
annex restate body tasks, those rows are merged onto their body tasks instead (see
:mod:`creditdesk.parsing.annex_merge`); an annex that breaks the work down differently
stays its own subtree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from creditdesk.parsing.rhythm import Frequency


@dataclass(frozen=True)
class SectionDraft:
    """A grouping of tasks (部分, e.g. 一、 or an annex 一级指标).

    Attributes:
        label: Unique in the plan; nested sections carry their parent's label in front,
            e.g. "二（一）", "附件1.2".
        title: The heading phrase.
        parent: Label of the enclosing section, None at top level.
        level: 1 for top-level sections.
    """

    label: str
    title: str
    parent: str | None = None
    level: int = 1


@dataclass
class TaskDraft:
    """One task (任务) with its units, rhythm and targets.

    Attributes:
        label: As written ("（一）", "1.") or, for annex rows, "附件1.2-3".
        section: Label of the enclosing section, or None.
        title: Leading heading phrase, up to the first 。.
        text: The whole task as written, sub-points and attribution included, label excluded.
        lead_units / responsible_units / supporting_units: 牵头 / 责任 / 配合单位 as written.
        deadline: The deadline phrase, e.g. "2023年11月30日", "6月底前", "7个工作日内".
        frequency: monthly, quarterly, half-yearly, annual, once, event, continuous or None.
        metrics: Quantitative targets, e.g. "上报率达到100%".
        from_annex: True for rows of a task table.
    """

    label: str
    section: str | None
    title: str
    text: str
    lead_units: list[str] = field(default_factory=list)
    responsible_units: list[str] = field(default_factory=list)
    supporting_units: list[str] = field(default_factory=list)
    deadline: str | None = None
    frequency: Frequency | None = None
    metrics: list[str] = field(default_factory=list)
    from_annex: bool = False


@dataclass
class PlanDraft:
    """A whole parsed plan (工作要点 / 工作方案).

    ``warnings`` says in Chinese what the reader may have missed (numbering gaps, a task
    without units among tasks with units, text after the last task), for the review screen
    and the CLI; they are not part of the JSON contract.
    """

    title: str | None
    year: int | None
    doc_number: str | None
    sections: list[SectionDraft] = field(default_factory=list)
    tasks: list[TaskDraft] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    issued_on: dt.date | None = None
    """成文日期 of the cover notice, when found (:mod:`creditdesk.parsing.issue_date`)."""

    def unit_names(self) -> list[str]:
        """Every unit name written in the plan, once each, in order of first mention."""
        seen: dict[str, None] = {}
        for task in self.tasks:
            for name in (*task.lead_units, *task.responsible_units, *task.supporting_units):
                seen.setdefault(name, None)
        return list(seen)


def plan_to_contract(draft: PlanDraft) -> dict[str, Any]:
    """The draft in the exact JSON shape of ARCHITECTURE.md's ``import-plan --dry-run --json``."""
    return {
        "title": draft.title,
        "year": draft.year,
        "doc_number": draft.doc_number,
        "sections": [{"label": s.label, "title": s.title} for s in draft.sections],
        "tasks": [
            {
                "label": t.label,
                "section": t.section,
                "title": t.title,
                "text": t.text,
                "lead_units": list(t.lead_units),
                "responsible_units": list(t.responsible_units),
                "supporting_units": list(t.supporting_units),
                "deadline": t.deadline,
                "frequency": t.frequency,
                "metrics": list(t.metrics),
            }
            for t in draft.tasks
        ],
    }
