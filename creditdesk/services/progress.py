"""How long-running service jobs report progress and notice a cancel request, without Qt.

The UI passes in an object that forwards steps to a progress dialog; the CLI and tests pass
``NO_PROGRESS`` or their own recorder.
"""

from __future__ import annotations

from typing import Protocol


class Cancelled(Exception):
    """Raised inside a job when the user asked to stop; the job's transaction is rolled back."""


class Progress(Protocol):
    """Receives steps of a long job.

    ``step`` raises :class:`Cancelled` when the user has asked to stop, so a job only has to
    report regularly to be cancellable.
    """

    def step(self, done: int, total: int, text: str = "") -> None: ...


class _NoProgress:
    def step(self, done: int, total: int, text: str = "") -> None:
        return None


NO_PROGRESS: Progress = _NoProgress()
