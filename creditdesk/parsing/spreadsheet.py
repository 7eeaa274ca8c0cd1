"""Read a spreadsheet (.xlsx, .xlsm, .csv or .xls) into a grid of cell texts, and find its header.

The one reader under the roster import (成员单位名册, :mod:`creditdesk.parsing.roster_sheet`) and
the progress sheets (进展情况表, :mod:`creditdesk.parsing.progress_sheet`): real files carry a
merged title over the header, phone numbers typed as numbers, full-width spaces, hidden
helper columns, formulas without saved values and control characters. This module refuses
what is not a workbook (a Word file renamed, a password, a zip bomb, a huge file) with a
Chinese message naming the file, fills merged cells, and says which column holds which field
from a table of header words; what the rows mean is the caller's business.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
import tempfile
import unicodedata
import warnings
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from creditdesk.parsing.archive_guard import MAX_UNCOMPRESSED_BYTES, OLE_MAGIC, unreadable_member
from creditdesk.parsing.legacy_reader import convert_with_office
from creditdesk.parsing.roster_text import clean_text, strip_control
from creditdesk.parsing.sheet_guard import (
    MAX_COLUMNS,
    SheetLimitError,
    check_workbook_size,
    sheet_rows,
)

MAX_FILE_BYTES: Final = 30 * 1024 * 1024
_PARENS = re.compile(r"\([^()]*\)")


class SpreadsheetError(Exception):
    """The file cannot be read as a table; the message is Chinese and names file and row."""


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


# ------------------------------------------------------------------ headers


def header_key(text: str) -> str:
    """A header cell's text reduced for matching: width, spaces, ``*`` and (…) removed."""
    key = unicodedata.normalize("NFKC", text)
    key = re.sub(r"\s+", "", key).replace("*", "").replace("★", "")
    without = _PARENS.sub("", key)
    return (without or key).rstrip(":").casefold()


class HeaderWords:
    """Which header texts name which field, matched after :func:`header_key`.

    Args:
        words: field → the texts offices write over its column, in the order fields are
            listed.
    """

    def __init__(self, words: Mapping[str, Sequence[str]]) -> None:
        self._field_of: Final[Mapping[str, str]] = {
            header_key(word): name for name, group in words.items() for word in group
        }

    def field_of(self, text: str) -> str | None:
        """The field a header cell names, or None."""
        return self._field_of.get(header_key(text))

    def mapping(
        self, headers: Sequence[str], hidden_columns: frozenset[int] = frozenset()
    ) -> dict[str, int]:
        """Field → 0-based column for a header row; the first column per field wins, a
        visible column before a hidden one."""
        found: dict[str, int] = {}
        for index in sorted(range(len(headers)), key=lambda i: (i in hidden_columns, i)):
            name = self.field_of(headers[index])
            if name is not None and name not in found:
                found[name] = index
        return found


def find_header_row(
    grid: SheetGrid,
    words: HeaderWords,
    is_header: Callable[[Mapping[str, int]], bool],
    within: int,
) -> int | None:
    """The 0-based index of the first of the first ``within`` rows whose mapping
    ``is_header`` accepts, or None."""
    for index in range(min(within, len(grid.rows))):
        if is_header(words.mapping(grid.rows[index], grid.hidden_columns)):
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


# ------------------------------------------------------------------ reading files


def _read_bytes(path: Path) -> bytes:
    try:
        if path.exists() and not path.is_file():
            raise SpreadsheetError(f"“{path.name}”不是普通文件（文件夹、管道或设备），无法读取。")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise SpreadsheetError(
                f"“{path.name}”太大（{size / 1024 / 1024:.1f} MB，上限 "
                f"{MAX_FILE_BYTES // (1024 * 1024)} MB），不像成员单位名册，已拒绝读取。"
            )
        with path.open("rb") as f:
            data = f.read(MAX_FILE_BYTES + 1)  # never more, whatever the size claimed
        if len(data) > MAX_FILE_BYTES:
            raise SpreadsheetError(f"“{path.name}”太大，不像成员单位名册，已拒绝读取。")
    except FileNotFoundError as error:
        raise SpreadsheetError(f"找不到文件“{path.name}”。") from error
    except IsADirectoryError as error:
        raise SpreadsheetError(f"“{path.name}”是文件夹，不是表格文件。") from error
    except OSError as error:
        raise SpreadsheetError(
            f"无法打开“{path.name}”：文件被其他程序占用或没有读取权限。"
            "请在 Excel/WPS 中关闭该文件后重试。"
        ) from error
    if not data.strip():
        raise SpreadsheetError(f"“{path.name}”是空文件，没有可导入的内容。")
    return data


def _sheet_error(path: Path, message: str) -> SpreadsheetError:
    return SpreadsheetError(f"无法读取“{path.name}”：{message}")


def _check_xlsx_zip(path: Path, data: bytes) -> None:
    if data.startswith(OLE_MAGIC):
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
        SpreadsheetError: LibreOffice is missing (asking to save as .xlsx) or failed.
    """
    missing = SpreadsheetError(
        f"“{path.name}”是旧版 Excel 97-2003 工作簿（.xls）。请在 Excel 或 WPS 中"
        "“另存为” Excel 工作簿（.xlsx）后再导入；安装 LibreOffice 后本程序可自动转换。"
    )
    failed = _sheet_error(path, "用 LibreOffice 转换 .xls 失败，请另存为 .xlsx 后再导入。")
    with tempfile.TemporaryDirectory(prefix="creditdesk-xls-") as tmp:
        source = Path(tmp) / "sheet.xls"
        source.write_bytes(data)
        converted = convert_with_office(source, "xlsx", Path(tmp), missing=missing, failed=failed)
        return converted.read_bytes()


def _decode_text(path: Path, data: bytes) -> str:
    """A text table's bytes as text, by the one decoder of text files (UTF-8, GB18030, Big5…)."""
    from creditdesk.parsing.document_model import DocumentError
    from creditdesk.parsing.text_reader import decode_text  # loads charset detection

    boms = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    if not data.startswith(boms) and b"\x00" in data[:4096]:
        raise _sheet_error(path, "文件不是文本表格（.csv），也不是 Excel 工作簿。")
    try:
        return decode_text(data, path.name)
    except DocumentError as error:
        raise SpreadsheetError(str(error)) from error


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
        raise SpreadsheetError(f"无法读取“{file_name}”：{error}") from error
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
        raise SpreadsheetError(
            f"无法读取“{path.name}”：只支持 Excel 工作簿（.xlsx）和 CSV 文本表格（.csv）。"
        )
    data = _read_bytes(path)
    if suffix in (".csv", ".txt"):
        if data.startswith(OLE_MAGIC) or data.startswith(b"PK\x03\x04"):
            raise _sheet_error(path, "文件是 Excel 工作簿，只是扩展名写成了 .csv，请改回 .xlsx。")
        return data, True
    if data.startswith(OLE_MAGIC):  # an old .xls, or an .xls renamed .xlsx
        _check_xlsx_zip(path, data)  # refuses a password-protected workbook
        data = convert_xls(path, data)
    _check_xlsx_zip(path, data)  # an .xlsx named .xls is read as what it is
    return data, False


def read_all_grids(path: Path) -> tuple[SheetGrid, ...]:
    """Every visible sheet of a workbook (one for a .csv), loading the file once.

    Raises:
        SpreadsheetError: as :func:`read_grid`.
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
        SpreadsheetError: wrong file type, unreadable, empty or damaged file.
    """
    data, is_text = _workbook_bytes(path)
    if is_text:
        return _csv_grid(path, data)
    return _xlsx_grid(path, data, sheet)
