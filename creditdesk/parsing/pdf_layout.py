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

import bisect
import ctypes
import itertools
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


@dataclass(slots=True)
class _Line:
    top: float
    bottom: float
    left: float
    right: float
    text: str

    @property
    def height(self) -> float:
        return self.top - self.bottom


@dataclass(frozen=True)
class RuledTable(Table):
    """A table read from ruling lines, with what page breaks need to know of its last row.

    ``merged_last``: columns whose last-row cell is a vertical merge begun in an earlier row;
    ``full_last``: columns whose last-row cell ends with a line filled to its right border;
    ``xs``: the x positions of the column borders, left to right.
    """

    merged_last: frozenset[int] = frozenset()
    full_last: frozenset[int] = frozenset()
    xs: tuple[float, ...] = ()


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


def _table(grid: _Grid, chars: list[_Line]) -> Table:
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
    inside: dict[tuple[int, int], list[_Line]] = {}
    descending = [-v for v in grid.ys]
    for ch in chars:
        x, y = (ch.left + ch.right) / 2, (ch.top + ch.bottom) / 2
        c = bisect.bisect_right(grid.xs, x) - 1
        r = bisect.bisect_right(descending, -y) - 1
        if 0 <= r < n_rows and 0 <= c < n_cols:
            inside.setdefault(owner[r][c], []).append(ch)
    lines = {key: _group_lines(chars) for key, chars in inside.items()}
    rows = tuple(
        tuple(
            normalise_text("".join(line.text for line in lines.get(owner[r][c], [])))
            for c in range(n_cols)
        )
        for r in range(n_rows)
    )
    full: set[int] = set()
    for c in range(n_cols):
        key = owner[n_rows - 1][c]
        cell_lines = lines.get(key, [])
        if cell_lines:
            span = max(k for k in range(n_cols) if owner[n_rows - 1][k] == key)
            if _ends_full(cell_lines, grid.xs[span + 1]):
                full.add(c)
    last = n_rows - 1
    merged = frozenset(c for c in range(n_cols) if owner[last][c][0] < last)
    return RuledTable(rows=rows, merged_last=merged, full_last=frozenset(full), xs=tuple(grid.xs))


def _on_columns(table: Table, xs: tuple[float, ...]) -> Table:
    """``table`` laid on the columns ``xs`` of the table it continues from the page before.

    On a page where every row has a cell spanning two columns (a row split at the page
    break, or rows whose 四级指标 and 重点工作 are one cell), the border between those
    columns is never drawn, so the page's grid has fewer columns than the table.  When the
    page's borders are a subset of ``xs`` with the same outer edges, each cell's text is
    repeated over the columns it spans, as for any merged cell; otherwise it is left as is.
    """
    if not isinstance(table, RuledTable) or not table.xs or not xs or len(table.xs) >= len(xs):
        return table
    near = 2 * SNAP
    if abs(table.xs[0] - xs[0]) > near or abs(table.xs[-1] - xs[-1]) > near:
        return table
    if any(min(abs(x - y) for y in xs) > near for x in table.xs):
        return table
    source = [
        min(bisect.bisect_right(table.xs, (left + right) / 2) - 1, len(table.xs) - 2)
        for left, right in itertools.pairwise(xs)
    ]
    return RuledTable(
        rows=tuple(tuple(row[j] for j in source) for row in table.rows),
        merged_last=frozenset(c for c, j in enumerate(source) if j in table.merged_last),
        full_last=frozenset(c for c, j in enumerate(source) if j in table.full_last),
        xs=xs,
    )


def _ends_full(cell_lines: list[_Line], right: float) -> bool:
    """Whether a cell's last line is filled like a wrapped one: to the cell's border, or as
    far as the longest line above it (line-breaking rules keep 、 and ） off a line's start,
    so a list of unit names can wrap every line a character short of the border)."""
    line = cell_lines[-1]
    if line.right >= right - 2.5 * line.height:
        return True
    above = max((other.right for other in cell_lines[:-1]), default=None)
    return above is not None and line.right >= above - 1.2 * line.height


