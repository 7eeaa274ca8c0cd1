"""Issue 12: every hostile file through every importer ends in one message and changes nothing.

Each file of :data:`hostile.corpus.CORPUS` goes through import-plan, import-roster and
restore on the command line, and through the progress-sheet import; files that are not
regular files also go through logging a submission's attachments.  Each run must exit
non-zero (or raise the service's ``UserError``) with a one-line Chinese message within
seconds, and leave the seeded workspace's database exactly as it was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hostile.corpus import CORPUS, PLANS
from hostile.workbooks import ROSTER_ROWS, write_rows
from sqlalchemy import select

from creditdesk.cli import main
from creditdesk.model import Base
from creditdesk.services.errors import UserError
from creditdesk.services.progress_sheets import preview_progress_import
from creditdesk.services.roster import list_units
from creditdesk.services.submissions import SubmissionDraft, log_submission
from creditdesk.services.workspace import open_workspace

CLI_IMPORTERS = {
    "import-plan": lambda path, ws: ["import-plan", str(path), "--workspace", str(ws)],
    "import-roster": lambda path, ws: ["import-roster", str(path), "--workspace", str(ws)],
    "restore": lambda path, ws: ["restore", str(path), "--workspace", str(ws)],
}
NOT_FILES = ("folder.docx", "fifo.txt", "fifo.csv", "broken_link.xlsx", "device_link.txt")


def _dump(directory: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in key order: the workspace's whole state."""
    with open_workspace(directory, backup=False) as workspace, workspace.engine.connect() as db:
        return {
            table.name: [
                tuple(row) for row in db.execute(select(table).order_by(*table.primary_key.columns))
            ]
            for table in Base.metadata.sorted_tables
        }


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, dict[str, Any]]]:
    """A workspace holding a roster and a plan, and its dump."""
    folder = tmp_path_factory.mktemp("hostile")
    ws = folder / "ws"
    roster = write_rows(folder / "名册.xlsx", ROSTER_ROWS)
    assert main(["import-roster", str(roster), "--workspace", str(ws)]) == 0
    plan = PLANS / "beiguan-2023-plan.txt"
    assert main(["import-plan", str(plan), "--workspace", str(ws), "--create-units"]) == 0
    yield ws, _dump(ws)


def _one_message(err: str) -> str:
    lines = [line for line in err.strip().splitlines() if not line.startswith(("提示：", "问题："))]
    assert "Traceback" not in err
    assert len(lines) == 1, err
    assert lines[0].startswith("creditdesk: ")
    return lines[0]


@pytest.mark.timeout(120)
@pytest.mark.parametrize("importer", CLI_IMPORTERS)
@pytest.mark.parametrize("name", CORPUS)
def test_hostile_file_through_cli_importer_is_refused_and_changes_nothing(
    seeded: tuple[Path, dict[str, Any]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    importer: str,
) -> None:
    """Exit 1 with one Chinese line on stderr; the database is as before."""
    ws, before = seeded
    path = CORPUS[name](tmp_path)
    capsys.readouterr()
    assert main(CLI_IMPORTERS[importer](path, ws)) == 1
    _one_message(capsys.readouterr().err)
    assert _dump(ws) == before


@pytest.mark.timeout(120)
@pytest.mark.parametrize("name", CORPUS)
def test_hostile_file_as_progress_sheet_is_refused(
    seeded: tuple[Path, dict[str, Any]], tmp_path: Path, name: str
) -> None:
    """The progress-sheet import refuses with a message naming the file."""
    ws, before = seeded
    path = CORPUS[name](tmp_path)
    with open_workspace(ws, backup=False) as workspace, pytest.raises(UserError) as caught:
        preview_progress_import(workspace.context, path, "2023Q3")
    assert path.name in str(caught.value)
    assert _dump(ws) == before


@pytest.mark.timeout(60)
@pytest.mark.parametrize("name", NOT_FILES)
def test_attachment_that_is_not_a_file_is_refused(
    seeded: tuple[Path, dict[str, Any]], tmp_path: Path, name: str
) -> None:
    """A folder, pipe or dangling link offered as an attachment is refused, nothing logged."""
    ws, before = seeded
    path = CORPUS[name](tmp_path)
    with open_workspace(ws, backup=False) as workspace:
        unit = list_units(workspace.context)[0]
        draft = SubmissionDraft(unit.id, "2023Q3", dt.date(2023, 10, 9), files=(path,))
        with pytest.raises(UserError, match=path.name):
            log_submission(workspace.context, draft)
    assert _dump(ws) == before


def test_corpus_size() -> None:
    """The corpus keeps its breadth (the count is reported in issue 12's closing note)."""
    assert len(CORPUS) >= 45
