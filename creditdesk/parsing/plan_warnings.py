"""Say what the plan reader may have missed, instead of dropping it without a word.

A clerk trusts an import only if nothing disappears silently.  Three signs that text was
misread are cheap to see and worth a line in the review screen and the CLI output: a gap in
the numbering (（三） followed by （五）), a task without units among neighbours that have
them, and text after the last task that belongs to none.  Each warning is one Chinese
sentence naming the place.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from creditdesk.parsing.outline import Node
from creditdesk.parsing.plan_model import TaskDraft

_QUOTE_CHARS: Final = 30


def numbering_gaps(nodes: Iterable[Node]) -> list[str]:
    """Items whose number skips one or more after the previous item of the same style."""
    last: dict[str, Node] = {}
    found: list[str] = []
    for node in nodes:
        if node.number is None or node.label is None or node.style.startswith("#"):
            continue
        previous = last.get(node.style)
        last[node.style] = node
        if previous is None or previous.number is None:
            continue
        if node.number > previous.number + 1:
            found.append(
                f"编号不连续：{previous.label}之后是{node.label}，中间的条目可能没有读到，请核对原文。"
            )
    return found


def tasks_without_units(tasks: list[TaskDraft]) -> list[str]:
    """Body tasks with no unit at all whose neighbours both name units."""
    body = [t for t in tasks if not t.from_annex]
    found: list[str] = []
    for i, task in enumerate(body):
        if _has_units(task) or i == 0 or i == len(body) - 1:
            continue
        if _has_units(body[i - 1]) and _has_units(body[i + 1]):
            found.append(
                f"任务{task.label}“{task.title}”没有读到责任单位（前后任务都有），请核对。"
            )
    return found


def leftover_text(paragraphs: list[str]) -> list[str]:
    """Text after the last task that is neither signature nor annex."""
    return [
        f"最后一项任务之后的文字没有读入任何任务：“{_quote(p)}”" for p in paragraphs if p.strip()
    ]


def _has_units(task: TaskDraft) -> bool:
    return bool(task.lead_units or task.responsible_units or task.supporting_units)


def _quote(text: str) -> str:
    return text if len(text) <= _QUOTE_CHARS else text[:_QUOTE_CHARS] + "…"
