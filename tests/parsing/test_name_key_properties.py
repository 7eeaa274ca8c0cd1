"""One unit name, however it was typed, gives one key: padding and character width do not count.

A roster import matches units by :func:`name_key`; if two spellings a clerk sees as the same
name gave different keys, the import would create a second unit for the same office.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from creditdesk.parsing.roster_text import name_key

_ASCII = "".join(chr(c) for c in range(0x21, 0x7F))
NAME_CHARS = st.one_of(
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5),  # CJK unified ideographs
    st.sampled_from(_ASCII),
    st.sampled_from("（）《》〔〕【】、·－"),
)
NAMES = st.text(NAME_CHARS, min_size=1, max_size=20)
WHITESPACE = st.text(st.sampled_from(" \t\n\r\u3000\u00a0"), min_size=1, max_size=3)


def _full_width(text: str) -> str:
    """The text as typed with a Chinese input method in full-width mode."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


@settings(max_examples=300)
@given(st.text(max_size=30))
def test_name_key_is_idempotent_on_any_text(text: str) -> None:
    """A key is its own key, so keys stored in the database match keys computed again."""
    assert name_key(name_key(text)) == name_key(text)


@settings(max_examples=200)
@given(NAMES, st.data())
def test_whitespace_anywhere_in_a_name_does_not_change_its_key(
    name: str, data: st.DataObject
) -> None:
    """县财政局, ``县 财政局 `` and 县　财政局 (full-width space) are one unit."""
    cuts = sorted(data.draw(st.lists(st.integers(0, len(name)), max_size=4)))
    padded = ""
    last = 0
    for cut in cuts:
        padded += name[last:cut] + data.draw(WHITESPACE)
        last = cut
    padded += name[last:]
    assert name_key(padded) == name_key(name)


@settings(max_examples=200)
@given(NAMES)
def test_full_width_letters_digits_and_brackets_do_not_change_the_key(name: str) -> None:
    """县医保局（ＸＹ） and 县医保局(XY) are one unit; so are upper and lower case."""
    assert name_key(_full_width(name)) == name_key(name)
    assert name_key(name.upper()) == name_key(name.lower())


@settings(max_examples=200)
@given(NAMES, st.data())
def test_keys_match_exactly_when_names_differ_only_in_width_and_case(
    a: str, data: st.DataObject
) -> None:
    """Deliberately literal: the key never merges two names a clerk would read as different."""
    b = data.draw(st.one_of(NAMES, st.just(_full_width(a)), st.just(a.swapcase())))
    same = _full_width(a.casefold()) == _full_width(b.casefold())
    assert (name_key(a) == name_key(b)) == same
