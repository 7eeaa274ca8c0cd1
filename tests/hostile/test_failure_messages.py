"""Issue 12 item 10: failures end in one Chinese line, never a traceback or SQL parameters."""

from __future__ import annotations

import shutil
from pathlib import Path

import psycopg
import pytest
from hostile.workbooks import ROSTER_ROWS, patch_zip, write_rows
from sqlalchemy.exc import OperationalError

from creditdesk.cli import main
from creditdesk.parsing.documents import DocumentError, read_document
from creditdesk.parsing.roster_sheet import RosterSheetError, read_roster_sheet
from creditdesk.services import roster_import
from creditdesk.services.failures import describe_failure
from creditdesk.services.roster import list_units
from creditdesk.services.workspace import open_workspace

PLANS = Path(__file__).resolve().parents[1] / "data" / "plans"
PERSONAL = ("张三", "13800000001", "zhangsan@example.cn")


def _dropped(reason: str) -> OperationalError:
    """What SQLAlchemy raises when the server goes away, carrying the row's parameters."""
    params = {"liaison": PERSONAL[0], "mobile": PERSONAL[1], "email": PERSONAL[2]}
    return OperationalError(
        "INSERT INTO unit (liaison, mobile, email)", params, psycopg.OperationalError(reason)
    )


@pytest.mark.parametrize(
    ("reason", "expected"),
    [
        ("server closed the connection unexpectedly", "连接中断，本次操作未保存"),
        ('FATAL:  password authentication failed for user "clerk"', "用户名或密码错误"),
        ("connection failed: Connection refused", "服务器未启动"),
    ],
)
def test_database_failures_are_described_without_their_parameters(
    reason: str, expected: str
) -> None:
    """The message says what happened and holds none of the liaison's data."""
    message = describe_failure(_dropped(reason))
    assert expected in message
    assert not any(p in message for p in PERSONAL) and "INSERT" not in message


def test_connection_dropped_mid_import_prints_one_line_without_personal_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """import-roster losing the server mid-way: exit 1, one line, nothing written."""
    path = write_rows(
        tmp_path / "名册.xlsx",
        (("单位名称", "联络员", "手机", "电子邮箱"), ("县发改委", *PERSONAL)),
    )

    def drop(*_args: object) -> None:
        raise _dropped("server closed the connection unexpectedly")

    monkeypatch.setattr(roster_import, "apply_roster_import", drop)
    ws = tmp_path / "ws"
    assert main(["import-roster", str(path), "--workspace", str(ws)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "连接中断" in err
    assert not any(p in err for p in PERSONAL) and "Traceback" not in err
    with open_workspace(ws, backup=False) as workspace:
        assert list_units(workspace.context) == []


def test_database_server_down_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--database pointing at a closed port: exit 1 and a sentence, no traceback."""
    url = "postgresql+psycopg://clerk:secret@127.0.0.1:1/creditdesk"
    assert main(["status", "--period", "2024Q3", "--database", url]) == 1
    err = capsys.readouterr().err
    assert err.startswith("creditdesk: 无法连接共享数据库") and err.count("\n") == 1
    assert "secret" not in err


@pytest.mark.parametrize(("version", "method"), [(64, None), (None, 9)])
def test_docx_and_xlsx_with_unsupported_zip_version_or_method_are_refused_by_name(
    tmp_path: Path, version: int | None, method: int | None
) -> None:
    """A zip needing a newer version, or Deflate64, ends in a message naming the file."""
    docx = tmp_path / "方案.docx"
    shutil.copy(PLANS / "beiguan-2023-plan.docx", docx)
    patch_zip(docx, version=version, method=method)
    with pytest.raises(DocumentError, match=r"方案\.docx.*不受?支持"):
        read_document(docx)
    xlsx = patch_zip(
        write_rows(tmp_path / "名册.xlsx", ROSTER_ROWS), version=version, method=method
    )
    with pytest.raises(RosterSheetError, match=r"名册\.xlsx.*不受?支持"):
        read_roster_sheet(xlsx)


def test_backup_archive_with_unsupported_zip_method_is_refused_and_workspace_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """restore of a Deflate64 archive: exit 1, one line, the workspace unchanged."""
    ws = tmp_path / "ws"
    roster = write_rows(tmp_path / "名册.xlsx", ROSTER_ROWS)
    assert main(["import-roster", str(roster), "--workspace", str(ws)]) == 0
    archive = tmp_path / "备份.zip"
    assert main(["backup", "--workspace", str(ws), "--out", str(archive)]) == 0
    capsys.readouterr()
    patch_zip(archive, method=9)
    assert main(["restore", str(archive), "--workspace", str(ws)]) == 1
    err = capsys.readouterr().err
    assert "支持" in err and err.count("\n") == 1
    with open_workspace(ws, backup=False) as workspace:
        assert [u.name for u in list_units(workspace.context)] == ["县发改委", "县财政局"]
