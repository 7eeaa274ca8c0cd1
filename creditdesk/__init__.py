"""CreditDesk: the credit office's (信用办) desk for plans, units, submissions and notices."""

from importlib import metadata

try:
    __version__ = metadata.version("creditdesk")
except metadata.PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"
