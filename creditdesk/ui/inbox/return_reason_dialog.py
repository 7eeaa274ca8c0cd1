"""退回补充: asks why the material goes back, since the next notice tells the unit what to add."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QInputDialog, QWidget

from creditdesk.ui.common.dialog_buttons import name_buttons
from creditdesk.ui.common.translate import translator

_tr = translator("ReturnReasonDialog")


class ReturnReasonDialog(QInputDialog):
    """A multi-line reason for returning ``count`` submissions; OK with no reason is refused."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("退回补充"))
        self.setInputMode(QInputDialog.InputMode.TextInput)
        self.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        self._prompt = _tr("退回{n}件报送材料，请写明需补充的内容（将写入下一份通知）：").format(
            n=count
        )
        self.setLabelText(self._prompt)
        box = self.findChild(QDialogButtonBox)
        if box is not None:
            name_buttons(box)

    def reason(self) -> str:
        """The reason as typed, trimmed."""
        return self.textValue().strip()

    def done(self, result: int) -> None:
        """Close, unless OK was pressed with no reason: then say so and stay open."""
        if result == QDialog.DialogCode.Accepted and not self.reason():
            self.setLabelText(_tr("请填写退回原因，单位需要知道补充什么。") + "\n" + self._prompt)
            return
        super().done(result)
