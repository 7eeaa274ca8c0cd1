"""文件 → 操作记录: the audit log newest first, narrowed by the filters the clerk sets."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from creditdesk.model import AuditEntry
from creditdesk.services.audit_view import AuditFilter
from creditdesk.services.context import ServiceContext
from creditdesk.services.workspace import Workspace
from creditdesk.ui.audit.audit_log_dialog import AuditLogDialog
from creditdesk.ui.shell.main_window import MainWindow


def _column(dialog: AuditLogDialog, column: int) -> list[str]:
    model = dialog.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def _log(ctx: ServiceContext) -> None:
    with ctx.session_factory.begin() as session:
        for day, user, action, entity, after in (
            (1, "王芳", "新增单位", "unit", '{"name": "县档案馆"}'),
            (2, "李强", "审核报送材料", "submission", None),
            (3, "王芳", "发出督办通知", "notice", '{"number": "宝信用〔2025〕3号"}'),
        ):
            session.add(AuditEntry(at=dt.datetime(2025, 3, day, 9), user=user, action=action,
                                   entity=entity, entity_id=str(day), after=after))  # fmt: skip


def test_the_menu_opens_the_log_newest_first_and_every_filter_narrows_it(
    qtbot: QtBot, empty_window: MainWindow, empty_workspace: Workspace
) -> None:
    _log(empty_workspace.context)
    empty_window.audit_action.trigger()
    dialogs = empty_window.findChildren(AuditLogDialog)
    assert len(dialogs) == 1
    dialog = dialogs[0]
    actions = _column(dialog, 3)
    assert actions[-3:] == ["发出督办通知", "审核报送材料", "新增单位"]  # oldest last
    assert dialog.model.total == len(actions)  # the workspace's own entries are newer
    assert dialog.countLabel.text() == f"共{dialog.model.total}条记录"

    dialog.dateCheck.setChecked(True)
    dialog.startDate.setDate(QDate(2025, 3, 2))
    dialog.endDate.setDate(QDate(2025, 3, 3))
    assert _column(dialog, 3) == ["发出督办通知", "审核报送材料"]
    assert _column(dialog, 0) == ["2025年3月3日 09:00:00", "2025年3月2日 09:00:00"]

    dialog.userCombo.setCurrentIndex(dialog.userCombo.findData("李强"))
    assert _column(dialog, 3) == ["审核报送材料"] and _column(dialog, 2) == ["报送材料"]
    dialog.userCombo.setCurrentIndex(0)

    dialog.kindCombo.setCurrentIndex(dialog.kindCombo.findText("督办通知"))
    assert _column(dialog, 3) == ["发出督办通知"]
    dialog.kindCombo.setCurrentIndex(0)
    dialog.dateCheck.setChecked(False)

    dialog.searchEdit.setText("县档案馆")  # typed: the search waits for a pause
    qtbot.waitUntil(lambda: _column(dialog, 3) == ["新增单位"], timeout=3000)
    assert dialog.countLabel.text() == "共1条记录"
    dialog.view.setCurrentIndex(dialog.model.index(0, 0))
    assert "修改后：\n　单位名称: 县档案馆" in dialog.detailEdit.toPlainText()
    dialog.close()


def test_a_long_log_is_read_a_page_at_a_time(qtbot: QtBot, empty_workspace: Workspace) -> None:
    ctx = empty_workspace.context
    with ctx.session_factory.begin() as session:
        for n in range(450):
            session.add(AuditEntry(at=dt.datetime(2025, 1, 1) + dt.timedelta(minutes=n),
                                   user="王芳", action=f"操作{n}", entity="unit"))  # fmt: skip
    dialog = AuditLogDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.kindCombo.setCurrentIndex(dialog.kindCombo.findText("单位"))
    assert dialog.model.total == 450 and dialog.model.rowCount() == 200
    assert _column(dialog, 3)[0] == "操作449"
    dialog.show()
    dialog.view.scrollToBottom()
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 200, timeout=3000)
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)


def test_the_audit_model_keeps_qt_model_rules_while_paging(
    qtmodeltester: Any, empty_workspace: Workspace
) -> None:
    from creditdesk.ui.audit.audit_table_model import AuditTableModel

    ctx = empty_workspace.context
    _log(ctx)
    model = AuditTableModel(ctx, page_size=2)
    model.set_filters(AuditFilter())
    assert model.rowCount() == 2 and model.canFetchMore()
    qtmodeltester.check(model)
    model.fetchMore()
    assert model.rowCount() == min(4, model.total)
