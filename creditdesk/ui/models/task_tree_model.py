"""The plan's task tree (任务分解): sections, tasks and items with units, rhythm and deadline."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from creditdesk.services.tasks import TaskNode
from creditdesk.ui.formatting import frequency_label, join_units
from creditdesk.ui.models.row_table_model import SORT_ROLE, AnyIndex

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
"""Role of column 0 holding all the text a search should find in a node."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("TaskTreeModel", text)


def _title(node: TaskNode) -> str:
    return node.title or node.text


def _search_text(node: TaskNode) -> str:
    parts = [node.label, node.title, node.text, *node.lead_units, *node.responsible_units]
    parts.extend(node.supporting_units)
    return "\n".join(parts)


_COLUMNS: list[tuple[str, Callable[[TaskNode], str]]] = [
    ("编号", lambda node: node.label),
    ("任务", _title),
    ("牵头单位", lambda node: join_units(node.lead_units)),
    ("责任单位", lambda node: join_units(node.responsible_units)),
    ("报送频次", lambda node: frequency_label(node.frequency)),
    ("完成时限", lambda node: node.deadline or ""),
]


class TaskTreeModel(QAbstractItemModel):
    """A read-only tree over ``load_task_tree``; sorting on 编号 restores document order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._roots: list[TaskNode] = []
        # id(node) → (parent node or None, row under it); rebuilt with each new tree.
        self._parents: dict[int, tuple[TaskNode | None, int]] = {}
        self._headers = [_tr(header) for header, _ in _COLUMNS]

    def set_tree(self, roots: list[TaskNode]) -> None:
        """Show a new tree (after an import or a reload)."""
        self.beginResetModel()
        self._roots = list(roots)
        self._parents = {}
        self._index_children(None, self._roots)
        self.endResetModel()

    def _index_children(self, parent: TaskNode | None, children: list[TaskNode]) -> None:
        for row, child in enumerate(children):
            self._parents[id(child)] = (parent, row)
            self._index_children(child, child.children)

    def node(self, index: AnyIndex) -> TaskNode | None:
        """The node behind ``index``, None for the invisible root."""
        if not index.isValid():
            return None
        node: TaskNode = index.internalPointer()
        return node

    def _children(self, parent: AnyIndex) -> list[TaskNode]:
        node = self.node(parent)
        return self._roots if node is None else node.children

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._children(parent)[row])

    def parent(self, child: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        node = self.node(child)
        if node is None:
            return QModelIndex()
        parent, _ = self._parents[id(node)]
        if parent is None:
            return QModelIndex()
        _, row = self._parents[id(parent)]
        return self.createIndex(row, 0, parent)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(parent))

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return len(_COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        node = self.node(index)
        if node is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _COLUMNS[column][1](node)
        if role == Qt.ItemDataRole.ToolTipRole and column == 1 and node.text:
            return node.text
        if role == SORT_ROLE:
            return index.row() if column == 0 else _COLUMNS[column][1](node)
        if role == SEARCH_ROLE and column == 0:
            return _search_text(node)
        if role == Qt.ItemDataRole.FontRole and node.kind == "section":
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def task_filter_proxy(model: TaskTreeModel, parent: QObject | None = None) -> QSortFilterProxyModel:
    """A proxy that sorts the tree and keeps the nodes (with their ancestors) matching a search."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSortLocaleAware(True)
    proxy.setFilterRole(SEARCH_ROLE)
    proxy.setFilterKeyColumn(0)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setRecursiveFilteringEnabled(True)
    return proxy
