"""Turn a stored name (attachment, unit, notice number) into one safe file name.

Names come from other people's files and e-mails: ``..\\..\\启动\\x.exe``, ``/etc/passwd``,
``C:\\Windows\\x``, ``CON.pdf``, control characters, or a 400-character unit name.  Every place
that writes a file named after stored text goes through :func:`safe_file_name`, so the file
lands inside the chosen folder, under a name Windows and Linux both accept.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Final

from creditdesk.services.errors import UserError

MAX_NAME_BYTES: Final = 180
"""UTF-8 bytes of a whole file name: well under the 255 of ext4/NTFS, leaving room for the
folder within Windows' 260-character path limit."""

_UNSAFE: Final = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED: Final = re.compile(r"^(?:CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])$", re.IGNORECASE)


def _shorten(text: str, limit: int) -> str:
    encoded = text.encode("utf-8")
    if len(encoded) <= limit:
        return text
    return encoded[:limit].decode("utf-8", errors="ignore")


def safe_file_name(
    name: str, fallback: str = "附件", suffix: str = "", *, is_path: bool = True
) -> str:
    """A base name with no folder part, no characters Windows forbids, not reserved, not long.

    Args:
        name: the stored name; anything before the last ``/`` or ``\\`` is dropped.
        fallback: used when nothing usable is left (``..``, ``<>``, empty).
        suffix: appended (``.pdf``) unless ``name`` already ends with it.
        is_path: ``name`` is a file's stored name, whose folder part is dropped; False for a
            text such as a unit name, whose slashes are replaced like other characters.

    Returns:
        A single path component: never ``.``/``..``, never a device name such as ``CON``.
    """
    base = unicodedata.normalize("NFC", name)
    if is_path:
        base = base.replace("\\", "/").rsplit("/", 1)[-1]
    base = _UNSAFE.sub("_", base).strip(" .")
    if suffix and not base.lower().endswith(suffix.lower()):
        base += suffix
    stem, dot, extension = base.rpartition(".")
    if not dot or not stem or len(extension) > 16:
        stem, extension = base, ""
    if _RESERVED.match(stem.split(".")[0].strip()):
        stem = "_" + stem
    tail = f".{extension}" if extension else ""
    stem = _shorten(stem, MAX_NAME_BYTES - len(tail.encode("utf-8"))).rstrip(" .")
    if not stem.strip("_"):
        return fallback + (suffix if not fallback.endswith(suffix) else "")
    return stem + tail


def inside(
    folder: Path, name: str, fallback: str = "附件", suffix: str = "", *, is_path: bool = True
) -> Path:
    """``folder / safe_file_name(name)``, checked to be a direct child of ``folder``.

    Raises:
        UserError: the resulting path would leave the folder (cannot happen after cleaning;
            the check keeps that promise if the cleaning rules ever change).
    """
    target = folder / safe_file_name(name, fallback, suffix, is_path=is_path)
    if target.parent.resolve() != folder.resolve():
        raise UserError(f"文件名“{name}”不安全，已拒绝写入。")
    return target
