"""Supervisory notices as PDF in the letter form of GB/T 9704-2012 (党政机关公文格式，信函格式).

Pure: a :class:`Letter` in, PDF bytes out; no database, no clock. Same letter and fonts give
the same bytes (reportlab's invariant mode), so a regenerated notice equals its first print.

Layout (see ARCHITECTURE.md):

* A4; type area (版心) 156 × 225 mm, 37 mm from the top and 28 mm from the left edge; a grid of
  22 lines × 28 characters: line pitch 225 mm / 22 ≈ 29 pt, character pitch 156 mm / 28 ≈
  15.8 pt, so 3号 (16 pt) characters are set 0.2 pt tighter, as Word does for this grid.
* First page, letter form (10.1): the office name (发文机关标志) centred with its top 30 mm
  from the page top, red (or black) in the title face (小标宋), no wider than the type area;
  a red double rule (thick over thin, 170 mm) 4 mm below it and another (thin over thick)
  20 mm above the page bottom. The document number (发文字号) ends flush with the type area's
  right edge, the top of its characters 7/8 of a character below the rule.
* Title in 22 pt 小标宋 (or our heavy Song), centred, two lines below the number, several lines
  balanced so the first is the longest; addressee one line below, flush left, ending in a
  full-width colon; body paragraphs in 16 pt FangSong indented two characters. A paragraph
  never ends on a line of one character and its punctuation (a 孤字).
* The items as a ruled table (12 pt, close leading), whose header row repeats on every page.
* Signature as 7.3.5.2 lays it out (the layout the summary uses too): one empty line after the
  body, the office name ending two characters from the right margin, the date on the next line
  starting two characters right of the name (or, when the date is the longer, ending two
  characters from the margin and the name moved left to match); the note (附注) in round
  brackets on the next line, indented two characters. The last lines of the body move with
  the signature to a new page rather than leave it alone there.
* Page numbers "— 2 —" in 14 pt Song, 7 mm below the type area, odd pages at the right and even
  pages at the left, one character in. The first page has none: the letter form's rule
  (首页不显示页码), so a one-page notice carries no number at all.

Every string is drawn through :class:`~creditdesk.output.fonts.FontSet` runs, so a character
the main face lacks comes from a fallback face instead of an empty box; reportlab embeds a
subset of each TrueType face used.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Final, Literal

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from creditdesk.chinese_dates import chinese_date
from creditdesk.output.cjk_lines import break_lines, can_break
from creditdesk.output.fonts import FontSet, Role
from creditdesk.output.letter_item import LetterItem

MM: Final = 72 / 25.4
PAGE_WIDTH: Final = 210 * MM  # A4
PAGE_HEIGHT: Final = 297 * MM
TOP_MARGIN: Final = 37 * MM
LEFT_MARGIN: Final = 28 * MM
TYPE_WIDTH: Final = 156 * MM
TYPE_HEIGHT: Final = 225 * MM
TYPE_TOP: Final = PAGE_HEIGHT - TOP_MARGIN  # y of the type area's top edge
TYPE_BOTTOM: Final = TYPE_TOP - TYPE_HEIGHT
LINES_PER_PAGE: Final = 22
CHARS_PER_LINE: Final = 28
LINE_PITCH: Final = TYPE_HEIGHT / LINES_PER_PAGE
CHAR_PITCH: Final = TYPE_WIDTH / CHARS_PER_LINE

BODY_SIZE: Final = 16.0  # 3号
TITLE_SIZE: Final = 22.0  # 2号
PAGE_NUMBER_SIZE: Final = 14.0  # 4号
TABLE_SIZE: Final = 12.0  # 小四
TABLE_LEADING: Final = TABLE_SIZE * 1.2
TABLE_PAD: Final = 2.0
HEADER_TOP: Final = 30 * MM  # letter form: the office name's top edge below the page top
RULE_LENGTH: Final = 170 * MM
RED: Final = (0.90, 0.0, 0.07)
BLACK: Final = (0.0, 0.0, 0.0)
ASCENT: Final = 0.88  # CJK em box above the baseline, as a fraction of the size
DESCENT: Final = 0.12

Color = tuple[float, float, float]
Align = Literal["left", "center", "right"]


@dataclass(frozen=True)
class Letter:
    """Everything printed on one notice.

    Attributes:
        office_name: the issuing office (letter head and signature).
        number: the document number, e.g. 西信用办督〔2024〕3号 (or a placeholder in previews).
        title: the title, without the office name.
        addressee: the receiving unit (the colon is added).
        paragraphs: the body, one string per paragraph.
        table_at: how many paragraphs come before the items table.
        items: the table's rows.
        date: the date of the letter (成文日期).
        note: the note's text without brackets (e.g. 联系人：李静，联系电话：…), or "".
        days_header: the last column's heading (逾期工作日, or 剩余工作日 for a reminder).
        red_header: print the letter head and its rules in red (套红).
    """

    office_name: str
    number: str
    title: str
    addressee: str
    paragraphs: tuple[str, ...]
    table_at: int
    items: tuple[LetterItem, ...]
    date: dt.date
    note: str = ""
    days_header: str = "逾期\n工作日"
    red_header: bool = True


# --------------------------------------------------------------------------- drawing ops


@dataclass
class _Text:
    x: float
    y: float
    face: str
    size: float
    char_space: float
    text: str
    color: Color = BLACK


@dataclass
class _Rule:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float
    color: Color = BLACK


@dataclass
class _Page:
    ops: list[_Text | _Rule] = field(default_factory=list)


class _Measure:
    """The face and advance of each character per role, cached: letters are many."""

    def __init__(self, fonts: FontSet):
        self.fonts = fonts
        self._cache: dict[tuple[Role, str], tuple[str, float]] = {}

    def glyphs(self, text: str, role: Role) -> list[tuple[str, str, float]]:
        """(char, face, advance at 1 pt) for each character of ``text``."""
        cache = self._cache
        out = []
        for char in text:
            hit = cache.get((role, char))
            if hit is None:
                ((face, _),) = self.fonts.runs(char, role)  # the face that has the glyph
                hit = cache[(role, char)] = (face, pdfmetrics.stringWidth(char, face, 1.0))
            out.append((char, hit[0], hit[1]))
        return out


@dataclass
class _SetLine:
    """A line of text laid out: runs of one face with their x offsets and spacing."""

    runs: list[tuple[float, str, str, float]]  # (x offset, face, text, char space)
    width: float
    size: float
    color: Color = BLACK

    def ops(self, x: float, y: float) -> list[_Text | _Rule]:
        return [
            _Text(x + dx, y, face, self.size, cs, t, self.color) for dx, face, t, cs in self.runs
        ]


def _set_text(
    measure: _Measure,
    text: str,
    role: Role,
    size: float,
    char_space: float = 0.0,
    room: float | None = None,
    justify: bool = False,
    color: Color = BLACK,
) -> _SetLine:
    """Lay out one line: each character's advance is its width plus ``char_space``.

    With ``justify`` the line is stretched to ``room`` by spreading the slack between characters.
    """
    glyphs = measure.glyphs(text, role)
    natural = sum(w * size + char_space for _, _, w in glyphs)
    extra = 0.0
    if justify and room is not None and len(glyphs) > 1 and natural < room:
        extra = (room - natural) / (len(glyphs) - 1)
    runs: list[tuple[float, str, str, float]] = []
    x = 0.0
    for char, face, width in glyphs:
        advance = width * size + char_space + extra
        if runs and runs[-1][1] == face:
            dx, _, run_text, cs = runs[-1]
            runs[-1] = (dx, face, run_text + char, cs)
        else:
            runs.append((x, face, char, char_space + extra))
        x += advance
    return _SetLine(runs, natural + extra * max(len(glyphs) - 1, 0), size, color)


def _no_lone_character(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Move one character down when the last line would hold a single one (送。): a 孤字.

    The line before then ends one character earlier and is justified to the full measure.
    """
    if len(spans) < 2:
        return spans
    start, end = spans[-1]
    if sum(1 for c in text[start:end] if c.isalnum()) > 1:
        return spans
    before_start, before_end = spans[-2]
    for cut in range(before_end - 1, max(before_start + 1, before_end - 4), -1):
        if can_break(text, cut) and sum(1 for c in text[cut:end] if c.isalnum()) > 1:
            return [*spans[:-2], (before_start, cut), (cut, end)]
    return spans


