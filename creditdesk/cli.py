"""The command line: ``creditdesk`` opens the window; subcommands run the same services.

Contracts other tools rely on are fixed in ARCHITECTURE.md; errors print one Chinese line on stderr
and exit with status 1 (2 for wrong usage).
"""

from __future__ import annotations

import argparse
import codecs
import datetime as dt
import getpass
import io
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from creditdesk.cli_parser import ChineseArgumentParser
from creditdesk.cli_support import open_from_args as _open
from creditdesk.cli_support import workspace_dir as _workspace_dir
from creditdesk.services.errors import UserError

Handler = Callable[[argparse.Namespace], int]

PERIOD_HELP = (
    "报送期间：2024Q3、2024-09、2024H2 或 2024；2024Q3 含7—9月的月报、第3季度的季报"
    "及在9月结束的半年、年度事项，无论何时到期"
)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"日期应写作 YYYY-MM-DD：{text}") from error


def _cmd_demo(args: argparse.Namespace) -> int:
    from creditdesk.services.demo import build_demo

    target = Path(args.directory)
    build_demo(target, args.date or dt.date.today(), database_url=args.database)
    print(f"演示工作区已建立：{target}")
    return 0


def _cmd_backup(args: argparse.Namespace) -> int:
    from creditdesk.services.backups import create_backup

    with _open(args) as workspace:
        if workspace.shared:  # the server's data, not this PC's cache
            from creditdesk.services.shared_backup import backup_shared

            out = backup_shared(
                workspace, workspace.context.clock.now(), Path(args.out) if args.out else None
            )
        else:
            out = create_backup(
                workspace.directory,
                workspace.context.clock.now(),
                Path(args.out) if args.out else None,
            )
    print(f"备份已写入：{out}")
    return 0


def _cmd_restore(args: argparse.Namespace) -> int:
    from creditdesk.services.backups import restore_backup
    from creditdesk.services.context import SystemClock
    from creditdesk.services.schema import known_revisions
    from creditdesk.services.workspace_lock import WorkspaceLock

    if args.database:  # an administrator signs in; the server's data is replaced
        from creditdesk.services.shared_backup import restore_shared

        with _open(args) as workspace:
            loaded = restore_shared(
                workspace, Path(args.file), SystemClock().now(), known_revisions()
            )
        print(f"已从 {args.file} 恢复共享数据库（{loaded}行）")
        return 0
    directory = _workspace_dir(args)
    directory.mkdir(parents=True, exist_ok=True)
    lock = WorkspaceLock.acquire(directory)
    try:
        kept = restore_backup(Path(args.file), directory, SystemClock().now(), known_revisions())
    finally:
        lock.release()
    print(f"已从 {args.file} 恢复工作区；恢复前的数据保存在 {kept}")
    return 0


def _cmd_status(args: argparse.Namespace) -> int:
    from creditdesk.cli_support import period_from_args
    from creditdesk.services.status import period_status

    period = period_from_args(args)
    as_of = args.as_of or dt.date.today()
    with _open(args) as workspace:
        status = period_status(workspace.context, period, as_of)
    if args.json:
        print(json.dumps(status.as_contract(), ensure_ascii=False, indent=2))
    else:
        t = status.totals
        print(f"{status.period_label}（截至 {as_of.isoformat()}）")
        print(
            f"应报 {t.due}，按时 {t.received_on_time}，逾期报送 {t.received_late}，"
            f"逾期未报 {t.overdue}，未到期 {t.not_yet_due}"
        )
    return 0


