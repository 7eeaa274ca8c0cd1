"""Read a .docx into paragraphs and tables in body order.

python-docx lists paragraphs and tables separately, which loses where an annex table sits
among the paragraphs, and it shows neither automatic list numbers nor the grid behind
merged cells.  So this walks the body XML itself (through python-docx's loaded parts) and
fills in both.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Final

import docx

from creditdesk.parsing.document_model import Block, Document, DocumentError, Paragraph, Table
from creditdesk.parsing.docx_numbering import NumberingRenderer, W
from creditdesk.parsing.text_reader import tables_from_tab_lines

_MC_FALLBACK: Final = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_HEADING_NAME: Final = re.compile(r"^(?:heading|标题)\s*(\d)$", re.IGNORECASE)


class _Styles:
    """Paragraph styles: heading level and linked list numbering, following ``basedOn``."""

    def __init__(self, root: Any | None) -> None:
        self._by_id: dict[str, Any] = {}
        if root is not None:
            for style in root.iter(W + "style"):
                style_id = style.get(W + "styleId")
                if style_id:
                    self._by_id[str(style_id)] = style

    def _chain(self, style_id: str | None) -> Iterator[Any]:
        seen: set[str] = set()
        while style_id and style_id in self._by_id and style_id not in seen:
            seen.add(style_id)
            style = self._by_id[style_id]
            yield style
            based = style.find(W + "basedOn")
            style_id = based.get(W + "val") if based is not None else None

    def heading_level(self, style_id: str | None) -> int | None:
        for style in self._chain(style_id):
            name_el = style.find(W + "name")
            name = str(name_el.get(W + "val")) if name_el is not None else ""
            match = _HEADING_NAME.match(name.strip())
            if match:
                return int(match.group(1))
            if name.strip().lower() in ("title", "标题"):
                return 1
            outline = style.find(f"{W}pPr/{W}outlineLvl")
            if outline is not None:
                value = str(outline.get(W + "val"))
                if value.isdigit() and int(value) < 9:
                    return int(value) + 1
        return None

    def num_pr(self, style_id: str | None) -> Any | None:
        for style in self._chain(style_id):
            num_pr = style.find(f"{W}pPr/{W}numPr")
            if num_pr is not None:
                return num_pr
        return None


class _BodyWalker:
    def __init__(self, numbering: NumberingRenderer, styles: _Styles) -> None:
        self._numbering = numbering
        self._styles = styles

    def blocks(self, parent: Any) -> Iterator[Block]:
        for child in parent.iterchildren():
            tag = child.tag
            if tag == W + "p":
                yield self.paragraph(child)
            elif tag == W + "tbl":
                yield Table(rows=tuple(self.table_rows(child)))
            elif tag in (W + "sdt", W + "customXml"):
                content = child.find(W + "sdtContent")
                yield from self.blocks(content if content is not None else child)

    def paragraph(self, p: Any) -> Paragraph:
        style_el = p.find(f"{W}pPr/{W}pStyle")
        style_id = str(style_el.get(W + "val")) if style_el is not None else None
        label = self._label(p, style_id)
        heading = self._styles.heading_level(style_id)
        outline = p.find(f"{W}pPr/{W}outlineLvl")
        if outline is not None and str(outline.get(W + "val")).isdigit():
            level = int(str(outline.get(W + "val")))
            heading = level + 1 if level < 9 else heading
        return Paragraph(text=label + _run_text(p), heading_level=heading)

    def _label(self, p: Any, style_id: str | None) -> str:
        num_pr = p.find(f"{W}pPr/{W}numPr")
        from_style = False
        if num_pr is None:
            num_pr = self._styles.num_pr(style_id)
            from_style = True
        if num_pr is None:
            return ""
        num_el = num_pr.find(W + "numId")
        if num_el is None:
            return ""
        num_id = str(num_el.get(W + "val"))
        ilvl_el = num_pr.find(W + "ilvl")
        if ilvl_el is not None and str(ilvl_el.get(W + "val")).isdigit():
            ilvl = int(str(ilvl_el.get(W + "val")))
        elif from_style and style_id:
            ilvl = self._numbering.level_for_style(num_id, style_id)
        else:
            ilvl = 0
        return self._numbering.next_label(num_id, ilvl)

    def table_rows(self, tbl: Any) -> Iterator[tuple[str, ...]]:
        above: list[str] = []
        for tr in tbl.iterchildren(W + "tr"):
            row: list[str] = []
            before = tr.find(f"{W}trPr/{W}gridBefore")
            if before is not None and str(before.get(W + "val")).isdigit():
                row.extend([""] * int(str(before.get(W + "val"))))
            for tc in tr.iterchildren(W + "tc"):
                span_el = tc.find(f"{W}tcPr/{W}gridSpan")
                span_val = str(span_el.get(W + "val")) if span_el is not None else "1"
                span = int(span_val) if span_val.isdigit() else 1
                merge_el = tc.find(f"{W}tcPr/{W}vMerge")
                continues = merge_el is not None and merge_el.get(W + "val") in (None, "continue")
                if continues:
                    col = len(row)
                    text = above[col] if col < len(above) else ""
                else:
                    text = "\n".join(self.paragraph(p).text for p in tc.iter(W + "p"))
                row.extend([text] * max(span, 1))
            above = row
            yield tuple(row)


_SKIPPED: Final = frozenset(
    {_MC_FALLBACK, W + "txbxContent", W + "delText", W + "instrText", W + "pPr"}
)


def _run_text(p: Any) -> str:
    parts: list[str] = []
    _collect(p, parts)
    return "".join(parts)


def _collect(el: Any, parts: list[str]) -> None:
    for child in el.iterchildren():
        tag = child.tag
        if tag == W + "t":
            parts.append(child.text or "")
        elif tag == W + "tab":
            parts.append("\t")
        elif tag in (W + "br", W + "cr"):
            parts.append("\n")
        elif tag not in _SKIPPED and isinstance(tag, str):
            _collect(child, parts)


def read_docx(path: Path) -> Document:
    """Read a .docx (already checked by the archive guard) into a :class:`Document`."""
    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises many types for broken packages
        raise DocumentError(
            f"无法读取“{path.name}”：Word 文档内容损坏（{type(exc).__name__}）。"
        ) from exc
    part = document.part
    try:
        numbering_root = part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        numbering_root = None
    try:
        styles_root = part.styles.element
    except (KeyError, NotImplementedError, AttributeError):
        styles_root = None
    walker = _BodyWalker(NumberingRenderer.from_numbering_xml(numbering_root), _Styles(styles_root))
    body = document.element.body
    return Document(source=path.name, blocks=tables_from_tab_lines(tuple(walker.blocks(body))))
