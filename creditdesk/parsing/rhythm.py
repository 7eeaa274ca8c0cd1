"""Read a task's reporting rhythm (报送频次), deadline (完成时限) and targets (量化指标).

The clerk's obligations are generated from these: a monthly task becomes twelve due dates,
"7个工作日内" becomes a due date after each decision, "2023年11月30日" one due date.  The
text is read conservatively: "持续推进" in running prose is a verb, not a rhythm, so only
explicit phrases (每月, 每季度, N个工作日内, a date, 年底前) count there, while a 完成时限
column is taken at its word.

Frequency precedence: a periodic phrase (每月 > 每季度 > 每半年 > 每年) beats an event rule
(N个工作日内), which beats a deadline (a date or X月底前 → once; 持续推进/长期坚持 →
continuous); with none of these, a duty to act whenever something happens (如出现…立即上报)
is an event.  A 完成时限 of 持续推进 does not stand as the deadline of a task whose text gives a
rhythm (see :func:`rhythm_deadline`).
"""

from __future__ import annotations

import re
from typing import Final, Literal

Frequency = Literal["monthly", "quarterly", "half-yearly", "annual", "once", "event", "continuous"]

_PERIODIC: Final[tuple[tuple[Frequency, re.Pattern[str]], ...]] = (
    ("monthly", re.compile(r"每(?:个)?月|按月(?:报送|上报|调度)|月报")),
    ("quarterly", re.compile(r"每(?:个)?季(?:度)?|按季(?:度)?(?:报送|上报|调度)|季报|季度末")),
    ("half-yearly", re.compile(r"每半年|半年(?:报送|上报)一次|半年报")),
    ("annual", re.compile(r"每年(?!底)|每一年|按年(?:报送|上报)|年报(?!告)")),
)
_EVENT: Final = re.compile(r"\d+\s*个?(?:工作日|日|天)(?:以内|之内|内)")
_DATE: Final = re.compile(
    r"每(?:个)?(?:月|季度)\s*\d{1,2}\s*日(?:前|之前)?|"
    r"(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日(?:前|之前)?|\d{4}\s*年\s*\d{1,2}\s*月(?:底|末)(?:前|之前)?"
    r"|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
)
_BY_MONTH_END: Final = re.compile(
    r"(?:\d{4}\s*年\s*)?\d{1,2}\s*月(?:底|末|中旬|上旬|下旬)(?:前|之前|(?=完成|办结|见效|到位))"
)
_MONTH_END: Final = re.compile(r"\d{1,2}\s*月(?:底|末|中旬|上旬|下旬)$")
_START: Final = re.compile(r"^\s*(?:起|开始|以来|以后|之后|后)")
_START_BEFORE: Final = re.compile(r"(?:自|从|于|截至)\s*$")
_BY_YEAR_END: Final = re.compile(r"(?:\d{4}\s*年\s*)?(?:年底前|年末前|年内|上半年|下半年|年底)")
_CONTINUOUS: Final = re.compile(
    r"^(?:持续推进|长期坚持|长期推进|长期开展|持续开展|常态化推进|长期|持续|常态化)$"
)
_CONTINUOUS_CLAUSE: Final = re.compile(
    r"(?:^|[（(，,；;。])(长期坚持|持续推进|常态化开展)(?=$|[）)，,；;。])"
)
_LABELLED_DEADLINE: Final = re.compile(
    r"(?:完成时限|完成时间|时间节点|时限要求|时间要求)\s*[:：]\s*(?P<value>[^，,；;。）)]{2,20})"
)
_OCCURRENCE: Final = re.compile(r"(?:如|若|一旦|如果|凡)(?:有|出现|发生)|对(?:已)?发生的")
_PROMPT: Final = re.compile(
    r"(?:立即|及时|第一时间|迅速)[^，,；;]{0,6}?(?:上报|报告|报送|反馈|响应|处置|处理|披露)"
)
_METRIC_PATTERNS: Final = (
    re.compile(r"[\d.]+\s*[%％]"),
    re.compile(
        r"(?:至少|不少于|不低于|不超过|达到|超过)[^，,；;。]*?[\d一二两三四五六七八九十]+\s*(?:次|个|家|项|场|期|人|户|篇|条|件|所|批|亿元|万元|元)"
    ),
    re.compile(r"每(?:年|季度|季|月|半年|周)[^，,；;。]*?[\d一二两三四五六七八九十]+\s*次"),
    re.compile(r"率[^，,；;。]*?(?:为零|为0|清零)"),
)
_METRIC_LEAD: Final = re.compile(r"^(?:确保|力争|实现|要|并|保证|且|做到|其中)+")
_PAREN: Final = re.compile(r"[（(][^（()）]*[）)]")


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def find_deadline(text: str) -> str | None:
    """The first deadline phrase in text: a labelled 完成时限, a date, 年底前, N个工作日内."""
    labelled = _LABELLED_DEADLINE.search(text)
    if labelled:
        return _compact(labelled.group("value"))
    for pattern in (_DATE, _BY_MONTH_END, _BY_YEAR_END, _EVENT):
        for match in pattern.finditer(text):
            if _is_start(text, match) or (
                pattern is _BY_YEAR_END
                and match.group(0).endswith(("年内", "半年"))
                and "前" not in match.group(0)
            ):
                continue
            return _compact(match.group(0))
    clause = _CONTINUOUS_CLAUSE.search(text)
    return clause.group(1) if clause else None


