"""开始使用: the first-run checklist at the top of the 工作台, hidden once every step is done."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QWidget

from creditdesk.ui.common.translate import translator

if TYPE_CHECKING:  # the services load the database models: after the window's first paint
    from creditdesk.services.first_run import FirstRunSteps


_tr = translator("FirstRunPanel")


def _titles() -> dict[str, tuple[str, str]]:
    """Step → (what to do, the button that goes there)."""
    return {
        "settings": (_tr("填写信用办名称和文号前缀"), _tr("设置…")),
        "units": (_tr("导入成员单位名册"), _tr("去“单位”页")),
        "plan": (_tr("导入本年度工作要点"), _tr("去“任务”页")),
        "submissions": (_tr("登记已收到的报送材料"), _tr("去“收件”页")),
        "notices": (_tr("为逾期事项生成督办通知"), _tr("去“督办”页")),
    }


class FirstRunPanel(QGroupBox):
    """Five numbered steps, each 已完成 or the next one, with a button that goes there.

    Signals:
        go(step): the clerk asked to do ``step`` (one of ``STEP_KEYS``).
    """

    go = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_tr("开始使用"), parent)
        layout = QGridLayout(self)
        self.states: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        for row, (key, (title, button_text)) in enumerate(_titles().items()):
            layout.addWidget(QLabel(f"{row + 1}. {title}", self), row, 0)
            state = QLabel(self)
            layout.addWidget(state, row, 1)
            button = QPushButton(button_text, self)
            button.clicked.connect(lambda _checked=False, key=key: self.go.emit(key))
            layout.addWidget(button, row, 2)
            self.states[key], self.buttons[key] = state, button
        layout.setColumnStretch(3, 1)
        self.hide()

    def show_steps(self, steps: FirstRunSteps) -> None:
        """Mark each step done or next; hide the panel once all are done."""
        following = steps.next_step
        for key in self.states:
            state = self.states[key]
            if steps.done[key]:
                state.setText(_tr("✓ 已完成"))
                state.setStyleSheet("color: #1b7f3b;")
            elif key == following:
                state.setText(_tr("→ 下一步"))
                state.setStyleSheet("color: #b35c00; font-weight: bold;")
            else:
                state.setText(_tr("未开始"))
                state.setStyleSheet("color: #6b6b6b;")
            self.buttons[key].setDefault(key == following)
        self.setVisible(not steps.all_done)
