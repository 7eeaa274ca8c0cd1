"""The roster's columns are found however the office laid out its sheet.

Offices send the unit list in every shape: columns in any order, a merged title and blank rows
above the header, notes and a signature below it, headers typed with a required-field star, a
colon, a remark in brackets, padding spaces or full-width letters. These properties write such
sheets (as .xlsx and .csv) and check that the header row, the column of every field and the
units read are the ones the sheet was written with.
"""

from __future__ import annotations

import csv
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from creditdesk.parsing.roster_sheet import HEADER_WORDS, read_roster_sheet

UNIT_NAMES = (
    "县财政局",
    "县市场监督管理局",
    "县人民法院",
    "城关镇人民政府",
    "县发展和改革委员会",
    "国家税务总局某县税务局",
)
TITLES = (
    "某县社会信用体系建设领导小组成员单位联络员名册",
    "2026年度信用工作联络员名单",
    "附件2",
)
ABOVE = ("填报日期：2026年11月", "（请于11月30日前报送）")
BELOW = ("注：联络员如有变动请及时告知。", "填表人：王强", "说明：本表由各单位填写。")


def _value(field: str, i: int) -> str:
    """A plausible cell for ``field`` of the ``i``-th unit (never a header word)."""
    return {
        "short_name": f"简称{i}",
        "category": "县直部门",
        "liaison": f"联络员{i}",
        "liaison_title": "科长",
        "office_phone": f"0396-601234{i}",
        "mobile": f"1380396000{i}",
        "email": f"lly{i}@example.gov.cn",
        "address": f"人民路{i}号",
        "notes": "无",
        "aliases": f"别称{i}",
    }[field]


def _full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


@st.composite
def header_texts(draw: st.DrawFn, field: str) -> str:
    """A header naming ``field`` as some office typed it."""
    text = draw(st.sampled_from(HEADER_WORDS[field]))
    if draw(st.booleans()):
        text = _full_width(text)
    if draw(st.booleans()):
        space = draw(st.sampled_from([" ", "\u3000"]))
        text = space.join(text) if len(text) <= 4 else text + space
    decoration = draw(st.sampled_from(["", "*", "★", "：", ":", "（必填）", "(必填)"]))
    return decoration + text if decoration in ("*", "★") else text + decoration


@st.composite
def sheets(draw: st.DrawFn) -> tuple[list[list[str]], int, dict[str, int], list[str], bool]:
    """Rows of a decorated sheet, the 0-based header row, the field → column map, the units.

    The last item says whether the title is merged across the columns (an .xlsx only).
    """
    others = [f for f in HEADER_WORDS if f != "name"]
    fields = ["name", *draw(st.lists(st.sampled_from(others), min_size=1, unique=True))]
    columns: list[str | None] = [*fields, None] if draw(st.booleans()) else list(fields)
    columns = draw(st.permutations(columns))  # None is the 序号 column
    headers = [
        draw(header_texts(f)) if f is not None else draw(st.sampled_from(["序号", "序 号"]))
        for f in columns
    ]
    width = len(columns)
    above: list[list[str]] = []
    if draw(st.booleans()):
        above.append([draw(st.sampled_from(TITLES))] + [""] * (width - 1))
    for line in draw(st.lists(st.sampled_from(["", *ABOVE]), max_size=3)):
        above.append([line] + [""] * (width - 1))
    units = draw(st.lists(st.sampled_from(UNIT_NAMES), min_size=1, max_size=4, unique=True))
    body = []
    for i, unit in enumerate(units, start=1):
        row = [str(i) if f is None else unit if f == "name" else _value(f, i) for f in columns]
        body.append(row)
    below = [
        [line] + [""] * (width - 1)
        for line in draw(st.lists(st.sampled_from(["", *BELOW]), max_size=3))
    ]
    mapping = {f: c for c, f in enumerate(columns) if f is not None}
    merged_title = bool(above) and above[0][0] in TITLES and draw(st.booleans())
    return [*above, headers, *body, *below], len(above), mapping, units, merged_title


def _write(folder: Path, rows: list[list[str]], merged_title: bool, as_csv: bool) -> Path:
    if as_csv:
        path = folder / "名册.csv"
        with path.open("w", encoding="utf-8-sig", newline="") as out:
            csv.writer(out).writerows(rows)
        return path
    path = folder / "名册.xlsx"
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append([cell or None for cell in row])
    if merged_title and len(rows[0]) > 1:
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(rows[0]))
    workbook.save(path)
    return path


@settings(max_examples=40)
@given(sheets(), st.booleans())
def test_the_same_columns_are_found_on_a_shuffled_and_decorated_sheet(
    sheet: tuple[list[list[str]], int, dict[str, int], list[str], bool], as_csv: bool
) -> None:
    """Header row, field → column map and the units read match what the sheet was written with."""
    rows, header_index, mapping, units, merged_title = sheet
    with tempfile.TemporaryDirectory() as folder:
        read = read_roster_sheet(_write(Path(folder), rows, merged_title, as_csv))
    assert read.header_row == header_index + 1
    assert dict(read.mapping) == mapping
    assert [row.values["name"] for row in read.rows] == units
