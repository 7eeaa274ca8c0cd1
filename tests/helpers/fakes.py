"""Stand-ins for the desktop that pages take as collaborators: file dialogs, printer, viewer.

Pages receive these through attributes (``page.files``, ``page.print_document``,
``page.open_file``), so a test answers the question a dialog would ask and records what the
page sent out, without a window of its own opening.
"""

from __future__ import annotations

from pathlib import Path


class FakeFiles:
    """File dialogs that answer with the paths a test sets, and remember what was proposed.

    Satisfies ``creditdesk.ui.common.file_dialogs.FileChooser`` (and the notices page's
    ``folder``).
    """

    def __init__(
        self, to_open: Path | None = None, to_save: Path | None = None, folder: Path | None = None
    ) -> None:
        self.to_open = to_open
        self.to_save = to_save
        self.to_folder = folder
        self.suggested: list[str] = []

    def open_file(self, parent: object, title: str, filters: str) -> Path | None:
        return self.to_open

    def save_file(self, parent: object, title: str, suggested: str, filters: str) -> Path | None:
        self.suggested.append(suggested)
        return self.to_save

    def folder(self, parent: object, title: str) -> Path | None:
        return self.to_folder


class Printed:
    """Records what a page sent to the printer instead of printing."""

    def __init__(self) -> None:
        self.jobs: list[tuple[bytes, str, bool]] = []

    def __call__(self, parent: object, pdf: bytes, title: str, ask: bool) -> bool:
        self.jobs.append((pdf, title, ask))
        return True


class Opened:
    """Records the files a page asked the desktop to open, and says it opened them."""

    def __init__(self, works: bool = True) -> None:
        self.paths: list[Path] = []
        self.works = works

    def __call__(self, path: Path) -> bool:
        self.paths.append(path)
        return self.works
