"""The State Council's holiday notice, pasted by a clerk, read into holidays and make-up days."""

from __future__ import annotations

import datetime as dt

import chinese_calendar
import pytest

from creditdesk.parsing.holiday_notice import HolidayNotice, parse_holiday_notice
from creditdesk.services.workdays import WorkdayCalendar

D = dt.date

NOTICE_2025 = """国务院办公厅关于2025年部分节假日安排的通知
国办发明电〔2024〕12号

各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
　　经国务院批准，根据《国务院关于修改〈全国年节及纪念日放假办法〉的决定》，现将2025年元旦、\
春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。
　　一、元旦：1月1日（周三）放假1天，不调休。
　　二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。\
1月26日（周日）、2月8日（周六）上班。
　　三、清明节：4月4日（周五）至6日（周日）放假，共3天。
　　四、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。
　　五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。
　　六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、\
10月11日（周六）上班。
　　节假日期间，各地区、各部门要妥善安排好值班和安全、保卫、疾控等工作，遇有重大突发事件，\
要按规定及时报告并妥善处置，确保人民群众祥和平安度过节日假期。

国务院办公厅
2024年11月11日
"""

NOTICE_2026 = """国务院办公厅关于2026年部分节假日安排的通知

各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
经国务院批准，现将2026年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的\
具体安排通知如下。
一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。\
2月14日（周六）、2月28日（周六）上班。
三、清明节：4月4日（周六）至6日（周一）放假，共3天。
四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
五、端午节：6月19日（周五）至21日（周日）放假，共3天。
六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。
节假日期间，各地区、各部门要妥善安排好值班和安全、保卫、疾控等工作，遇有重大突发事件，要按规定\
及时报告并妥善处置，确保人民群众祥和平安度过节日假期。
国务院办公厅
2025年11月4日
"""

# The 2023 notice wrote 元旦 across the year boundary with explicit years and 星期 weekdays.
NOTICE_2023_EXCERPT = """一、元旦：2022年12月31日至2023年1月2日放假调休，共3天。
二、春节：1月21日至27日放假调休，共7天。1月28日（星期六）、1月29日（星期日）上班。"""


def _official(year: int) -> HolidayNotice:
    holidays = frozenset(d for d in chinese_calendar.holidays if d.year == year)
    makeup = frozenset(d for d in chinese_calendar.workdays if d.year == year)
    return HolidayNotice(holidays, makeup)


@pytest.mark.parametrize(("text", "year"), [(NOTICE_2025, 2025), (NOTICE_2026, 2026)])
def test_real_notice_gives_exactly_the_official_holidays_and_makeup_days(
    text: str, year: int
) -> None:
    """Every date read from the 2025 and 2026 notices matches chinesecalendar, both ways."""
    assert parse_holiday_notice(text, year) == _official(year)


@pytest.mark.parametrize(("text", "year"), [(NOTICE_2025, 2025), (NOTICE_2026, 2026)])
def test_notice_as_overrides_reproduces_the_official_working_days(text: str, year: int) -> None:
    """A calendar built only from the pasted notice agrees with the official one all year."""
    official = WorkdayCalendar()
    pasted = WorkdayCalendar(
        parse_holiday_notice(text, year).as_overrides(), announced_years={year}, official=None
    )
    days = [D(year, 1, 1) + dt.timedelta(days=i) for i in range(365)]
    assert [pasted.is_workday(d) for d in days] == [official.is_workday(d) for d in days]
    assert pasted.add_workdays(D(year, 9, 26), 7) == official.add_workdays(D(year, 9, 26), 7)


def test_spring_festival_2026_item_reads_range_with_lunar_notes_and_two_makeup_saturdays() -> None:
    """二、春节：2月15日（农历腊月二十八、周日）至23日… → 9 rest days, Sat 2/14 and 2/28 worked."""
    notice = parse_holiday_notice(NOTICE_2026, 2026)
    assert {d for d in notice.holidays if d.month == 2} == {
        D(2026, 2, day) for day in range(15, 24)
    }
    assert {d for d in notice.makeup_workdays if d.month == 2} == {D(2026, 2, 14), D(2026, 2, 28)}


def test_year_is_taken_from_the_title_when_not_given() -> None:
    """The clerk need not type the year the notice already names."""
    assert parse_holiday_notice(NOTICE_2026) == _official(2026)


