"""The roster's services, readers and writers run without Qt (command line, tests, servers)."""

from __future__ import annotations

import subprocess
import sys

MODULES = [
    "creditdesk.parsing.roster_sheet",
    "creditdesk.parsing.roster_text",
    "creditdesk.parsing.progress_sheet",
    "creditdesk.output.roster_xlsx",
    "creditdesk.output.progress_sheet_xlsx",
    "creditdesk.services.roster_edit",
    "creditdesk.services.roster_groups",
    "creditdesk.services.unit_merge",
    "creditdesk.services.roster_import",
    "creditdesk.services.roster_mapping",
    "creditdesk.services.roster_export",
    "creditdesk.services.progress_sheets",
]


def test_roster_modules_never_load_qt() -> None:
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in MODULES)
        + ("print('\\n'.join(m for m in sys.modules if m.startswith('PySide6')))")
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
