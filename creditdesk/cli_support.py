"""What every command shares: finding the workspace and opening it, signed in if shared."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from creditdesk.services.errors import UserError
from creditdesk.services.periods import Period
from creditdesk.services.workspace import Workspace, default_workspace_dir, open_workspace


def workspace_dir(args: argparse.Namespace) -> Path:
    """--workspace DIR, or the clerk's default workspace."""
    return Path(args.workspace) if args.workspace else default_workspace_dir()


def password(args: argparse.Namespace) -> str | None:
    """The shared-mode password: $CREDITDESK_PASSWORD, else asked for on a terminal."""
    if not getattr(args, "database", None):
        return None
    secret = os.environ.get("CREDITDESK_PASSWORD")
    if secret is None and sys.stdin.isatty():
        secret = getpass.getpass("共享数据库密码：")
    return secret


def open_from_args(args: argparse.Namespace, backup: bool = False) -> Workspace:
    """Open the workspace the arguments name (and sign in to a shared database).

    What opening had to tell the clerk (an interrupted restore undone, a failed automatic
    backup) goes to stderr, one line each.
    """
    workspace = open_workspace(
        workspace_dir(args),
        database_url=getattr(args, "database", None),
        user=getattr(args, "user", None),
        password=password(args),
        backup=backup,
    )
    for note in workspace.notes:
        print(f"creditdesk: {note}", file=sys.stderr)
    return workspace


def period_from_args(args: argparse.Namespace) -> Period:
    """The period named by ``--period``, refused with the forms the command line accepts.

    Raises:
        UserError: the text names no period.
    """
    try:
        return Period.parse(args.period)
    except ValueError as error:
        raise UserError(
            f"无法识别的期间：{args.period}（例如 2024Q3、2024-09、2024H2、2024）"
        ) from error
