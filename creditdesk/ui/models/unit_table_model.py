"""The roster table (成员单位): one line per unit, inactive units greyed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from creditdesk.services.roster import UnitRow
from creditdesk.ui.formatting import join_units
from creditdesk.ui.models.row_table_model import Column, RowTableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("UnitTableModel", text)


class UnitTableModel(RowTableModel[UnitRow]):
    """Units as ``list_units`` returns them, filtered there (in SQL), not here."""

    def __init__(self, parent: QObject | None = None) -> None:
        columns: list[Column[UnitRow]] = [
            Column(_tr("单位名称"), lambda unit: unit.name),
            Column(_tr("简称"), lambda unit: unit.short_name),
            Column(_tr("类别"), lambda unit: unit.category),
            Column(_tr("联络员"), lambda unit: unit.liaison),
            Column(_tr("办公电话"), lambda unit: unit.office_phone),
            Column(_tr("手机"), lambda unit: unit.mobile),
            Column(_tr("电子邮箱"), lambda unit: unit.email),
            Column(_tr("地址"), lambda unit: unit.address),
            Column(_tr("别名"), lambda unit: join_units(unit.aliases)),
            Column(_tr("状态"), lambda unit: _tr("在册") if unit.active else _tr("已撤销")),
        ]
        super().__init__(columns, parent, is_muted=lambda unit: not unit.active)
