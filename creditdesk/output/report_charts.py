"""The quarterly summary's three charts as PNG bytes: units ranked, status shares, year trend.

Drawn with matplotlib's object API on the Agg canvas (never pyplot, so nothing global and no
GUI backend), with the bundled Hei face for every label so Chinese unit names never turn into
boxes on an office PC without CJK fonts. matplotlib is imported inside the functions: the
program starts without it.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from creditdesk.output.fonts import FALLBACK_ORDER, chart_font_path
from creditdesk.output.report_data import QuarterlyReport
from creditdesk.paths import fonts_dir

if TYPE_CHECKING:
    from matplotlib.figure import Figure

PRINT_DPI = 200
"""Sharp on a 600 dpi office printer at the size the PDF places them, and quick to encode."""
WIDTH_IN = 156 / 25.4
"""The type area's width (版心 156 mm): the charts are placed at 100 %."""

LABEL_EMS = 22
"""Unit labels longer than this many characters are shortened, so the bars keep their room."""

ON_TIME_COLOUR = "#4E9A5B"
LATE_COLOUR = "#E3A33B"
OVERDUE_COLOUR = "#C8403A"
NOT_DUE_COLOUR = "#B4B9BF"
STATES = (
    ("按时报送", ON_TIME_COLOUR),
    ("逾期报送", LATE_COLOUR),
    ("逾期未报", OVERDUE_COLOUR),
    ("尚未到期", NOT_DUE_COLOUR),
)
HATCHES = {ON_TIME_COLOUR: "", LATE_COLOUR: "///", OVERDUE_COLOUR: "xxx", NOT_DUE_COLOUR: "..."}
"""Patterns over the fills, so green and red stay apart when printed in black and white."""
LABEL_PT = 9.5
"""Unit labels: 9 pt or more once the chart is placed in the type area."""


@dataclass(frozen=True)
class ReportCharts:
    """The three charts of a report, PNG-encoded."""

    units: bytes
    status: bytes
    trend: bytes


@cache
def _font_families() -> list[str]:
    """The bundled Hei face, then the bundled Ming face for characters Hei lacks (matplotlib
    falls back glyph by glyph along a list of named families)."""
    import dataclasses

    from matplotlib import font_manager

    manager = font_manager.fontManager
    names = []
    for path in (chart_font_path(), fonts_dir() / FALLBACK_ORDER[0][0]):
        manager.addfont(str(path))
        for index, entry in enumerate(manager.ttflist):
            if Path(entry.fname) == path and entry.weight != 400:
                # UMing calls itself Light: taken as the regular weight, so matplotlib
                # does not log "Failed to find font weight normal" for every label
                manager.ttflist[index] = dataclasses.replace(entry, weight=400)
        names.append(font_manager.FontProperties(fname=str(path)).get_name())
    return names


@contextmanager
def _style() -> Iterator[None]:
    import matplotlib

    with matplotlib.rc_context(
        {
            "font.family": _font_families(),  # named, not generic: only then does it fall back
            "axes.unicode_minus": False,  # the Hei face has no U+2212
            "font.size": 9,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "axes.titlesize": 11,
            "axes.titleweight": "normal",  # Hei is heavy already, and has no bold face
            "legend.frameon": False,
        }
    ):
        yield


def _new_figure(height_in: float, layout: Literal["constrained"] | None = "constrained") -> Figure:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(WIDTH_IN, height_in), layout=layout)
    FigureCanvasAgg(figure)  # the Agg canvas, chosen explicitly
    return figure


def _png(figure: Figure, dpi: int) -> bytes:
    out = io.BytesIO()
    # reportlab decodes and recompresses the image anyway: spend no time squeezing the PNG
    figure.savefig(out, format="png", dpi=dpi, facecolor="white", pil_kwargs={"compress_level": 1})
    return out.getvalue()


def _text_width(text: str) -> float:
    """Width in ems: CJK characters are square in the Hei face, Latin ones about half."""
    return sum(1.0 if unicodedata.east_asian_width(c) in "WF" else 0.6 for c in text)


def _shortened(name: str, ems: int = LABEL_EMS) -> str:
    """A unit name cut to ``ems`` with an ellipsis (the tables carry the full name)."""
    if _text_width(name) <= ems:
        return name
    while _text_width(name) > ems - 1:
        name = name[:-1]
    return name + "…"


