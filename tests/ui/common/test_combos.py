"""Refilling a filter combo keeps the clerk's choice and does not re-run the filter."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from creditdesk.ui.common.combos import refill_keeping_choice


def test_a_refill_keeps_the_chosen_entry_and_emits_nothing(qtbot: QtBot) -> None:
    combo = QComboBox()
    qtbot.addWidget(combo)
    refill_keeping_choice(combo, [("2025年", 2025), ("2024年", 2024)], first="全部")
    combo.setCurrentIndex(2)
    changes: list[int] = []
    combo.currentIndexChanged.connect(changes.append)
    refill_keeping_choice(
        combo, [("2026年", 2026), ("2025年", 2025), ("2024年", 2024)], first="全部"
    )
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "全部", "2026年", "2025年", "2024年"
    ]  # fmt: skip
    assert combo.currentText() == "2024年"
    assert changes == []


def test_a_choice_no_longer_offered_falls_back_to_the_first_entry(qtbot: QtBot) -> None:
    combo = QComboBox()
    qtbot.addWidget(combo)
    refill_keeping_choice(combo, [("县财政局", 3), ("县商务局", 4)])
    combo.setCurrentIndex(1)
    refill_keeping_choice(combo, [("县财政局", 3), ("县司法局", 5)])
    assert combo.currentText() == "县财政局"
