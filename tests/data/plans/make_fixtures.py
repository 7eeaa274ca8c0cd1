"""Make the .docx, .pdf and GBK .txt fixtures from the three sample plans.

Run from the repository root: ``.venv/bin/python tests/data/plans/make_fixtures.py``.
The outputs are committed; this script documents how they were made and remakes them.

* ``xiping-plan.docx``: sections and tasks numbered by Word automatic numbering
  (chineseCounting, lvlText "%1、" and "（%1）") — the paragraphs hold no label text.
* ``baofeng-2022-plan.docx``: labels typed as text; the annex 工作分解表 is a real Word
  table whose blank indicator cells are merged vertically with the cell above.
* ``beiguan-2023-plan.docx``: tasks 1.–23. numbered by Word (decimal "%1."), the annex
  工作台账 as one Word table per page with the header repeated, vertical merges, and a
  horizontal merge where the text export lost a cell.
* ``xiping-plan.pdf``: text layer in WenQuanYi Micro Hei, with running header and page numbers.
* ``beiguan-2023-plan.gbk.txt``: the beiguan text encoded as GBK.
"""

from __future__ import annotations

import re
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
FONT = ROOT / "resources" / "fonts" / "wqy-microhei.ttc"
LABEL = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]\s*|\d{1,2}[.．、]\s*)"
)
TAGS = re.compile(r"</?p>")


def logical_paragraphs(lines: list[str]) -> list[str]:
    """Re-join lines a page break split, as the Word original had them."""
    out: list[str] = []
    for line in lines:
        if (
            out
            and len(out[-1]) > 30
            and not out[-1].endswith(("。", "）", ")", "；", "："))
            and not LABEL.match(line)
        ):
            out[-1] += line
        else:
            out.append(line)
    return out


def split_sample(name: str) -> tuple[list[str], list[list[str]]]:
    """Body lines (non-blank, without tabs) and annex rows (tab lines) of a sample."""
    text = (HERE / name).read_text(encoding="utf-8")
    body = [line for line in text.splitlines() if line.strip() and "\t" not in line]
    rows = [line.split("\t") for line in text.splitlines() if "\t" in line]
    return body, rows


def add_numbering(document: docx.document.Document, fmt: str, text: str, abstract_id: int) -> int:
    """Add one single-level list definition and return its numId."""
    numbering = document.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        f'<w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:suff w:val="nothing"/></w:lvl></w:abstractNum>'
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num_id = abstract_id + 100
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}">'
            f'<w:abstractNumId w:val="{abstract_id}"/></w:num>'
        )
    )
    return num_id


def numbered(document: docx.document.Document, text: str, num_id: int) -> None:
    paragraph = document.add_paragraph(text)
    p_pr = paragraph._p.get_or_add_pPr()
    p_pr.append(
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'
        )
    )


def make_xiping_docx() -> None:
    body, _ = split_sample("xiping-plan.txt")
    document = docx.Document()
    sections = add_numbering(document, "chineseCounting", "%1、", 90)
    tasks = add_numbering(document, "chineseCounting", "（%1）", 91)
    for line in logical_paragraphs([line.strip() for line in body]):
        if re.match(r"^[一二三四五六七八九十]+、", line):
            numbered(document, line.split("、", 1)[1], sections)
        elif re.match(r"^（[一二三四五六七八九十]+）", line):
            numbered(document, line.split("）", 1)[1], tasks)
        else:
            document.add_paragraph(line)
    document.save(str(HERE / "xiping-plan.docx"))


def is_date(cell: str) -> bool:
    """A 完成时限 cell: a date or 持续推进."""
    return bool(re.match(r"^(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|持续推进)$", cell))


def is_units(cell: str) -> bool:
    """A cell listing units: no full stop, and 、-separated or ending like a unit."""
    return (
        bool(cell)
        and "。" not in cell
        and ("、" in cell or cell.endswith(("局", "中心", "院", "门", "委", "办", "）", "位")))
    )


def align(
    row: list[str], width: int, units_col: int, has_serial: bool, deadline_col: int | None = None
) -> tuple[list[str], int | None]:
    """A clean grid row, and the column where a horizontally merged last text cell starts.

    The hand corrections mirror what the text export lost: extra leading blanks, a text
    cell pushed into the 序号 column, a cell merged across the indicator and work columns,
    a leading blank lost from a full-width row (its units and date one column early).
    """
    cells = [TAGS.sub("", c).strip() for c in row]
    full = len(cells)
    while cells and not cells[-1]:
        cells.pop()
    if (
        deadline_col is not None
        and full >= width
        and len(cells) < full
        and len(cells) - 1 < deadline_col
        and is_date(cells[-1])
    ):
        cells = [""] * (deadline_col - (len(cells) - 1)) + cells
    if units_col < len(cells) and is_units(cells[units_col]):
        unit_at = units_col
    else:
        unit_at = next((i for i, c in enumerate(cells) if is_units(c)), units_col)
    if unit_at > units_col:
        cells = cells[unit_at - units_col :]
    elif unit_at < units_col:
        pad = units_col - unit_at
        if has_serial and cells[0] and not cells[0].isdigit():
            cells = [""] * pad + cells
        else:
            last = max(i for i in range(unit_at) if cells[i])
            merged_from = last
            cells = cells[:unit_at] + [cells[last]] * pad + cells[unit_at:]
            return _fit(cells, width, units_col), merged_from
    return _fit(cells, width, units_col), None


