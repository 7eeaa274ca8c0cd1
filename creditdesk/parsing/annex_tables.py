"""Read task tables — the annex 工作分解表 / 工作台账 — into rows of tasks.

Columns are recognised by their header (序号, 一级~四级指标, 重点工作, 责任单位, 完成时限,
备注 …); a header repeated on every page is skipped and a table continued without a header
uses the last one.  Indicator columns form the tree: a blank indicator cell inherits the
value above (merged cells flattened to text leave blanks; Word's merges arrive repeated, and
a repeated value is the same node).

Text flattened from a PDF or Word table often loses or gains empty cells, shifting a row.
The row is re-aligned on its 责任单位 cell, recognised by content: extra leading blanks are
dropped; a full-width row ending in blanks whose units and 完成时限 both sit too far left has
lost a leading blank and moves right as a whole; a short row is taken to have lost a merged
cell, so its last text cell spans up to the units column (or, when text would land in the
序号 column, the row is right-aligned).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final, Literal

from creditdesk.chinese_numerals import LABEL_NUMERALS
from creditdesk.parsing.attribution import Attribution, Role, parse_units
from creditdesk.parsing.text_cleanup import normalise_text
from creditdesk.parsing.unit_lists import (
    looks_like_unit,
    split_outside_brackets,
    split_unit_list,
)

ColumnRole = Literal[
    "serial", "level", "work", "lead", "responsible", "supporting", "deadline", "remark", "other"
]
_UNIT_ROLES: Final[dict[str, Role]] = {
    "lead": "lead",
    "responsible": "responsible",
    "supporting": "supporting",
}
_HEADER_PATTERNS: Final[tuple[tuple[ColumnRole, re.Pattern[str]], ...]] = (
    ("serial", re.compile(r"^(序号|编号|项次|序)$")),
    ("level", re.compile(rf"^[{LABEL_NUMERALS[:6]}1-6]级(指标|任务|目标|事项)?$")),
    (
        "work",
        re.compile(
            r"^(重点工作|工作任务|主要任务|重点任务|具体任务|工作内容|任务内容|工作措施|具体措施|主要内容|"
            r"任务|工作事项|具体工作|目标任务|考核内容|指标内容|评价内容|主要工作|工作要点|任务名称|工作目标)$"
        ),
    ),
    ("lead", re.compile(r"^(牵头单位|牵头部门|主办单位)$")),
    ("responsible", re.compile(r"^(责任单位|责任部门|落实单位|承办单位|实施单位|责任主体)$")),
    ("supporting", re.compile(r"^(配合单位|配合部门|协办单位|参与单位)$")),
    (
        "deadline",
        re.compile(r"^(完成时限|完成时间|时间节点|时限要求|时间要求|完成期限|时限|时间)$"),
    ),
    ("remark", re.compile(r"^(备注|报送要求|报送频次|报送时间|说明|工作要求)$")),
)
_DEADLINE_CELL: Final = re.compile(
    r"^(\d{4}年)?(\d{1,2}月(\d{1,2}日|底|末|中旬|上旬|下旬)?)?(前|之前)?$|"
    r"^(持续推进|长期坚持|长期|持续|常态化|年底前|年内|\d+个?工作日内|每月|每季度|每半年|每年)$"
)
_GENERIC_TAIL: Final = re.compile(r"等(?:有关|相关)?(?:单位|部门)?$")
_ROLE_TAIL: Final = re.compile(r"(?:牵头|负责|配合|协办|参与)$")
_SERIAL: Final = re.compile(rf"^\d{{1,3}}$|^[{LABEL_NUMERALS}]{{1,3}}$")
_LEADING_LABEL: Final = re.compile(r"^(\d{1,3}|[（(]\d{1,3}[）)])\s*[.．、]?\s*")
_REMARK_ROLE: Final = re.compile(
    r"^(?:由)?(?P<units>[^，,。；;：:]{2,40}?)(?P<verb>牵头|负责|配合|协助|协办)(?=[、，,；;。]|$)"
)
_VERB_ROLE: Final[dict[str, Role]] = {
    "牵头": "lead",
    "负责": "responsible",
    "配合": "supporting",
    "协助": "supporting",
    "协办": "supporting",
}


@dataclass(frozen=True)
class Header:
    """Column roles of a task table, by column index."""

    roles: tuple[ColumnRole, ...]

    def indices(self, *roles: ColumnRole) -> list[int]:
        """Column indices having any of ``roles``, in order."""
        return [i for i, role in enumerate(self.roles) if role in roles]


@dataclass
class AnnexRow:
    """One task row: its indicator path, task text, units, deadline and remark."""

    path: tuple[str, ...]
    text: str
    units: Attribution
    deadline: str | None
    remark: str


def read_header(cells: tuple[str, ...]) -> Header | None:
    """Recognise a header row; None unless it has a task column and a units column."""
    roles: list[ColumnRole] = []
    for cell in cells:
        name = re.sub(r"\s+", "", cell)
        roles.append(next((role for role, p in _HEADER_PATTERNS if p.match(name)), "other"))
    while roles and roles[-1] == "other" and not cells[len(roles) - 1].strip():
        roles.pop()
    has_task = any(r in ("level", "work") for r in roles)
    has_units = any(r in _UNIT_ROLES for r in roles)
    return Header(tuple(roles)) if has_task and has_units else None


def unit_list_score(cell: str) -> float:
    """The share of a 、-separated cell's items that name organisations (0 for prose)."""
    if not cell or len(cell) > 2000 or re.search(r"。.", cell):
        return 0.0
    items = [i.strip() for i in split_outside_brackets(cell) if i.strip()]
    if not items:
        return 0.0
    stripped = [_ROLE_TAIL.sub("", _GENERIC_TAIL.sub("", i)) for i in items]
    good = sum(1 for i in stripped if looks_like_unit(i) or re.match(r"^各.{0,12}(单位|部门)$", i))
    return good / len(items)


