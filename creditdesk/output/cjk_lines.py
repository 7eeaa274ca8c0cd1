"""Chinese line breaking (中文断行禁则) over measured character widths.

A line must not begin with closing punctuation (避头: ，。、；：？！）》」』”’〕】 …) nor end with
opening punctuation (避尾: （《「『“‘〔【 …); a run of Latin letters or digits (a phone number,
2024, 0391-6218800) stays on one line when it can; ``——`` and ``……`` are not split. A date
(2026年4月8日), a number with its unit (27个工作日, 3项), a document number's 〔2026〕4号 and a
short bracket such as （1/项） are read as one word and are not split either (:data:`GLUED`).
reportlab's own CJK wrapping does not apply all of these, so letters break their lines here.

When a break point is forbidden, the break moves left (the last characters go down to the next
line), and the caller may justify the shortened line (each character gets a little more space),
as official documents do; only when no allowed point exists is the width limit broken instead of
the rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

NO_LINE_START: Final = frozenset("，。、；：？！）》」』”’〕】〉｝］·,.;:?!)]}%")
"""Characters that must not begin a line."""

NO_LINE_END: Final = frozenset("（《「『“‘〔【〈｛［([{")
"""Characters that must not end a line."""

_UNITS: Final = "个工作日|工作日|个月|季度|万元|年|月|日|号|项|个|件|天|次|期|家|户|人|元|%|％"
GLUED: Final = re.compile(
    rf"第?\d+(?:\.\d+)?(?:年\d{{1,2}}月(?:\d{{1,2}}日)?|月\d{{1,2}}日|{_UNITS})"
    r"|〔\d{4}〕\d+号"
    r"|[（(][^（）()\s]{1,6}[）)]"
)
"""Dates, numbers with their unit, 〔年〕号 and short brackets: no line break inside."""
_NEVER_SPLIT: Final = frozenset("—…")  # doubled dashes and ellipses stay together
_EPSILON: Final = 1e-6


def _is_word(char: str) -> bool:
    return char.isascii() and not char.isspace()


def glued(text: str) -> frozenset[int]:
    """Positions ``at`` where a line must not end before ``text[at]``: inside a :data:`GLUED`."""
    return frozenset(i for m in GLUED.finditer(text) for i in range(m.start() + 1, m.end()))


def can_break(text: str, at: int, inside: frozenset[int] | None = None) -> bool:
    """Whether a line may end before ``text[at]`` (``0 < at < len(text)``).

    ``inside`` is :func:`glued` of ``text``, passed by callers that ask about many positions.
    """
    if at in (glued(text) if inside is None else inside):
        return False
    before, after = text[at - 1], text[at]
    if after in NO_LINE_START or before in NO_LINE_END:
        return False
    if _is_word(before) and _is_word(after):
        return False
    return not (before == after and before in _NEVER_SPLIT)


def break_lines(
    text: str, widths: Sequence[float], first_width: float, width: float | None = None
) -> list[tuple[int, int]]:
    """Cut ``text`` into lines as ``(start, end)`` index pairs.

    Args:
        text: one paragraph (no newlines).
        widths: the advance of each character of ``text``, as it will be drawn.
        first_width: room on the first line (less when the paragraph is indented).
        width: room on the other lines; ``first_width`` when not given.
    """
    if len(widths) != len(text):
        raise ValueError("one width per character is needed")
    rest = first_width if width is None else width
    lines: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    inside = glued(text)
    while start < n:
        room = first_width if not lines else rest
        used = 0.0
        end = start
        while end < n and used + widths[end] <= room + _EPSILON:
            used += widths[end]
            end += 1
        if end == start:
            end = start + 1  # a character wider than the line still has to go somewhere
        if end < n and not can_break(text, end, inside):
            # a glued word wider than the line (a date in a narrow cell) may split after all
            candidate = _last_break(text, start, end, inside) or _last_break(text, start, end)
            if candidate:
                end = candidate
            else:  # nothing allowed inside the line: overshoot to the next allowed point
                while end < n and not can_break(text, end, frozenset()):
                    end += 1
        lines.append((start, end))
        start = end
    return lines


def _last_break(
    text: str, start: int, end: int, inside: frozenset[int] = frozenset()
) -> int | None:
    """The last position in ``start < at < end`` where a line may end, if any."""
    return next((at for at in range(end - 1, start, -1) if can_break(text, at, inside)), None)


def line_violations(lines: Sequence[str]) -> list[str]:
    """Lines that break the rules (for tests and checks of extracted text)."""
    bad = []
    for line in lines:
        stripped = line.strip()
        if not stripped:
            continue
        if stripped[0] in NO_LINE_START or stripped[-1] in NO_LINE_END:
            bad.append(line)
    return bad
