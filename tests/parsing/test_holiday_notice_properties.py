"""Any holiday notice written the way 国务院办公厅 writes it reads back to the days it announced.

The notice fixes the official calendar the deadlines are counted on; a day misread shifts every
deadline after it. These properties write notices from random holiday spans and make-up days,
in the wordings past notices used (weekday notes or none, 周 or 星期, a span running over a
month or over New Year, full-width digits from a pasted web page), and read them back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from creditdesk.parsing.holiday_notice import HolidayNotice, parse_holiday_notice

WEEKDAYS = "一二三四五六日"
NUMERALS = "一二三四五六七"
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
# (name, first possible start as (month, day), latest start's offset in days, longest span)
HOLIDAYS = (
    ("元旦", (1, 1), 0, 3),
    ("春节", (1, 20), 30, 9),
    ("清明节", (4, 3), 2, 3),
    ("劳动节", (5, 1), 0, 5),
    ("端午节", (5, 28), 25, 3),
    ("中秋节", (9, 8), 12, 3),
    ("国庆节", (10, 1), 0, 8),
)


@dataclass(frozen=True)
class Item:
    """One numbered item of a notice: a holiday span and the weekend days worked for it."""

    name: str
    start: dt.date
    end: dt.date
    makeup: tuple[dt.date, ...]

    @property
    def days(self) -> list[dt.date]:
        return [self.start + dt.timedelta(i) for i in range((self.end - self.start).days + 1)]


@dataclass(frozen=True)
class Style:
    """How the notice is worded; none of it may change the days read."""

    weekday_word: str  # 周 or 星期
    weekday_notes: bool
    full_width_digits: bool
    explicit_years: bool


def _note(day: dt.date, style: Style) -> str:
    if not style.weekday_notes:
        return ""
    return f"（{style.weekday_word}{WEEKDAYS[day.weekday()]}）"


def _day(day: dt.date, style: Style, *, month: bool, year: bool) -> str:
    text = (f"{day.year}年" if year else "") + (f"{day.month}月" if month else "")
    return text + f"{day.day}日" + _note(day, style)


def _item_text(number: int, item: Item, style: Style) -> str:
    crosses_year = item.start.year != item.end.year
    years = crosses_year and style.explicit_years
    text = f"{NUMERALS[number]}、{item.name}：" + _day(item.start, style, month=True, year=years)
    if item.end != item.start:
        new_month = item.end.month != item.start.month or years
        text += "至" + _day(item.end, style, month=new_month, year=years)
    length = len(item.days)
    text += f"放假调休，共{length}天。" if item.makeup else f"放假，共{length}天。"
    if item.makeup:
        text += "、".join(_day(d, style, month=True, year=False) for d in item.makeup) + "上班。"
    return text


def notice_text(year: int, items: list[Item], style: Style) -> str:
    """A whole notice: title, preamble, the numbered items, the closing and the signature."""
    names = "、".join(item.name for item in items)
    body = "\n".join("　　" + _item_text(i, item, style) for i, item in enumerate(items))
    text = (
        f"国务院办公厅关于{year}年部分节假日安排的通知\n\n"
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
        f"　　经国务院批准，现将{year}年{names}放假调休日期的具体安排通知如下。\n"
        f"{body}\n"
        "　　节假日期间，各地区、各部门要妥善安排好值班和安全、保卫、疾控等工作。\n\n"
        f"国务院办公厅\n{year - 1}年11月12日\n"
    )
    return text.translate(FULL_WIDTH) if style.full_width_digits else text


@st.composite
def notices(draw: st.DrawFn) -> tuple[int, list[Item], Style]:
    """A year, the items of its notice (some holidays, in calendar order) and a wording."""
    year = draw(st.integers(min_value=2027, max_value=2060))
    chosen = draw(st.lists(st.sampled_from(range(len(HOLIDAYS))), min_size=1, unique=True))
    spans: list[tuple[str, dt.date, dt.date]] = []
    for index in sorted(chosen):
        name, (month, day), latest, longest = HOLIDAYS[index]
        start = dt.date(year, month, day) + dt.timedelta(draw(st.integers(0, latest)))
        if index == 0:  # 元旦 may begin on the last days of the year before
            start -= dt.timedelta(draw(st.integers(0, 2)))
        end = start + dt.timedelta(draw(st.integers(0, longest - 1)))
        spans.append((name, start, end))
    rest = {s + dt.timedelta(i) for _, s, e in spans for i in range((e - s).days + 1)}
    taken: set[dt.date] = set()
    items = []
    for name, start, end in spans:
        near = [start - dt.timedelta(i) for i in range(1, 15)]
        near += [end + dt.timedelta(i) for i in range(1, 15)]
        weekend = sorted(d for d in near if d.weekday() >= 5 and d not in rest and d not in taken)
        if name != "元旦":  # only the 元旦 item may name a day of another year
            weekend = [d for d in weekend if d.year == year]
        makeup = draw(
            st.lists(st.sampled_from(weekend), max_size=2, unique=True) if weekend else st.just([])
        )
        taken.update(makeup)
        items.append(Item(name, start, end, tuple(sorted(makeup))))
    style = Style(
        draw(st.sampled_from(["周", "星期"])),
        draw(st.booleans()),
        draw(st.booleans()),
        draw(st.booleans()),
    )
    return year, items, style


@settings(max_examples=150)
@given(notices())
def test_a_written_notice_reads_back_to_its_holidays_and_makeup_days(
    notice: tuple[int, list[Item], Style],
) -> None:
    """Every rest day and every 调休上班 day of the text is read, and nothing else."""
    year, items, style = notice
    expected = HolidayNotice(
        frozenset(d for item in items for d in item.days),
        frozenset(d for item in items for d in item.makeup),
    )
    assert parse_holiday_notice(notice_text(year, items, style)) == expected


@settings(max_examples=50)
@given(notices())
def test_a_notice_read_for_another_year_is_refused(notice: tuple[int, list[Item], Style]) -> None:
    """A notice pasted into the wrong year's calendar is refused, never read as that year."""
    year, items, style = notice
    try:
        parse_holiday_notice(notice_text(year, items, style), year + 1)
    except ValueError as error:
        assert f"{year}年" in str(error)
    else:
        raise AssertionError("a notice for another year was accepted")
