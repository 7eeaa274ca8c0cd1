"""Guess who sent a file, for which task and which period, from its name (登记已收材料).

Units name their files the way they write their own name: 人行宝丰支行3月信易贷白名单.xlsx,
宝丰县市场监管局一季度双公示.docx, 县发改委2026年上半年总结.doc. The unit is found with the
matching the plan review uses (:func:`~creditdesk.parsing.unit_names.normalise_unit_name`:
the office's place name, 人行X支行, standard abbreviations, aliases) applied to every stretch
of the name; the task by the words its title shares with the name, the unit's own tasks
first; the period from 3月 / 一季度 / 上半年 / a date, turned into a period of the task's
rhythm (3月 is March for a monthly task and Q1 for a quarterly one). A guess that rests on
less than a clear match is marked unsure, for the clerk to look at first.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from sqlalchemy import select

from creditdesk.model import Alias, Obligation, ObligationRule, PlanNode, Submission, Unit
from creditdesk.parsing.unit_names import infer_place_names, normalise_unit_name
from creditdesk.services.context import ServiceContext
from creditdesk.services.periods import (
    MONTH_NUMBER,
    QUARTER_NUMBER,
    Period,
    chinese_number,
    find_period,
    period_containing,
)
from creditdesk.services.tasks import current_plan
from creditdesk.services.typed_dates import find_full_date

PERIODIC: Final = ("monthly", "quarterly", "half-yearly", "annual")
_KIND_OF: Final = {
    "monthly": "month",
    "quarterly": "quarter",
    "half-yearly": "half",
    "annual": "year",
}
_RANK: Final = {"month": 0, "quarter": 1, "half": 2, "year": 3}

_RUN: Final = re.compile(r"[\u4e00-\u9fff（）()]+")
_MONTH: Final = re.compile(
    r"(?<![\d年])(?P<n>" + MONTH_NUMBER + r")\s*月份?(?!\s*\d{1,2}\s*[日号])"
)
_QUARTER: Final = re.compile(r"(?<!\d年)第?(?P<n>" + QUARTER_NUMBER + r")\s*季度")
_HALF: Final = re.compile(r"(?<!\d年)(?P<n>[上下])\s*半年")
_PERIOD_WORDS: Final = re.compile(
    r"第?" + QUARTER_NUMBER + r"?季度|[上下全]半?年度?|" + MONTH_NUMBER + r"?月份?|年"
)
"""Words of a period, left out when comparing a file name with task titles."""


@dataclass(frozen=True)
class UnitNames:
    """A unit and every way it is written: name, short name, aliases."""

    unit_id: int
    name: str
    spellings: tuple[str, ...]


@dataclass(frozen=True)
class TaskInfo:
    """A task that may be reported on: its title, rhythm and the units owing it."""

    node_id: int
    label: str
    title: str
    frequency: str | None
    unit_ids: frozenset[int]


@dataclass(frozen=True)
class OwedItem:
    """An obligation (应报事项) and whether something was logged for it."""

    obligation_id: int
    node_id: int
    unit_id: int
    period: str
    due_date: dt.date
    received: bool


@dataclass(frozen=True)
class GuessBook:
    """What guesses are made against, read once for a whole folder of files."""

    units: tuple[UnitNames, ...]
    tasks: tuple[TaskInfo, ...]
    owed: tuple[OwedItem, ...]
    today: dt.date


@dataclass(frozen=True)
class ArrivalGuess:
    """The guess for one file; each part says whether it is sure.

    Attributes:
        unit_id / unit_name: the unit, None when no name in the file matched one.
        node_id / task_title: the task, None when none fits.
        period: the work period (报送期间) to log it for.
        obligation_id: the unit's obligation for that task and period, when it has one.
    """

    file_name: str
    unit_id: int | None
    unit_name: str | None
    unit_sure: bool
    node_id: int | None
    task_title: str | None
    task_sure: bool
    period: Period
    period_sure: bool
    obligation_id: int | None

    @property
    def sure(self) -> bool:
        """Whether the clerk can take the whole guess without looking."""
        return self.unit_sure and self.task_sure and self.period_sure


def load_guess_book(ctx: ServiceContext) -> GuessBook:
    """The active units with their spellings, the current plan's tasks and the obligations."""
    with ctx.session_factory() as session:
        plan = current_plan(session)
        aliases: dict[int, list[str]] = {}
        for unit_id, alias in session.execute(select(Alias.unit_id, Alias.name)):
            if unit_id is not None:
                aliases.setdefault(unit_id, []).append(alias)
        units = tuple(
            UnitNames(
                u.id,
                u.name,
                tuple(s for s in (u.name, u.short_name or "", *aliases.get(u.id, [])) if s),
            )
            for u in session.scalars(select(Unit).where(Unit.active).order_by(Unit.position))
        )
        received = set(
            session.scalars(
                select(Submission.obligation_id).where(Submission.obligation_id.is_not(None))
            )
        )
        owed = tuple(
            OwedItem(
                o.id, o.node_id, o.unit_id, o.period, o.extended_to or o.due_date, o.id in received
            )
            for o in session.scalars(select(Obligation).where(Obligation.active))
        )
        owing: dict[int, set[int]] = {}
        for item in owed:
            owing.setdefault(item.node_id, set()).add(item.unit_id)
        rules = dict(
            session.execute(select(ObligationRule.node_id, ObligationRule.frequency)).all()
        )
        tasks = tuple(
            TaskInfo(
                n.id,
                n.label,
                n.title,
                rules.get(n.id, n.frequency),
                frozenset(owing.get(n.id, set())),
            )
            for n in session.scalars(
                select(PlanNode)
                .where(PlanNode.kind != "section", PlanNode.plan_id == (plan.id if plan else -1))
                .order_by(PlanNode.id)
            )
        )
    return GuessBook(units, tasks, owed, ctx.clock.today())