def _page_number_spans(text: str) -> set[int]:
    """Indices of characters on extracted lines that are only a page number ("- 3 -")."""
    marked: set[int] = set()
    start = 0
    for line in text.splitlines(keepends=True):
        if is_page_number(line.strip()):
            marked.update(range(start, start + len(line)))
        start += len(line)
    return marked


def _chars(textpage: Any, height: float) -> list[_Line]:
    """Every visible character of the page with its loose box (whole line height).

    A page number in the page's top or bottom band is left out here, before lines are
    formed, since text that runs into the margin can share its height.
    """
    import pypdfium2.raw as pdfium_c

    handle = textpage.raw
    count = pdfium_c.FPDFText_CountChars(handle)
    text = textpage.get_text_range(0, count) if count else ""
    if len(text) != count:  # characters outside the BMP: one call per character
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(handle, i) or 32) for i in range(count))
    rect = pdfium_c.FS_RECTF()
    ref = ctypes.byref(rect)
    get_box = pdfium_c.FPDFText_GetLooseCharBox
    page_numbers = _page_number_spans(text)
    band = height * BAND
    out: list[_Line] = []
    for i, ch in enumerate(text):
        if ch.isspace():
            continue
        if not get_box(handle, i, ref) or rect.top <= rect.bottom:
            continue
        if i in page_numbers and (rect.top >= height - band or rect.bottom <= band):
            continue
        out.append(_Line(rect.top, rect.bottom, rect.left, rect.right, ch))
    return out


def _group_lines(chars: list[_Line]) -> list[_Line]:
    """Characters grouped into lines (vertical overlap), top to bottom, left to right."""
    lines: list[list[_Line]] = []
    tops: list[tuple[float, float]] = []
    for ch in sorted(chars, key=lambda c: -(c.top + c.bottom)):
        if lines:
            top, bottom = tops[-1]
            overlap = min(top, ch.top) - max(bottom, ch.bottom)
            if overlap > 0.5 * min(top - bottom, ch.height):
                lines[-1].append(ch)
                tops[-1] = (max(top, ch.top), min(bottom, ch.bottom))
                continue
        lines.append([ch])
        tops.append((ch.top, ch.bottom))
    out: list[_Line] = []
    for group, (top, bottom) in zip(lines, tops, strict=True):
        group.sort(key=lambda c: c.left)
        text: list[str] = []
        for previous, ch in zip([None, *group], group, strict=False):
            if previous is not None and ch.left - previous.right > 0.15 * ch.height:
                text.append(" ")
            text.append(ch.text)
        out.append(_Line(top, bottom, group[0].left, group[-1].right, "".join(text)))
    return out


def _lines(chars: list[_Line], height: float) -> list[_Line]:
    """Text outside tables as lines in reading order, page numbers left out."""
    band = _Page(height=height, items=[])
    return [
        line
        for line in _group_lines(chars)
        if not (_in_band(band, line) and is_page_number(normalise_text(line.text)))
    ]


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
        text = line.text.strip()
        wrapped = (
            previous is not None
            and previous.right >= right_margin - previous.height * 1.5
            and previous.bottom - line.top < line.height * 1.2
            and not STARTS_ITEM.match(normalise_text(text))
        )
        if wrapped and out:
            out[-1] += text
        else:
            out.append(text)
        previous = line
    return out


def _without_repeated_heading(
    heading: tuple[tuple[str, ...], ...], tops: set[tuple[str, ...]], table: Table
) -> Table:
    """Drop the heading rows a table repeats at the top of each page it continues on.

    ``heading``: the rows the table began with (Word repeats as many of them as are marked
    重复标题行, usually the column names, now and then a first data row too); ``tops``: the
    rows that began each page of the table so far.  A row with fewer than two filled cells
    is a split row's tail, never a heading.
    """
    count = 0
    for row, first in zip(table.rows, heading, strict=False):
        if row != first or sum(1 for c in row if c) < 2:
            break
        count += 1
    if not count and table.rows and table.rows[0] in tops:
        count = int(sum(1 for c in table.rows[0] if c) >= 2)
    if not count:
        return table
    if isinstance(table, RuledTable):
        return RuledTable(
            rows=table.rows[count:],
            merged_last=table.merged_last,
            full_last=table.full_last,
            xs=table.xs,
        )
    return Table(rows=table.rows[count:])


