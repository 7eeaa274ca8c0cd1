"""Issuing notices: drafts per unit with the right level, numbering, storage, register, reprint."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import io
import json
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from creditdesk.model import AuditEntry, Notice, Obligation, OfficeSettings, Submission
from creditdesk.output.fonts import FontSet
from creditdesk.services.attachments import stored_path
from creditdesk.services.errors import StaleEditError, UserError
from creditdesk.services.notice_drafts import (
    draft_due_soon,
    draft_for_obligations,
    draft_overdue,
)
from creditdesk.services.notice_issue import issue_notices
from creditdesk.services.notice_letters import preview_pdf
from creditdesk.services.notice_register import (
    combined_pdf,
    export_notice_pdfs,
    notice_detail,
    notice_pdf,
)
from creditdesk.services.notice_states import (
    can_change_state,
    cancel_notice,
    set_notice_state,
    undo_state_change,
)
from creditdesk.services.notices import list_notices

TODAY = dt.date(2026, 11, 22)
PdfToText = Any
Office = Any  # the conftest fixture: .ctx and .units by name


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_overdue_drafts_list_each_units_items_with_material_period_due_date_and_workdays(
    office: Office,
) -> None:
    drafts = draft_overdue(office.ctx, TODAY)
    assert [d.unit for d in drafts] == list(office.units)  # roster order
    draft = drafts[0]
    assert draft.level == "overdue"
    assert [(i.task_title, i.period_label) for i in draft.items] == [
        ("报送信用建设信息简报", "2026年9月"),
        ("落实上级信用政策文件", "2026年第3季度"),
        ("报送信用建设信息简报", "2026年10月"),
    ]
    september = draft.items[0]
    assert september.material == "信用工作信息"
    # 2026-10-05 is in the National Day holiday (10-01 to 10-07): due Thursday 10-08
    assert september.due_date == dt.date(2026, 10, 8)
    # working days after 10-08 up to Sunday 11-22: 10-09, make-up Saturday 10-10, then 6 weeks
    assert september.workdays == 32
    october = draft.items[2]
    assert october.due_date == dt.date(2026, 11, 5) and october.workdays == 11


def test_one_unit_mode_drafts_only_that_unit(office: Office) -> None:
    unit_id = office.units["青禾县教育体育局"]
    drafts = draft_overdue(office.ctx, TODAY, unit_id=unit_id)
    assert [d.unit_id for d in drafts] == [unit_id]


def test_received_items_are_not_chased(office: Office) -> None:
    with office.ctx.session_factory.begin() as session:
        ids = list(session.scalars(select(Obligation.id).where(Obligation.period == "2026-10")))
        first = session.get(Obligation, ids[0])
        assert first is not None
        session.add(
            Submission(
                unit_id=first.unit_id,
                obligation_id=first.id,
                period="2026-10",
                received_on=dt.date(2026, 11, 20),
                created_at=dt.datetime(2026, 11, 20, 9),
            )
        )
    drafts = draft_for_obligations(office.ctx, ids, TODAY)
    assert sum(len(d.items) for d in drafts) == len(ids) - 1


def test_reminders_list_items_due_within_the_warning_days(office: Office) -> None:
    # November's brief is due Monday 2026-12-07 (12-05 is a Saturday): 3 working days after 12-02
    drafts = draft_due_soon(office.ctx, dt.date(2026, 12, 2))
    assert len(drafts) == 3
    assert all(d.level == "reminder" for d in drafts)
    assert [(i.period_label, i.workdays, i.overdue) for i in drafts[0].items] == [
        ("2026年11月", 3, False)
    ]


def test_an_item_chased_before_makes_the_next_notice_a_supervision(office: Office) -> None:
    day = dt.date(2026, 11, 10)
    first = issue_notices(office.ctx, draft_overdue(office.ctx, day), day)
    drafts = draft_overdue(office.ctx, TODAY)
    assert {d.level for d in drafts} == {"supervise"}
    assert [e.number for e in drafts[0].earlier] == [first[0].number]
    # a cancelled notice does not count as chasing
    for notice in first:
        cancel_notice(office.ctx, notice.id)
    assert {d.level for d in draft_overdue(office.ctx, TODAY)} == {"overdue"}


def test_supervision_wording_cites_the_earlier_notice(
    office: Office, fonts: FontSet, pdftotext: PdfToText
) -> None:
    day = dt.date(2026, 11, 10)
    earlier = issue_notices(office.ctx, draft_overdue(office.ctx, day), day, fonts=fonts)
    (draft,) = draft_overdue(office.ctx, TODAY, unit_id=office.units["青禾县财政局"])
    (issued,) = issue_notices(office.ctx, [draft], fonts=fonts)
    text = _flat(pdftotext(notice_pdf(office.ctx, issued.id, fonts)))
    assert "关于督办社会信用体系建设工作材料报送的通知" in text
    assert f"我办已于2026年11月10日以{earlier[0].number}通知督促你单位" in text


def test_preview_shows_a_placeholder_number_and_writes_nothing(
    office: Office, fonts: FontSet, pdftotext: PdfToText
) -> None:
    drafts = draft_overdue(office.ctx, TODAY)
    with office.ctx.session_factory() as session:
        audit_before = session.scalar(select(func.count(AuditEntry.id)))
    data = preview_pdf(office.ctx, drafts, fonts=fonts)
    text = _flat(pdftotext(data))
    assert text.count("青信用办督〔待编号〕") == 3
    assert "〔2026〕1号" not in text
    with office.ctx.session_factory() as session:
        assert session.scalar(select(func.count(Notice.id))) == 0
        assert session.scalar(select(func.count(AuditEntry.id))) == audit_before


def test_a_batch_is_numbered_consecutively_and_each_pdf_is_kept_in_the_workspace(
    office: Office, fonts: FontSet, pdftotext: PdfToText
) -> None:
    issued = issue_notices(office.ctx, draft_overdue(office.ctx, TODAY), fonts=fonts)
    assert [n.number for n in issued] == [f"青信用办督〔2026〕{i}号" for i in (1, 2, 3)]
    store = office.ctx.attachments_dir
    assert store is not None
    for notice in issued:
        path = stored_path(store, notice.pdf_sha256)
        data = path.read_bytes()
        assert hashlib.sha256(data).hexdigest() == notice.pdf_sha256
        text = _flat(pdftotext(data))
        assert notice.number in text and notice.unit + "：" in text
        assert "报送信用建设信息简报" in text and "落实上级信用政策文件" in text
        assert "2026年11月27日前" in text  # 5 working days after 11-22 (a Sunday)
    detail = notice_detail(office.ctx, issued[1].id)
    assert detail.unit == "青禾县犇淼鑫垚商贸有限公司" and detail.state == "issued"
    assert [i.period_label for i in detail.items] == ["2026年9月", "2026年第3季度", "2026年10月"]
    assert detail.title == "关于催报社会信用体系建设工作材料的通知"
    assert detail.body.startswith(detail.title + "\n\n")
    assert "\n{items}\n" in detail.body and detail.reply_by == dt.date(2026, 11, 27)


def test_issuing_is_audited_with_the_items(office: Office, fonts: FontSet) -> None:
    (issued, *_) = issue_notices(office.ctx, draft_overdue(office.ctx, TODAY), fonts=fonts)
    with office.ctx.session_factory() as session:
        entry = session.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "notice", AuditEntry.entity_id == str(issued.id)
            )
        ).one()
    assert entry.action == "发出督办通知" and entry.user == "测试员"
    after = json.loads(entry.after or "{}")
    assert after["number"] == issued.number and len(after["items"]) == 3


def test_issuing_without_a_document_prefix_is_refused_and_writes_nothing(
    office: Office, fonts: FontSet
) -> None:
    with office.ctx.session_factory.begin() as session:
        settings = session.get(OfficeSettings, 1)
        assert settings is not None
        settings.doc_prefix = ""
    with pytest.raises(UserError, match="发文字号前缀"):
        issue_notices(office.ctx, draft_overdue(office.ctx, TODAY), fonts=fonts)
    assert list_notices(office.ctx) == []


def test_a_cancelled_notice_keeps_its_number_and_the_next_issue_takes_the_next(
    office: Office, fonts: FontSet
) -> None:
    drafts = draft_overdue(office.ctx, TODAY)
    first = issue_notices(office.ctx, drafts[:2], fonts=fonts)
    change = cancel_notice(office.ctx, first[1].id, "单位名称写错")
    assert (change.before, change.after) == ("issued", "void")
    (later,) = issue_notices(office.ctx, drafts[2:], fonts=fonts)
    assert later.number == "青信用办督〔2026〕3号"
    register = {row.number: row.state for row in list_notices(office.ctx)}
    assert register == {
        "青信用办督〔2026〕1号": "已发出",
        "青信用办督〔2026〕2号": "已作废",
        "青信用办督〔2026〕3号": "已发出",
    }
    with pytest.raises(UserError, match="已作废"):
        set_notice_state(office.ctx, first[1].id, "replied")


def test_numbering_restarts_each_year(office: Office, fonts: FontSet) -> None:
    drafts = draft_overdue(office.ctx, TODAY)
    issue_notices(office.ctx, drafts[:2], fonts=fonts)
    (next_year,) = issue_notices(office.ctx, drafts[2:], dt.date(2027, 1, 4), fonts=fonts)
    assert next_year.number == "青信用办督〔2027〕1号"


def test_reprint_gives_the_same_bytes(office: Office, fonts: FontSet) -> None:
    (issued, *_) = issue_notices(office.ctx, draft_overdue(office.ctx, TODAY), fonts=fonts)
    store = office.ctx.attachments_dir
    assert store is not None
    original = stored_path(store, issued.pdf_sha256).read_bytes()
    assert notice_pdf(office.ctx, issued.id, fonts) == original


def test_reprint_without_the_stored_file_redraws_the_same_document(
    office: Office, fonts: FontSet
) -> None:
    (issued, *_) = issue_notices(office.ctx, draft_overdue(office.ctx, TODAY), fonts=fonts)
    store = office.ctx.attachments_dir
    assert store is not None
    path = stored_path(store, issued.pdf_sha256)
    original = path.read_bytes()
    path.unlink()
    assert notice_pdf(office.ctx, issued.id, fonts) == original  # same snapshot, same bytes
    # locally the file is gone; a shared database still holds it and fills the cache again
    assert notice_detail(office.ctx, issued.id).has_stored_pdf == office.ctx.blobs_in_database


def test_state_changes_are_audited_and_undone(office: Office, fonts: FontSet) -> None:
    (issued, *_) = issue_notices(office.ctx, draft_overdue(office.ctx, TODAY), fonts=fonts)
    change = set_notice_state(office.ctx, issued.id, "replied")
    assert notice_detail(office.ctx, issued.id).state_label == "已回复"
    redo = undo_state_change(office.ctx, change)
    assert notice_detail(office.ctx, issued.id).state == "issued"
    assert (redo.before, redo.after) == ("replied", "issued")
    set_notice_state(office.ctx, issued.id, "closed")
    with pytest.raises(StaleEditError):
        undo_state_change(office.ctx, change)  # the notice moved on since
    with office.ctx.session_factory() as session:
        actions = list(
            session.scalars(
                select(AuditEntry.action)
                .where(AuditEntry.entity == "notice", AuditEntry.entity_id == str(issued.id))
                .order_by(AuditEntry.id)
            )
        )
    assert actions == [
        "发出督办通知",
        "更改督办通知状态",
        "撤销督办通知状态更改",
        "更改督办通知状态",
    ]


def test_exported_files_are_named_by_number_and_unit(
    office: Office, fonts: FontSet, tmp_path: Any
) -> None:
    issued = issue_notices(office.ctx, draft_overdue(office.ctx, TODAY), fonts=fonts)
    paths = export_notice_pdfs(office.ctx, [n.id for n in issued], tmp_path / "out", fonts)
    assert [p.name for p in paths] == [
        "青信用办督〔2026〕1号-青禾县财政局.pdf",
        "青信用办督〔2026〕2号-青禾县犇淼鑫垚商贸有限公司.pdf",
        "青信用办督〔2026〕3号-青禾县教育体育局.pdf",
    ]


def test_combined_pdf_holds_every_notice_each_on_a_new_sheet(
    office: Office, fonts: FontSet
) -> None:
    issued = issue_notices(office.ctx, draft_overdue(office.ctx, TODAY), fonts=fonts)
    counts = [len(PdfReader(io.BytesIO(notice_pdf(office.ctx, n.id, fonts))).pages) for n in issued]
    reader = PdfReader(io.BytesIO(combined_pdf(office.ctx, [n.id for n in issued])))
    blanks = sum(c % 2 for c in counts[:-1])
    assert len(reader.pages) == sum(counts) + blanks


def test_combined_pdf_embeds_each_font_once_and_carries_the_day_it_was_made(
    office: Office, fonts: FontSet, tmp_path: Path
) -> None:
    """A batch is for printing: one font subset for all its letters, and a real date."""
    issued = issue_notices(office.ctx, draft_overdue(office.ctx, TODAY), fonts=fonts)
    data = combined_pdf(office.ctx, [n.id for n in issued], fonts=fonts)
    singles = sum(len(notice_pdf(office.ctx, n.id, fonts)) for n in issued)
    assert len(data) < singles / 2
    path = tmp_path / "batch.pdf"
    path.write_bytes(data)
    listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    names = [row.split()[0].split("+")[-1] for row in listing.stdout.splitlines()[2:]]
    assert names and len(names) == len(set(names))
    made = PdfReader(io.BytesIO(data)).metadata
    assert made is not None and made.creation_date is not None
    assert abs((made.creation_date.date() - dt.date.today()).days) <= 1


def test_a_draft_with_edited_wording_prints_it_and_reprints_it_without_the_file(
    office: Office, fonts: FontSet, pdftotext: PdfToText
) -> None:
    (draft, *_) = draft_overdue(office.ctx, TODAY)
    edited = dataclasses.replace(
        draft, title="关于尽快报送材料的通知", body="请{unit}抓紧报送以下{count}项材料。\n{items}"
    )
    (issued,) = issue_notices(office.ctx, [edited], fonts=fonts)
    original = notice_pdf(office.ctx, issued.id, fonts)
    text = _flat(pdftotext(original))
    assert "关于尽快报送材料的通知" in text and "请青禾县财政局抓紧报送以下3项材料。" in text
    store = office.ctx.attachments_dir
    assert store is not None
    stored_path(store, issued.pdf_sha256).unlink()
    assert notice_pdf(office.ctx, issued.id, fonts) == original


def test_a_closed_notice_can_no_longer_be_cancelled_or_reopened(
    office: Office, fonts: FontSet
) -> None:
    """已办结 is final, as 作废 is: the service refuses, whatever the caller offers."""
    (issued, *_) = issue_notices(office.ctx, draft_overdue(office.ctx, TODAY), fonts=fonts)
    set_notice_state(office.ctx, issued.id, "closed")
    with pytest.raises(UserError, match="已办结"):
        cancel_notice(office.ctx, issued.id, "重复发送")
    with pytest.raises(UserError, match="已办结"):
        set_notice_state(office.ctx, issued.id, "replied")
    assert notice_detail(office.ctx, issued.id).state == "closed"
    assert not can_change_state("closed", "void")
    assert can_change_state("replied", "closed") and not can_change_state("replied", "issued")
