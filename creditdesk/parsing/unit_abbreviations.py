"""The standard abbreviations of unit names (简称), as data: the one table the matcher reads.

Each long form maps to the short form it is written as in plans (发展和改革委员会 → 发改委);
longer forms come first, since the first one found in a name is the one replaced. Add a
row here when an office's roster uses a full name the plans shorten; no code changes.
"""

from __future__ import annotations

from typing import Final

ABBREVIATIONS: Final[tuple[tuple[str, str], ...]] = (
    ("精神文明建设指导委员会办公室", "文明办"),
    ("精神文明建设委员会办公室", "文明办"),
    ("委文明办", "文明办"),
    ("网络安全和信息化委员会办公室", "网信办"),
    ("委网信办", "网信办"),
    ("委宣传部", "宣传部"),
    ("委组织部", "组织部"),
    ("委统战部", "统战部"),
    ("共青团县委员会", "团县委"),
    ("共青团区委员会", "团区委"),
    ("共青团市委员会", "团市委"),
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
    ("卫生和健康委员会", "卫健委"),
    ("卫生健康委员会", "卫健委"),
    ("卫生健康委", "卫健委"),
    ("卫生健康局", "卫健委"),
    ("工业和信息化局", "工信局"),
    ("科学技术和工业信息化局", "科工信局"),
    ("教育体育局", "教体局"),
    ("教育和体育局", "教体局"),
    ("教育局", "教体局"),  # a county has one or the other: 教育 means whichever it has
    ("文化广电和旅游局", "文广旅局"),
    ("文化广电旅游局", "文广旅局"),
    ("文化和旅游局", "文旅局"),
    ("城市管理局", "城管局"),
    ("城市管理综合执法局", "城管局"),
    ("应急管理局", "应急局"),
    ("医疗保障局", "医保局"),
    ("交通运输局", "交通局"),
    ("生态环境分局", "环保局"),
    ("生态环境局", "环保局"),
    ("生态局", "环保局"),
    ("工商业联合会", "工商联"),
    ("妇女联合会", "妇联"),
    ("残疾人联合会", "残联"),
    ("总工会", "工会"),
    ("金融工作局", "金融局"),
    ("金融服务中心", "金融中心"),
    ("退役军人事务局", "退役军人局"),
    ("人民法院", "法院"),
    ("人民检察院", "检察院"),
    ("机构编制委员会办公室", "编办"),
    ("委编办", "编办"),
    ("农业农村局", "农业局"),
    ("自然资源和规划局", "自然资源局"),
    ("人民政府", "政府"),
)
"""Long form → short form (简称), longest first."""

ORGANISATION_PREFIXES: Final[tuple[str, ...]] = (
    "国家税务总局",
    "中国共产党",
    "中共",
    "国网",
    "国家电网",
)
"""Words in front of the place name in official full names (国家税务总局宝丰县税务局)."""

HEAD_NOUNS: Final[tuple[str, ...]] = (
    "街道办事处",
    "办事处",
    "委员会",
    "办公室",
    "中心支行",
    "支行",
    "分行",
    "公司",
    "中心",
    "法院",
    "检察院",
    "政府",
    "街道",
    "分局",
    "局",
    "委",
    "办",
    "院",
    "部",
    "所",
    "队",
    "站",
    "镇",
    "乡",
    "会",
    "社",
    "馆",
    "行",
)
"""What kind of body a name ends with (its head noun), longest first: 局, 委, 办, 支行 …
Two names with different heads are different kinds of body, however many characters they
share (团县委 is a committee, 县委文明办 an office)."""
