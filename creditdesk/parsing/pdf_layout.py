"""Read a PDF page by its layout: lines in reading order, tables with their cells, no furniture.

A PDF holds glyphs at positions, not paragraphs.  Reading its content stream in order (as
pypdf's plain extraction does) puts curly quotes and font runs out of order and flattens an
annex table into a stream of cell fragments.  So this reads with PDFium (pypdfium2):

* text comes as positioned runs, grouped into lines by their vertical overlap and sorted top
  to bottom, left to right; a line that reaches the right margin continues into the next one
  (the office suite wrapped it), unless the next starts a numbered item;
* tables are found from their ruling lines (the thin path objects an office suite draws for
  cell borders): the x positions of vertical rules give the columns, those of horizontal
  rules the rows, and a border missing inside a table is a merged cell, whose text repeats
  over every grid position it covers — the same model the Word reader gives;
* page furniture is recognised by position and pattern: a line in the top or bottom band of
  the page that is a page number, or that repeats on other pages in the same band.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Final

from creditdesk.parsing.document_model import Block, Paragraph, Table
from creditdesk.parsing.outline import STARTS_ITEM
from creditdesk.parsing.text_cleanup import is_page_number, normalise_text

RULE_THICKNESS: Final = 2.5
MIN_RULE_LENGTH: Final = 3.0
SNAP: Final = 2.0
BAND: Final = 0.08
_DIGITS: Final = re.compile(r"\d+")


@dataclass
class _Line:
    top: float
    bottom: float
    left: float
    right: float
    text: str

    @property
    def height(self) -> float:
        return self.top - self.bottom


@dataclass
class _Grid:
    """One table: column and row boundaries and the rules drawn between them."""

    xs: list[float]
    ys: list[float]
    horizontals: list[tuple[float, float, float]] = field(default_factory=list)
    verticals: list[tuple[float, float, float]] = field(default_factory=list)

    @property
    def box(self) -> tuple[float, float, float, float]:
        return self.xs[0], self.ys[-1], self.xs[-1], self.ys[0]

    def contains(self, x: float, y: float) -> bool:
        left, bottom, right, top = self.box
        return left - SNAP <= x <= right + SNAP and bottom - SNAP <= y <= top + SNAP


def _snap(values: list[float]) -> list[float]:
    out: list[float] = []
    for value in sorted(values):
        if out and value - out[-1] <= SNAP:
            continue
        out.append(value)
    return out


def _rules(page: Any) -> tuple[list[tuple[float, float, float]], list[tuple[float, float, float]]]:
    """Thin path objects: horizontals as (y, x0, x1), verticals as (x, y0, y1)."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    horizontals: list[tuple[float, float, float]] = []
    verticals: list[tuple[float, float, float]] = []
    handle = page.raw
    x0, y0, x1, y1 = (ctypes.c_float() for _ in range(4))
    refs = (ctypes.byref(x0), ctypes.byref(y0), ctypes.byref(x1), ctypes.byref(y1))
    for index in range(pdfium_c.FPDFPage_CountObjects(handle)):
        obj = pdfium_c.FPDFPage_GetObject(handle, index)
        if pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        if not pdfium_c.FPDFPageObj_GetBounds(obj, *refs):
            continue
        left, bottom, right, top = x0.value, y0.value, x1.value, y1.value
        width, height = right - left, top - bottom
        if height <= RULE_THICKNESS and width >= MIN_RULE_LENGTH:
            horizontals.append(((top + bottom) / 2, left, right))
        elif width <= RULE_THICKNESS and height >= MIN_RULE_LENGTH:
            verticals.append(((left + right) / 2, bottom, top))
    return horizontals, verticals


def _grids(
    horizontals: list[tuple[float, float, float]], verticals: list[tuple[float, float, float]]
) -> list[_Grid]:
    """Group vertical rules that overlap in height into tables, with their row rules."""
    groups: list[list[tuple[float, float, float]]] = []
    for rule in sorted(verticals, key=lambda v: -v[2]):
        for group in groups:
            if any(rule[1] < g[2] - SNAP and rule[2] > g[1] + SNAP for g in group):
                group.append(rule)
                break
        else:
            groups.append([rule])
    grids: list[_Grid] = []
    for group in groups:
        xs = _snap([v[0] for v in group])
        if len(xs) < 2:
            continue
        bottom, top = min(v[1] for v in group), max(v[2] for v in group)
        rows = [
            h
            for h in horizontals
            if bottom - SNAP <= h[0] <= top + SNAP and h[1] < xs[-1] and h[2] > xs[0]
        ]
        ys = sorted(_snap([h[0] for h in rows] + [bottom, top]), reverse=True)
        if len(ys) < 2:
            continue
        grids.append(_Grid(xs=xs, ys=ys, horizontals=rows, verticals=group))
    return grids


