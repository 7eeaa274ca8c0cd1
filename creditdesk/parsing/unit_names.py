"""Normalise unit names and match a plan's names to the roster (成员单位) and groups.

The same unit is written 县发改委, 发改委, 县发展改革委 or 县发展和改革委员会 in one plan, and
人行西平支行 or 中国人民银行西平县支行 in the next.  Normalising removes such differences so
exact matches resolve; everything else is left unresolved with a few ranked suggestions
for the clerk to choose from — a wrong silent guess would assign a task to the wrong unit.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Final, Literal

from rapidfuzz import fuzz, process

_BRACKETS: Final = str.maketrans(
    {
        "(": "（",
        ")": "）",
        "〈": "（",
        "〉": "）",
        "<": "（",
        ">": "）",
        "【": "（",
        "】": "）",
        "[": "（",
        "]": "）",
    }
)
# Longest first: each canonical short form stands for all the spellings before it.
_SYNONYMS: Final[tuple[tuple[str, str], ...]] = (
    ("发展和改革委员会", "发改委"),
    ("发展改革委员会", "发改委"),
    ("发展和改革委", "发改委"),
    ("发展和改革局", "发改委"),
    ("发展改革委", "发改委"),
    ("发展改革局", "发改委"),
    ("发改局", "发改委"),
    ("发改部门", "发改委"),
    ("市场监督管理局", "市场监管局"),
    ("人力资源和社会保障局", "人社局"),
    ("人力资源社会保障局", "人社局"),
    ("住房和城乡建设局", "住建局"),
    ("卫生健康委员会", "卫健委"),
    ("卫生健康委", "卫健委"),
    ("卫生和健康委员会", "卫健委"),
    ("工业和信息化局", "工信局"),
    ("应急管理局", "应急局"),
    ("医疗保障局", "医保局"),
    ("交通运输局", "交通局"),
    ("生态环境局", "环保局"),
    ("生态环境分局", "环保局"),
    ("人民法院", "法院"),
    ("人民检察院", "检察院"),
    ("机构编制委员会办公室", "编办"),
    ("委编办", "编办"),
    ("农业农村局", "农业局"),
    ("自然资源和规划局", "自然资源局"),
    ("人民政府", "政府"),
)
_PBOC: Final = re.compile(
    r"^(?:中国人民银行|人民银行|人行)(?P<place>.*?)(?P<kind>中心支行|支行|分行)$"
)
_PLACE_PREFIX: Final = re.compile(r"^[县区市](?![委直场政级域属长])")
_GROUP_WORDS: Final = re.compile(
    r"各|所有|全体|有关|相关|[县区市]直|^[县区市]|社会信用体系(?:体系)?建设(?:工作)?(?:领导)?(?:小组|联席会议)?"
)
_GROUP_HINT: Final = re.compile(
    r"^各|成员单位|有关部门|相关部门|有关单位|相关单位|职能的|职责的|[县区市]直|乡镇|街道|办事处"
)

MatchKind = Literal["unit", "group", "unresolved"]
MatchHow = Literal["exact", "alias", "normalised", "group", "none"]


@dataclass(frozen=True)
class NameRecord:
    """A roster unit or group: its id, name and aliases (别名)."""

    id: Hashable
    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Suggestion:
    """A possible target for an unresolved name, best first."""

    id: Hashable
    name: str
    kind: Literal["unit", "group"]
    score: float


@dataclass(frozen=True)
class Match:
    """The result for one written name.

    Attributes:
        name: The name as written in the plan.
        kind: "unit" or "group" when resolved, else "unresolved".
        target_id: The matched unit's or group's id, None when unresolved.
        how: How it matched: exact name, alias, after normalising, group phrase, or none.
        suggestions: Up to five candidates for the clerk when unresolved (or ambiguous).
    """

    name: str
    kind: MatchKind
    target_id: Hashable | None
    how: MatchHow
    suggestions: tuple[Suggestion, ...] = field(default_factory=tuple)


def normalise_unit_name(name: str) -> str:
    """Reduce a unit name to a comparable key.

    县发展和改革委员会 → 发改委, 人行西平县支行 → 人行西平支行, 各街道〈镇〉 → 各街道（镇）.
    """
    key = re.sub(r"\s+", "", name).translate(_BRACKETS)
    key = key.strip("、，,。.；;：:")
    pboc = _PBOC.match(key)
    if pboc:
        place = re.sub(r"[县区市]$", "", pboc.group("place"))
        kind = "支行" if pboc.group("kind") != "分行" else "分行"
        return f"人行{place}{kind}"
    for long, short in _SYNONYMS:
        if key.endswith(long) or long in key:
            key = key.replace(long, short)
            break
    if len(key) >= 3:
        key = _PLACE_PREFIX.sub("", key)
    return key


def _group_key(name: str) -> str:
    return _GROUP_WORDS.sub("", normalise_unit_name(name))


def _records(items: Iterable[NameRecord | tuple[Hashable, str, Sequence[str]]]) -> list[NameRecord]:
    out = []
    for item in items:
        if isinstance(item, NameRecord):
            out.append(item)
        else:
            record_id, name, aliases = item
            out.append(NameRecord(record_id, name, tuple(aliases)))
    return out


class _Index:
    """Lookup tables over candidates and groups, built once per call."""

    def __init__(self, units: list[NameRecord], groups: list[NameRecord]) -> None:
        self.exact: dict[str, list[tuple[NameRecord, MatchHow]]] = {}
        self.normalised: dict[str, list[NameRecord]] = {}
        self.group_exact: dict[str, NameRecord] = {}
        self.group_keys: dict[str, list[NameRecord]] = {}
        self.choices: list[str] = []
        self.choice_targets: list[tuple[NameRecord, Literal["unit", "group"]]] = []
        for unit in units:
            for i, spelling in enumerate((unit.name, *unit.aliases)):
                how: MatchHow = "exact" if i == 0 else "alias"
                self.exact.setdefault(spelling.strip(), []).append((unit, how))
                bucket = self.normalised.setdefault(normalise_unit_name(spelling), [])
                if unit not in bucket:
                    bucket.append(unit)
                self.choices.append(normalise_unit_name(spelling))
                self.choice_targets.append((unit, "unit"))
        for group in groups:
            for spelling in (group.name, *group.aliases):
                self.group_exact.setdefault(spelling.strip(), group)
                bucket = self.group_keys.setdefault(_group_key(spelling), [])
                if group not in bucket:
                    bucket.append(group)
                self.choices.append(normalise_unit_name(spelling))
                self.choice_targets.append((group, "group"))

    def suggest(self, name: str, limit: int = 5) -> tuple[Suggestion, ...]:
        found = process.extract(
            normalise_unit_name(name),
            self.choices,
            scorer=fuzz.WRatio,
            limit=limit * 4,
            score_cutoff=50,
        )
        out: list[Suggestion] = []
        seen: set[tuple[str, Hashable]] = set()
        for _, score, index in found:
            record, kind = self.choice_targets[index]
            if (kind, record.id) in seen:
                continue
            seen.add((kind, record.id))
            out.append(Suggestion(record.id, record.name, kind, float(score)))
            if len(out) == limit:
                break
        return tuple(out)


def _match_one(name: str, index: _Index) -> Match:
    written = name.strip()
    exact = {rec.id: (rec, how) for rec, how in index.exact.get(written, [])}
    if len(exact) == 1:
        record, how = next(iter(exact.values()))
        return Match(name, "unit", record.id, how)
    if written in index.group_exact:
        return Match(name, "group", index.group_exact[written].id, "group")
    normalised = index.normalised.get(normalise_unit_name(written), [])
    if len(normalised) == 1 and not exact:
        return Match(name, "unit", normalised[0].id, "normalised")
    if _GROUP_HINT.search(written):
        groups = index.group_keys.get(_group_key(written), [])
        if len(groups) == 1:
            return Match(name, "group", groups[0].id, "group")
    return Match(name, "unresolved", None, "none", index.suggest(written))


def match_unit_names(
    names: Iterable[str],
    candidates: Iterable[NameRecord | tuple[Hashable, str, Sequence[str]]],
    groups: Iterable[NameRecord | tuple[Hashable, str, Sequence[str]]] = (),
) -> list[Match]:
    """Match written names to roster units and groups, one :class:`Match` per name, in order.

    Exact names and aliases resolve first, then names equal after
    :func:`normalise_unit_name`, then group phrases (各成员单位, 县直有关部门 …) against the
    groups.  Ambiguous or unknown names stay unresolved with up to five suggestions.
    """
    index = _Index(_records(candidates), _records(groups))
    cache: dict[str, Match] = {}
    results = []
    for name in names:
        if name not in cache:
            cache[name] = _match_one(name, index)
        results.append(cache[name])
    return results
