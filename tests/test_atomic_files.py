"""Every file the program writes appears whole or not at all, through one helper."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from creditdesk import atomic_files

PACKAGE = Path(atomic_files.__file__).parent
# modules that write on their own: several renames committed together (report.py's PDF and
# xlsx, a restore's swap), a store whose file name (the hash) is known only after the copy,
# the lock's owner note (rewritten under the lock), a scratch copy in a temporary folder
EXEMPT = {
    "atomic_files.py",
    "report.py",
    "restore_journal.py",
    "attachments.py",
    "workspace_lock.py",
    "spreadsheet.py",
}


def test_a_failing_writer_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "名册.xlsx"
    target.write_bytes(b"old")
    with pytest.raises(OSError), atomic_files.atomic_open(target) as handle:
        handle.write(b"half of the new")
        raise OSError(28, "No space left on device")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["名册.xlsx"]


def test_a_finished_write_replaces_the_target(tmp_path: Path) -> None:
    target = tmp_path / "通知.pdf"
    target.write_bytes(b"old")
    atomic_files.write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["通知.pdf"]


def test_leftovers_of_killed_writers_are_swept_and_nothing_else(tmp_path: Path) -> None:
    (tmp_path / "ab").mkdir()
    left = atomic_files.part_path(tmp_path / "ab" / "ab12")
    left.write_bytes(b"half")
    kept = [tmp_path / "ab" / "ab12", tmp_path / "ab" / "note.part", tmp_path / ".hidden"]
    for path in kept:
        path.write_bytes(b"keep")
    assert atomic_files.remove_leftover_parts(tmp_path) == [left]
    assert all(path.exists() for path in kept)


def test_no_writer_bypasses_the_helper() -> None:
    """os.replace, Path.write_bytes/write_text and temp files only in the named modules."""
    pattern = re.compile(r"os\.replace\(|\.write_bytes\(|\.write_text\(|NamedTemporaryFile")
    offenders = [
        f"{path.relative_to(PACKAGE)}:{number}"
        for path in PACKAGE.rglob("*.py")
        if path.name not in EXEMPT and "forms" not in path.parts
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
        and not line.lstrip().startswith("#")
        and "atomic_files." not in line
    ]
    assert offenders == []
