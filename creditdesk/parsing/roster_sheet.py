"""Read the units out of the office's unit spreadsheet (成员单位名册).

Real files carry a merged title over the header, a category written once over several rows
(merged, or as a section row such as 一、县直部门), phone numbers typed as numbers, full-width
spaces, hidden helper columns, totals (合计) and repeated headers after a page break. This
module turns such a sheet into plain rows of text keyed by field, with every row it skipped
and why, and never touches the database. Reading the file and finding the header are the
generic spreadsheet reader's (:mod:`creditdesk.parsing.spreadsheet`); what the rows mean is
this module's.

The column mapping (field → 0-based column index) is guessed from the header row; the caller
may pass its own when the headers are unclear. Remembering a mapping is the caller's business
(see ``creditdesk.services.roster_mapping``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from creditdesk.chinese_numerals import LABEL_NUMERALS
from creditdesk.model.unit_fields import FIELD_LABELS, UNIT_FIELDS
from creditdesk.parsing.spreadsheet import (
    HeaderWords,
    SheetGrid,
    SpreadsheetError,
    header_key,
    read_grid,
)
from creditdesk.parsing.spreadsheet import find_header_row as find_sheet_header

FIELDS: Final = (*UNIT_FIELDS, "aliases")
"""Fields a roster column can map to, in the order the mapping step lists them."""

HEADER_WORDS: Final[Mapping[str, tuple[str, ...]]] = {
    "name": (
        "单位名称", "单位", "部门", "成员单位", "部门名称", "单位全称", "成员单位名称",
        "部门单位", "单位部门", "责任单位", "牵头单位",
    ),
    "short_name": ("简称", "单位简称"),
    "category": ("类别", "分类", "单位类别", "单位类型", "类型", "单位分类"),
    "liaison": ("联系人", "联络员", "联络人", "信用联络员", "联络员姓名", "联系人姓名", "姓名"),
    "liaison_title": ("职务", "联络员职务", "联系人职务", "职位", "现任职务"),
    "office_phone": (
        "电话", "联系电话", "办公电话", "座机", "固定电话", "办公室电话", "电话号码", "联络员电话",
    ),
    "mobile": ("手机", "手机号码", "手机号", "移动电话", "联系手机"),
    "email": ("邮箱", "电子邮箱", "电子邮件", "邮件", "email", "e-mail", "邮箱地址"),
    "address": ("地址", "办公地址", "通讯地址", "单位地址", "联系地址"),
    "notes": ("备注", "说明"),
    "aliases": ("别名", "其他名称", "曾用名"),
}  # fmt: skip
"""Header texts (after :func:`header_key`) that name each field."""

SEQ_WORDS: Final = ("序号", "编号", "排序", "序")
HEADER_SEARCH_ROWS: Final = 15
MAX_UNIT_ROWS: Final = 2000

_NUMERAL = LABEL_NUMERALS
_SECTION = re.compile(
    rf"^(?:[{_NUMERAL}]+\s*[、.．]|\(\s*[{_NUMERAL}]+\s*\)|（\s*[{_NUMERAL}]+\s*）|第[{_NUMERAL}]+[类部]分?[、：:]?)"
)
_COUNT_SUFFIX = re.compile(r"[(（]\s*(?:共\s*)?\d+\s*[个家户]?\s*[)）]$")
_TOTALS = ("合计", "总计", "小计")
_NOTE_PREFIXES = (
    "注：",
    "注:",
    "说明：",
    "说明:",
    "填表人",
    "制表人",
    "审核人",
    "填报人",
    "制表：",
)
_SCIENTIFIC = re.compile(r"^\d(?:\.\d+)?[eE]\+?\d+$")


RosterSheetError = SpreadsheetError
"""The file cannot be read as a roster (unreadable, or no header, name column or unit); the
message is Chinese and names file and row. The reader's own error: a caller catches one."""


