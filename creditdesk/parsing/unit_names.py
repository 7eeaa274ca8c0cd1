"""Normalise unit names and match a plan's names to the roster (成员单位) and groups.

The same unit is written 县发改委, 发改委, 县发展改革委 or 县发展和改革委员会 in one plan, and
人行西平支行 or 中国人民银行西平县支行 in the next; the roster holds official full names
(宝丰县司法局, 国家税务总局宝丰县税务局).  Normalising removes such differences — the office's
own place name, organisation prefixes and the standard abbreviations of
:mod:`creditdesk.parsing.unit_abbreviations` — and a match after it is certain: no click.
Everything else is left unresolved with a few suggestions scored by :func:`name_score` on the
name's head noun (局, 委, 办 …) and its stem, never on shared characters alone, for the clerk
to confirm — a wrong silent guess would assign a task to the wrong unit.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Final, Literal

from rapidfuzz import fuzz

from creditdesk.parsing.unit_abbreviations import (
    ABBREVIATIONS,
    HEAD_NOUNS,
    ORGANISATION_PREFIXES,
)

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

_ALL_MEMBERS: Final = re.compile(r"^(?:各|全体|所有)?(?:.*小组)?(?:各|全体)?成员单位$")

MatchKind = Literal["unit", "group", "unresolved"]
MatchHow = Literal["exact", "alias", "normalised", "group", "all_units", "none"]


@dataclass(frozen=True)
class NameRecord:
    """A roster unit or group: its id, name and aliases (别名)."""

    id: Hashable
    name: str
    aliases: tuple[str, ...] = ()
    all_units: bool = False
    """A group of every active unit (各成员单位)."""


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
        target_id: The matched unit's or group's id; None when unresolved, or for a phrase
            meaning every member unit (how "all_units") when the roster has no such group yet.
        how: How it matched: exact name, alias, after normalising, group phrase, a phrase for
            all member units, or none.
        suggestions: Up to five candidates for the clerk when unresolved (or ambiguous),
            best first, each with its confidence (``score``, 0–100).
    """

    name: str
    kind: MatchKind
    target_id: Hashable | None
    how: MatchHow
    suggestions: tuple[Suggestion, ...] = field(default_factory=tuple)

    @property
    def certain(self) -> bool:
        """Resolved without the clerk: same name, a known alias, or equal once normalised."""
        return self.kind != "unresolved"

    def likely(self, threshold: float, margin: float = 5.0) -> Suggestion | None:
        """The suggestion to accept at ``threshold``: scoring at least that, and ahead of the
        runner-up by ``margin`` (two equally good candidates are left to the clerk)."""
        if self.certain or not self.suggestions:
            return None
        best = self.suggestions[0]
        runner_up = self.suggestions[1].score if len(self.suggestions) > 1 else 0.0
        if best.score >= threshold and best.score - runner_up >= margin:
            return best
        return None


SUGGEST_FROM: Final = 40.0
"""Suggestions scoring below this are not shown."""

PREFIX_SCORE: Final = 90.0
"""A name written without head noun that begins a unit's name (天伦 of 天伦燃气有限公司,
共青团 of 共青团宝丰县委员会):
likely, but left for the clerk to confirm (全部接受建议 takes it)."""
_PLACE_OF_NAME: Final = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,3}?)[县区市](?!直)")


def infer_place_names(names: Iterable[str]) -> tuple[str, ...]:
    """The office's own place name (宝丰 of 宝丰县…) as its roster's full names show it.

    A place counts when at least three names and a quarter of them begin with it.
    """
    counts: dict[str, int] = {}
    total = 0
    for name in names:
        total += 1
        key = _strip_organisation(re.sub(r"\s+", "", name))
        match = _PLACE_OF_NAME.match(key)
        if match:
            counts[match["place"]] = counts.get(match["place"], 0) + 1
    return tuple(p for p, n in counts.items() if n >= 3 and n * 4 >= total)


def bare_place(place_name: str) -> str:
    """宝丰县 → 宝丰 (the form stripped from unit names); empty stays empty."""
    return re.sub(r"[县区市]$", "", place_name.strip()) if len(place_name.strip()) > 2 else ""


def _strip_organisation(key: str) -> str:
    for prefix in ORGANISATION_PREFIXES:
        if key.startswith(prefix) and len(key) > len(prefix) + 1:
            return key[len(prefix) :]
    return key


