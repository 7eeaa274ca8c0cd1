"""Cell text and unit names as a clerk reads them: width, padding spaces and brackets do not count.

县财政局, ``县财政局 `` and ``县　财政局`` (padded with a full-width space U+3000) are one name;
（ ） and ( ) are the same brackets. Deliberately literal: 县发改委 and 县发展和改革委员会 stay
different here (an alias links them), so a roster import never merges two units by guesswork.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
"""Invisible control characters (NUL, BEL, ESC …) that no cell, name or title should hold."""
_CJK = "\u3400-\u9fff\uf900-\ufaff（）《》、"
_PADDING = re.compile(rf"(?<=[{_CJK}])\s+(?=[{_CJK}])")


def clean_text(text: str) -> str:
    """A cell's text with full-width spaces (U+3000) and ordinary whitespace trimmed.

    Spaces between Chinese characters are padding (张　伟, 县　财政局) and go; other runs of
    whitespace, line breaks inside a cell included, become one ordinary space.
    """
    collapsed = _SPACES.sub(" ", text.replace("\u3000", " ")).strip()
    return _PADDING.sub("", collapsed)


def name_key(name: str) -> str:
    """The key two spellings of one unit name share (NFKC, no whitespace, casefolded)."""
    folded = unicodedata.normalize("NFKC", name)
    return _SPACES.sub("", folded).casefold()


def strip_control(text: str) -> tuple[str, bool]:
    """``text`` without control characters, and whether there were any."""
    cleaned = CONTROL_CHARS.sub("", text)
    return cleaned, cleaned != text
