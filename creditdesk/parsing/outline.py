"""Recognise numbered items (一、 （一） 1. （1） ①) and nest them into an outline tree.

Offices number their levels differently — 一、/（一）/1. in one county, （一）/1./（1） or
markdown headings in another — so a style's level is not fixed: it is decided by where the
style first appears.  A label whose style is already open closes everything below it (a
sibling); a new style opens a deeper level.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from creditdesk.chinese_numerals import LIST_NUMERALS, from_chinese
from creditdesk.parsing.text_cleanup import normalise_text

_CN: Final = LIST_NUMERALS
_CIRCLED: Final = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_LABEL_PATTERNS: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    ("第X", re.compile(rf"^(?P<label>第[{_CN}\d]{{1,4}}(?:部分|章|节|篇))\s*")),
    ("一、", re.compile(rf"^(?P<num>[{_CN}]{{1,4}})\s*[、．.](?![{_CN}\d])\s*")),
    ("（一）", re.compile(rf"^[（(]\s*(?P<num>[{_CN}]{{1,4}})\s*[）)]\s*[、．.]?\s*")),
    ("（1）", re.compile(r"^[（(]\s*(?P<num>\d{1,3})\s*[）)]\s*[、．.]?\s*")),
    ("1）", re.compile(r"^(?P<num>\d{1,3})\s*[）)]\s*")),
    ("1.", re.compile(r"^(?P<num>\d{1,3})\s*(?P<sep>[.．、](?![\d.．])|[.．]\s)\s*")),
    ("①", re.compile(r"^(?P<num>[①-⑳])\s*[、．.]?\s*")),
)
_GROUP_NAME: Final = re.compile(r"\(\?P<\w+>")
STARTS_ITEM: Final = re.compile(
    "|".join("(?:" + _GROUP_NAME.sub("(", p.pattern) + ")" for _, p in _LABEL_PATTERNS)
)


@dataclass(frozen=True)
class Label:
    """A recognised list label.

    Attributes:
        style: The numbering style, e.g. "（一）" for （一）/(一); equal styles are siblings.
        text: The label normalised for display: full-width brackets, no spaces ("（一）", "1.").
    """

    style: str
    text: str
    number: int | None = None


def _number(raw: str) -> int | None:
    if raw in _CIRCLED:
        return _CIRCLED.index(raw) + 1
    digits = raw.lstrip("第").rstrip("部分章节篇")
    return from_chinese(digits)


def match_label(line: str) -> tuple[Label, str] | None:
    """Split a leading list label off ``line``; None when the line starts no item."""
    for style, pattern in _LABEL_PATTERNS:
        match = pattern.match(line)
        if not match:
            continue
        rest = line[match.end() :]
        groups = match.groupdict()
        if style == "第X":
            text = groups["label"]
        elif style == "一、":
            text = groups["num"] + "、"
        elif style in ("（一）", "（1）"):
            text = f"（{groups['num']}）"
        elif style == "1）":
            text = f"{groups['num']}）"
        elif style == "1.":
            sep = groups["sep"].strip()
            text = groups["num"] + ("、" if sep == "、" else ".")
        else:
            text = groups["num"]
        return Label(style=style, text=text, number=_number(groups.get("num") or text)), rest
    return None


@dataclass
class Node:
    """One item of the outline: a numbered line (or heading) and what follows it.

    Attributes:
        label: Display label; for an unnumbered heading this is None.
        style: Numbering style or "#n" for an unnumbered heading of level n.
        parts: The item's paragraphs (first one without its label).
        children: Items nested under it.
    """

    label: str | None
    style: str
    number: int | None = None
    parts: list[str] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The item's own text, paragraphs joined (Chinese needs no separator)."""
        return "".join(self.parts)

    def full_text(self) -> str:
        """Own text followed by every descendant, labels kept, for merging sub-items."""
        pieces = [self.text]
        for child in self.children:
            pieces.append((child.label or "") + child.full_text())
        return "".join(pieces)


def _base(style: str) -> str:
    return style.rstrip("′")