def normalise_unit_name(name: str, places: Sequence[str] = ()) -> str:
    """Reduce a unit name to a comparable key.

    县发展和改革委员会 → 发改委, 人行西平县支行 → 人行西平支行, 各街道〈镇〉 → 各街道（镇）;
    with ``places`` (bare place names such as 宝丰) 宝丰县司法局 → 司法局 and
    国家税务总局宝丰县税务局 → 税务局.
    """
    key = re.sub(r"\s+", "", name).translate(_BRACKETS)
    key = key.strip("、，,。.；;：:")
    if re.fullmatch(r"[县区市]?(?:人行|人民银行|中国人民银行)", key):
        return "人行支行"  # the local branch, as plans write it bare
    pboc = _PBOC.match(key)
    if pboc:
        place = re.sub(r"[县区市]$", "", pboc.group("place"))
        if place in places:
            place = ""  # the office's own branch: 人行, 县人行 and 人行宝丰支行 are one
        kind = "支行" if pboc.group("kind") != "分行" else "分行"
        return f"人行{place}{kind}"
    key = _strip_organisation(key)
    for place in places:
        if place and place in key and len(key) > len(place) + 1:
            # at the start (宝丰县司法局) or after a prefix (共青团宝丰县委员会)
            key = key.replace(place, "", 1)
            break
    # short forms nest (县委精神文明建设委员会办公室 → 县委文明办 → 县文明办): until none applies
    for _ in range(3):
        shortened = next(
            (key.replace(long, short) for long, short in ABBREVIATIONS if long in key), key
        )
        if len(shortened) >= 3:
            shortened = _PLACE_PREFIX.sub("", shortened)
        if shortened == key:
            break
        key = shortened
    if len(key) >= 3:
        key = _PLACE_PREFIX.sub("", key)
    return key


def is_all_members_phrase(name: str) -> bool:
    """Whether a phrase means every member unit (各成员单位, 领导小组各成员单位)."""
    return bool(_ALL_MEMBERS.match(re.sub(r"\s+", "", name)))


def _group_key(name: str) -> str:
    return _GROUP_WORDS.sub("", normalise_unit_name(name))


def head_noun(key: str) -> tuple[str, str]:
    """(stem, head noun) of a normalised name: 司法局 → (司法, 局); no head → (key, "")."""
    for head in HEAD_NOUNS:
        if key.endswith(head) and len(key) > len(head):
            return key[: -len(head)], head
    return key, ""


