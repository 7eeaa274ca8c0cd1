"""Draws CreditDesk's application icon into resources/icons/ (PNG sizes 16–256 and an .ico).

The icon is our own drawing, no third-party artwork: a blue tile holding a white sheet with
ruled lines (the plan and its tasks) and a red round seal with a tick (材料合格, the check the
clerk puts on what a unit handed in). The PNGs and the .ico are committed; run this again only
to change the drawing::

    .venv/bin/python installer/make_icons.py

Every size is drawn at 1024 px and scaled down, so edges stay smooth; sizes of 32 px and below
drop the thin lines, which would only blur.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ICONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
BIG = 1024

BLUE_TOP = (38, 103, 178)
BLUE_BOTTOM = (22, 68, 132)
PAPER = (255, 255, 255)
FOLD = (206, 219, 236)
LINE = (150, 170, 198)
SEAL = (207, 38, 38)


def _tile(draw_lines: bool) -> Image.Image:
    """The icon at 1024 px, transparent around a rounded tile."""
    image = Image.new("RGBA", (BIG, BIG), (0, 0, 0, 0))

    gradient = Image.new("RGBA", (BIG, BIG))
    for y in range(BIG):
        t = y / (BIG - 1)
        row = tuple(round(a + (b - a) * t) for a, b in zip(BLUE_TOP, BLUE_BOTTOM, strict=True))
        ImageDraw.Draw(gradient).line([(0, y), (BIG, y)], fill=(*row, 255))
    mask = Image.new("L", (BIG, BIG), 0)
    ImageDraw.Draw(mask).rounded_rectangle((40, 40, BIG - 40, BIG - 40), radius=190, fill=255)
    image.paste(gradient, (0, 0), mask)

    draw = ImageDraw.Draw(image)
    # The sheet with its top-right corner folded over.
    left, top, right, bottom, fold = 250, 170, 770, 860, 150
    draw.polygon(
        [(left, top), (right - fold, top), (right, top + fold), (right, bottom), (left, bottom)],
        fill=PAPER,
    )
    draw.polygon([(right - fold, top), (right - fold, top + fold), (right, top + fold)], fill=FOLD)
    if draw_lines:
        for i, y in enumerate(range(330, 700, 92)):
            end = right - 70 if i else right - fold - 40
            draw.rounded_rectangle((left + 70, y, end, y + 34), radius=17, fill=LINE)
    else:
        for y in (340, 520):
            draw.rounded_rectangle((left + 70, y, right - 70, y + 70), radius=35, fill=LINE)

    # The seal with a tick, overlapping the sheet's lower right corner.
    cx, cy, r = 700, 740, 215
    draw.ellipse((cx - r - 28, cy - r - 28, cx + r + 28, cy + r + 28), fill=PAPER)
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=SEAL)
    tick = [(cx - 112, cy + 4), (cx - 30, cy + 88), (cx + 120, cy - 78)]
    draw.line(tick, fill=PAPER, width=62, joint="curve")
    for x, y in (tick[0], tick[-1]):
        draw.ellipse((x - 31, y - 31, x + 31, y + 31), fill=PAPER)
    return image


def main() -> None:
    """Writes creditdesk-<size>.png for every size, creditdesk.png (256) and creditdesk.ico."""
    ICONS_DIR.mkdir(parents=True, exist_ok=True)
    detailed, simple = _tile(draw_lines=True), _tile(draw_lines=False)
    images = {}
    for size in SIZES:
        source = simple if size <= 32 else detailed
        images[size] = source.resize((size, size), Image.Resampling.LANCZOS)
        images[size].save(ICONS_DIR / f"creditdesk-{size}.png", optimize=True)
    images[256].save(ICONS_DIR / "creditdesk.png", optimize=True)
    images[256].save(
        ICONS_DIR / "creditdesk.ico",
        sizes=[(s, s) for s in SIZES],
        append_images=[images[s] for s in SIZES if s != 256],
    )
    print(f"icons written to {ICONS_DIR}")


if __name__ == "__main__":
    main()
