"""The plan parser against the full expected contract JSON, one shared suite over each format.

Every variant of a sample (text, Word with real tables and automatic numbering, PDF text
layer, GBK text) must give exactly the contract JSON in ``<sample>.expected.json`` (text and
metrics included).  Those files are regenerated from the parser only once its reading agrees
with the independent hand annotations in ``annotations/`` (see test_plan_hand_annotations.py),
so they guard everything else in the output against unnoticed change.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from creditdesk.parsing.documents import read_document
from creditdesk.parsing.plan_model import plan_to_contract
from creditdesk.parsing.plan_parser import parse_plan

PLANS = Path(__file__).resolve().parents[1] / "data" / "plans"

VARIANTS = [
    ("xiping-plan.txt", "xiping-plan"),
    ("xiping-plan.docx", "xiping-plan"),
    ("xiping-plan.pdf", "xiping-plan"),
    ("baofeng-2022-plan.txt", "baofeng-2022-plan"),
    ("baofeng-2022-plan.docx", "baofeng-2022-plan"),
    ("beiguan-2023-plan.txt", "beiguan-2023-plan"),
    ("beiguan-2023-plan.gbk.txt", "beiguan-2023-plan"),
    ("beiguan-2023-plan.docx", "beiguan-2023-plan"),
    ("handmade-markdown-plan.md", "handmade-markdown-plan"),
    ("handmade-numbered-plan.txt", "handmade-numbered-plan"),
]


def _expected(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((PLANS / f"{name}.expected.json").read_text("utf-8"))
    return data


@pytest.mark.parametrize(("file_name", "expected_name"), VARIANTS)
def test_plan_parses_to_the_annotated_result(file_name: str, expected_name: str) -> None:
    """Header, sections and every task field match the hand annotation, task by task."""
    got = plan_to_contract(parse_plan(read_document(PLANS / file_name)))
    expected = _expected(expected_name)
    assert {k: got[k] for k in ("title", "year", "doc_number")} == {
        k: expected[k] for k in ("title", "year", "doc_number")
    }
    assert got["sections"] == expected["sections"]
    assert [t["label"] for t in got["tasks"]] == [t["label"] for t in expected["tasks"]]
    for got_task, expected_task in zip(got["tasks"], expected["tasks"], strict=True):
        assert got_task == expected_task, expected_task["label"]


def test_contract_has_exactly_the_documented_keys() -> None:
    """The dry-run JSON keeps ARCHITECTURE.md's keys, nothing more, and serialises as JSON."""
    contract = plan_to_contract(parse_plan(read_document(PLANS / "xiping-plan.txt")))
    assert set(contract) == {"title", "year", "doc_number", "sections", "tasks"}
    assert set(contract["sections"][0]) == {"label", "title"}
    assert set(contract["tasks"][0]) == {
        "label",
        "section",
        "title",
        "text",
        "lead_units",
        "responsible_units",
        "supporting_units",
        "deadline",
        "frequency",
        "metrics",
    }
    json.dumps(contract, ensure_ascii=False)


def test_sample_counts_a_clerk_would_check() -> None:
    """Xiping has 21 tasks in 8 sections; beiguan's body has tasks 1.–23. before its annex."""
    xiping = parse_plan(read_document(PLANS / "xiping-plan.txt"))
    assert (len(xiping.sections), len(xiping.tasks)) == (8, 21)
    beiguan = parse_plan(read_document(PLANS / "beiguan-2023-plan.txt"))
    body = [t for t in beiguan.tasks if not t.from_annex]
    assert [t.label for t in body] == [f"{n}." for n in range(1, 24)]
    assert all(t.label.startswith("附件") for t in beiguan.tasks if t.from_annex)


def test_supporting_units_stay_apart_from_responsible() -> None:
    """配合单位 are kept in the draft's own list, never mixed into 责任单位."""
    plan = parse_plan(read_document(PLANS / "handmade-markdown-plan.md"))
    first = plan.tasks[0]
    assert first.lead_units == ["县发展改革委"]
    assert first.supporting_units == ["县市场监管局", "县税务局"]
    assert first.responsible_units == []
    contract = plan_to_contract(plan)["tasks"][0]
    assert contract["supporting_units"] == ["县市场监管局", "县税务局"]
