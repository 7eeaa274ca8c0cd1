"""CJK fonts for PDFs and charts: the office PC's own when it has them, ours otherwise.

Official documents (GB/T 9704-2012) set the body, the document number and the signature in
仿宋 (3号), titles and the letterhead in 小标宋, some elements in 黑体, 楷体 and 宋体. The roles:

* ``fangsong`` — 仿宋_GB2312 / 仿宋 (simfang.ttf) / 华文仿宋 (STFANGSO.TTF) / 方正仿宋; else our
  open 仿宋, 朱雀仿宋 Zhuque Fangsong cut to GB 2312 (all 6,763 hanzi) and compiled to TrueType
  by ``resources/fonts/build_fangsong.py``.
* ``title`` — 方正小标宋简体 (FZXBSJW.TTF) when installed; else our heavy Song,
  Noto Serif CJK SC Bold cut to GB 2312 and converted to TrueType by
  ``resources/fonts/build_heavy_song.py``: closer to 小标宋 than the 黑体 offices fall back to.
* ``hei``, ``song``, ``kai`` — 黑体, 宋体, 楷体.

A face is found by file name in the system font folders (Windows Fonts, /usr/share/fonts,
~/.fonts …) and, where fontconfig is present (UOS, Kylin), by family name through ``fc-list``,
so a 仿宋 installed under any file name is used. Without one we use the open fonts shipped in
resources/fonts, so body, number and signature stay 仿宋 on a bare machine. Only TrueType
outlines can be embedded by reportlab, so CFF fonts (OTF, Noto CJK) are skipped.
A character missing from a face is drawn in the next face that has it, so no name turns into
empty boxes.
"""

from __future__ import annotations

import html
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Literal

from creditdesk.paths import fonts_dir

Role = Literal["fangsong", "title", "hei", "song", "kai"]
ROLES: tuple[Role, ...] = ("fangsong", "title", "hei", "song", "kai")

# (file name as installed, sub-font index), most wanted first
SYSTEM_FILES: dict[Role, tuple[tuple[str, int], ...]] = {
    "fangsong": (
        ("仿宋_GB2312.ttf", 0),
        ("FS_GB2312.ttf", 0),
        ("simfang.ttf", 0),
        ("STFANGSO.TTF", 0),
        ("FZFSJW.TTF", 0),
        ("FZFSK.TTF", 0),
    ),
    "title": (("方正小标宋简体.ttf", 0), ("FZXBSJW.TTF", 0), ("FZXBSK.TTF", 0)),
    "hei": (("simhei.ttf", 0),),
    "song": (("simsun.ttc", 0), ("simsun.ttf", 0), ("STSONG.TTF", 0)),
    "kai": (("楷体_GB2312.ttf", 0), ("simkai.ttf", 0), ("STKAITI.TTF", 0)),
}
SYSTEM_FAMILIES: dict[Role, tuple[str, ...]] = {
    "fangsong": ("仿宋_GB2312", "仿宋", "FangSong", "STFangsong", "华文仿宋", "方正仿宋"),
    "title": ("方正小标宋简体", "方正小标宋", "FZXiaoBiaoSong"),
    "hei": ("黑体", "SimHei"),
    "song": ("宋体", "SimSun", "STSong", "华文宋体"),
    "kai": ("楷体_GB2312", "楷体", "KaiTi", "STKaiti"),
}
"""Family names fontconfig may know a face by, whatever its file is called."""
HEAVY_SONG = "NotoSerifSC-Bold-GB2312.ttf"
OPEN_FANGSONG = "ZhuqueFangsong-GB2312.ttf"
BUNDLED_FILES: dict[Role, tuple[str, int]] = {
    "fangsong": (OPEN_FANGSONG, 0),
    "title": (HEAVY_SONG, 0),
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


@cache
def _fontconfig_faces() -> tuple[tuple[Path, int, tuple[str, ...]], ...]:
    """(file, index, lower-case family names) of every Chinese face fontconfig knows."""
    fc_list = shutil.which("fc-list") if sys.platform != "win32" else None
    if fc_list is None:
        return ()
    try:
        listing = subprocess.run(
            [fc_list, ":lang=zh", "-f", "%{file}\t%{index}\t%{family}\n"],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return ()
    faces = []
    for line in listing.splitlines():
        path_text, _, rest = line.partition("\t")  # /path/simfang.ttf⇥0⇥FangSong,仿宋
        index_text, _, families_text = rest.partition("\t")
        if path_text:
            index = int(index_text) if index_text.strip().isdigit() else 0
            families = tuple(f.strip().lower() for f in families_text.split(","))
            faces.append((Path(path_text), index, families))
    return tuple(faces)


def _fontconfig(role: Role) -> list[tuple[Path, int]]:
    """Faces fontconfig lists under one of ``role``'s family names, best first."""
    wanted = [name.lower() for name in SYSTEM_FAMILIES[role]]
    found = []
    for path, index, families in _fontconfig_faces():
        rank = min((wanted.index(f) for f in families if f in wanted), default=None)
        if rank is not None:
            found.append((rank, path, index))
    return [(path, index) for _, path, index in sorted(found, key=lambda hit: hit[0])]


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
        candidates = [(_find(dirs, name), index) for name, index in SYSTEM_FILES[role] if dirs]
        if use_system:
            candidates += _fontconfig(role)
        for found, index in candidates:
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
