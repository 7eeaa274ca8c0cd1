"""The inbox table (收件): what each unit handed in, newest first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from creditdesk.services.inbox import SubmissionRow
from creditdesk.ui.formatting import format_date
from creditdesk.ui.models.row_table_model import Column, RowTableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("SubmissionTableModel", text)


def _task(row: SubmissionRow) -> str:
    return f"{row.task_label} {row.task_title}".strip()


class SubmissionTableModel(RowTableModel[SubmissionRow]):
    """Submissions as ``list_submissions`` returns them (states and channels already Chinese)."""

    def __init__(self, parent: QObject | None = None) -> None:
        columns: list[Column[SubmissionRow]] = [
            Column(
                _tr("收到日期"),
                lambda row: format_date(row.received_on),
                sort_key=lambda row: row.received_on.isoformat(),
            ),
            Column(_tr("报送单位"), lambda row: row.unit),
            Column(_tr("任务"), _task, tooltip=_task),
            Column(_tr("报送期"), lambda row: row.period_label),
            Column(_tr("材料标题"), lambda row: row.title, tooltip=lambda row: row.title),
            Column(_tr("报送方式"), lambda row: row.channel),
            Column(_tr("审核状态"), lambda row: row.review_state),
            Column(
                _tr("附件"),
                lambda row: str(row.attachment_count),
                sort_key=lambda row: row.attachment_count,
                numeric=True,
            ),
        ]
        super().__init__(columns, parent)
