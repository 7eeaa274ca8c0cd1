"""登记一批报送材料: a dropped folder (or several files) logged at once after one look.

Each file gets the services' guess of unit, task and period (yellow where unsure); the clerk
corrects cells in place, sets the day they arrived, and confirms once. The page logs the
whole batch in one transaction (all or nothing); a file that cannot be kept — unreadable,
gone, too large — is named here before anything is logged.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from creditdesk.services.arrival_guess import GuessBook, guess_arrival, unit_search_words
from creditdesk.services.inbox import CHANNEL_LABELS
from creditdesk.services.submissions import SubmissionDraft, unusable_files
from creditdesk.ui.common.dialog_buttons import name_buttons
from creditdesk.ui.common.period_choices import recent_periods, select_period
from creditdesk.ui.common.translate import translator
from creditdesk.ui.common.typed_date_edit import TypedDateEdit
from creditdesk.ui.inbox.arrival_batch_model import (
    PERIOD,
    TASK,
    UNIT,
    ArrivalBatchModel,
    row_from_guess,
)
from creditdesk.ui.inbox.unit_search import make_searchable

Choices = list[tuple[str, object]]


_tr = translator("ArrivalBatchDialog")


def dropped_paths(event: QDropEvent) -> list[Path]:
    """The local files and folders a drag carries (web links left out)."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in paths if path.exists()]


def files_in(paths: list[Path]) -> list[Path]:
    """The files of ``paths``, folders opened (their subfolders too), hidden files left out."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                p
                for p in sorted(path.rglob("*"))
                if p.is_file()
                and not any(part.startswith((".", "~$")) for part in p.relative_to(path).parts)
            )
        else:
            found.append(path)
    return list(dict.fromkeys(found))


class _ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell with a combo of (label, value); the unit column's is searchable."""

    def __init__(self, choices: Choices, parent: QWidget, words: dict[int, str] | None = None):
        super().__init__(parent)
        self._choices = choices
        self._words = words

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        for label, value in self._choices:
            combo.addItem(label, value)
        if self._words is not None:
            make_searchable(combo, self._words)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        if index.column() == PERIOD:
            select_period(editor, str(value))
        else:
            editor.setCurrentIndex(max(0, editor.findData(value)))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


@dataclass(frozen=True)
class BatchChoice:
    """What the clerk confirmed: when the files arrived and how."""

    received_on: dt.date
    channel: str