@dataclass(frozen=True)
class RosterRow:
    """One unit as the sheet gives it.

    Attributes:
        row_number: 1-based row in the sheet (line in a .csv) the unit starts on.
        values: field → trimmed text, only for mapped fields and the inherited category.
    """

    row_number: int
    values: Mapping[str, str]


@dataclass(frozen=True)
class SkippedRow:
    """A row that is not a unit and why (标题行, 空行, 合计行, 重复表头, 分类行, 注释行…)."""

    row_number: int
    reason: str
    text: str = ""


@dataclass(frozen=True)
class RosterSheet:
    """A roster sheet read into units.

    Attributes:
        grid: the raw sheet, for showing and re-mapping.
        header_row: 1-based header row, or None when the caller mapped a sheet without one.
        mapping: field → 0-based column index used.
        rows: the units, in sheet order.
        skipped: rows that were not units, with the reason.
        warnings: things the clerk should check, each with its row number.
        refused: rows that hold a unit but cannot be imported as they are (a phone shown as
            1.38E+10, a formula without a value, a date as the name); the import as a whole
            is refused while there are any.
    """

    grid: SheetGrid
    header_row: int | None
    mapping: Mapping[str, int]
    rows: tuple[RosterRow, ...]
    skipped: tuple[SkippedRow, ...]
    warnings: tuple[str, ...] = ()
    refused: tuple[SkippedRow, ...] = ()

    @property
    def headers(self) -> tuple[str, ...]:
        """The header row's texts (empty when there is none)."""
        if self.header_row is None:
            return ()
        return self.grid.rows[self.header_row - 1]


# ------------------------------------------------------------------ headers


_HEADERS: Final = HeaderWords(HEADER_WORDS)
_SEQ_KEYS: Final = frozenset(header_key(w) for w in SEQ_WORDS)


def guess_mapping(
    headers: Sequence[str], hidden_columns: frozenset[int] = frozenset()
) -> dict[str, int]:
    """Field → column for header texts; a visible column wins over a hidden one.

    A name header written as 部门（单位） counts; the first column per field wins.
    """
    return _HEADERS.mapping(headers, hidden_columns)


def _seq_column(headers: Sequence[str]) -> int | None:
    for index, text in enumerate(headers):
        if header_key(text) in _SEQ_KEYS:
            return index
    return None


def _looks_like_header(mapping: Mapping[str, int]) -> bool:
    return "name" in mapping and len(mapping) >= 2


def find_header_row(grid: SheetGrid) -> int | None:
    """The 0-based index of the header row within the first rows, or None."""
    return find_sheet_header(grid, _HEADERS, _looks_like_header, HEADER_SEARCH_ROWS)


def _phone_text(text: str) -> str:
    """A phone typed into a text file by a spreadsheet: ``13803960001.0`` → ``13803960001``."""
    if text.endswith(".0") and text[:-2].isdigit():
        return text[:-2]
    return text


# ------------------------------------------------------------------ rows


def _section_category(text: str) -> str:
    stripped = _SECTION.sub("", text).strip()
    stripped = _COUNT_SUFFIX.sub("", stripped).strip()
    return stripped.rstrip("：:").strip()


def _is_section_text(text: str) -> bool:
    return bool(_SECTION.match(text)) or (text.endswith(("：", ":")) and len(text) <= 20)


def _is_chinese_seq(text: str) -> bool:
    return bool(re.fullmatch(rf"[{_NUMERAL}]+[、.．]?|[（(][{_NUMERAL}]+[）)]", text))


def _join(old: str, new: str) -> str:
    if not new or new == old:
        return old
    if not old:
        return new
    parts = old.split("、")
    return old if new in parts else f"{old}、{new}"


