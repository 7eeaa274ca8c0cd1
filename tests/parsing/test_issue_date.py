"""The plan's issue date (成文日期) comes from the cover notice's date line, not a deadline."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from creditdesk.parsing.issue_date import find_issue_date, parse_date
from creditdesk.services.plan_import import read_plan

PLANS = Path(__file__).resolve().parents[1] / "data" / "plans"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["关于印发《工作方案》的通知", "2023年4月18日", "2023年11月30日"], dt.date(2023, 4, 18)),
        (["（2022年2月16日）"], dt.date(2022, 2, 16)),
        (["宝丰县社会信用体系建设领导小组办公室  二〇二二年二月十六日"], dt.date(2022, 2, 16)),
        (["二〇二二年二月十六日"], dt.date(2022, 2, 16)),
        (["各单位要于2023年11月30日前完成。", "（县发改委负责，2023年6月30日）前"], None),
        (["2023年2月30日"], None),
    ],
)
def test_only_a_standalone_date_line_is_the_issue_date(
    lines: list[str], expected: dt.date | None
) -> None:
    assert find_issue_date(lines) == expected


def test_dates_in_chinese_numerals_read_as_dates() -> None:
    assert parse_date("二〇二三年十二月三十一日") == dt.date(2023, 12, 31)


def test_the_beiguan_plan_carries_its_issue_date_into_the_draft() -> None:
    assert read_plan(PLANS / "beiguan-2023-plan.txt").issued_on == dt.date(2023, 4, 18)
    assert read_plan(PLANS / "baofeng-2022-plan.txt").issued_on is None
