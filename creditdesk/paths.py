"""Where the program's own files live: resources/, forms/ and database/ beside the package.

A source checkout (or editable install) keeps them at the top of the project; a PyInstaller
bundle puts them under ``sys._MEIPASS``.
"""

from __future__ import annotations

import sys
from pathlib import Path


def _root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """The resources/ folder: fonts, demo data, icons, letter templates."""
    return _root() / "resources"


def migrations_dir() -> Path:
    """The database/ folder holding the Alembic environment and revisions."""
    return _root() / "database"


def fonts_dir() -> Path:
    """Open-licence fonts shipped with the program."""
    return resources_dir() / "fonts"