def guess_arrivals(ctx: ServiceContext, file_names: list[str]) -> list[ArrivalGuess]:
    """Guesses for many files at once (the database read once)."""
    book = load_guess_book(ctx)
    return [guess_arrival(book, name) for name in file_names]


# ------------------------------------------------------------------------ unit


def _unit_index(book: GuessBook) -> tuple[dict[str, set[int]], tuple[str, ...]]:
    places = infer_place_names(u.name for u in book.units)
    index: dict[str, set[int]] = {}
    for unit in book.units:
        for spelling in unit.spellings:
            index.setdefault(spelling, set()).add(unit.unit_id)
            index.setdefault(normalise_unit_name(spelling, places), set()).add(unit.unit_id)
    return index, places


def _find_unit(stem: str, book: GuessBook) -> tuple[UnitNames | None, bool, tuple[int, int]]:
    """The unit whose name covers the longest stretch of ``stem``; sure when no other unit
    is named elsewhere in it."""
    index, places = _unit_index(book)
    hits: list[tuple[int, int, int]] = []  # (start, end, unit id)
    for run in _RUN.finditer(stem):
        text = run.group()
        for i in range(len(text)):
            for j in range(len(text), i + 1, -1):
                piece = text[i:j]
                ids = index.get(piece) or index.get(normalise_unit_name(piece, places))
                if ids is not None and len(ids) == 1:
                    hits.append((run.start() + i, run.start() + j, next(iter(ids))))
                    break
    if not hits:
        return None, False, (0, 0)
    start, end, unit_id = max(hits, key=lambda h: (h[1] - h[0], -h[0]))
    others = {u for s, e, u in hits if u != unit_id and (e <= start or s >= end)}
    unit = next(u for u in book.units if u.unit_id == unit_id)
    return unit, not others, (start, end)


def unit_search_words(book: GuessBook) -> dict[int, str]:
    """Per unit, every way to find it by typing: name, short name, aliases and the
    abbreviated key (发改委 for 宝丰县发展和改革委员会, 人行宝丰支行 for the PBOC branch)."""
    _index, places = _unit_index(book)
    return {
        unit.unit_id: " ".join(
            dict.fromkeys(
                [*unit.spellings, *(normalise_unit_name(s, places) for s in unit.spellings)]
            )
        )
        for unit in book.units
    }


# ------------------------------------------------------------------------ task


def _bigrams(text: str) -> set[str]:
    words = "".join(_RUN.findall(text))
    return {words[i : i + 2] for i in range(len(words) - 1)}


def _find_task(words: str, unit_id: int | None, book: GuessBook) -> tuple[TaskInfo | None, bool]:
    """The task whose title shares the most telling two-character words with the file name.

    A word counts by how few titles hold it (信用 is in most, 信易贷 in one), so a generic
    信用工作总结 does not pick whichever task says 信用工作.
    """
    seen = _bigrams(words)
    titles = {t.node_id: _bigrams(t.title) for t in book.tasks}
    held: dict[str, int] = {}
    for grams in titles.values():
        for gram in grams:
            held[gram] = held.get(gram, 0) + 1
    total = len(book.tasks)

    def score(task: TaskInfo) -> float:
        return sum(math.log((1 + total) / held[gram]) for gram in titles[task.node_id] & seen)

    own = [t for t in book.tasks if unit_id is not None and unit_id in t.unit_ids]
    pool = own or list(book.tasks)
    scored = sorted(((score(t), t) for t in pool), key=lambda s: -s[0])
    if not scored:
        return None, False
    best, task = scored[0]
    runner_up = scored[1][0] if len(scored) > 1 else 0.0
    if best < _TELLING:
        if len(own) == 1:
            return own[0], False  # the unit owes only this task
        return None, False
    return task, best >= 2 * _TELLING and best - runner_up >= _TELLING and bool(own)


