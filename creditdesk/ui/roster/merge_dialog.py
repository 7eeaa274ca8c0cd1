"""合并单位: choose which of two units is kept; the page merges the other into it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from creditdesk.services.roster import UnitRow
from creditdesk.ui.common.dialog_buttons import name_buttons
from creditdesk.ui.common.translate import translator
from creditdesk.ui.forms.ui_merge_dialog import Ui_MergeDialog

_tr = translator("MergeDialog")


class MergeDialog(QDialog):
    """Pick the unit kept and the unit merged into it.

    Args:
        units: the units to choose from.
        keep_id: preselected unit to keep.
        drop_id: preselected unit to merge into it.
        parent: the page.
    """

    def __init__(
        self,
        units: Sequence[UnitRow],
        keep_id: int | None = None,
        drop_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MergeDialog()
        self.ui.setupUi(self)
        self._names = {unit.id: unit.name for unit in units}
        name_buttons(self.ui.buttonBox, _tr("合并"))
        for combo in (self.ui.keepCombo, self.ui.dropCombo):
            for unit in units:
                combo.addItem(unit.name, unit.id)
        self.select(keep_id, drop_id)
        self.ui.keepCombo.currentIndexChanged.connect(self._explain)
        self.ui.dropCombo.currentIndexChanged.connect(self._explain)
        self.ui.swapButton.clicked.connect(self.swap)
        self._explain()

    def select(self, keep_id: int | None, drop_id: int | None) -> None:
        """Preselect the two units."""
        if keep_id is not None:
            self.ui.keepCombo.setCurrentIndex(max(self.ui.keepCombo.findData(keep_id), 0))
        if drop_id is not None:
            self.ui.dropCombo.setCurrentIndex(max(self.ui.dropCombo.findData(drop_id), 0))
        self._explain()

    def keep_id(self) -> int | None:
        """The unit kept."""
        value = self.ui.keepCombo.currentData()
        return value if isinstance(value, int) else None

    def drop_id(self) -> int | None:
        """The unit merged into the kept one."""
        value = self.ui.dropCombo.currentData()
        return value if isinstance(value, int) else None

    @Slot()
    def swap(self) -> None:
        """Keep the other one."""
        self.select(self.drop_id(), self.keep_id())

    @Slot()
    def _explain(self) -> None:
        keep, drop = self.keep_id(), self.drop_id()
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        if keep is None or drop is None or keep == drop:
            self.ui.explanationLabel.setText(_tr("请选择两个不同的单位。"))
            ok.setEnabled(False)
            return
        ok.setEnabled(True)
        self.ui.explanationLabel.setText(
            _tr(
                "“{drop}”的任务分工、应报事项、报送材料、督办通知和分组将全部转到“{keep}”名下，"
                "“{drop}”的名称和别名成为“{keep}”的别名，“{keep}”空缺的联系信息由“{drop}”补齐。"
                "合并后可用“撤销”还原。"
            ).format(drop=self._names[drop], keep=self._names[keep])
        )