@dataclass
class OutlineBuilder:
    """Builds the tree one paragraph at a time; see the module docstring for the level rule."""

    roots: list[Node] = field(default_factory=list)
    stack: list[Node] = field(default_factory=list)

    def add_item(self, label: Label | None, text: str, heading_level: int = 1) -> Node:
        """Open a new item, closing open items of the same or a deeper level.

        A number that restarts at 1 under an open item of the same style (a list of
        documents 1.《…》 inside task 5.) opens a nested level instead of a sibling, and the
        item numbered one past an open item returns to that item's level.
        """
        style = label.style if label else f"#{heading_level}"
        number = label.number if label else None
        parent_index = self._find_parent(style, number)
        if parent_index is not None:
            del self.stack[parent_index:]
        elif label and number == 1 and any(_base(n.style) == style for n in self.stack):
            style = style + "′" * sum(_base(n.style) == style for n in self.stack)
        node = Node(
            label=label.text if label else text,
            style=style,
            number=number,
            parts=[text] if text else [],
        )
        (self.stack[-1].children if self.stack else self.roots).append(node)
        self.stack.append(node)
        return node

    def _find_parent(self, style: str, number: int | None) -> int | None:
        """Index in the stack of the open item the new one replaces as a sibling, if any."""
        if style.startswith("#"):
            depth = int(style[1:])
            for index, node in enumerate(self.stack):
                if node.style.startswith("#") and int(node.style[1:]) >= depth:
                    return index
            return None
        same = [i for i, node in enumerate(self.stack) if _base(node.style) == style]
        if not same:
            return None
        for index in reversed(same):
            open_number = self.stack[index].number
            if number is not None and open_number is not None and number == open_number + 1:
                return index
        if number == 1:
            return None
        return same[-1]

    def add_text(self, text: str) -> bool:
        """Append a continuation paragraph to the open item; False if no item is open."""
        if not self.stack:
            return False
        self.stack[-1].parts.append(text)
        return True

    def close_all(self) -> None:
        """Stop appending text to open items (an annex or signature follows)."""
        self.stack.clear()

    @property
    def started(self) -> bool:
        """True once any item exists."""
        return bool(self.roots)


_INLINE_STYLES: Final = ("第X", "一、", "（一）", "1.")
_INLINE_START: Final = re.compile(
    "|".join(
        "(?:" + _GROUP_NAME.sub("(?:", p.pattern[1:]) + ")"
        for style, p in _LABEL_PATTERNS
        if style in _INLINE_STYLES
    )
)
_SPACE_BEFORE_LABEL: Final = re.compile(r"[ \t\u3000\u00a0]+(?=" + _INLINE_START.pattern + ")")
_SENTENCE_CLOSE: Final = "。！？!?）)"
_HEADING_PUNCT: Final = re.compile(r"[。；;！？!?，,：:、]")


def split_inline_items(raw: str) -> list[str]:
    """Split a paragraph that holds several numbered items, as text copied from a web page does.

    ``三、优化信用环境 （一）推行告知承诺。…（责任单位：…） （二）开展行业评价。…`` holds a
    section and two tasks.  A label of a section or task style (第X, 一、, （一）, 1.) starts a
    new item when a space stands before it, when it follows a sentence end or a closing
    bracket, or when it follows a short heading that itself began with a label.  Sub-point
    styles (（1）, ①) are left inside their task: they follow full stops inside tasks all
    the time.  Pieces come back cleaned by :func:`normalise_text`.
    """
    pieces: list[str] = []
    for spaced in _SPACE_BEFORE_LABEL.split(raw):
        pieces.extend(_split_after_sentences(normalise_text(spaced)))
    return [piece for piece in pieces if piece]


def _split_after_sentences(text: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    for match in _INLINE_START.finditer(text):
        at = match.start()
        if at == start or match_label(text[at:]) is None:
            continue
        before = text[start:at]
        after_sentence = before.endswith(tuple(_SENTENCE_CLOSE)) and not _inside_bracket(before)
        head = match_label(before)
        after_heading = (
            head is not None and len(before) <= 40 and not _HEADING_PUNCT.search(head[1])
        )
        if after_sentence or after_heading:
            pieces.append(before)
            start = at
    pieces.append(text[start:])
    return pieces


def _inside_bracket(text: str) -> bool:
    """True when ``text`` leaves a bracket open (a label there is a cross-reference)."""
    depth = 0
    for ch in text:
        if ch in "（(":
            depth += 1
        elif ch in "）)" and depth:
            depth -= 1
    return depth > 0