def looks_like_unit_list(cell: str) -> bool:
    """True when most items of a cell name organisations."""
    return unit_list_score(cell) >= 0.6


def _is_deadline(cell: str) -> bool:
    return bool(cell) and len(cell) <= 20 and bool(_DEADLINE_CELL.match(cell))


@dataclass
class TaskTableReader:
    """Reads task tables in document order, keeping header and inherited indicators."""

    header: Header | None = None
    levels: list[str] = field(default_factory=list)

    def read(self, rows: tuple[tuple[str, ...], ...]) -> list[AnnexRow]:
        """Read one table's rows; headerless tables continue the previous header."""
        out: list[AnnexRow] = []
        for raw in rows:
            cells = tuple(normalise_text(c) for c in raw)
            header = read_header(cells)
            if header is not None:
                if self.header is None or header.roles != self.header.roles:
                    self.levels = []
                self.header = header
                continue
            if self.header is None or len(raw) < len(self.header.roles) - 2:
                continue
            unit_cells = tuple(c.replace("\n", "、") for c in raw)
            row = self._read_row(list(cells), [normalise_text(c) for c in unit_cells])
            if row is not None:
                out.append(row)
        return out

    def _align(self, cells: list[str], units: list[str], width: int) -> tuple[list[str], list[str]]:
        """Re-align a row on its units cell; ``width`` counts its cells before trailing blanks."""
        header = self.header
        assert header is not None
        unit_cols = header.indices("lead", "responsible", "supporting")
        first = unit_cols[0]
        if first < len(cells) and unit_list_score(cells[first]) >= 0.4:
            return cells, units
        found = [i for i, c in enumerate(cells) if looks_like_unit_list(c)]
        if not found:
            return cells, units
        at = min(found, key=lambda i: abs(i - first))
        shift = at - first
        if shift > 0:
            blanks = 0
            while blanks < shift and blanks < len(cells) and not cells[blanks]:
                blanks += 1
            return cells[blanks:], units[blanks:]
        pad = -shift
        if self._shifted_whole(cells, width, pad):
            return [""] * pad + cells, [""] * pad + units
        texts_before = [i for i in range(at) if cells[i]]
        serial_cols = header.indices("serial")
        first_text = texts_before[0] if texts_before else None
        in_serial = first_text in serial_cols and not _SERIAL.match(cells[first_text or 0])
        if texts_before and not in_serial:
            last = texts_before[-1]
            fill = [cells[last]] * pad
            return cells[:at] + fill + cells[at:], units[:at] + fill + units[at:]
        return [""] * pad + cells, [""] * pad + units

    def _shifted_whole(self, cells: list[str], width: int, pad: int) -> bool:
        """True when a full-width row sits ``pad`` columns too far left as a whole.

        A row that lost a merged cell is short; one that kept all its cells but lost a
        leading blank ends in blanks instead, and then its 完成时限 value, like its units,
        sits ``pad`` columns before its column.
        """
        header = self.header
        assert header is not None
        deadline_cols = header.indices("deadline")
        if width < len(header.roles) or width - len(cells) < pad or not deadline_cols:
            return False
        last = len(cells) - 1
        return _is_deadline(cells[last]) and last + pad == deadline_cols[0]

    def _read_row(self, cells: list[str], unit_texts: list[str]) -> AnnexRow | None:
        header = self.header
        assert header is not None
        width = len(cells)
        while cells and not cells[-1]:
            cells.pop()
        non_empty = {c for c in cells if c}
        if (len(non_empty) <= 1 and len(cells) > 2) or not non_empty:
            return None
        cells, unit_texts = self._align(cells, unit_texts, width)
        roles = header.roles
        level_cols = header.indices("level")
        work_cols = header.indices("work")
        units = Attribution()
        deadline: str | None = None
        remarks: list[str] = []
        work = ""
        row_levels: dict[int, str | None] = {}
        for i, cell in enumerate(cells):
            if not cell:
                continue
            role: ColumnRole = roles[i] if i < len(roles) else "other"
            if role == "level":
                row_levels[level_cols.index(i)] = cell
            elif role == "work":
                work = work or cell
            elif role in _UNIT_ROLES:
                units.merge(parse_units(unit_texts[i], _UNIT_ROLES[role]))
            elif role == "serial":
                continue
            elif _is_deadline(cell) and deadline is None:
                deadline = re.sub(r"\s+", "", cell)
            elif role != "remark" and looks_like_unit_list(cell):
                units.merge(parse_units(unit_texts[i], "responsible"))
            elif cell not in remarks:
                remarks.append(cell)
        if not work_cols or not work:
            deepest = max(row_levels) if row_levels else None
            if deepest is None:
                return None
            if not work_cols and deepest < len(level_cols) - 1 and not units:
                return None
            work = row_levels[deepest] or ""
            row_levels[deepest] = None
        elif row_levels and row_levels[max(row_levels)] == work:
            row_levels[max(row_levels)] = None
        path = self._update_levels(row_levels, len(level_cols) - (0 if work_cols else 1))
        for cell in remarks:
            _add_remark_roles(cell, units)
        remark = "；".join(remarks)
        return AnnexRow(path=path, text=work, units=units, deadline=deadline, remark=remark)

    def _update_levels(self, row_levels: dict[int, str | None], depth: int) -> tuple[str, ...]:
        """Apply this row's indicator cells to the inherited ones and return its path.

        A level set to None is the row's own task cell spanning an indicator column: that
        level and those below it are empty for this row, not inherited.
        """
        levels = (self.levels + [""] * depth)[:depth]
        changed = False
        for k in range(depth):
            value = row_levels.get(k, "")
            if value is None:
                path = tuple(v for v in levels[:k] if v)
                self.levels = levels[:k]
                return path
            if value and value != levels[k]:
                levels[k] = value
                changed = True
            elif changed and not value:
                levels[k] = ""
        self.levels = levels
        return tuple(v for v in levels if v)


def _add_remark_roles(remark: str, units: Attribution) -> None:
    """Units a remark names by role at its start: "宣传部牵头、各成员单位每月组织开展一次".

    Only a leading "X牵头/负责/配合" whose X is a list of organisation names counts; a name
    the remark gives a role moves to that role.
    """
    match = _REMARK_ROLE.match(remark)
    if not match:
        return
    names = split_unit_list(match.group("units"))
    if not names or not all(looks_like_unit(n) for n in names):
        return
    role = _VERB_ROLE[match.group("verb")]
    for other in ("lead", "responsible", "supporting"):
        if other != role:
            kept = [n for n in getattr(units, other) if n not in names]
            setattr(units, other, kept)
    units.add(role, names)


def strip_leading_label(text: str) -> str:
    """Drop a leading "1." from a cell's text, for its title."""
    return _LEADING_LABEL.sub("", text, count=1)
