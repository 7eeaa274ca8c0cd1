"""Start-up time: process start to the main window's first paint, against a bare Qt program.

The bare program imports PySide6 and sqlalchemy.orm, shows an empty QMainWindow and quits
after its first paint: the least any PySide6 + SQLAlchemy desktop program pays. CreditDesk
runs as ``creditdesk --workspace DIR --quit-when-ready`` on a copy of the demo office (or on
``--workspace DIR``, e.g. one made by make_workspace.py). Each is run several times as a
fresh process, alternating; the script prints both medians and their ratio (target ≤ 1.6).

    python tests/benchmarks/bench_startup.py [--runs 7] [--workspace DIR]

Without a display it uses Qt's offscreen platform; set QT_QPA_PLATFORM to measure another.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
TARGET_RATIO = 1.6

BARE_PROGRAM = """
import sys
import sqlalchemy.orm  # noqa: F401
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class QuitOnPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
quitter = QuitOnPaint()
window.installEventFilter(quitter)
window.show()
sys.exit(app.exec())
"""


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PROJECT_ROOT), env.get("PYTHONPATH")]))
    return env


def _time(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    completed = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    elapsed = time.perf_counter() - start
    if completed.returncode != 0:
        raise SystemExit(f"{' '.join(command[:3])}… failed:\n{completed.stderr}")
    return elapsed


def _demo_workspace(parent: Path) -> Path:
    sys.path.insert(0, str(PROJECT_ROOT))
    from creditdesk.services.demo import build_demo

    directory = parent / "demo"
    build_demo(directory, dt.date.today())
    return directory


def main() -> int:
    """Measure, print the medians and the ratio; exit 1 when the ratio misses the target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs of each program (default 7)")
    parser.add_argument("--workspace", type=Path, help="workspace to open (default: the demo)")
    args = parser.parse_args()
    env = _environment()
    with tempfile.TemporaryDirectory(prefix="creditdesk-bench-") as scratch:
        workspace = args.workspace or _demo_workspace(Path(scratch))
        app = [sys.executable, "-m", "creditdesk", "--workspace", str(workspace)]
        app.append("--quit-when-ready")
        bare = [sys.executable, "-c", BARE_PROGRAM]
        _time(app, env)  # warm the file cache and let the first open finish its own setup
        _time(bare, env)
        app_times: list[float] = []
        bare_times: list[float] = []
        for _ in range(args.runs):
            bare_times.append(_time(bare, env))
            app_times.append(_time(app, env))
    bare_median = statistics.median(bare_times)
    app_median = statistics.median(app_times)
    ratio = app_median / bare_median
    print(f"bare PySide6 + SQLAlchemy window: median {bare_median * 1000:.0f} ms")
    print(f"creditdesk --quit-when-ready:     median {app_median * 1000:.0f} ms")
    verdict = "ok" if ratio <= TARGET_RATIO else "over target"
    print(f"ratio {ratio:.2f} (target ≤ {TARGET_RATIO}) — {verdict}")
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    raise SystemExit(main())
