"""Make resources/fonts/NotoSerifSC-Bold-GB2312.ttf: the heavy Song that stands in for 小标宋.

    python resources/fonts/build_heavy_song.py NotoSerifCJK-Bold.ttc [OUT.ttf]

The source is Noto Serif CJK SC Bold (SIL Open Font License 1.1), as Debian's fonts-noto-cjk
package installs it (``NotoSerifCJK-Bold.ttc``, face 2 is SC). Its outlines are CFF, which
reportlab cannot embed, so this script keeps only what letters and reports need (the 6,763
characters of GB 2312 level 1 and 2, ASCII, and the full-width punctuation and symbols of
GB 2312 rows 1–9) and converts the cubic outlines to TrueType quadratics with fontTools'
cu2qu. The result (about 4 MB instead of 20) is committed; run this again only to rebuild it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

SC_FACE = 2  # JP, KR, SC, TC, HK in Noto's collections
MAX_ERROR = 1.0  # font units (of 1000): below what a 600 dpi print can show


def gb2312_text() -> str:
    """Every character GB 2312 encodes (symbols rows 1–9, hanzi rows 16–87) plus ASCII."""
    chars = [chr(c) for c in range(0x20, 0x7F)]
    for high in (*range(0xA1, 0xAA), *range(0xB0, 0xF8)):
        for low in range(0xA1, 0xFF):
            try:
                chars.append(bytes((high, low)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return "".join(chars) + "〔〕—…·“”‘’、。，：；！？（）《》【】"


def _to_quadratic(font: TTFont) -> None:
    """Replace the CFF table with glyf/loca holding the same outlines in quadratic curves."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, MAX_ERROR, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, glyph in glyf.glyphs.items():
        advance, _ = hmtx.metrics[name]
        hmtx.metrics[name] = (advance, getattr(glyph, "xMin", 0))
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in (
        "maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
        "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
        "maxComponentElements",
    ):  # fmt: skip
        setattr(maxp, attr, 1 if attr == "maxZones" else 0)
    font["maxp"] = maxp
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.sfntVersion = "\x00\x01\x00\x00"


def build(source: Path, target: Path) -> None:
    font = TTFont(str(source), fontNumber=SC_FACE)
    options = subset.Options()
    options.layout_features = ["vert", "vrt2", "kern", "palt"]
    options.desubroutinize = True
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.drop_tables += ["VORG", "vhea", "vmtx", "DSIG"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=gb2312_text())
    subsetter.subset(font)
    # a CID-keyed CFF names its glyphs cid00001…; TrueType wants plain names, post 2 keeps them
    _to_quadratic(font)
    font.save(str(target))


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(__file__).with_name(
        "NotoSerifSC-Bold-GB2312.ttf"
    )
    build(Path(sys.argv[1]), out)
    print(f"{out}: {out.stat().st_size:,} bytes")