def name_score(written: str, candidate: str) -> float:
    """How likely two normalised names are one unit, 0–100, on head noun and stem.

    Names of different kinds of body (a 委 and a 办) score at most 30, whatever they share,
    so 团县委 is never a likely 县委文明办; the same head scores by how alike the stems are,
    an abbreviated stem inside the full one (公路 in 公路管理) counting nearly as equal, and
    half by their common beginning, where a stem's meaning sits (水务 is nearer 水利 than 税务).
    """
    if written == candidate:
        return 100.0
    stem_a, head_a = head_noun(written)
    stem_b, head_b = head_noun(candidate)
    if head_a != head_b or not head_a:
        return min(30.0, 0.3 * fuzz.ratio(written, candidate))
    if not stem_a or not stem_b:
        return 50.0
    alike = fuzz.ratio(stem_a, stem_b)
    if min(len(stem_a), len(stem_b)) >= 2:
        alike = max(alike, 0.9 * fuzz.partial_ratio(stem_a, stem_b))
    common = next(
        (i for i, (a, b) in enumerate(zip(stem_a, stem_b, strict=False)) if a != b),
        min(len(stem_a), len(stem_b)),
    )
    return float(0.5 * alike + 50.0 * common / min(len(stem_a), len(stem_b)))


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

    def __init__(
        self, units: list[NameRecord], groups: list[NameRecord], places: Sequence[str]
    ) -> None:
        self.places = tuple(places)
        self.exact: dict[str, list[tuple[NameRecord, MatchHow]]] = {}
        self.normalised: dict[str, list[NameRecord]] = {}
        self.group_exact: dict[str, NameRecord] = {}
        self.group_keys: dict[str, list[NameRecord]] = {}
        self.all_units = [g for g in groups if g.all_units]
        self.choices: list[str] = []
        self.choice_targets: list[tuple[NameRecord, Literal["unit", "group"]]] = []
        for unit in units:
            for i, spelling in enumerate((unit.name, *unit.aliases)):
                how: MatchHow = "exact" if i == 0 else "alias"
                self.exact.setdefault(spelling.strip(), []).append((unit, how))
                key = self.key(spelling)
                bucket = self.normalised.setdefault(key, [])
                if unit not in bucket:
                    bucket.append(unit)
                self.choices.append(key)
                self.choice_targets.append((unit, "unit"))
        for group in groups:
            for spelling in (group.name, *group.aliases):
                self.group_exact.setdefault(spelling.strip(), group)
                bucket = self.group_keys.setdefault(_group_key(spelling), [])
                if group not in bucket:
                    bucket.append(group)
                self.choices.append(self.key(spelling))
                self.choice_targets.append((group, "group"))

    def key(self, name: str) -> str:
        return normalise_unit_name(name, self.places)

    def headless(self, key: str) -> list[NameRecord]:
        """Units whose key is ``key`` plus a head noun, for a name written without one."""
        if len(key) < 2 or head_noun(key)[1]:
            return []
        found: list[NameRecord] = []
        for head in HEAD_NOUNS:
            for unit in self.normalised.get(self.key(key + head), []):
                if unit not in found:
                    found.append(unit)
        return found

    def suggest(self, name: str, limit: int = 5) -> tuple[Suggestion, ...]:
        written = self.key(name)
        best: dict[tuple[str, Hashable], Suggestion] = {}
        for choice, (record, kind) in zip(self.choices, self.choice_targets, strict=True):
            score = name_score(written, choice)
            if (
                not head_noun(written)[1]
                and len(written) >= 2
                and (choice.startswith(written) or record.name.startswith(written))
            ):
                # 天伦 → 天伦燃气有限公司: a short form naming the body's own word first
                score = max(score, PREFIX_SCORE)
            known = best.get((kind, record.id))
            if score >= SUGGEST_FROM and (known is None or score > known.score):
                best[(kind, record.id)] = Suggestion(record.id, record.name, kind, score)
        ranked = sorted(best.values(), key=lambda s: (-s.score, s.name))
        return tuple(ranked[:limit])


def _match_one(name: str, index: _Index) -> Match:
    written = name.strip()
    exact = {rec.id: (rec, how) for rec, how in index.exact.get(written, [])}
    if len(exact) == 1:
        record, how = next(iter(exact.values()))
        return Match(name, "unit", record.id, how)
    if written in index.group_exact:
        return Match(name, "group", index.group_exact[written].id, "group")
    key = index.key(written)
    normalised = index.normalised.get(key, [])
    if len(normalised) == 1 and not exact:
        return Match(name, "unit", normalised[0].id, "normalised")
    headless = index.headless(key) if not exact and not normalised else []
    if len(headless) == 1:
        # 司法 → 司法局, 卫健 → 卫健委: the plan left out only the head noun
        return Match(name, "unit", headless[0].id, "normalised")
    if _GROUP_HINT.search(written):
        groups = index.group_keys.get(_group_key(written), [])
        if len(groups) == 1:
            return Match(name, "group", groups[0].id, "group")
    if is_all_members_phrase(written):
        whole = index.all_units[0].id if index.all_units else None
        return Match(name, "group", whole, "all_units")
    return Match(name, "unresolved", None, "none", index.suggest(written))


def match_unit_names(
    names: Iterable[str],
    candidates: Iterable[NameRecord | tuple[Hashable, str, Sequence[str]]],
    groups: Iterable[NameRecord | tuple[Hashable, str, Sequence[str]]] = (),
    places: Sequence[str] = (),
) -> list[Match]:
    """Match written names to roster units and groups, one :class:`Match` per name, in order.

    Exact names and aliases resolve first, then names equal after
    :func:`normalise_unit_name`, then group phrases (各成员单位, 县直有关部门 …) against the
    groups.  Ambiguous or unknown names stay unresolved with up to five suggestions.

    Args:
        places: the office's own place names (宝丰), stripped before comparing; by default
            inferred from the candidates' names (:func:`infer_place_names`).
    """
    units = _records(candidates)
    places = tuple(places) or infer_place_names(u.name for u in units)
    index = _Index(units, _records(groups), places)
    cache: dict[str, Match] = {}
    results = []
    for name in names:
        if name not in cache:
            cache[name] = _match_one(name, index)
        results.append(cache[name])
    return results
