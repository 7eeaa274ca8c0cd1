"""The notice PDF: official letter layout (GB/T 9704-2012), fonts embedded, Chinese line breaks."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import subprocess
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from creditdesk.output.cjk_lines import NO_LINE_END, NO_LINE_START, can_break, line_violations
from creditdesk.output.fonts import FontSet
from creditdesk.output.letter_item import LetterItem
from creditdesk.output.notice_pdf import (
    CHAR_PITCH,
    LEFT_MARGIN,
    MM,
    PAGE_HEIGHT,
    TYPE_BOTTOM,
    TYPE_TOP,
    TYPE_WIDTH,
    Letter,
    layout_letter,
    letter_text_positions,
    render_letter,
    render_letters,
)

PdfToText = Any  # the conftest fixture's callable

LONG_PARAGRAPH = (
    "根据《青禾县社会信用体系建设工作要点》（青信用办〔2026〕1号）安排，你单位应于每月5日前报送"
    "“信用工作信息”，于每季度结束后10个工作日内报送《政策文件落实情况报告》。截至目前，下列"
    "事项仍未报送：一是“双公示”信息；二是信用承诺书；三是（含附件）统计表。请高度重视！"
    "联系电话：0391-6218800，传真：0391-6218801。"
)


def _letter(items: int = 3, paragraphs: tuple[str, ...] | None = None, **changes: Any) -> Letter:
    rows = tuple(
        LetterItem(
            f"信用信息简报第{n}项",
            "信用工作信息",
            "2026年第3季度",
            dt.date(2026, 10, 13),
            20 + n,
        )
        for n in range(1, items + 1)
    )
    values: dict[str, Any] = {
        "office_name": "青禾县社会信用体系建设领导小组办公室",
        "number": "青信用办督〔2026〕4号",
        "title": "关于催报社会信用体系建设工作材料的通知",
        "addressee": "青禾县犇淼鑫垚商贸有限公司",
        "paragraphs": paragraphs
        or (
            "截至2026年11月22日，你单位下列工作材料已超过报送期限。",
            "请于2026年11月27日前报送。",
        ),
        "table_at": 1,
        "items": rows,
        "date": dt.date(2026, 11, 22),
        "note": "联系人：李静，联系电话：0391-6218800",
    }
    values.update(changes)
    return Letter(**values)


def test_pdf_text_holds_unit_number_title_items_and_date(
    fonts: FontSet, pdftotext: PdfToText
) -> None:
    text = pdftotext(render_letter(_letter(), fonts))
    flat = re.sub(r"\s+", "", text)
    for expected in (
        "青禾县社会信用体系建设领导小组办公室",
        "青信用办督〔2026〕4号",
        "关于催报社会信用体系建设工作材料的通知",
        "青禾县犇淼鑫垚商贸有限公司：",  # rare characters drawn, colon full-width
        "信用信息简报第3项",
        "信用工作信息",
        "2026年11月22日",
        "（联系人：李静，联系电话：0391-6218800）",
    ):
        assert expected in flat


def test_every_font_in_the_pdf_is_embedded(fonts: FontSet, tmp_path: Path) -> None:
    pdf = tmp_path / "n.pdf"
    pdf.write_bytes(render_letter(_letter(items=30), fonts))
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    rows = out.stdout.splitlines()[2:]
    assert rows
    for row in rows:
        # columns: name type encoding emb sub uni object-id
        assert row.split()[-5] == "yes", row


def test_pages_are_a4(fonts: FontSet) -> None:
    reader = PdfReader(io.BytesIO(render_letter(_letter(items=30), fonts)))
    assert len(reader.pages) > 1
    for page in reader.pages:
        width_mm = float(page.mediabox.width) / MM
        height_mm = float(page.mediabox.height) / MM
        assert abs(width_mm - 210) < 0.5 and abs(height_mm - 297) < 0.5


def _bboxes(data: bytes, tmp_path: Path) -> list[tuple[int, float, float, float, float, str]]:
    """(page, xMin, yMin, xMax, yMax, word) in points from the page's top-left, via poppler."""
    pdf = tmp_path / "b.pdf"
    pdf.write_bytes(data)
    html = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    words = []
    page = 0
    for line in html.splitlines():
        if "<page " in line:
            page += 1
        match = re.search(
            r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>', line
        )
        if match:
            x0, y0, x1, y1 = (float(match.group(i)) for i in range(1, 5))
            words.append((page, x0, y0, x1, y1, match.group(5)))
    return words


