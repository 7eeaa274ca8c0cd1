"""The plan's task tree (任务分解): sections, tasks and items with units, rhythm and deadline.

The model never changes the tree itself: a drop is turned into :attr:`TaskTreeModel.move_requested`
for the page to save through an undoable command, after which the page reloads the tree.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from creditdesk.services.tasks import TaskNode
from creditdesk.ui.common.formatting import frequency_label, join_units
from creditdesk.ui.common.row_table_model import SORT_ROLE, AnyIndex, ColumnHeaders
from creditdesk.ui.common.translate import translator

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
"""Role of column 0 holding all the text a search should find in a node."""

NODE_MIME_TYPE = "application/x-creditdesk-plan-node"
"""What a dragged row carries: the node id as ASCII digits."""


_tr = translator("TaskTreeModel")


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


class TaskTreeModel(ColumnHeaders, QAbstractItemModel):
    """A tree over ``load_task_tree``; sorting on 编号 restores document order.

    Signals:
        move_requested(node_id, new_parent_id or None, position): a row was dropped at a new
            place; ``position`` counts the new siblings without the moved node, as
            ``task_edit.move_node`` expects.
    """

    move_requested = Signal(int, object, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._roots: list[TaskNode] = []
        # id(node) → (parent node or None, row under it); rebuilt with each new tree.
        self._parents: dict[int, tuple[TaskNode | None, int]] = {}
        self._by_id: dict[int, TaskNode] = {}
        self._headers = [_tr(header) for header, _ in _COLUMNS]

    def set_tree(self, roots: list[TaskNode]) -> None:
        """Show a new tree (after an import or a reload)."""
        self.beginResetModel()
        self._roots = list(roots)
        self._parents = {}
        self._by_id = {}
        self._index_children(None, self._roots)
        self.endResetModel()

    def _index_children(self, parent: TaskNode | None, children: list[TaskNode]) -> None:
        for row, child in enumerate(children):
            self._parents[id(child)] = (parent, row)
            self._by_id[child.id] = child
            self._index_children(child, child.children)

    def node(self, index: AnyIndex) -> TaskNode | None:
        """The node behind ``index``, None for the invisible root."""
        if not index.isValid():
            return None
        node: TaskNode = index.internalPointer()
        return node

    def index_of(self, node_id: int) -> QModelIndex:
        """The column-0 index of the node with ``node_id``, invalid when it is not shown."""
        node = self._by_id.get(node_id)
        if node is None:
            return QModelIndex()
        return self.createIndex(self._parents[id(node)][1], 0, node)

    def _children(self, parent: AnyIndex) -> list[TaskNode]:
        node = self.node(parent)
        return self._roots if node is None else node.children

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._children(parent)[row])

    def parent(self, child: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        node = self.node(child)
        if node is None:
            return QModelIndex()
        parent, _ = self._parents[id(node)]
        if parent is None:
            return QModelIndex()
        _, row = self._parents[id(parent)]
        return self.createIndex(row, 0, parent)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(parent))

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
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

    def column_titles(self) -> Sequence[str]:
        return self._headers

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        node = self.node(index)
        if node is None:
            return Qt.ItemFlag.ItemIsDropEnabled  # the top level takes sections and tasks
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        flags |= Qt.ItemFlag.ItemIsDragEnabled
        if node.kind == "section":
            flags |= Qt.ItemFlag.ItemIsDropEnabled  # dropped on a section: its last task
        return flags

    # ------------------------------------------------------------ drag and drop

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [NODE_MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        nodes = [self.node(i) for i in indexes if i.isValid() and i.column() == 0]
        if nodes and nodes[0] is not None:
            data.setData(NODE_MIME_TYPE, QByteArray(str(nodes[0].id).encode("ascii")))
        return data

    def _dragged(self, data: QMimeData) -> TaskNode | None:
        if not data.hasFormat(NODE_MIME_TYPE):
            return None
        raw = bytes(data.data(NODE_MIME_TYPE).data()).decode("ascii", "replace")
        if not raw.isdigit():
            return None
        index = self.index_of(int(raw))
        return self.node(index)

    def _target(
        self, data: QMimeData, row: int, parent: AnyIndex
    ) -> tuple[TaskNode, TaskNode | None, int] | None:
        """The dragged node, its new parent and its position among the new siblings."""
        node = self._dragged(data)
        if node is None:
            return None
        new_parent = self.node(parent)
        ancestor = new_parent
        while ancestor is not None:  # not into itself or its own subtree
            if ancestor is node:
                return None
            ancestor = self._parents[id(ancestor)][0]
        if new_parent is not None and new_parent.kind != "section":
            return None
        if node.kind == "section" and new_parent is not None and new_parent.kind != "section":
            return None
        siblings = self._roots if new_parent is None else new_parent.children
        old_parent, old_row = self._parents[id(node)]
        position = len(siblings) if row < 0 or row > len(siblings) else row
        if old_parent is new_parent and old_row < position:
            position -= 1  # the node leaves its old place first
        if old_parent is new_parent and old_row == position:
            return None
        return node, new_parent, position

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: AnyIndex,
    ) -> bool:
        return action == Qt.DropAction.MoveAction and self._target(data, row, parent) is not None

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: AnyIndex,
    ) -> bool:
        """Ask for the move and report the drop as not done: the view must not remove rows,
        the reload after the saved move shows the new order."""
        if action != Qt.DropAction.MoveAction:
            return False
        target = self._target(data, row, parent)
        if target is not None:
            node, new_parent, position = target
            self.move_requested.emit(
                node.id, None if new_parent is None else new_parent.id, position
            )
        return False


class TaskFilterProxy(QSortFilterProxyModel):
    """Sorts the tree and keeps the nodes matching a search, with their ancestors.

    The search is either the proxy's own filter text over :data:`SEARCH_ROLE`, or — once
    :meth:`set_matching_ids` was given the ids ``task_edit.search_tasks`` found — those nodes.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids: frozenset[int] | None = None

    def set_matching_ids(self, ids: set[int] | frozenset[int] | None) -> None:
        """Keep only these nodes (and their ancestors); None shows every node again."""
        self.beginFilterChange()
        self._ids = None if ids is None else frozenset(ids)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if self._ids is None:
            return super().filterAcceptsRow(source_row, source_parent)
        model = self.sourceModel()
        assert isinstance(model, TaskTreeModel)
        node = model.node(model.index(source_row, 0, source_parent))
        return node is not None and node.id in self._ids


def task_filter_proxy(model: TaskTreeModel, parent: QObject | None = None) -> TaskFilterProxy:
    """A proxy that sorts the tree and keeps the nodes (with their ancestors) matching a search."""
    proxy = TaskFilterProxy(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSortLocaleAware(True)
    proxy.setFilterRole(SEARCH_ROLE)
    proxy.setFilterKeyColumn(0)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setRecursiveFilteringEnabled(True)
    return proxy
