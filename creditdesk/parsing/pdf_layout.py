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
import operator
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

_Char = tuple[float, float, float, float, str, float, float]
"""One visible character: its loose box (top, bottom, left, right), its text and centre (x, y).

A plain tuple: a page holds thousands of them, and building and reading an object per
character was most of the time a PDF took to read.
"""


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
    # An office suite writes a text object per character, so this loop runs once per
    # character too: the PDFium functions are looked up once, not on every object.
    get_object, get_type = pdfium_c.FPDFPage_GetObject, pdfium_c.FPDFPageObj_GetType
    get_bounds, path = pdfium_c.FPDFPageObj_GetBounds, pdfium_c.FPDF_PAGEOBJ_PATH
    for index in range(pdfium_c.FPDFPage_CountObjects(handle)):
        obj = get_object(handle, index)
        if get_type(obj) != path or not get_bounds(obj, *refs):
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


def _table(grid: _Grid, chars: list[_Char]) -> Table:
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
    inside: dict[tuple[int, int], list[_Char]] = {}
    descending = [-v for v in grid.ys]
    xs, find = grid.xs, bisect.bisect_right
    for ch in chars:
        c = find(xs, ch[5]) - 1
        r = find(descending, -ch[6]) - 1
        if 0 <= r < n_rows and 0 <= c < n_cols:
            inside.setdefault(owner[r][c], []).append(ch)
    lines = {key: _group_lines(cell) for key, cell in inside.items()}
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


def _on_page_number_lines(text: str, indices: list[int]) -> set[int]:
    """Those of ``indices`` whose extracted line is only a page number ("- 3 -").

    Only the few characters in the page's top and bottom bands are asked about, so only
    their lines are tested, not every line of the page.
    """
    lines = text.splitlines(keepends=True)
    starts = [0, *itertools.accumulate(len(line) for line in lines)]
    verdicts: dict[int, bool] = {}
    marked: set[int] = set()
    for i in indices:
        n = bisect.bisect_right(starts, i) - 1
        if n not in verdicts:
            verdicts[n] = n < len(lines) and is_page_number(lines[n].strip())
        if verdicts[n]:
            marked.add(i)
    return marked


def _chars(textpage: Any, height: float) -> list[_Char]:
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
    low, high = height * BAND, height - height * BAND
    out: list[_Char] = []
    in_band: list[int] = []  # positions in ``out`` of characters in the top or bottom band
    indices: list[int] = []  # and their indices in ``text``
    for i, ch in enumerate(text):
        if ch.isspace() or not get_box(handle, i, ref):
            continue
        top, bottom = rect.top, rect.bottom
        if top <= bottom:
            continue
        if top >= high or bottom <= low:
            in_band.append(len(out))
            indices.append(i)
        left, right = rect.left, rect.right
        out.append((top, bottom, left, right, ch, (left + right) / 2, (top + bottom) / 2))
    if in_band:
        numbers = _on_page_number_lines(text, indices)
        dropped = {k for k, i in zip(in_band, indices, strict=True) if i in numbers}
        if dropped:
            out = [ch for k, ch in enumerate(out) if k not in dropped]
    return out


_BY_LEFT: Final = operator.itemgetter(2)
_BY_MIDDLE: Final = operator.itemgetter(6)


def _group_lines(chars: list[_Char]) -> list[_Line]:
    """Characters grouped into lines (vertical overlap), top to bottom, left to right.

    One pass over the characters sorted by height on the page: each joins the line above
    it when it overlaps that line by more than half the smaller height, else starts one.
    """
    groups: list[list[_Char]] = []
    spans: list[list[float]] = []  # each line's [top, bottom] so far
    group: list[_Char] = []
    span = [0.0, 0.0]
    for ch in sorted(chars, key=_BY_MIDDLE, reverse=True):  # stable, as the order of ties matters
        ch_top, ch_bottom = ch[0], ch[1]
        if group:
            top, bottom = span
            overlap = (top if top < ch_top else ch_top) - (
                bottom if bottom > ch_bottom else ch_bottom
            )
            smaller = top - bottom
            if ch_top - ch_bottom < smaller:
                smaller = ch_top - ch_bottom
            if overlap > 0.5 * smaller:
                group.append(ch)
                if ch_top > top:
                    span[0] = ch_top
                if ch_bottom < bottom:
                    span[1] = ch_bottom
                continue
        group, span = [ch], [ch_top, ch_bottom]
        groups.append(group)
        spans.append(span)
    out: list[_Line] = []
    for members, (top, bottom) in zip(groups, spans, strict=True):
        members.sort(key=_BY_LEFT)
        text: list[str] = []
        previous_right: float | None = None
        for ch_top, ch_bottom, left, right, glyph, _, _ in members:
            if previous_right is not None and left - previous_right > 0.15 * (ch_top - ch_bottom):
                text.append(" ")
            text.append(glyph)
            previous_right = right
        out.append(_Line(top, bottom, members[0][2], members[-1][3], "".join(text)))
    return out


def _lines(chars: list[_Char], height: float) -> list[_Line]:
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


def _by_grid(chars: list[_Char], grids: list[_Grid]) -> tuple[list[list[_Char]], list[_Char]]:
    """The characters inside each table's box (the first that holds them) and the rest."""
    in_grid: list[list[_Char]] = [[] for _ in grids]
    if not grids:
        return in_grid, list(chars)
    free: list[_Char] = []
    boxes = [
        (cells, x0 - SNAP, y0 - SNAP, x1 + SNAP, y1 + SNAP)
        for cells, (x0, y0, x1, y1) in zip(in_grid, (g.box for g in grids), strict=True)
    ]
    for ch in chars:
        x, y = ch[5], ch[6]
        for cells, x0, y0, x1, y1 in boxes:
            if x0 <= x <= x1 and y0 <= y <= y1:
                cells.append(ch)
                break
        else:
            free.append(ch)
    return in_grid, free


def read_layout(pdf: Any) -> tuple[list[Block], int]:
    """The blocks of an opened ``pypdfium2.PdfDocument`` and its count of visible characters."""
    pages: list[_Page] = []
    visible = 0
    for index in range(len(pdf)):
        page = pdf[index]
        try:
            textpage = page.get_textpage()
            try:
                height = page.get_height()
                chars = _chars(textpage, height)
                visible += len(chars)
                grids = _grids(*_rules(page))
                in_grid, free = _by_grid(chars, grids)
                items: list[tuple[float, _Line | Table]] = [
                    (grid.ys[0], _table(grid, cells))
                    for grid, cells in zip(grids, in_grid, strict=True)
                ]
                lines = _lines(free, height)
                items.extend((line.top, line) for line in lines)
            finally:
                textpage.close()
            items.sort(key=lambda item: -item[0])
            pages.append(_Page(height=height, items=items))
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
