"""Reporting rhythm, deadlines and quantitative targets read from task text."""

from __future__ import annotations

import pytest

from creditdesk.parsing.rhythm import find_deadline, find_frequency, find_metrics


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
