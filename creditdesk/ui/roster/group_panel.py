"""The groups beside the roster (单位分组: 各成员单位, 各乡镇（街道）…): members and aliases.

Every edit is an undoable command on the window's stack, built from a fresh read of the group
so that two quick edits in a row do not trip over the version of the first.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QInputDialog, QLineEdit, QListWidgetItem, QMessageBox, QWidget

from creditdesk.services.context import ServiceContext
from creditdesk.services.errors import UserError
from creditdesk.services.roster_edit import AliasRow
from creditdesk.services.roster_groups import GroupDetail, get_group, tasks_using_group
from creditdesk.ui.common.messages import tell
from creditdesk.ui.common.translate import translator
from creditdesk.ui.forms.ui_group_panel import Ui_GroupPanel
from creditdesk.ui.roster.roster_commands import (
    AddAliasCommand,
    CommandHooks,
    CreateGroupCommand,
    DeleteGroupCommand,
    RemoveAliasCommand,
    RenameGroupCommand,
    SetGroupMembersCommand,
)

_DATA = Qt.ItemDataRole.UserRole

AskText = Callable[[QWidget, str, str, str], str | None]
"""(parent, title, label, initial text) → the text entered, or None when cancelled."""


_tr = translator("GroupPanel")


Choose = Callable[[QWidget, str, str, Sequence[str]], int | None]
"""(parent, title, question, button texts) → the index of the button chosen, None: 取消."""


def ask_text(parent: QWidget, title: str, label: str, text: str) -> str | None:
    """A one-line question in a modal input dialog."""
    answer, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return answer if ok else None


def choose(parent: QWidget, title: str, text: str, buttons: Sequence[str]) -> int | None:
    """A modal question with the given answers (the first is the default) and 取消."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)  # fmt: skip
    answers = [box.addButton(t, QMessageBox.ButtonRole.AcceptRole) for t in buttons]
    cancel = box.addButton(_tr("取消"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(answers[0] if answers else cancel)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return next((i for i, b in enumerate(answers) if b is clicked), None)


class GroupPanel(QWidget):
    """Groups, the chosen group's members and aliases, with their edit buttons.

    Args:
        ctx: the workspace's service context.
        undo_stack: where edits go.
        hooks: how commands report back (the page's).
        selected_units: the unit ids selected in the roster table (加入左侧所选单位).
        parent: the page.
    """

    def __init__(
        self,
        ctx: ServiceContext,
        undo_stack: QUndoStack,
        hooks: CommandHooks,
        selected_units: Callable[[], list[int]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_GroupPanel()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.undo_stack = undo_stack
        self.hooks = hooks
        self.ask_text: AskText = ask_text
        self.choose: Choose = choose
        self.refusal_box: QMessageBox | None = None
        self._selected_units = selected_units
        self._groups: list[GroupDetail] = []
        self._names: Mapping[int, str] = {}
        ui = self.ui
        ui.groupList.currentRowChanged.connect(self._show_group)
        ui.newGroupButton.clicked.connect(self.new_group)
        ui.renameGroupButton.clicked.connect(self.rename_group)
        ui.deleteGroupButton.clicked.connect(self.delete_group)
        ui.addMembersButton.clicked.connect(self.add_selected_units)
        ui.removeMembersButton.clicked.connect(self.remove_selected_members)
        ui.addAliasButton.clicked.connect(self.add_alias)
        ui.aliasEdit.returnPressed.connect(self.add_alias)
        ui.removeAliasButton.clicked.connect(self.remove_alias)
        ui.memberList.itemSelectionChanged.connect(self._update_buttons)
        ui.aliasList.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # ------------------------------------------------------------ showing

    def set_groups(self, groups: Sequence[GroupDetail], names: Mapping[int, str]) -> None:
        """Show freshly loaded groups, keeping the chosen one chosen."""
        chosen = self.current_group()
        chosen_id = chosen.id if chosen is not None else None
        self._groups = list(groups)
        self._names = names
        box = self.ui.groupList
        box.blockSignals(True)
        box.clear()
        row = 0
        for index, group in enumerate(self._groups):
            item = QListWidgetItem(group.name, box)
            item.setData(_DATA, group.id)
            if group.id == chosen_id:
                row = index
        box.blockSignals(False)
        box.setCurrentRow(row if self._groups else -1)
        self._show_group(box.currentRow())

    def current_group(self) -> GroupDetail | None:
        """The group chosen in the list."""
        row = self.ui.groupList.currentRow()
        return self._groups[row] if 0 <= row < len(self._groups) else None

    def select_group(self, name: str) -> None:
        """Choose the group called ``name``."""
        for row, group in enumerate(self._groups):
            if group.name == name:
                self.ui.groupList.setCurrentRow(row)

    @Slot(int)
    def _show_group(self, row: int) -> None:
        ui = self.ui
        ui.memberList.clear()
        ui.aliasList.clear()
        group = self._groups[row] if 0 <= row < len(self._groups) else None
        if group is None:
            ui.descriptionLabel.setText("")
            self._update_buttons()
            return
        note = group.description
        if group.all_units:
            note = (note + "\n" if note else "") + _tr("本分组自动包含全部在册单位。")
        ui.descriptionLabel.setText(note)
        for unit_id in group.member_ids:
            item = QListWidgetItem(self._names.get(unit_id, str(unit_id)), ui.memberList)
            item.setData(_DATA, unit_id)
        ui.membersLabel.setText(_tr("成员（{n}个）").format(n=len(group.member_ids)))
        for alias in group.aliases:
            item = QListWidgetItem(alias.name, ui.aliasList)
            item.setData(_DATA, alias)
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        ui = self.ui
        group = self.current_group()
        has = group is not None
        for button in (ui.renameGroupButton, ui.deleteGroupButton, ui.addAliasButton):
            button.setEnabled(has)
        members = has and not (group is not None and group.all_units)
        ui.addMembersButton.setEnabled(members)
        ui.removeMembersButton.setEnabled(members and bool(ui.memberList.selectedItems()))
        ui.removeAliasButton.setEnabled(has and bool(ui.aliasList.selectedItems()))

    # ------------------------------------------------------------ edits

    def _fresh(self) -> GroupDetail | None:
        group = self.current_group()
        if group is None:
            return None
        try:
            return get_group(self.ctx, group.id)
        except UserError as error:
            self.hooks.failed(error)
            return None

    @Slot()
    def new_group(self) -> None:
        """新建分组: empty, or with the units selected in the table if the clerk says so."""
        name = self.ask_text(self, _tr("新建分组"), _tr("分组名称："), "")
        if not name or not name.strip():
            return
        name = name.strip()
        members: list[int] = []
        selected = self._selected_units()
        if selected:
            answer = self.choose(
                self,
                _tr("新建分组"),
                _tr("左侧表格中选中了{n}个单位，是否作为分组“{name}”的成员？").format(
                    n=len(selected), name=name
                ),
                [_tr("加入所选{n}个单位").format(n=len(selected)), _tr("建空分组")],
            )
            if answer is None:
                return
            members = selected if answer == 0 else []
        self.undo_stack.push(CreateGroupCommand(self.ctx, self.hooks, name, members))
        if not members:
            self.hooks.said(
                _tr("已新建空分组“{name}”。在左侧表格中选中单位，再点“加入左侧所选单位”。").format(
                    name=name
                )
            )

    @Slot()
    def rename_group(self) -> None:
        """改名."""
        group = self._fresh()
        if group is None:
            return
        name = self.ask_text(self, _tr("分组改名"), _tr("新的名称："), group.name)
        if name and name.strip() and name.strip() != group.name:
            self.undo_stack.push(RenameGroupCommand(self.ctx, self.hooks, group, name.strip()))

    @Slot()
    def delete_group(self) -> None:
        """删除分组 (its units stay in the roster), after saying what refers to it."""
        group = self._fresh()
        if group is None:
            return
        tasks = tasks_using_group(self.ctx, group.id)
        members = (
            _tr("全部在册单位")
            if group.all_units
            else _tr("{n}个成员单位").format(n=len(group.member_ids))
        )
        if tasks:
            text = _tr("分组“{name}”有{members}，{tasks}项任务的分工引用了它，不能删除。"
                       "请先在任务页改掉这些分工。").format(
                name=group.name, members=members, tasks=tasks
            )  # fmt: skip
            self.refusal_box = tell(self, _tr("删除分组"), text, warning=True)
            return
        text = _tr("删除分组“{name}”？它有{members}，没有任务引用它。单位本身保留在名册中"
                   "（可撤销）。").format(name=group.name, members=members)  # fmt: skip
        if self.choose(self, _tr("删除分组"), text, [_tr("删除")]) == 0:
            self.undo_stack.push(DeleteGroupCommand(self.ctx, self.hooks, group))

    @Slot()
    def add_selected_units(self) -> None:
        """Add the units selected in the roster table."""
        group = self._fresh()
        wanted = self._selected_units()
        if group is None or not wanted:
            return
        new = [u for u in wanted if u not in group.member_ids]
        if not new:
            self.hooks.said(_tr("所选单位已在分组“{name}”中。").format(name=group.name))
            return
        text = _tr("向分组“{name}”加入{n}个单位").format(name=group.name, n=len(new))
        members = [*group.member_ids, *new]
        self.undo_stack.push(SetGroupMembersCommand(self.ctx, self.hooks, group, members, text))

    @Slot()
    def remove_selected_members(self) -> None:
        """Take the selected members out of the group."""
        group = self._fresh()
        dropped = {item.data(_DATA) for item in self.ui.memberList.selectedItems()}
        if group is None or not dropped:
            return
        text = _tr("从分组“{name}”移出{n}个单位").format(name=group.name, n=len(dropped))
        members = [u for u in group.member_ids if u not in dropped]
        self.undo_stack.push(SetGroupMembersCommand(self.ctx, self.hooks, group, members, text))

    @Slot()
    def add_alias(self) -> None:
        """Add the typed alias to the group."""
        group = self.current_group()
        name = self.ui.aliasEdit.text().strip()
        if group is None or not name:
            return
        self.undo_stack.push(AddAliasCommand(self.ctx, self.hooks, name, group_id=group.id))
        self.ui.aliasEdit.clear()

    @Slot()
    def remove_alias(self) -> None:
        """Remove the selected alias of the group."""
        for item in self.ui.aliasList.selectedItems():
            alias = item.data(_DATA)
            if isinstance(alias, AliasRow):
                self.undo_stack.push(RemoveAliasCommand(self.ctx, self.hooks, alias))
