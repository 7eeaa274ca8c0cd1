"""An argparse parser that speaks Chinese: "用法：", "选项", "显示本帮助并退出", errors.

argparse takes its own words from gettext, which has no Chinese catalogue on most machines
and cannot be switched per program; so the few words it prints are replaced here instead:
the usage prefix in the formatter, the group titles and the -h help in the parser, and the
usual error messages through a small table.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any, Final, NoReturn

_ERRORS: Final[tuple[tuple[re.Pattern[str], str], ...]] = (
    (re.compile(r"^the following arguments are required: (.*)$"), r"缺少必需的参数：\1"),
    (re.compile(r"^unrecognized arguments: (.*)$"), r"无法识别的参数：\1"),
    (re.compile(r"^argument (\S+): expected one argument$"), r"参数 \1 需要一个值"),
    (re.compile(r"^argument (\S+): invalid choice: (.*?) \(choose from (.*)\)$"),
     r"参数 \1 的取值 \2 无效（可选：\3）"),
    (re.compile(r"^argument (\S+): invalid (\w+) value: (.*)$"), r"参数 \1 的值无效：\3"),
    (re.compile(r"^argument (\S+): not allowed with argument (\S+)$"), r"参数 \1 不能与 \2 同用"),
    (re.compile(r"^argument (\S+): (.*)$"), r"参数 \1：\2"),
)  # fmt: skip


def chinese_error(message: str) -> str:
    """argparse's English error message in Chinese (unknown ones pass through unchanged)."""
    for pattern, replacement in _ERRORS:
        if pattern.match(message):
            return pattern.sub(replacement, message)
    return message


class ChineseHelpFormatter(argparse.HelpFormatter):
    """Writes "用法：" where argparse writes "usage: "."""

    def _format_usage(
        self, usage: str | None, actions: Any, groups: Any, prefix: str | None
    ) -> str:
        return super()._format_usage(usage, actions, groups, "用法：" if prefix is None else prefix)


class ChineseArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose help and errors are Chinese; subcommand parsers inherit it."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        add_help = kwargs.get("add_help", True)
        kwargs["add_help"] = False
        kwargs.setdefault("formatter_class", ChineseHelpFormatter)
        super().__init__(*args, **kwargs)
        self._positionals.title = "位置参数"
        self._optionals.title = "选项"
        if add_help:
            self.add_argument(
                "-h", "--help", action="help", default=argparse.SUPPRESS, help="显示本帮助并退出"
            )

    def error(self, message: str) -> NoReturn:
        """Usage, then one Chinese line, exit status 2 (argparse's convention)."""
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}：错误：{chinese_error(message)}\n")
