"""Render Word's automatic list numbers (自动编号) back into the labels a reader sees.

A plan typed in Word often numbers its tasks with automatic numbering, so the paragraph text
holds no "（一）" at all: the label lives in ``numbering.xml`` (a level's ``numFmt`` and
``lvlText`` such as ``（%1）``) and is counted at display time.  Without re-creating it the
parser would see unnumbered paragraphs and lose the whole task structure.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Final

from creditdesk.chinese_numerals import to_chinese, to_chinese_legal

W: Final = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CIRCLED: Final = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_TIANGAN: Final = "甲乙丙丁戊己庚辛壬癸"
_DIZHI: Final = "子丑寅卯辰巳午未申酉戌亥"
_ROMAN: Final = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


def _attr(el: Any, name: str) -> str | None:
    value = el.get(W + name) if el is not None else None
    return str(value) if value is not None else None


def _roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _letters(n: int) -> str:
    # Word repeats the letter: 27 → aa.
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    """Format one counter value in a Word ``numFmt``."""
    formats: dict[str, Callable[[int], str]] = {
        "chineseCounting": to_chinese,
        "chineseCountingThousand": to_chinese,
        "japaneseCounting": to_chinese,
        "taiwaneseCounting": to_chinese,
        "chineseLegalSimplified": to_chinese_legal,
        "upperRoman": lambda k: _roman(k).upper(),
        "lowerRoman": _roman,
        "upperLetter": lambda k: _letters(k).upper(),
        "lowerLetter": _letters,
        "decimalFullWidth": lambda k: str(k).translate(
            str.maketrans("0123456789", "０１２３４５６７８９")
        ),
    }
    if fmt in formats:
        return formats[fmt](n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= n <= 20:
        return _CIRCLED[n - 1]
    if fmt == "ideographTraditional" and 1 <= n <= 10:
        return _TIANGAN[n - 1]
    if fmt == "ideographZodiac" and 1 <= n <= 12:
        return _DIZHI[n - 1]
    if fmt in ("none", "bullet"):
        return ""
    return str(n)


@dataclass
class _Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1
    is_legal: bool = False
    style: str | None = None


@dataclass
class NumberingRenderer:
    """Counts numbered paragraphs in document order and renders their labels.

    Counters belong to the abstract list definition, as in Word: two list instances that share
    it continue one sequence unless an instance overrides a level's start.
    """

    abstract_levels: dict[str, dict[int, _Level]] = field(default_factory=dict)
    num_to_abstract: dict[str, str] = field(default_factory=dict)
    overrides: dict[str, dict[int, int]] = field(default_factory=dict)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    started_nums: set[str] = field(default_factory=set)

    @classmethod
    def from_numbering_xml(cls, root: Any | None) -> NumberingRenderer:
        """Build from the ``w:numbering`` element (None when the document has no numbering)."""
        renderer = cls()
        if root is None:
            return renderer
        for abstract in root.iter(W + "abstractNum"):
            abstract_id = _attr(abstract, "abstractNumId") or ""
            levels: dict[int, _Level] = {}
            for lvl in abstract.iter(W + "lvl"):
                level = _Level()
                fmt = _attr(lvl.find(W + "numFmt"), "val")
                text = _attr(lvl.find(W + "lvlText"), "val")
                start = _attr(lvl.find(W + "start"), "val")
                style = _attr(lvl.find(W + "pStyle"), "val")
                level.fmt = fmt or "decimal"
                level.text = text if text is not None else "%1."
                level.start = int(start) if start and start.lstrip("-").isdigit() else 1
                level.is_legal = lvl.find(W + "isLgl") is not None
                level.style = style
                levels[int(_attr(lvl, "ilvl") or 0)] = level
            renderer.abstract_levels[abstract_id] = levels
        for num in root.iter(W + "num"):
            num_id = _attr(num, "numId") or ""
            renderer.num_to_abstract[num_id] = _attr(num.find(W + "abstractNumId"), "val") or ""
            starts: dict[int, int] = {}
            for override in num.iter(W + "lvlOverride"):
                start_override = _attr(override.find(W + "startOverride"), "val")
                if start_override is not None and start_override.isdigit():
                    starts[int(_attr(override, "ilvl") or 0)] = int(start_override)
            renderer.overrides[num_id] = starts
        return renderer

    def level_for_style(self, num_id: str, style_id: str) -> int:
        """The level a style-linked list uses for paragraphs of ``style_id`` (0 if unstated)."""
        levels = self.abstract_levels.get(self.num_to_abstract.get(num_id, ""), {})
        for ilvl, level in levels.items():
            if level.style == style_id:
                return ilvl
        return 0

    def next_label(self, num_id: str, ilvl: int) -> str:
        """Advance the counter of ``(num_id, ilvl)`` and return the rendered label."""
        abstract_id = self.num_to_abstract.get(num_id)
        if abstract_id is None or num_id == "0":
            return ""
        levels = self.abstract_levels.get(abstract_id, {})
        level = levels.get(ilvl)
        if level is None:
            return ""
        counters = self.counters.setdefault(abstract_id, {})
        if num_id not in self.started_nums:
            self.started_nums.add(num_id)
            for o_lvl, o_start in self.overrides.get(num_id, {}).items():
                counters[o_lvl] = o_start - 1
                for deeper in [k for k in counters if k > o_lvl]:
                    del counters[deeper]
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if level.fmt == "bullet":
            return ""
        label = level.text
        for k in range(9, 0, -1):
            placeholder = f"%{k}"
            if placeholder not in label:
                continue
            ref = levels.get(k - 1, _Level())
            value = counters.get(k - 1, ref.start)
            fmt = "decimal" if level.is_legal and k - 1 != ilvl else ref.fmt
            if k - 1 == ilvl:
                fmt = level.fmt
            label = label.replace(placeholder, format_number(value, fmt))
        return label
