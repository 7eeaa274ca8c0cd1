"""Redirected output is UTF-8 on every code page (English Windows' cp1252, Chinese GBK).

Scripts, the installer's smoke test and ``--json`` readers read the program's output from a
pipe; with a non-UTF-8 locale Python would encode it in that locale and crash on Chinese text.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def _run_with_encoding(encoding: str, *args: str) -> subprocess.CompletedProcess[bytes]:
    """The CLI as a child whose stdout/stderr default to ``encoding`` (as on that code page)."""
    env = {**os.environ, "PYTHONIOENCODING": encoding, "PYTHONUTF8": "0"}
    return subprocess.run(
        [sys.executable, "-m", "creditdesk", *args],
        capture_output=True,
        env=env,
        timeout=180,
        check=False,
    )


@pytest.mark.parametrize("encoding", ["cp1252", "gbk", "ascii"])
def test_demo_message_arrives_as_utf8_on_a_non_utf8_code_page(
    tmp_path: Path, encoding: str
) -> None:
    """The demo's Chinese confirmation is readable UTF-8, not a UnicodeEncodeError or GBK."""
    target = tmp_path / "演示"
    done = _run_with_encoding(encoding, "demo", str(target), "--date", "2026-11-22")

    assert b"UnicodeEncodeError" not in done.stderr
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert f"演示工作区已建立：{target}" in done.stdout.decode("utf-8")


def test_error_line_arrives_as_utf8_on_stderr_under_cp1252(tmp_path: Path) -> None:
    """A clerk's error message (Chinese, on stderr) survives an English Windows code page."""
    done = _run_with_encoding(
        "cp1252", "status", "--workspace", str(tmp_path / "无"), "--period", "2026Q7"
    )

    assert b"UnicodeEncodeError" not in done.stderr
    assert done.returncode != 0
    message = done.stderr.decode("utf-8")
    assert any("\u4e00" <= char <= "\u9fff" for char in message), message
