"""Split a written list of units (单位) into names, as written, without breaking names apart.

Plans list units with 、，, 和 and 及 between them and end lists with 等, but those same
characters occur inside names: 自然资源和规划局, 具有行政许可和行政处罚职能的单位,
负责政府采购、招标投标…的市有关部门.  The rules below split only where both sides are
complete names and glue descriptive "…的单位" phrases back together.
"""

from __future__ import annotations

import re
from typing import Final

_OPEN: Final = "（(〈<《“【〔["
_CLOSE: Final = "）)〉>》”】〕]"
_SEPARATORS: Final = "、，,；;/／\n"
_UNIT_SUFFIX: Final = re.compile(
    r"(局|委|办|院|部|中心|公司|镇|乡|街道|办事处|处|室|会|联|队|站|所|行|社|团|馆|厅|府|组"
    r"|单位|部门|机构|集团|银行|科|股|党校|学校|医院|协会|科协|邮政|移动|联通|电信|电力|供电"
    r"|燃气|水务|税务|海关|平台|支队|大队|中队|委员会|管委会|示范区|开发区|园区)$"
)
_TRAILING_BRACKET: Final = re.compile(r"[（(〈<【][^（(〈<【]*[）)〉>】]$")
_BARE_AFTER_DENG: Final = re.compile(r"^(?:[\d一二三四五六七八九十两]+个)?(?:单位|部门|机构)?$")
_GROUP_AFTER_DENG: Final = re.compile(
    r"^(?:各|其他|其它)?(?:有关|相关|成员|责任|涉及|主管|职能|行业)*(?:单位|部门|机构)$"
)
_LEVEL_FRAGMENT: Final = re.compile(r"^各?[省市县区乡镇村]$")
_BARE_KIND: Final = re.compile(r"^(?:单位|部门|机构|企业|站所|团体)$")
_MODIFIERS: Final = re.compile(r"(按照?职责分工|按职责|分工|共同|分别|具体|主要|等)+$")
_LEADING: Final = re.compile(r"^(由|和|及|以及|会同)")
_CONJUNCTION: Final = re.compile(r"以及|和|及|与")
_ACTION: Final = re.compile(
    r"认定|负责|开展|完成|落实|组织|做好|推进|推动|按照|根据|依据|对|将|报送|上报|提供|建立|"
    r"督促|确保|加强|实施|制定|审核|核查|指导|梳理|统筹|承担|做|抓"
)


def looks_like_unit(name: str) -> bool:
    """True when ``name`` ends like an organisation (局, 委, 中心, 各成员单位, …)."""
    core = _TRAILING_BRACKET.sub("", name.strip())
    return bool(core) and bool(_UNIT_SUFFIX.search(core))


def split_outside_brackets(text: str, separators: str = _SEPARATORS) -> list[str]:
    """Split on separator characters that are not inside any bracket pair."""
    parts: list[str] = []
    depth = 0
    current: list[str] = []
    for ch in text:
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE and depth > 0:
            depth -= 1
        if ch in separators and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def _split_conjunction(item: str) -> list[str]:
    """Split "县发改委和县财政局" but not "自然资源和规划局": both halves must be names."""
    for match in _CONJUNCTION.finditer(item):
        left, right = item[: match.start()], item[match.end() :]
        if looks_like_unit(left) and looks_like_unit(right) and len(right) > 1:
            return [left, *_split_conjunction(right)]
    return [item]


def _split_deng(item: str) -> list[str]:
    """ "X等" → X; "X等相关单位" → X and the group phrase 相关单位, as written.

    A phrase after 等 that says which units (相关单位, 有关部门, 成员单位, 各部门,
    领导小组成员单位, 具有执法职能的部门) is a group the task also goes to, and the
    review maps it to one of the roster's groups; dropping it would hand the task to X
    alone.  A bare kind or a count (等单位, 等部门, 等3个单位) only closes the list and
    names nobody else.  After a head that is not a name (招标投标等事项的单位), 等 is
    part of a description and the item stays whole.
    """
    index = item.find("等")
    if index <= 0:
        return [item]
    head, rest = item[:index], item[index + 1 :]
    if _BARE_AFTER_DENG.match(rest):
        return [head]
    if not looks_like_unit(rest):
        return [item]
    if _GROUP_AFTER_DENG.match(rest):
        return [head, rest]
    if "的" in rest:
        return [head, rest] if looks_like_unit(head) else [item]
    return [head, rest] if len(rest) >= 4 else [item]


def _glue_fragments(items: list[str]) -> list[str]:
    """Re-join names whose own 、 split them: 各乡、镇人民政府, 县、乡两级…, 县直有关部门、单位.

    A bare level (县, 各乡) cannot be a unit on its own, so it belongs to the name after it;
    a bare kind (单位, 部门) belongs to the name before it.
    """
    out: list[str] = []
    pending = ""
    for item in items:
        if pending:
            item = pending + "、" + item
            pending = ""
        if _LEVEL_FRAGMENT.match(item):
            pending = item
            continue
        if _BARE_KIND.match(item) and out:
            out[-1] += "、" + item
            continue
        out.append(item)
    if pending:
        out.append(pending)
    return out


def _glue_descriptions(items: list[str]) -> list[str]:
    """Re-join "具有行政强制、行政奖励…职责的单位", which 、 split apart."""
    out: list[str] = []
    for item in items:
        if "的" in item and looks_like_unit(item):
            start = len(out)
            while start > 0 and not looks_like_unit(out[start - 1]) and "的" not in out[start - 1]:
                start -= 1
            if start < len(out):
                item = "、".join([*out[start:], item])
                del out[start:]
        out.append(item)
    return out


def _drop_action(item: str) -> str:
    """ "各成员单位认定失信主体并完成修复" → 各成员单位: a name followed by what it does.

    Only an item that does not itself end like an organisation is cut, after the longest
    name-like head whose remainder starts with an action verb; descriptive "…的单位"
    phrases are left alone.
    """
    if "的" in item or looks_like_unit(item):
        return item
    for end in range(len(item) - 2, 1, -1):
        if _ACTION.match(item, end) and looks_like_unit(item[:end]):
            return item[:end]
    return item


def clean_unit(name: str) -> str:
    """Trim one written name: brackets' spacing, leading 由/和, trailing 等/按职责分工."""
    name = name.strip(" \t。．.，,；;：:、")
    name = _LEADING.sub("", name)
    name = _MODIFIERS.sub("", name)
    return name.strip(" \t。．.，,；;：:、")


def split_unit_list(text: str) -> list[str]:
    """Split a written unit list into names, in order, without duplicates."""
    raw = [clean_unit(part) for part in split_outside_brackets(text)]
    raw = _glue_fragments([part for part in raw if part])
    raw = [_drop_action(part) for part in _glue_descriptions(raw)]
    names: list[str] = []
    for item in raw:
        for piece in _split_conjunction(item):
            for name in _split_deng(piece):
                name = clean_unit(name)
                if name and name not in names and re.search(r"[\u4e00-\u9fffA-Za-z]", name):
                    names.append(name)
    return names
