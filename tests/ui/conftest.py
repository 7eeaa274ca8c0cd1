"""Fixtures for the Qt interface tests: headless platform, fonts, fake services, workspaces."""

from __future__ import annotations

import os

# Before any Qt import: the tests never open a real display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