@dataclass
class _RowReader:
    grid: SheetGrid
    mapping: Mapping[str, int]
    header_index: int | None
    rows: list[RosterRow] = field(default_factory=list)
    skipped: list[SkippedRow] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    refused: list[SkippedRow] = field(default_factory=list)
    category: str = ""

    def _columns(self) -> list[int]:
        """Columns that take part in reading: all visible ones plus hidden mapped ones."""
        mapped = set(self.mapping.values())
        hidden = self.grid.hidden_columns
        return [c for c in range(self.grid.width) if c not in hidden or c in mapped]

    def read(self) -> None:
        columns = self._columns()
        seq = None
        if self.header_index is not None:
            seq = _seq_column(self.grid.rows[self.header_index])
        name_col = self.mapping["name"]
        start = 0 if self.header_index is None else self.header_index + 1
        for index in range(start, len(self.grid.rows)):
            number = index + 1
            texts = [self.grid.cell(index, c) for c in columns]
            filled = [t for t in texts if t]
            name = self.grid.cell(index, name_col)
            gaps = [c for c in self.mapping.values() if self.grid.formula_without_value(index, c)]
            if gaps:
                self._refuse(
                    number,
                    f"第{gaps[0] + 1}列是公式，但文件中没有保存计算结果。"
                    "请在 Excel/WPS 中打开该文件、保存后再导入",
                    "　".join(filled),
                )
                continue
            if not filled:
                self.skipped.append(SkippedRow(number, "空行"))
                continue
            if any(header_key(t).startswith(_TOTALS) for t in filled[:3]):
                self.skipped.append(SkippedRow(number, "合计行", filled[0]))
                continue
            row_mapping = guess_mapping(self.grid.rows[index], self.grid.hidden_columns)
            if _looks_like_header(row_mapping):
                self.skipped.append(SkippedRow(number, "重复表头", "　".join(filled)))
                continue
            if name.startswith(_NOTE_PREFIXES) or filled[0].startswith(_NOTE_PREFIXES):
                self.skipped.append(SkippedRow(number, "注释行", filled[0]))
                continue
            if self._section(index, filled, name, seq):
                continue
            if not name:
                self.skipped.append(SkippedRow(number, "无单位名称", "　".join(filled)))
                self.warnings.append(f"第{number}行没有单位名称，已跳过：{'　'.join(filled)}")
                continue
            self._unit(index, name_col)

    def _refuse(self, number: int, reason: str, text: str) -> None:
        self.refused.append(SkippedRow(number, reason, text))
        self.warnings.append(f"第{number}行：{reason}。")

    def _section(self, index: int, filled: list[str], name: str, seq: int | None) -> bool:
        """A category row (一、县直部门) sets the category of the rows below it."""
        distinct = set(filled)
        text = ""
        if len(distinct) == 1 and (_is_section_text(filled[0]) or index in self.grid._wide_merges):
            text = filled[0]
        elif seq is not None and name and _is_chinese_seq(self.grid.cell(index, seq)):
            others = {
                self.grid.cell(index, c)
                for f, c in self.mapping.items()
                if f not in ("name", "category")
            } - {""}
            if not others:
                text = name
        if not text:
            return False
        self.category = _section_category(text) or self.category
        self.skipped.append(SkippedRow(index + 1, "分类行", text))
        return True

    def _unit(self, index: int, name_col: int) -> None:
        number = index + 1
        if self.grid.continues_merge(index, name_col) and self.rows:
            self._continue_unit(index)
            return
        if len(self.rows) >= MAX_UNIT_ROWS:
            raise RosterSheetError(
                f"“{self.grid.file_name}”第{number}行：单位超过 {MAX_UNIT_ROWS} 个，"
                "不像成员单位名册（可能含大量无关内容）。请删除多余的行后再导入。"
            )
        if self.grid.typed(index, name_col):
            text = self.grid.cell(index, name_col)
            self._refuse(number, f"单位名称“{text}”是日期或数字，不是单位名称", text)
            return
        values: dict[str, str] = {}
        for name, column in self.mapping.items():
            text = self.grid.cell(index, column)
            if name in ("office_phone", "mobile"):
                text = _phone_text(text)
                if _SCIENTIFIC.match(text):
                    self._refuse(
                        number,
                        f"{FIELD_LABELS[name]}“{text}”是科学计数法，号码已丢失，"
                        "请在表格中把该列设为文本后重新输入",
                        text,
                    )
                    return
            values[name] = text
        if self.grid.had_control_chars(index):
            self.warnings.append(
                f"第{number}行：已删除不可见的控制字符（NUL、BEL、ESC 等），请核对该行内容。"
            )
        if "category" in self.mapping and values.get("category"):
            self.category = values["category"]
        elif self.category:
            values["category"] = self.category
        self.rows.append(RosterRow(number, values))

    def _continue_unit(self, index: int) -> None:
        """A unit spread over rows by a merged name cell: join its other values."""
        last = self.rows[-1]
        values = dict(last.values)
        for name, column in self.mapping.items():
            if name in ("name", "category"):
                continue
            text = self.grid.cell(index, column)
            if name in ("office_phone", "mobile"):
                text = _phone_text(text)
            values[name] = _join(values.get(name, ""), text)
        self.rows[-1] = RosterRow(last.row_number, values)