def _is_start(text: str, match: re.Match[str]) -> bool:
    """True for a date that starts something (自2025年3月1日起), which is not a deadline."""
    if match.group(0).endswith(("前", "之前")):
        return False
    return bool(_START.match(text, match.end()) or _START_BEFORE.search(text, 0, match.start()))


def deadline_frequency(deadline: str | None) -> Frequency | None:
    """The rhythm a deadline alone implies: a date → once, 持续推进 → continuous."""
    if not deadline:
        return None
    if _EVENT.search(deadline):
        return "event"
    if _CONTINUOUS.match(deadline) or "持续" in deadline or "长期" in deadline:
        return "continuous"
    if (
        _DATE.search(deadline)
        or _BY_MONTH_END.search(deadline)
        or _MONTH_END.search(deadline)
        or _BY_YEAR_END.search(deadline)
    ):
        return "once"
    return periodic_frequency(deadline)


def periodic_frequency(text: str) -> Frequency | None:
    """每月/每季度/每半年/每年 in ``text``, the most frequent one when several appear."""
    for frequency, pattern in _PERIODIC:
        if pattern.search(text):
            return frequency
    return None


def on_occurrence(text: str) -> bool:
    """True when a sentence asks for action each time something happens.

    "如出现负面事件…应立即进行处理，并上报…", "对发生的重大…事件，…要及时响应": a
    conditional occurrence (如/若/一旦 出现/发生, 对发生的…) and, in the same sentence, a
    prompt report or response (立即/及时/第一时间 … 上报/报告/反馈/响应/处置/处理).
    """
    for sentence in re.split(r"[。！？!?\n]", text):
        occurrence = _OCCURRENCE.search(sentence)
        if occurrence and _PROMPT.search(sentence, occurrence.end()):
            return True
    return False


def find_frequency(text: str, deadline: str | None) -> Frequency | None:
    """Combine the text's explicit rhythm with what the deadline implies (see module doc)."""
    periodic = periodic_frequency(text)
    if periodic:
        return periodic
    if _EVENT.search(text):
        return "event"
    implied = deadline_frequency(deadline)
    if implied is None and on_occurrence(text):
        return "event"
    return implied


def rhythm_deadline(text: str, deadline: str | None, frequency: Frequency | None) -> str | None:
    """The deadline to keep once the frequency is known.

    A 完成时限 of 持续推进 says the work goes on all year; for a task whose text gives a
    rhythm (每季度报送, 7个工作日内) it says nothing about when each submission is due, and
    kept as the deadline it would leave every submission without a due date.  Then the
    text's own time limit (7个工作日内, 每月10日前) is the deadline, or none (the rhythm's
    default applies).
    """
    if (
        deadline is None
        or frequency in (None, "continuous", "once")
        or deadline_frequency(deadline) != "continuous"
    ):
        return deadline
    own = find_deadline(text)
    if own and (_EVENT.search(own) or own.startswith("每")):
        return own
    return None


def find_metrics(text: str) -> list[str]:
    """Quantitative targets such as "上报率达到100%" or "每年至少3次", one per clause."""
    metrics: list[str] = []
    for clause in re.split(r"[，,；;。！？\n]", _PAREN.sub("", text)):
        for pattern in _METRIC_PATTERNS:
            match = pattern.search(clause)
            if not match:
                continue
            start = match.start() if clause[match.start()] == "每" else 0
            metric = _METRIC_LEAD.sub("", clause[start:].strip())
            if metric and metric not in metrics:
                metrics.append(metric)
            break
    return metrics


_PLAN_SUBJECT: Final = re.compile(r"各[^，,。；;]{0,12}?(?:单位|部门|乡镇|街道)")
_PLAN_REPORT: Final = re.compile(r"报送|上报|报告|报县|报市|报区|报至")


def plan_rhythm(paragraphs: list[str]) -> Frequency | None:
    """A reporting rhythm the plan states once for every unit (各单位每季度末…报送…).

    Cover notices and 工作要求 sections set the rhythm for the whole plan; a task that
    states none of its own follows it.  Only a sentence that addresses the units as a
    group, asks them to report and names a period counts.
    """
    for paragraph in paragraphs:
        for sentence in re.split(r"[。！？!?；;\n]", paragraph):
            if _PLAN_SUBJECT.search(sentence) and _PLAN_REPORT.search(sentence):
                frequency = periodic_frequency(sentence)
                if frequency:
                    return frequency
    return None
