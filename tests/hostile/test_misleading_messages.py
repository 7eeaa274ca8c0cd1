"""Issue 12 item 12: messages that named the wrong cause now name the right one.

An owner-password-only or AES-encrypted PDF is read (not called 损坏); a UTF-8 plan with one
damaged byte is read with a note (not sent back to be re-saved as UTF-8); a Big5 plan is
read as Big5; the size refusal states the file's real size.
"""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest
from pypdf.errors import DependencyError
from reportlab.pdfgen import canvas

from creditdesk.parsing.documents import DocumentError, read_document
from creditdesk.services.plan_import import read_plan_with_notes

PLANS = Path(__file__).resolve().parents[1] / "data" / "plans"
LINE = "Task one: collect and report the credit information of every member unit."


def _pdf(path: Path, user: str = "", owner: str = "", algorithm: str | None = None) -> Path:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, LINE)
    page.save()
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(out.getvalue())))
    if algorithm is not None:
        writer.encrypt(user_password=user, owner_password=owner, algorithm=algorithm)
    with path.open("wb") as f:
        writer.write(f)
    return path


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-128", "AES-256"])
def test_owner_password_only_pdf_is_read_like_any_viewer_reads_it(
    tmp_path: Path, algorithm: str
) -> None:
    """Only an owner (permissions) password: the text is read, whatever the cipher."""
    path = _pdf(tmp_path / "方案.pdf", owner="office", algorithm=algorithm)
    document = read_document(path)
    assert any(LINE in p.text for p in document.paragraphs)


def test_pdf_that_needs_a_password_to_open_says_so_not_damaged(tmp_path: Path) -> None:
    """A user (open) password is reported as such, never as a damaged file."""
    path = _pdf(tmp_path / "方案.pdf", user="1234", owner="office", algorithm="AES-256")
    with pytest.raises(DocumentError, match="打开密码") as caught:
        read_document(path)
    assert "损坏" not in str(caught.value)


def test_aes_pdf_is_read_through_pdfium_when_pypdf_lacks_its_cipher(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without pypdf's AES support (cryptography missing) the PDF is still read."""
    path = _pdf(tmp_path / "方案.pdf", owner="office", algorithm="AES-128")

    def missing(*_args: object) -> None:
        raise DependencyError("cryptography>=3.1 is required for AES algorithm")

    monkeypatch.setattr(pypdf.PdfReader, "decrypt", missing)
    document = read_document(path)
    assert any(LINE in p.text.replace("\r", "") for p in document.paragraphs)


def test_utf8_plan_with_one_damaged_byte_is_read_with_a_note(tmp_path: Path) -> None:
    """One bad byte in a UTF-8 plan: tasks read, a note says where to check."""
    good = (PLANS / "beiguan-2023-plan.txt").read_bytes()
    middle = len(good) // 2
    while good[middle] < 0x80:
        middle += 1
    path = tmp_path / "方案.txt"
    path.write_bytes(good[:middle] + b"\xff" + good[middle + 1 :])
    draft, notes = read_plan_with_notes(path)
    expected, _ = read_plan_with_notes(PLANS / "beiguan-2023-plan.txt")
    assert len(draft.tasks) == len(expected.tasks) > 0
    assert any("UTF-8" in n and "损坏" in n for n in notes)
    assert not any("另存为" in n for n in notes)


@pytest.mark.parametrize(
    "text",
    [
        "（一）歸集。責任單位：縣財政局。\n",  # GB18030 also decodes these bytes, as mojibake
        "2024年社會信用體系建設工作要點\n\n一、信用信息歸集\n\n"
        "（一）歸集報送雙公示信息。責任單位：縣財政局、縣稅務局。每季度報送。\n\n"
        "（二）開展信用承諾。責任單位：縣市場監管局。\n",
    ],
)
def test_big5_plan_is_read_as_big5(tmp_path: Path, text: str) -> None:
    """A traditional-Chinese plan saved in Big5 gives its text and tasks, not mojibake."""
    path = tmp_path / "方案.txt"
    path.write_bytes(text.encode("big5"))
    document = read_document(path)
    assert [p.text for p in document.paragraphs] == [t for t in text.split("\n") if t]
    draft, _ = read_plan_with_notes(path)
    assert len(draft.tasks) == text.count("（")


def test_size_refusal_states_the_real_size(tmp_path: Path) -> None:
    """A file just over the limit is not described as “50 MB exceeds the 50 MB limit”."""
    path = tmp_path / "方案.txt"
    path.write_bytes(b"a" * (1024 * 1024 + 1))
    with pytest.raises(DocumentError) as caught:
        read_document(path, max_bytes=1024 * 1024)
    message = str(caught.value)
    assert "1,048,577 字节" in message and "1 MB（1,048,576 字节）的上限" in message