def _has_rule_at_y(grid: _Grid, y: float, x: float) -> bool:
    return any(abs(h[0] - y) <= SNAP and h[1] - SNAP <= x <= h[2] + SNAP for h in grid.horizontals)


def _has_rule_at_x(grid: _Grid, x: float, y: float) -> bool:
    return any(abs(v[0] - x) <= SNAP and v[1] - SNAP <= y <= v[2] + SNAP for v in grid.verticals)


def _table(grid: _Grid, textpage: Any) -> Table:
    """The grid's rows, a merged cell's text repeated over every position it covers."""
    n_rows, n_cols = len(grid.ys) - 1, len(grid.xs) - 1
    owner: list[list[tuple[int, int]]] = [[(r, c) for c in range(n_cols)] for r in range(n_rows)]
    for r in range(n_rows):
        mid_y = (grid.ys[r] + grid.ys[r + 1]) / 2
        for c in range(n_cols):
            mid_x = (grid.xs[c] + grid.xs[c + 1]) / 2
            if r > 0 and not _has_rule_at_y(grid, grid.ys[r], mid_x):
                owner[r][c] = owner[r - 1][c]
            elif c > 0 and not _has_rule_at_x(grid, grid.xs[c], mid_y):
                owner[r][c] = owner[r][c - 1]
    extent: dict[tuple[int, int], list[int]] = {}
    for r in range(n_rows):
        for c in range(n_cols):
            key = owner[r][c]
            box = extent.setdefault(key, [r, c, r, c])
            box[2], box[3] = max(box[2], r), max(box[3], c)
    texts: dict[tuple[int, int], str] = {}
    for key, (r0, c0, r1, c1) in extent.items():
        raw = textpage.get_text_bounded(
            left=grid.xs[c0], bottom=grid.ys[r1 + 1], right=grid.xs[c1 + 1], top=grid.ys[r0]
        )
        texts[key] = normalise_text(raw.replace("\r", "").replace("\n", ""))
    rows = tuple(tuple(texts[owner[r][c]] for c in range(n_cols)) for r in range(n_rows))
    return Table(rows=rows)