def test_new_year_holiday_starting_in_december_of_the_previous_year() -> None:
    """元旦 2023 began on 2022-12-31; the older 星期六 weekday form is understood too."""
    notice = parse_holiday_notice(NOTICE_2023_EXCERPT, 2023)
    assert notice.holidays == {D(2022, 12, 31), D(2023, 1, 1), D(2023, 1, 2)} | {
        D(2023, 1, day) for day in range(21, 28)
    }
    assert notice.makeup_workdays == {D(2023, 1, 28), D(2023, 1, 29)}
    for day in notice.holidays:
        assert not chinese_calendar.is_workday(day)
    for day in notice.makeup_workdays:
        assert chinese_calendar.is_workday(day)


def test_a_notice_for_an_unannounced_year_feeds_the_office_calendar() -> None:
    """Pasting a 2027 notice makes 2027 dates final and moves the ones its 元旦 touches."""
    text = "一、元旦：1月1日（周五）至3日（周日）放假，共3天。"
    notice = parse_holiday_notice(text, 2027)
    calendar = WorkdayCalendar(notice.as_overrides(), announced_years={2027})
    assert not calendar.is_provisional(D(2027, 1, 1))
    assert calendar.add_workdays(D(2026, 12, 31), 1) == D(2027, 1, 4)


def test_full_width_digits_and_one_line_paste_are_read() -> None:
    """Text copied from a web page may use full-width digits and lose its line breaks."""
    text = "四、劳动节：５月１日（周四）至５日（周一）放假调休，共５天。４月２７日（周日）上班。"
    notice = parse_holiday_notice("现将2025年元旦……通知如下。" + text + "节假日期间……", 2025)
    assert notice.makeup_workdays == {D(2025, 4, 27)}
    assert len(notice.holidays) == 5


def test_wrong_weekday_reveals_a_notice_of_another_year() -> None:
    """The 2026 items pasted as 2025 fail on the first weekday, quoting the item."""
    items = NOTICE_2026.split("如下。", 1)[1]
    with pytest.raises(ValueError, match=r"不是周四.*“一、元旦：1月1日（周四）"):
        parse_holiday_notice(items, 2025)


def test_year_named_in_the_title_must_match_the_year_asked_for() -> None:
    """Pasting last year's notice into next year's calendar is refused."""
    with pytest.raises(ValueError, match="2025年的通知"):
        parse_holiday_notice(NOTICE_2025, 2026)


def test_day_count_mismatch_is_reported_with_the_item() -> None:
    """共N天 must agree with the range, so a mistyped date is caught."""
    text = "三、清明节：4月4日（周六）至7日（周二）放假，共3天。"
    with pytest.raises(ValueError, match=r"放假天数不符.*共3天.*4天.*“三、清明节"):
        parse_holiday_notice(text, 2026)


def test_holiday_item_without_readable_dates_is_reported() -> None:
    """An item whose dates cannot be read is quoted back to the clerk."""
    with pytest.raises(ValueError, match=r"未找到放假日期：“五、端午节：端午当天放假"):
        parse_holiday_notice("五、端午节：端午当天放假，共1天。", 2026)


def test_item_without_any_holiday_sentence_is_reported() -> None:
    """An item that never says 放假 is not silently skipped."""
    with pytest.raises(ValueError, match=r"未找到“放假”安排：“二、春节"):
        parse_holiday_notice("二、春节：2月15日（周日）休息。", 2026)


def test_impossible_date_is_reported() -> None:
    """2月30日 does not exist."""
    with pytest.raises(ValueError, match="日期不存在"):
        parse_holiday_notice("二、春节：2月28日至30日放假，共3天。", 2026)


def test_makeup_range_is_refused() -> None:
    """Make-up days are listed one by one; a range there is a misreading."""
    with pytest.raises(ValueError, match="上班日期不应是一段时间"):
        parse_holiday_notice("七、国庆节：10月1日至7日放假调休，共7天。9月19日至20日上班。", 2026)


def test_date_both_holiday_and_makeup_is_refused() -> None:
    """A day cannot be rest and work at once."""
    text = "六、中秋节：9月25日至27日放假，共3天。9月26日（周六）上班。"
    with pytest.raises(ValueError, match="9月26日既是放假日又是上班日"):
        parse_holiday_notice(text, 2026)


@pytest.mark.parametrize("text", ["", "国务院办公厅关于2026年部分节假日安排的通知", "随便一段话"])
def test_text_without_holiday_items_is_refused(text: str) -> None:
    """Pasting the wrong thing gives a message saying what was expected."""
    with pytest.raises(ValueError, match="未找到节假日安排"):
        parse_holiday_notice(text, 2026)


def test_items_without_a_year_anywhere_ask_for_the_year() -> None:
    """Bare items name no year; the clerk must say which one."""
    with pytest.raises(ValueError, match="无法确定通知所属年份"):
        parse_holiday_notice("三、清明节：4月4日（周六）至6日（周一）放假，共3天。")
