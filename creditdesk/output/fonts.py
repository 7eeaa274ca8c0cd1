"""CJK fonts for PDFs and charts: the office PC's own when it has them, ours otherwise.

Official documents use 仿宋 for the body, 黑体 / 小标宋 for titles, 楷体 and 宋体 for some
elements. Windows ships simfang.ttf, simhei.ttf, simkai.ttf and simsun.ttc; UOS/Kylin often
carry the same files. When they are missing we use the open fonts shipped in resources/fonts
(AR PL UMing for Song and FangSong, AR PL UKai for Kai, WenQuanYi Micro Hei for Hei). Only
TrueType outlines can be embedded by reportlab, so CFF fonts (OTF, Noto CJK) are skipped.
A character missing from a face is drawn in the next face that has it, so no name turns into
empty boxes.
"""

from __future__ import annotations

import html
import os
import sys
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Literal

from creditdesk.paths import fonts_dir

Role = Literal["fangsong", "hei", "song", "kai"]
ROLES: tuple[Role, ...] = ("fangsong", "hei", "song", "kai")

# (file name as installed, sub-font index), most wanted first
SYSTEM_FILES: dict[Role, tuple[tuple[str, int], ...]] = {
    "fangsong": (("仿宋_GB2312.ttf", 0), ("FS_GB2312.ttf", 0), ("simfang.ttf", 0)),
    "hei": (("simhei.ttf", 0),),
    "song": (("simsun.ttc", 0), ("simsun.ttf", 0)),
    "kai": (("楷体_GB2312.ttf", 0), ("simkai.ttf", 0)),
}
BUNDLED_FILES: dict[Role, tuple[str, int]] = {
    "fangsong": ("uming.ttc", 0),
    "hei": ("wqy-microhei.ttc", 0),
    "song": ("uming.ttc", 0),
    "kai": ("ukai.ttc", 0),
}
FALLBACK_ORDER: tuple[tuple[str, int], ...] = (("uming.ttc", 0), ("wqy-microhei.ttc", 0))


@dataclass(frozen=True)
class FontFace:
    """One registered face: the name reportlab knows it by, and where it came from."""

    name: str
    path: Path
    index: int
    bundled: bool
    glyphs: frozenset[int] = field(repr=False, compare=False)

    def covers(self, char: str) -> bool:
        return ord(char) in self.glyphs


def system_font_dirs() -> list[Path]:
    """Folders where an office PC keeps its fonts."""
    dirs: list[Path] = []
    if sys.platform == "win32":
        dirs.append(Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    else:
        home = Path.home()
        dirs += [
            Path("/usr/share/fonts"),
            Path("/usr/local/share/fonts"),
            home / ".local" / "share" / "fonts",
            home / ".fonts",
        ]
    return [d for d in dirs if d.is_dir()]


def _find(dirs: list[Path], file_name: str) -> Path | None:
    wanted = file_name.lower()
    for directory in dirs:
        direct = directory / file_name
        if direct.is_file():
            return direct
        for candidate in directory.rglob("*"):
            if candidate.name.lower() == wanted and candidate.is_file():
                return candidate
    return None


def _is_truetype(path: Path, index: int) -> bool:
    from fontTools.ttLib import TTLibError
    from fontTools.ttLib.ttCollection import TTCollection
    from fontTools.ttLib.ttFont import TTFont

    try:
        if path.suffix.lower() == ".ttc":
            with TTCollection(str(path), lazy=True) as collection:
                return "glyf" in collection.fonts[index]
        with TTFont(str(path), lazy=True) as font:
            return "glyf" in font
    except (TTLibError, OSError, IndexError, AssertionError):
        return False


class FontSet:
    """The faces chosen for each role, registered with reportlab."""

    def __init__(self, faces: dict[Role, FontFace], fallbacks: list[FontFace]):
        self._faces = faces
        self._fallbacks = fallbacks

    def face(self, role: Role) -> FontFace:
        return self._faces[role]

    def runs(self, text: str, role: Role) -> list[tuple[str, str]]:
        """``text`` cut into (face name, run) so that every character has a glyph."""
        primary = self._faces[role]
        chain = [primary, *(f for f in self._fallbacks if f.name != primary.name)]
        runs: list[tuple[str, str]] = []
        for char in text:
            face = next((f for f in chain if f.covers(char)), primary)
            if runs and runs[-1][0] == face.name:
                runs[-1] = (face.name, runs[-1][1] + char)
            else:
                runs.append((face.name, char))
        return runs

    def markup(self, text: str, role: Role) -> str:
        """Paragraph markup of ``text`` (escaped) with fallback faces where needed."""
        primary = self._faces[role].name
        parts = []
        for name, run in self.runs(text, role):
            escaped = html.escape(run, quote=False)
            parts.append(escaped if name == primary else f'<font name="{name}">{escaped}</font>')
        return "".join(parts)

    def all_faces(self) -> list[FontFace]:
        """The role faces and the fallbacks, each once."""
        faces = {f.name: f for f in [*self._faces.values(), *self._fallbacks]}
        return list(faces.values())

    def missing(self, text: str) -> set[str]:
        """Characters no available face can draw (should stay empty)."""
        faces = self.all_faces()
        return {c for c in text if not c.isspace() and not any(f.covers(c) for f in faces)}


def _register(name: str, path: Path, index: int, bundled: bool) -> FontFace:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font = TTFont(name, str(path), subfontIndex=index)
    pdfmetrics.registerFont(font)
    glyphs = frozenset(font.face.charToGlyph)
    return FontFace(name, path, index, bundled, glyphs)


@cache
def load_fonts(use_system: bool = True) -> FontSet:
    """Find, check and register the faces (once per process).

    Args:
        use_system: look for the office PC's fonts first; tests pass False to get the
            same bundled faces on every machine.
    """
    dirs = system_font_dirs() if use_system else []
    registered: dict[tuple[Path, int], FontFace] = {}

    def face_for(path: Path, index: int, bundled: bool) -> FontFace:
        key = (path, index)
        if key not in registered:
            registered[key] = _register(f"CD-{path.stem}-{index}", path, index, bundled)
        return registered[key]

    faces: dict[Role, FontFace] = {}
    for role in ROLES:
        for file_name, index in SYSTEM_FILES[role]:
            found = _find(dirs, file_name) if dirs else None
            if found is not None and _is_truetype(found, index):
                faces[role] = face_for(found, index, bundled=False)
                break
        else:
            file_name, index = BUNDLED_FILES[role]
            faces[role] = face_for(fonts_dir() / file_name, index, bundled=True)
    fallbacks = [face_for(fonts_dir() / name, index, True) for name, index in FALLBACK_ORDER]
    return FontSet(faces, fallbacks)


def chart_font_path() -> Path:
    """A Hei-style face for matplotlib chart labels (bundled, so charts look alike everywhere)."""
    return fonts_dir() / BUNDLED_FILES["hei"][0]
