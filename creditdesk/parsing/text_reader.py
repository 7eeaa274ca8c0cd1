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
_BAD_UTF8_SHARE: Final = 0.002
"""Up to this share of undecodable bytes (and at most a few dozen), a file is taken as UTF-8
with damaged bytes rather than as another encoding: one bad byte must not turn a whole UTF-8
plan into GB18030 mojibake or a request to re-save it as UTF-8."""
_COMMON: Final = frozenset(
    "的一是不了在有和人这中大为上个国到说们以要时来用生会作地于出就分对成可主发年动同工也能"
    "下过子产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量"
    "都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关"
    "各重新线内数正心反明看原又么利比或但质气第向道命此变条只没结解问意建月公无系很情者最立代"
    "想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统"
    "接知较将组见计别手角期根论运农指几九区强放决西被干做必战先回则任取据处府研务单县局委责牵"
    "信用报送监督办季度归集建设要点开展承诺财税市场"
    "們這來個說時國會對開還發學過後頭當點實現種話麼體從兩長樣經動沒問讓見間東關車電機門員應報"
    "務區進處寫義張紅戰將總書師與聽隊達強標單縣財稅監職責協設議評審計劃項據網絡聯規範歸雙牽舉"
    "辦業認證類誠統級際產農質決與"
)
"""Frequent characters of plans, simplified and traditional: text decoded with the wrong
double-byte codec (Big5 read as GB18030 or the reverse) holds few of them."""


def _common_share(text: str) -> float:
    chinese = [ch for ch in text if "\u3400" <= ch <= "\u9fff"]
    if not chinese:
        return 0.0
    return sum(ch in _COMMON for ch in chinese) / len(chinese)


def _mostly_utf8(data: bytes) -> str | None:
    """The text as UTF-8 with its few damaged bytes replaced, or None if it is not UTF-8."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if bad <= max(1, min(50, len(text) * _BAD_UTF8_SHARE)) and _common_share(text) > 0.3:
        return text
    return None


def _double_byte(data: bytes) -> str | None:
    """Big5 or GB18030, whichever reads as ordinary Chinese (both decode most byte pairs)."""
    best: tuple[float, str] | None = None
    for codec in ("gb18030", "big5hkscs"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        share = _common_share(text)
        if best is None or share > best[0]:
            best = (share, text)
    return best[1] if best is not None and best[0] > 0.3 else None


_MD_HEADING: Final = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_RULE: Final = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def decode_text(data: bytes, name: str, notes: list[str] | None = None) -> str:
    """Decode bytes of a text file, trying UTF-8 first and then the Chinese legacy codecs.

    Args:
        data: the file's bytes.
        name: the file name, for messages.
        notes: receives a note when damaged bytes had to be replaced.
    """
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
    damaged = _mostly_utf8(data)
    if damaged is not None:
        if notes is not None:
            count = damaged.count("\ufffd")
            notes.append(
                f"“{name}”是 UTF-8 文本，但有 {count} 处字节已损坏，"
                "已用“\ufffd”代替，请核对相关文字。"
            )
        return damaged
    double = _double_byte(data)
    if double is not None:
        return double
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
    notes: list[str] = []
    text = decode_text(path.read_bytes(), path.name, notes)
    return Document(source=path.name, blocks=text_to_blocks(text), notes=tuple(notes))


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
