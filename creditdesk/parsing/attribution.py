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
    "参加": "supporting",
    "支持": "supporting",
    "协同": "supporting",
    "协作": "supporting",
}
_ROLE_LABEL: Final = re.compile(
    r"(?P<role>牵头|主办|主责|责任|实施|承办|落实|配合|协办|协助|参与|参加|支持|协同|协作)"
    r"(?:单位|部门)\s*[:：]"
)
_NOTE_LABEL: Final = re.compile(
    r"(?:完成时限|完成时间|时间节点|时限要求|时间要求|时间安排|报送时间|报送频次|报送要求|"
    r"工作要求|任务要求|目标要求|备注)\s*[:：]"
)
_VERB_ROLES: Final[dict[str, Role]] = {
    "牵头": "lead",
    "主办": "lead",
    "主抓": "lead",
    "负责": "responsible",
    "落实": "responsible",
    "实施": "responsible",
    "承办": "responsible",
    "配合": "supporting",
    "协助": "supporting",
    "协办": "supporting",
    "参与": "supporting",
    "参加": "supporting",
    "支持": "supporting",
    "协同": "supporting",
}
_VERB: Final = re.compile(
    r"(?P<verb>牵头|主抓|负责|落实|实施|承办|配合|协助|协办|参与|参加|支持|协同)"
    r"(?:(?=$|[，,；;。、\s）)]|负责|牵头|配合)|[\u4e00-\u9fff]{1,4}(?=$|[，,；;。]))"
)
_ATTRIBUTION_HINT: Final = re.compile(
    r"(牵头|主办|责任|配合|协办|协助|参与|参加|实施)(单位|部门)\s*[:：]|"
    r"(牵头|负责|配合|协办|协助|参加|落实)(?:$|[，,；;。、\s]|负责)"
)
_TRAILING: Final = " \t\u3000。．.；;，,"
#: Brackets an attribution is written in: round ones mostly, square and 【】 in some offices.
_OPENERS: Final = "（(【[［"
_CLOSERS: Final = "）)】]］"


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
        if ch in _CLOSERS:
            depth += 1
        elif ch in _OPENERS:
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
    while body.endswith(tuple(_CLOSERS)):
        start = _matching_open(body, len(body) - 1)
        if start is None:
            break
        inside = body[start + 1 : -1]
        if not _ATTRIBUTION_HINT.search(inside):
            break
        contents.insert(0, inside)
        body = body[:start].rstrip(_TRAILING)
    if not contents:
        inner = _before_sub_points(body)
        if inner is not None:
            return inner
    if not contents:
        for match in _ROLE_LABEL.finditer(body):
            if match.start() == 0 or body[match.start() - 1] in "。；;\n ":
                contents.append(body[match.start() :])
                body = body[: match.start()].rstrip(_TRAILING)
                break
    if not contents:
        return text, None
    return body, "。".join(contents)


_SUB_POINT: Final = re.compile(
    r"[\u2460-\u2473]|\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[）)]|[一二三四五六七八九十]是"
)


def _before_sub_points(text: str) -> tuple[str, str] | None:
    """An attribution bracket that ends the task's lead sentence, before its sub-points.

    ``…监管。（牵头单位：A；配合单位：B）①建立指标。②开展评价。`` names its units before
    listing the steps (① / 1. / （1） / 一是), so the bracket is not at the text's end.
    """
    for close in range(len(text) - 1, 0, -1):
        if text[close] not in _CLOSERS or not _SUB_POINT.match(text, close + 1):
            continue
        start = _matching_open(text, close)
        if start is None:
            continue
        inside = text[start + 1 : close]
        if _ATTRIBUTION_HINT.search(inside):
            return text[:start].rstrip(_TRAILING) + "。" + text[close + 1 :], inside
    return None


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


_BRACKET_ROLE: Final = re.compile(
    r"(?P<name>[^、，,；;：:（(〔【\[]+?)\s*[（(〔【\[]\s*"
    r"(?P<verb>牵头|主办|主抓|负责|落实|配合|协办|协助|参与|参加)(?:单位|部门)?\s*[）)〕】\]]"
    r"\s*[、，,]?"
)