def _wrap(
    measure: _Measure,
    text: str,
    role: Role,
    size: float,
    first_room: float,
    room: float,
    char_space: float = 0.0,
    justify: bool = True,
    color: Color = BLACK,
) -> list[_SetLine]:
    """Break a paragraph by the Chinese rules and lay out each line (all but the last justified)."""
    if not text:
        return [_SetLine([], 0.0, size, color)]
    glyphs = measure.glyphs(text, role)
    widths = [w * size + char_space for _, _, w in glyphs]
    spans = _no_lone_character(text, break_lines(text, widths, first_room, room))
    lines = []
    for index, (start, end) in enumerate(spans):
        last = index == len(spans) - 1
        line_room = first_room if index == 0 else room
        lines.append(
            _set_text(
                measure,
                text[start:end],
                role,
                size,
                char_space,
                line_room,
                justify and not last,
                color,
            )
        )
    return lines


# --------------------------------------------------------------------------- flow


@dataclass
class _GridLine:
    """Content for one grid line; ``x`` is the offset from the left margin."""

    line: _SetLine | None
    x: float = 0.0
    keep_with_next: bool = False
    extra: list[tuple[_SetLine, float]] = field(default_factory=list)  # more text, same line


@dataclass
class _Table:
    header: list[list[_SetLine]]  # lines per cell
    rows: list[list[list[_SetLine]]]
    widths: list[float]
    aligns: list[Align]

    def row_height(self, cells: list[list[_SetLine]]) -> float:
        return max(len(lines) for lines in cells) * TABLE_LEADING + 2 * TABLE_PAD