def test_text_stays_inside_the_type_area_except_letterhead_and_page_numbers(
    fonts: FontSet, tmp_path: Path
) -> None:
    """Type area 156 × 225 mm at 37 mm from the top and 28 mm from the left."""
    words = _bboxes(render_letter(_letter(items=30), fonts), tmp_path)
    top = 37 * MM
    bottom = top + 225 * MM
    inside = [w for w in words if not (w[0] == 1 and w[5].startswith("青禾县社会信用体系建设领导"))]
    inside = [w for w in inside if not re.fullmatch(r"[—\-–]|\d+", w[5]) or w[2] < bottom]
    assert len(inside) > 50
    slack = 1.0
    for page, x0, y0, x1, y1, word in inside:
        assert LEFT_MARGIN - slack <= x0 and x1 <= LEFT_MARGIN + TYPE_WIDTH + slack, word
        assert top - slack <= y0 and y1 <= bottom + slack, (page, word)
    letterhead = [w for w in words if w[0] == 1 and w[2] < top]
    assert letterhead, "the office name heads the first page above the type area"
    assert abs(letterhead[0][2] - 30 * MM) < 3 * MM  # top edge about 30 mm from the page top


def test_body_lines_follow_the_chinese_punctuation_rules(
    fonts: FontSet, pdftotext: PdfToText
) -> None:
    """No line starts with ，。、；：？！）》」』” nor ends with （《「『“ (long generated body)."""
    starts = [i for i in range(1, len(LONG_PARAGRAPH)) if can_break(LONG_PARAGRAPH, i)]
    paragraphs = tuple(LONG_PARAGRAPH[i:] + LONG_PARAGRAPH[:i] for i in starts[::3])
    text = pdftotext(render_letter(_letter(items=1, paragraphs=paragraphs), fonts), "-layout")
    body = "".join(paragraphs)
    lines = [line.strip() for line in text.splitlines()]
    checked = [line for line in lines if len(line) > 3 and line in body]
    assert len(checked) > 40
    assert line_violations(checked) == []
    starts = {line[0] for line in checked}
    ends = {line[-1] for line in checked}
    assert not starts & NO_LINE_START and not ends & NO_LINE_END


def test_full_body_lines_fill_the_28_character_grid(fonts: FontSet) -> None:
    """Lines are justified to the type area's width; a paragraph's first line is indented 2."""
    letter = _letter(items=1, paragraphs=("信" * 100,))
    page = letter_text_positions(layout_letter(letter, fonts))[0]
    lines = [op for op in page if op["text"].startswith("信信")]
    assert lines[0]["x"] == LEFT_MARGIN + 2 * CHAR_PITCH
    assert len(lines[0]["text"]) == 26 and len(lines[1]["text"]) == 28
    pitch = lines[1]["y"] - lines[2]["y"]
    assert abs(pitch - 225 * MM / 22) < 0.01  # 22 lines per page


def _width(fonts: FontSet, text: str) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    face = fonts.face("fangsong").name
    return float(stringWidth(text, face, 16)) + len(text) * (CHAR_PITCH - 16)


def _signature(words: list[tuple[int, float, float, float, float, str]], name: str) -> tuple:
    last_page = max(w[0] for w in words)
    on_page = [w for w in words if w[0] == last_page]
    signature = [w for w in on_page if w[5] == name][-1]
    date = next(w for w in on_page if w[5] == "2026年11月22日")
    return signature, date


def test_signature_ends_two_characters_from_the_margin_and_the_date_starts_two_right_of_it(
    fonts: FontSet, tmp_path: Path
) -> None:
    """GB/T 9704 7.3.5.2: one empty line after the body, name 右空二字, date 右移二字 below it."""
    letter = _letter()
    signature, date = _signature(
        _bboxes(render_letter(letter, fonts), tmp_path), letter.office_name
    )
    right = LEFT_MARGIN + TYPE_WIDTH - 2 * CHAR_PITCH
    assert abs(signature[3] - right) < 1.0
    assert abs(date[1] - (signature[1] + 2 * CHAR_PITCH)) < 1.0
    assert 0 < date[2] - signature[2] < 225 * MM / 22 + 1  # the next line


