"""PDF fonts: TrueType faces for every role, and no character left without a glyph."""

from __future__ import annotations

from pathlib import Path

import pytest

from creditdesk.output import fonts as fonts_module
from creditdesk.output.fonts import HEAVY_SONG, OPEN_FANGSONG, ROLES, _is_truetype, load_fonts
from creditdesk.paths import fonts_dir


def test_every_role_has_an_embeddable_truetype_face() -> None:
    fonts = load_fonts(use_system=False)
    for role in ROLES:
        face = fonts.face(role)
        assert face.bundled and _is_truetype(face.path, face.index)


def test_shipped_fonts_carry_their_licences() -> None:
    for font in fonts_dir().glob("*.tt[cf]"):
        stem = font.stem
        assert list(fonts_dir().glob(f"{stem}.LICENSE*")), f"{font.name} has no licence file"


def test_rare_characters_fall_back_to_a_face_that_has_them() -> None:
    fonts = load_fonts(use_system=False)
    # 犇 and 淼 occur in company names; the Kai face lacks some that the others have
    text = "青禾县犇淼鑫垚商贸有限公司〔2024〕"
    assert fonts.missing(text) == set()
    runs = fonts.runs(text, "kai")
    assert "".join(run for _, run in runs) == text
    faces = {f.name: f for f in fonts.all_faces()}
    assert all(faces[name].covers(c) for name, run in runs for c in run)


def test_markup_escapes_text() -> None:
    fonts = load_fonts(use_system=False)
    assert fonts.markup("A<B>&C", "song") == "A&lt;B&gt;&amp;C"


def test_cff_fonts_are_not_taken(tmp_path: Path) -> None:
    fake = tmp_path / "notocjk.otf"
    fake.write_bytes(b"OTTO" + b"\0" * 200)
    assert not _is_truetype(fake, 0)


def test_titles_use_the_bundled_heavy_song_without_system_fonts() -> None:
    """No 小标宋 installed: the letterhead and titles get Noto Serif SC Bold, not a 黑体."""
    face = load_fonts(use_system=False).face("title")
    assert face.path.name == HEAVY_SONG and face.bundled
    assert face.covers("青") and face.covers("〔") and face.covers("鑫")


def test_a_fangsong_installed_under_any_file_name_is_found_by_family(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """UOS/Kylin: fontconfig knows 仿宋_GB2312 by family, whatever the file is called."""
    installed = tmp_path / "gbfs.ttf"
    installed.symlink_to(fonts_dir() / HEAVY_SONG)  # any TrueType face stands in
    listing = ((installed, 0, ("fangsong_gb2312", "仿宋_gb2312")),)
    monkeypatch.setattr(fonts_module, "system_font_dirs", lambda: [])
    monkeypatch.setattr(fonts_module, "_fontconfig_faces", lambda: listing)
    fonts = load_fonts.__wrapped__(use_system=True)
    assert fonts.face("fangsong").path == installed
    assert not fonts.face("fangsong").bundled
    assert fonts.face("song").bundled  # nothing else was installed


def test_a_system_fangsong_file_is_preferred_to_the_bundled_song(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "simfang.ttf").symlink_to(fonts_dir() / HEAVY_SONG)
    monkeypatch.setattr(fonts_module, "system_font_dirs", lambda: [tmp_path])
    monkeypatch.setattr(fonts_module, "_fontconfig_faces", lambda: ())
    fonts = load_fonts.__wrapped__(use_system=True)
    assert fonts.face("fangsong").path.name == "simfang.ttf"


def test_body_uses_the_bundled_fangsong_covering_gb2312_without_system_fonts() -> None:
    """No 仿宋 installed: body, number and signature get 朱雀仿宋, which draws every hanzi of
    GB 2312; a rarer character (犇) comes from the next face instead of a box."""
    fonts = load_fonts(use_system=False)
    face = fonts.face("fangsong")
    assert face.path.name == OPEN_FANGSONG and face.bundled
    codes = [(hi, lo) for hi in range(0xB0, 0xF8) for lo in range(0xA1, 0xFF)]
    hanzi = [
        bytes(code).decode("gb2312") for code in codes if code < (0xD7, 0xFA) or code[0] > 0xD7
    ]
    assert len(hanzi) == 6763 and all(face.covers(c) for c in hanzi)
    assert all(face.covers(c) for c in "〔〕（）、。，：；“”《》—…·×－０１２３４５６７８９")
    assert fonts.missing("犇０１２") == set()
