"""Starting the program: first paint, Chinese errors, the demo, fonts and lazy heavy imports."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from creditdesk.services.roster import list_units
from creditdesk.services.workspace import open_workspace
from creditdesk.ui.shell import app
from creditdesk.ui.shell.fonts import BUNDLED_FAMILY, choose_cjk_family, register_bundled_fonts

PROJECT_ROOT = Path(__file__).resolve().parents[3]


def _headless_env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PROJECT_ROOT), env.get("PYTHONPATH")]))
    return env


def test_quit_when_ready_exits_zero_after_the_window_first_paints(tmp_path: Path) -> None:
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "creditdesk",
            "--workspace",
            str(tmp_path / "ws"),
            "--quit-when-ready",
        ],
        env=_headless_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert completed.returncode == 0, completed.stderr
    assert (tmp_path / "ws").is_dir()


def test_locked_workspace_is_reported_in_chinese_and_exits_with_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        app, "show_error", lambda _parent, error, _title=None: shown.append(str(error))
    )
    with open_workspace(tmp_path / "ws", user="王芳"):
        # Fails before any event loop runs, so it is safe to call in the test process.
        status = app.run_gui(tmp_path / "ws", None, demo=False, quit_when_ready=True)
    assert status == 1
    assert len(shown) == 1
    assert "王芳" in shown[0]
    assert "正被" in shown[0]


def test_demo_mode_builds_a_missing_demo_workspace_then_opens_it(tmp_path: Path) -> None:
    directory = tmp_path / "demo"
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "creditdesk",
            "--demo",
            "--workspace",
            str(directory),
            "--quit-when-ready",
        ],
        env=_headless_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert completed.returncode == 0, completed.stderr
    with open_workspace(directory, backup=False) as workspace:
        assert len(list_units(workspace.context)) > 10


def test_bundled_chinese_font_is_registered(qapp: QApplication) -> None:
    assert BUNDLED_FAMILY in register_bundled_fonts()


def test_preferred_system_cjk_font_wins_over_the_bundled_one() -> None:
    assert choose_cjk_family(["Arial", "SimSun", "Noto Sans CJK SC"]) == "Noto Sans CJK SC"
    assert choose_cjk_family(["Arial", "Microsoft YaHei", "SimSun"]) == "Microsoft YaHei"
    assert choose_cjk_family(["Arial", "DejaVu Sans"]) == BUNDLED_FAMILY


HEAVY_MODULES = ("reportlab", "matplotlib", "openpyxl", "docx")

_VISIT_EVERY_PAGE = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication
    from creditdesk.services.workspace import open_workspace
    from creditdesk.ui.shell.main_window import MainWindow

    qapp = QApplication([])
    with open_workspace(Path(sys.argv[1]), backup=False) as workspace:
        window = MainWindow(workspace)
        window.show()
        for row, page in enumerate(window.pages):
            loop = QEventLoop()
            page.loaded.connect(loop.quit)
            QTimer.singleShot(10000, loop.quit)
            window.show_page(row)
            if page.is_loading():
                loop.exec()
        window.close()
    print(json.dumps(sorted(m for m in sys.argv[2:] if m in sys.modules)))
    """
)


def test_main_window_does_not_import_document_libraries(
    tmp_path: Path, demo_template: Path
) -> None:
    """PDF, chart, spreadsheet and Word libraries load only when a report or import needs them.

    Run in a fresh interpreter: other tests in this process may have imported them.
    """
    directory = tmp_path / "demo"
    shutil.copytree(demo_template, directory)
    completed = subprocess.run(
        [sys.executable, "-c", _VISIT_EVERY_PAGE, str(directory), *HEAVY_MODULES],
        env=_headless_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert completed.returncode == 0, completed.stderr
    assert json.loads(completed.stdout.strip().splitlines()[-1]) == []
