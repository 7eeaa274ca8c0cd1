"""核对导入的工作要点: the review between reading a plan file and saving it.

Shows the tree as parsed (editable titles, text, rhythm and deadline), every written unit
name with how it matched — the unmatched ones red until the clerk maps each to a unit or a
group, or creates a unit — and, for a year already imported, which tasks the revision adds,
changes and removes. 导入 stays disabled while a name is undecided; it saves everything in
one background job (all or nothing) and closes the dialog on success.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QThreadPool,
    QTimer,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from creditdesk.services.context import ServiceContext
from creditdesk.services.errors import UserError
from creditdesk.services.phrase_groups import create_group_from_phrase
from creditdesk.services.plan_import import (
    DEFAULT_THRESHOLD,
    ImportPreview,
    ImportResult,
    NameDecision,
    accept_suggestions,
    preview_import,
)
from creditdesk.services.plan_review import PlanReview, import_reviewed_plan
from creditdesk.services.plan_review_draft import (
    ReviewDraft,
    discard_review_draft,
    save_review_draft,
)
from creditdesk.services.progress import Progress
from creditdesk.services.roster_groups import GroupDetail
from creditdesk.services.target_entries import TargetKind
from creditdesk.ui.common.formatting import frequency_label
from creditdesk.ui.common.jobs import Job, run_job
from creditdesk.ui.common.messages import error_box
from creditdesk.ui.common.target_picker import PickerEntry, TargetPicker
from creditdesk.ui.common.translate import translator
from creditdesk.ui.forms.ui_plan_import_dialog import Ui_PlanImportDialog
from creditdesk.ui.plan_import.phrase_group_dialog import PhraseGroupDialog
from creditdesk.ui.plan_import.plan_review_model import (
    FREQUENCY,
    SUPPORTING,
    ChangeListModel,
    NameDecisionModel,
    PlanReviewModel,
)
from creditdesk.ui.plan_import.review_batch import ReviewBatchEdit

FREQUENCIES = ("monthly", "quarterly", "half-yearly", "annual", "once", "event", "continuous")


_tr = translator("PlanImportDialog")


class FrequencyDelegate(QStyledItemDelegate):
    """Edits a task's 报送频次 with a list of the Chinese names."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem(_tr("（未注明）"), None)
        for code in FREQUENCIES:
            combo.addItem(frequency_label(code), code)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class PlanImportDialog(QDialog):
    """The review; after it was accepted, :attr:`import_result` holds what was saved.

    Args:
        ctx: the workspace's services.
        data: the preview and roster from :func:`~creditdesk.services.plan_review.load_plan_review`.
        source_name: the file's name, kept with the plan.
        pool: where the import job runs.
        workspace_dir: where the review's draft is kept when it is cancelled (and restored
            from when the same file is opened again); None keeps no draft.
    """

    def __init__(
        self,
        ctx: ServiceContext,
        data: PlanReview,
        source_name: str,
        *,
        pool: QThreadPool | None = None,
        workspace_dir: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PlanImportDialog()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.pool = pool
        self.preview = data.preview
        self.source_name = source_name
        self.import_result: ImportResult | None = None
        self.picker: TargetPicker | None = None
        self._applied: ImportPreview | None = None
        self._busy = False
        self._entries = data.entries
        self._names = {(e.kind, e.id): e.name for e in data.entries}
        self._members_by_category = data.members_by_category
        self._drafts_dir = workspace_dir if data.file_key is not None else None
        self._file_key = data.file_key
        self.phrase_dialog: PhraseGroupDialog | None = None
        draft = data.preview.draft
        # the rhythms as read, to tell which ones the clerk set on review
        self._parsed_frequencies = {task.label: task.frequency for task in draft.tasks}
        ui = self.ui
        ui.fileLabel.setText(source_name)
        ui.titleEdit.setText(draft.title or "")
        ui.yearSpin.setValue(data.preview.year)
        ui.categoryCombo.addItems(data.categories)

        self.plan_model = PlanReviewModel(self)
        self.plan_model.set_draft(draft)
        ui.planView.setModel(self.plan_model)
        ui.planView.setItemDelegateForColumn(FREQUENCY, FrequencyDelegate(ui.planView))
        ui.planView.expandAll()
        header = ui.planView.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 110), (2, 100), (3, 150), (4, 90), (5, 64), (6, 100)):
            header.resizeSection(column, width)
        if not any(task.supporting_units for task in draft.tasks):
            ui.planView.hideColumn(SUPPORTING)  # most plans name no 配合单位
        ui.planView.selectionModel().currentRowChanged.connect(self._show_text)
        self.batch = ReviewBatchEdit(
            ui.planView,
            self.plan_model,
            ui.planTabLayout,
            self,
            entries=data.entries,
            on_units_changed=self._compare_again,
        )
        ui.taskTextEdit.textChanged.connect(self._text_edited)
        ui.taskTextEdit.setEnabled(False)

        self.names_model = NameDecisionModel(self._target_name, self)
        self.names_model.set_matches(data.preview.matches, draft)
        ui.namesView.setModel(self.names_model)
        names_header = ui.namesView.horizontalHeader()
        names_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        names_header.resizeSection(1, 120)
        names_header.resizeSection(2, 170)
        ui.namesView.verticalHeader().setVisible(False)
        ui.namesView.resizeRowsToContents()
        ui.namesView.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.names_model.decisions_changed.connect(self._decisions_changed)
        ui.mapUnitButton.clicked.connect(lambda: self.pick_target("unit"))
        ui.mapGroupButton.clicked.connect(lambda: self.pick_target("group"))
        ui.createButton.clicked.connect(lambda: self.create_unit())
        ui.clearButton.clicked.connect(lambda: self.clear_decision())
        ui.acceptAllButton.setToolTip(
            _tr("把握不低于{threshold}%的建议一次全部接受；其余名称仍需逐一选择。").format(
                threshold=round(DEFAULT_THRESHOLD)
            )
        )
        ui.acceptAllButton.clicked.connect(lambda: self.accept_all_suggestions())
        ui.phraseGroupButton.clicked.connect(lambda: self.group_from_phrase())

        self._start_edited = False
        ui.startDate.dateChanged.connect(self._start_date_edited)

        self.changes_model = ChangeListModel(self)
        ui.changesView.setModel(self.changes_model)
        ui.changesView.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        ui.changesView.header().resizeSection(0, 60)
        ui.changesView.header().resizeSection(1, 110)

        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.splitter.setSizes([760, 460])
        self.ok_button.setText(_tr("导入"))
        cancel = ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(_tr("取消"))
        self._year_timer = QTimer(self)
        self._year_timer.setSingleShot(True)
        self._year_timer.setInterval(300)
        self._year_timer.timeout.connect(self._compare_again)
        ui.yearSpin.valueChanged.connect(lambda _year: self._year_timer.start())
        self.ok_button.clicked.connect(self.start_import)
        self._show_preview(data.preview)
        restored = self._restore(data.saved) if data.saved is not None else ""
        if self.names_model.open_names():
            ui.namesView.selectRow(0)
        self._decisions_changed()
        if restored:
            ui.summaryLabel.setText(ui.summaryLabel.text() + "\n" + restored)

    @property
    def ok_button(self) -> QPushButton:
        """导入 (the dialog's OK)."""
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    def _target_name(self, kind: str, target_id: int) -> str:
        return self._names.get((kind, target_id), _tr("（编号{id}）").format(id=target_id))  # type: ignore[arg-type]

    # ---------------------------------------------------------- the comparison

    def _show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        draft = preview.draft
        ui = self.ui
        if preview.starts_on is not None and not self._start_edited:
            start = preview.starts_on
            ui.startDate.blockSignals(True)  # the service's default, not the clerk's choice
            ui.startDate.setDate(QDate(start.year, start.month, start.day))
            ui.startDate.blockSignals(False)
        self.changes_model.set_changes(preview.changes)
        self.names_model.set_matches(preview.matches, draft)  # names 批量设置 wrote, too
        self._decisions_changed()
        counts = self.changes_model.counts()
        revised = preview.existing_plan_id is not None
        ui.reviewTabs.setTabEnabled(1, revised)
        sections = len(draft.sections)
        summary = _tr("共{sections}个部分、{tasks}项任务，写到{names}个单位名称。").format(
            sections=sections, tasks=len(draft.tasks), names=len(preview.matches)
        )
        if revised:
            summary += _tr(
                "{year}年已导入过工作要点，本次按修订稿更新：新增{added}项、修改{changed}项、"
                "删除{removed}项、不变{unchanged}项；已登记报送材料的任务不会删除。"
            ).format(year=preview.year, **counts)
            ui.changesHint.setText(
                _tr("绿色为新增，橙色为内容或分工有变化，红色为修订稿中已没有的任务。")
            )
        else:
            summary += _tr("{year}年尚未导入工作要点，将作为新的工作要点保存。").format(
                year=preview.year
            )
        if draft.warnings:
            summary += "\n" + _tr("请核对：") + "\n".join(draft.warnings)
        ui.summaryLabel.setText(summary)

    def _compare_again(self) -> None:
        """The year changed: compare with that year's saved plan (a quick job)."""
        ctx, draft, year = self.ctx, self.preview.draft, self.ui.yearSpin.value()
        self._set_busy(True)
        run_job(
            lambda _progress: preview_import(ctx, draft, year),
            title=_tr("正在比较…"),
            on_success=self._compared,
            on_error=self._failed,
            parent=self,
            pool=self.pool,
        )

    def _compared(self, preview: ImportPreview) -> None:
        self._set_busy(False)
        if preview.year != self.ui.yearSpin.value():
            self._year_timer.start()  # the year moved on meanwhile
            return
        self._show_preview(preview)

    def _start_date_edited(self) -> None:
        self._start_edited = True

    def starts_on(self) -> dt.date:
        """The plan's start as the date box shows it (saved with the import)."""
        date = self.ui.startDate.date()
        return dt.date(date.year(), date.month(), date.day())

    # ------------------------------------------------------------- task edits

    def _show_text(self, current: QModelIndex) -> None:
        task = self.plan_model.task(current)
        edit = self.ui.taskTextEdit
        edit.blockSignals(True)
        edit.setPlainText(task.text if task is not None else "")
        edit.blockSignals(False)
        edit.setEnabled(task is not None)

    def _text_edited(self) -> None:
        self.plan_model.set_text(
            self.ui.planView.currentIndex(), self.ui.taskTextEdit.toPlainText()
        )

    # ----------------------------------------------------------------- names

    def current_name(self) -> str | None:
        """The written name of the selected row."""
        index = self.ui.namesView.currentIndex()
        return self.names_model.name_row(index.row()).name if index.isValid() else None

    def select_name(self, name: str) -> None:
        """Make ``name``'s row current."""
        self.ui.namesView.selectRow(self.names_model.row_of(name))

    def pick_target(self, kind: TargetKind, name: str | None = None) -> TargetPicker | None:
        """对应到单位/分组…: a searchable picker, the service's suggestions first."""
        name = name or self.current_name()
        if name is None:
            return None
        match = self.preview.matches[name]
        suggested = [
            (s.kind, int(s.id))  # type: ignore[call-overload]
            for s in match.suggestions
            if s.kind == kind
        ]
        picker = TargetPicker(
            [e for e in self._entries if e.kind == kind],
            suggested=suggested,
            prompt=_tr("“{name}”对应哪个{what}？").format(
                name=name, what=_tr("成员单位") if kind == "unit" else _tr("分组")
            ),
            title=_tr("对应到单位") if kind == "unit" else _tr("对应到分组"),
            parent=self,
        )
        picker.accepted.connect(lambda: self._picked(name, kind, picker.chosen()))
        picker.finished.connect(picker.deleteLater)
        self.picker = picker
        picker.open()
        return picker

    def _picked(self, name: str, kind: TargetKind, chosen: list[PickerEntry]) -> None:
        if chosen:
            self.names_model.decide(name, NameDecision(kind, chosen[0].id))

    def create_unit(self, name: str | None = None) -> None:
        """新建为单位 with the category in the combo box."""
        name = name or self.current_name()
        if name is not None:
            category = self.ui.categoryCombo.currentText().strip()
            self.names_model.decide(name, NameDecision("create", None, category))

    def clear_decision(self, name: str | None = None) -> None:
        """Forget the decision for a name."""
        name = name or self.current_name()
        if name is not None:
            self.names_model.decide(name, None)

    def decisions(self) -> dict[str, NameDecision]:
        """The clerk's decisions, by written name."""
        return self.names_model.decisions()

    def accept_all_suggestions(self, threshold: float = DEFAULT_THRESHOLD) -> int:
        """接受全部建议: decide every open name whose best suggestion is likely enough.

        Names the clerk already decided keep their decision; the count taken is shown.

        Returns:
            How many suggestions were accepted.
        """
        before = self.decisions()
        chosen = accept_suggestions(self.preview, threshold, before)
        taken = {name: d for name, d in chosen.items() if name not in before}
        accepted = self.names_model.decide_many(taken)
        left = len(self.names_model.open_names())
        if accepted:
            note = _tr("已接受{n}条建议。").format(n=accepted)
        else:
            note = _tr("没有把握不低于{threshold}%的建议可接受。").format(
                threshold=round(threshold)
            )
        if left:
            note += _tr("还有{n}个名称请逐一选择。").format(n=left)
        self.ui.statusLabel.setText(note + " " + self.ui.statusLabel.text())
        return accepted

    def _decisions_changed(self) -> None:
        open_names = self.names_model.open_names()
        self.plan_model.set_open_names(open_names)
        label = self.ui.statusLabel
        if open_names:
            label.setStyleSheet("color: #c62828;")
            label.setText(
                _tr("还有{n}个单位名称未对应（红色），逐一选择后才能导入。").format(
                    n=len(open_names)
                )
            )
        else:
            label.setStyleSheet("color: #1b7f3b;")
            label.setText(_tr("单位名称均已对应，可以导入。"))
        self._update_buttons()
        # move on to the next name still to decide
        current = self.current_name()
        if open_names and (current is None or current not in open_names):
            self.select_name(open_names[0])

    def _update_buttons(self) -> None:
        has_name = self.current_name() is not None
        for button in (
            self.ui.mapUnitButton,
            self.ui.mapGroupButton,
            self.ui.createButton,
            self.ui.clearButton,
            self.ui.phraseGroupButton,
        ):
            button.setEnabled(has_name and not self._busy)
        self.ui.acceptAllButton.setEnabled(not self._busy and bool(self.names_model.open_names()))
        self.ok_button.setEnabled(not self._busy and not self.names_model.open_names())

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    # ----------------------------------------------------------------- import

    def accept(self) -> None:
        """OK (or Enter) starts the import; the dialog closes when it is saved."""
        self.start_import()

    def start_import(self) -> Job[tuple[ImportPreview, ImportResult]] | None:
        """Save the reviewed plan in a background job with progress."""
        if self._busy or self.names_model.open_names():
            return None
        draft = self.preview.draft
        draft.title = self.ui.titleEdit.text().strip() or None
        ctx, year, decisions = self.ctx, self.ui.yearSpin.value(), self.decisions()
        source, starts_on = self.source_name, self.starts_on()

        def save(progress: Progress) -> tuple[ImportPreview, ImportResult]:
            return import_reviewed_plan(
                ctx,
                draft,
                year,
                decisions,
                source_name=source,
                starts_on=starts_on,
                progress=progress,
            )

        self._set_busy(True)
        return run_job(
            save,
            title=_tr("正在导入工作要点…"),
            on_success=self._saved,
            on_error=self._failed,
            on_cancel=lambda: self._set_busy(False),
            parent=self,
            pool=self.pool,
        )

    def _saved(self, outcome: tuple[ImportPreview, ImportResult]) -> None:
        self._applied, self.import_result = outcome
        self._busy = False
        if self._drafts_dir is not None and self._file_key is not None:
            discard_review_draft(self._drafts_dir, self._file_key)
        super().accept()

    def applied_preview(self) -> ImportPreview:
        """The preview the import was saved from."""
        return self._applied or self.preview

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.message_box = error_box(self, _tr("导入工作要点"), error)

    # ------------------------------------------------------------------ draft

    def review_draft(self) -> ReviewDraft:
        """What the clerk decided so far: names, the start if moved, rhythms set on review."""
        frequencies: dict[str, str] = {
            task.label: task.frequency
            for task in self.preview.draft.tasks
            if task.frequency is not None
            and task.frequency != self._parsed_frequencies.get(task.label)
        }
        return ReviewDraft(
            self.decisions(), self.starts_on() if self._start_edited else None, frequencies
        )

    def _restore(self, saved: ReviewDraft) -> str:
        """Take up an earlier review of this file; returns the note telling the clerk so."""
        known = set(self._names)
        decisions = {
            name: d
            for name, d in saved.decisions.items()
            if name in self.preview.matches
            and (d.action == "create" or (d.action, d.target_id) in known)
        }
        taken = self.names_model.decide_many(decisions)
        tasks = {task.label: task for task in self.preview.draft.tasks}
        rhythms = 0
        for label, frequency in saved.frequencies.items():
            task = tasks.get(label)
            if task is not None and frequency in FREQUENCIES:
                task.frequency = frequency  # type: ignore[assignment]  # checked just above
                rhythms += 1
        if rhythms:
            self.plan_model.set_draft(self.preview.draft)
            self.ui.planView.expandAll()
        if saved.starts_on is not None:
            start = saved.starts_on
            self.ui.startDate.setDate(QDate(start.year, start.month, start.day))
            self._start_edited = True
        if not (taken or rhythms or saved.starts_on):
            return ""
        return _tr(
            "已恢复上次未完成的核对：{names}个名称的选择、{rhythms}项报送频次{start}。"
        ).format(
            names=taken,
            rhythms=rhythms,
            start=_tr("、起始日期") if saved.starts_on is not None else "",
        )

    def reject(self) -> None:
        """取消 (or Esc, or closing): keep what was decided as a draft for the next review."""
        if self._drafts_dir is not None and self._file_key is not None and not self._busy:
            draft = self.review_draft()
            if draft.decisions or draft.starts_on is not None or draft.frequencies:
                try:
                    save_review_draft(self._drafts_dir, self._file_key, draft)
                except UserError as error:
                    parent = self.parentWidget()
                    if parent is not None:
                        self.message_box = error_box(parent, _tr("导入工作要点"), error)
        super().reject()

    # ---------------------------------------------------------- phrase groups

    def group_from_phrase(self, name: str | None = None) -> PhraseGroupDialog | None:
        """按此短语新建分组…: the selected phrase becomes a group of the ticked categories."""
        name = name or self.current_name()
        if name is None:
            return None
        dialog = PhraseGroupDialog(name, self._members_by_category, self)
        dialog.accepted.connect(lambda: self._make_group(name, dialog.chosen_categories()))
        dialog.finished.connect(dialog.deleteLater)
        self.phrase_dialog = dialog
        dialog.open()
        return dialog

    def _make_group(self, phrase: str, categories: list[str]) -> None:
        ctx = self.ctx
        self._set_busy(True)
        run_job(
            lambda _progress: create_group_from_phrase(ctx, phrase, categories),
            title=_tr("正在新建分组…"),
            on_success=lambda group: self._group_made(phrase, group),
            on_error=self._failed,
            parent=self,
            pool=self.pool,
        )

    def _group_made(self, phrase: str, group: GroupDetail) -> None:
        self._set_busy(False)
        entry = PickerEntry("group", group.id, group.name)
        self._entries.append(entry)
        self._names[("group", group.id)] = group.name
        self.names_model.decide(phrase, NameDecision("group", group.id))
        self.ui.statusLabel.setText(
            _tr("已新建分组“{name}”（{n}个单位）。").format(
                name=group.name, n=len(group.member_ids)
            )
            + " "
            + self.ui.statusLabel.text()
        )
