"""Build the roster and progress-sheet fixtures in this folder, shaped like real office files.

Run from the repository root after changing it, and commit the files it writes:

    python tests/data/roster/make_fixtures.py

The files:
    office_roster.xlsx    merged title over the header, merged category cells, a section row
                          (二、乡镇（街道）), phones as numbers and as text, full-width spaces,
                          a hidden unmapped column, a repeated header, totals and a note row,
                          and a second sheet (往年名单) that must be ignored.
    roster_gbk.csv        the same kind of list saved by Excel as CSV in GBK.
    roster_utf8_bom.csv   UTF-8 with a byte-order mark and a title line.
    no_header.xlsx        a sheet of prose with no header row.
    word_renamed.xlsx     a Word document renamed .xlsx.
    junk_rows.xlsx        a header followed by 10 000 junk rows.
    old_format.xls        an Excel 97-2003 (OLE) file.
    taizhang.xlsx         the office's one-sheet-per-unit progress ledger (台账).
"""

from __future__ import annotations

import datetime as dt
import random
import re
import sys
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent
FIXED = dt.datetime(2024, 3, 1, 9, 0)

TITLE = "西平县社会信用体系建设领导小组成员单位联络员名单"
HEADER = [
    "序号",
    "类别",
    "单位名称",
    "联络员",
    "职务",
    "办公电话",
    "手机号码",
    "电子邮箱",
    "办公地址",
    "内部编码",
]


def _stable(path: Path) -> None:
    """Rewrite a zip with fixed timestamps, so regenerating unchanged fixtures changes no byte."""
    with zipfile.ZipFile(path) as archive:
        members = [(info.filename, archive.read(info)) for info in archive.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            if name == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2024-03-01T09:00:00Z", data
                )
            info = zipfile.ZipInfo(name, FIXED.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)


def _fixed(wb: Workbook) -> None:
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "西平县信用办"


def office_roster(path: Path) -> None:
    """The roster as offices keep it (see the module docstring)."""
    wb = Workbook()
    _fixed(wb)
    ws = wb.active
    assert ws is not None
    ws.title = "成员单位"
    ws.append([TITLE])
    ws.merge_cells("A1:J1")
    ws["A1"].font = Font(bold=True, size=16)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(["（截至2024年3月1日）"])
    ws.merge_cells("A2:J2")
    ws.append(HEADER)
    ws.append(
        [1, "县直部门", "西平县发展和改革委员会", "张　伟", "科员", "0396-6012345",
         13803960001, "xpfgw@example.cn", "西平县人民路1号", "X-001"]
    )  # fmt: skip
    ws.append(
        [2, None, "县　财政局", "李娜", "副主任", 6012346, "13803960002",
         "xpczj@example.cn", "西平县人民路3号", "X-002"]
    )  # fmt: skip
    ws.append(
        [3, None, "\u3000县市场监督管理局\u3000", " 王强 ", "股长", "0396-6012347",
         13803960003.0, "", "西平县解放路8号", "X-003"]
    )  # fmt: skip
    ws["G6"].number_format = "0"
    ws.append(
        [4, None, "县人民法院", "赵敏", "", "", 13803960004, "", "", "X-004"]
    )  # fmt: skip
    ws.merge_cells("B4:B7")  # a category written once over four rows
    ws.append(["二、乡镇（街道）"])
    ws.merge_cells("A8:I8")
    ws["J8"] = "X-SEC"  # junk in the hidden column must not spoil the section row
    ws.append(HEADER)  # repeated header after a page break
    ws.append(
        [5, None, "城关镇人民政府", "孙丽", "党政办主任", "0396-6020001",
         13803960005, "cgz@example.cn", "", "X-005"]
    )  # fmt: skip
    ws.append([])
    ws.append(
        [6, None, "师灵镇人民政府", "周杰", "", "", "13803960006", "", "", "X-006"]
    )  # fmt: skip
    ws.append(["合计", None, "共6个单位"])
    ws.append(["注：联络员如有变动，请及时告知县信用办。"])
    ws.merge_cells("A14:J14")
    ws.column_dimensions["J"].hidden = True
    for column, width in zip("ABCDEFGHIJ", (6, 12, 30, 10, 10, 16, 16, 22, 24, 10), strict=True):
        ws.column_dimensions[column].width = width
    old = wb.create_sheet("往年名单")
    old.append(["单位名称", "联络员", "手机"])
    old.append(["县旧单位", "某某", "13900000000"])
    wb.save(path)


