"""Make resources/fonts/ZhuqueFangsong-GB2312.ttf: the open 仿宋 for PCs without one.

    python -m venv /tmp/fontbuild && /tmp/fontbuild/bin/pip install "fontmake>=3.7.1"
    /tmp/fontbuild/bin/python resources/fonts/build_fangsong.py \
        zhuque/src/ZhuqueFangsong.glyphspackage [OUT.ttf]

The source is 朱雀仿宋 Zhuque Fangsong (SIL Open Font License 1.1, no reserved font name) by
TrionesType, https://github.com/TrionesType/zhuque, which is published as a Glyphs package.
Its licence is copied next to the result as ZhuqueFangsong-GB2312.LICENSE.txt.

The script does what the project's own ``fontmake -g … -o ttf`` does, on less: glyphsLib turns
the package into a UFO, every glyph a letter or report cannot use is dropped first (the font
has ~13,800 glyphs; GB 2312 needs ~7,450, see ``build_heavy_song.gb2312_text``), as are the
OpenType features reportlab ignores, and ufo2ft compiles the rest with overlaps removed and
the cubic outlines converted to TrueType quadratics (reportlab embeds only ``glyf`` fonts).
A last fontTools subset keeps exactly the wanted code points, and the full-width forms the
font lacks (０–９, Ａ–Ｚ, ＋＝ …, which notices use for numbers) are added as the ASCII
glyph centred on a full em, so they stay 仿宋. It prints the GB 2312 characters the font still
lacks; those fall back to the next bundled face at run time.
The result is committed; run this again only to rebuild it (a few minutes, not in CI).
"""

from __future__ import annotations

import sys
from pathlib import Path

from build_heavy_song import gb2312_text
from fontTools import subset
from fontTools.ttLib import TTFont
from fontTools.ttLib.tables._g_l_y_f import Glyph, GlyphComponent

TARGET_NAME = "ZhuqueFangsong-GB2312.ttf"
NOTICE_SYMBOLS = "〔〕（）、。，：；“”《》—…·×－" + "".join(chr(c) for c in range(0xFF10, 0xFF1A))


def wanted_text() -> str:
    """GB 2312 (symbols and hanzi), ASCII, and the symbols notices and reports print."""
    return gb2312_text() + NOTICE_SYMBOLS


def _to_ufo(source: Path, text: str):  # type: ignore[no-untyped-def]
    """The package as a UFO holding only the glyphs ``text`` needs (and their components)."""
    import glyphsLib

    font = glyphsLib.GSFont(str(source))
    (ufo,) = glyphsLib.to_ufos(font, minimal=True, generate_GDEF=False)
    codes = {ord(c) for c in text}
    keep = {".notdef", "space"}
    keep |= {g.name for g in ufo if codes.intersection(g.unicodes)}
    todo = list(keep)
    while todo:  # components of kept glyphs stay, or their outlines would vanish
        for component in ufo[todo.pop()].components:
            if component.baseGlyph not in keep and component.baseGlyph in ufo:
                keep.add(component.baseGlyph)
                todo.append(component.baseGlyph)
    for name in [g.name for g in ufo if g.name not in keep]:
        del ufo[name]
    ufo.features.text = ""
    ufo.kerning.clear()
    ufo.groups.clear()
    order = ufo.lib.get("public.glyphOrder", [])
    ufo.lib["public.glyphOrder"] = [n for n in order if n in keep]
    ufo.lib.pop("public.skipExportGlyphs", None)
    return ufo


def build(source: Path, target: Path) -> None:
    import ufo2ft

    text = wanted_text()
    ufo = _to_ufo(source, text)
    font = ufo2ft.compileTTF(ufo, removeOverlaps=True, useProductionNames=False)
    options = subset.Options()
    options.layout_features = []
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.drop_tables += ["DSIG", "vhea", "vmtx", "VORG"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    font["OS/2"].fsType = 0  # OFL: installable, so reportlab may embed it
    add_fullwidth_forms(font)
    font.save(str(target))
    report(target)


def add_fullwidth_forms(font: TTFont) -> None:
    """Give each missing full-width form (U+FF01–FF5E) its ASCII glyph centred on the em."""
    cmap = font.getBestCmap()
    glyf, hmtx = font["glyf"], font["hmtx"]
    em = font["head"].unitsPerEm
    added: dict[int, str] = {}
    for code in range(0xFF01, 0xFF5F):
        base = cmap.get(code - 0xFEE0)
        if code in cmap or base is None:
            continue
        component = GlyphComponent()
        component.glyphName, component.flags = base, 0x4  # ROUND_XY_TO_GRID
        component.x, component.y = (em - hmtx[base][0]) // 2, 0
        glyph = Glyph()
        glyph.numberOfContours, glyph.components = -1, [component]
        name = f"uni{code:04X}"
        glyf[name] = glyph
        glyph.recalcBounds(glyf)
        hmtx[name] = (em, getattr(glyph, "xMin", 0))
        added[code] = name
    order = font.getGlyphOrder()  # glyf[name] = … appends to glyf's order, maybe this one
    font.setGlyphOrder(order + [name for name in added.values() if name not in order])
    glyf.glyphOrder = font.getGlyphOrder()
    for table in font["cmap"].tables:
        if table.isUnicode():
            table.cmap.update(added)


def report(target: Path) -> None:
    """Print how much of GB 2312 the font draws and which characters it lacks."""
    cmap = TTFont(str(target)).getBestCmap()
    hanzi = [c for c in gb2312_text() if "\u4e00" <= c <= "\u9fff"]
    missing = [c for c in wanted_text() if ord(c) not in cmap and not c.isspace()]
    missing_hanzi = [c for c in hanzi if ord(c) not in cmap]
    print(f"{target}: {target.stat().st_size:,} bytes, {len(cmap)} code points")
    print(f"GB 2312 hanzi: {len(hanzi) - len(missing_hanzi)} of {len(hanzi)}")
    print(f"missing ({len(missing)}): {''.join(dict.fromkeys(missing))}")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    if sys.argv[1] == "--add-fullwidth":  # a font built before that step existed
        built = TTFont(sys.argv[2])
        add_fullwidth_forms(built)
        built.save(sys.argv[2])
        report(Path(sys.argv[2]))
        sys.exit()
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(__file__).with_name(TARGET_NAME)
    build(Path(sys.argv[1]), out)
