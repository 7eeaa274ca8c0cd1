"""按此短语新建分组: a plan's phrase (各乡镇, 县直有关部门) becomes a group, members by category.

The review must not stop at a phrase the roster does not know: the clerk ticks the categories
it means (those sharing a word with the phrase come ticked), sees who that makes, and
confirms; the review then maps the phrase to the new group.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from creditdesk.services.phrase_groups import categories_for_phrase
from creditdesk.ui.common.translate import translator

_tr = translator("PhraseGroupDialog")


class PhraseGroupDialog(QDialog):
    """Choose the categories whose active units make the new group.

    Args:
        phrase: the name as the plan wrote it; the group takes it as its name.
        members_by_category: category → the active units' names, roster order.
    """

    def __init__(
        self,
        phrase: str,
        members_by_category: Mapping[str, Sequence[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.phrase = phrase
        self._members = members_by_category
        self.setWindowTitle(_tr("按短语新建分组"))
        self.resize(460, 420)
        layout = QVBoxLayout(self)
        prompt = QLabel(
            _tr("新建分组“{phrase}”，成员为所选类别的在册单位：").format(phrase=phrase), self
        )
        prompt.setWordWrap(True)
        layout.addWidget(prompt)
        self.categories = QListWidget(self)
        proposed = set(categories_for_phrase(phrase, list(members_by_category)))
        for category, names in members_by_category.items():
            item = QListWidgetItem(
                _tr("{category}（{n}个单位）").format(
                    category=category or _tr("未分类"), n=len(names)
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, category)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = category in proposed
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.categories.addItem(item)
        self.categories.itemChanged.connect(lambda _item: self._show_members())
        layout.addWidget(self.categories)
        self.members_label = QLabel(self)
        self.members_label.setWordWrap(True)
        layout.addWidget(self.members_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_tr("新建分组"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._show_members()

    def chosen_categories(self) -> list[str]:
        """The ticked categories, in the roster's order."""
        items = (self.categories.item(row) for row in range(self.categories.count()))
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def _show_members(self) -> None:
        names = [n for c in self.chosen_categories() for n in self._members.get(c, ())]
        if names:
            shown = "、".join(names[:12]) + (_tr("等") if len(names) > 12 else "")
            text = _tr("共{n}个单位：{names}").format(n=len(names), names=shown)
        else:
            text = _tr("尚未选择类别：将新建一个空分组，成员可稍后在“单位”页添加。")
        self.members_label.setText(text)
