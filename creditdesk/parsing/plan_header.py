"""Find a plan's title, year and document number (文号) in the lines before its first item.

A plan usually arrives inside its cover notice (关于印发《…》的通知), so the plan's own
title line is preferred to the notice's; the notice's 《…》 is the fallback.
"""

from __future__ import annotations

import re
from typing import Final

_TITLE_END: Final = re.compile(
    r"(工作要点|工作方案|行动方案|实施方案|工作计划|工作任务|任务分工|责任分工|任务清单|"
    r"分解表|工作台账|要点|方案|计划)$"
)
_QUOTED_TITLE: Final = re.compile(r"印发[^《]{0,10}《(?P<title>[^》]{4,60})》")
_DOC_NUMBER: Final = re.compile(
    r"(?P<prefix>[\u4e00-\u9fff]{1,12})\s*[〔\[［【(（]\s*(?P<year>(?:19|20)\d{2})\s*[〕\]］】)）]"
    r"\s*(?P<seq>\d{1,4})\s*号"
)
_ANY_STOP: Final = re.compile(r"[。；，,：:、]")
_YEAR: Final = re.compile(r"((?:19|20)\d{2})\s*年")


def is_title_line(line: str) -> bool:
    """True for a line that reads as a plan title (…工作要点, …实施方案, …分解表)."""
    return (
        len(line) <= 60
        and bool(_TITLE_END.search(line))
        and not line.startswith(("关于", "附件", "附：", "附表"))
        and "《" not in line
        and not re.search(r"[。；，,]", line)
    )


def find_title(lines: list[str]) -> str | None:
    """The plan's title: a standalone title line, else the 《…》 of a 印发 notice."""
    for index, line in enumerate(lines):
        if is_title_line(line):
            return line
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if (
            following
            and not _ANY_STOP.search(line)
            and (not is_title_line(following) or _only_the_kind(line, following))
            and is_title_line(line + following)
        ):
            return line + following  # a title set over two lines
    for line in lines:
        quoted = _QUOTED_TITLE.search(line)
        if quoted:
            return quoted.group("title")
    return None


def _only_the_kind(line: str, following: str) -> bool:
    """Whether ``following`` ends a title begun on ``line`` (``…信用体系建设`` / ``工作要点``):
    it is short or carries no year while the line before it does."""
    return len(following) <= 8 or bool(_YEAR.search(line) and not _YEAR.search(following))


def find_doc_number(lines: list[str]) -> str | None:
    """The document number, normalised to the official hexagonal brackets: 宝信用办〔2022〕2号."""
    for line in lines:
        match = _DOC_NUMBER.search(line)
        if match and len(line) <= 40:
            return f"{match.group('prefix')}〔{match.group('year')}〕{match.group('seq')}号"
    return None


def find_year(title: str | None, doc_number: str | None) -> int | None:
    """The plan year: from the title, else from the document number."""
    for text in (title, doc_number):
        if text:
            match = _YEAR.search(text) or re.search(r"〔((?:19|20)\d{2})〕", text)
            if match:
                return int(match.group(1))
    return None
