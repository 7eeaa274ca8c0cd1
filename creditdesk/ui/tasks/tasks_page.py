"""任务: the current plan's task tree — browse, search, edit, move, delete, import the plan.

Every edit is an undoable command on the window's stack (see
:mod:`creditdesk.ui.tasks.task_commands`); after each one the page tells the other pages that
tasks and obligations changed (``plan_imported``) and reloads. Dialogs open without blocking
(``open()``), and the two questions the page asks — which file, delete or not — are attributes
tests replace.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHeaderView,
    QMenu,
    QMessageBox,
)

from creditdesk.services.errors import StaleEditError, UserError
from creditdesk.services.plan_review import PlanReview, load_plan_review
from creditdesk.services.progress import Progress
from creditdesk.services.task_edit import NodeFields, RoleSet, search_tasks
from creditdesk.services.tasks import PlanTasks, TaskNode, load_plan_tasks
from creditdesk.ui.common.dialogs import open_dialog
from creditdesk.ui.common.jobs import Job, run_job
from creditdesk.ui.common.messages import error_box
from creditdesk.ui.common.page import Page, emphasize_heading
from creditdesk.ui.common.translate import translator
from creditdesk.ui.forms.ui_tasks_page import Ui_TasksPage
from creditdesk.ui.plan_import.plan_import_dialog import PlanImportDialog
from creditdesk.ui.tasks.batch_edit_dialog import BatchEditData, BatchEditDialog, load_batch_data
from creditdesk.ui.tasks.task_commands import (
    AddNodeCommand,
    BatchEditCommand,
    DeleteNodeCommand,
    EditNodeCommand,
    ImportPlanCommand,
    MoveNodeCommand,
    TaskEdit,
)
from creditdesk.ui.tasks.task_edit_dialog import TaskEditData, TaskEditDialog, load_edit_data
from creditdesk.ui.tasks.task_tree_model import TaskTreeModel, task_filter_proxy

PLAN_FILE_FILTER = "*.docx *.pdf *.txt *.xlsx *.doc *.wps"


_tr = translator("TasksPage")


class TasksPage(Page[PlanTasks]):
    """The plan's decomposition (任务分解), editable.

    Attributes:
        confirm: asks a yes/no question ``(title, text) -> bool``; a modal box by default.
        choose_plan_file: asks for the plan file to import; a file dialog by default.
        editor: the task dialog last opened (tests drive it).
        batch_editor: the 批量修改 dialog last opened.
        review: the import review dialog last opened.
    """

    def setup(self) -> None:
        self.ui = Ui_TasksPage()
        self.ui.setupUi(self)
        emphasize_heading(self.ui.planTitleLabel)
        self.confirm: Callable[[str, str], bool] = self._ask
        # decides a save another clerk overtook (tests put in a non-modal stand-in)
        self.resolve_conflict: Callable[[StaleEditError], bool] = self.ask_about_conflict
        self.choose_plan_file: Callable[[], Path | None] = self._ask_for_file
        self.editor: TaskEditDialog | None = None
        self.batch_editor: BatchEditDialog | None = None
        self._tree: list[TaskNode] = []
        self.message_box: QMessageBox | None = None
        self.review: PlanImportDialog | None = None
        self.plan_id: int | None = None
        self._select_after: int | None = None
        self.model = TaskTreeModel(self)
        self.proxy = task_filter_proxy(self.model, self)
        self.proxy.sort(0, Qt.SortOrder.AscendingOrder)  # document order; drops rely on it
        view = self.ui.taskView
        view.setModel(self.proxy)
        # Ctrl/Shift-click and Ctrl+A choose many tasks for 批量修改
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 150), (2, 170), (3, 240), (4, 72), (5, 170)):
            header.resizeSection(column, width)
        self._setup_actions()
        self.ui.searchEdit.textChanged.connect(self._search)
        self.model.move_requested.connect(self.move_node)
        self.signals.plan_imported.connect(self.mark_stale)
        self.signals.units_changed.connect(self.mark_stale)

    def _setup_actions(self) -> None:
        ui = self.ui
        for button, action, slot in (
            (ui.addSectionButton, ui.actionAddSection, self.add_section),
            (ui.addTaskButton, ui.actionAddTask, self.add_task),
            (ui.editButton, ui.actionEditTask, self.edit_selected),
            (ui.deleteButton, ui.actionDeleteTask, self.delete_selected),
            (ui.importButton, ui.actionImportPlan, self.import_plan),
        ):
            action.setToolTip(button.toolTip())
            button.setDefaultAction(action)
            action.triggered.connect(lambda _=False, slot=slot: slot())
            self.addAction(action)
        self.actionBatchEdit = QAction(_tr("批量修改…"), self)
        self.actionBatchEdit.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.actionBatchEdit.setToolTip(
            _tr("为选中的多项任务统一设置报送频次、报送时限或分工单位（Ctrl+Shift+E）")
        )
        self.actionBatchEdit.triggered.connect(lambda _=False: self.batch_edit_selected())
        self.addAction(self.actionBatchEdit)
        ui.taskView.activated.connect(lambda _index: self.edit_selected())
        ui.taskView.customContextMenuRequested.connect(self._context_menu)
        ui.taskView.selectionModel().currentChanged.connect(self._update_actions)
        ui.taskView.selectionModel().selectionChanged.connect(self._update_actions)
        self._update_actions()

    # ------------------------------------------------------------------ loading

    def fetch(self) -> Callable[[Progress], PlanTasks]:
        ctx = self.ctx
        return lambda _progress: load_plan_tasks(ctx)

    def present(self, data: PlanTasks) -> None:
        keep = self._select_after
        if keep is None and (node := self.selected_node()) is not None:
            keep = node.id
        self._select_after = None
        self.plan_id = data.plan_id
        self._tree = data.tree
        self.ui.planTitleLabel.setText(data.title or _tr("尚未导入工作要点。"))
        self.model.set_tree(data.tree)
        self._search(self.ui.searchEdit.text())
        self.ui.countLabel.setText(_tr("共{n}项任务").format(n=data.task_count))
        if keep is not None:
            self.select_node(keep)
        self._update_actions()

    def selected_node(self) -> TaskNode | None:
        """The node of the current row, None when no row is current."""
        return self.model.node(self.proxy.mapToSource(self.ui.taskView.currentIndex()))

    def selected_task_ids(self) -> list[int]:
        """The selected tasks (sections left out), in document order."""
        chosen = set()
        for index in self.ui.taskView.selectionModel().selectedRows(0):
            node = self.model.node(self.proxy.mapToSource(index))
            if node is not None and node.kind != "section":
                chosen.add(node.id)

        def walk(nodes: list[TaskNode]) -> list[int]:
            found: list[int] = []
            for node in nodes:
                if node.id in chosen:
                    found.append(node.id)
                found.extend(walk(node.children))
            return found

        return walk(self._tree)

    def select_node(self, node_id: int) -> bool:
        """Make the node with ``node_id`` the current row; False when it is not shown."""
        index = self.proxy.mapFromSource(self.model.index_of(node_id))
        if not index.isValid():
            return False
        view = self.ui.taskView
        view.setCurrentIndex(index)
        view.scrollTo(index)
        return True

    def _update_actions(self) -> None:
        ui = self.ui
        has_plan = self.plan_id is not None
        selected = self.selected_node() is not None
        ui.actionAddSection.setEnabled(has_plan)
        ui.actionAddTask.setEnabled(has_plan)
        ui.actionEditTask.setEnabled(selected)
        ui.actionDeleteTask.setEnabled(selected)
        self.actionBatchEdit.setEnabled(len(self.selected_task_ids()) > 1)

    def _search(self, text: str) -> None:
        text = text.strip()
        if text and self.plan_id is not None:
            self.proxy.set_matching_ids(search_tasks(self.ctx, self.plan_id, text))
        else:
            self.proxy.set_matching_ids(None)
            self.proxy.setFilterFixedString(text)
        self.ui.taskView.expandAll()

    def context_menu(self) -> QMenu:
        """The tree's right-click menu: add, edit, delete, import."""
        ui = self.ui
        menu = QMenu(self)
        for action in (ui.actionAddSection, ui.actionAddTask):
            menu.addAction(action)
        menu.addSeparator()
        for action in (ui.actionEditTask, self.actionBatchEdit, ui.actionDeleteTask):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(ui.actionImportPlan)
        menu.aboutToHide.connect(menu.deleteLater)
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        self.context_menu().popup(self.ui.taskView.viewport().mapToGlobal(pos))

    # ------------------------------------------------------------ the commands

    def _changed(self, node_id: int | None) -> None:
        """After a command's redo or undo: select its node once reloaded, tell the pages."""
        self._select_after = node_id
        self.signals.plan_imported.emit()

    def report_error(self, error: BaseException) -> None:
        """Show a refusal or failure without blocking the caller."""
        self.message_box = error_box(self, _tr("任务"), error)

    def _command_args(self) -> dict[str, object]:
        return {"on_changed": self._changed, "on_error": self.report_error}

    def _parent_of(self, node: TaskNode) -> tuple[TaskNode | None, int]:
        index = self.model.index_of(node.id)
        return self.model.node(self.model.parent(index)), index.row()

    def add_task(self) -> Job[TaskEditData] | None:
        """新增任务 in the selected section, or after the selected task."""
        node = self.selected_node()
        parent: TaskNode | None = None
        position: int | None = None
        if node is not None and node.kind == "section":
            parent = node
        elif node is not None:
            parent, row = self._parent_of(node)
            position = row + 1
        elif self.model.rowCount():
            last = self.model.node(self.model.index(self.model.rowCount() - 1, 0))
            parent = last if last is not None and last.kind == "section" else None
        return self._open_new("task", parent, position)

    def add_section(self) -> Job[TaskEditData] | None:
        """新增部分 after the selected top-level section, or at the end."""
        node = self.selected_node()
        position: int | None = None
        while node is not None:
            parent, row = self._parent_of(node)
            if parent is None:
                position = row + 1
            node = parent
        return self._open_new("section", None, position)

    def _open_new(
        self, kind: str, parent: TaskNode | None, position: int | None
    ) -> Job[TaskEditData] | None:
        plan_id = self.plan_id
        if plan_id is None:
            self.report_error(UserError(_tr("尚未导入工作要点，请先导入。")))
            return None
        blank = TaskEdit(NodeFields("", "", "", None, None, 0), RoleSet(), None)
        title = _tr("新增部分") if kind == "section" else _tr("新增任务")
        parent_id = None if parent is None else parent.id

        def save(dialog: TaskEditDialog) -> None:
            self.undo_stack.push(
                AddNodeCommand(
                    self.ctx,
                    plan_id,
                    parent_id,
                    kind,
                    dialog.edited(),
                    position,
                    on_changed=self._changed,
                    on_error=self.report_error,
                )
            )

        return self._open_editor(kind, None, blank, title, save)

    def edit_selected(self) -> Job[TaskEditData] | Job[BatchEditData] | None:
        """编辑 the selected section or task in the task dialog; several tasks: 批量修改."""
        if len(self.selected_task_ids()) > 1:
            return self.batch_edit_selected()
        node = self.selected_node()
        if node is None:
            return None
        node_id = node.id

        def save(dialog: TaskEditDialog) -> None:
            command = EditNodeCommand(
                self.ctx,
                node_id,
                dialog.data.before,
                dialog.edited(),
                on_changed=self._changed,
                on_error=self.report_error,
                on_conflict=lambda error: self.resolve_conflict(error),
            )
            if command.has_changes():
                self.undo_stack.push(command)

        title = _tr("编辑部分") if node.kind == "section" else _tr("编辑任务")
        return self._open_editor(node.kind, node_id, None, title, save)

    def batch_edit_selected(self) -> Job[BatchEditData] | None:
        """批量修改: one rhythm, deadline or units for every selected task, one undo step."""
        node_ids = self.selected_task_ids()
        if not node_ids:
            return None
        ctx = self.ctx

        def save(dialog: BatchEditDialog) -> None:
            self.undo_stack.push(
                BatchEditCommand(
                    ctx,
                    node_ids,
                    dialog.edit(),
                    on_changed=self._changed,
                    on_error=self.report_error,
                )
            )

        def opened(data: BatchEditData) -> None:
            dialog = BatchEditDialog(data, self)
            self.batch_editor = dialog
            open_dialog(dialog, lambda: save(dialog))

        return run_job(
            lambda _progress: load_batch_data(ctx, node_ids),
            title=_tr("正在读取任务…"),
            on_success=opened,
            on_error=self.report_error,
            parent=self,
            pool=self.pool,
        )

    def _open_editor(
        self,
        kind: str,
        node_id: int | None,
        blank: TaskEdit | None,
        title: str,
        save: Callable[[TaskEditDialog], None],
    ) -> Job[TaskEditData]:
        ctx = self.ctx

        def opened(data: TaskEditData) -> None:
            dialog = TaskEditDialog(data, title, self)
            self.editor = dialog
            open_dialog(dialog, lambda: save(dialog))

        return run_job(
            lambda _progress: load_edit_data(ctx, kind, node_id, blank),
            title=_tr("正在读取任务…"),
            on_success=opened,
            on_error=self.report_error,
            parent=self,
            pool=self.pool,
        )

    def delete_selected(self) -> bool:
        """删除 the selected node (with its subtree) after the clerk confirms."""
        node = self.selected_node()
        if node is None:
            return False
        what = _tr("部分") if node.kind == "section" else _tr("任务")
        question = _tr("确定删除{what}“{title}”吗？").format(what=what, title=node.title)
        if node.children:
            question += _tr("\n其下{n}项内容将一并删除。").format(n=len(node.children))
        question += _tr("\n删除后可用“撤销”（Ctrl+Z）恢复。")
        if not self.confirm(_tr("删除{what}").format(what=what), question):
            return False
        self.undo_stack.push(
            DeleteNodeCommand(
                self.ctx, node.id, node.title, on_changed=self._changed, on_error=self.report_error
            )
        )
        return True

    def move_node(self, node_id: int, parent_id: int | None, position: int) -> None:
        """Save a drag and drop: ``node_id`` under ``parent_id`` at ``position``."""
        self.undo_stack.push(
            MoveNodeCommand(
                self.ctx,
                node_id,
                parent_id,
                position,
                on_changed=self._changed,
                on_error=self.report_error,
            )
        )

    def ask_about_conflict(self, error: StaleEditError) -> bool:
        """Both versions of the task side by side; True applies the clerk's own on top."""
        from creditdesk.ui.common.conflict_dialog import ConflictDialog

        labels = {
            "label": _tr("编号"),
            "title": _tr("任务"),
            "text": _tr("内容"),
            "frequency": _tr("报送频次"),
            "deadline": _tr("完成时限"),
        }
        return ConflictDialog(error, labels, self).exec() == QDialog.DialogCode.Accepted

    def _ask(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # ------------------------------------------------------------- plan import

    def workspace_dir(self) -> Path | None:
        """The workspace folder, where an unfinished review is kept as a draft (草稿)."""
        store = self.ctx.attachments_dir
        return store.parent if store is not None else None

    def _ask_for_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            _tr("导入工作要点"),
            "",
            _tr("工作要点文件 ({patterns});;所有文件 (*)").format(patterns=PLAN_FILE_FILTER),
        )
        return Path(name) if name else None

    def import_plan(self, path: Path | None = None) -> Job[PlanReview] | None:
        """导入工作要点…: read and match the file in the background, then open the review.

        Args:
            path: the plan file; asked for with a file dialog when None (the 文件 menu).

        Returns:
            The reading job, or None when the clerk chose no file.
        """
        if path is None:
            path = self.choose_plan_file()
            if path is None:
                return None
        ctx, drafts = self.ctx, self.workspace_dir()
        chosen = path

        def opened(data: PlanReview) -> None:
            dialog = PlanImportDialog(
                ctx, data, chosen.name, pool=self.pool, workspace_dir=drafts, parent=self
            )
            self.review = dialog
            open_dialog(dialog, lambda: self._imported(dialog))

        return run_job(
            lambda progress: load_plan_review(ctx, chosen, progress, drafts),
            title=_tr("正在读取工作要点…"),
            on_success=opened,
            on_error=self.report_error,
            parent=self,
            pool=self.pool,
        )

    def _imported(self, dialog: PlanImportDialog) -> None:
        result = dialog.import_result
        if result is None:
            return
        self.undo_stack.push(
            ImportPlanCommand(
                self.ctx,
                dialog.applied_preview(),
                dialog.decisions(),
                dialog.source_name,
                result,
                on_changed=self._changed,
                on_error=self.report_error,
            )
        )
