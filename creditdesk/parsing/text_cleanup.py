"""Undo what page layout and text extraction do to a plan's text.

Text pulled out of a PDF or pasted from one carries page numbers ("- 3 -"), running
headers repeated on every page, stray HTML tags, sentences broken over a page end, and
spaces between CJK characters ("2023 年", "信用 环境 建设").  These are removed here so the
outline and attribution readers see clean, whole paragraphs.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import Final

_TAGS: Final = re.compile(r"</?(?:p|br|span|div|strong|b|i|em|font|td|tr)(?:\s[^<>]*)?/?>", re.I)
_SPACES: Final = re.compile(r"[ \t\u00a0\u3000\u2002-\u200b\ufeff]+")
_CJK: Final = (
    r"\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef\u2014-\u201f\u2026\u3008-\u3011"
    r"\u00b7\u2460-\u2473"
)
_SPACE_NEXT_TO_CJK: Final = re.compile(rf"(?<=[{_CJK}])\s+|\s+(?=[{_CJK}])")
_PAGE_NUMBER: Final = re.compile(
    r"^(?:[-—–－_\s]*\d{1,4}[-—–－_\s]*|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d{1,4}\s*/\s*\d{1,4})$"
)
_SENTENCE_END: Final = tuple("。！？；：:;!?）)」』”》】〕")
_SENTENCE_PUNCT: Final = re.compile(r"[。；！？，,;]")
_ANY_PUNCT: Final = re.compile(r"[。；！？，,;：:、（）()]")


def normalise_text(text: str) -> str:
    """Strip tags and layout spaces from one piece of text; keep Latin word spacing."""
    text = _TAGS.sub(" ", text)
    text = _SPACES.sub(" ", text.replace("\n", " "))
    text = _SPACE_NEXT_TO_CJK.sub("", text)
    return text.strip()


def is_page_number(line: str) -> bool:
    """True for a line that is only a page number such as "3", "- 3 -" or "第3页 共9页"."""
    return bool(_PAGE_NUMBER.match(line.strip()))


def is_heading_like(line: str) -> bool:
    """A short line without sentence punctuation: a title or heading, never a broken sentence."""
    return len(line) <= 40 and not _SENTENCE_PUNCT.search(line)


def running_headers(
    lines: list[str], starts_item: re.Pattern[str], is_content: Callable[[str], bool]
) -> set[str]:
    """Running headers and footers: repeated lines that sit where page furniture sits.

    "Short and frequent" alone is not enough — a plan may write ``牵头单位：县发改局`` on its
    own line under every task the credit office leads, and dropping those lines would
    silently take the lead unit off exactly those tasks.  A line repeated three or more
    times is furniture only when ``is_content`` does not claim it (role and rhythm lines),
    it is not a list item, and it sits next to a page number in most of its occurrences —
    or, in a text without page numbers, reads as a bare heading (no punctuation at all).
    """
    counts = Counter(line for line in lines if len(line) <= 80 and not starts_item.match(line))
    page_at = [i for i, line in enumerate(lines) if is_page_number(line)]
    headers: set[str] = set()
    for line, n in counts.items():
        if n < 3 or is_content(line):
            continue
        if not page_at:
            if is_heading_like(line) and not _ANY_PUNCT.search(line):
                headers.add(line)
            continue
        positions = [i for i, text in enumerate(lines) if text == line]
        near = sum(1 for i in positions if any(abs(i - j) <= 2 for j in page_at))
        if near * 2 >= len(positions):
            headers.add(line)
    return headers


def join_broken_lines(lines: list[str], starts_item: re.Pattern[str]) -> list[str]:
    """Join lines that a page or line break split in the middle of a sentence.

    A line continues the previous one when the previous does not end a sentence, is not
    itself a heading, and the line does not start a new numbered item.
    """
    out: list[str] = []
    for line in lines:
        if (
            out
            and not out[-1].endswith(_SENTENCE_END)
            and not is_heading_like(out[-1])
            and not starts_item.match(line)
        ):
            out[-1] += line
        else:
            out.append(line)
    return out