def _fit(cells: list[str], width: int, units_col: int) -> list[str]:
    tail = [c for c in cells[units_col + 1 :] if c]
    extra_units = [c for c in tail if c.endswith("局") and len(c) < 10]
    tail = [c for c in tail if c not in extra_units]
    units = "、".join([cells[units_col], *extra_units])
    out = [*cells[:units_col], units, *tail]
    return (out + [""] * width)[:width]


def add_grid(
    document: docx.document.Document,
    header: list[str],
    rows: list[list[str]],
    merges: list[int | None],
    indicator_cols: int,
    units_col: int,
) -> None:
    table = document.add_table(rows=1 + len(rows), cols=len(header))
    table.style = "Table Grid"
    for c, name in enumerate(header):
        table.cell(0, c).text = name
    for r, (cells, merged_from) in enumerate(zip(rows, merges, strict=True), start=1):
        for c, text in enumerate(cells):
            if merged_from is not None and merged_from < c < units_col:
                continue
            for k, piece in enumerate(text.split("\n")):
                cell = table.cell(r, c)
                if k == 0:
                    cell.text = piece
                else:
                    cell.add_paragraph(piece)
        if merged_from is not None:
            table.cell(r, merged_from).merge(table.cell(r, units_col - 1))
    for c in range(indicator_cols):
        top = None
        for r, (cells, merged_from) in enumerate(zip(rows, merges, strict=True), start=1):
            blank = not cells[c] and (merged_from is None or c < merged_from)
            if blank and top is not None:
                table.cell(top, c).merge(table.cell(r, c))
            elif not blank:
                top = r if cells[c] else None


def make_baofeng_docx() -> None:
    body, rows = split_sample("baofeng-2022-plan.txt")
    document = docx.Document()
    for line in logical_paragraphs([line.strip() for line in body]):
        document.add_paragraph(line)
    header = rows[0]
    data = [r for r in rows[1:] if "<p>" not in r[0]]
    aligned = [align(r, len(header), 4, True) for r in data]
    # The 序号 column is merged down each 一级指标 group, like the other indicator columns.
    add_grid(document, header, [a for a, _ in aligned], [m for _, m in aligned], 4, 4)
    signature = document.add_table(rows=1, cols=2)
    signature.cell(0, 0).text = "宝丰县社会信用体系建设领导小组"
    signature.cell(0, 1).text = "宝丰县社会信用体系建设领导小组办公室"
    document.save(str(HERE / "baofeng-2022-plan.docx"))


def make_beiguan_docx() -> None:
    text = (HERE / "beiguan-2023-plan.txt").read_text(encoding="utf-8")
    body_text, annex_text = text.split("附件：\n", 1)
    document = docx.Document()
    tasks = add_numbering(document, "decimal", "%1.", 92)
    lines = [line.strip() for line in body_text.splitlines() if line.strip()]
    for line in logical_paragraphs(lines):
        match = re.match(r"^(\d{1,2})\.\s*", line)
        if match:
            numbered(document, line[match.end() :], tasks)
        else:
            document.add_paragraph(line)
    document.add_paragraph("附件：")
    header = ["一级指标", "二级指标", "三级指标", "四级指标", "重点工作", "责任单位", "完成时限"]
    for chunk in re.split(r"\n\s*\n", annex_text):
        rows = [line.split("\t") for line in chunk.splitlines() if "\t" in line]
        if not rows:
            if chunk.strip():
                for line in chunk.strip().splitlines():
                    document.add_paragraph(line.strip())
            continue
        data = [r for r in rows if r[0].strip() != "一级指标"]
        aligned = [align(r, len(header), 5, False, 6) for r in data]
        add_grid(document, header, [a for a, _ in aligned], [m for _, m in aligned], 4, 5)
        document.add_paragraph("")
    document.save(str(HERE / "beiguan-2023-plan.docx"))


def make_xiping_pdf() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("WQY", str(FONT), subfontIndex=0))
    body, _ = split_sample("xiping-plan.txt")
    per_line, per_page, size = 34, 38, 14
    lines: list[str] = []
    for paragraph in body:
        paragraph = paragraph.strip()
        while paragraph:
            cut = per_line
            # Never start a wrapped line with something that reads as a list label.
            while cut < len(paragraph) and re.match(
                r"^(\d+[.、]|[（(][一二三四五六七八九十\d])", paragraph[cut:]
            ):
                cut -= 1
            lines.append(paragraph[:cut])
            paragraph = paragraph[cut:]
    pdf = canvas.Canvas(str(HERE / "xiping-plan.pdf"), pagesize=A4)
    pdf.setTitle("xiping plan fixture")
    width, height = A4
    pages = [lines[i : i + per_page] for i in range(0, len(lines), per_page)]
    for number, page in enumerate(pages, start=1):
        pdf.setFont("WQY", 10)
        pdf.drawCentredString(width / 2, height - 40, "西平县社会信用体系建设考核任务清单")
        pdf.setFont("WQY", size)
        y = height - 80
        for line in page:
            pdf.drawString(60, y, line)
            y -= size * 1.5
        pdf.setFont("WQY", 10)
        pdf.drawCentredString(width / 2, 30, f"- {number} -")
        pdf.showPage()
    pdf.save()


def make_gbk_txt() -> None:
    text = (HERE / "beiguan-2023-plan.txt").read_text(encoding="utf-8")
    (HERE / "beiguan-2023-plan.gbk.txt").write_bytes(text.encode("gbk"))


def main() -> None:
    make_xiping_docx()
    make_baofeng_docx()
    make_beiguan_docx()
    make_xiping_pdf()
    make_gbk_txt()


if __name__ == "__main__":
    main()
