"""Choosing roster units or groups (成员单位 / 分组) from a searchable list.

Used by the task dialog (units by role) and by the plan import review (what an unmatched
written name stands for). Suggestions — the fuzzy matches the service found — come first,
marked 建议, then the whole roster in its order, then the groups.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QListWidgetItem,
    QWidget,
)

from creditdesk.services.target_entries import TargetEntry, TargetKind
from creditdesk.ui.common.translate import translator
from creditdesk.ui.forms.ui_target_picker import Ui_TargetPicker

PickerEntry = TargetEntry
"""An entry of the list: the unit or group as ``services.target_entries`` reads it."""


_tr = translator("TargetPicker")


def entry_text(entry: TargetEntry) -> str:
    """The entry's line in a list: its name, groups marked as such."""
    return entry.name if entry.kind == "unit" else _tr("{name}（分组）").format(name=entry.name)


class TargetPicker(QDialog):
    """A searchable list of units and groups; :meth:`chosen` after it was accepted.

    Args:
        entries: every unit and group that may be chosen, in roster order.
        suggested: keys of entries to list first (best first).
        prompt: one line above the list saying what is being chosen.
        multiple: allow choosing several at once.
        exclude: keys not offered (already chosen).
    """

    def __init__(
        self,
        entries: Iterable[PickerEntry],
        *,
        suggested: Iterable[tuple[TargetKind, int]] = (),
        prompt: str = "",
        title: str = "",
        multiple: bool = False,
        exclude: Iterable[tuple[TargetKind, int]] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_TargetPicker()
        self.ui.setupUi(self)
        if title:
            self.setWindowTitle(title)
        buttons = self.ui.buttonBox
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_tr("确定"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("取消"))
        self.ui.promptLabel.setText(prompt)
        self.ui.promptLabel.setVisible(bool(prompt))
        mode = (
            QAbstractItemView.SelectionMode.ExtendedSelection
            if multiple
            else QAbstractItemView.SelectionMode.SingleSelection
        )
        self.ui.targetList.setSelectionMode(mode)
        skip = set(exclude)
        listed = [e for e in entries if e.key not in skip]
        by_key = {e.key: e for e in listed}
        first = [by_key[k] for k in dict.fromkeys(suggested) if k in by_key]
        bold = QFont(self.font())
        bold.setBold(True)
        for entry in first:
            item = self._add(entry, _tr("建议：{name}").format(name=entry_text(entry)))
            item.setFont(bold)
        for entry in listed:
            if entry not in first:
                self._add(entry, entry_text(entry))
        if self.ui.targetList.count():
            self.ui.targetList.setCurrentRow(0)
        self.ui.searchEdit.textChanged.connect(self.filter)
        self.ui.targetList.itemDoubleClicked.connect(lambda _item: self.accept())
        self.ui.searchEdit.setFocus()

    def _add(self, entry: PickerEntry, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text, self.ui.targetList)
        item.setData(Qt.ItemDataRole.UserRole, entry)
        item.setToolTip("、".join(entry.also))
        return item

    def filter(self, text: str) -> None:
        """Show only entries whose name or other spellings contain ``text``."""
        text = text.strip()
        first_shown: QListWidgetItem | None = None
        for row in range(self.ui.targetList.count()):
            item = self.ui.targetList.item(row)
            entry: PickerEntry = item.data(Qt.ItemDataRole.UserRole)
            shown = not text or any(text in name for name in (entry.name, *entry.also))
            item.setHidden(not shown)
            if shown and first_shown is None:
                first_shown = item
        current = self.ui.targetList.currentItem()
        if first_shown is not None and (current is None or current.isHidden()):
            self.ui.targetList.setCurrentItem(first_shown)

    def visible_entries(self) -> list[PickerEntry]:
        """The entries the list shows now, in order."""
        items = (self.ui.targetList.item(r) for r in range(self.ui.targetList.count()))
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if not i.isHidden()]

    def select(self, key: tuple[TargetKind, int]) -> None:
        """Select one entry (as a click would)."""
        for row in range(self.ui.targetList.count()):
            item = self.ui.targetList.item(row)
            if item.data(Qt.ItemDataRole.UserRole).key == key:
                self.ui.targetList.setCurrentItem(item)
                item.setSelected(True)

    def chosen(self) -> list[PickerEntry]:
        """The selected entries (only visible ones), in list order."""
        items = self.ui.targetList.selectedItems()
        if not items and self.ui.targetList.currentItem() is not None:
            items = [self.ui.targetList.currentItem()]
        rows = sorted((self.ui.targetList.row(i), i) for i in items if not i.isHidden())
        return [item.data(Qt.ItemDataRole.UserRole) for _, item in rows]
