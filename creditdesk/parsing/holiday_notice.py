"""Read the State Council's annual holiday notice (国务院办公厅关于X年部分节假日安排的通知).

Each November the notice fixes the next year's holidays and make-up working days (调休上班).
Until the ``chinesecalendar`` package knows that year, a clerk pastes the notice's text and the
result becomes the office's calendar overrides. The notice reads, item by item::

    一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
    六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、
    10月11日（周六）上班。

The weekday written beside a date and the "共N天" total are checked, so a notice pasted for
the wrong year, or mistyped, is refused instead of silently giving wrong deadlines.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final, NamedTuple

from creditdesk.chinese_dates import chinese_date
from creditdesk.chinese_numerals import LABEL_NUMERALS

_HOLIDAY_NAMES: Final = ("元旦", "春节", "清明", "劳动", "端午", "中秋", "国庆")
_WEEKDAYS: Final = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_FULL_WIDTH_DIGITS: Final = str.maketrans("０１２３４５６７８９", "0123456789")

_NAME = r"[^、：:。\n]{1,8}"
_ITEM = re.compile(
    rf"(?P<num>[{LABEL_NUMERALS}]{{1,2}})、(?P<name>" + _NAME + "(?:、" + _NAME + r")*)[：:]"
)
_DATE = (
    r"(?:(?P<{p}y>\d{{4}})年)?(?:(?P<{p}m>\d{{1,2}})月)?(?P<{p}d>\d{{1,2}})日"
    r"(?:[（(](?P<{p}note>[^）)]*)[）)])?"
)
_RANGE = re.compile(_DATE.format(p="a") + r"(?:(?:至|到|—|－|-|~|～)" + _DATE.format(p="b") + ")?")
_TOTAL = re.compile(r"(?:共|放假)(\d{1,2})天")
_WEEKDAY_NOTE = re.compile(r"(?:周|星期)([一二三四五六日天])")
_NOTICE_YEAR = re.compile(r"(?:关于|现将)(\d{4})年")


class HolidayNotice(NamedTuple):
    """What a notice announces for one year.

    Attributes:
        holidays: every rest day of the holiday spans (weekends inside them included).
        makeup_workdays: the Saturdays and Sundays worked instead (调休上班).
    """

    holidays: frozenset[dt.date]
    makeup_workdays: frozenset[dt.date]

    def as_overrides(self) -> dict[dt.date, bool]:
        """The notice as calendar overrides: ``False`` for holidays, ``True`` for make-up days."""
        overrides = dict.fromkeys(self.holidays, False)
        overrides.update(dict.fromkeys(self.makeup_workdays, True))
        return overrides


def _quote(item: str) -> str:
    item = item.strip()
    return f"“{item[:80]}…”" if len(item) > 80 else f"“{item}”"


def _date(
    match: re.Match[str], prefix: str, year: int, month: int | None, item: str, *, new_year: bool
) -> dt.date:
    """Build one date of a match; month and year default to the ones written before it.

    In the 元旦 item (``new_year``) a December date without a year is in the previous year.
    """
    written_year = match[prefix + "y"]
    written_month = match[prefix + "m"]
    if written_month is None and month is None:
        raise ValueError(f"无法确定月份：{_quote(item)}")
    m = int(written_month) if written_month is not None else month
    assert m is not None
    if written_year is not None:
        y = int(written_year)
    elif new_year and m == 12 and month is None:
        y = year - 1
    elif month is not None and m < month:
        y = year + 1  # a range running over New Year: 12月31日至1月2日
    else:
        y = year
    try:
        day = dt.date(y, m, int(match[prefix + "d"]))
    except ValueError:
        raise ValueError(f"日期不存在：{match[0]}，见{_quote(item)}") from None
    note = match[prefix + "note"]
    weekday = _WEEKDAY_NOTE.search(note) if note else None
    if weekday and day.weekday() != _WEEKDAYS[weekday[1]]:
        raise ValueError(f"{chinese_date(day)}不是周{weekday[1]}（年份是否正确？）：{_quote(item)}")
    return day


def _dates_in(
    sentence: str, year: int, item: str, *, ranges: bool, new_year: bool
) -> list[dt.date]:
    days: list[dt.date] = []
    for match in _RANGE.finditer(sentence):
        start = _date(match, "a", year, None, item, new_year=new_year)
        if match["bd"] is None:
            days.append(start)
            continue
        if not ranges:
            raise ValueError(f"上班日期不应是一段时间：{_quote(item)}")
        end = _date(match, "b", start.year, start.month, item, new_year=new_year)
        if end < start:
            raise ValueError(f"放假结束日早于开始日：{_quote(item)}")
        days.extend(start + dt.timedelta(days=i) for i in range((end - start).days + 1))
    return days


def _parse_item(name: str, body: str, year: int, item: str) -> tuple[set[dt.date], set[dt.date]]:
    new_year = "元旦" in name
    holidays: set[dt.date] = set()
    makeup: set[dt.date] = set()
    saw_holiday_sentence = False
    for sentence in re.split(r"[。；;]", body):
        if "放假" in sentence:
            saw_holiday_sentence = True
            days = _dates_in(sentence, year, item, ranges=True, new_year=new_year)
            if not days:
                raise ValueError(f"未找到放假日期：{_quote(item)}")
            total = _TOTAL.search(sentence)
            if total and int(total[1]) != len(set(days)):
                raise ValueError(
                    f"放假天数不符：写明共{total[1]}天，日期范围为{len(set(days))}天：{_quote(item)}"
                )
            holidays.update(days)
        elif "上班" in sentence:
            days = _dates_in(sentence, year, item, ranges=False, new_year=new_year)
            if not days:
                raise ValueError(f"未找到调休上班日期：{_quote(item)}")
            makeup.update(days)
    if not saw_holiday_sentence:
        raise ValueError(f"未找到“放假”安排：{_quote(item)}")
    return holidays, makeup


def parse_holiday_notice(text: str, year: int | None = None) -> HolidayNotice:
    """Read the holidays and make-up working days from the pasted text of a notice.

    Args:
        text: the notice, whole or just its numbered items (一、元旦：…). Other paragraphs
            (title, preamble, closing, signature) are ignored.
        year: the year the notice is for; taken from the title or preamble when omitted.

    Raises:
        ValueError: with a Chinese message quoting the item it could not read, or when the
            text names another year than ``year``.
    """
    text = text.translate(_FULL_WIDTH_DIGITS)
    named = _NOTICE_YEAR.search(text)
    if named:
        if year is not None and int(named[1]) != year:
            raise ValueError(f"粘贴的是{named[1]}年的通知，而不是{year}年的：{_quote(named[0])}")
        year = int(named[1])
    if year is None:
        raise ValueError("无法确定通知所属年份，请指定年份。")
    headings = [m for m in _ITEM.finditer(text) if any(n in m["name"] for n in _HOLIDAY_NAMES)]
    if not headings:
        raise ValueError("未找到节假日安排（应如“一、元旦：1月1日放假……”），请粘贴通知正文。")
    holidays: set[dt.date] = set()
    makeup: set[dt.date] = set()
    for i, heading in enumerate(headings):
        end = headings[i + 1].start() if i + 1 < len(headings) else len(text)
        raw_item = text[heading.start() : end]
        # The last item runs into the closing paragraph; keep only up to its first break.
        if i + 1 == len(headings):
            raw_item = re.split(r"\n\s*\n|\n(?=\s*(?:节假日期间|国务院办公厅))", raw_item)[0]
        body = re.sub(r"\s+", "", text[heading.end() : heading.start() + len(raw_item)])
        item = re.sub(r"\s+", "", raw_item)
        item_holidays, item_makeup = _parse_item(heading["name"], body, year, item)
        holidays |= item_holidays
        makeup |= item_makeup
    clash = holidays & makeup
    if clash:
        day = min(clash)
        raise ValueError(f"{day.month}月{day.day}日既是放假日又是上班日，请检查通知文本。")
    return HolidayNotice(frozenset(holidays), frozenset(makeup))