def _cmd_import_plan(args: argparse.Namespace) -> int:
    from creditdesk.parsing.plan_model import plan_to_contract
    from creditdesk.services.plan_import import (
        NameDecision,
        accept_suggestions,
        apply_import,
        preview_import,
        read_plan_with_notes,
    )

    source = Path(args.file)
    draft, notes = read_plan_with_notes(source)
    for note in notes:
        print(f"提示：{note}", file=sys.stderr)
    for warning in draft.warnings:
        print(f"注意：{warning}", file=sys.stderr)
    if args.dry_run:
        if args.json:
            print(json.dumps(plan_to_contract(draft), ensure_ascii=False, indent=2))
        else:
            title = draft.title or source.name
            print(f"{title}：{len(draft.sections)}个部分，{len(draft.tasks)}项任务（未写入）")
        return 0
    with _open(args, backup=True) as workspace:
        preview = preview_import(workspace.context, draft, args.year)
        decisions: dict[str, NameDecision] = {}
        if args.accept_suggestions:
            decisions = accept_suggestions(preview, args.threshold)
            for name in decisions:
                best = preview.matches[name].suggestions[0]
                print(f"采用建议：{name} → {best.name}（可信度{best.score:.0f}）")
        if preview.unresolved and not args.create_units:
            for name in preview.unresolved:
                if name in decisions:
                    continue
                hints = "、".join(
                    f"{s.name}（{s.score:.0f}）" for s in preview.matches[name].suggestions[:3]
                )
                print(
                    f"未对应：{name}" + (f"（可能是：{hints}）" if hints else ""), file=sys.stderr
                )
        result = apply_import(
            workspace.context,
            preview,
            decisions,
            source_name=source.name,
            create_units=args.create_units,
        )
        from creditdesk.services.plan_review_draft import discard_review_draft, plan_file_key

        discard_review_draft(workspace.directory, plan_file_key(source))
    print(
        f"已导入 {preview.year} 年工作要点：新增{result.added}项、修改{result.changed}项、"
        f"删除{result.removed}项任务，新建单位{result.created_units}个。"
    )
    if result.kept_with_submissions:
        print(
            f"另有{result.kept_with_submissions}项旧任务已登记报送材料，予以保留（移入“已撤销”部分）。"
        )
    return 0


def _cmd_notices(args: argparse.Namespace) -> int:
    from creditdesk.cli_notices import run

    return run(args)


def _cmd_progress_sheets(args: argparse.Namespace) -> int:
    from creditdesk.cli_progress import send

    return send(args)


def _cmd_import_progress(args: argparse.Namespace) -> int:
    from creditdesk.cli_progress import read

    return read(args)


def _cmd_report(args: argparse.Namespace) -> int:
    from creditdesk.cli_report import run

    return run(args)


def _cmd_migrate_to(args: argparse.Namespace) -> int:
    from creditdesk.services.migrate import migrate_to

    if args.database:
        raise UserError("migrate-to 的目标写在命令中，请不要同时给出 --database。")
    with _open(args) as workspace:
        report = migrate_to(workspace, args.url)
    for note in report.cleaned:
        print(f"提示：{note}", file=sys.stderr)
    total = sum(report.rows.values())
    print(
        f"已复制 {total} 行数据、{report.files} 个附件（{report.bytes / 1024 / 1024:.1f} MB），"
        "行数与校验值核对无误；本地工作区未改动。"
    )
    return 0


def _new_password(prompt: str) -> str:
    password = os.environ.get("CREDITDESK_NEW_PASSWORD")
    if password is None:
        if not sys.stdin.isatty():
            raise UserError("请通过 CREDITDESK_NEW_PASSWORD 提供新密码。")
        password = getpass.getpass(prompt)
    return password


def _cmd_users(args: argparse.Namespace) -> int:
    from creditdesk.services.permissions import ROLE_LABELS
    from creditdesk.services.users import add_user, list_users, update_user

    if not args.database:
        raise UserError("用户账号只用于共享数据库，请给出 --database。")
    with _open(args) as workspace:
        ctx = workspace.context
        if args.action == "add":
            role = args.role or "clerk"
            add_user(ctx, args.name, _new_password("新用户的密码："), role, args.display_name)
            print(f"已新增用户 {args.name}（{ROLE_LABELS[role]}）")
        elif args.action == "set":
            update_user(
                ctx,
                args.name,
                role=args.role,
                password=_new_password("新密码：") if args.reset_password else None,
                active=None if args.active is None else args.active == "yes",
            )
            print(f"已修改用户 {args.name}")
        else:
            for row in list_users(ctx):
                state = "" if row.active else "（已停用）"
                state += "（需设置新密码）" if row.needs_password else ""
                print(f"{row.username}\t{ROLE_LABELS[row.role]}\t{row.display_name}{state}")
    return 0


