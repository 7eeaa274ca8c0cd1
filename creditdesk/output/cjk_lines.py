"""Chinese line breaking (中文断行禁则) over measured character widths.

A line must not begin with closing punctuation (避头: ，。、；：？！）》」』”’〕】 …) nor end with
opening punctuation (避尾: （《「『“‘〔【 …); a run of Latin letters or digits (a phone number,
2024, 0391-6218800) stays on one line when it can; ``——`` and ``……`` are not split.
reportlab's own CJK wrapping does not apply all of these, so letters break their lines here.

When a break point is forbidden, the break moves left (the last characters go down to the next
line), and the caller may justify the shortened line (each character gets a little more space),
as official documents do; only when no allowed point exists is the width limit broken instead of
the rules.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

NO_LINE_START: Final = frozenset("，。、；：？！）》」』”’〕】〉｝］·,.;:?!)]}%")
"""Characters that must not begin a line."""

NO_LINE_END: Final = frozenset("（《「『“‘〔【〈｛［([{")
"""Characters that must not end a line."""

_NEVER_SPLIT: Final = frozenset("—…")  # doubled dashes and ellipses stay together
_EPSILON: Final = 1e-6


def _is_word(char: str) -> bool:
    return char.isascii() and not char.isspace()


def can_break(text: str, at: int) -> bool:
    """Whether a line may end before ``text[at]`` (``0 < at < len(text)``)."""
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
    while start < n:
        room = first_width if not lines else rest
        used = 0.0
        end = start
        while end < n and used + widths[end] <= room + _EPSILON:
            used += widths[end]
            end += 1
        if end == start:
            end = start + 1  # a character wider than the line still has to go somewhere
        if end < n and not can_break(text, end):
            candidate = end - 1
            while candidate > start and not can_break(text, candidate):
                candidate -= 1
            if candidate > start:
                end = candidate
            else:  # nothing allowed inside the line: overshoot to the next allowed point
                while end < n and not can_break(text, end):
                    end += 1
        lines.append((start, end))
        start = end
    return lines


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
