"""How old the demonstration workspace is: a demo made months ago leads its 工作台 with items
hundreds of working days overdue, so the program makes a fresh one for today instead.

Kept apart from :mod:`creditdesk.services.demo` so the check at start-up loads no database
models. The old demo is set aside (renamed), never deleted: a clerk may have practised in it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from creditdesk.atomic_files import write_bytes

DEMO_MARK = "demo-day.txt"
"""File in the demo folder holding the day the demo was made for (YYYY-MM-DD)."""

MAX_AGE_DAYS = 14
"""A demo older than this is made again for today."""


def mark_demo(directory: Path, today: dt.date) -> None:
    """Note the day a demo was made for."""
    write_bytes(directory / DEMO_MARK, today.isoformat().encode("utf-8"))


def demo_made_on(directory: Path) -> dt.date | None:
    """The day the demo in ``directory`` was made for; None for no (or an unmarked) demo."""
    try:
        return dt.date.fromisoformat((directory / DEMO_MARK).read_text(encoding="utf-8").strip())
    except (OSError, ValueError):
        return None


def set_stale_demo_aside(directory: Path, today: dt.date) -> Path | None:
    """Rename a demo made more than :data:`MAX_AGE_DAYS` ago, so a new one is made for today.

    Returns:
        Where the old demo went; None when it was recent (or not a marked demo) and stays.
    """
    made = demo_made_on(directory)
    if made is None or (today - made).days <= MAX_AGE_DAYS:
        return None
    target = directory.with_name(f"{directory.name}-{made:%Y%m%d}")
    number = 1
    while target.exists():
        number += 1
        target = directory.with_name(f"{directory.name}-{made:%Y%m%d}-{number}")
    try:
        directory.rename(target)
    except OSError:
        return None  # in use or read-only: open the old demo rather than fail
    return target
