"""The notices page's document pane: the selected notice's facts and its stored document.

Both are read in the background (:class:`~creditdesk.ui.common.jobs.LatestJob`): moving
quickly through the register shows the last notice selected, never an older one arriving
late, and the list keeps answering the keyboard meanwhile.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QLabel, QWidget

from creditdesk.services.context import ServiceContext
from creditdesk.services.notice_register import NoticeDetail, notice_detail, notice_pdf
from creditdesk.services.progress import Progress
from creditdesk.ui.common.formatting import format_date
from creditdesk.ui.common.jobs import LatestJob
from creditdesk.ui.common.messages import error_text
from creditdesk.ui.common.pdf_view import PdfPreview
from creditdesk.ui.common.translate import translator

_tr = translator("NoticesPage")


@dataclass(frozen=True)
class ShownNotice:
    """The selected notice's details and stored document, read in the background."""

    detail: NoticeDetail
    pdf: bytes


def read_shown(ctx: ServiceContext, notice_id: int) -> ShownNotice:
    """The notice's details and document (a job body)."""
    return ShownNotice(notice_detail(ctx, notice_id), notice_pdf(ctx, notice_id))


def describe(detail: NoticeDetail) -> str:
    """The facts above the document: number and title, then date, reply-by and state."""
    heading = f"{detail.number}　{detail.title}"
    facts = [
        _tr("发文：{date}（{who}）").format(
            date=format_date(detail.issued_on), who=detail.issued_by or _tr("未记录")
        ),
    ]
    if detail.reply_by is not None:
        facts.append(_tr("回复期限：{date}").format(date=format_date(detail.reply_by)))
    facts.append(_tr("状态：{state}").format(state=detail.state_label))
    if not detail.has_stored_pdf:
        facts.append(_tr("原文件不在工作区中，按登记内容重新生成"))
    return heading + "\n" + "　".join(facts)


class NoticeDetailPane:
    """Shows one notice's facts in ``label`` and its document in a :class:`PdfPreview`.

    Args:
        owner: the page; outcomes arriving after it is deleted are dropped.
        label: where the facts go.
        preview: the page viewer the document goes into.
    """

    def __init__(
        self,
        ctx: ServiceContext,
        pool: QThreadPool | None,
        owner: QWidget,
        label: QLabel,
        preview: PdfPreview,
    ) -> None:
        self._ctx = ctx
        self._label = label
        self.preview = preview
        self._reads = LatestJob(owner, pool, _tr("读取通知"))
        self._shown: ShownNotice | None = None
        self.preview.set_message(_tr("选择一份通知查看原文。"))

    def shown_id(self) -> int | None:
        """The notice on show (None while none is)."""
        return self._shown.detail.id if self._shown is not None else None

    def shown_pdf(self) -> bytes:
        """The document on show (empty while none is)."""
        return self._shown.pdf if self._shown is not None else b""

    def show_nothing(self, selected: int) -> None:
        """No single notice selected: say how many are, or how to see one."""
        self._reads.drop()
        self._shown = None
        self._label.clear()
        message = _tr("已选{n}份通知。").format(n=selected) if selected else ""
        self.preview.set_message(message or _tr("选择一份通知查看原文。"))

    def show(self, notice_id: int) -> None:
        """Read this notice and show it when it arrives (unless another was asked for since)."""
        ctx = self._ctx

        def read(_progress: Progress) -> ShownNotice:
            return read_shown(ctx, notice_id)

        self._reads.start(read, self._read, self._failed)

    def _read(self, shown: ShownNotice) -> None:
        same = self._shown is not None and self._shown.pdf == shown.pdf
        self._shown = shown
        self._label.setText(describe(shown.detail))
        if not same:
            self.preview.set_pdf(shown.pdf)

    def _failed(self, error: Exception) -> None:
        self._shown = None
        self._label.clear()
        self.preview.set_message(error_text(error))
