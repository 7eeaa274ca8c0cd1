"""The architecture holds: Qt stays in creditdesk/ui, heavy libraries load only when used."""

from __future__ import annotations

import subprocess
import sys

NON_UI = [
    "creditdesk.model",
    "creditdesk.services.workspace",
    "creditdesk.services.obligations",
    "creditdesk.services.status",
    "creditdesk.services.overview",
    "creditdesk.services.demo",
    "creditdesk.services.backups",
    "creditdesk.parsing",
    "creditdesk.output",
    "creditdesk.cli",
]


def _modules_after_import(modules: list[str]) -> set[str]:
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + "print('\\n'.join(sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_model_services_parsing_output_never_load_qt() -> None:
    """Services, model, parsing and output stay usable without Qt (CLI, tests, servers)."""
    loaded = _modules_after_import(NON_UI)
    assert not {m for m in loaded if m.startswith("PySide6")}


def test_command_line_start_does_not_load_report_libraries() -> None:
    """`creditdesk status` starts fast: reportlab, matplotlib and openpyxl load only when used."""
    loaded = _modules_after_import(["creditdesk.cli", "creditdesk.services.status"])
    assert not {m.split(".")[0] for m in loaded} & {"reportlab", "matplotlib", "openpyxl", "docx"}
