"""Models of the plan import review (核对导入): the parsed tree, the written unit names and
the comparison with a plan already imported for the year.

The tree edits the draft's :class:`~creditdesk.parsing.plan_model.TaskDraft` objects in
place (title, frequency, deadline, text), because ``apply_import`` saves the draft as
reviewed. Written unit names that match no unit and have no decision yet are red.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from creditdesk.parsing.plan_model import PlanDraft, SectionDraft, TaskDraft
from creditdesk.parsing.unit_names import Match
from creditdesk.services.plan_import import NameDecision, TaskChange
from creditdesk.ui.common.formatting import frequency_label
from creditdesk.ui.common.row_table_model import AnyIndex, ColumnHeaders
from creditdesk.ui.common.translate import translator

UNRESOLVED = QColor("#c62828")
"""Red: a name still to decide, a removed task."""

CHANGE_COLOURS = {
    "added": QColor("#1b7f3b"),
    "changed": QColor("#b35c00"),
    "removed": UNRESOLVED,
    "unchanged": QColor("#6b6b6b"),
}

ROLE_ATTRS = ("lead_units", "responsible_units", "supporting_units")


_tr = translator("PlanReviewModel")


@dataclass(eq=False)
class _Node:
    section: SectionDraft | None = None
    task: TaskDraft | None = None
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)

    @property
    def row(self) -> int:
        siblings = self.parent.children if self.parent is not None else []
        return siblings.index(self) if self.parent is not None else 0


_COLUMNS = ("编号", "任务", "牵头单位", "责任单位", "配合单位", "报送频次", "完成时限")
TITLE, LEAD, RESPONSIBLE, SUPPORTING, FREQUENCY, DEADLINE = 1, 2, 3, 4, 5, 6
EDITABLE = (TITLE, FREQUENCY, DEADLINE)


class PlanReviewModel(ColumnHeaders, QAbstractItemModel):
    """The draft as a tree of sections holding tasks.

    Signals:
        edited(): a task of the draft was changed.
    """

    edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = _Node()
        self._open: frozenset[str] = frozenset()
        self._headers = [_tr(h) for h in _COLUMNS]

    def set_draft(self, draft: PlanDraft) -> None:
        """Show a parsed plan: sections nested by their parent label, tasks in their section."""
        self.beginResetModel()
        self._root = _Node()
        sections: dict[str, _Node] = {}
        for section in draft.sections:
            parent = sections.get(section.parent or "", self._root)
            node = _Node(section=section, parent=parent)
            parent.children.append(node)
            sections[section.label] = node
        for task in draft.tasks:
            parent = sections.get(task.section or "", self._root)
            parent.children.append(_Node(task=task, parent=parent))
        self.endResetModel()

    def set_open_names(self, names: Iterable[str]) -> None:
        """The written names still to decide; cells naming one turn red."""
        self._open = frozenset(names)
        self._every_row_changed(self._root)

    def _every_row_changed(self, node: _Node) -> None:
        if node.children:
            first = self.index(0, LEAD, self._index_of(node))
            last = self.index(len(node.children) - 1, SUPPORTING, self._index_of(node))
            self.dataChanged.emit(first, last, [Qt.ItemDataRole.ForegroundRole])
        for child in node.children:
            self._every_row_changed(child)

    def _index_of(self, node: _Node) -> QModelIndex:
        if node is self._root:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    def _node(self, index: AnyIndex) -> _Node:
        if not index.isValid():
            return self._root
        node: _Node = index.internalPointer()
        return node

    def task(self, index: AnyIndex) -> TaskDraft | None:
        """The task behind ``index``; None for a section or the root."""
        return self._node(index).task if index.isValid() else None

    def set_text(self, index: AnyIndex, text: str) -> None:
        """Replace a task's whole text (任务全文)."""
        task = self.task(index)
        if task is not None and task.text != text:
            task.text = text
            self.edited.emit()

    def set_units(self, index: AnyIndex, column: int, names: list[str]) -> None:
        """Replace a task's written 牵头/责任/配合 names (批量设置 with roster names)."""
        task = self.task(index)
        if task is None or column not in (LEAD, RESPONSIBLE, SUPPORTING):
            return
        setattr(task, ROLE_ATTRS[column - LEAD], list(dict.fromkeys(names)))
        cell = self.index(index.row(), column, self.parent(index))
        self.dataChanged.emit(cell, cell)
        self.edited.emit()

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._node(parent).children[row])

    def parent(self, child: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not child.isValid():
            return QModelIndex()
        parent = self._node(child).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return len(_COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        node = self._node(index)
        column = index.column()
        if node.section is not None:
            return self._section_data(node.section, column, role)
        assert node.task is not None
        return self._task_data(node.task, column, role)

    def _section_data(self, section: SectionDraft, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return {0: section.label, TITLE: section.title}.get(column, "")
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _task_data(self, task: TaskDraft, column: int, role: int) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == 0:
                return task.label
            if column == TITLE:
                return task.title
            if column in (LEAD, RESPONSIBLE, SUPPORTING):
                return "、".join(getattr(task, ROLE_ATTRS[column - LEAD]))
            if column == FREQUENCY:
                if role == Qt.ItemDataRole.EditRole:
                    return task.frequency
                return frequency_label(task.frequency)
            return task.deadline or ""
        if column in (LEAD, RESPONSIBLE, SUPPORTING):
            open_names = [n for n in getattr(task, ROLE_ATTRS[column - LEAD]) if n in self._open]
            if role == Qt.ItemDataRole.ForegroundRole and open_names:
                return QBrush(UNRESOLVED)
            if role == Qt.ItemDataRole.ToolTipRole and open_names:
                return _tr("尚未对应：{names}").format(names="、".join(open_names))
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            return task.text
        return None

    def setData(self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        task = self.task(index)
        if task is None or role != Qt.ItemDataRole.EditRole or index.column() not in EDITABLE:
            return False
        column = index.column()
        if column == TITLE:
            title = str(value).strip()
            if not title:
                return False
            task.title = title
        elif column == FREQUENCY:
            if value is not None and value not in FREQUENCY_CODES:
                return False
            task.frequency = value  # type: ignore[assignment]  # checked against the codes
        else:
            task.deadline = str(value).strip() or None
        self.dataChanged.emit(index, index, [role, Qt.ItemDataRole.DisplayRole])
        self.edited.emit()
        return True

    def column_titles(self) -> Sequence[str]:
        return self._headers

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._node(index).task is not None and index.column() in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags


FREQUENCY_CODES = ("monthly", "quarterly", "half-yearly", "annual", "once", "event", "continuous")


# ----------------------------------------------------------------- unit names


@dataclass(frozen=True)
class NameRow:
    """A written unit name, how it matched and the clerk's decision for it."""

    name: str
    match: Match
    decision: NameDecision | None = None

    @property
    def open(self) -> bool:
        """Unresolved and not decided yet: blocks the import."""
        return self.match.kind == "unresolved" and self.decision is None


TargetName = Callable[[str, int], str]
"""(kind "unit"/"group", id) → the name to show."""

_HOW = {
    "exact": "名称一致",
    "alias": "别名",
    "normalised": "简称/全称",
    "group": "分组",
    "all_units": "全部成员单位",
}


class NameDecisionModel(ColumnHeaders, QAbstractTableModel):
    """Every unit name the plan writes, the unresolved ones first (red until decided).

    Signals:
        decisions_changed(): a decision was made or cleared.
    """

    decisions_changed = Signal()

    def __init__(self, target_name: TargetName, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[NameRow] = []
        self._uses: dict[str, list[str]] = {}
        self._target_name = target_name
        self._headers = [_tr("名称（原文）"), _tr("处理"), _tr("对应到")]

    def set_matches(self, matches: dict[str, Match], draft: PlanDraft | None = None) -> None:
        """Show the matches of a preview (decisions already made for a name are kept)."""
        kept = {row.name: row.decision for row in self._rows}
        rows = [NameRow(name, m, kept.get(name)) for name, m in matches.items()]
        self.beginResetModel()
        self._rows = [r for r in rows if r.match.kind == "unresolved"]
        self._rows += [r for r in rows if r.match.kind != "unresolved"]
        if draft is not None:
            self._uses = {}
            for task in draft.tasks:
                for attr in ROLE_ATTRS:
                    for name in getattr(task, attr):
                        self._uses.setdefault(name, []).append(task.label)
        self.endResetModel()

    def row_of(self, name: str) -> int:
        """The row showing ``name``; -1 when absent."""
        return next((r for r, row in enumerate(self._rows) if row.name == name), -1)

    def name_row(self, row: int) -> NameRow:
        return self._rows[row]

    def decide(self, name: str, decision: NameDecision | None) -> None:
        """Record (or with None clear) the clerk's decision for a written name."""
        row = self.row_of(name)
        if row < 0:
            return
        self._rows[row] = NameRow(name, self._rows[row].match, decision)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._headers) - 1))
        self.decisions_changed.emit()

    def decide_many(self, decisions: dict[str, NameDecision]) -> int:
        """Record several decisions at once (接受全部建议), announcing the change once.

        Returns:
            How many rows were decided by this call (names not shown are skipped).
        """
        changed = 0
        for name, decision in decisions.items():
            row = self.row_of(name)
            if row < 0 or self._rows[row].decision == decision:
                continue
            self._rows[row] = NameRow(name, self._rows[row].match, decision)
            changed += 1
        if changed:
            last = self.index(len(self._rows) - 1, len(self._headers) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            self.decisions_changed.emit()
        return changed

    def decisions(self) -> dict[str, NameDecision]:
        """The decisions made, by written name."""
        return {row.name: row.decision for row in self._rows if row.decision is not None}

    def open_names(self) -> list[str]:
        """Names still to decide."""
        return [row.name for row in self._rows if row.open]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def _action(self, row: NameRow) -> str:
        if row.decision is not None:
            return {
                "unit": _tr("对应到单位"),
                "group": _tr("对应到分组"),
                "create": _tr("新建单位"),
            }[row.decision.action]
        if row.match.kind == "unresolved":
            return _tr("未对应，请选择")
        return _tr("已自动对应（{how}）").format(how=_tr(_HOW.get(row.match.how, row.match.how)))

    def _target(self, row: NameRow) -> str:
        decision = row.decision
        if decision is not None:
            if decision.action == "create":
                return _tr("类别：{category}").format(category=decision.category or _tr("未分类"))
            return self._target_name(decision.action, decision.target_id or 0)
        if row.match.kind in ("unit", "group") and isinstance(row.match.target_id, int):
            return self._target_name(row.match.kind, row.match.target_id)
        if row.match.how == "all_units":
            return _tr("全部成员单位（导入时建立分组）")
        if row.match.suggestions:
            best = row.match.suggestions[0]
            return _tr("可能是：{name}（把握{score}%）").format(
                name=best.name, score=round(best.score)
            )
        return ""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.name, self._action(row), self._target(row))[column]
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.open:
                return QBrush(UNRESOLVED)
            if column == 2 and row.decision is None and row.match.kind == "unresolved":
                return QBrush(UNRESOLVED)
            return None
        if role == Qt.ItemDataRole.FontRole and row.open and column == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            uses = self._uses.get(row.name, [])
            return _tr("出现在：{labels}").format(labels=" ".join(uses)) if uses else None
        return None

    def column_titles(self) -> Sequence[str]:
        return self._headers

    def numbered_rows(self) -> int:
        return len(self._rows)


# -------------------------------------------------------------------- changes


class ChangeListModel(ColumnHeaders, QAbstractTableModel):
    """A revised plan's tasks compared with the saved plan, coloured by change."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._changes: list[TaskChange] = []
        self._headers = [_tr("变化"), _tr("编号"), _tr("任务")]

    def set_changes(self, changes: list[TaskChange]) -> None:
        """Show the comparison: added, changed and removed first, unchanged last."""
        order = {"added": 0, "changed": 1, "removed": 2, "unchanged": 3}
        self.beginResetModel()
        self._changes = sorted(changes, key=lambda c: order[c.change])
        self.endResetModel()

    def counts(self) -> dict[str, int]:
        """How many tasks each kind of change has."""
        result = dict.fromkeys(CHANGE_COLOURS, 0)
        for change in self._changes:
            result[change.change] += 1
        return result

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._changes)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        change = self._changes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            word = {
                "added": _tr("新增"),
                "changed": _tr("修改"),
                "removed": _tr("删除"),
                "unchanged": _tr("不变"),
            }[change.change]
            return (word, change.label, change.title)[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(CHANGE_COLOURS[change.change])
        return None

    def column_titles(self) -> Sequence[str]:
        return self._headers
