"""Compare the parser's output with the hand annotations of the sample plans.

Usage (from the repository root)::

    .venv/bin/python tests/data/plans/annotations/compare.py [NAME ...]

NAME is a sample without extension (xiping-plan, baofeng-2022-plan, beiguan-2023-plan);
all three by default.  The parser's output is taken from
``creditdesk import-plan FILE --dry-run --json`` (the contract, supporting units included).
Every difference is printed: missing / extra sections and tasks, and per task the section,
title, lead / responsible / supporting units, frequency and deadline.  Exit status 1 when
there is any difference.

The hand annotations (``<name>.hand.json``) were written from the documents alone; where
the parser and the annotation disagree, the document decides, and a corrected annotation
says why in its "notes".
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PLANS = HERE.parent
REPO = PLANS.parents[2]
SAMPLES = ("xiping-plan", "baofeng-2022-plan", "beiguan-2023-plan")
TASK_FIELDS = (
    "section",
    "title",
    "lead_units",
    "responsible_units",
    "supporting_units",
    "frequency",
    "deadline",
)


def load_hand(name: str) -> dict[str, Any]:
    """The hand annotation of one sample."""
    data: dict[str, Any] = json.loads((HERE / f"{name}.hand.json").read_text("utf-8"))
    return data


def draft_output(path: Path) -> dict[str, Any]:
    """The parser's contract JSON for any plan file, each task with its supporting units."""
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    from creditdesk.parsing.documents import read_document
    from creditdesk.parsing.plan_model import plan_to_contract
    from creditdesk.parsing.plan_parser import parse_plan

    draft = parse_plan(read_document(path))
    contract = plan_to_contract(draft)
    _add_supporting(contract, {t.label: list(t.supporting_units) for t in draft.tasks})
    return contract


def parser_output(name: str) -> dict[str, Any]:
    """What ``creditdesk import-plan <name>.txt --dry-run --json`` prints.

    Supporting units are in the contract; they are checked against the draft's own list.
    """
    path = PLANS / f"{name}.txt"
    exe = Path(sys.executable).with_name("creditdesk")
    result = subprocess.run(
        [str(exe), "import-plan", str(path), "--dry-run", "--json"],
        capture_output=True,
        text=True,
        check=True,
        encoding="utf-8",
    )
    contract: dict[str, Any] = json.loads(result.stdout)
    drafted = draft_output(path)
    _add_supporting(contract, {t["label"]: t["supporting_units"] for t in drafted["tasks"]})
    return contract


def _add_supporting(contract: dict[str, Any], supporting: dict[str, list[str]]) -> None:
    for task in contract["tasks"]:
        task["supporting_units"] = supporting.get(task["label"], [])


def _show(value: Any) -> str:
    if isinstance(value, list):
        return "[" + "、".join(value) + "]"
    return json.dumps(value, ensure_ascii=False)


def _list_difference(hand: list[str], got: list[str]) -> str:
    missing = [n for n in hand if n not in got]
    extra = [n for n in got if n not in hand]
    parts = []
    if missing:
        parts.append("missing " + _show(missing))
    if extra:
        parts.append("extra " + _show(extra))
    if not parts:
        parts.append("same names, different order")
    return "; ".join(parts)


def differences(hand: dict[str, Any], got: dict[str, Any]) -> list[str]:
    """Every way the parser's output differs from the hand annotation, one line each."""
    out: list[str] = []
    hand_sections = {s["label"]: s["title"] for s in hand["sections"]}
    got_sections = {s["label"]: s["title"] for s in got["sections"]}
    for label, title in hand_sections.items():
        if label not in got_sections:
            out.append(f"section {label} missing ({title})")
        elif got_sections[label] != title:
            out.append(
                f"section {label} title: hand {_show(title)} / parser {_show(got_sections[label])}"
            )
    for label, title in got_sections.items():
        if label not in hand_sections:
            out.append(f"section {label} extra ({title})")
    common = [s for s in hand_sections if s in got_sections]
    got_order = [s for s in got_sections if s in hand_sections]
    if common != got_order:
        out.append("sections in a different order")

    hand_tasks = {t["label"]: t for t in hand["tasks"]}
    got_tasks = {t["label"]: t for t in got["tasks"]}
    for label, task in hand_tasks.items():
        if label not in got_tasks:
            out.append(f"task {label} missing ({task['title'][:30]})")
            continue
        mine, theirs = task, got_tasks[label]
        for key in TASK_FIELDS:
            a, b = mine.get(key), theirs.get(key)
            if key.endswith("_units"):
                a, b = a or [], b or []
            if a == b:
                continue
            detail = f"hand {_show(a)} / parser {_show(b)}"
            if key.endswith("_units"):
                detail = _list_difference(a, b) + f" — hand {_show(a)} / parser {_show(b)}"
            out.append(f"task {label} {key}: {detail}")
    for label, task in got_tasks.items():
        if label not in hand_tasks:
            out.append(f"task {label} extra ({task['title'][:30]})")
    common = [t for t in hand_tasks if t in got_tasks]
    got_order = [t for t in got_tasks if t in hand_tasks]
    if common != got_order:
        out.append("tasks in a different order")
    return out


def main(argv: list[str]) -> int:
    names = argv or list(SAMPLES)
    total = 0
    for name in names:
        found = differences(load_hand(name), parser_output(name))
        total += len(found)
        print(f"== {name}: {len(found)} difference(s)")
        for line in found:
            print("  " + line)
    return 1 if total else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
