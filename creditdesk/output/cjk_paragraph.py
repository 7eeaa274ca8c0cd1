"""A reportlab Paragraph that breaks Chinese lines by the rules of Chinese typesetting (避头尾).

reportlab's CJK wrapping lets "，" start a line, hangs at most one closing mark (so "）。"
leaves the "。" alone on the next line), and cuts numbers such as 2024 in two. This paragraph
breaks its lines with :func:`creditdesk.output.cjk_lines.break_lines`, the rules the notices
use, so tables and body text of the reports obey them too. Paragraphs with images, bullets or
explicit line breaks keep reportlab's own wrapping.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus.paragraph import Paragraph, cjkU, makeCJKParaLine
from reportlab.platypus.paragraph import ParaLines as _ParaLines

from creditdesk.output.cjk_lines import break_lines


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
        first, rest = maxWidths[0], maxWidths[-1]
        lines = []
        for number, (start, end) in enumerate(break_lines(text, widths, first, rest)):
            limit = first if number == 0 else rest
            used = sum(widths[start:end])
            lines.append(
                makeCJKParaLine(chars[start:end], limit, used, limit - used, False, bounds)
            )
        return _ParaLines(kind=1, lines=lines)