class _VersionAction(argparse.Action):
    """--version, reading the installed version only when asked (it is slow to load)."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any, **_kwargs: Any) -> None:
        from creditdesk import __version__

        parser.exit(message=f"CreditDesk {__version__}\n")


def _common(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--workspace", metavar="DIR", default=default, help="工作区文件夹")
    parser.add_argument(
        "--database", metavar="URL", default=default, help="共享数据库地址（PostgreSQL）"
    )
    parser.add_argument(
        "--user",
        metavar="NAME",
        default=default,
        help="共享数据库的登录用户名（密码取自 CREDITDESK_PASSWORD）",
    )


def _cmd_import_roster(args: argparse.Namespace) -> int:
    from creditdesk.services.roster_import import (
        apply_roster_import,
        preview_roster_import,
        read_roster_file,
    )

    with _open(args, backup=not args.dry_run) as workspace:
        sheet = read_roster_file(Path(args.file), remembered_in=workspace.directory)
        preview = preview_roster_import(workspace.context, sheet)
        grid = sheet.grid
        print(f"{grid.file_name}（工作表“{grid.sheet_name}”，表头第{sheet.header_row}行）")
        print(preview.summary())
        if preview.new:
            print("新增：" + "、".join(n.fields.name for n in preview.new))
        for item in preview.changed:
            what = [c.label for c in item.changes]
            what += ["别名"] if item.new_aliases else []
            what += ["恢复在用"] if item.reactivate else []
            print(f"修改：{item.name}（{'、'.join(what)}）")
        if preview.unchanged:
            print("无变化：" + "、".join(u.name for u in preview.unchanged))
        for warning in sheet.warnings:
            print(f"提示：{warning}", file=sys.stderr)
        for problem in preview.problems:
            name = f" {problem.name}" if problem.name else ""
            print(f"问题：第{problem.row_number}行{name}：{problem.message}", file=sys.stderr)
        refusal = preview.refusal()
        if refusal is not None:
            raise UserError(refusal)
        if args.dry_run:
            print("试运行：未写入任何数据。")
        elif preview.new or preview.changed:
            apply_roster_import(workspace.context, preview)
            print("已导入。")
    return 0


def _cmd_export_roster(args: argparse.Namespace) -> int:
    from creditdesk.services.roster_export import export_roster

    with _open(args) as workspace:
        count = export_roster(workspace.context, Path(args.out))
    print(f"已导出 {count} 个单位：{args.out}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``creditdesk`` and its subcommands."""
    parser = ChineseArgumentParser(
        prog="creditdesk", description="CreditDesk 信用办工作台。不带子命令时打开程序窗口。"
    )
    parser.add_argument("--version", action=_VersionAction, help="显示版本号并退出")
    _common(parser, suppress=False)
    parser.add_argument("--demo", action="store_true", help="在演示工作区上打开程序")
    parser.add_argument(
        "--quit-when-ready", action="store_true", help="窗口首次绘制完成后退出（用于冒烟测试）"
    )
    sub = parser.add_subparsers(dest="command", metavar="命令")

    def add(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        command = sub.add_parser(name, help=help_text, description=help_text)
        _common(command, suppress=True)
        command.set_defaults(handler=handler)
        return command

    demo = add("demo", _cmd_demo, "在指定文件夹建立演示工作区")
    demo.add_argument("directory", metavar="DIR")
    demo.add_argument("--date", type=_date, help="以该日期为“今天”生成（默认今天）")

    backup = add("backup", _cmd_backup, "备份工作区（数据库与附件）")
    backup.add_argument("--out", metavar="FILE.zip")

    restore = add("restore", _cmd_restore, "从备份文件恢复工作区（先校验）")
    restore.add_argument("file", metavar="FILE.zip")

    status = add("status", _cmd_status, "某报送期间的报送情况")
    status.add_argument("--period", required=True, metavar="P", help=PERIOD_HELP)
    status.add_argument(
        "--as-of", type=_date, metavar="YYYY-MM-DD", help="按该日判断是否逾期（默认今天）"
    )
    status.add_argument("--json", action="store_true")

    plan = add("import-plan", _cmd_import_plan, "导入年度工作要点")
    plan.add_argument("file", metavar="FILE")
    plan.add_argument("--dry-run", action="store_true", help="只解析，不写入")
    plan.add_argument("--json", action="store_true", help="以 JSON 输出解析结果")
    plan.add_argument("--create-units", action="store_true", help="为未对应的名称新建单位")
    plan.add_argument("--year", type=int, help="文件未写明年度时指定（默认今年）")
    plan.add_argument(
        "--accept-suggestions",
        action="store_true",
        help="对未能确定对应的名称，采用可信度达到阈值且明显领先的建议单位",
    )
    plan.add_argument(
        "--threshold",
        type=float,
        default=85.0,
        metavar="X",
        help="采用建议的可信度阈值（0—100，默认85）",
    )

    roster_in = add("import-roster", _cmd_import_roster, "从表格导入成员单位")
    roster_in.add_argument("file", metavar="FILE")
    roster_in.add_argument("--dry-run", action="store_true")

    roster_out = add("export-roster", _cmd_export_roster, "导出成员单位名册")
    roster_out.add_argument("--out", required=True, metavar="FILE.xlsx")

    notices = add("notices", _cmd_notices, "为逾期单位生成督办通知")
    notices.add_argument("--as-of", type=_date, metavar="YYYY-MM-DD")
    notices.add_argument("--out", metavar="OUTDIR", help="通知 PDF 的输出文件夹")
    notices.add_argument(
        "--dry-run", action="store_true", help="只列出将占用的文号和发送单位，不发出、不写入"
    )
    notices.add_argument("--combined", action="store_true", help="另存一份合并打印的 PDF")

    sheets = add("progress-sheets", _cmd_progress_sheets, "为各单位生成某期的空白进展情况表")
    sheets.add_argument("--period", required=True, metavar="P", help=PERIOD_HELP)
    sheets.add_argument("--out", required=True, metavar="DIR", help="保存 .xlsx 的文件夹")
    sheets.add_argument("--unit", action="append", metavar="NAME", help="只为该单位生成（可重复）")

    progress_in = add("import-progress", _cmd_import_progress, "批量导入单位退回的进展情况表")
    progress_in.add_argument("files", nargs="+", metavar="FILE|DIR")
    progress_in.add_argument("--period", required=True, metavar="P", help=PERIOD_HELP)
    progress_in.add_argument("--dry-run", action="store_true", help="只检查，不写入")

    report = add("report", _cmd_report, "生成季度通报 PDF 与 Excel")
    report.add_argument("--period", required=True, metavar="P", help=PERIOD_HELP)
    report.add_argument("--out", required=True, metavar="FILE.pdf")
    report.add_argument("--xlsx", metavar="FILE.xlsx")
    report.add_argument("--as-of", type=_date, metavar="YYYY-MM-DD", help="统计截止日（默认今天）")
    report.add_argument(
        "--notes", metavar="FILE", help="“有关要求”一节的文字（UTF-8 文本，每行一段）"
    )
    report.add_argument("--issue", action="store_true", help="登记为正式印发，编为本年第N期")
    report.add_argument("--reprint", type=int, metavar="N", help="按登记簿重印本年第N期")

    migrate = add("migrate-to", _cmd_migrate_to, "把本地工作区复制到共享数据库（本地不变）")
    migrate.add_argument("url", metavar="URL")

    users = add("users", _cmd_users, "共享数据库的用户账号（list / add / set）")
    users.add_argument("action", choices=("list", "add", "set"))
    users.add_argument("name", nargs="?", default="")
    users.add_argument("--role", choices=("admin", "clerk", "readonly"), help="默认 clerk")
    users.add_argument("--display-name", default="")
    users.add_argument("--reset-password", action="store_true")
    users.add_argument("--active", choices=("yes", "no"))
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    from creditdesk.ui.shell.app import run_gui

    workspace = Path(args.workspace) if args.workspace else None
    return run_gui(workspace, args.database, args.demo, args.quit_when_ready)


def _write_utf8_when_redirected() -> None:
    """Makes redirected stdout and stderr UTF-8, whatever the system's code page.

    Python writes a pipe or file in the locale's encoding: code page 1252 on English Windows
    cannot encode 演示工作区已建立 (UnicodeEncodeError after the work was done), and 936 on
    Chinese Windows gives GBK that scripts, build.py and ``--json`` readers take for UTF-8.
    A console keeps its own encoding (Windows' console writes Unicode anyway).
    """
    for stream in (sys.stdout, sys.stderr):
        if (
            isinstance(stream, io.TextIOWrapper)
            and not stream.isatty()
            and codecs.lookup(stream.encoding).name != "utf-8"
        ):
            stream.reconfigure(encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``creditdesk`` command."""
    _write_utf8_when_redirected()
    args = build_parser().parse_args(argv)
    handler: Handler = getattr(args, "handler", _run_gui)
    try:
        return handler(args)
    except UserError as error:
        print(f"creditdesk: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # every other failure: one line, no SQL parameters
        if os.environ.get("CREDITDESK_DEBUG"):
            raise
        from creditdesk.services.disk_full import MESSAGE, is_disk_full
        from creditdesk.services.failures import describe_failure

        message = MESSAGE if is_disk_full(error) else describe_failure(error)
        print(f"creditdesk: {message}", file=sys.stderr)
        return 1


def gui_main() -> int:
    """Entry point of the windowed launcher (no console on Windows)."""
    return main()


if __name__ == "__main__":
    sys.exit(main())