_Block = _GridLine | _Table


def _grid_y(line: int, pitch: float = LINE_PITCH) -> float:
    """Baseline of 16 pt text on grid line ``line`` (0 at the type area's top)."""
    cell_bottom = TYPE_TOP - (line + 1) * pitch
    return cell_bottom + (pitch - BODY_SIZE) / 2 + DESCENT * BODY_SIZE


class _Flow:
    """Places blocks page after page on the 22-line grid."""

    def __init__(self, first_line: int, lines: int = LINES_PER_PAGE):
        self.pages: list[_Page] = [_Page()]
        self.lines = lines
        self.pitch = TYPE_HEIGHT / lines
        self.offset = first_line * self.pitch  # distance below the type area's top

    @property
    def page(self) -> _Page:
        return self.pages[-1]

    def new_page(self) -> None:
        self.pages.append(_Page())
        self.offset = 0.0

    def next_line(self) -> int:
        k = -int(-(self.offset - 1e-6) // self.pitch)  # first grid line at or below the cursor
        return max(k, 0)

    def lines_left(self) -> int:
        return self.lines - self.next_line()

    def place_line(self, block: _GridLine) -> None:
        k = self.next_line()
        if k >= self.lines:
            self.new_page()
            k = 0
            if block.line is None:  # an empty line does not start a page
                return
        y = _grid_y(k, self.pitch)
        if block.line is not None:
            self.page.ops.extend(block.line.ops(LEFT_MARGIN + block.x, y))
        for line, x in block.extra:
            self.page.ops.extend(line.ops(LEFT_MARGIN + x, y))
        self.offset = (k + 1) * self.pitch

    def place_table(self, table: _Table) -> None:
        self.offset = self.next_line() * self.pitch
        header_height = table.row_height(table.header)
        header_due = True
        for cells in table.rows:
            height = table.row_height(cells)
            need = height + (header_height if header_due else 0.0)
            if self.offset + need > TYPE_HEIGHT + 1e-6 and self.offset > 0:
                self.new_page()
                header_due = True
            if header_due:
                self._row(table, table.header, header_height)
                header_due = False
            self._row(table, cells, height)
        if not table.rows:
            self._row(table, table.header, header_height)

    def _row(self, table: _Table, cells: list[list[_SetLine]], height: float) -> None:
        top = TYPE_TOP - self.offset
        bottom = top - height
        ops = self.page.ops
        x = LEFT_MARGIN
        ops.append(_Rule(LEFT_MARGIN, top, LEFT_MARGIN + TYPE_WIDTH, top, 0.6))
        ops.append(_Rule(LEFT_MARGIN, bottom, LEFT_MARGIN + TYPE_WIDTH, bottom, 0.6))
        for width, align, lines in zip(table.widths, table.aligns, cells, strict=True):
            ops.append(_Rule(x, top, x, bottom, 0.6))
            block_height = len(lines) * TABLE_LEADING
            y = top - (height - block_height) / 2 - TABLE_LEADING
            for line in lines:
                inner = width - 2 * TABLE_PAD
                dx = TABLE_PAD
                if align == "center":
                    dx += max(inner - line.width, 0) / 2
                elif align == "right":
                    dx += max(inner - line.width, 0)
                baseline = y + (TABLE_LEADING - TABLE_SIZE) / 2 + DESCENT * TABLE_SIZE
                ops.extend(line.ops(x + dx, baseline))
                y -= TABLE_LEADING
            x += width
        ops.append(_Rule(x, top, x, bottom, 0.6))
        self.offset += height

    def place(self, blocks: Sequence[_Block]) -> None:
        index = 0
        while index < len(blocks):
            block = blocks[index]
            if isinstance(block, _Table):
                self.place_table(block)
                index += 1
                continue
            group = 1  # lines chained by keep_with_next go to one page together
            while (
                index + group - 1 < len(blocks) - 1
                and isinstance(blocks[index + group - 1], _GridLine)
                and blocks[index + group - 1].keep_with_next  # type: ignore[union-attr]
                and isinstance(blocks[index + group], _GridLine)
            ):
                group += 1
            if 1 < group <= self.lines and self.lines_left() < group:
                self.new_page()
            for member in blocks[index : index + group]:
                assert isinstance(member, _GridLine)
                self.place_line(member)
            index += group


# --------------------------------------------------------------------------- letter


TABLE_COLUMNS: Final[tuple[tuple[str, float, Align], ...]] = (
    ("序号", 30.0, "center"),
    ("工作任务", 146.0, "left"),
    ("报送材料", 108.0, "left"),
    ("报送期间", 58.0, "center"),
    ("截止日期", 58.0, "center"),
    ("", 0.0, "center"),  # the days column takes what is left; its heading varies
)


def _fits(measure: _Measure, text: str, role: Role, room: float) -> bool:
    return sum(w for _, _, w in measure.glyphs(text, role)) * TABLE_SIZE <= room + 1e-6


def _cell(measure: _Measure, text: str, width: float, role: Role) -> list[_SetLine]:
    lines: list[_SetLine] = []
    room = width - 2 * TABLE_PAD
    year, mark, rest = text.partition("年")
    if (  # 2026年第3季度 and 2026年10月15日 break after the year, not inside the rest
        mark
        and year.isdigit()
        and "\n" not in text
        and not _fits(measure, text, role, room)
        and _fits(measure, year + mark, role, room)
        and _fits(measure, rest, role, room)
    ):
        text = year + mark + "\n" + rest
    for part in text.split("\n"):
        lines.extend(_wrap(measure, part, role, TABLE_SIZE, room, room, justify=False))
    return lines


def _items_table(measure: _Measure, letter: Letter) -> _Table:
    fixed = sum(width for _, width, _ in TABLE_COLUMNS)
    widths = [width or TYPE_WIDTH - fixed for _, width, _ in TABLE_COLUMNS]
    aligns = [align for _, _, align in TABLE_COLUMNS]
    titles = [title for title, _, _ in TABLE_COLUMNS[:-1]] + [letter.days_header]
    header = [_cell(measure, t, w, "hei") for t, w in zip(titles, widths, strict=True)]
    rows = []
    for number, item in enumerate(letter.items, start=1):
        values = (
            str(number),
            item.task_title,
            item.material or "—",
            item.period_label,
            chinese_date(item.due_date),
            str(item.workdays),
        )
        rows.append([_cell(measure, v, w, "fangsong") for v, w in zip(values, widths, strict=True)])
    return _Table(header, rows, widths, aligns)


TITLE_WORDS: Final = (
    "社会信用体系建设", "领导小组", "办公室", "工作材料", "工作进展", "提醒函", "关于",
    "社会", "信用", "体系", "建设", "工作", "材料", "报送", "催报", "督办", "提醒", "通知",
    "情况", "按时", "落实", "有关",
)  # fmt: skip
"""Words a title line should not split (there is no dictionary segmenter; these cover ours)."""


def _splits_word(title: str, at: int) -> bool:
    for word in TITLE_WORDS:
        start = title.find(word)
        while start != -1:
            if start < at < start + len(word):
                return True
            start = title.find(word, start + 1)
    return False


def _balanced_title(measure: _Measure, title: str) -> list[_SetLine]:
    """Title lines, each centred later.

    A title of two lines breaks between words, as evenly as it can, the first line not the
    shorter (梯形); longer titles are filled evenly.
    """
    glyphs = measure.glyphs(title, "title")
    widths = [w * TITLE_SIZE for _, _, w in glyphs]
    total = sum(widths)
    count = max(1, -int(-total // TYPE_WIDTH))
    if count == 2:
        best: tuple[float, int] | None = None
        for at in range(1, len(title)):
            first = sum(widths[:at])
            second = total - first
            if first > TYPE_WIDTH or second > TYPE_WIDTH or not can_break(title, at):
                continue
            score = abs(first - second) + (0 if first >= second else TITLE_SIZE / 2)
            score += 10 * TITLE_SIZE if _splits_word(title, at) else 0
            if best is None or score < best[0]:
                best = (score, at)
        if best is not None:
            at = best[1]
            return [
                _set_text(measure, title[:at], "title", TITLE_SIZE),
                _set_text(measure, title[at:], "title", TITLE_SIZE),
            ]
    room = TYPE_WIDTH if count == 1 else min(TYPE_WIDTH, total / count + TITLE_SIZE)
    spans = break_lines(title, widths, room, room)
    return [_set_text(measure, title[s:e], "title", TITLE_SIZE) for s, e in spans]


def _letterhead(measure: _Measure, letter: Letter, page: _Page) -> float:
    """Draw the office name and both double rules; returns the head rule's lowest y."""
    color = RED if letter.red_header else BLACK
    name = letter.office_name or " "
    natural = sum(w for _, _, w in measure.glyphs(name, "title"))
    size = min(30.0, TYPE_WIDTH / max(natural, 1.0))  # never wider than the type area
    spacing = 0.0
    if natural * size < 120 * MM and len(name) > 1:  # a short name is spaced out a little
        spacing = min(size * 0.5, (120 * MM - natural * size) / (len(name) - 1))
    line = _set_text(measure, name, "title", size, spacing, color=color)
    width = line.width - spacing
    baseline = PAGE_HEIGHT - HEADER_TOP - ASCENT * size
    page.ops.extend(line.ops(LEFT_MARGIN + (TYPE_WIDTH - width) / 2, baseline))
    rule_left = (PAGE_WIDTH - RULE_LENGTH) / 2
    rule_right = rule_left + RULE_LENGTH
    top_rule = baseline - DESCENT * size - 4 * MM
    page.ops.append(_Rule(rule_left, top_rule, rule_right, top_rule, 2.2, color))
    page.ops.append(_Rule(rule_left, top_rule - 2.6, rule_right, top_rule - 2.6, 0.7, color))
    bottom_rule = 20 * MM
    page.ops.append(_Rule(rule_left, bottom_rule + 2.6, rule_right, bottom_rule + 2.6, 0.7, color))
    page.ops.append(_Rule(rule_left, bottom_rule, rule_right, bottom_rule, 2.2, color))
    return top_rule - 2.6 - 0.35


def _body_blocks(measure: _Measure, letter: Letter) -> list[_Block]:
    cs = CHAR_PITCH - BODY_SIZE
    indent = 2 * CHAR_PITCH
    blocks: list[_Block] = []
    for line in _balanced_title(measure, letter.title):
        blocks.append(_GridLine(line, (TYPE_WIDTH - line.width) / 2))
    blocks.append(_GridLine(None))
    addressee = letter.addressee.rstrip("：:") + "："
    for line in _wrap(measure, addressee, "fangsong", BODY_SIZE, TYPE_WIDTH, TYPE_WIDTH, cs):
        blocks.append(_GridLine(line))
    paragraphs = list(letter.paragraphs)
    table_at = max(0, min(letter.table_at, len(paragraphs)))
    for index in range(len(paragraphs) + 1):
        if index == table_at:
            blocks.append(_items_table(measure, letter))
        if index == len(paragraphs):
            break
        lines = _wrap(
            measure, paragraphs[index], "fangsong", BODY_SIZE, TYPE_WIDTH - indent, TYPE_WIDTH, cs
        )
        for number, line in enumerate(lines):
            blocks.append(_GridLine(line, indent if number == 0 else 0.0))
    # The last two body lines travel with the signature block.
    for block in blocks[-2:]:
        if isinstance(block, _GridLine) and block.line is not None:
            block.keep_with_next = True
    blocks.extend(_signature_blocks(measure, letter))
    return blocks


def signature_offsets(name_width: float, date_width: float) -> tuple[float, float]:
    """x of the office name and of the date from the left margin, as GB/T 9704 7.3.5.2 sets
    them: the name ends two characters from the right margin and the date starts two characters
    right of the name; a date longer than that ends two characters from the margin instead and
    the name moves left with it. Shared with the quarterly summary."""
    right = TYPE_WIDTH - 2 * CHAR_PITCH
    name_x = right - name_width
    date_x = name_x + 2 * CHAR_PITCH
    if date_x + date_width > right + 0.5:
        date_x = right - date_width
        name_x = date_x - 2 * CHAR_PITCH
    return max(0.0, name_x), max(0.0, date_x)


def _signature_blocks(measure: _Measure, letter: Letter) -> list[_Block]:
    cs = CHAR_PITCH - BODY_SIZE
    date = _set_text(measure, chinese_date(letter.date), "fangsong", BODY_SIZE, cs)
    name = _set_text(measure, letter.office_name, "fangsong", BODY_SIZE, cs)
    name_x, date_x = signature_offsets(name.width - cs, date.width - cs)
    blocks: list[_Block] = [
        _GridLine(None, keep_with_next=True),
        _GridLine(name, name_x, keep_with_next=True),
        _GridLine(date, date_x, keep_with_next=bool(letter.note)),
    ]
    if letter.note:
        note = "（" + letter.note + "）"
        indent = 2 * CHAR_PITCH
        lines = _wrap(measure, note, "fangsong", BODY_SIZE, TYPE_WIDTH - indent, TYPE_WIDTH, cs)
        for number, line in enumerate(lines):
            keep = number < len(lines) - 1
            blocks.append(_GridLine(line, indent if number == 0 else 0.0, keep_with_next=keep))
    return blocks


TIGHTER_GRIDS: Final = (22, 23, 24, 25, 26)
"""Lines per page tried in turn for a letter that would spill onto a second page by a little:
the 22-line grid, then line pitches closed up step by step to 26 lines (24.9 pt, still half
again the 3号 size). A letter that does not fit on one page even so is laid out on the
22-line grid over several pages."""

NUMBER_GAP: Final = BODY_SIZE * 7 / 8
"""From the letter form's red rule down to the top of the document number's characters."""


def _number_ops(
    measure: _Measure, letter: Letter, rule_y: float
) -> tuple[list[_Text | _Rule], float]:
    """The document number flush with the type area's right edge, 7/8 of a character under
    the rule; returns its drawing and its lowest y."""
    cs = CHAR_PITCH - BODY_SIZE
    line = _set_text(measure, letter.number, "fangsong", BODY_SIZE, cs)
    top = rule_y - NUMBER_GAP
    baseline = top - ASCENT * BODY_SIZE
    x = LEFT_MARGIN + TYPE_WIDTH - (line.width - cs)  # no spacing after the last character
    return line.ops(x, baseline), baseline - DESCENT * BODY_SIZE


def _page_number_ops(measure: _Measure, number: int) -> list[_Text | _Rule]:
    line = _set_text(measure, f"— {number} —", "song", PAGE_NUMBER_SIZE)
    baseline = TYPE_BOTTOM - 7 * MM - ASCENT * PAGE_NUMBER_SIZE
    if number % 2:
        x = LEFT_MARGIN + TYPE_WIDTH - PAGE_NUMBER_SIZE - line.width
    else:
        x = LEFT_MARGIN + PAGE_NUMBER_SIZE
    return line.ops(x, baseline)


_MEASURES: dict[int, tuple[FontSet, _Measure]] = {}


def _measure_for(fonts: FontSet) -> _Measure:
    """One width cache per font set, kept for the program's life (a batch reuses it)."""
    entry = _MEASURES.get(id(fonts))
    if entry is None or entry[0] is not fonts:
        entry = _MEASURES[id(fonts)] = (fonts, _Measure(fonts))
    return entry[1]


def layout_letter(letter: Letter, fonts: FontSet) -> list[_Page]:
    """The pages of one letter as drawing operations (exposed for tests of the layout)."""
    measure = _measure_for(fonts)
    first = _Page()
    rule_y = _letterhead(measure, letter, first)
    number_ops, number_bottom = _number_ops(measure, letter, rule_y)
    first.ops.extend(number_ops)
    blocks = _body_blocks(measure, letter)

    def flowed(lines: int) -> _Flow:
        flow = _Flow(0, lines)
        flow.pages = [_Page(list(first.ops))]
        flow.offset = TYPE_TOP - number_bottom  # the number's line, off the grid
        flow.offset = (flow.next_line() + 2) * flow.pitch  # two empty lines before the title
        flow.place(blocks)
        return flow

    flow = flowed(LINES_PER_PAGE)
    if len(flow.pages) == 2:  # GB/T 9704 7.3.5: close the lines up before the end spills
        for lines in TIGHTER_GRIDS[1:]:
            tighter = flowed(lines)
            if len(tighter.pages) == 1:
                flow = tighter
                break
    for index, page in enumerate(flow.pages[1:], start=2):
        page.ops.extend(_page_number_ops(measure, index))
    return flow.pages


def _draw(canvas: Canvas, page: _Page) -> None:
    """Emit a page: rules as paths, all text in one text object, state set only on change."""
    stroke: tuple[Color, float] | None = None
    for op in page.ops:
        if isinstance(op, _Rule):
            if stroke != (op.color, op.width):
                stroke = (op.color, op.width)
                canvas.setStrokeColorRGB(*op.color)
                canvas.setLineWidth(op.width)
            canvas.line(op.x1, op.y1, op.x2, op.y2)
    text = canvas.beginText()
    font: tuple[str, float] | None = None
    color: Color | None = None
    space: float | None = None
    for op in page.ops:
        if isinstance(op, _Rule):
            continue
        if font != (op.face, op.size):
            font = (op.face, op.size)
            text.setFont(op.face, op.size)
        if color != op.color:
            color = op.color
            text.setFillColorRGB(*op.color)
        if space != op.char_space:
            space = op.char_space
            text.setCharSpace(op.char_space)
        text.setTextOrigin(op.x, op.y)
        text.textOut(op.text)
    canvas.drawText(text)
    canvas.showPage()


def _canvas(
    buffer: io.BytesIO, title: str, author: str, fonts: FontSet, dated: bool = False
) -> Canvas:
    # the initial font would otherwise be Helvetica, listed in the PDF but never embedded
    canvas = Canvas(
        buffer,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        invariant=0 if dated else 1,
        pageCompression=1,
        initialFontName=fonts.face("fangsong").name,
        initialFontSize=BODY_SIZE,
    )
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setCreator("CreditDesk")
    return canvas


def render_letter(letter: Letter, fonts: FontSet) -> bytes:
    """One notice as a PDF."""
    buffer = io.BytesIO()
    canvas = _canvas(buffer, f"{letter.number} {letter.title}", letter.office_name, fonts)
    for page in layout_letter(letter, fonts):
        _draw(canvas, page)
    canvas.save()
    return buffer.getvalue()


def render_letters(
    letters: Sequence[Letter], fonts: FontSet, *, duplex: bool = True, dated: bool = False
) -> bytes:
    """Several notices in one PDF for printing a batch, each font embedded once for all.

    With ``duplex`` each notice starts on a new sheet: a blank page follows a notice with an
    odd number of pages. With ``dated`` the file carries the real creation date (a batch
    printed today); without, it is the same bytes every time (a preview).
    """
    buffer = io.BytesIO()
    title = "督办通知（合并打印）"
    canvas = _canvas(buffer, title, letters[0].office_name if letters else "", fonts, dated)
    for index, letter in enumerate(letters):
        pages = layout_letter(letter, fonts)
        for page in pages:
            _draw(canvas, page)
        if duplex and len(pages) % 2 and index < len(letters) - 1:
            canvas.showPage()
    if not letters:
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def body_lines(fonts: FontSet, text: str, indent: int = 2) -> list[tuple[float, _SetLine]]:
    """A paragraph set on the notices' grid (28 characters a line, justified, 避头尾, no 孤字),
    as (x offset from the left margin, line): the quarterly summary's body uses it too."""
    measure = _measure_for(fonts)
    cs = CHAR_PITCH - BODY_SIZE
    first = indent * CHAR_PITCH
    lines = _wrap(measure, text, "fangsong", BODY_SIZE, TYPE_WIDTH - first, TYPE_WIDTH, cs)
    return [(first if number == 0 else 0.0, line) for number, line in enumerate(lines)]


def signature_lines(
    fonts: FontSet, office_name: str, date: dt.date
) -> list[tuple[float, _SetLine]]:
    """The office name and the date laid out as on a notice (7.3.5.2), one line each."""
    measure = _measure_for(fonts)
    cs = CHAR_PITCH - BODY_SIZE
    date_line = _set_text(measure, chinese_date(date), "fangsong", BODY_SIZE, cs)
    name_line = _set_text(measure, office_name, "fangsong", BODY_SIZE, cs)
    name_x, date_x = signature_offsets(name_line.width - cs, date_line.width - cs)
    return [(name_x, name_line), (date_x, date_line)]


def draw_text_ops(canvas: Canvas, ops: Sequence[_Text | _Rule]) -> None:
    """Draw text operations (from :meth:`_SetLine.ops`) on a canvas, state set on change."""
    text = canvas.beginText()
    for op in ops:
        if isinstance(op, _Text):
            text.setFont(op.face, op.size)
            text.setFillColorRGB(*op.color)
            text.setCharSpace(op.char_space)
            text.setTextOrigin(op.x, op.y)
            text.textOut(op.text)
    canvas.drawText(text)


def letter_text_positions(pages: Sequence[_Page]) -> list[list[dict[str, Any]]]:
    """Per page, each drawn string with its position (for checks of the layout)."""
    return [
        [
            {"x": op.x, "y": op.y, "size": op.size, "text": op.text}
            for op in page.ops
            if isinstance(op, _Text)
        ]
        for page in pages
    ]