def _parse_segment(segment: str, role: Role, result: Attribution) -> None:
    """Units of one labelled segment: ``县发改局（牵头）、县大数据中心`` marks its lead in a
    bracket after the name; ``X牵头，Y配合`` by verbs; the rest take the segment's role."""
    for marked in _BRACKET_ROLE.finditer(segment):
        result.add(_VERB_ROLES[marked.group("verb")], split_unit_list(marked.group("name")))
    segment = _BRACKET_ROLE.sub("", segment)
    position = 0
    for match in _VERB.finditer(segment):
        units = segment[position : match.start()]
        verb_role = _VERB_ROLES[match.group("verb")]
        clauses = re.split(r"[，,；;]", units)
        if verb_role != role and len(clauses) > 1 and clauses[-1].strip():
            # "责任单位：县法院，县司法局参加": the verb governs its own clause only.
            result.add(role, split_unit_list("、".join(clauses[:-1])))
            units = clauses[-1]
        result.add(verb_role, split_unit_list(units))
        position = match.end()
    rest = segment[position:]
    if rest.strip(_TRAILING + "、"):
        result.add(role, split_unit_list(rest))


@dataclass(frozen=True)
class LeadRule:
    """Which named unit leads, as the plan states it in words.

    Attributes:
        name: The unit named as lead (其中X为牵头单位), or None for the first one listed
            (列第一位的为牵头单位).
        onward: True when the rule holds for the following tasks too (以下同 / 下同).
    """

    name: str | None
    onward: bool


_FIRST_LEADS: Final = re.compile(
    r"(?:列|排|排名|排在|位列|排序)?(?:第一|第1|首)(?:位|个|家|名)?(?:的|者)?(?:单位|部门)?"
    r"(?:为|是|作为|系)(?:牵头|主办|主责)"
)
_NAMED_LEADS: Final = re.compile(
    r"^(?:其中|由)?(?P<name>[^，,；;。]{2,30}?)(?:为|是|作为|系)(?:牵头|主办)(?:单位|部门)?$"
)
_ONWARD: Final = re.compile(r"(?:以下|下文|后文|下)同|以下各项|后同")
_CLAUSE_SPLIT: Final = re.compile(r"[，,；;。]")
_TIME_CLAUSE: Final = re.compile(
    r"^(?:(?:于|在)?(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日|底|末|中旬|上旬|下旬)?(?:前|之前)?"
    r"|(?:\d{4}年)?年底前?|年内|上半年|下半年|长期坚持|持续推进|长期)(?:完成|办结|见效|到位)?$"
)


def read_lead_rule(content: str) -> tuple[str, LeadRule | None, str | None]:
    """Take a stated lead rule and a deadline clause out of attribution text.

    ``（责任单位：A、B，列第一位的为牵头单位，以下同）`` names its lead by rule rather than by a
    role word; the rule's own words are not unit names.  Likewise a deadline written inside
    the bracket (``…，9月底完成``) is a deadline, not a unit.

    Returns:
        The text without those clauses, the rule (None if none is stated) and the deadline
        clause (None if none).
    """
    kept: list[str] = []
    rule: LeadRule | None = None
    deadline: str | None = None
    position = 0
    for match in [*_CLAUSE_SPLIT.finditer(content), None]:
        end = match.start() if match else len(content)
        clause = content[position:end]
        sep = match.group(0) if match else ""
        position = match.end() if match else len(content)
        bare = clause.strip()
        if _FIRST_LEADS.search(bare) and not _ROLE_LABEL.search(bare):
            rule = LeadRule(None, bool(_ONWARD.search(bare)))
            continue
        named = _NAMED_LEADS.match(bare)
        if named and not _ROLE_LABEL.search(bare):
            rule = LeadRule(named.group("name"), bool(_ONWARD.search(bare)))
            continue
        if _ONWARD.fullmatch(bare) and rule is not None:
            rule = LeadRule(rule.name, True)
            continue
        if _TIME_CLAUSE.match(bare):
            deadline = deadline or bare
            continue
        kept.append(clause + sep)
    return "".join(kept).rstrip(_TRAILING), rule, deadline


def apply_lead_rule(units: Attribution, rule: LeadRule) -> None:
    """Make the unit the rule names (or the first listed) the lead, if none is named."""
    if units.lead:
        return
    listed = units.responsible
    if rule.name is None:
        if listed:
            units.lead = [listed[0]]
            units.responsible = listed[1:]
        return
    name = rule.name
    if name in listed:
        units.responsible = [n for n in listed if n != name]
    units.lead = [name]
