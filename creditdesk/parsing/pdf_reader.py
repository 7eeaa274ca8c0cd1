"""Read a PDF's text layer with pypdf, one paragraph per extracted line.

Published plans are often PDFs made from Word; their text layer gives lines broken at the
page width plus page numbers and running headers, which the plan parser's clean-up joins
and removes.  A scanned PDF has no text layer at all and is refused with that reason.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from creditdesk.parsing.document_model import Document, DocumentError
from creditdesk.parsing.text_reader import text_to_blocks

MIN_CHARS_PER_PAGE: Final = 20


def read_pdf(path: Path) -> Document:
    """Read a PDF with a text layer."""
    import pypdf  # imported here: the module is slow to import and only PDFs need it
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    try:
        reader = pypdf.PdfReader(str(path))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError(f"无法读取“{path.name}”：PDF 设置了打开密码（已加密）。")
        pages = [page.extract_text() or "" for page in reader.pages]
    except DocumentError:
        raise
    except (DependencyError, FileNotDecryptedError, NotImplementedError):
        # an encryption pypdf cannot undo here (a handler or algorithm it lacks): a PDF
        # with only an owner password opens in any viewer, so read it the way they do
        pages = _pdfium_pages(path)
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise DocumentError(f"无法读取“{path.name}”：PDF 文件损坏或格式不正确。") from exc
    except Exception as exc:  # pypdf raises assorted errors for broken files
        raise DocumentError(
            f"无法读取“{path.name}”：PDF 文件损坏（{type(exc).__name__}）。"
        ) from exc
    visible = sum(len("".join(text.split())) for text in pages)
    if not pages or visible < MIN_CHARS_PER_PAGE * len(pages):
        raise DocumentError(
            f"无法读取“{path.name}”：这是扫描件，没有文字层。"
            "请使用 Word 原文，或先做文字识别（OCR）。"
        )
    return Document(source=path.name, blocks=text_to_blocks("\n".join(pages)))


def _pdfium_pages(path: Path) -> list[str]:
    """Each page's text through PDFium, which opens owner-password-only files as viewers do."""
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(str(path))
    except pypdfium2.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise DocumentError(f"无法读取“{path.name}”：PDF 设置了打开密码（已加密）。") from exc
        raise DocumentError(f"无法读取“{path.name}”：PDF 文件损坏或格式不正确。") from exc
    try:
        return [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()
