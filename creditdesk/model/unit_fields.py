"""A unit's fields and their Chinese labels (单位名称, 联络员, 电子邮箱 …): the one table.

The roster dialog, the table, the conflict dialog, the spreadsheet import's mapping step and
messages, and the roster export all name a field from here, so the same field is never
邮箱 on one screen and 电子邮箱 on another.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

UNIT_FIELDS: Final = (
    "name",
    "short_name",
    "category",
    "liaison",
    "liaison_title",
    "office_phone",
    "mobile",
    "email",
    "address",
    "notes",
)
"""The text fields of a unit the clerk edits (``model.Unit`` columns), in the dialog's order."""

FIELD_LABELS: Final[Mapping[str, str]] = {
    "name": "单位名称",
    "short_name": "简称",
    "category": "类别",
    "liaison": "联络员",
    "liaison_title": "职务",
    "office_phone": "办公电话",
    "mobile": "手机",
    "email": "电子邮箱",
    "address": "地址",
    "notes": "备注",
    "aliases": "别名",
}
"""Field → the label the clerk reads; ``aliases`` (别名) are the unit's other names."""
