"""登记报送材料: the dialog that logs what a unit handed in, with files dropped onto it.

A dropped file's name usually says who sent it, on what and for when (人行宝丰支行3月信易贷
白名单.xlsx): the dialog fills unit, task and period from the services' guess
(:mod:`creditdesk.services.arrival_guess`) unless the clerk chose them already, and warns at
once when the same file (same content) was logged before, naming that arrival. The unit box
takes typing (发改委, 人行 …) and the date box a typed date (2026-4-8, 4.8).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QListWidgetItem, QWidget

from creditdesk.services.arrival_guess import guess_arrival, load_guess_book, unit_search_words
from creditdesk.services.context import ServiceContext
from creditdesk.services.inbox import CHANNEL_LABELS
from creditdesk.services.inbox_lookups import ObligationChoice, unit_obligations
from creditdesk.services.periods import Period, period_containing
from creditdesk.services.roster import UnitRow, list_units
from creditdesk.services.submissions import (
    EarlierArrival,
    SubmissionDraft,
    find_earlier_arrivals,
)
from creditdesk.services.tasks import TaskNode, load_task_tree
from creditdesk.ui.common.formatting import format_date
from creditdesk.ui.common.period_choices import fill_period_combo, recent_periods, select_period
from creditdesk.ui.common.translate import translator
from creditdesk.ui.forms.ui_submission_dialog import Ui_SubmissionDialog
from creditdesk.ui.inbox.unit_search import make_searchable

FileChooser = Callable[[QWidget], list[Path]]
"""Asks the clerk for files (a QFileDialog; tests pass a fake)."""


_tr = translator("SubmissionDialog")


def choose_files(parent: QWidget) -> list[Path]:
    """The system's file dialog, several files at once."""
    names, _ = QFileDialog.getOpenFileNames(parent, _tr("选择报送材料文件"))
    return [Path(name) for name in names]


