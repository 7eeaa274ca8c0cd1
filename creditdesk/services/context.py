"""The collaborators every service call receives: sessions, the clock and the acting user.

Passed in explicitly (no global registry) so tests can hand in a fixed clock or an in-memory
database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from sqlalchemy.orm import Session, sessionmaker


class Clock(Protocol):
    """Source of "today" and "now", replaceable in tests."""

    def today(self) -> dt.date: ...

    def now(self) -> dt.datetime: ...


class SystemClock:
    """The real local clock."""

    def today(self) -> dt.date:
        return dt.date.today()

    def now(self) -> dt.datetime:
        return dt.datetime.now().replace(microsecond=0)


@dataclass(frozen=True)
class FixedClock:
    """A clock stopped at one moment: for tests, the demo and reproducible reports."""

    moment: dt.datetime

    def today(self) -> dt.date:
        return self.moment.date()

    def now(self) -> dt.datetime:
        return self.moment


@dataclass(frozen=True)
class ServiceContext:
    """What a service needs to do one user action.

    Attributes:
        session_factory: opens one session per unit of work.
        clock: today/now for defaults, audit times and deadlines.
        user: who acts; written into the audit log (操作人).
        attachments_dir: the workspace's content-addressed file store, if any.
        role: admin, clerk or readonly (see ``services.permissions``); a read-only
            context's sessions refuse every write.
        blobs_in_database: shared mode keeps attachment contents in the database, and
            ``attachments_dir`` is then only a local cache.
    """

    session_factory: sessionmaker[Session]
    clock: Clock = field(default_factory=SystemClock)
    user: str = "本机用户"
    attachments_dir: Path | None = None
    role: str = "admin"
    blobs_in_database: bool = False
