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


def convert_with_office(
    source: Path, to: str, folder: Path, *, missing: Exception, failed: Exception
) -> Path:
    """``source`` converted by LibreOffice into format ``to`` (docx, xlsx) inside ``folder``.

    The one conversion for old Word and Excel files. LibreOffice runs headless with a profile
    of its own in ``folder``, so a LibreOffice the clerk has open (which locks the usual
    profile) does not stop it.

    Raises:
        missing: LibreOffice is not installed (the message asks the clerk to re-save).
        failed: LibreOffice failed, timed out or wrote nothing.
    """
    office = find_office()
    if office is None:
        raise missing
    argv = [
        office,
        f"-env:UserInstallation={(folder / 'profile').as_uri()}",
        "--headless",
        "--norestore",
        "--convert-to",
        to,
        "--outdir",
        str(folder),
        str(source),
    ]
    try:
        subprocess.run(argv, capture_output=True, timeout=CONVERT_TIMEOUT_SECONDS, check=False)
    except (subprocess.SubprocessError, OSError) as error:
        raise failed from error
    converted = folder / f"{source.stem}.{to}"
    if not converted.is_file():
        raise failed
    return converted


def read_legacy(path: Path) -> Document:
    """Convert ``path`` to .docx with LibreOffice and read the result."""
    from creditdesk.parsing.archive_guard import check_zip
    from creditdesk.parsing.docx_reader import read_docx

    missing = DocumentError(
        f"无法直接读取“{path.name}”（{path.suffix} 格式）：请在 Word 或 WPS 中"
        "“另存为” .docx 后再导入（本机未安装 LibreOffice，无法自动转换）。"
    )
    failed = DocumentError(
        f"无法转换“{path.name}”：LibreOffice 转换失败，请在 Word 或 WPS 中另存为 .docx 后再导入。"
    )
    with tempfile.TemporaryDirectory(prefix="creditdesk-convert-") as tmp:
        converted = convert_with_office(path, "docx", Path(tmp), missing=missing, failed=failed)
        check_zip(converted, ".docx", "word/document.xml")
        document = read_docx(converted)
    return Document(source=path.name, blocks=document.blocks)
