"""Read the office's unit spreadsheet (成员单位名册) from .xlsx, .csv or .xls.

Real files carry a merged title over the header, a category written once over several rows
(merged, or as a section row such as 一、县直部门), phone numbers typed as numbers, full-width
spaces, hidden helper columns, totals (合计) and repeated headers after a page break. This
module turns such a sheet into plain rows of text keyed by field, with every row it skipped
and why, and never touches the database.

The column mapping (field → 0-based column index) is guessed from the header row; the caller
may pass its own when the headers are unclear. Remembering a mapping is the caller's business
(see ``creditdesk.services.roster_mapping``).
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
import shutil
import subprocess
import tempfile
import unicodedata
import warnings
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from creditdesk.parsing.archive_guard import unreadable_member
from creditdesk.parsing.roster_text import clean_text, strip_control
from creditdesk.parsing.sheet_guard import (
    MAX_COLUMNS,
    SheetLimitError,
    check_workbook_size,
    sheet_rows,
)

FIELDS: Final = (
    "name",
    "short_name",
    "category",
    "liaison",
    "liaison_title",
    "office_phone",
    "mobile",
    "email",
    "address",
    "notes",
    "aliases",
)
"""Fields a roster column can map to, in the order the mapping step lists them."""

FIELD_LABELS: Final[Mapping[str, str]] = {
    "name": "单位名称",
    "short_name": "简称",
    "category": "类别",
    "liaison": "联络员",
    "liaison_title": "职务",
    "office_phone": "办公电话",
    "mobile": "手机",
    "email": "电子邮箱",
    "address": "地址",
    "notes": "备注",
    "aliases": "别名",
}

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
MAX_FILE_BYTES: Final = 30 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES: Final = 300 * 1024 * 1024
CONVERT_TIMEOUT_S: Final = 120

_OLE_MAGIC: Final = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_PARENS = re.compile(r"\([^()]*\)")
_NUMERAL = "一二三四五六七八九十"
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


class RosterSheetError(Exception):
    """The file cannot be read as a roster; the message is Chinese and names file and row."""


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
class SheetGrid:
    """The raw text of one sheet, for the column-mapping step to show.

    Attributes:
        file_name: the file's name, for messages.
        sheet_name: the sheet read.
        sheet_names: all sheets of the workbook (one, named after the file, for a .csv).
        rows: cell texts, row by row (merged cells filled), 0-based.
        hidden_columns: 0-based indices of columns hidden in Excel.
    """

    file_name: str
    sheet_name: str
    sheet_names: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    hidden_columns: frozenset[int] = frozenset()
    _continued: frozenset[tuple[int, int]] = field(default=frozenset(), repr=False)
    _wide_merges: frozenset[int] = field(default=frozenset(), repr=False)
    _not_text: frozenset[tuple[int, int]] = field(default=frozenset(), repr=False)
    _formula_gaps: frozenset[tuple[int, int]] = field(default=frozenset(), repr=False)
    _stripped: frozenset[tuple[int, int]] = field(default=frozenset(), repr=False)

    def typed(self, row: int, column: int) -> bool:
        """Whether the cell held a date, time, number or truth value rather than text."""
        return (row, column) in self._not_text

    def formula_without_value(self, row: int, column: int) -> bool:
        """Whether the cell is a formula the file holds no computed value for."""
        return (row, column) in self._formula_gaps

    def had_control_chars(self, row: int) -> bool:
        """Whether control characters (NUL, BEL, ESC …) were removed from the row."""
        return any(r == row for r, _ in self._stripped)

    @property
    def width(self) -> int:
        """The number of columns."""
        return max((len(r) for r in self.rows), default=0)

    def cell(self, row: int, column: int) -> str:
        """The text at 0-based ``row``/``column``, empty outside the sheet."""
        if row >= len(self.rows) or column >= len(self.rows[row]):
            return ""
        return self.rows[row][column]

    def continues_merge(self, row: int, column: int) -> bool:
        """Whether the cell is inside a merged range but not its top row (a repeated value)."""
        return (row, column) in self._continued


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


def header_key(text: str) -> str:
    """A header cell's text reduced for matching: width, spaces, ``*`` and (…) removed."""
    key = unicodedata.normalize("NFKC", text)
    key = re.sub(r"\s+", "", key).replace("*", "").replace("★", "")
    without = _PARENS.sub("", key)
    return (without or key).rstrip(":").casefold()


_WORD_TO_FIELD: Final[Mapping[str, str]] = {
    header_key(word): name for name, words in HEADER_WORDS.items() for word in words
}
_SEQ_KEYS: Final = frozenset(header_key(w) for w in SEQ_WORDS)


