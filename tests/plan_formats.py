"""Turn a plan written as text into the files offices actually send: .docx, .pdf, .xlsx.

Fixtures stay readable text in the tests; these helpers build, on the fly:

* .docx with the labels typed, with Word automatic numbering instead of typed labels, or with
  the title in Word's 标题 style and the sections in 标题 1; tab-separated lines become a real
  Word table whose blank indicator cells are merged vertically with the cell above;
* .pdf made from such a .docx by LibreOffice (``soffice --headless``), skipped cleanly when
  LibreOffice is not installed;
* .xlsx of the plan's table, under a title row merged across the table's width.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path
from typing import Final, Literal

import docx
import pytest
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

Layout = Literal["typed", "numbered", "styled"]

_LEVEL_HEADER: Final = re.compile(r"级指标")
FONTS: Final = Path(__file__).resolve().parents[1] / "resources" / "fonts"
_STYLES: Final[tuple[tuple[str, re.Pattern[str], str, str], ...]] = (
    ("section", re.compile(r"^([一二三四五六七八九十]+)、"), "chineseCounting", "%1、"),
    (
        "task",
        re.compile(r"^[（(]\s*([一二三四五六七八九十]+)\s*[）)]\s*"),
        "chineseCounting",
        "（%1）",
    ),
    ("item", re.compile(r"^(\d{1,2})[.．]"), "decimal", "%1."),
)


def _add_numbering(document: DocxDocument, fmt: str, text: str, abstract_id: int) -> int:
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


def _restart(document: DocxDocument, num_id: int, new_id: int) -> int:
    """A new list instance of ``num_id``'s definition that starts again at 1."""
    numbering = document.part.numbering_part.element
    abstract_id = next(
        n.find(qn("w:abstractNumId")).get(qn("w:val"))
        for n in numbering.findall(qn("w:num"))
        if n.get(qn("w:numId")) == str(num_id)
    )
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{new_id}"><w:abstractNumId w:val="{abstract_id}"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        )
    )
    return new_id


def _numbered(document: DocxDocument, text: str, num_id: int) -> None:
    paragraph = document.add_paragraph(text)
    paragraph._p.get_or_add_pPr().append(
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'
        )
    )


def _is_heading(cells: list[str]) -> bool:
    """A table's first row is its heading (repeated on each page) when every cell is a
    short column name and one names the units, not a data row that mentions a 单位."""
    return all(len(c) <= 8 for c in cells) and any("单位" in c for c in cells)


def _add_table(document: DocxDocument, rows: list[list[str]]) -> None:
    """A real Word table (the document goes landscape, as offices print an annex 分解表).

    Blank indicator cells (一级指标 …) merge with the cell above; rows do not break across
    pages.
    """
    width = max(len(r) for r in rows)
    grid = [(r + [""] * width)[:width] for r in rows]
    table = document.add_table(rows=len(grid), cols=width)
    table.style = "Table Grid"
    for r, cells in enumerate(grid):
        row = table.rows[r]
        row._tr.get_or_add_trPr().append(parse_xml(f"<w:cantSplit {nsdecls('w')}/>"))
        if r == 0 and _is_heading(cells):
            row._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))
        for c, text in enumerate(cells):
            if text:
                table.cell(r, c).text = text
                for run in table.cell(r, c).paragraphs[0].runs:
                    run.font.size = Pt(9)
    levels = [c for c, name in enumerate(grid[0]) if _LEVEL_HEADER.search(name)]
    document.add_paragraph()  # LibreOffice would join tables that touch into one
    for c in levels:
        top: int | None = None
        for r in range(1, len(grid)):
            if grid[r][c]:
                top = r
            elif top is not None:
                table.cell(top, c).merge(table.cell(r, c))


def plan_docx(text: str, path: Path, layout: Layout = "typed") -> Path:
    """Write ``text`` as a .docx in one of the layouts offices use."""
    document = docx.Document()
    if layout == "styled":
        document.styles["Title"].name = "标题"
        document.styles["Heading 1"].name = "标题 1"
    num_ids = {
        kind: _add_numbering(document, fmt, lvl_text, 90 + i)
        for i, (kind, _, fmt, lvl_text) in enumerate(_STYLES)
    }
    if "\t" in text:
        section = document.sections[0]
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    lines = [line.strip() for line in text.splitlines()]
    table: list[list[str]] = []
    seen: Counter[str] = Counter()
    first = True
    for raw, line in zip(text.splitlines(), lines, strict=True):
        if "\t" in raw:
            table.append(raw.split("\t"))
            continue
        if table:
            _add_table(document, table)
            table = []
        if not line:
            continue
        if first and layout == "styled":
            document.add_paragraph(line, style="标题")
            first = False
            continue
        first = False
        kind = next(((k, p) for k, p, _, _ in _STYLES if p.match(line)), None)
        if kind is not None and layout == "numbered":
            if seen[kind[0]] and kind[1].match(line).group(1) in ("一", "1"):  # type: ignore[union-attr]
                num_ids[kind[0]] = _restart(
                    document, num_ids[kind[0]], 200 + len(seen) + sum(seen.values())
                )
            seen[kind[0]] += 1
            _numbered(document, kind[1].sub("", line, count=1), num_ids[kind[0]])
        elif kind is not None and kind[0] == "section" and layout == "styled":
            document.add_paragraph(line, style="标题 1")
        else:
            document.add_paragraph(line)
    if table:
        _add_table(document, table)
    document.save(str(path))
    return path


def office() -> str:
    """LibreOffice's executable; skips the calling test when it is not installed."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    return found


def convert(paths: list[Path], fmt: str, outdir: Path) -> list[Path]:
    """Convert files with LibreOffice in one run, with the repository's CJK fonts visible."""
    outdir.mkdir(parents=True, exist_ok=True)
    profile = outdir / ".profile"
    fonts_conf = outdir / ".fonts.conf"
    fonts_conf.write_text(
        '<?xml version="1.0"?><fontconfig>'
        '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
        f"<dir>{FONTS}</dir><cachedir>{outdir / '.fontcache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    env = {**os.environ, "FONTCONFIG_FILE": str(fonts_conf)}
    subprocess.run(
        [
            office(),
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            fmt,
            "--outdir",
            str(outdir),
            *map(str, paths),
        ],
        check=True,
        capture_output=True,
        timeout=300,
        env=env,
    )
    suffix = "." + fmt.split(":")[0]
    out = [outdir / (p.stem + suffix) for p in paths]
    missing = [p.name for p in out if not p.is_file()]
    assert not missing, f"LibreOffice did not write {missing}"
    return out


def plan_xlsx(title: str, rows: list[list[str]], path: Path) -> Path:
    """A task table under a title row merged across its width (how offices keep 台账)."""
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Sheet1"
    width = max(len(r) for r in rows)
    sheet.append([title] + [None] * (width - 1))
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    for row in rows:
        sheet.append([cell or None for cell in row])
    workbook.save(str(path))
    return path
