"""Benchmark: read and parse the largest sample plan as .docx and as .pdf, and resolve names.

Run: ``.venv/bin/python tests/benchmarks/bench_plan_parse.py [N]``.  Prints the median of N
runs per format; the target is under 0.5 s, what a clerk should wait after choosing a file.
The .pdf is printed from the .docx by LibreOffice (``soffice``) into a temporary folder;
without LibreOffice only the .docx is measured.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from creditdesk.parsing.documents import read_document
from creditdesk.parsing.plan_parser import parse_plan
from creditdesk.parsing.unit_names import NameRecord, match_unit_names

PLAN = Path(__file__).resolve().parents[1] / "data" / "plans" / "beiguan-2023-plan.docx"
DEPARTMENTS = (
    "发改委",
    "委宣传部",
    "委政法委",
    "委编办",
    "法院",
    "检察院",
    "金融工作局",
    "教育局",
    "工信局",
    "公安局",
    "民政局",
    "司法局",
    "财政局",
    "政务服务和大数据局",
    "医保局",
    "自然资源和规划局",
    "城管局",
    "住建局",
    "交通局",
    "农业农村局",
    "商务局",
    "文广体旅局",
    "卫健委",
    "统计局",
    "应急局",
    "市场监督管理局",
    "税务局",
    "生态环境局",
    "人力资源和社会保障局",
    "消防支队",
    "工会",
    "妇联",
    "团委",
    "委组织部",
    "审计局",
    "残联",
    "建设业管理局",
    "督查局",
    "信访局",
    "退役军人事务局",
    "纪委监委",
    "金融办",
)


def roster() -> tuple[list[NameRecord], list[NameRecord]]:
    """A generated district roster: 40-odd departments plus fillers, and the usual groups."""
    units = [NameRecord(i, f"北关区{name}", (f"区{name}",)) for i, name in enumerate(DEPARTMENTS)]
    units += [NameRecord(1000 + i, f"北关区第{i}服务中心") for i in range(20)]
    groups = [
        NameRecord("g1", "各成员单位"),
        NameRecord("g2", "区政府各相关部门"),
        NameRecord("g3", "各街道（镇）"),
    ]
    return units, groups


def run_once(path: Path, units: list[NameRecord], groups: list[NameRecord]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one read + parse + name match."""
    start, cpu = time.perf_counter(), time.process_time()
    plan = parse_plan(read_document(path))
    match_unit_names(plan.unit_names(), units, groups)
    return time.perf_counter() - start, time.process_time() - cpu


def as_pdf(folder: Path) -> Path | None:
    """The sample printed to PDF by LibreOffice, or None without it."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        return None
    profile = (folder / "profile").as_uri()
    argv = [office, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf"]
    subprocess.run(
        [*argv, "--outdir", str(folder), str(PLAN)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return folder / (PLAN.stem + ".pdf")


def measure(path: Path, runs: int, units: list[NameRecord], groups: list[NameRecord]) -> None:
    run_once(path, units, groups)  # warm imports and caches once
    times = [run_once(path, units, groups) for _ in range(runs)]
    plan = parse_plan(read_document(path))
    matches = match_unit_names(plan.unit_names(), units, groups)
    resolved = sum(m.kind != "unresolved" for m in matches)
    print(
        f"plan: {path.name}: {len(plan.tasks)} tasks, {len(matches)} distinct unit names "
        f"({resolved} resolved)"
    )
    wall = statistics.median(t[0] for t in times)
    cpu = statistics.median(t[1] for t in times)
    print(f"median of {runs} runs: {wall:.3f} s (CPU {cpu:.3f} s; target < 0.5 s)")


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    units, groups = roster()
    measure(PLAN, runs, units, groups)
    with tempfile.TemporaryDirectory(prefix="creditdesk-bench-") as tmp:
        pdf = as_pdf(Path(tmp))
        if pdf is None:
            print("LibreOffice not installed: .pdf not measured")
        else:
            measure(pdf, runs, units, groups)


if __name__ == "__main__":
    main()
