"""The text parser never raises anything but DocumentError, whatever text it is given."""

from __future__ import annotations

import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from creditdesk.parsing.document_model import DocumentError
from creditdesk.parsing.plan_parser import parse_text

_PIECES = st.sampled_from(
    [
        "一、",
        "（一）",
        "(二)",
        "1.",
        "2、",
        "（1）",
        "①",
        "## ",
        "\t",
        "\n",
        "。",
        "（",
        "）",
        "责任单位：",
        "牵头单位:",
        "县发改委",
        "、",
        "负责",
        "牵头",
        "配合",
        "等",
        "附件",
        "- 3 -",
        "每月",
        "2023年11月30日",
        "7个工作日内",
        "100%",
        "一级指标\t重点工作\t责任单位\n",
        "<p>",
        "〈镇〉",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=60))
def test_parser_never_raises_on_arbitrary_text(pieces: list[str]) -> None:
    try:
        plan = parse_text("".join(pieces))
    except DocumentError:
        return
    for task in plan.tasks:
        assert isinstance(task.text, str)
        assert task.frequency in (
            None,
            "monthly",
            "quarterly",
            "half-yearly",
            "annual",
            "once",
            "event",
            "continuous",
        )


def test_parsing_never_imports_qt() -> None:
    """The parsing package is pure: importing all of it must not load PySide6."""
    code = (
        "import sys, pkgutil, importlib, creditdesk.parsing as p\n"
        "for m in pkgutil.iter_modules(p.__path__):\n"
        "    importlib.import_module('creditdesk.parsing.' + m.name)\n"
        "assert not [n for n in sys.modules if n.startswith('PySide6')]\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
