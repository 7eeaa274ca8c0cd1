"""Charts that let the text after them fill the page they do not fit on.

A chart kept with its caption is a block that cannot split; when it is taller than the room
left on a page, reportlab leaves that room empty (the summary had a page 45 % blank before the
unit chart). A typesetter floats the figure to the top of the next page instead and lets the
following text fill the gap, as LaTeX does: :class:`FloatingDocTemplate` does that for every
:class:`Figure`. What moves up is whole paragraphs and tables plus the head of the first one
that does not fit (a table's tail then continues after the figure); a section heading never
ends the gap, it goes down with its section.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import BaseDocTemplate, CondPageBreak, KeepTogether
from reportlab.platypus.doctemplate import ActionFlowable

_FUZZ = 1e-3


class Figure(KeepTogether):  # type: ignore[misc]  # reportlab has no type hints
    """A chart and its caption, kept together, that may float to the next page."""

    floated = False


class FloatingDocTemplate(BaseDocTemplate):  # type: ignore[misc]
    """A document template that moves text ahead of a :class:`Figure` that does not fit."""

    def handle_flowable(self, flowables: list[Any]) -> None:  # reportlab's name
        head = flowables[0] if flowables else None
        if isinstance(head, Figure) and not head.floated:
            head.floated = True
            flowables[:] = fill_before(flowables, self.frame, self.canv)
        super().handle_flowable(flowables)


def fill_before(flowables: list[Any], frame: Any, canv: Any) -> list[Any]:
    """``flowables`` (a figure first) reordered so that what fits the frame comes first."""
    figure, rest = flowables[0], list(flowables[1:])
    width = frame._getAvailableWidth()
    room = frame._y - frame._y1p
    if frame._atTop or _height(figure, canv, width, room) <= room + _FUZZ:
        return flowables
    moved: list[Any] = []
    while rest and room > _FUZZ:
        item = rest[0]
        if isinstance(item, Figure | ActionFlowable):
            break
        if isinstance(item, CondPageBreak):  # its wrap would end the frame: test it here
            if item.height > room:
                break
            moved.append(rest.pop(0))
            continue
        gaps = item.getSpaceBefore() + item.getSpaceAfter()
        height = _height(item, canv, width, room - gaps) + gaps
        if height <= room + _FUZZ:
            moved.append(rest.pop(0))
            room -= height
            continue
        if isinstance(item, KeepTogether) or room - gaps <= 0:
            break  # kept together (the signature with its paragraph): it goes down whole
        parts = item.splitOn(canv, width, room - gaps)
        if parts:
            rest[0:1] = parts[1:]
            moved.append(parts[0])
        break
    starts = [i for i, item in enumerate(moved) if isinstance(item, CondPageBreak)]
    if starts and len(moved) - starts[-1] <= 2:  # a heading alone: it goes with its section
        rest[0:0] = moved[starts[-1] :]
        del moved[starts[-1] :]
    return [*moved, figure, *rest]


def _height(item: Any, canv: Any, width: float, room: float) -> float:
    """The height ``item`` takes (a KeepTogether's wrap answers "too tall" to force a split)."""
    height: float = item.wrapOn(canv, width, room)[1]
    return float(item._H) if isinstance(item, KeepTogether) else height
