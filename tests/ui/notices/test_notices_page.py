"""督办 page on the demo office: the register, issuing from the dialog, states with undo,
cancelling, reprinting the stored document, opening and exporting."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from helpers.fakes import Printed
from pypdf import PdfReader
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from creditdesk.services.attachments import stored_path
from creditdesk.services.notice_issue import IssuedNotice
from creditdesk.services.notice_register import notice_detail
from creditdesk.services.notice_states import cancel_notice
from creditdesk.services.notices import list_notices
from creditdesk.services.workspace import Workspace
from creditdesk.ui.common.signals import AppSignals
from creditdesk.ui.notices.notice_issue_dialog import NoticeIssueDialog
from creditdesk.ui.notices.notices_page import NoticesPage
from creditdesk.ui.shell.main_window import MainWindow

NOTICES_ROW = 4
"""督办 in the navigation (Ctrl+5)."""


@pytest.fixture
def notices(qtbot: QtBot, demo_workspace: Workspace, pool: QThreadPool) -> NoticesPage:
    """The notices page on its own over the demo office, shown and loaded."""
    page = NoticesPage(demo_workspace.context, AppSignals(), pool)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.print_document = Printed()
    page.open_file = lambda path: True
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.show()
    return page


def _column(page: NoticesPage, column: int) -> list[str]:
    proxy = page.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def _reloaded(qtbot: QtBot, page: NoticesPage) -> None:
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=10000)


def _select(page: NoticesPage, number: str) -> None:
    ids = {row.id for row in page.model.rows() if row.number == number}
    assert ids, number
    page.select_ids(ids)


def _press_issue(dialog: NoticeIssueDialog, answer: str = "确定发出") -> str:
    """Press 发出 and answer the confirmation with the button named ``answer``.

    Returns:
        What the confirmation said.
    """
    dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok).click()
    box = dialog.confirm_box
    assert box is not None and box.isVisible()
    text = box.text()
    next(b for b in box.buttons() if b.text() == answer).click()
    return text


def _issue(qtbot: QtBot, page: NoticesPage, units: int = 2) -> list[IssuedNotice]:
    """Open 生成通知…, keep the first ``units`` drafts ticked and press 发出."""
    dialog = page.new_notices()
    assert isinstance(dialog, NoticeIssueDialog)
    qtbot.waitUntil(lambda: not dialog.is_loading(), timeout=10000)
    dialog.model.set_all_checked(False)
    for row in range(units):
        dialog.model.setData(
            dialog.model.index(row, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
        )
    with qtbot.waitSignal(dialog.issued, timeout=20000) as issued:
        _press_issue(dialog)
    _reloaded(qtbot, page)
    result: list[IssuedNotice] = issued.args[0]
    box = page.issued_box
    if box is not None:
        box.reject()
    return result


def test_register_lists_the_demo_notices_with_levels_and_states(notices: NoticesPage) -> None:
    assert _column(notices, 0) == [
        "青信用办督〔2025〕3号",
        "青信用办督〔2025〕2号",
        "青信用办督〔2025〕1号",
    ]
    assert _column(notices, 2)[0] == "2025年10月20日"
    assert set(_column(notices, 3)) == {"催报"}
    assert _column(notices, 4) == ["已发出", "已发出", "已回复"]
    assert notices.ui.countLabel.text() == "共3份"
    assert notices.ui.emptyLabel.isHidden()


def test_level_cell_is_red_for_an_overdue_notice(notices: NoticesPage) -> None:
    background = notices.proxy.index(0, 3).data(Qt.ItemDataRole.BackgroundRole)
    colour = background.color()
    assert colour.red() > 200 and colour.green() < 220 and colour.blue() < 220


def test_filters_by_state_and_text(notices: NoticesPage) -> None:
    combo = notices.ui.stateCombo
    combo.setCurrentIndex(combo.findText("已回复"))
    assert _column(notices, 0) == ["青信用办督〔2025〕1号"]
    assert notices.ui.countLabel.text() == "显示1份，共3份"
    (unit,) = _column(notices, 1)  # the demo's first notice goes to its most overdue unit
    combo.setCurrentIndex(0)
    notices.ui.filterEdit.setText(unit)
    assert _column(notices, 1) == [unit]
    year = notices.ui.yearCombo
    assert year.itemText(1) == "2025年"
    notices.ui.filterEdit.clear()
    level = notices.ui.levelCombo
    level.setCurrentIndex(level.findText("提醒"))
    assert _column(notices, 0) == []


def test_issuing_from_the_dialog_numbers_the_notices_after_the_last(
    qtbot: QtBot, notices: NoticesPage
) -> None:
    issued = _issue(qtbot, notices, units=2)
    assert [n.number for n in issued] == ["青信用办督〔2025〕4号", "青信用办督〔2025〕5号"]
    assert _column(notices, 0)[:2] == ["青信用办督〔2025〕5号", "青信用办督〔2025〕4号"]
    assert notices.ui.countLabel.text() == "共5份"
    # the new ones are selected; one of them shows beside the list
    assert sorted(notices.selected_ids()) == sorted(n.id for n in issued)


def test_issue_dialog_preview_shows_an_a4_page_with_the_number_to_come(
    qtbot: QtBot, notices: NoticesPage
) -> None:
    dialog = notices.new_notices(as_of=dt.date(2025, 11, 12))
    assert isinstance(dialog, NoticeIssueDialog)
    with qtbot.waitSignal(dialog.preview_shown, timeout=20000):
        pass
    assert dialog.model.rowCount() > 3
    pixmap = dialog.preview.page_pixmap(0)
    assert not pixmap.isNull()
    assert pixmap.height() / pixmap.width() == pytest.approx(297 / 210, rel=0.01)
    text = pdf_text(dialog.preview.pdf())
    assert "〔待编号〕" in text
    assert dialog.model.draft_at(0).unit in text
    dialog.reject()


def pdf_text(pdf: bytes) -> str:
    import io

    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_level_override_is_what_gets_issued(qtbot: QtBot, notices: NoticesPage) -> None:
    dialog = notices.new_notices()
    assert isinstance(dialog, NoticeIssueDialog)
    qtbot.waitUntil(lambda: not dialog.is_loading(), timeout=10000)
    dialog.model.set_all_checked(False)
    dialog.model.setData(
        dialog.model.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    dialog.model.set_level(0, "supervise")
    assert dialog.model.index(0, 1).data() == "督办"
    ok = dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok)
    assert ok.text() == "发出（1份）"
    with qtbot.waitSignal(dialog.issued, timeout=20000) as issued:
        _press_issue(dialog)
    _reloaded(qtbot, notices)
    assert issued.args[0][0].level == "supervise"
    assert _column(notices, 3)[0] == "督办"


def test_one_unit_mode_drafts_only_that_unit(qtbot: QtBot, notices: NoticesPage) -> None:
    from creditdesk.services.roster import list_units

    unit = next(u for u in list_units(notices.ctx) if u.name == "青禾县财政局")
    dialog = notices.new_notices(unit_id=unit.id)
    assert isinstance(dialog, NoticeIssueDialog)
    qtbot.waitUntil(lambda: not dialog.is_loading(), timeout=10000)
    assert dialog.ui.unitRadio.isChecked()
    assert dialog.ui.unitCombo.currentText() == "青禾县财政局"
    assert [d.unit for d in dialog.model.drafts()] == ["青禾县财政局"]
    dialog.reject()


def test_marking_replied_then_ctrl_z_restores_issued(qtbot: QtBot, demo_window: MainWindow) -> None:
    demo_window.show_page(NOTICES_ROW)
    page = demo_window.current_page()
    assert isinstance(page, NoticesPage)
    _reloaded(qtbot, page)
    _select(page, "青信用办督〔2025〕2号")
    assert page.ui.repliedButton.isEnabled()
    page.ui.repliedButton.click()
    _reloaded(qtbot, page)
    qtbot.waitUntil(lambda: _column(page, 4)[1] == "已回复", timeout=5000)
    assert demo_window.undo_action.text() == "撤销 标记已回复：青信用办督〔2025〕2号"
    demo_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is demo_window, timeout=3000)
    qtbot.keyClick(demo_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _column(page, 4)[1] == "已发出", timeout=5000)
    assert [r.state for r in list_notices(page.ctx) if r.number.endswith("2号")] == ["已发出"]


def test_cancelling_keeps_the_number_and_the_next_issue_takes_the_next_one(
    qtbot: QtBot, notices: NoticesPage
) -> None:
    _select(notices, "青信用办督〔2025〕3号")
    asked: list[str] = []

    def reason(parent: QWidget, number: str) -> str:
        asked.append(number)
        return "单位名称写错"

    notices.ask_reason = reason
    notices.ui.voidButton.click()
    _reloaded(qtbot, notices)
    assert asked == ["青信用办督〔2025〕3号"]
    assert _column(notices, 0)[0] == "青信用办督〔2025〕3号"
    assert _column(notices, 4)[0] == "已作废"
    assert not notices.ui.voidButton.isEnabled()  # void is final
    issued = _issue(qtbot, notices, units=1)
    assert [n.number for n in issued] == ["青信用办督〔2025〕4号"]
    assert _column(notices, 0)[:2] == ["青信用办督〔2025〕4号", "青信用办督〔2025〕3号"]


def test_a_closed_notice_offers_no_further_state_change(qtbot: QtBot, notices: NoticesPage) -> None:
    """已办结 is final: the page asks the service, which allows nothing after it."""
    _select(notices, "青信用办督〔2025〕2号")
    assert notices.ui.voidButton.isEnabled() and notices.ui.closedButton.isEnabled()
    notices.ui.closedButton.click()
    _reloaded(qtbot, notices)
    qtbot.waitUntil(lambda: "已办结" in _column(notices, 4), timeout=5000)
    _select(notices, "青信用办督〔2025〕2号")
    buttons = (notices.ui.repliedButton, notices.ui.closedButton, notices.ui.voidButton)
    assert [button.isEnabled() for button in buttons] == [False, False, False]


def test_a_state_change_another_clerk_overtook_is_told_and_leaves_no_undo_step(
    qtbot: QtBot, notices: NoticesPage
) -> None:
    """The page still shows 已发出, but the notice was voided meanwhile: the service refuses."""
    _select(notices, "青信用办督〔2025〕2号")
    cancel_notice(notices.ctx, notices.selected_ids()[0], "另一位办事员作废")
    assert notices.ui.closedButton.isEnabled()
    notices.ui.closedButton.click()
    qtbot.waitUntil(lambda: _told(notices, "已作废，不能再更改状态"), timeout=5000)
    assert notices.undo_stack.count() == 0


def test_cancel_asks_for_a_reason_and_backing_out_changes_nothing(
    notices: NoticesPage,
) -> None:
    _select(notices, "青信用办督〔2025〕2号")
    notices.ask_reason = lambda parent, number: None
    assert notices.states.cancel_selected() is None
    assert notices.undo_stack.count() == 0


def test_reprint_sends_the_stored_document_byte_for_byte(
    qtbot: QtBot, notices: NoticesPage, demo_workspace: Workspace
) -> None:
    issued = _issue(qtbot, notices, units=1)[0]
    notices.select_ids({issued.id})
    printed = notices.print_document
    assert isinstance(printed, Printed)
    notices.ui.reprintButton.click()
    store = demo_workspace.context.attachments_dir
    assert store is not None
    stored = stored_path(store, issued.pdf_sha256).read_bytes()
    qtbot.waitUntil(lambda: len(printed.jobs) == 1, timeout=5000)
    pdf, title, ask = printed.jobs[-1]
    assert pdf == stored
    assert title == f"{issued.number} {issued.unit}"
    assert ask is False  # straight to the default printer
    notices.ui.printButton.click()
    qtbot.waitUntil(lambda: len(printed.jobs) == 2, timeout=5000)
    assert printed.jobs[-1] == (stored, title, True)  # the same document, asking first
    qtbot.waitUntil(lambda: notices.shown_pdf() == stored, timeout=5000)


def test_open_in_viewer_writes_the_notice_and_opens_it(qtbot: QtBot, notices: NoticesPage) -> None:
    opened: list[Path] = []
    notices.open_file = lambda path: opened.append(path) or True
    _select(notices, "青信用办督〔2025〕1号")
    notices.ui.openButton.click()
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=5000)
    path = opened[0]
    assert path.name.startswith("青信用办督〔2025〕1号-")
    assert path.suffix == ".pdf"
    assert "青信用办督〔2025〕1号" in pdf_text(path.read_bytes())


def _told(page: NoticesPage, text: str) -> bool:
    """Whether a message box of the page says ``text``."""
    return any(text in box.text() for box in page.findChildren(QMessageBox) if box.isVisible())


def test_export_writes_one_pdf_per_notice_and_a_combined_one(
    qtbot: QtBot, notices: NoticesPage, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    notices.documents.export_selected(folder)  # nothing selected: every notice shown
    qtbot.waitUntil(lambda: _told(notices, "已导出3个PDF文件"), timeout=10000)
    assert len(list(folder.glob("*.pdf"))) == 3
    combined = tmp_path / "batch.pdf"
    notices.documents.export_combined(combined)
    qtbot.waitUntil(lambda: _told(notices, "batch.pdf"), timeout=10000)
    reader = PdfReader(combined)
    assert len(reader.pages) >= 3
    detail = notice_detail(notices.ctx, notices.model.rows()[0].id)
    assert detail.number in reader.pages[0].extract_text()


def test_ctrl_n_on_the_page_opens_the_generate_dialog(qtbot: QtBot, notices: NoticesPage) -> None:
    notices.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is notices, timeout=3000)
    qtbot.keyClick(notices.ui.noticeView, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = notices.issue_dialog
    assert isinstance(dialog, NoticeIssueDialog)
    assert dialog.ui.overdueRadio.isChecked()
    qtbot.waitUntil(lambda: not dialog.is_loading(), timeout=10000)
    dialog.reject()


def test_undoing_a_cancel_brings_the_notice_back_with_its_number(
    qtbot: QtBot, notices: NoticesPage
) -> None:
    _select(notices, "青信用办督〔2025〕2号")
    notices.states.cancel_selected("重复发文")
    _reloaded(qtbot, notices)
    assert _column(notices, 4)[1] == "已作废"
    assert notices.undo_stack.undoText() == "作废：青信用办督〔2025〕2号"
    notices.undo_stack.undo()
    _reloaded(qtbot, notices)
    assert _column(notices, 0)[1] == "青信用办督〔2025〕2号"
    assert _column(notices, 4)[1] == "已发出"


def test_after_issuing_print_all_sends_the_batch_in_one_document(
    qtbot: QtBot, notices: NoticesPage
) -> None:
    dialog = notices.new_notices()
    assert isinstance(dialog, NoticeIssueDialog)
    qtbot.waitUntil(lambda: not dialog.is_loading(), timeout=10000)
    dialog.model.set_all_checked(False)
    for row in range(2):
        dialog.model.setData(
            dialog.model.index(row, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
        )
    with qtbot.waitSignal(dialog.issued, timeout=20000):
        _press_issue(dialog)
    box = notices.issued_box
    assert box is not None
    assert "已发出2份通知：青信用办督〔2025〕4号至青信用办督〔2025〕5号" in box.text()
    print_all = next(b for b in box.buttons() if b.text() == "打印全部…")
    print_all.click()
    printed = notices.print_document
    assert isinstance(printed, Printed)
    qtbot.waitUntil(lambda: bool(printed.jobs), timeout=10000)
    pdf, title, ask = printed.jobs[-1]
    assert title == "督办通知（2份）" and ask is True
    text = pdf_text(pdf)
    assert "青信用办督〔2025〕4号" in text and "青信用办督〔2025〕5号" in text


def test_one_notice_gets_its_own_wording_and_is_issued_with_it(
    qtbot: QtBot, notices: NoticesPage
) -> None:
    from creditdesk.ui.notices.notice_wording_dialog import NoticeWordingDialog

    dialog = notices.new_notices()
    assert isinstance(dialog, NoticeIssueDialog)
    with qtbot.waitSignal(dialog.preview_shown, timeout=20000):
        pass
    dialog.model.set_all_checked(False)
    dialog.model.setData(
        dialog.model.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    unit = dialog.model.draft_at(0).unit
    wording = dialog.edit_wording()
    assert isinstance(wording, NoticeWordingDialog)
    wording.ui.titleEdit.setText("关于{unt}报送材料的通知")
    wording.ui.buttonBox.button(wording.ui.buttonBox.StandardButton.Ok).click()
    assert wording.isVisible() and "{unt}" in wording.ui.errorLabel.text()
    wording.ui.titleEdit.setText("关于请{unit}尽快报送材料的通知")
    with qtbot.waitSignal(dialog.preview_shown, timeout=20000):
        wording.ui.buttonBox.button(wording.ui.buttonBox.StandardButton.Ok).click()
    assert dialog.model.index(0, 0).data() == f"{unit}（已改措辞）"
    assert f"关于请{unit}尽快报送材料的通知" in pdf_text(dialog.preview.pdf()).replace("\n", "")
    with qtbot.waitSignal(dialog.issued, timeout=20000) as issued:
        _press_issue(dialog)
    detail = notice_detail(notices.ctx, issued.args[0][0].id)
    assert detail.title == f"关于请{unit}尽快报送材料的通知"


def test_issue_says_which_numbers_it_takes_and_cancel_takes_none(
    qtbot: QtBot, notices: NoticesPage
) -> None:
    dialog = notices.new_notices()
    assert isinstance(dialog, NoticeIssueDialog)
    qtbot.waitUntil(lambda: not dialog.is_loading(), timeout=10000)
    dialog.model.set_all_checked(False)
    for row in range(2):
        dialog.model.setData(
            dialog.model.index(row, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
        )
    units = "、".join(d.unit for d in dialog.model.checked_drafts())
    before = len(list_notices(notices.ctx))

    said = _press_issue(dialog, "取消")
    assert said.startswith(
        f"将占用文号青信用办督〔2025〕4号至青信用办督〔2025〕5号，共2个，发给：{units}。"
    )
    assert dialog.confirm_box is None and dialog.isVisible()  # back in the dialog
    assert dialog.ui.draftPane.isEnabled()  # no issue running
    assert len(list_notices(notices.ctx)) == before  # no number taken

    with qtbot.waitSignal(dialog.issued, timeout=20000) as issued:
        _press_issue(dialog)
    assert [n.number for n in issued.args[0]] == ["青信用办督〔2025〕4号", "青信用办督〔2025〕5号"]
    assert len(list_notices(notices.ctx)) == before + 2
