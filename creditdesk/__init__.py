"""CreditDesk: the credit office's (信用办) desk for plans, units, submissions and notices."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # The version comes from the installed metadata (one source: pyproject.toml), read only
    # when asked for, since importlib.metadata is slow to load at start-up.
    if name == "__version__":
        from importlib import metadata

        try:
            return metadata.version("creditdesk")
        except metadata.PackageNotFoundError:  # a source tree that was not installed
            return "0.0.0"
    raise AttributeError(name)