_CLOSED: Final = ("。", "；", ";", "！", "？")


def _join_split_row(previous: Table, table: Table) -> tuple[Table, Table]:
    """Rejoin a row the office suite split at a page break.

    A row too tall for the rest of the page continues at the top of the next page: there
    its cells that were finished stay empty, and the others go on mid-sentence.  The first
    row of the new page is taken as such a continuation when every cell it has text in
    continues a cell of the row above that has text, is not a merged cell begun higher up
    and does not end with a full stop, and each of those cells above ends with a line filled
    to the cell's border (a cell whose last line stops short had finished its text).
    """
    if not previous.rows or not table.rows or len(previous.rows[-1]) != len(table.rows[0]):
        return previous, table
    above, first = previous.rows[-1], table.rows[0]
    merged = previous.merged_last if isinstance(previous, RuledTable) else frozenset()
    full = previous.full_last if isinstance(previous, RuledTable) else frozenset()
    filled = [i for i, cell in enumerate(first) if cell]
    if not filled or any(i in merged or not above[i] or above[i].endswith(_CLOSED) for i in filled):
        return previous, table
    if not all(i in full for i in filled):
        return previous, table
    joined = tuple(a + b if b else a for a, b in zip(above, first, strict=True))
    rest = table.rows[1:]
    merged_rest = table.merged_last if isinstance(table, RuledTable) else frozenset()
    full_rest = table.full_last if isinstance(table, RuledTable) else frozenset()
    xs = table.xs if isinstance(table, RuledTable) else ()
    return Table(rows=(*previous.rows[:-1], joined)), RuledTable(
        rows=rest, merged_last=merged_rest, full_last=full_rest, xs=xs
    )


def read_layout(pdf: Any) -> tuple[list[Block], int]:
    """The blocks of an opened ``pypdfium2.PdfDocument`` and its count of visible characters."""
    pages: list[_Page] = []
    visible = 0
    for index in range(len(pdf)):
        page = pdf[index]
        try:
            textpage = page.get_textpage()
            try:
                chars = _chars(textpage, page.get_height())
                visible += len(chars)
                grids = _grids(*_rules(page))
                in_grid: dict[int, list[_Line]] = {id(grid): [] for grid in grids}
                free: list[_Line] = []
                boxes = [(id(g), *g.box) for g in grids]
                for ch in chars:
                    x, y = (ch.left + ch.right) / 2, (ch.top + ch.bottom) / 2
                    owner = next(
                        (
                            key
                            for key, x0, y0, x1, y1 in boxes
                            if x0 - SNAP <= x <= x1 + SNAP and y0 - SNAP <= y <= y1 + SNAP
                        ),
                        None,
                    )
                    (in_grid[owner] if owner is not None else free).append(ch)
                items: list[tuple[float, _Line | Table]] = [
                    (grid.ys[0], _table(grid, in_grid[id(grid)])) for grid in grids
                ]
                lines = _lines(free, page.get_height())
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
    tops: set[tuple[str, ...]] = set()
    heading: tuple[tuple[str, ...], ...] = ()
    columns: tuple[float, ...] = ()
    for page in pages:
        run: list[_Line] = []
        for _, item in page.items:
            if isinstance(item, Table):
                blocks.extend(Paragraph(text=t) for t in _paragraphs(run, right_margin))
                if not run and blocks and isinstance(blocks[-1], Table):
                    item = _on_columns(item, columns)
                    first = item.rows[:1]
                    item = _without_repeated_heading(heading, tops | set(blocks[-1].rows[:1]), item)
                    tops.update(first)
                    previous, item = _join_split_row(blocks[-1], item)
                    if not item.rows and isinstance(item, RuledTable):
                        # The whole page was one row's continuation: the row goes on.
                        blocks[-1] = RuledTable(
                            rows=previous.rows,
                            merged_last=item.merged_last,
                            full_last=item.full_last,
                            xs=item.xs,
                        )
                        continue
                    blocks[-1] = previous
                else:
                    tops = set(item.rows[:1])
                    heading = item.rows[:3]
                    columns = item.xs if isinstance(item, RuledTable) else ()
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
