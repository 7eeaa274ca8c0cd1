"""Reporting rhythm, deadlines and quantitative targets read from task text."""

from __future__ import annotations

import pytest

from creditdesk.parsing.rhythm import find_deadline, find_frequency, find_metrics, rhythm_deadline


@pytest.mark.parametrize(
    ("text", "deadline", "frequency"),
    [
        ("每月10日前报送工作进展", "每月10日前", "monthly"),
        ("每季度报送工作成效", None, "quarterly"),
        ("每半年报送一次总结", None, "half-yearly"),
        ("每年报送年度总结", None, "annual"),
        ("年底前完成平台建设", "年底前", "once"),
        ("6月底前出台办法", "6月底前", "once"),
        ("于2023年11月30日前完成", "2023年11月30日前", "once"),
        ("作出决定后7个工作日内公示", "7个工作日内", "event"),
        ("做好宣传工作，长期坚持。", "长期坚持", "continuous"),
        ("持续推进信用修复工作", None, None),
        ("完成时限：2024年6月底前", "2024年6月底前", "once"),
    ],
)
def test_deadline_and_frequency(text: str, deadline: str | None, frequency: str | None) -> None:
    found = find_deadline(text)
    assert found == deadline
    assert find_frequency(text, found) == frequency


def test_metrics_are_quantitative_targets() -> None:
    assert find_metrics("确保上报率达到100%，合规率100%。") == ["上报率达到100%", "合规率100%"]
    assert find_metrics("每年至少3次开展宣传") == ["每年至少3次开展宣传"]
    assert find_metrics("加强组织领导，形成工作合力。") == []


@pytest.mark.parametrize(
    ("text", "frequency"),
    [
        ("如出现负面事件或严重失信事件，应立即进行处理，并上报县信用办。", "event"),
        ("对发生的重大安全生产事故等重大失信事件，相关主管部门要及时响应。", "event"),
        ("一旦发生信息泄露，第一时间报告。", "event"),
        ("严格防范重大失信事件发生，及时处理投诉。", None),
        ("确保年底前不发生重大失信事件，及时处置线索。", "once"),
        ("如出现负面事件，每季度汇总上报。", "quarterly"),
    ],
)
def test_duty_on_each_occurrence_is_an_event(text: str, frequency: str | None) -> None:
    """如出现/对发生的… with 立即/及时 上报/响应 in the same sentence; a rhythm still wins."""
    assert find_frequency(text, find_deadline(text)) == frequency


@pytest.mark.parametrize(
    ("text", "deadline", "frequency", "kept"),
    [
        ("行政许可、行政处罚7个工作日内报送", "持续推进", "event", "7个工作日内"),
        ("每季度报送工作成效", "持续推进", "quarterly", None),
        ("每月10日前报送进展", "长期坚持", "monthly", "每月10日前"),
        ("持续推进信用修复", "持续推进", "continuous", "持续推进"),
        ("每季度报送工作成效", "2023年11月30日", "quarterly", "2023年11月30日"),
    ],
)
def test_continuous_deadline_gives_way_to_the_texts_rhythm(
    text: str, deadline: str, frequency: str, kept: str | None
) -> None:
    """持续推进 in 完成时限 would leave a periodic or event task without due dates."""
    assert find_frequency(text, deadline) == frequency
    assert rhythm_deadline(text, deadline, find_frequency(text, deadline)) == kept
