"""Notice wording in settings: defaults, edits saved with version and audit, previews."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any

import pytest
from sqlalchemy import select

from creditdesk.model import AuditEntry, OfficeSettings
from creditdesk.output.fonts import FontSet
from creditdesk.services.errors import StaleEditError, UserError
from creditdesk.services.notice_drafts import draft_overdue
from creditdesk.services.notice_issue import issue_notices
from creditdesk.services.notice_letters import preview_template
from creditdesk.services.notice_register import notice_pdf
from creditdesk.services.notice_template import (
    DEFAULT_BODIES,
    DEFAULT_TITLES,
    LEVELS,
    PLACEHOLDERS,
    NoticeTemplate,
    body_paragraphs,
    load_notice_templates,
    save_notice_templates,
)

Office = Any
PdfToText = Any


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_a_new_workspace_has_three_default_wordings(office: Office) -> None:
    templates = load_notice_templates(office.ctx)
    for level in LEVELS:
        template = templates.for_level(level)
        assert template.is_default
        assert template.title == DEFAULT_TITLES[level]
    assert "提醒" in templates.reminder.title
    assert "催报" in templates.overdue.title
    assert "督办" in templates.supervise.title
    assert templates.reply_workdays == 5 and templates.red_header


def test_default_wordings_use_only_known_placeholders_and_place_the_table() -> None:
    for level in LEVELS:
        names = re.findall(r"\{(\w+)\}", DEFAULT_BODIES[level] + DEFAULT_TITLES[level])
        assert set(names) <= set(PLACEHOLDERS)
        assert "{items}" in body_paragraphs(DEFAULT_BODIES[level])


def test_saving_wording_bumps_the_version_is_audited_and_keeps_defaults_unstored(
    office: Office,
) -> None:
    templates = load_notice_templates(office.ctx)
    edited = templates.with_template(
        NoticeTemplate("overdue", "关于催交材料的函", "请{unit}于{reply_deadline}前报送。\n{items}")
    )
    saved = save_notice_templates(office.ctx, dataclasses.replace(edited, reply_workdays=3))
    assert saved.version == templates.version + 1
    assert saved.overdue.title == "关于催交材料的函" and not saved.overdue.is_default
    assert saved.reminder.is_default and saved.reply_workdays == 3
    with office.ctx.session_factory() as session:
        row = session.get(OfficeSettings, 1)
        assert row is not None
        assert row.notice_reminder_body == ""  # unchanged defaults follow program updates
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "修改督办通知模板")
        ).one()
    assert "关于催交材料的函" in (entry.after or "")
    # undo: the old copy re-based on the new version
    restored = save_notice_templates(
        office.ctx, dataclasses.replace(templates, version=saved.version)
    )
    assert restored.overdue.is_default and restored.reply_workdays == 5


def test_a_copy_read_before_another_save_is_refused(office: Office) -> None:
    templates = load_notice_templates(office.ctx)
    save_notice_templates(office.ctx, dataclasses.replace(templates, red_header=False))
    with pytest.raises(StaleEditError):
        save_notice_templates(office.ctx, dataclasses.replace(templates, reply_workdays=7))


def test_unknown_placeholders_and_empty_titles_are_refused(office: Office) -> None:
    templates = load_notice_templates(office.ctx)
    bad = templates.with_template(NoticeTemplate("reminder", " ", "请{单位}和{unitname}报送"))
    with pytest.raises(UserError) as raised:
        save_notice_templates(office.ctx, bad)
    assert "提醒通知的标题不能为空" in str(raised.value)
    assert "{unitname}" in str(raised.value)


def test_template_preview_shows_the_edited_wording_with_sample_data(
    office: Office, fonts: FontSet, pdftotext: PdfToText
) -> None:
    templates = load_notice_templates(office.ctx).with_template(
        NoticeTemplate("supervise", "督办函", "{unit}：{earlier}所列材料仍未报送。\n{items}")
    )
    text = _flat(pdftotext(preview_template(office.ctx, templates, "supervise", fonts)))
    assert "督办函" in text and "示例单位：（此前通知文号）所列材料仍未报送。" in text
    assert "青信用办督〔待编号〕" in text
    assert load_notice_templates(office.ctx).supervise.is_default  # nothing saved


def test_issued_notices_use_the_saved_wording_with_placeholders_filled(
    office: Office, fonts: FontSet, pdftotext: PdfToText
) -> None:
    templates = load_notice_templates(office.ctx)
    save_notice_templates(
        office.ctx,
        templates.with_template(
            NoticeTemplate(
                "overdue",
                "关于{period}材料的催报函",
                "{unit}：截至{as_of}，{items}共{count}项未报。\n"
                "{items}\n"
                "请于{reply_deadline}前报送。联系人：{contact}，电话：{phone}。{office}，{date}。",
            )
        ),
    )
    (draft, *_) = draft_overdue(office.ctx, dt.date(2026, 11, 22))
    (issued,) = issue_notices(office.ctx, [draft], fonts=fonts)
    text = _flat(pdftotext(notice_pdf(office.ctx, issued.id, fonts)))
    assert "关于2026年9月、2026年第3季度、2026年10月材料的催报函" in text
    assert "截至2026年11月22日，“报送信用建设信息简报”“落实上级信用政策文件”共3项未报。" in text
    assert "请于2026年11月27日前报送。联系人：李静，电话：0391-6218800。" in text
