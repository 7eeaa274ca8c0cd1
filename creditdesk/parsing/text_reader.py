"""Read plain-text plans (.txt / .md): decode, then find tables among the lines.

Offices paste plans out of Word or PDF into text files in whatever encoding their editor
uses (UTF-8, UTF-8 with BOM, GBK/GB18030 from older Windows tools), and a table survives
only as tab-separated lines or as a markdown ``| a | b |`` table.  Both become
:class:`Table` blocks so the annex reader sees them the same way as a Word table.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path
from typing import Final

import charset_normalizer

from creditdesk.parsing.document_model import Block, Document, DocumentError, Paragraph, Table

_CHINESE_CODECS: Final = ("gb18030", "gbk", "gb2312", "hz", "big5", "big5hkscs", "cp950", "cp936")
_MD_HEADING: Final = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_RULE: Final = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def decode_text(data: bytes, name: str) -> str:
    """Decode bytes of a text file, trying UTF-8 first and then the Chinese legacy codecs."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if data.count(b"\x00") > len(data) // 20:
        raise DocumentError(f"无法读取“{name}”：这不是文本文件（含有大量二进制内容）。")
    best = charset_normalizer.from_bytes(data).best()
    if best is not None and best.encoding.replace("_", "").lower() in _CHINESE_CODECS:
        return str(best)
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        pass
    if best is not None:
        return str(best)
    raise DocumentError(f"无法读取“{name}”：无法识别文件编码，请另存为 UTF-8 文本后再导入。")


def _split_cells(line: str) -> tuple[str, ...] | None:
    if "\t" in line:
        return tuple(line.split("\t"))
    stripped = line.strip()
    if len(stripped) > 2 and stripped.startswith("|") and stripped.endswith("|"):
        return tuple(cell.strip() for cell in stripped[1:-1].split("|"))
    return None


def text_to_blocks(text: str) -> tuple[Block, ...]:
    """Turn decoded text into paragraphs (one per non-blank line) and tables."""
    blocks: list[Block] = []
    rows: list[tuple[str, ...]] = []

    def flush() -> None:
        if rows:
            blocks.append(Table(rows=tuple(rows)))
            rows.clear()

    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if not raw.strip():
            continue
        if _MD_RULE.match(raw.strip()) and "-" in raw:
            continue
        cells = _split_cells(raw)
        if cells is not None:
            rows.append(cells)
            continue
        flush()
        heading = _MD_HEADING.match(raw.strip())
        if heading:
            blocks.append(Paragraph(text=heading.group(2), heading_level=len(heading.group(1))))
        else:
            blocks.append(Paragraph(text=raw))
    flush()
    return tuple(blocks)


def read_text(path: Path) -> Document:
    """Read a .txt or .md plan."""
    text = decode_text(path.read_bytes(), path.name)
    return Document(source=path.name, blocks=text_to_blocks(text))


def tables_from_tab_lines(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """Turn runs of tab-separated paragraphs back into tables.

    A .docx that LibreOffice or WPS made from a text file keeps an annex table as
    paragraphs with tabs between the cells; read as prose, the annex would be lost.
    """
    out: list[Block] = []
    rows: list[tuple[str, ...]] = []
    for block in blocks:
        if isinstance(block, Paragraph) and block.heading_level is None and "\t" in block.text:
            rows.append(tuple(block.text.split("\t")))
            continue
        if isinstance(block, Paragraph) and not block.text.strip() and rows:
            continue
        if rows:
            out.append(Table(rows=tuple(rows)))
            rows = []
        out.append(block)
    if rows:
        out.append(Table(rows=tuple(rows)))
    return tuple(out)