def _percent_axis(axis: Any) -> None:
    from matplotlib.ticker import PercentFormatter

    axis.set_major_formatter(PercentFormatter(xmax=1.0, decimals=0))


ROWS_PER_PANEL = 36
"""Units one column of bars holds at 9 pt labels on a page; more go into a second column."""


def unit_chart(report: QuarterlyReport, dpi: int = PRINT_DPI) -> bytes:
    """Each unit's assessed items as shares on time / late / overdue, best unit on top.

    Labels stay at :data:`LABEL_PT` however many units there are: past
    :data:`ROWS_PER_PANEL` the bars run in two columns (names shortened to fit).
    """
    lines = [u for u in report.units if u.figures.assessed]
    columns = 1 if len(lines) <= ROWS_PER_PANEL else 2
    per_panel = -(-max(len(lines), 3) // columns)
    height = min(1.2 + 0.19 * per_panel, 8.6)
    title = f"{report.period_label}各单位报送情况（按时报送率由高到低）"
    with _style():
        # axes placed by hand: constrained layout measures all 60 labels twice over
        figure = _new_figure(height, layout=None)
        if not lines:
            axes = figure.add_subplot()
            axes.set_title(title)
            axes.text(0.5, 0.5, "本期暂无已到期事项", ha="center", va="center")
            axes.set_axis_off()
            return _png(figure, dpi)
        ems = LABEL_EMS if columns == 1 else LABEL_EMS // 2
        names = [_shortened(u.unit, ems) for u in lines]
        label_in = max(_text_width(name) for name in names) * LABEL_PT / 72
        slot = WIDTH_IN / columns
        bars_in = slot - label_in - 0.25 - 0.45
        top_in, bottom_in = 0.62, 0.35
        panels = []
        for column in range(columns):
            left = column * slot + label_in + 0.25
            panels.append(
                figure.add_axes(
                    (
                        left / WIDTH_IN,
                        bottom_in / height,
                        bars_in / WIDTH_IN,
                        1 - (top_in + bottom_in) / height,
                    )
                )
            )
        bar: dict[str, Any] = {"height": 0.72, "edgecolor": "#333333", "linewidth": 0.3}
        for column, axes in enumerate(panels):
            chunk = lines[column * per_panel : (column + 1) * per_panel]
            labels = names[column * per_panel : (column + 1) * per_panel]
            rows = range(len(chunk))
            on_time = [u.figures.received_on_time / u.figures.assessed for u in chunk]
            late = [u.figures.received_late / u.figures.assessed for u in chunk]
            overdue = [u.figures.overdue / u.figures.assessed for u in chunk]
            received = [a + b for a, b in zip(on_time, late, strict=True)]
            axes.barh(rows, on_time, color=ON_TIME_COLOUR, label="按时报送", **bar)
            axes.barh(rows, late, left=on_time, color=LATE_COLOUR, label="逾期报送",
                      hatch=HATCHES[LATE_COLOUR], **bar)  # fmt: skip
            axes.barh(rows, overdue, left=received, color=OVERDUE_COLOUR, label="逾期未报",
                      hatch=HATCHES[OVERDUE_COLOUR], **bar)  # fmt: skip
            for row, share in zip(rows, on_time, strict=True):
                axes.text(1.01, row, f"{share * 100:.1f}%", va="center", fontsize=8)
            axes.set_yticks(list(rows), labels=labels, fontsize=LABEL_PT)
            axes.set_ylim(per_panel - 0.5, -0.5)  # first unit on top; columns line up
            axes.set_xlim(0, 1.0)
            _percent_axis(axes.xaxis)
            axes.tick_params(axis="y", length=0)
        figure.legend(
            *panels[0].get_legend_handles_labels(),
            loc="upper center",
            bbox_to_anchor=(0.5, 1 - 0.3 / height),
            ncols=3,
            fontsize=8,
        )
        figure.suptitle(title, y=1 - 0.04 / height, va="top", fontsize=11)
        return _png(figure, dpi)


def status_chart(report: QuarterlyReport, dpi: int = PRINT_DPI) -> bytes:
    """The period's obligations split by state, as a pie with counts and shares."""
    t = report.totals
    values = [t.received_on_time, t.received_late, t.overdue, t.not_yet_due]
    shown = [(label, colour, v) for (label, colour), v in zip(STATES, values, strict=True) if v]
    with _style():
        figure = _new_figure(2.3)
        axes = figure.add_subplot()
        axes.set_title(f"{report.period_label}应报事项构成（共{t.due}项）")
        if not shown:
            axes.text(0.5, 0.5, "本期没有应报事项", ha="center", va="center")
            axes.set_axis_off()
            return _png(figure, dpi)
        wedges, _texts, _autotexts = axes.pie(
            [v for _, _, v in shown],
            colors=[c for _, c, _ in shown],
            startangle=90,
            counterclock=False,
            # shares in the legend; inside only wedges wide enough, so no label overlaps
            autopct=lambda share: f"{share:.1f}%" if share >= 10 else "",
            pctdistance=0.6,
            wedgeprops={"linewidth": 1, "edgecolor": "white"},
            textprops={"color": "black", "fontsize": 9},
        )
        for wedge, (_, colour, _) in zip(wedges, shown, strict=True):
            wedge.set_hatch(HATCHES[colour])
        axes.legend(
            wedges,
            [f"{label}  {v}项（{v / t.due * 100:.1f}%）" for label, _, v in shown],
            loc="center left",
            bbox_to_anchor=(1.0, 0.5),
            fontsize=9,
        )
        axes.set_aspect("equal")
        return _png(figure, dpi)


def trend_chart(report: QuarterlyReport, dpi: int = PRINT_DPI) -> bytes:
    """The year's quarters: items by state as stacked bars (left), the two rates (right)."""
    lines = report.trend
    with _style():
        figure = _new_figure(3.0)
        figure.suptitle(f"{report.year}年各季度报送情况（截至{report.date_text}）", fontsize=11)
        if not any(line.figures.due for line in lines):
            figure.text(0.5, 0.5, "本年度暂无应报事项", ha="center", va="center")
            return _png(figure, dpi)
        counts, rates = figure.subplots(1, 2, width_ratios=(1.15, 1))
        labels = [f"第{line.period_code[-1]}季度" for line in lines]
        slots = list(range(len(lines)))
        bottom = [0] * len(lines)
        for (label, colour), key in zip(
            STATES, ("received_on_time", "received_late", "overdue", "not_yet_due"), strict=True
        ):
            heights = [getattr(line.figures, key) for line in lines]
            if any(heights):
                counts.bar(
                    slots,
                    heights,
                    bottom=bottom,
                    color=colour,
                    label=label,
                    width=0.55,
                    hatch=HATCHES[colour],
                    edgecolor="#333333",
                    linewidth=0.3,
                )
                bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
        counts.set_xticks(slots, labels=labels)
        counts.set_title("应报事项（项）", fontsize=9)
        counts.set_xlim(-0.6, len(lines) - 0.4)
        counts.legend(loc="upper center", bbox_to_anchor=(0.5, -0.1), ncols=2, fontsize=8)
        counts.set_ylim(0, max(max(bottom), 1) * 1.08)
        for name, colour, values, offset in (
            ("按时报送率", ON_TIME_COLOUR, [line.figures.on_time_rate for line in lines], -13),
            ("报送率", "#1F4E79", [line.figures.received_rate for line in lines], 6),
        ):
            points = [(s, v) for s, v in zip(slots, values, strict=True) if v is not None]
            if not points:
                continue
            xs, ys = zip(*points, strict=True)
            rates.plot(xs, ys, marker="o", color=colour, label=name, linewidth=1.8)
            for x, y in points:
                rates.annotate(
                    f"{y * 100:.1f}%",
                    (x, y),
                    textcoords="offset points",
                    xytext=(0, offset),
                    ha="center",
                    fontsize=7,
                    color=colour,
                )
        rates.set_xticks(slots, labels=labels)
        rates.set_xlim(-0.5, len(lines) - 0.5)
        rates.set_ylim(0, 1.1)
        rates.set_title("报送率", fontsize=9)
        rates.grid(axis="y", color="#E0E0E0", linewidth=0.6)
        _percent_axis(rates.yaxis)
        if rates.get_legend_handles_labels()[0]:
            rates.legend(loc="upper center", bbox_to_anchor=(0.5, -0.1), ncols=2, fontsize=8)
        return _png(figure, dpi)


def render_charts(report: QuarterlyReport, dpi: int = PRINT_DPI) -> ReportCharts:
    """All three charts; the 报表 page previews them at screen resolution (e.g. ``dpi=96``)."""
    return ReportCharts(
        unit_chart(report, dpi), status_chart(report, dpi), trend_chart(report, dpi)
    )
