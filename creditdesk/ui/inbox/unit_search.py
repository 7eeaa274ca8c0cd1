"""A unit box the clerk can type into: 发改委, 人行, 市场监管 find the unit among fifty.

The combo stays a list of units (its data the unit id); typing filters a popup on every
spelling of each unit the services know — name, short name, aliases, abbreviation — and
choosing one sets the combo to that unit.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 7
"""Role of a combo item holding every word it can be found by."""


def make_searchable(combo: QComboBox, words: dict[int, str]) -> QCompleter:
    """Let ``combo`` (items: unit name, data: unit id) be searched by ``words`` per unit id."""
    for row in range(combo.count()):
        unit_id = combo.itemData(row)
        text = combo.itemText(row)
        combo.setItemData(row, f"{text} {words.get(unit_id, '')}", SEARCH_ROLE)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = QCompleter(combo.model(), combo)
    completer.setCompletionRole(SEARCH_ROLE)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)  # the combo sets its current item from a chosen completion
    line = combo.lineEdit()
    assert line is not None
    # text that matched no unit goes back to the unit chosen: the box never shows a non-unit
    line.editingFinished.connect(lambda: combo.setEditText(combo.itemText(combo.currentIndex())))
    return completer
