"""Read a PDF's text layer by layout (PDFium): paragraphs in reading order and real tables.

Published plans are often PDFs made from Word; pypdf checks the file and its encryption,
and :mod:`creditdesk.parsing.pdf_layout` reads the pages — lines in reading order, wrapped
lines rejoined, tables with their cells, page furniture left out.  A scanned PDF has no
text layer at all and is refused with that reason.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from creditdesk.parsing.document_model import Block, Document, DocumentError
from creditdesk.parsing.pdf_layout import read_layout

MIN_CHARS_PER_PAGE: Final = 20


def read_pdf(path: Path) -> Document:
    """Read a PDF with a text layer."""
    import pypdf  # imported here: the module is slow to import and only PDFs need it
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    try:
        reader = pypdf.PdfReader(str(path))
        try:
            if reader.is_encrypted and not reader.decrypt(""):
                raise DocumentError(f"无法读取“{path.name}”：PDF 设置了打开密码（已加密）。")
        except (DependencyError, FileNotDecryptedError, NotImplementedError):
            pass  # an encryption pypdf cannot undo here: PDFium opens it as viewers do
        blocks, visible, page_count = _read_pages(path)
    except DocumentError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise DocumentError(f"无法读取“{path.name}”：PDF 文件损坏或格式不正确。") from exc
    except Exception as exc:  # pypdf raises assorted errors for broken files
        raise DocumentError(
            f"无法读取“{path.name}”：PDF 文件损坏（{type(exc).__name__}）。"
        ) from exc
    if not page_count or visible < MIN_CHARS_PER_PAGE * page_count:
        raise DocumentError(
            f"无法读取“{path.name}”：这是扫描件，没有文字层。"
            "请使用 Word 原文，或先做文字识别（OCR）。"
        )
    return Document(source=path.name, blocks=tuple(blocks))


def _read_pages(path: Path) -> tuple[list[Block], int, int]:
    """Blocks in reading order, visible characters and pages, read by PDFium."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise DocumentError(f"无法读取“{path.name}”：PDF 设置了打开密码（已加密）。") from exc
        raise ValueError(str(exc)) from exc
    try:
        blocks, visible = read_layout(pdf)
        return blocks, visible, len(pdf)
    finally:
        pdf.close()
