"""编辑任务: a task's text, its units by role (牵头/责任/配合) and its reporting rule.

The dialog edits copies; the page saves :meth:`TaskEditDialog.edited` through an undoable
command. The rule part shows the rule in the plan's words and the next due dates it gives,
so the clerk sees at once whether 期末后5个工作日内 lands where the office expects.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget, QListWidgetItem, QWidget

from creditdesk.services.calendar_store import workday_calendar
from creditdesk.services.context import ServiceContext
from creditdesk.services.due_rules import (
    DUE_RULE_KINDS,
    DueRule,
    DueRuleKind,
    default_due_rule,
    due_date,
)
from creditdesk.services.obligations import PERIODIC
from creditdesk.services.periods import period_containing
from creditdesk.services.target_entries import TargetKind, target_entries
from creditdesk.services.task_edit import (
    CURRENT_PERIOD,
    NodeFields,
    RoleSet,
    RuleFields,
    Target,
    count_obligations,
    load_roles,
    load_rule,
    node_fields,
)
from creditdesk.services.workdays import WorkdayCalendar
from creditdesk.ui.common.formatting import format_date, frequency_label
from creditdesk.ui.common.target_picker import PickerEntry, TargetPicker, entry_text
from creditdesk.ui.common.translate import translator
from creditdesk.ui.forms.ui_task_edit_dialog import Ui_TaskEditDialog
from creditdesk.ui.tasks.rhythm_start import RhythmStartChoice
from creditdesk.ui.tasks.task_commands import TaskEdit

FREQUENCIES = ("monthly", "quarterly", "half-yearly", "annual", "once", "event", "continuous")

ROLE_NAMES = {"lead": "牵头单位", "responsible": "责任单位", "supporting": "配合单位"}


_tr = translator("TaskEditDialog")


KIND_NAMES: dict[DueRuleKind, str] = {
    "after_period_end": "期末后若干个工作日内",
    "day_of_next_month": "次月某日前",
    "day_of_month": "期内某月某日前",
    "fixed_date": "某一日期前",
    "after_event": "事项发生后若干个工作日内",
    "none": "无期限（持续推进）",
}


@dataclass(frozen=True)
class TaskEditData:
    """What the dialog needs, loaded in one background job before it opens."""

    kind: str
    before: TaskEdit
    entries: list[PickerEntry]
    calendar: WorkdayCalendar
    today: dt.date
    obligations: int = 0
    """How many items (应报事项) the task owes already: a new rhythm then asks from when."""


def next_due_dates(
    frequency: str, rule: DueRule, calendar: WorkdayCalendar, today: dt.date, count: int = 3
) -> list[str]:
    """The next due dates a rule gives from ``today`` on, as the clerk reads them."""
    if rule.kind == "none":
        return [_tr("持续推进，无报送期限")]
    if rule.kind == "fixed_date":
        return [format_date(due_date(rule, today, calendar).date)]
    if rule.kind == "after_event":
        after = due_date(rule, today, calendar).date
        return [_tr("如今天发生，{date}前报送").format(date=format_date(after))]
    if frequency not in PERIODIC:
        return []
    found: list[str] = []
    # the period just ended may still be due (期末后5个工作日内)
    period = period_containing(today, frequency).previous()
    for _ in range(count + 6):
        due = due_date(rule, period, calendar)
        if due.date >= today:
            found.append(
                _tr("{period}：{date}{mark}").format(
                    period=period.label,
                    date=format_date(due.date),
                    mark=_tr("（暂按周一至周五推算）") if due.provisional else "",
                )
            )
            if len(found) == count:
                break
        period = period.next()
    return found


class TaskEditDialog(QDialog):
    """Edits one section or task; :meth:`edited` holds the values after OK.

    Args:
        data: the node as loaded, the roster's units and groups, the working-day calendar.
        title: the window title (新增任务 / 编辑任务).
    """

    def __init__(self, data: TaskEditData, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TaskEditDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.data = data
        self._entries = {e.key: e for e in data.entries}
        self._rule_touched = False
        self.picker: TargetPicker | None = None
        before = data.before
        fields = before.fields
        self.ui.labelEdit.setText(fields.label)
        self.ui.titleEdit.setText(fields.title)
        self.ui.textEdit.setPlainText(fields.text)
        is_task = data.kind != "section"
        self.ui.rolesBox.setVisible(is_task)
        self.ui.ruleBox.setVisible(is_task)
        self._lists = {
            "lead": self.ui.leadList,
            "responsible": self.ui.responsibleList,
            "supporting": self.ui.supportingList,
        }
        if before.roles is not None:
            for role, targets in before.roles.by_role().items():
                self._fill(self._lists[role], targets)
        for role, add, remove in (
            ("lead", self.ui.addLeadButton, self.ui.removeLeadButton),
            ("responsible", self.ui.addResponsibleButton, self.ui.removeResponsibleButton),
            ("supporting", self.ui.addSupportingButton, self.ui.removeSupportingButton),
        ):
            add.clicked.connect(lambda _=False, role=role: self.pick(role))
            remove.clicked.connect(lambda _=False, role=role: self.remove_selected(role))
        self._setup_rule(before.rule, fields.frequency)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(_tr("确定"))
        ok.clicked.connect(self._try_accept)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("取消"))
        self.ui.titleEdit.setFocus()

    # ------------------------------------------------------------------ roles

    def _fill(self, view: QListWidget, targets: Iterable[Target]) -> None:
        for target in targets:
            key: tuple[TargetKind, int] = (
                ("unit", target.unit_id)
                if target.unit_id is not None
                else ("group", target.group_id or 0)
            )
            entry = self._entries.get(key) or PickerEntry(key[0], key[1], _tr("（已删除）"))
            self._add_entry(view, entry)

    @staticmethod
    def _add_entry(view: QListWidget, entry: PickerEntry) -> None:
        item = QListWidgetItem(entry_text(entry), view)
        item.setData(Qt.ItemDataRole.UserRole, entry)

    def role_entries(self, role: str) -> list[PickerEntry]:
        """The units and groups listed for ``role`` now."""
        view = self._lists[role]
        return [view.item(r).data(Qt.ItemDataRole.UserRole) for r in range(view.count())]

    def pick(self, role: str) -> TargetPicker:
        """Open the searchable picker for ``role``; chosen entries are added on OK."""
        taken = [e.key for e in self.role_entries(role)]
        picker = TargetPicker(
            self.data.entries,
            prompt=_tr("选择要添加为{role}的单位或分组（可多选）").format(
                role=_tr(ROLE_NAMES[role])
            ),
            title=_tr("添加{role}").format(role=_tr(ROLE_NAMES[role])),
            multiple=True,
            exclude=taken,
            parent=self,
        )
        picker.accepted.connect(lambda: self.add_targets(role, picker.chosen()))
        picker.finished.connect(picker.deleteLater)
        self.picker = picker
        picker.open()
        return picker

    def add_targets(self, role: str, entries: Iterable[PickerEntry]) -> None:
        """Add units or groups to a role (each once)."""
        taken = {e.key for e in self.role_entries(role)}
        for entry in entries:
            if entry.key not in taken:
                self._add_entry(self._lists[role], entry)
                taken.add(entry.key)

    def remove_selected(self, role: str) -> None:
        """Remove the selected units from a role."""
        view = self._lists[role]
        for item in view.selectedItems():
            view.takeItem(view.row(item))

    def roles(self) -> RoleSet:
        """The units by role as listed."""

        def targets(role: str) -> tuple[Target, ...]:
            return tuple(
                Target(unit_id=e.id) if e.kind == "unit" else Target(group_id=e.id)
                for e in self.role_entries(role)
            )

        return RoleSet(targets("lead"), targets("responsible"), targets("supporting"))

    # ------------------------------------------------------------------- rule

    def _setup_rule(self, rule: RuleFields | None, frequency: str | None) -> None:
        ui = self.ui
        ui.frequencyCombo.addItem(_tr("（不报送）"), None)
        for code in FREQUENCIES:
            ui.frequencyCombo.addItem(frequency_label(code), code)
        for kind in DUE_RULE_KINDS:
            ui.ruleKindCombo.addItem(_tr(KIND_NAMES[kind]), kind)
        ui.monthCombo.addItem(_tr("期末月"), None)
        for month in range(1, 13):
            ui.monthCombo.addItem(_tr("{month}月").format(month=month), month)
        today = self.data.today
        ui.dueDateEdit.setDate(QDate(today.year, 12, 31))
        shown_frequency = rule.frequency if rule is not None else frequency
        ui.frequencyCombo.setCurrentIndex(max(0, ui.frequencyCombo.findData(shown_frequency)))
        due = rule.rule if rule is not None else default_due_rule(shown_frequency)
        self._show_rule(due or DueRule("none"))
        ui.materialEdit.setText(rule.material if rule is not None else "")
        self.start = RhythmStartChoice(
            ui.ruleLayout,
            today,
            _tr("该任务已有{n}项应报事项；").format(n=self.data.obligations),
            ui.ruleBox,
            row=1,
        )
        ui.frequencyCombo.currentIndexChanged.connect(self._frequency_changed)
        for signal in (
            ui.ruleKindCombo.currentIndexChanged,
            ui.nSpin.valueChanged,
            ui.daySpin.valueChanged,
            ui.monthCombo.currentIndexChanged,
            ui.dueDateEdit.dateChanged,
            ui.materialEdit.textEdited,
        ):
            signal.connect(self._rule_edited)
        self._update_rule_view()

    def _show_rule(self, rule: DueRule) -> None:
        ui = self.ui
        ui.ruleKindCombo.setCurrentIndex(ui.ruleKindCombo.findData(rule.kind))
        ui.nSpin.setValue(rule.n or 5)
        ui.daySpin.setValue(rule.day or 31)
        ui.monthCombo.setCurrentIndex(max(0, ui.monthCombo.findData(rule.month)))
        if rule.fixed_date is not None:
            d = rule.fixed_date
            ui.dueDateEdit.setDate(QDate(d.year, d.month, d.day))
        self._roll = rule.roll_forward

    def _frequency_changed(self) -> None:
        frequency = self.ui.frequencyCombo.currentData()
        default = default_due_rule(frequency)
        if default is None and frequency == "once":
            default = DueRule("fixed_date", fixed_date=dt.date(self.data.today.year, 12, 31))
        if default is not None:
            self.ui.ruleKindCombo.blockSignals(True)
            self._show_rule(default)
            self.ui.ruleKindCombo.blockSignals(False)
        self._rule_edited()

    def _rule_edited(self) -> None:
        self._rule_touched = True
        self._update_rule_view()

    def _rhythm_changed(self) -> bool:
        """Whether the chosen rhythm differs from the one the task is saved with."""
        saved = self.data.before.rule
        chosen: str | None = self.ui.frequencyCombo.currentData()
        return chosen != (saved.frequency if saved is not None else None)

    def due_rule(self) -> DueRule:
        """The due rule the widgets describe.

        Raises:
            ValueError: the values do not make a valid rule.
        """
        ui = self.ui
        kind: DueRuleKind = ui.ruleKindCombo.currentData()
        date = ui.dueDateEdit.date()
        return DueRule(
            kind,
            n=ui.nSpin.value() if kind in ("after_period_end", "after_event") else None,
            day=ui.daySpin.value() if kind in ("day_of_next_month", "day_of_month") else None,
            month=ui.monthCombo.currentData() if kind == "day_of_month" else None,
            fixed_date=(
                dt.date(date.year(), date.month(), date.day()) if kind == "fixed_date" else None
            ),
            roll_forward=self._roll
            if kind not in ("after_period_end", "after_event")
            else "next_workday",
        )

    def _update_rule_view(self) -> None:
        ui = self.ui
        frequency = ui.frequencyCombo.currentData()
        kind = ui.ruleKindCombo.currentData()
        reporting = frequency is not None
        self.start.show_frequency(frequency)
        self.start.set_asked(
            self.data.obligations > 0 and frequency in PERIODIC and self._rhythm_changed()
        )
        for widget in (ui.ruleKindCombo, ui.materialEdit):
            widget.setEnabled(reporting)
        ui.nSpin.setVisible(kind in ("after_period_end", "after_event"))
        ui.daySpin.setVisible(kind in ("day_of_next_month", "day_of_month"))
        ui.monthCombo.setVisible(kind == "day_of_month")
        ui.dueDateEdit.setVisible(kind == "fixed_date")
        if not reporting:
            ui.ruleLabel.setText(_tr("不生成应报事项"))
            ui.nextDueLabel.setText("")
            return
        try:
            rule = self.due_rule()
            dates = next_due_dates(frequency, rule, self.data.calendar, self.data.today)
        except (ValueError, TypeError) as error:
            ui.ruleLabel.setText(str(error))
            ui.nextDueLabel.setText("")
            return
        ui.ruleLabel.setText(rule.label)
        ui.nextDueLabel.setText("；".join(dates))

    def rule(self) -> RuleFields | None:
        """The reporting rule as edited (the loaded one while the clerk did not touch it)."""
        if not self._rule_touched:
            return self.data.before.rule
        frequency = self.ui.frequencyCombo.currentData()
        if frequency is None:
            return None
        # only a changed rhythm asks from when; a new deadline keeps the saved start
        applies_from = (
            self.start.applies_from(frequency) if self._rhythm_changed() else CURRENT_PERIOD
        )
        return RuleFields(
            frequency, self.due_rule(), self.ui.materialEdit.text().strip(), applies_from
        )

    # ----------------------------------------------------------------- result

    def edited(self) -> TaskEdit:
        """The values in the dialog, on the version the node was read at."""
        before = self.data.before
        old = before.fields
        rule = self.rule()
        frequency, deadline = old.frequency, old.deadline
        if rule != before.rule:
            frequency = rule.frequency if rule is not None else None
            deadline = rule.rule.label if rule is not None else None
        fields = NodeFields(
            self.ui.labelEdit.text().strip(),
            self.ui.titleEdit.text().strip(),
            self.ui.textEdit.toPlainText(),
            frequency,
            deadline,
            old.version,
        )
        if self.data.kind == "section":
            return TaskEdit(fields, None, None)
        return TaskEdit(fields, self.roles(), rule)

    def _try_accept(self) -> None:
        if not self.ui.titleEdit.text().strip():
            self.ui.errorLabel.setText(_tr("请填写名称。"))
            self.ui.titleEdit.setFocus()
            return
        try:
            self.edited()
        except ValueError as error:
            self.ui.errorLabel.setText(str(error))
            return
        self.accept()


def load_edit_data(
    ctx: ServiceContext, kind: str, node_id: int | None, blank: TaskEdit | None
) -> TaskEditData:
    """Everything the dialog shows, read in a background job.

    Args:
        kind: "section" or "task".
        node_id: the node to edit, or None for a new one described by ``blank``.
    """
    obligations = 0
    if node_id is not None:
        fields = node_fields(ctx, node_id)
        obligations = count_obligations(ctx, [node_id])
        if kind == "section":
            before = TaskEdit(fields)
        else:
            before = TaskEdit(fields, load_roles(ctx, node_id), load_rule(ctx, node_id))
    else:
        assert blank is not None
        before = blank
    return TaskEditData(
        kind,
        before,
        target_entries(ctx),
        workday_calendar(ctx),
        ctx.clock.today(),
        obligations,
    )
