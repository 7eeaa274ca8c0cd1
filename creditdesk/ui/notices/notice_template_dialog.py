"""督办通知模板: the title and body of the three levels, the reply time and the red header.

The clerk edits a copy of the wording (:class:`NoticeTemplates`); a sample notice drawn with
it (``preview_template``) follows the typing. Placeholders such as ``{unit}`` are listed with
what they stand for and inserted at the cursor; an unknown one is named at once and keeps the
dialog from closing. The caller saves :meth:`NoticeTemplateDialog.edited` through an undo
command (``notice_commands.SaveTemplatesCommand``).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from creditdesk.services.context import ServiceContext
from creditdesk.services.notice_template import (
    LEVEL_LABELS,
    LEVELS,
    PLACEHOLDERS,
    Level,
    NoticeTemplate,
    NoticeTemplates,
    default_template,
    unknown_placeholders,
)
from creditdesk.services.progress import Progress
from creditdesk.ui.common.dialog_buttons import name_buttons
from creditdesk.ui.common.jobs import LatestJob
from creditdesk.ui.common.messages import error_text
from creditdesk.ui.common.pdf_view import PdfPreview
from creditdesk.ui.common.translate import translator
from creditdesk.ui.forms.ui_notice_template_dialog import Ui_NoticeTemplateDialog

PREVIEW_DELAY_MS = 400
"""Typing pauses this long before the sample notice is drawn again."""

LEVEL_NAMES: dict[Level, str] = {
    "reminder": "提醒函",
    "overdue": "催报通知",
    "supervise": "督办通知",
}


_tr = translator("NoticeTemplateDialog")


def template_problems(templates: NoticeTemplates) -> dict[Level, list[str]]:
    """What the service would refuse, per level (empty lists when all is well)."""
    problems: dict[Level, list[str]] = {level: [] for level in LEVELS}
    for level in LEVELS:
        template = templates.for_level(level)
        if not template.title.strip():
            problems[level].append(_tr("标题不能为空。"))
        unknown = unknown_placeholders(template.title + "\n" + template.body)
        if unknown:
            names = "、".join("{" + name + "}" for name in unknown)
            problems[level].append(
                _tr("无法识别的占位符：{names}（可用的见下方列表）。").format(names=names)
            )
    return problems


class NoticeTemplateDialog(QDialog):
    """Edits the notice wording of all three levels, with a live sample.

    Signals:
        preview_shown(): the sample notice was drawn again.
    """

    preview_shown = Signal()

    def __init__(
        self,
        ctx: ServiceContext,
        pool: QThreadPool,
        templates: NoticeTemplates,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_NoticeTemplateDialog()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.pool = pool
        self._original = templates
        self._edited = templates
        self._level: Level = "overdue"
        self._previews = LatestJob(self, pool, _tr("预览"))
        self._insert_into: QWidget = self.ui.bodyEdit
        self.preview = PdfPreview(self.ui.previewBox)
        self.ui.previewLayout.addWidget(self.preview)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._draw_preview)
        self._setup()
        self._show_level(self._level)
        self._draw_preview()

    def _setup(self) -> None:
        ui = self.ui
        name_buttons(ui.buttonBox, _tr("保存"))
        for level in LEVELS:
            ui.levelCombo.addItem(
                _tr("{label}（{name}）").format(
                    label=LEVEL_LABELS[level], name=_tr(LEVEL_NAMES[level])
                ),
                level,
            )
        ui.levelCombo.setCurrentIndex(LEVELS.index(self._level))
        for name, meaning in PLACEHOLDERS.items():
            item = QListWidgetItem(f"{{{name}}}　{_tr(meaning)}", ui.placeholderList)
            item.setData(Qt.ItemDataRole.UserRole, name)
        ui.replySpin.setValue(self._edited.reply_workdays)
        ui.redHeaderCheck.setChecked(self._edited.red_header)
        ui.levelCombo.currentIndexChanged.connect(self._level_chosen)
        ui.titleEdit.textEdited.connect(self._text_changed)
        ui.bodyEdit.textChanged.connect(self._text_changed)
        ui.replySpin.valueChanged.connect(self._text_changed)
        ui.redHeaderCheck.toggled.connect(self._text_changed)
        ui.placeholderList.itemDoubleClicked.connect(self._insert_item)
        ui.restoreButton.clicked.connect(self.restore_default)
        ui.titleEdit.installEventFilter(self)
        ui.bodyEdit.installEventFilter(self)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.splitter.setStretchFactor(0, 1)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([560, 600])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            self._insert_into = watched  # placeholders go where the clerk was typing
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ values

    @property
    def original(self) -> NoticeTemplates:
        """The wording the dialog was opened with."""
        return self._original

    def edited(self) -> NoticeTemplates:
        """All three levels as edited, with the reply time and header option."""
        ui = self.ui
        current = NoticeTemplate(self._level, ui.titleEdit.text(), ui.bodyEdit.toPlainText())
        return replace(
            self._edited.with_template(current),
            reply_workdays=ui.replySpin.value(),
            red_header=ui.redHeaderCheck.isChecked(),
        )

    def changed(self) -> bool:
        """Whether anything differs from what the dialog was opened with."""
        return self.edited() != self._original

    def level(self) -> Level:
        """The level being edited."""
        return self._level

    def show_level(self, level: Level) -> None:
        """Edit ``level``'s wording (the others keep their edits)."""
        self.ui.levelCombo.setCurrentIndex(LEVELS.index(level))

    # ----------------------------------------------------------------- editing

    def _level_chosen(self, index: int) -> None:
        self._edited = self.edited()
        self._show_level(LEVELS[index])
        self._draw_preview()

    def _show_level(self, level: Level) -> None:
        self._level = level
        template = self._edited.for_level(level)
        ui = self.ui
        ui.titleEdit.setText(template.title)
        ui.bodyEdit.blockSignals(True)
        ui.bodyEdit.setPlainText(template.body)
        ui.bodyEdit.blockSignals(False)
        self._show_problems()

    def _text_changed(self) -> None:
        self._show_problems()
        self._preview_timer.start()

    def _show_problems(self) -> list[str]:
        problems = template_problems(self.edited())
        lines = [
            _tr("{level}：{text}").format(level=LEVEL_LABELS[level], text="".join(texts))
            for level, texts in problems.items()
            if texts
        ]
        self.ui.errorLabel.setText("\n".join(lines))
        return lines

    def insert_placeholder(self, name: str) -> None:
        """Type ``{name}`` at the cursor of the title or body (where the clerk last was)."""
        text = "{" + name + "}"
        if self._insert_into is self.ui.titleEdit:
            self.ui.titleEdit.insert(text)
            self.ui.titleEdit.setFocus()
            self._text_changed()
        else:
            self.ui.bodyEdit.insertPlainText(text)
            self.ui.bodyEdit.setFocus()

    def _insert_item(self, item: QListWidgetItem) -> None:
        self.insert_placeholder(str(item.data(Qt.ItemDataRole.UserRole)))

    def restore_default(self) -> None:
        """Put the program's own wording of the level back into the editor."""
        template = default_template(self._level)
        self.ui.titleEdit.setText(template.title)
        self.ui.bodyEdit.setPlainText(template.body)
        self._text_changed()

    def accept(self) -> None:
        """Close only when the service would take the wording; otherwise say what is wrong."""
        problems = template_problems(self.edited())
        for level in (self._level, *LEVELS):
            if problems[level]:
                if level != self._level:
                    self.show_level(level)
                self._show_problems()
                self.ui.errorLabel.setFocus()
                return
        super().accept()

    # ----------------------------------------------------------------- preview

    def _draw_preview(self) -> None:
        self._preview_timer.stop()
        templates = self.edited()
        level = self._level
        ctx = self.ctx

        def draw(_progress: Progress) -> bytes:
            from creditdesk.services.notice_letters import preview_template

            return preview_template(ctx, templates, level)

        self._previews.start(draw, self._drawn, self._failed)

    def _drawn(self, pdf: bytes) -> None:
        self.preview.set_pdf(pdf)
        self.preview_shown.emit()

    def _failed(self, error: Exception) -> None:
        self.preview.set_message(error_text(error))
        self.preview_shown.emit()