_TELLING: Final = 1.5
"""A score worth a guess: about one word held by a quarter of the titles or fewer."""


# ---------------------------------------------------------------------- period


def _latest(candidates: list[Period], today: dt.date) -> Period:
    """The latest of ``candidates`` (one per year) that has begun by ``today``."""
    begun = [p for p in candidates if p.start <= today]
    return max(begun) if begun else min(candidates)


def _mentioned(stem: str, today: dt.date) -> Period | dt.date | None:
    """The period (or date) the name mentions, with its span; a year-less 3月 or 一季度 is
    the latest one begun by ``today``."""
    found = find_period(stem)
    full = find_full_date(stem)
    if full is not None and (found is None or found.kind == "year"):
        return full[0]
    if found is not None:
        return found
    years = (today.year - 1, today.year)
    for pattern, kind in ((_MONTH, "month"), (_QUARTER, "quarter"), (_HALF, "half")):
        match = pattern.search(stem)
        if match:
            n = match["n"]
            index = (1 if n == "上" else 2) if kind == "half" else chinese_number(n)
            try:
                candidates = [Period(y, kind, index) for y in years]  # type: ignore[arg-type]
            except ValueError:
                continue
            return _latest(candidates, today)
    return None


def _as_rhythm(mention: Period, frequency: str) -> tuple[Period, bool]:
    """``mention`` as a period of ``frequency``: a shorter mention lies inside one period
    (sure); a longer one is read as its last part (unsure)."""
    kind = _KIND_OF[frequency]
    if mention.kind == kind:
        return mention, True
    inside = period_containing(mention.end, frequency)
    return inside, _RANK[mention.kind] < _RANK[kind]


def _find_period(
    stem: str, task: TaskInfo | None, unit_id: int | None, book: GuessBook
) -> tuple[Period, bool]:
    mention = _mentioned(stem, book.today)
    frequency = task.frequency if task is not None else None
    if task is not None and frequency not in PERIODIC:  # one-off or ongoing: its own item
        items = [o for o in book.owed if (o.node_id, o.unit_id) == (task.node_id, unit_id)]
        own = Period.parse(items[0].period) if items else None
        if own is not None and (mention is None or mention == own):
            return own, mention is not None
    if isinstance(mention, dt.date):  # a report dated after its period
        if frequency in PERIODIC:
            assert frequency is not None
            period = period_containing(mention, frequency)
            return (period if mention == period.end else period.previous()), False
        return period_containing(mention, "quarterly").previous(), False
    if mention is not None:
        if frequency in PERIODIC:
            assert frequency is not None
            return _as_rhythm(mention, frequency)
        return mention, True
    if task is not None:  # no period named: the unit's oldest item not yet handed in
        open_items = sorted(
            (
                o
                for o in book.owed
                if o.node_id == task.node_id and o.unit_id == unit_id and not o.received
            ),
            key=lambda o: o.due_date,
        )
        begun = [o for o in open_items if Period.parse(o.period).start <= book.today]
        if begun:
            return Period.parse(begun[0].period), False
    rhythm = frequency if frequency in PERIODIC else "quarterly"
    assert rhythm is not None
    return period_containing(book.today, rhythm).previous(), False


def _owed(
    book: GuessBook, task: TaskInfo | None, unit_id: int | None, period: Period
) -> int | None:
    if task is None:
        return None
    return next(
        (
            o.obligation_id
            for o in book.owed
            if (o.node_id, o.unit_id, o.period) == (task.node_id, unit_id, period.code)
        ),
        None,
    )


def guess_arrival(book: GuessBook, file_name: str) -> ArrivalGuess:
    """Unit, task and period of one file, from its name."""
    stem = Path(file_name).stem
    unit, unit_sure, (start, end) = _find_unit(stem, book)
    unit_id = unit.unit_id if unit is not None else None
    words = _PERIOD_WORDS.sub(" ", stem[:start] + " " + stem[end:])
    task, task_sure = _find_task(words, unit_id, book)
    period, period_sure = _find_period(stem, task, unit_id, book)
    obligation = _owed(book, task, unit_id, period)
    if task is not None and obligation is None:  # nothing owed: the task is only a hint
        period, period_sure = _find_period(stem, None, unit_id, book)
    return ArrivalGuess(
        file_name,
        unit_id,
        unit.name if unit is not None else None,
        unit_sure,
        task.node_id if task is not None else None,
        task.title if task is not None else None,
        task_sure and unit_sure and obligation is not None,  # a task it owes for that period
        period,
        period_sure,
        obligation,
    )
