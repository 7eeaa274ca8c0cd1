"""Issue 12 item 7: a stored name never writes outside the folder it is written into."""

from __future__ import annotations

from pathlib import Path

import pytest

from creditdesk.services.attachments import export_copy, store_file
from creditdesk.services.file_names import MAX_NAME_BYTES, safe_file_name
from creditdesk.services.notice_letters import pdf_file_name

HOSTILE = {
    "../../evil.txt": "evil.txt",
    "..\\..\\启动\\evil.exe": "evil.exe",
    "/etc/passwd": "passwd",
    "C:\\Windows\\System32\\x.dll": "x.dll",
    "C:x.docx": "C_x.docx",
    "CON": "_CON",
    "con.txt": "_con.txt",
    "NUL.pdf": "_NUL.pdf",
    "LPT1.tar.gz": "_LPT1.tar.gz",
    "..": "附件",
    "": "附件",
    "///": "附件",
    "报告\x00\x07.docx": "报告__.docx",
    "名册 . ": "名册",
    'a<b>c:"d"|e?f*.xlsx': "a_b_c__d__e_f_.xlsx",
}


@pytest.mark.parametrize(("stored", "expected"), HOSTILE.items())
def test_stored_name_becomes_one_safe_component(stored: str, expected: str) -> None:
    """Folders, drive letters, device names and forbidden characters are taken out."""
    assert safe_file_name(stored) == expected


def test_overlong_name_is_cut_keeping_its_extension() -> None:
    """A 400-character name is shortened to fit every file system, extension kept."""
    name = safe_file_name("信" * 400 + ".docx")
    assert name.endswith("信.docx") and len(name.encode("utf-8")) <= MAX_NAME_BYTES


def test_notice_pdf_name_for_a_499_character_unit_is_short_and_safe() -> None:
    """The notice file name of an over-long unit with slashes stays one short component."""
    name = pdf_file_name("青信用办督〔2026〕4号", "某/单位\\" + "长" * 499)
    assert name.startswith("青信用办督〔2026〕4号-某_单位_长") and name.endswith(".pdf")
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES


@pytest.mark.parametrize("stored", [n for n in HOSTILE if n])
def test_opening_an_attachment_with_a_hostile_name_stays_in_its_folder(
    tmp_path: Path, stored: str
) -> None:
    """export_copy (open / save an attachment) writes only inside the chosen folder."""
    source = tmp_path / "材料.docx"
    source.write_bytes(b"content")
    store = tmp_path / "attachments"
    saved = store_file(store, source)
    folder = tmp_path / "open" / "12"
    target = export_copy(store, saved.sha256, stored, folder)
    assert target.parent == folder and target.read_bytes() == b"content"
    written = {p for p in tmp_path.rglob("*") if p.is_file()} - {source}
    assert {p for p in written if store not in p.parents} == {target}
    assert not (tmp_path / "evil.txt").exists() and not (tmp_path.parent / "evil.txt").exists()