def guess_mapping(
    headers: Sequence[str], hidden_columns: frozenset[int] = frozenset()
) -> dict[str, int]:
    """Field → column for header texts; a visible column wins over a hidden one.

    A name header written as 部门（单位） counts; the first column per field wins.
    """
    mapping: dict[str, int] = {}
    order = sorted(range(len(headers)), key=lambda i: (i in hidden_columns, i))
    for index in order:
        name = _WORD_TO_FIELD.get(header_key(headers[index]))
        if name is not None and name not in mapping:
            mapping[name] = index
    return mapping


def _seq_column(headers: Sequence[str]) -> int | None:
    for index, text in enumerate(headers):
        if header_key(text) in _SEQ_KEYS:
            return index
    return None


def _looks_like_header(mapping: Mapping[str, int]) -> bool:
    return "name" in mapping and len(mapping) >= 2


def find_header_row(grid: SheetGrid) -> int | None:
    """The 0-based index of the header row within the first rows, or None."""
    for index in range(min(HEADER_SEARCH_ROWS, len(grid.rows))):
        if _looks_like_header(guess_mapping(grid.rows[index], grid.hidden_columns)):
            return index
    return None


# ------------------------------------------------------------------ cells


def cell_text(value: object, number_format: str = "General") -> str:
    """A cell's value as the clerk typed it: numbers without ``.0``, never 1.38e10.

    A number shown with a format of zeros (``00000000000``) keeps its leading zeros.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, float):
        text = str(int(value)) if value.is_integer() and abs(value) < 1e17 else repr(value)
    elif isinstance(value, int):
        text = str(value)
    else:
        return clean_text(str(value))
    if re.fullmatch(r"0{2,}", number_format or "") and text.isdigit():
        text = text.zfill(len(number_format))
    return text


def _phone_text(text: str) -> str:
    """A phone typed into a text file by a spreadsheet: ``13803960001.0`` → ``13803960001``."""
    if text.endswith(".0") and text[:-2].isdigit():
        return text[:-2]
    return text


# ------------------------------------------------------------------ reading files


def _read_bytes(path: Path) -> bytes:
    try:
        if path.exists() and not path.is_file():
            raise RosterSheetError(f"“{path.name}”不是普通文件（文件夹、管道或设备），无法读取。")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise RosterSheetError(
                f"“{path.name}”太大（{size / 1024 / 1024:.1f} MB，上限 "
                f"{MAX_FILE_BYTES // (1024 * 1024)} MB），不像成员单位名册，已拒绝读取。"
            )
        with path.open("rb") as f:
            data = f.read(MAX_FILE_BYTES + 1)  # never more, whatever the size claimed
        if len(data) > MAX_FILE_BYTES:
            raise RosterSheetError(f"“{path.name}”太大，不像成员单位名册，已拒绝读取。")
    except FileNotFoundError as error:
        raise RosterSheetError(f"找不到文件“{path.name}”。") from error
    except IsADirectoryError as error:
        raise RosterSheetError(f"“{path.name}”是文件夹，不是表格文件。") from error
    except OSError as error:
        raise RosterSheetError(
            f"无法打开“{path.name}”：文件被其他程序占用或没有读取权限。"
            "请在 Excel/WPS 中关闭该文件后重试。"
        ) from error
    if not data.strip():
        raise RosterSheetError(f"“{path.name}”是空文件，没有可导入的内容。")
    return data


def _sheet_error(path: Path, message: str) -> RosterSheetError:
    return RosterSheetError(f"无法读取“{path.name}”：{message}")


def _check_xlsx_zip(path: Path, data: bytes) -> None:
    if data.startswith(_OLE_MAGIC):
        if "EncryptionInfo".encode("utf-16-le") in data[: 4 * 1024 * 1024]:
            raise _sheet_error(path, "文件设置了打开密码。请在 Excel/WPS 中取消密码后再导入。")
        return  # an .xls under another name: converted like one
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except NotImplementedError as error:
        raise _sheet_error(
            path, f"压缩格式版本不受支持（{error}）。请在 Excel/WPS 中重新保存后再导入。"
        ) from error
    except (zipfile.BadZipFile, ValueError) as error:
        raise _sheet_error(
            path, "文件不是有效的 Excel 工作簿（内容损坏，或只是改了扩展名）。"
        ) from error
    unreadable = unreadable_member(infos)
    if unreadable is not None:
        raise _sheet_error(path, f"{unreadable}。请在 Excel/WPS 中重新保存后再导入。")
    names = {info.filename for info in infos}
    if "xl/workbook.xml" not in names:
        if "word/document.xml" in names:
            raise _sheet_error(path, "这是 Word 文档，只是扩展名写成了 .xlsx。请导入 Excel 表格。")
        raise _sheet_error(path, "文件不是 Excel 工作簿（内容损坏，或只是改了扩展名）。")
    if sum(info.file_size for info in infos) > MAX_UNCOMPRESSED_BYTES:
        raise _sheet_error(path, "工作簿解压后异常庞大，已拒绝读取。")
    try:
        check_workbook_size(data)
    except SheetLimitError as error:
        raise _sheet_error(path, str(error)) from error


def convert_xls(path: Path, data: bytes) -> bytes:
    """An old .xls converted to .xlsx bytes through LibreOffice, when it is installed.

    Raises:
        RosterSheetError: LibreOffice is missing (asking to save as .xlsx) or failed.
    """
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise RosterSheetError(
            f"“{path.name}”是旧版 Excel 97-2003 工作簿（.xls）。请在 Excel 或 WPS 中"
            "“另存为” Excel 工作簿（.xlsx）后再导入；安装 LibreOffice 后本程序可自动转换。"
        )
    with tempfile.TemporaryDirectory(prefix="creditdesk-xls-") as tmp:
        folder = Path(tmp)
        source = folder / "roster.xls"
        source.write_bytes(data)
        argv = [
            soffice,
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(folder),
            str(source),
        ]
        try:
            subprocess.run(argv, capture_output=True, timeout=CONVERT_TIMEOUT_S, check=False)
        except (OSError, subprocess.TimeoutExpired) as error:
            raise _sheet_error(
                path, "用 LibreOffice 转换 .xls 失败，请另存为 .xlsx 后再导入。"
            ) from error
        converted = folder / "roster.xlsx"
        if not converted.is_file():
            raise _sheet_error(path, "用 LibreOffice 转换 .xls 失败，请另存为 .xlsx 后再导入。")
        return converted.read_bytes()


def _decode_text(path: Path, data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        encodings: tuple[str, ...] = ("utf-8-sig",)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings = ("utf-16",)
    else:
        if b"\x00" in data[:4096]:
            raise _sheet_error(path, "文件不是文本表格（.csv），也不是 Excel 工作簿。")
        encodings = ("utf-8", "gb18030")
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    import charset_normalizer

    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise _sheet_error(path, "无法识别文件的文字编码，请另存为 UTF-8 或 Excel 工作簿后再导入。")
    return str(best)


def _csv_grid(path: Path, data: bytes) -> SheetGrid:
    text = _decode_text(path, data)
    sample = text[:8192]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",\t;，")
    except csv.Error:
        dialect = csv.excel
    stripped: set[tuple[int, int]] = set()
    rows: list[tuple[str, ...]] = []
    try:
        for r, row in enumerate(csv.reader(io.StringIO(text), dialect)):
            cells = []
            for c, cell in enumerate(row):
                cleaned, had = strip_control(cell)
                if had:
                    stripped.add((r, c))
                cells.append(clean_text(cleaned))
            rows.append(tuple(cells))
    except csv.Error as error:
        raise _sheet_error(path, f"CSV 格式有误：{error}") from error
    return SheetGrid(path.name, path.stem, (path.stem,), tuple(rows), _stripped=frozenset(stripped))


def _load_workbook(path: Path, data: bytes, data_only: bool = True) -> Any:
    """The workbook with computed values (``data_only``), or with its formulas."""
    import openpyxl

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about styles and extensions it drops
            return openpyxl.load_workbook(io.BytesIO(data), data_only=data_only)
    except Exception as error:  # openpyxl raises many kinds on a damaged file
        raise _sheet_error(path, "Excel 工作簿已损坏或格式不受支持。") from error


def _xlsx_grid(path: Path, data: bytes, sheet: str | None) -> SheetGrid:
    workbook = _load_workbook(path, data)
    formulas = _load_workbook(path, data, data_only=False)
    names = tuple(ws.title for ws in workbook.worksheets)
    if sheet is None:
        visible = [ws for ws in workbook.worksheets if ws.sheet_state == "visible"]
        if not visible:
            raise _sheet_error(path, "工作簿中没有可见的工作表。")
        return _worksheet_grid(path.name, names, visible[0], formulas[visible[0].title])
    if sheet in names:
        return _worksheet_grid(path.name, names, workbook[sheet], formulas[sheet])
    raise _sheet_error(path, f"没有名为“{sheet}”的工作表（现有：{'、'.join(names)}）。")


def _worksheet_grid(
    file_name: str, names: tuple[str, ...], ws: Any, formulas: Any = None
) -> SheetGrid:
    not_text: set[tuple[int, int]] = set()
    stripped: set[tuple[int, int]] = set()

    def text(cell: Any) -> str:
        position = (cell.row - 1, cell.column - 1)
        value = cell.value
        if isinstance(value, str):
            value, had = strip_control(value)
            if had:
                stripped.add(position)
        elif value is not None:
            not_text.add(position)
        return cell_text(value, cell.number_format)

    try:
        rows = sheet_rows(ws, text)
    except SheetLimitError as error:
        raise RosterSheetError(f"无法读取“{file_name}”：{error}") from error
    gaps: set[tuple[int, int]] = set()
    if formulas is not None:
        for (r, c), cell in list(formulas._cells.items()):
            if cell.data_type == "f" and r <= len(rows) and c <= MAX_COLUMNS:
                computed = ws._cells.get((r, c))
                if computed is None or computed.value is None:
                    gaps.add((r - 1, c - 1))
    max_col = max((len(r) for r in rows), default=0)
    continued: set[tuple[int, int]] = set()
    wide: set[int] = set()
    for merged in ws.merged_cells.ranges:
        top, left = merged.min_row - 1, merged.min_col - 1
        if top >= len(rows) or left >= max_col:
            continue
        value = rows[top][left]
        for r in range(top, min(merged.max_row, len(rows))):
            for c in range(left, min(merged.max_col, max_col)):
                rows[r][c] = value
                if r > top:
                    continued.add((r, c))
            if merged.max_col - merged.min_col >= 1:
                wide.add(r)
    hidden: set[int] = set()
    for dimension in ws.column_dimensions.values():
        if dimension.hidden and dimension.min and dimension.max:
            hidden.update(range(dimension.min - 1, min(dimension.max, MAX_COLUMNS)))
    return SheetGrid(
        file_name,
        ws.title,
        names,
        tuple(tuple(r) for r in rows),
        frozenset(hidden),
        frozenset(continued),
        frozenset(wide),
        frozenset(not_text),
        frozenset(gaps),
        frozenset(stripped),
    )


def _workbook_bytes(path: Path) -> tuple[bytes, bool]:
    """The file's bytes (an .xls converted) and whether it is a text table."""
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".xlsm", ".csv", ".txt", ".xls"):
        raise RosterSheetError(
            f"无法读取“{path.name}”：只支持 Excel 工作簿（.xlsx）和 CSV 文本表格（.csv）。"
        )
    data = _read_bytes(path)
    if suffix in (".csv", ".txt"):
        if data.startswith(_OLE_MAGIC) or data.startswith(b"PK\x03\x04"):
            raise _sheet_error(path, "文件是 Excel 工作簿，只是扩展名写成了 .csv，请改回 .xlsx。")
        return data, True
    if data.startswith(_OLE_MAGIC):  # an old .xls, or an .xls renamed .xlsx
        _check_xlsx_zip(path, data)  # refuses a password-protected workbook
        data = convert_xls(path, data)
    _check_xlsx_zip(path, data)  # an .xlsx named .xls is read as what it is
    return data, False


def read_all_grids(path: Path) -> tuple[SheetGrid, ...]:
    """Every visible sheet of a workbook (one for a .csv), loading the file once.

    Raises:
        RosterSheetError: as :func:`read_grid`.
    """
    data, is_text = _workbook_bytes(path)
    if is_text:
        return (_csv_grid(path, data),)
    workbook = _load_workbook(path, data)
    formulas = _load_workbook(path, data, data_only=False)
    names = tuple(ws.title for ws in workbook.worksheets)
    return tuple(
        _worksheet_grid(path.name, names, ws, formulas[ws.title])
        for ws in workbook.worksheets
        if ws.sheet_state == "visible"
    )


def read_grid(path: Path, sheet: str | None = None) -> SheetGrid:
    """The raw sheet of a .xlsx, .xlsm, .csv or .xls (through LibreOffice) file.

    Args:
        path: the file.
        sheet: the worksheet to read; the first visible one when None (others are ignored).

    Raises:
        RosterSheetError: wrong file type, unreadable, empty or damaged file.
    """
    data, is_text = _workbook_bytes(path)
    if is_text:
        return _csv_grid(path, data)
    return _xlsx_grid(path, data, sheet)


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
