"""修改本份措辞: the title and body of one notice before it is issued, leaving the template be.

Sometimes one unit needs a sentence more (a meeting it missed, a leader's instruction). The
clerk edits that draft's wording here, with the same placeholders as the template; 恢复模板措辞
goes back to the level's template wording.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from creditdesk.services.notice_template import PLACEHOLDERS, NoticeTemplate, unknown_placeholders
from creditdesk.ui.common.dialog_buttons import name_buttons
from creditdesk.ui.common.translate import translator
from creditdesk.ui.forms.ui_notice_wording_dialog import Ui_NoticeWordingDialog

_tr = translator("NoticeWordingDialog")


class NoticeWordingDialog(QDialog):
    """Edits one draft's wording, starting from its own or its level's template wording.

    Args:
        unit: the receiving unit, named in the hint.
        template: the level's template wording (what 恢复模板措辞 returns to).
        title, body: the draft's own wording, None where it follows the template.
    """

    def __init__(
        self,
        unit: str,
        template: NoticeTemplate,
        title: str | None,
        body: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_NoticeWordingDialog()
        self.ui.setupUi(self)
        self._template = template
        self._use_template = title is None and body is None
        name_buttons(self.ui.buttonBox)
        self.ui.hintLabel.setText(
            _tr("只修改给{unit}的这一份通知；通知模板不变。").format(unit=unit)
        )
        self.ui.placeholderLabel.setText(
            _tr("可用占位符：{names}").format(names=" ".join("{" + n + "}" for n in PLACEHOLDERS))
        )
        self.ui.titleEdit.setText(title if title is not None else template.title)
        self.ui.bodyEdit.setPlainText(body if body is not None else template.body)
        self.ui.titleEdit.textChanged.connect(self._edited)
        self.ui.bodyEdit.textChanged.connect(self._edited)
        self.ui.templateButton.clicked.connect(self.use_template)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def wording(self) -> tuple[str | None, str | None]:
        """(title, body) for the draft: (None, None) when it follows the template."""
        title = self.ui.titleEdit.text().strip()
        body = self.ui.bodyEdit.toPlainText().strip()
        if self._use_template or (title, body) == (self._template.title, self._template.body):
            return None, None
        return title, body

    def use_template(self) -> None:
        """Show the template wording again and follow it."""
        self.ui.titleEdit.setText(self._template.title)
        self.ui.bodyEdit.blockSignals(True)
        self.ui.bodyEdit.setPlainText(self._template.body)
        self.ui.bodyEdit.blockSignals(False)
        self._use_template = True
        self.ui.errorLabel.clear()

    def _edited(self) -> None:
        self._use_template = False
        self.problems()

    def problems(self) -> list[str]:
        """What keeps the wording from being used (also shown in the dialog)."""
        found = []
        if not self.ui.titleEdit.text().strip():
            found.append(_tr("标题不能为空。"))
        unknown = unknown_placeholders(
            self.ui.titleEdit.text() + "\n" + self.ui.bodyEdit.toPlainText()
        )
        if unknown:
            names = "、".join("{" + name + "}" for name in unknown)
            found.append(_tr("无法识别的占位符：{names}。").format(names=names))
        self.ui.errorLabel.setText("".join(found))
        return found

    def accept(self) -> None:
        """Close only with wording the letter can be drawn from."""
        if not self.problems():
            super().accept()