def _runs(textpage: Any, grids: list[_Grid]) -> list[_Line]:
    """Characters outside tables, in content order, cut into runs at line changes."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    handle = textpage.raw
    count = pdfium_c.FPDFText_CountChars(handle)
    text = textpage.get_text_range(0, count) if count else ""
    if len(text) != count:  # characters outside the BMP: fall back to one call per char
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(handle, i) or 32) for i in range(count))
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    get_box = pdfium_c.FPDFText_GetCharBox
    refs = (ctypes.byref(left), ctypes.byref(right), ctypes.byref(bottom), ctypes.byref(top))
    boxes = [g.box for g in grids]
    runs: list[_Line] = []
    current: _Line | None = None
    for i, ch in enumerate(text):
        if ch in "\r\n":
            current = None
            continue
        get_box(handle, i, *refs)
        t, b, lft, rgt = top.value, bottom.value, left.value, right.value
        if ch.isspace() or t <= b:
            if current is not None:
                current.text += " "
            continue
        x, y = (lft + rgt) / 2, (t + b) / 2
        if any(
            x0 - SNAP <= x <= x1 + SNAP and y0 - SNAP <= y <= y1 + SNAP for x0, y0, x1, y1 in boxes
        ):
            current = None
            continue
        if (
            current is not None
            and lft >= current.left
            and min(current.top, t) - max(current.bottom, b)
            > 0.5 * min(current.top - current.bottom, t - b)
        ):
            current.text += ch
            if t > current.top:
                current.top = t
            if b < current.bottom:
                current.bottom = b
            if rgt > current.right:
                current.right = rgt
        else:
            current = _Line(t, b, lft, rgt, ch)
            runs.append(current)
    return runs


def _lines(textpage: Any, grids: list[_Grid], height: float) -> list[_Line]:
    """Text outside tables, grouped into lines in reading order, page numbers left out."""
    band = _Page(height=height, items=[])
    runs = sorted(
        (
            run
            for run in _runs(textpage, grids)
            if not (_in_band(band, run) and is_page_number(normalise_text(run.text)))
        ),
        key=lambda run: -run.top,
    )
    groups: list[list[_Line]] = []
    for run in runs:
        if groups and _same_line(groups[-1], run):
            groups[-1].append(run)
        else:
            groups.append([run])
    lines: list[_Line] = []
    for group in groups:
        group.sort(key=lambda run: run.left)
        lines.append(
            _Line(
                top=max(r.top for r in group),
                bottom=min(r.bottom for r in group),
                left=group[0].left,
                right=max(r.right for r in group),
                text="".join(r.text for r in group),
            )
        )
    return lines


def _same_line(group: list[_Line], run: _Line) -> bool:
    top = max(r.top for r in group)
    bottom = min(r.bottom for r in group)
    overlap = min(top, run.top) - max(bottom, run.bottom)
    return overlap > 0.5 * min(top - bottom, run.height)


@dataclass
class _Page:
    height: float
    items: list[tuple[float, _Line | Table]]


def _furniture(pages: list[_Page]) -> set[str]:
    """Texts of lines in a page's top or bottom band that recur there on other pages.

    The band is narrower than an office suite's top margin, so a title at the head of the
    first page's body is not mistaken for the running header that repeats it.
    """
    seen: Counter[str] = Counter()
    for page in pages:
        keys = {
            _DIGITS.sub("#", normalise_text(item.text))
            for top, item in page.items
            if isinstance(item, _Line) and _in_band(page, item)
        }
        seen.update(keys)
    return {key for key, n in seen.items() if n >= 2 and len(pages) >= 2}


def _in_band(page: _Page, line: _Line) -> bool:
    band = page.height * BAND
    return line.top >= page.height - band or line.bottom <= band


def _paragraphs(lines: list[_Line], right_margin: float) -> list[str]:
    """Lines joined where the office suite wrapped them (the line reaches the margin)."""
    out: list[str] = []
    previous: _Line | None = None
    for line in lines:
        text = normalise_text(line.text)
        wrapped = (
            previous is not None
            and previous.right >= right_margin - previous.height * 1.5
            and previous.bottom - line.top < line.height * 1.2
            and not STARTS_ITEM.match(text)
        )
        if wrapped and out:
            out[-1] += text
        else:
            out.append(text)
        previous = line
    return out


def read_layout(pdf: Any) -> tuple[list[Block], int]:
    """The blocks of an opened ``pypdfium2.PdfDocument`` and its count of visible characters."""
    pages: list[_Page] = []
    visible = 0
    for index in range(len(pdf)):
        page = pdf[index]
        try:
            textpage = page.get_textpage()
            try:
                visible += sum(1 for ch in textpage.get_text_range() if not ch.isspace())
                grids = _grids(*_rules(page))
                items: list[tuple[float, _Line | Table]] = [
                    (grid.ys[0], _table(grid, textpage)) for grid in grids
                ]
                lines = _lines(textpage, grids, page.get_height())
                items.extend((line.top, line) for line in lines)
            finally:
                textpage.close()
            items.sort(key=lambda item: -item[0])
            pages.append(_Page(height=page.get_height(), items=items))
        finally:
            page.close()
    furniture = _furniture(pages)
    rights = sorted(
        item.right for page in pages for _, item in page.items if isinstance(item, _Line)
    )
    right_margin = rights[int(len(rights) * 0.95)] if rights else 0.0
    blocks: list[Block] = []
    for page in pages:
        run: list[_Line] = []
        for _, item in page.items:
            if isinstance(item, Table):
                blocks.extend(Paragraph(text=t) for t in _paragraphs(run, right_margin))
                run = []
                blocks.append(item)
                continue
            text = normalise_text(item.text)
            if _in_band(page, item) and (
                is_page_number(text) or _DIGITS.sub("#", text) in furniture
            ):
                continue
            run.append(item)
        blocks.extend(Paragraph(text=t) for t in _paragraphs(run, right_margin))
    return blocks, visible
