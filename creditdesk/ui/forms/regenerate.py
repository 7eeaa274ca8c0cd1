"""Regenerate the committed Python of every Designer form in forms/ with pyside6-uic.

The generated modules are committed so a checkout runs without a build step;
``tests/ui/forms/test_forms_generated.py`` regenerates them and fails when one is out of date.
Run from anywhere with ``python -m creditdesk.ui.forms.regenerate``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

FORMS_PACKAGE = Path(__file__).resolve().parent
FORMS_DIR = FORMS_PACKAGE.parent.parent.parent / "forms"


def form_files() -> list[Path]:
    """The .ui files of the project, in name order."""
    return sorted(FORMS_DIR.glob("*.ui"))


def module_path(form: Path) -> Path:
    """Where the generated module of ``form`` lives: ``forms/inbox_page.ui`` → ``ui_inbox_page.py``."""
    return FORMS_PACKAGE / f"ui_{form.stem}.py"


def _uic() -> str:
    # The venv's scripts folder first, so the generator matches the installed PySide6.
    found = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-uic"
    )
    if found is None:
        raise SystemExit("pyside6-uic not found; install PySide6 into this environment")
    return found


def generate(form: Path) -> str:
    """The Python source pyside6-uic makes from ``form``."""
    completed = subprocess.run(
        [_uic(), form.name],
        cwd=form.parent,
        check=True,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    return completed.stdout


def main() -> int:
    """Write every generated module and report which ones changed."""
    for form in form_files():
        target = module_path(form)
        source = generate(form)
        old = target.read_text(encoding="utf-8") if target.exists() else None
        if old != source:
            target.write_text(source, encoding="utf-8", newline="\n")
            print(f"updated {target.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
