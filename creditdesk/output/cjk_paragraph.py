"""A reportlab Paragraph that breaks Chinese lines by the rules of Chinese typesetting (避头尾).

reportlab's CJK wrapping lets "，" start a line, hangs at most one closing mark (so "）。"
leaves the "。" alone on the next line), and cuts numbers such as 2024 in two. Here a line
never begins with closing punctuation (，。、；：？！）》」』”’〕】), never ends with opening
punctuation (（《「『“‘〔【), and runs of Latin letters and digits stay whole: characters are
pulled down to the next line until the break is allowed. Paragraphs with images or explicit
line breaks keep reportlab's own wrapping.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus.paragraph import Paragraph, cjkU, makeCJKParaLine
from reportlab.platypus.paragraph import ParaLines as _ParaLines

CANNOT_START = frozenset("，。、；：？！）》」』”’〕】,.;:?!)]}%％·…—")
CANNOT_END = frozenset("（《「『“‘〔【([{")
_FUZZ = 1e-6


def _word_char(char: str) -> bool:
    return char.isascii() and (char.isalnum() or char in ".%")


def may_break(left: str, right: str) -> bool:
    """Whether a line may end after ``left`` and the next begin with ``right``."""
    if right in CANNOT_START or left in CANNOT_END:
        return False
    return not (_word_char(left) and _word_char(right))


def line_ends(text: str, widths: Sequence[float], max_widths: Sequence[float]) -> list[int]:
    """Where each line ends (exclusive indexes into ``text``), filling lines greedily.

    A break that the rules forbid moves back; when no allowed break is left on the line, a
    closing mark hangs in the margin rather than starting the next line, and anything else
    is cut where it overflows.
    """
    ends: list[int] = []
    start, count = 0, len(text)
    while start < count:
        limit = max_widths[min(len(ends), len(max_widths) - 1)]
        width, end = 0.0, start
        while end < count and (end == start or width + widths[end] <= limit + _FUZZ):
            width += widths[end]
            end += 1
        if end < count:
            cut = end
            while cut > start + 1 and not may_break(text[cut - 1], text[cut]):
                cut -= 1
            if may_break(text[cut - 1], text[cut]):
                end = cut
            elif text[end] in CANNOT_START:
                end += 1  # hang the mark rather than start a line with it
        ends.append(end)
        start = end
    return ends


class CJKParagraph(Paragraph):  # type: ignore[misc]  # reportlab has no type hints
    """A Paragraph (style with ``wordWrap="CJK"``) that keeps to the 避头尾 rules."""

    def breakLinesCJK(self, maxWidths: Any) -> Any:  # reportlab's name
        if hasattr(self, "blPara") and getattr(self, "_splitpara", False):
            return self.blPara
        frags = self.frags
        special = any(hasattr(f, "cbDefn") or hasattr(f, "lineBreak") for f in frags)
        if not frags or special or self.bulletText or self.style.endDots:
            return super().breakLinesCJK(maxWidths)
        if not isinstance(maxWidths, list | tuple):
            maxWidths = [maxWidths]
        self.height = 0
        chars = [cjkU(char, frag, "utf8") for frag in frags for char in frag.text]
        text = "".join(chars)
        widths = [char.width for char in chars]
        auto_leading = getattr(self, "autoLeading", getattr(self.style, "autoLeading", ""))
        bounds = auto_leading not in ("", "off")
        lines, start = [], 0
        for number, end in enumerate(line_ends(text, widths, maxWidths)):
            limit = maxWidths[min(number, len(maxWidths) - 1)]
            used = sum(widths[start:end])
            lines.append(
                makeCJKParaLine(chars[start:end], limit, used, limit - used, False, bounds)
            )
            start = end
        return _ParaLines(kind=1, lines=lines)
