"""The column mappings a clerk chose for roster spreadsheets, remembered per sheet layout.

Kept as a small JSON file in the workspace folder (``roster_mapping.json``), not in the
database and not in QSettings: a layout belongs to the office's files, so every clerk who opens
the workspace (and the command line) gets it, while no migration is needed for a convenience.
A layout is recognised by its header row's texts, so the mapping chosen for the office's usual
file applies again next time, and never to a file laid out differently.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from creditdesk import atomic_files
from creditdesk.parsing.roster_sheet import FIELDS, HEADER_SEARCH_ROWS
from creditdesk.parsing.spreadsheet import SheetGrid, header_key

MAPPING_FILE = "roster_mapping.json"
MAX_LAYOUTS = 20


def layout_key(headers: Sequence[str]) -> str:
    """The signature of a header row: its reduced texts, trailing empty cells dropped."""
    keys = [header_key(h) for h in headers]
    while keys and not keys[-1]:
        keys.pop()
    return "|".join(keys)


def _load(directory: Path) -> dict[str, Any]:
    try:
        data = json.loads((directory / MAPPING_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"layouts": []}
    if not isinstance(data, dict) or not isinstance(data.get("layouts"), list):
        return {"layouts": []}
    return data


def remembered_layout(directory: Path, grid: SheetGrid) -> tuple[int, dict[str, int]] | None:
    """The (1-based header row, mapping) remembered for a sheet whose header row is known.

    Each of the first rows is tried, so a layout whose header the reader cannot recognise
    (the reason the clerk mapped it by hand) is found again.
    """
    layouts = {
        item["key"]: item["mapping"]
        for item in _load(directory)["layouts"]
        if isinstance(item, dict) and isinstance(item.get("mapping"), dict)
    }
    for index in range(min(HEADER_SEARCH_ROWS, len(grid.rows))):
        key = layout_key(grid.rows[index])
        mapping = layouts.get(key)
        if key and mapping is not None:
            clean = {
                f: int(c)
                for f, c in mapping.items()
                if f in FIELDS and isinstance(c, int) and 0 <= c < grid.width
            }
            if "name" in clean:
                return index + 1, clean
    return None


def remember_layout(directory: Path, headers: Sequence[str], mapping: Mapping[str, int]) -> None:
    """Remember ``mapping`` for files whose header row reads ``headers`` (newest first)."""
    key = layout_key(headers)
    if not key:
        return
    data = _load(directory)
    layouts = [
        item for item in data["layouts"] if isinstance(item, dict) and item.get("key") != key
    ]
    layouts.insert(0, {"key": key, "mapping": dict(mapping)})
    data["layouts"] = layouts[:MAX_LAYOUTS]
    target = directory / MAPPING_FILE
    atomic_files.write_text(target, json.dumps(data, ensure_ascii=False, indent=1))
