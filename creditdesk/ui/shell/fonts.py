"""Fonts: register the bundled ones and pick an application font that has Chinese glyphs.

Office PCs usually have Microsoft YaHei or SimSun; UOS/Kylin desktops have Noto Sans CJK or
Source Han Sans. When none is there, the bundled WenQuanYi Micro Hei (resources/fonts) keeps
Chinese from rendering as empty boxes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase

from creditdesk.paths import fonts_dir

FONT_SUFFIXES = (".ttf", ".ttc", ".otf")

PREFERRED_FAMILIES = (
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "SimSun",
    "WenQuanYi Micro Hei",
)
"""CJK families in order of preference; the last one is bundled."""

BUNDLED_FAMILY = "WenQuanYi Micro Hei"


def register_bundled_fonts(directory: Path | None = None) -> list[str]:
    """Add every font file in ``directory`` (resources/fonts by default) to Qt.

    Returns:
        The family names the files provide; a file Qt cannot read is skipped.
    """
    folder = directory if directory is not None else fonts_dir()
    families: list[str] = []
    if not folder.is_dir():
        return families
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in FONT_SUFFIXES:
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def choose_cjk_family(available: list[str] | None = None) -> str:
    """The first preferred CJK family that is installed or registered, else the bundled one."""
    installed = set(available if available is not None else QFontDatabase.families())
    for family in PREFERRED_FAMILIES:
        if family in installed:
            return family
    return BUNDLED_FAMILY


def application_font(base: QFont, available: list[str] | None = None) -> QFont:
    """``base`` (the platform's default UI font) with a CJK family and a readable size."""
    font = QFont(base)
    font.setFamilies([choose_cjk_family(available)])
    if font.pointSizeF() > 0 and font.pointSizeF() < 10:
        font.setPointSizeF(10)
    return font
