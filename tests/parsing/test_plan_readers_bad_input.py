"""Files the importer must refuse with a clear Chinese message, never a traceback."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from creditdesk.parsing import legacy_reader
from creditdesk.parsing.archive_guard import OLE_MAGIC
from creditdesk.parsing.documents import DocumentError, read_document
from creditdesk.parsing.plan_parser import parse_plan

PLANS = Path(__file__).resolve().parents[1] / "data" / "plans"


def _refused(path: Path) -> str:
    with pytest.raises(DocumentError) as info:
        parse_plan(read_document(path))
    message = str(info.value)
    assert path.name in message
    return message


def test_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "空文件.docx"
    path.write_bytes(b"")
    assert "空" in _refused(path)


def test_junk_renamed_docx_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "方案.docx"
    path.write_bytes(b"this is not a word document at all" * 10)
    assert "不是有效的.docx" in _refused(path)


def test_password_protected_docx_is_refused(tmp_path: Path) -> None:
    """Word saves an encrypted .docx as an OLE container with an EncryptionInfo stream."""
    path = tmp_path / "加密.docx"
    path.write_bytes(OLE_MAGIC + b"\0" * 504 + "EncryptionInfo".encode("utf-16-le") + b"\0" * 600)
    assert "密码" in _refused(path)


def test_old_doc_renamed_docx_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "旧版.docx"
    path.write_bytes(OLE_MAGIC + b"\0" * 2000)
    assert "另存为" in _refused(path)


def test_zip_without_word_body_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "压缩包.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert "word/document.xml" in _refused(path)


def test_zip_bomb_is_refused_before_inflating(tmp_path: Path) -> None:
    """A member that would inflate to hundreds of MB is refused from the zip directory."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        with archive.open("word/media/bomb.bin", "w", force_zip64=True) as member:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(64):
                member.write(chunk)
    path = tmp_path / "炸弹.docx"
    path.write_bytes(buffer.getvalue())
    assert "压缩炸弹" in _refused(path)


def test_file_over_size_limit_is_refused(tmp_path: Path) -> None:
    """A 200 MB file (sparse, so the test is cheap) is refused by size alone."""
    path = tmp_path / "巨大.pdf"
    with path.open("wb") as f:
        f.truncate(200 * 1024 * 1024)
    assert "过大" in _refused(path)


def test_scanned_pdf_without_text_is_refused(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "扫描件.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.rect(50, 50, 400, 600, fill=1)
    pdf.showPage()
    pdf.save()
    assert "扫描件，没有文字层" in _refused(path)


def test_broken_pdf_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "损坏.pdf"
    path.write_bytes(b"%PDF-1.4\n garbage garbage \n%%EOF")
    _refused(path)


def test_document_without_tasks_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "通知.txt"
    path.write_text("关于召开会议的通知\n请各单位准时参加。\n", encoding="utf-8")
    assert "没有找到工作任务" in _refused(path)


def test_unsupported_type_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "图片.png"
    path.write_bytes(b"\x89PNG....")
    assert "不支持" in _refused(path)


def test_missing_file_is_refused(tmp_path: Path) -> None:
    assert "找不到" in _refused(tmp_path / "不存在.docx")


def test_binary_junk_as_txt_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "乱码.txt"
    path.write_bytes(bytes(range(256)) * 40 + b"\0" * 4000)
    _refused(path)


def test_wps_without_libreoffice_asks_to_save_as_docx(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(legacy_reader, "find_office", lambda: None)
    path = tmp_path / "方案.wps"
    path.write_bytes(OLE_MAGIC + b"\0" * 100)
    assert "另存为" in _refused(path)


def test_corrupt_xlsx_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "台账.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", "<not-a-workbook")
    _refused(path)
