"""Read who does a task from the bracket at its end (责任分工): lead, responsible, supporting.

Plans write the same thing many ways — （牵头单位：X。责任单位：Y、Z）, （责任单位：X牵头，
Y、Z负责）, （X、Y负责）, （X牵头，Y配合）, half-width brackets and colons, the bracket
before or after the full stop — and the roles must stay apart because 牵头单位 answer for the
whole task while 配合单位 only contribute.  Names are returned as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final, Literal

from creditdesk.parsing.unit_lists import split_unit_list

Role = Literal["lead", "responsible", "supporting"]

_LABEL_ROLES: Final[dict[str, Role]] = {
    "牵头": "lead",
    "主办": "lead",
    "主责": "responsible",
    "责任": "responsible",
    "实施": "responsible",
    "承办": "responsible",
    "落实": "responsible",
    "配合": "supporting",
    "协办": "supporting",
    "协助": "supporting",
    "参与": "supporting",
    "支持": "supporting",
    "协同": "supporting",
    "协作": "supporting",
}
_ROLE_LABEL: Final = re.compile(
    r"(?P<role>牵头|主办|主责|责任|实施|承办|落实|配合|协办|协助|参与|支持|协同|协作)"
    r"(?:单位|部门)\s*[:：]"
)
_NOTE_LABEL: Final = re.compile(
    r"(?:完成时限|完成时间|时间节点|时限要求|时间要求|时间安排|报送时间|报送频次|报送要求|"
    r"工作要求|任务要求|目标要求|备注)\s*[:：]"
)
_VERB_ROLES: Final[dict[str, Role]] = {
    "牵头": "lead",
    "主抓": "lead",
    "负责": "responsible",
    "落实": "responsible",
    "实施": "responsible",
    "承办": "responsible",
    "配合": "supporting",
    "协助": "supporting",
    "协办": "supporting",
    "参与": "supporting",
    "支持": "supporting",
    "协同": "supporting",
}
_VERB: Final = re.compile(
    r"(?P<verb>牵头|主抓|负责|落实|实施|承办|配合|协助|协办|参与|支持|协同)"
    r"(?:(?=$|[，,；;。、\s）)]|负责|牵头|配合)|[\u4e00-\u9fff]{1,4}(?=$|[，,；;。]))"
)
_ATTRIBUTION_HINT: Final = re.compile(
    r"(牵头|主办|责任|配合|协办|协助|参与|实施)(单位|部门)\s*[:：]|"
    r"(牵头|负责|配合|协办|协助|落实)(?:$|[，,；;。、\s]|负责)"
)
_TRAILING: Final = " \t\u3000。．.；;，,"


@dataclass
class Attribution:
    """Units of one task by role, names as written, each list in order without repeats."""

    lead: list[str] = field(default_factory=list)
    responsible: list[str] = field(default_factory=list)
    supporting: list[str] = field(default_factory=list)

    def add(self, role: Role, names: list[str]) -> None:
        """Append names to ``role``'s list, skipping ones already there."""
        target = getattr(self, role)
        for name in names:
            if name not in target:
                target.append(name)

    def merge(self, other: Attribution) -> None:
        """Add all of ``other``'s names."""
        self.add("lead", other.lead)
        self.add("responsible", other.responsible)
        self.add("supporting", other.supporting)

    def __bool__(self) -> bool:
        return bool(self.lead or self.responsible or self.supporting)


def _matching_open(text: str, close_index: int) -> int | None:
    depth = 0
    for i in range(close_index, -1, -1):
        ch = text[i]
        if ch in "）)":
            depth += 1
        elif ch in "（(":
            depth -= 1
            if depth == 0:
                return i
    return None


def split_attribution(text: str) -> tuple[str, str | None]:
    """Split a task's text into its body and the attribution written at its end.

    Returns:
        ``(body, content)`` where content is the inside of the closing bracket(s) or the
        trailing "牵头单位：…" sentence; content is None when the task names no units.
    """
    body = text.rstrip(_TRAILING)
    contents: list[str] = []
    while body.endswith(("）", ")")):
        start = _matching_open(body, len(body) - 1)
        if start is None:
            break
        inside = body[start + 1 : -1]
        if not _ATTRIBUTION_HINT.search(inside):
            break
        contents.insert(0, inside)
        body = body[:start].rstrip(_TRAILING)
    if not contents:
        for match in _ROLE_LABEL.finditer(body):
            if match.start() == 0 or body[match.start() - 1] in "。；;\n ":
                contents.append(body[match.start() :])
                body = body[: match.start()].rstrip(_TRAILING)
                break
    if not contents:
        return text, None
    return body, "。".join(contents)


def _cut_notes(segment: str) -> str:
    """Keep the unit part of a labelled segment: drop "。确保…" and "完成时限：…" tails."""
    note = _NOTE_LABEL.search(segment)
    if note:
        segment = segment[: note.start()]
    return segment.split("。", 1)[0]


def parse_units(content: str, default: Role = "responsible") -> Attribution:
    """Read role-labelled segments and role verbs ("X牵头，Y配合") from attribution text."""
    result = Attribution()
    pieces: list[tuple[Role, str]] = []
    position = 0
    role = default
    for match in _ROLE_LABEL.finditer(content):
        pieces.append((role, content[position : match.start()]))
        role = _LABEL_ROLES[match.group("role")]
        position = match.end()
    pieces.append((role, content[position:]))
    for segment_role, segment in pieces:
        _parse_segment(_cut_notes(segment), segment_role, result)
    return result


def _parse_segment(segment: str, role: Role, result: Attribution) -> None:
    position = 0
    for match in _VERB.finditer(segment):
        units = segment[position : match.start()]
        result.add(_VERB_ROLES[match.group("verb")], split_unit_list(units))
        position = match.end()
    rest = segment[position:]
    if rest.strip(_TRAILING + "、"):
        result.add(role, split_unit_list(rest))