def test_a_date_longer_than_the_name_ends_two_characters_from_the_margin(
    fonts: FontSet, tmp_path: Path
) -> None:
    letter = _letter(office_name="青禾县信用办")
    signature, date = _signature(_bboxes(render_letter(letter, fonts), tmp_path), "青禾县信用办")
    assert abs(date[3] - (LEFT_MARGIN + TYPE_WIDTH - 2 * CHAR_PITCH)) < 1.0
    assert abs(date[1] - (signature[1] + 2 * CHAR_PITCH)) < 1.0


OVERDUE_BODY = (
    "根据青禾县社会信用体系建设年度工作安排，截至2026年11月22日，你单位下列3项工作材料"
    "已超过报送期限，至今尚未报送。",
    "请你单位高度重视，于2026年11月27日前将上述材料报送青禾县社会信用体系建设领导小组办公室，"
    "并书面说明逾期原因。逾期仍未报送的，将在季度工作进展情况通报中予以通报。",
    "特此通知。",
)


def _realistic(items: int) -> Letter:
    rows = tuple(
        LetterItem(
            "做好“双公示”信息归集报送工作",
            "行政许可和行政处罚信息报送情况统计表",
            "2026年第3季度",
            dt.date(2026, 10, 15),
            27,
        )
        for _ in range(items)
    )
    return dataclasses.replace(_letter(paragraphs=OVERDUE_BODY), items=rows)


def test_letters_of_one_two_and_three_items_fit_on_one_page(fonts: FontSet) -> None:
    """GB/T 9704 7.3.5: spacing is closed up so that the signature stays with the text."""
    for count in (1, 2, 3):
        reader = PdfReader(io.BytesIO(render_letter(_realistic(count), fonts)))
        assert len(reader.pages) == 1, f"{count} items"
        text = re.sub(r"\s+", "", reader.pages[0].extract_text())
        assert "特此通知。" in text and "2026年11月22日" in text


def test_a_long_letter_still_spills_onto_numbered_pages(fonts: FontSet) -> None:
    pages = layout_letter(_realistic(12), fonts)
    assert len(pages) == 2


def test_document_number_ends_at_the_type_areas_right_edge_under_the_rule(
    fonts: FontSet, tmp_path: Path
) -> None:
    """发文字号: right edge at 28 + 156 = 184 mm, top 7/8 of a 3号 character under the rule."""
    from creditdesk.output.notice_pdf import BODY_SIZE

    letter = _letter()
    words = _bboxes(render_letter(letter, fonts), tmp_path)
    number = next(w for w in words if w[5] == letter.number)
    assert abs(number[3] / MM - 184) < 1.0
    rule = next(op for op in layout_letter(letter, fonts)[0].ops if getattr(op, "width", 0) == 0.7)
    rule_bottom_from_top = PAGE_HEIGHT - (rule.y1 - 0.35)
    gap = number[2] - rule_bottom_from_top  # poppler's box top is the em box top
    assert abs(gap - BODY_SIZE * 7 / 8) < 2.0


def test_letterhead_fits_the_type_area_width(fonts: FontSet, tmp_path: Path) -> None:
    for name in (
        "青禾县社会信用体系建设领导小组办公室",
        "青禾县社会信用体系建设工作领导小组办公室（代章）",
    ):
        words = _bboxes(render_letter(_letter(office_name=name), fonts), tmp_path)
        head = next(w for w in words if w[0] == 1 and w[5] == name)
        assert head[1] >= LEFT_MARGIN - 0.5 and head[3] <= LEFT_MARGIN + TYPE_WIDTH + 0.5


def test_no_paragraph_ends_on_a_line_of_one_character(fonts: FontSet, pdftotext: PdfToText) -> None:
    """送。 alone on a line (a 孤字) is avoided by carrying a character of the line before."""
    for cut in range(40, 56):
        paragraph = "根" * cut + "送。"
        text = pdftotext(render_letter(_letter(items=1, paragraphs=(paragraph,)), fonts), "-layout")
        (last,) = [line.strip() for line in text.splitlines() if line.strip().endswith("送。")]
        assert len(last) > 2, (cut, last)


