"""Read old binary Word (.doc) and WPS (.wps) files by converting them with LibreOffice.

There is no pure-Python reader for these formats that keeps tables and numbering, so when
LibreOffice is installed the file is converted to .docx in a temporary folder; otherwise
the clerk is told to save it as .docx, which Word and WPS both do in one step.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Final

from creditdesk.parsing.document_model import Document, DocumentError

CONVERT_TIMEOUT_SECONDS: Final = 120


def find_office() -> str | None:
    """The LibreOffice executable on PATH, if any."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def read_legacy(path: Path) -> Document:
    """Convert ``path`` to .docx with LibreOffice and read the result."""
    from creditdesk.parsing.archive_guard import check_zip
    from creditdesk.parsing.docx_reader import read_docx

    office = find_office()
    if office is None:
        raise DocumentError(
            f"无法直接读取“{path.name}”（{path.suffix} 格式）：请在 Word 或 WPS 中"
            "“另存为” .docx 后再导入（本机未安装 LibreOffice，无法自动转换）。"
        )
    with tempfile.TemporaryDirectory(prefix="creditdesk-convert-") as tmp:
        argv = [office, "--headless", "--convert-to", "docx", "--outdir", tmp, str(path)]
        try:
            subprocess.run(argv, check=True, capture_output=True, timeout=CONVERT_TIMEOUT_SECONDS)
        except (subprocess.SubprocessError, OSError) as exc:
            raise DocumentError(
                f"无法转换“{path.name}”：LibreOffice 转换失败，"
                "请在 Word 或 WPS 中另存为 .docx 后再导入。"
            ) from exc
        converted = Path(tmp) / (path.stem + ".docx")
        if not converted.is_file():
            raise DocumentError(
                f"无法转换“{path.name}”：LibreOffice 没有生成 .docx，请另存为 .docx 后再导入。"
            )
        check_zip(converted, ".docx", "word/document.xml")
        document = read_docx(converted)
    return Document(source=path.name, blocks=document.blocks)