class ArrivalBatchDialog(QDialog):
    """The batch table; :meth:`drafts` gives one submission per file after 全部登记."""

    def __init__(self, book: GuessBook, files: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("登记一批报送材料"))
        self.resize(960, 420)
        self.book = book
        self.model = ArrivalBatchModel(book, self)
        self.model.set_rows([row_from_guess(f, guess_arrival(book, f.name)) for f in files])
        layout = QVBoxLayout(self)
        self.summaryLabel = QLabel()
        self.summaryLabel.setWordWrap(True)
        layout.addWidget(self.summaryLabel)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((UNIT, 210), (TASK, 260), (PERIOD, 120)):
            header.resizeSection(column, width)
        units: Choices = [(_tr("（请选择单位）"), None)]
        units += [(u.name, u.unit_id) for u in book.units]
        tasks: Choices = [(f"{t.label}{t.title}", t.node_id) for t in book.tasks]
        tasks.append((_tr("（不关联任务）"), None))
        periods: Choices = [(p.label, p.code) for p in recent_periods(book.today, years_ahead=1)]
        self.table.setItemDelegateForColumn(
            UNIT, _ChoiceDelegate(units, self.table, unit_search_words(book))
        )
        self.table.setItemDelegateForColumn(TASK, _ChoiceDelegate(tasks, self.table))
        self.table.setItemDelegateForColumn(PERIOD, _ChoiceDelegate(periods, self.table))
        layout.addWidget(self.table, 1)
        self.removeButton = QPushButton(_tr("移出本批(&R)"))
        self.removeButton.setToolTip(_tr("所选文件不登记（Delete）"))
        self.table.installEventFilter(self)  # Delete in the table leaves the file out
        self.removeButton.clicked.connect(self.remove_selected)
        layout.addWidget(self.removeButton, 0, Qt.AlignmentFlag.AlignLeft)
        form = QFormLayout()
        self.receivedDate = TypedDateEdit()
        self.receivedDate.today = book.today
        self.receivedDate.setDisplayFormat("yyyy年M月d日")
        self.receivedDate.setCalendarPopup(True)
        today = QDate(book.today.year, book.today.month, book.today.day)
        self.receivedDate.setDate(today)
        self.receivedDate.setMaximumDate(today)
        form.addRow(_tr("收到日期(&D)："), self.receivedDate)
        self.channelCombo = QComboBox()
        for code, label in CHANNEL_LABELS.items():
            self.channelCombo.addItem(_tr(label), code)
        form.addRow(_tr("报送方式(&C)："), self.channelCombo)
        layout.addLayout(form)
        self.errorLabel = QLabel()
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet("color: #c62828")
        self.errorLabel.hide()
        layout.addWidget(self.errorLabel)
        self.buttonBox = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        name_buttons(self.buttonBox, ok=_tr("全部登记"))
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)
        layout.addWidget(self.buttonBox)
        self.model.dataChanged.connect(self._update_summary)
        self.model.rowsRemoved.connect(self._update_summary)
        self._update_summary()
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, UNIT))
        self.table.setFocus()

    def _update_summary(self) -> None:
        rows = self.model.rowCount()
        unsure = self.model.unsure_count()
        text = _tr("共{n}个文件，将各登记为一份报送材料并保存原文件为附件。").format(n=rows)
        if unsure:
            text += _tr("其中{k}个的推测不确定（黄色），请核对；双击单元格可修改。").format(
                k=unsure
            )
        self.summaryLabel.setText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete in the table (not while a cell is being edited) removes the selected files."""
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Delete
            and self.table.state() != QAbstractItemView.State.EditingState
        ):
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)

    def remove_selected(self) -> None:
        """Leave the selected files out of the batch."""
        rows = [index.row() for index in self.table.selectionModel().selectedRows()]
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        self.model.remove_rows(rows)
        self.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.model.rowCount() > 0
        )

    def received_on(self) -> dt.date:
        """The day the batch arrived, as the date box shows it."""
        day = self.receivedDate.date()
        return dt.date(day.year(), day.month(), day.day())

    def drafts(self) -> list[SubmissionDraft]:
        """One submission per file, titled by the file's name."""
        channel = str(self.channelCombo.currentData())
        drafts = []
        for row in self.model.rows:
            assert row.unit_id is not None
            drafts.append(
                SubmissionDraft(
                    unit_id=row.unit_id,
                    period=row.period,
                    received_on=self.received_on(),
                    channel=channel,
                    title=row.path.stem,
                    node_id=row.node_id,
                    obligation_id=row.obligation_id,
                    files=(row.path,),
                )
            )
        return drafts

    def _refuse(self, text: str) -> None:
        self.errorLabel.setText(text)
        self.errorLabel.show()

    def accept(self) -> None:
        """全部登记, unless a row has no unit or a file cannot be kept (said, and kept open)."""
        missing = self.model.rows_without_unit()
        if missing:
            names = "、".join(self.model.rows[i].path.name for i in missing)
            self._refuse(_tr("以下文件尚未选择报送单位：{names}").format(names=names))
            self.table.setCurrentIndex(self.model.index(missing[0], UNIT))
            return
        problems = unusable_files([row.path for row in self.model.rows])
        if problems:
            self._refuse(_tr("以下文件无法登记，本批均未登记：") + "\n" + "\n".join(problems))
            return
        super().accept()