def rows_from_grid(
    grid: SheetGrid, header_row: int | None = None, mapping: Mapping[str, int] | None = None
) -> RosterSheet:
    """Read units out of a raw sheet.

    Args:
        grid: from :func:`read_grid`.
        header_row: 1-based header row; found in the first 15 rows when None.
        mapping: field → 0-based column; guessed from the header row when None.

    Raises:
        RosterSheetError: no header row found and no mapping given, no name column, a
            mapped column outside the sheet, or far too many rows.
    """
    header_index = None if header_row is None else header_row - 1
    if header_index is None:
        header_index = find_header_row(grid)
    if header_index is not None and not 0 <= header_index < len(grid.rows):
        raise RosterSheetError(f"“{grid.file_name}”没有第{header_row}行。")
    if mapping is None:
        if header_index is None:
            checked = min(HEADER_SEARCH_ROWS, len(grid.rows))
            raise RosterSheetError(
                f"“{grid.file_name}”（工作表“{grid.sheet_name}”）第1至{checked}行中找不到表头行"
                "（应有“单位名称”列，以及“联络员”“电话”等列）。请检查文件，或手动指定各列对应的内容。"
            )
        mapping = guess_mapping(grid.rows[header_index], grid.hidden_columns)
    mapping = {k: v for k, v in mapping.items() if k in FIELDS}
    if "name" not in mapping:
        where = "" if header_index is None else f"第{header_index + 1}行的表头中"
        raise RosterSheetError(
            f"“{grid.file_name}”{where}没有“单位名称”列，请指定哪一列是单位名称。"
        )
    bad = [c for c in mapping.values() if c < 0 or c >= max(grid.width, 1)]
    if bad:
        raise RosterSheetError(f"“{grid.file_name}”没有第{bad[0] + 1}列。")
    reader = _RowReader(grid, mapping, header_index)
    reader.read()
    if not reader.rows and not reader.refused:
        where = "" if header_index is None else f"第{header_index + 1}行表头以下"
        raise RosterSheetError(f"“{grid.file_name}”{where}没有任何单位。")
    return RosterSheet(
        grid,
        None if header_index is None else header_index + 1,
        dict(mapping),
        tuple(reader.rows),
        tuple(reader.skipped),
        tuple(reader.warnings),
        tuple(reader.refused),
    )


def read_roster_sheet(
    path: Path,
    *,
    sheet: str | None = None,
    header_row: int | None = None,
    mapping: Mapping[str, int] | None = None,
) -> RosterSheet:
    """Read a roster file into units (see :func:`read_grid` and :func:`rows_from_grid`)."""
    return rows_from_grid(read_grid(path, sheet), header_row, mapping)
