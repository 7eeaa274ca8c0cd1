"""The parser against the independent hand annotations of the three sample plans.

``tests/data/plans/annotations/<sample>.hand.json`` were written from the documents alone
(every section, task, lead / responsible / supporting unit, rhythm and deadline), not from
the parser's output; where the two disagreed the document decided, and the annotation's
"notes" say why wherever the annotation was corrected.  Every format of a sample must give
the same reading.  A failure lists each difference on its own line; run
``tests/data/plans/annotations/compare.py`` for the same report from the command line.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

PLANS = Path(__file__).resolve().parents[1] / "data" / "plans"
ANNOTATIONS = PLANS / "annotations"

VARIANTS = [
    ("xiping-plan.txt", "xiping-plan"),
    ("xiping-plan.docx", "xiping-plan"),
    ("xiping-plan.pdf", "xiping-plan"),
    ("baofeng-2022-plan.txt", "baofeng-2022-plan"),
    ("baofeng-2022-plan.docx", "baofeng-2022-plan"),
    ("beiguan-2023-plan.txt", "beiguan-2023-plan"),
    ("beiguan-2023-plan.gbk.txt", "beiguan-2023-plan"),
    ("beiguan-2023-plan.docx", "beiguan-2023-plan"),
]


def _compare_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("plan_compare", ANNOTATIONS / "compare.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


COMPARE = _compare_module()


@pytest.mark.parametrize(("file_name", "sample"), VARIANTS)
def test_parser_matches_the_hand_annotation(file_name: str, sample: str) -> None:
    """Sections, labels, titles, units by role, frequency and deadline, all exactly."""
    found = COMPARE.differences(COMPARE.load_hand(sample), COMPARE.draft_output(PLANS / file_name))
    assert not found, f"{file_name}: {len(found)} difference(s)\n" + "\n".join(found)


@pytest.mark.parametrize("sample", ["xiping-plan", "baofeng-2022-plan", "beiguan-2023-plan"])
def test_hand_annotation_is_complete(sample: str) -> None:
    """Every task names its section and every field the comparison reads."""
    hand = COMPARE.load_hand(sample)
    labels = {s["label"] for s in hand["sections"]}
    assert hand["tasks"]
    for task in hand["tasks"]:
        assert set(COMPARE.TASK_FIELDS) <= set(task), task["label"]
        assert task["section"] in labels, task["label"]
        assert task["title"], task["label"]


def test_differences_are_reported_readably() -> None:
    """A wrong unit list, a missing task and an extra section each get a line of their own."""
    hand = {
        "sections": [{"label": "一、", "title": "A"}],
        "tasks": [
            {
                "label": "（一）",
                "section": "一、",
                "title": "T",
                "lead_units": ["县发改委"],
                "responsible_units": ["县税务局"],
                "supporting_units": [],
                "frequency": None,
                "deadline": None,
            },
            {
                "label": "（二）",
                "section": "一、",
                "title": "U",
                "lead_units": [],
                "responsible_units": [],
                "supporting_units": [],
                "frequency": None,
                "deadline": None,
            },
        ],
    }
    got = {
        "sections": [{"label": "一、", "title": "A"}, {"label": "二、", "title": "B"}],
        "tasks": [
            {
                "label": "（一）",
                "section": "一、",
                "title": "T",
                "lead_units": [],
                "responsible_units": ["县发改委", "县税务局"],
                "supporting_units": [],
                "frequency": "monthly",
                "deadline": None,
            },
        ],
    }
    found = COMPARE.differences(hand, got)
    assert "section 二、 extra (B)" in found
    assert "task （二） missing (U)" in found
    assert any(line.startswith("task （一） lead_units: missing [县发改委]") for line in found)
    assert any(line.startswith("task （一） responsible_units: extra [县发改委]") for line in found)
    assert 'task （一） frequency: hand null / parser "monthly"' in found
