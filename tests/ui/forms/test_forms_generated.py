"""The committed Python of each Designer form matches what pyside6-uic makes from forms/*.ui."""

from __future__ import annotations

from pathlib import Path

import pytest

from creditdesk.ui.forms import regenerate


def _without_header(source: str) -> str:
    """Drop the generator's comment block, which names the uic version."""
    return "\n".join(line for line in source.splitlines() if not line.startswith("#"))


def test_every_form_has_a_committed_module() -> None:
    forms = regenerate.form_files()
    assert forms, "forms/ holds no .ui files"
    missing = [form.name for form in forms if not regenerate.module_path(form).exists()]
    assert missing == []


@pytest.mark.parametrize("form", regenerate.form_files(), ids=lambda form: Path(form).stem)
def test_committed_module_is_up_to_date_with_its_form(form: Path) -> None:
    """Editing a .ui file without running ``python -m creditdesk.ui.forms.regenerate`` fails."""
    committed = regenerate.module_path(form).read_text(encoding="utf-8")
    assert _without_header(regenerate.generate(form)) == _without_header(committed)
