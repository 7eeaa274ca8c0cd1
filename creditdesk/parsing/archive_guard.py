"""Refuse Office files that are not what their name says before a library opens them.

python-docx and openpyxl trust the zip they are given.  A junk file renamed .docx, a
password-protected document (which Word saves as an OLE container, not a zip) or a zip bomb
would otherwise end in a library traceback or exhaust memory; here each becomes a clear
:class:`DocumentError`.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Final

from creditdesk.parsing.document_model import DocumentError

OLE_MAGIC: Final = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_UNCOMPRESSED_BYTES: Final = 300 * 1024 * 1024
MAX_MEMBER_RATIO: Final = 200
MAX_MEMBERS: Final = 5000
_RATIO_CHECK_FROM: Final = 2 * 1024 * 1024


_READABLE_METHODS: Final = frozenset(
    {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}
)


def unreadable_member(infos: list[zipfile.ZipInfo]) -> str | None:
    """Why Python's zip reader cannot open a member (encrypted, newer zip version, an
    unsupported compression method such as Deflate64), or None when all can be read.

    ``zipfile`` raises ``NotImplementedError``/``RuntimeError`` only when the member is
    opened, deep inside a library; checking the directory first gives a message instead.
    """
    for info in infos:
        if info.flag_bits & 0x1:
            return f"其中的 {info.filename} 已加密（设置了密码）"
        if info.compress_type not in _READABLE_METHODS:
            return f"其中的 {info.filename} 使用了不支持的压缩方式（编号 {info.compress_type}）"
        if info.extract_version > zipfile.MAX_EXTRACT_VERSION:
            return (
                f"其中的 {info.filename} 需要 {info.extract_version / 10:.1f} 版解压程序，不受支持"
            )
    return None


def check_ole(path: Path, head: bytes, kind: str) -> None:
    """Raise a fitting message when an Office Open XML file is really an OLE container."""
    if not head.startswith(OLE_MAGIC):
        return
    with path.open("rb") as f:
        data = f.read(4 * 1024 * 1024)
    if "EncryptionInfo".encode("utf-16-le") in data or b"EncryptedPackage" in data:
        raise DocumentError(
            f"无法读取“{path.name}”：文件设置了打开密码（已加密）。"
            f"请在 Word/WPS 中取消密码后另存为{kind}再导入。"
        )
    raise DocumentError(
        f"无法读取“{path.name}”：这是旧版 Office 二进制文件（.doc/.xls），只是扩展名写成了"
        f"{kind}。请在 Word/WPS 中另存为{kind}后再导入。"
    )


def check_zip(path: Path, kind: str, required_member: str) -> None:
    """Check that ``path`` is a sane zip holding ``required_member``.

    Sizes are read from the zip directory, never by inflating, so a bomb is refused cheaply.
    """
    with path.open("rb") as f:
        head = f.read(8)
    check_ole(path, head, kind)
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except NotImplementedError as exc:
        raise DocumentError(
            f"无法读取“{path.name}”：压缩格式版本不受支持（{exc}）。"
            "请在 Word/WPS/Excel 中重新保存后再导入。"
        ) from exc
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise DocumentError(
            f"无法读取“{path.name}”：文件不是有效的{kind}文档（内容损坏，或只是改了扩展名）。"
        ) from exc
    unreadable = unreadable_member(infos)
    if unreadable is not None:
        raise DocumentError(
            f"无法读取“{path.name}”：{unreadable}。请在 Word/WPS/Excel 中重新保存后再导入。"
        )
    if len(infos) > MAX_MEMBERS:
        raise DocumentError(
            f"无法读取“{path.name}”：压缩包内文件数异常（{len(infos)} 个），已拒绝。"
        )
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > _RATIO_CHECK_FROM and ratio > MAX_MEMBER_RATIO:
            raise DocumentError(
                f"无法读取“{path.name}”：文件解压后异常膨胀（压缩比 {ratio:.0f}:1），"
                "疑似压缩炸弹，已拒绝。"
            )
    if total > MAX_UNCOMPRESSED_BYTES:
        raise DocumentError(
            f"无法读取“{path.name}”：解压后总大小 {total // (1024 * 1024)} MB 超过上限，已拒绝。"
        )
    if required_member not in {i.filename for i in infos}:
        raise DocumentError(
            f"无法读取“{path.name}”：压缩包里没有{kind}正文（{required_member}），不是有效的{kind}文档。"
        )
