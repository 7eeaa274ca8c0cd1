"""Select rows of a table view from code: after a reload, or on another page's request."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import QAbstractItemView


def select_rows(view: QAbstractItemView, indexes: Iterable[QModelIndex]) -> None:
    """Select the whole rows of ``indexes`` (of the view's model), nothing else.

    The first becomes the current index and is scrolled into view, so the keyboard carries on
    from it; an invalid index (a row a filter hides) is passed over.
    """
    selection = view.selectionModel()
    selection.clearSelection()
    first = True
    for index in indexes:
        if not index.isValid():
            continue
        rows = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        selection.select(index, rows)
        if first:
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
            view.scrollTo(index)
            first = False
