"""The inbox: logging with files, duplicates, guesses from file names, filters, bulk review."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from factories import add_plan, add_task, add_units
from sqlalchemy import func, select

from creditdesk.model import Alias, Attachment, AuditEntry, Obligation, Submission
from creditdesk.services.arrival_guess import guess_arrivals
from creditdesk.services.attachments import stored_path
from creditdesk.services.context import ServiceContext
from creditdesk.services.due_rules import DueRule
from creditdesk.services.errors import StaleEditError, UserError
from creditdesk.services.extensions import grant_extension, restore_extension
from creditdesk.services.inbox import (
    InboxFilter,
    count_submissions,
    list_submissions,
    period_codes_within,
)
from creditdesk.services.obligations import regenerate
from creditdesk.services.submissions import (
    SubmissionDraft,
    delete_submission,
    find_earlier_arrivals,
    log_submission,
    restore_reviews,
    restore_submission,
    review,
)


@pytest.fixture
def office(ctx: ServiceContext) -> dict[str, int]:
    with ctx.session_factory.begin() as session:
        tax, civil = add_units(session, "国家税务总局西平县税务局", "西平县民政局")
        session.add(Alias(name="县税务局", unit_id=tax.id))
        _, section = add_plan(session, 2024)
        task = add_task(
            session,
            section,
            "纳税信息归集",
            "quarterly",
            DueRule("after_period_end", n=5),
            [tax, civil],
        )
        regenerate(session)
        return {"tax": tax.id, "civil": civil.id, "task": task.id}


def _file(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def test_logging_stores_files_by_hash_and_links_the_obligation(
    ctx: ServiceContext, office: dict[str, int], tmp_path: Path
) -> None:
    report = _file(tmp_path, "县税务局-2024年三季度信用工作总结.docx", "三季度总结")
    logged = log_submission(
        ctx,
        SubmissionDraft(
            unit_id=office["tax"],
            period="2024Q3",
            received_on=dt.date(2024, 10, 9),
            title="三季度信用工作总结",
            node_id=office["task"],
            files=(report,),
        ),
    )
    assert logged.duplicates == []
    with ctx.session_factory() as session:
        submission = session.get(Submission, logged.id)
        assert submission is not None
        obligation = session.get(Obligation, submission.obligation_id)
        assert obligation is not None and (obligation.unit_id, obligation.period) == (
            office["tax"],
            "2024Q3",
        )
        attachment = submission.attachments[0]
        assert attachment.original_name == "县税务局-2024年三季度信用工作总结.docx"
        assert (
            session.scalar(select(AuditEntry.action).order_by(AuditEntry.id.desc()))
            == "登记报送材料"
        )
    assert ctx.attachments_dir is not None
    assert (
        stored_path(ctx.attachments_dir, attachment.sha256).read_text(encoding="utf-8")
        == "三季度总结"
    )


def test_the_same_file_again_is_flagged_with_where_it_came_before(
    ctx: ServiceContext, office: dict[str, int], tmp_path: Path
) -> None:
    first = _file(tmp_path, "总结.docx", "同一份内容")
    again = _file(tmp_path, "总结（重发）.docx", "同一份内容")
    log_submission(
        ctx,
        SubmissionDraft(
            office["tax"], "2024Q3", dt.date(2024, 10, 9), title="三季度总结", files=(first,)
        ),
    )
    assert find_earlier_arrivals(ctx, [again])[0].earlier == [
        "2024年10月9日 国家税务总局西平县税务局《三季度总结》（文件名 总结.docx）"
    ]
    logged = log_submission(
        ctx, SubmissionDraft(office["civil"], "2024Q3", dt.date(2024, 10, 12), files=(again,))
    )
    assert logged.duplicates[0].file_name == "总结（重发）.docx"
    with ctx.session_factory() as session:
        hashes = set(session.scalars(select(Attachment.sha256)))
    assert len(hashes) == 1  # stored once


def test_unit_and_period_are_guessed_from_the_file_name(
    ctx: ServiceContext, office: dict[str, int]
) -> None:
    guess, nothing = guess_arrivals(
        ctx, ["县税务局-2024年三季度信用工作总结.docx", "会议纪要.docx"]
    )
    assert guess.unit_id == office["tax"] and guess.period.code == "2024Q3"
    assert nothing.unit_id is None and not nothing.unit_sure and not nothing.period_sure


def test_filters_narrow_by_unit_period_state_text_and_dates(
    ctx: ServiceContext, office: dict[str, int]
) -> None:
    for unit, period, day, title in [
        ("tax", "2024Q3", dt.date(2024, 10, 9), "三季度纳税"),
        ("tax", "2024-08", dt.date(2024, 9, 3), "八月报表"),
        ("civil", "2024Q3", dt.date(2024, 10, 15), "社会组织"),
        ("civil", "2024Q2", dt.date(2024, 7, 5), "二季度"),
    ]:
        log_submission(ctx, SubmissionDraft(office[unit], period, day, title=title))
    q3 = InboxFilter(period="2024Q3")
    assert {r.title for r in list_submissions(ctx, filters=q3)} == {
        "三季度纳税",
        "八月报表",
        "社会组织",
    }
    assert count_submissions(ctx, InboxFilter(unit_id=office["civil"])) == 2
    assert [r.title for r in list_submissions(ctx, filters=InboxFilter(text="八月"))] == [
        "八月报表"
    ]
    window = InboxFilter(received_from=dt.date(2024, 10, 1), received_to=dt.date(2024, 10, 10))
    assert [r.title for r in list_submissions(ctx, filters=window)] == ["三季度纳税"]
    oldest_first = list_submissions(
        ctx, filters=InboxFilter(), sort="received_on", descending=False
    )
    assert oldest_first[0].title == "二季度"
    assert "2024-07" in period_codes_within("2024Q3") and "2024-10" not in period_codes_within(
        "2024Q3"
    )


def test_bulk_review_sets_states_and_undo_puts_them_back(
    ctx: ServiceContext, office: dict[str, int]
) -> None:
    ids = [
        log_submission(ctx, SubmissionDraft(office["tax"], "2024Q3", dt.date(2024, 10, 9))).id,
        log_submission(ctx, SubmissionDraft(office["civil"], "2024Q3", dt.date(2024, 10, 9))).id,
    ]
    previous = review(ctx, ids, "returned")
    rows = list_submissions(ctx, filters=InboxFilter(review_state="returned"))
    assert {r.review_state for r in rows} == {"退回补充"} and len(rows) == 2
    restore_reviews(ctx, previous)
    assert count_submissions(ctx, InboxFilter(review_state="pending")) == 2
    with pytest.raises(UserError):
        review(ctx, ids, "approved-ish")


def test_deleted_submission_comes_back_with_its_files(
    ctx: ServiceContext, office: dict[str, int], tmp_path: Path
) -> None:
    logged = log_submission(
        ctx,
        SubmissionDraft(
            office["tax"], "2024Q3", dt.date(2024, 10, 9), files=(_file(tmp_path, "a.pdf", "x"),)
        ),
    )
    snapshot = delete_submission(ctx, logged.id)
    assert count_submissions(ctx, InboxFilter()) == 0
    restore_submission(ctx, snapshot)
    with ctx.session_factory() as session:
        restored = session.get(Submission, logged.id)
        assert restored is not None and [a.original_name for a in restored.attachments] == ["a.pdf"]


def test_extension_needs_a_reason_and_a_later_date_and_is_undoable(
    ctx: ServiceContext, office: dict[str, int]
) -> None:
    with ctx.session_factory() as session:
        obligation = session.scalars(
            select(Obligation).where(Obligation.period == "2024Q3")
        ).first()
        assert obligation is not None
    with pytest.raises(UserError, match="延期理由"):
        grant_extension(ctx, obligation.id, obligation.due_date + dt.timedelta(days=10), " ")
    with pytest.raises(UserError, match="晚于"):
        grant_extension(ctx, obligation.id, obligation.due_date, "系统故障")
    previous = grant_extension(
        ctx, obligation.id, obligation.due_date + dt.timedelta(days=10), "系统故障"
    )
    restore_extension(ctx, obligation.id, previous)
    with ctx.session_factory() as session:
        row = session.get(Obligation, obligation.id)
        assert row is not None and row.extended_to is None
        actions = list(
            session.scalars(select(AuditEntry.action).where(AuditEntry.entity == "obligation"))
        )
    assert actions == ["批准延期", "撤销延期操作"]


def test_logging_for_a_missing_unit_writes_nothing(
    ctx: ServiceContext, office: dict[str, int]
) -> None:
    with pytest.raises(UserError):
        log_submission(ctx, SubmissionDraft(9999, "2024Q3", dt.date(2024, 10, 9)))
    with pytest.raises(UserError, match="期间"):
        log_submission(ctx, SubmissionDraft(office["tax"], "三季度", dt.date(2024, 10, 9)))
    with ctx.session_factory() as session:
        assert session.scalar(select(func.count(Submission.id))) == 0


def test_undoing_a_review_another_clerk_has_since_changed_is_refused_naming_them(
    ctx: ServiceContext, office: dict[str, int]
) -> None:
    other = replace(ctx, user="王芳")  # a second clerk, in their own sessions
    ids = [
        log_submission(ctx, SubmissionDraft(office["tax"], "2024Q3", dt.date(2024, 10, 9))).id,
        log_submission(ctx, SubmissionDraft(office["civil"], "2024Q3", dt.date(2024, 10, 9))).id,
    ]
    previous = review(ctx, ids, "returned")
    review(other, ids[1:], "accepted")  # she reviews one of them again
    with pytest.raises(StaleEditError, match="王芳"):
        restore_reviews(ctx, previous)
    states = {r.id: r.review_state for r in list_submissions(ctx, filters=InboxFilter())}
    assert states == {ids[0]: "退回补充", ids[1]: "合格"}  # nothing was put back
