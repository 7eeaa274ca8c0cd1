"""The architecture holds: the layers and Qt only in creditdesk/ui (import-linter contracts), and
heavy libraries load only when used."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from importlinter.cli import lint_imports

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def _modules_after_import(modules: list[str]) -> set[str]:
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + "print('\\n'.join(sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_import_contracts_hold() -> None:
    """The layers and "Qt only in ui" of pyproject.toml's import-linter contracts, as in CI.

    Every module is covered, new ones included: a service importing from ui, or parsing
    importing PySide6, fails here.
    """
    assert (
        lint_imports(
            config_filename=str(PROJECT_ROOT / "pyproject.toml"), no_cache=True, no_logo=True
        )
        == 0
    )


def test_command_line_start_does_not_load_report_libraries() -> None:
    """`creditdesk status` starts fast: reportlab, matplotlib and openpyxl load only when used."""
    loaded = _modules_after_import(["creditdesk.cli", "creditdesk.services.status"])
    assert not {m.split(".")[0] for m in loaded} & {"reportlab", "matplotlib", "openpyxl", "docx"}