def gbk_csv(path: Path) -> None:
    """A CSV as Excel saves it on a Chinese Windows (GBK, CRLF)."""
    lines = [
        "单位名称,联系人,联系电话,手机,邮箱,地址,类别",
        "县发展和改革委员会,张伟,0396-6012345,13803960001,fgw@example.cn,人民路1号,县直部门",
        "县财政局,李娜,6012346,13803960002.0,,人民路3号,县直部门",
        "县供电公司,吴刚,,13803960007,,,企事业单位",
        "合计,3,,,,,",
    ]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("gbk"))


def utf8_bom_csv(path: Path) -> None:
    """A UTF-8 CSV with a byte-order mark, a title line and full-width spaces."""
    lines = [
        "成员单位通讯录,,,",
        "单位,联络员,办公电话,备注",
        "县税务局,\u3000陈静\u3000,0396-6012399,垂管单位",
        "县人民检察院,刘洋,0396-6012388,",
    ]
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-8-sig"))


def no_header(path: Path) -> None:
    """A sheet of notes with no header row anywhere in its first rows."""
    wb = Workbook()
    _fixed(wb)
    ws = wb.active
    assert ws is not None
    ws.title = "说明"
    for i in range(20):
        ws.append([f"第{i + 1}条：请各单位按时报送信用信息，确保数据准确。"])
    wb.save(path)


def word_renamed(path: Path) -> None:
    """A minimal Word document (word/document.xml in a zip) under an .xlsx name."""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats'
            '.org/package/2006/content-types"/>',
        )
        archive.writestr(
            "word/document.xml",
            '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.'
            'openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>成员单位'
            "</w:t></w:r></w:p></w:body></w:document>",
        )


def junk_rows(path: Path) -> None:
    """A header followed by 10 000 rows of junk (a log pasted into the roster)."""
    rng = random.Random(4)
    wb = Workbook(write_only=True)
    _fixed(wb)
    ws = wb.create_sheet("成员单位")
    ws.append(["单位名称", "联系人", "联系电话"])
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    for _ in range(10_000):
        ws.append(["".join(rng.choices(alphabet, k=12)), rng.randint(0, 10**6), rng.random()])
    wb.save(path)


def old_format(path: Path) -> None:
    """The start of an OLE compound file, as Excel 97-2003 writes it."""
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + b"Workbook" + bytes(512))


TAIZHANG_UNITS = {
    "县发改委": [
        ("1", "归集报送双公示信息", "已按时报送行政许可信息120条、行政处罚信息8条。"),
        ("2", "开展信用承诺", "完成信用承诺公示35份。"),
        ("3", "组织诚信宣传活动", ""),
    ],
    "县财政局": [
        ("1", "归集报送“双公示”信息", "报送行政处罚信息3条。"),
        ("2", "推进政府采购信用应用", "在政府采购中查询信用记录52次。"),
    ],
}


def taizhang(path: Path) -> None:
    """The office's ledger: one sheet per unit named after it, 序号/重点任务/进展情况."""
    wb = Workbook()
    _fixed(wb)
    first = wb.active
    assert first is not None
    wb.remove(first)
    for unit, rows in TAIZHANG_UNITS.items():
        ws = wb.create_sheet(unit)
        ws.append([f"{unit}2024年第3季度社会信用体系建设工作台账"])
        ws.merge_cells("A1:C1")
        ws.append(["序号", "重点任务", "进展情况"])
        for row in rows:
            ws.append(list(row))
    wb.save(path)


def main(folder: Path = HERE) -> None:
    """Write every fixture into ``folder``."""
    office_roster(folder / "office_roster.xlsx")
    gbk_csv(folder / "roster_gbk.csv")
    utf8_bom_csv(folder / "roster_utf8_bom.csv")
    no_header(folder / "no_header.xlsx")
    word_renamed(folder / "word_renamed.xlsx")
    junk_rows(folder / "junk_rows.xlsx")
    old_format(folder / "old_format.xls")
    taizhang(folder / "taizhang.xlsx")
    for name in ("office_roster", "no_header", "word_renamed", "junk_rows", "taizhang"):
        _stable(folder / f"{name}.xlsx")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
