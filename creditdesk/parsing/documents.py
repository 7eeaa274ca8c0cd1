"""Open any supported plan file: one entry point, size checks, and dispatch by format.

Keeping the checks here means every reader can assume a non-empty file of sane size whose
container (zip or OLE) has already been verified, and the clerk gets one consistent kind of
error message whatever went wrong.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from creditdesk.parsing.archive_guard import check_zip
from creditdesk.parsing.document_model import (
    Block,
    Document,
    DocumentError,
    Paragraph,
    Table,
)

__all__ = [
    "MAX_FILE_BYTES",
    "Block",
    "Document",
    "DocumentError",
    "Paragraph",
    "Table",
    "read_document",
]

MAX_FILE_BYTES: Final = 50 * 1024 * 1024
SUPPORTED: Final = (".docx", ".docm", ".txt", ".md", ".pdf", ".xlsx", ".xlsm", ".doc", ".wps")


def read_document(path: Path, max_bytes: int = MAX_FILE_BYTES) -> Document:
    """Read a plan file into a :class:`Document`.

    Raises:
        DocumentError: with a Chinese message naming the file and the reason.
    """
    path = Path(path)
    name = path.name
    if not path.exists():
        raise DocumentError(f"找不到文件“{name}”。")
    if not path.is_file():
        raise DocumentError(f"“{name}”不是文件。")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise DocumentError(f"无法读取“{name}”：{exc.strerror or '没有读取权限'}。") from exc
    if size == 0:
        raise DocumentError(f"无法读取“{name}”：文件是空的（0 字节）。")
    if size > max_bytes:
        raise DocumentError(
            f"无法读取“{name}”：文件过大（{size / 1024 / 1024:.1f} MB，{size:,} 字节），"
            f"超过 {max_bytes / 1024 / 1024:g} MB（{max_bytes:,} 字节）的上限；"
            "工作方案一般不会这么大，请确认文件。"
        )
    suffix = path.suffix.lower()
    try:
        return _dispatch(path, suffix)
    except DocumentError:
        raise
    except OSError as exc:
        raise DocumentError(f"无法读取“{name}”：{exc.strerror or exc}。") from exc


def _dispatch(path: Path, suffix: str) -> Document:
    if suffix in (".docx", ".docm"):
        from creditdesk.parsing.docx_reader import read_docx

        check_zip(path, ".docx", "word/document.xml")
        return read_docx(path)
    if suffix in (".xlsx", ".xlsm"):
        from creditdesk.parsing.xlsx_reader import read_xlsx

        check_zip(path, ".xlsx", "xl/workbook.xml")
        return read_xlsx(path)
    if suffix in (".txt", ".md", ".text", ""):
        from creditdesk.parsing.text_reader import read_text

        return read_text(path)
    if suffix == ".pdf":
        from creditdesk.parsing.pdf_reader import read_pdf

        with path.open("rb") as f:
            if not f.read(1024).lstrip().startswith(b"%PDF"):
                raise DocumentError(
                    f"无法读取“{path.name}”：文件不是有效的 PDF（内容损坏或只是改了扩展名）。"
                )
        return read_pdf(path)
    if suffix in (".doc", ".wps"):
        from creditdesk.parsing.legacy_reader import read_legacy

        return read_legacy(path)
    raise DocumentError(
        f"无法读取“{path.name}”：不支持 {suffix or '无扩展名'} 文件，"
        "请使用 .docx、.pdf、.txt、.xlsx（或 .doc/.wps）。"
    )