def dropped_files(event: QDropEvent) -> list[Path]:
    """The local files a drag carries (folders and web links left out)."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in paths if path.is_file()]


@dataclass(frozen=True)
class Prefill:
    """What the dialog opens with when started from a matrix cell or a home-page line."""

    unit_id: int | None = None
    node_id: int | None = None
    period: str | None = None
    obligation_id: int | None = None


def _task_nodes(tree: list[TaskNode]) -> list[TaskNode]:
    found: list[TaskNode] = []
    for node in tree:
        if node.kind != "section":
            found.append(node)
        found.extend(_task_nodes(node.children))
    return found


class SubmissionDialog(QDialog):
    """Fields of one submission; :meth:`draft` gives what to log after 保存.

    Args:
        ctx: the workspace's services (units, tasks and obligations are read on opening).
        prefill: unit, task and period to start with.
        files: files to attach at once (dropped on the inbox page).
        file_chooser: what 添加文件… opens.
    """

    def __init__(
        self,
        ctx: ServiceContext,
        parent: QWidget | None = None,
        *,
        prefill: Prefill | None = None,
        files: list[Path] | None = None,
        file_chooser: FileChooser = choose_files,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SubmissionDialog()
        self.ui.setupUi(self)
        self._ctx = ctx
        self._file_chooser = file_chooser
        self._files: list[Path] = []
        self._chosen_by_clerk: set[str] = set()
        self.earlier: list[EarlierArrival] = []
        prefill = prefill or Prefill()
        today = ctx.clock.today()
        self._units: list[UnitRow] = list_units(ctx)
        self._tasks = _task_nodes(load_task_tree(ctx))
        self._book = load_guess_book(ctx)
        ui = self.ui
        ui.unitCombo.addItem(_tr("（请选择单位）"), None)
        for unit in self._units:
            ui.unitCombo.addItem(unit.name, unit.id)
        make_searchable(ui.unitCombo, unit_search_words(self._book))
        ui.receivedDate.today = today
        fill_period_combo(ui.periodCombo, recent_periods(today, years_ahead=1))
        select_period(
            ui.periodCombo, prefill.period or period_containing(today, "quarterly").previous().code
        )
        for code, label in CHANNEL_LABELS.items():
            ui.channelCombo.addItem(_tr(label), code)
        ui.receivedDate.setDate(QDate(today.year, today.month, today.day))
        ui.receivedDate.setMaximumDate(QDate(today.year, today.month, today.day))
        if prefill.unit_id is not None:
            ui.unitCombo.setCurrentIndex(max(ui.unitCombo.findData(prefill.unit_id), 0))
            self._chosen_by_clerk.add("unit")
        if prefill.period is not None:
            self._chosen_by_clerk.add("period")
        self._wanted_node = prefill.node_id
        self._wanted_obligation = prefill.obligation_id
        self._fill_tasks()
        ui.unitCombo.currentIndexChanged.connect(self._fill_tasks)
        ui.periodCombo.currentIndexChanged.connect(self._fill_tasks)
        ui.unitCombo.activated.connect(lambda _: self._chosen_by_clerk.add("unit"))
        ui.periodCombo.activated.connect(lambda _: self._chosen_by_clerk.add("period"))
        ui.taskCombo.activated.connect(lambda _: self._chosen_by_clerk.add("task"))
        ui.addFilesButton.clicked.connect(self._choose_files)
        ui.removeFilesButton.clicked.connect(self._remove_files)
        ui.buttonBox.accepted.connect(self.accept)
        ui.duplicateLabel.hide()
        ui.guessLabel.hide()
        self._update_ok()
        ui.unitCombo.currentIndexChanged.connect(self._update_ok)
        if files:
            self.add_files(files)

    # ------------------------------------------------------------------ values

    def unit_id(self) -> int | None:
        """The unit chosen, if any."""
        value = self.ui.unitCombo.currentData()
        return int(value) if value is not None else None

    def period(self) -> str:
        """The period code chosen."""
        return str(self.ui.periodCombo.currentData())

    def files(self) -> list[Path]:
        """The files to attach, in the order added."""
        return list(self._files)

    def draft(self) -> SubmissionDraft:
        """What 保存 logs."""
        ui = self.ui
        unit_id = self.unit_id()
        assert unit_id is not None
        day = ui.receivedDate.date()
        choice = ui.taskCombo.currentData()
        node_id = obligation_id = None
        if isinstance(choice, ObligationChoice):
            node_id, obligation_id = choice.node_id, choice.obligation_id
            period = choice.period
        else:
            node_id = choice if isinstance(choice, int) else None
            period = self.period()
        return SubmissionDraft(
            unit_id=unit_id,
            period=period,
            received_on=dt.date(day.year(), day.month(), day.day()),
            channel=str(ui.channelCombo.currentData()),
            title=ui.titleEdit.text().strip(),
            notes=ui.notesEdit.toPlainText().strip(),
            node_id=node_id,
            obligation_id=obligation_id,
            files=tuple(self._files),
        )

    # ------------------------------------------------------------------- tasks

    def _fill_tasks(self) -> None:
        """The unit's obligations for the period first, then every other task of the plan."""
        combo = self.ui.taskCombo
        previous = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        unit_id = self.unit_id()
        owed = unit_obligations(self._ctx, unit_id, self.period()) if unit_id is not None else []
        for choice in owed:
            text = _tr("{task}　{period}，截止{due}").format(
                task=f"{choice.task_label}{choice.task_title}",
                period=Period.parse(choice.period).label,
                due=format_date(choice.effective_due),
            )
            combo.addItem(text, choice)
        if owed:
            combo.insertSeparator(combo.count())
        owed_nodes = {c.node_id for c in owed}
        for node in self._tasks:
            if node.id not in owed_nodes:
                combo.addItem(f"{node.label}{node.title}", node.id)
        combo.addItem(_tr("（不关联任务）"), None)
        combo.blockSignals(False)
        combo.setCurrentIndex(self._task_index(owed, previous))
        self._wanted_obligation = None

    def _task_index(self, owed: list[ObligationChoice], previous: object) -> int:
        combo = self.ui.taskCombo
        for i, choice in enumerate(owed):
            if choice.obligation_id == self._wanted_obligation:
                return i
        wanted = self._wanted_node
        if wanted is None and isinstance(previous, ObligationChoice):
            wanted = previous.node_id
        elif wanted is None and isinstance(previous, int):
            wanted = previous
        if wanted is not None:
            for i, choice in enumerate(owed):
                if choice.node_id == wanted:
                    return i
            found = combo.findData(wanted)
            if found >= 0:
                return found
        return 0 if owed else combo.count() - 1

    # ------------------------------------------------------------------- files

    def add_files(self, paths: list[Path]) -> None:
        """Attach files; guess unit and period from the first name; warn about repeats."""
        new = [p for p in paths if p not in self._files]
        if not new:
            return
        for path in new:
            self._files.append(path)
            item = QListWidgetItem(path.name, self.ui.fileList)
            item.setToolTip(str(path))
        self._guess(new[0])
        if not self.ui.titleEdit.text().strip():
            self.ui.titleEdit.setText(new[0].stem)
        self._check_earlier()

    def _guess(self, path: Path) -> None:
        guess = guess_arrival(self._book, path.name)
        unsure = _tr("（不确定）")
        told = []
        # an unsure task the unit owes nothing for does not displace the unit's own items
        take_task = guess.node_id is not None and (guess.task_sure or guess.obligation_id)
        if take_task and "task" not in self._chosen_by_clerk:
            self._wanted_node = guess.node_id  # kept while unit and period change below
            self._wanted_obligation = guess.obligation_id
        if guess.unit_id is not None and "unit" not in self._chosen_by_clerk:
            index = self.ui.unitCombo.findData(guess.unit_id)
            if index >= 0:
                self.ui.unitCombo.setCurrentIndex(index)
                told.append(
                    _tr("报送单位“{unit}”").format(unit=guess.unit_name)
                    + ("" if guess.unit_sure else unsure)
                )
        if "period" not in self._chosen_by_clerk:
            select_period(self.ui.periodCombo, guess.period.code)
            told.append(
                _tr("报送期“{period}”").format(period=guess.period.label)
                + ("" if guess.period_sure else unsure)
            )
        if take_task and "task" not in self._chosen_by_clerk:
            self._wanted_obligation = guess.obligation_id
            self._fill_tasks()
            told.append(
                _tr("任务“{task}”").format(task=guess.task_title)
                + ("" if guess.task_sure else unsure)
            )
        if told:
            self.ui.guessLabel.setText(
                _tr("已按文件名“{name}”填入{what}，请核对。").format(
                    name=path.name, what="、".join(told)
                )
            )
            self.ui.guessLabel.show()

    def _check_earlier(self) -> None:
        self.earlier = find_earlier_arrivals(self._ctx, self._files) if self._files else []
        label = self.ui.duplicateLabel
        if not self.earlier:
            label.hide()
            return
        lines = [_tr("注意：以下文件此前已登记过（内容相同），请确认不是重复报送：")]
        for arrival in self.earlier:
            lines.append(f"• {arrival.file_name}")
            lines.extend(f"　　{where}" for where in arrival.earlier)
        label.setText("\n".join(lines))
        label.setStyleSheet(
            "QLabel { background: #fff4ce; color: #5c4400; border: 1px solid #e0b400;"
            " padding: 6px; }"
        )
        label.show()

    def _choose_files(self) -> None:
        self.add_files(self._file_chooser(self))

    def _remove_files(self) -> None:
        rows = sorted((i.row() for i in self.ui.fileList.selectedIndexes()), reverse=True)
        for row in rows:
            self.ui.fileList.takeItem(row)
            del self._files[row]
        self._check_earlier()

    # -------------------------------------------------------------- drag & drop

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_files(event):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if dropped_files(event):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        files = dropped_files(event)
        if files:
            event.acceptProposedAction()
            self.add_files(files)
        else:
            super().dropEvent(event)

    # -------------------------------------------------------------------- save

    def _update_ok(self) -> None:
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        ok.setText(_tr("保存"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("取消"))
        ok.setEnabled(self.unit_id() is not None)

    def accept(self) -> None:
        if self.unit_id() is None:
            self.ui.unitCombo.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()
