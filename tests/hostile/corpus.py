"""The hostile-file corpus: each entry a recipe that writes one bad file into a folder.

Files a tester would throw at the importers — empty, junk, truncated, renamed, encrypted,
zip bombs, forged spreadsheets, unsupported zip versions, files that are not files — made on
the fly so the repository holds recipes, not binaries.
"""

from __future__ import annotations

import io
import os
import random
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

from hostile import workbooks

PLANS = Path(__file__).resolve().parents[1] / "data" / "plans"
DOCX = PLANS / "beiguan-2023-plan.docx"

Recipe = Callable[[Path], Path]


def _bytes(name: str, data: bytes) -> Recipe:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return make


def _junk(size: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(size)


def _zip(name: str, members: dict[str, bytes]) -> Recipe:
    def make(folder: Path) -> Path:
        path = folder / name
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for member, data in members.items():
                archive.writestr(member, data)
        return path

    return make


def _truncated(name: str, source: Recipe) -> Recipe:
    def make(folder: Path) -> Path:
        whole = source(folder).read_bytes()
        path = folder / name
        path.write_bytes(whole[: len(whole) // 2])
        return path

    return make


def _copy_docx(name: str) -> Recipe:
    return _bytes(name, DOCX.read_bytes())


def _patched(name: str, source: Recipe, **patch: int) -> Recipe:
    def make(folder: Path) -> Path:
        path = source(folder)
        target = folder / name
        path.rename(target)
        return workbooks.patch_zip(target, **patch)

    return make


def _workbook(name: str, build: Callable[[Path], Path]) -> Recipe:
    return lambda folder: build(folder / name)


def _roster_xlsx(folder: Path) -> Path:
    return workbooks.write_rows(folder / "ok.xlsx", workbooks.ROSTER_ROWS)


def _sparse(name: str, size: int) -> Recipe:
    def make(folder: Path) -> Path:
        path = folder / name
        with path.open("wb") as f:
            f.truncate(size)
        return path

    return make


def _directory(name: str) -> Recipe:
    def make(folder: Path) -> Path:
        path = folder / name
        path.mkdir()
        return path

    return make


def _fifo(name: str) -> Recipe:
    def make(folder: Path) -> Path:
        path = folder / name
        os.mkfifo(path)
        return path

    return make


def _symlink(name: str, target: str) -> Recipe:
    def make(folder: Path) -> Path:
        path = folder / name
        path.symlink_to(target)
        return path

    return make


def _pdf_with_password(folder: Path) -> Path:
    import pypdf

    writer = pypdf.PdfWriter()
    writer.add_blank_page(595, 842)
    writer.encrypt(user_password="1234", owner_password="office", algorithm="AES-256")
    path = folder / "open_password.pdf"
    with path.open("wb") as f:
        writer.write(f)
    return path


def _blank_pdf(folder: Path) -> Path:
    import pypdf

    writer = pypdf.PdfWriter()
    writer.add_blank_page(595, 842)
    out = io.BytesIO()
    writer.write(out)
    path = folder / "scanned.pdf"
    path.write_bytes(out.getvalue())
    return path


def _laughs_sheet(xml: str) -> str:
    """The sheet with an entity expanding to a billion characters in its first cell."""
    entities = '<!ENTITY a0 "haha">' + "".join(
        f'<!ENTITY a{i} "{("&a" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    )
    body = re.sub(r"^<\?xml[^>]*\?>", "", xml)
    body = re.sub(r"<t>[^<]*</t>", "<t>&a9;</t>", body, count=1)
    return f'<?xml version="1.0"?><!DOCTYPE worksheet [{entities}]>{body}'


def _laughs_xlsx(folder: Path) -> Path:
    path = workbooks.write_rows(folder / "billion_laughs.xlsx", workbooks.ROSTER_ROWS)
    return workbooks.rewrite_member(path, workbooks.SHEET, _laughs_sheet)


_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MANIFEST = b'{"created_at": "x", "program_version": "0", "files": {"../../evil.txt": "0"}}'

CORPUS: dict[str, Recipe] = {
    "empty.docx": _bytes("empty.docx", b""),
    "empty.xlsx": _bytes("empty.xlsx", b""),
    "empty.csv": _bytes("empty.csv", b""),
    "empty.zip": _bytes("empty.zip", b""),
    "blank_lines.txt": _bytes("blank_lines.txt", b"\r\n \n\t\n"),
    "junk.docx": _bytes("junk.docx", _junk(4096, 1)),
    "junk.xlsx": _bytes("junk.xlsx", _junk(4096, 2)),
    "junk.pdf": _bytes("junk.pdf", _junk(4096, 3)),
    "junk.zip": _bytes("junk.zip", _junk(4096, 4)),
    "junk.exe": _bytes("junk.exe", b"MZ" + _junk(4096, 5)),
    "binary.txt": _bytes("binary.txt", b"\x00" * 2048 + _junk(2048, 6)),
    "binary.csv": _bytes("binary.csv", b"\x00" * 2048 + _junk(2048, 7)),
    "truncated.docx": _truncated("truncated.docx", _copy_docx("whole.docx")),
    "truncated.xlsx": _truncated("truncated.xlsx", _roster_xlsx),
    "ole_renamed.docx": _bytes("ole_renamed.docx", _OLE + _junk(4096, 8)),
    "ole_encrypted.xlsx": _bytes(
        "ole_encrypted.xlsx", _OLE + "EncryptionInfo".encode("utf-16-le") + _junk(4096, 9)
    ),
    "zip_bomb.docx": _zip("zip_bomb.docx", {"word/document.xml": b"\0" * (50 << 20)}),
    "zip_bomb.xlsx": _zip("zip_bomb.xlsx", {"xl/workbook.xml": b"\0" * (50 << 20)}),
    "zip_many_members.docx": _zip("zip_many_members.docx", {f"m{i}": b"" for i in range(6000)}),
    "zip_without_body.docx": _zip("zip_without_body.docx", {"hello.txt": b"hi"}),
    "docx_garbage_body.docx": _zip(
        "docx_garbage_body.docx",
        {"[Content_Types].xml": b"<bad", "word/document.xml": b"<w:document><unclosed"},
    ),
    "xlsx_garbage_sheet.xlsx": _zip(
        "xlsx_garbage_sheet.xlsx",
        {"xl/workbook.xml": b"<workbook><sheets><sheet", "xl/worksheets/sheet1.xml": b"<<<"},
    ),
    "word_renamed.xlsx": _copy_docx("word_renamed.xlsx"),
    "xlsx_renamed.csv": _workbook("xlsx_renamed.csv", lambda p: _roster_xlsx(p.parent).rename(p)),
    "stray_value.xlsx": _workbook("stray_value.xlsx", workbooks.stray_value),
    "merge_bomb.xlsx": _workbook("merge_bomb.xlsx", workbooks.merge_bomb),
    "cell_flood.xlsx": _workbook("cell_flood.xlsx", workbooks.cell_flood),
    "billion_laughs.xlsx": _laughs_xlsx,
    "zip_version_64.docx": _patched("zip_version_64.docx", _copy_docx("v.docx"), version=64),
    "zip_version_64.xlsx": _patched("zip_version_64.xlsx", _roster_xlsx, version=64),
    "deflate64.docx": _patched("deflate64.docx", _copy_docx("d.docx"), method=9),
    "deflate64.xlsx": _patched("deflate64.xlsx", _roster_xlsx, method=9),
    "pdf_garbage.pdf": _bytes("pdf_garbage.pdf", b"%PDF-1.7\n" + _junk(4096, 10)),
    "open_password.pdf": _pdf_with_password,
    "scanned.pdf": _blank_pdf,
    "huge_sparse.docx": _sparse("huge_sparse.docx", 60 << 20),
    "huge_sparse.csv": _sparse("huge_sparse.csv", 40 << 20),
    "huge_line.csv": _bytes("huge_line.csv", b"a" * (1 << 20) + b'"' + b"b" * (1 << 20)),
    "latin_only.txt": _bytes("latin_only.txt", b"hello world\n" * 50),
    "backup_traversal.zip": _zip(
        "backup_traversal.zip", {"manifest.json": _MANIFEST, "../../evil.txt": b"x"}
    ),
    "folder.docx": _directory("folder.docx"),
    "fifo.txt": _fifo("fifo.txt"),
    "fifo.csv": _fifo("fifo.csv"),
    "broken_link.xlsx": _symlink("broken_link.xlsx", "/nonexistent/creditdesk/x.xlsx"),
    "device_link.txt": _symlink("device_link.txt", "/dev/zero"),
}
