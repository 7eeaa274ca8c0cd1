"""Issue 12 item 9: import-roster is all or nothing, and every warning names its row.

A phone stored as 1.38E+10, a formula without a computed value, a date typed as a unit name
or a duplicate row refuses the whole file (exit 1, nothing written) with the row number on
stderr; the GUI preview shows the same refusal with 导入 disabled. Control characters are
removed with a warning naming the row.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hostile.workbooks import write_rows
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from creditdesk.cli import main
from creditdesk.services.roster import list_units
from creditdesk.services.roster_import import preview_roster_import, read_roster_file
from creditdesk.services.workspace import open_workspace
from creditdesk.ui.roster.roster_import_dialog import RosterPreviewDialog

HEADER = ("单位名称", "联络员", "手机")
GOOD = ("县发改委", "张三", "13800000001")

BAD_ROWS = {
    "scientific_phone": (("县财政局", "李四", "1.38E+10"), "科学计数法"),
    "formula_without_value": (('="县"&"财政局"', "李四", "13800000002"), "公式"),
    "date_as_name": ((dt.date(2026, 5, 6), "李四", "13800000002"), "2026-05-06"),
    "duplicate_row": (("县发改委", "王五", "13800000003"), "重复"),
}


def _names(directory: Path) -> list[str]:
    with open_workspace(directory, backup=False) as workspace:
        return [u.name for u in list_units(workspace.context)]


@pytest.mark.parametrize("case", BAD_ROWS)
def test_one_bad_row_refuses_the_whole_file_with_its_row_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    """Row 3 is bad: exit 1, its row number and reason on stderr, no unit written."""
    bad, reason = BAD_ROWS[case]
    path = write_rows(tmp_path / "名册.xlsx", (HEADER, GOOD, bad, ("县公安局", "赵六", "138")))
    ws = tmp_path / "ws"
    assert main(["import-roster", str(path), "--workspace", str(ws)]) == 1
    err = capsys.readouterr().err
    assert "第3行" in err and reason in err and "整个文件未导入" in err
    assert err.strip().splitlines()[-1].startswith("creditdesk: ")
    assert _names(ws) == []


def test_control_characters_are_removed_with_a_warning_naming_the_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A CSV with a BOM and NUL/BEL/ESC after the first 4 KB imports clean names, warned."""
    filler = "".join(f"单位{i},联络员{i},1380000{i:04d}\n" for i in range(300))
    text = "单位名称,联络员,手机\n" + filler + "县\x00财政\x07局\x1b,李四,13800000002\n"
    path = tmp_path / "名册.csv"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    ws = tmp_path / "ws"
    assert main(["import-roster", str(path), "--workspace", str(ws)]) == 0
    err = capsys.readouterr().err
    assert "第302行：已删除不可见的控制字符" in err
    assert "县财政局" in _names(ws)
    assert not any("\x00" in n or "\x07" in n or "\x1b" in n for n in _names(ws))


def test_gui_preview_shows_the_refusal_and_cannot_import(qtbot: QtBot, tmp_path: Path) -> None:
    """The preview dialog lists the bad row, says why nothing imports, and disables 导入."""
    bad, _ = BAD_ROWS["scientific_phone"]
    path = write_rows(tmp_path / "名册.xlsx", (HEADER, GOOD, bad))
    with open_workspace(tmp_path / "ws", backup=False) as workspace:
        preview = preview_roster_import(workspace.context, read_roster_file(path))
    dialog = RosterPreviewDialog(preview)
    qtbot.addWidget(dialog)
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert "整个文件未导入" in dialog.ui.summaryLabel.text()
    assert "第3行" in dialog.ui.notesLabel.text()
    problems = dialog.models["problems"]
    assert problems.rowCount() == 1
    assert problems.index(0, 0).data() == "3"