def test_long_table_repeats_its_header_and_pages_are_numbered_from_the_second(
    fonts: FontSet,
) -> None:
    """Page numbers "— n —": none on page 1 (letter form), odd at the right, even at the left."""
    pages = letter_text_positions(layout_letter(_letter(items=40), fonts))
    assert len(pages) >= 3
    for index, ops in enumerate(pages, start=1):
        headers = [op for op in ops if op["text"] == "工作任务"]
        assert len(headers) == 1, f"page {index} shows the table header once"
        numbers = [op for op in ops if re.fullmatch(r"— \d+ —", op["text"])]
        if index == 1:
            assert numbers == []
            continue
        (number,) = numbers
        assert number["text"] == f"— {index} —"
        assert number["y"] < TYPE_BOTTOM - 7 * MM
        if index % 2:
            assert number["x"] > LEFT_MARGIN + TYPE_WIDTH / 2
        else:
            assert number["x"] < LEFT_MARGIN + TYPE_WIDTH / 2
    assert all(op["y"] <= TYPE_TOP for op in pages[1] if op["size"] <= 16)
    assert PAGE_HEIGHT > TYPE_TOP


def test_same_letter_gives_the_same_bytes(fonts: FontSet) -> None:
    assert render_letter(_letter(), fonts) == render_letter(_letter(), fonts)


def test_batch_pdf_starts_each_notice_on_a_new_sheet_for_duplex(fonts: FontSet) -> None:
    one_page = _letter(items=1)
    reader = PdfReader(io.BytesIO(render_letters([one_page, one_page, one_page], fonts)))
    assert len(reader.pages) == 5  # 1 + blank, 1 + blank, 1
    assert reader.pages[1].extract_text().strip() == ""


def test_letterhead_is_red_unless_the_office_prints_it_black(fonts: FontSet) -> None:
    from creditdesk.output.notice_pdf import BLACK, RED

    def head_colors(letter: Letter) -> set[tuple[float, float, float]]:
        first = layout_letter(letter, fonts)[0]
        colors = set()
        for op in first.ops:
            y = getattr(op, "y", getattr(op, "y1", 0.0))
            if y > PAGE_HEIGHT - 50 * MM or y < 25 * MM:  # name, head rule, foot rule
                colors.add(op.color)
        return colors

    assert head_colors(_letter()) == {RED}
    assert head_colors(_letter(red_header=False)) == {BLACK}


def test_body_number_and_signature_are_fangsong_without_system_fonts(
    fonts: FontSet, pdftotext: PdfToText
) -> None:
    """A PC with no Chinese font: the bundled 朱雀仿宋 sets the number, the body, the table
    figures and the signature, and the text still extracts as written."""
    letter = _letter(2)
    pdf = render_letter(letter, fonts)
    runs: list[tuple[str, str]] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if text.strip() and font:
            runs.append((str(font["/BaseFont"]), text.strip()))

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    fonts_of = {text: name.partition("+")[2] for name, text in runs}
    for text in (letter.number, letter.paragraphs[1], letter.office_name, "2026年11月22日"):
        assert fonts_of[text] == "ZhuqueFangsong-Regular", (text, fonts_of)
    assert fonts_of[letter.title] != "ZhuqueFangsong-Regular"  # the title is 小标宋
    flat = re.sub(r"\s+", "", pdftotext(pdf))
    assert letter.number in flat and letter.paragraphs[1] in flat and letter.office_name in flat


def test_a_date_at_a_line_end_goes_down_whole_and_the_line_stays_justified(
    fonts: FontSet, tmp_path: Path
) -> None:
    """2026年 / 4月8日 is a break a director corrects: a date, a number with its unit and a
    short bracket move to the next line whole, and the line they leave still fills the
    28-character measure (justified)."""
    tokens = ("2026年4月8日", "27个工作日", "（1/项）")
    paragraphs = tuple(
        "请" * lead + f"于{tokens[0]}前补报逾期{tokens[1]}的材料{tokens[2]}，并说明原因。"
        for lead in range(14, 27)
    )
    pdf = tmp_path / "d.pdf"
    pdf.write_bytes(render_letter(_letter(items=1, paragraphs=paragraphs), fonts))
    html = subprocess.run(
        ["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    lines = []
    for block in re.findall(r"<line .*?</line>", html, re.S):
        x_max = float(re.findall(r'xMax="([\d.]+)"', block)[0])
        lines.append((x_max, "".join(re.findall(r">([^<]+)</word>", block))))
    body = [(x, text) for x, text in lines if len(text) > 9 and text in "".join(paragraphs)]
    assert len(body) >= 2 * len(paragraphs)
    for token in tokens:
        assert sum(token in text for _, text in body) == len(paragraphs), token
    right = LEFT_MARGIN + TYPE_WIDTH
    inner = [(x, text) for x, text in body if not text.endswith("。")]
    assert inner and all(abs(x - right) < 1 * MM for x, _ in inner), inner
