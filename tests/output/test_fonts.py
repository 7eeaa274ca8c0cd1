"""PDF fonts: TrueType faces for every role, and no character left without a glyph."""

from __future__ import annotations

from pathlib import Path

from creditdesk.output.fonts import ROLES, _is_truetype, load_fonts
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
