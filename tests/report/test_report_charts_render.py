"""The summary's charts: Chinese labels drawn with the bundled Hei face, PNGs at print size."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import subprocess
import sys
import warnings

from PIL import Image

from creditdesk.output import report_charts
from creditdesk.output.fonts import chart_font_path
from creditdesk.services.context import ServiceContext
from creditdesk.services.periods import Period
from creditdesk.services.report import build_report

TODAY = dt.date(2026, 11, 22)


def test_charts_draw_chinese_labels_without_missing_glyph_warnings(
    generated: ServiceContext,
) -> None:
    """matplotlib warns "Glyph … missing from font(s)" when a label falls back to DejaVu."""
    report = build_report(generated, Period.parse("2026Q3"), TODAY)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        charts = report_charts.render_charts(report, dpi=72)
    assert not [str(w.message) for w in caught]
    assert all(png.startswith(b"\x89PNG") for png in (charts.units, charts.status, charts.trend))


def test_characters_missing_from_hei_fall_back_to_the_bundled_ming_face(
    generated: ServiceContext,
) -> None:
    """㐁 and 㑀 (CJK extension A) are not in WenQuanYi Micro Hei but are in AR PL UMing."""
    report = build_report(generated, Period.parse("2026Q3"), TODAY)
    rare = dataclasses.replace(report.units[0], unit="青禾县㐁㑀商贸有限公司")
    report = dataclasses.replace(report, units=(rare, *report.units[1:]))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        report_charts.unit_chart(report, dpi=50)
    assert not [str(w.message) for w in caught]


def test_long_unit_names_are_shortened_on_the_chart_only() -> None:
    name = "青禾县国家金融监督管理总局青禾监管支局与市场监督管理局联合办公室"
    short = report_charts._shortened(name)
    assert short.endswith("…") and name.startswith(short[:-1])
    assert report_charts._text_width(short) <= report_charts.LABEL_EMS
    assert report_charts._shortened("青禾县财政局") == "青禾县财政局"


def test_chart_labels_resolve_to_the_bundled_hei_face() -> None:
    from matplotlib import font_manager

    with report_charts._style():
        found = font_manager.findfont(font_manager.FontProperties(), fallback_to_default=False)
    assert found.lower().endswith(chart_font_path().name)


def test_charts_are_type_area_wide_at_print_resolution(generated: ServiceContext) -> None:
    report = build_report(generated, Period.parse("2026"), TODAY)
    for png in (report_charts.unit_chart(report), report_charts.trend_chart(report)):
        image = Image.open(io.BytesIO(png))
        assert image.width == round(156 / 25.4 * report_charts.PRINT_DPI)


def test_unit_chart_has_a_bar_per_unit_best_on_top(generated: ServiceContext) -> None:
    """The tall chart grows with the roster: 12 units here, 60 in a large county."""
    report = build_report(generated, Period.parse("2026Q3"), TODAY)
    small = Image.open(io.BytesIO(report_charts.unit_chart(report, dpi=50)))
    assert small.height > small.width * 0.35


def test_empty_period_still_gives_three_charts(generated: ServiceContext) -> None:
    report = build_report(generated, Period.parse("2030Q1"), TODAY)
    charts = report_charts.render_charts(report, dpi=50)
    assert report.totals.due == 0 and all(len(png) > 100 for png in vars(charts).values())


def test_report_services_and_cli_load_no_document_libraries_until_used() -> None:
    """The 报表 page and the CLI import these at start-up; matplotlib etc. come on export."""
    code = (
        "import sys\nimport creditdesk.services.report, creditdesk.cli_report\n"
        "print(' '.join(sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = {name.split(".")[0] for name in out.stdout.split()}
    assert not loaded & {"matplotlib", "reportlab", "openpyxl", "PySide6"}
