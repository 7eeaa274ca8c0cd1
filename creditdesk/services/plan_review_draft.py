"""The plan review's decisions kept as a draft (草稿) until the import, so a cancel loses nothing.

A clerk who stops the review — to build a group on the 单位 page, or for the day — finds every
name decided so far, the plan's start and the accepted suggestions again when opening the same
file: the draft lives in the workspace folder, keyed by the SHA-256 of the plan file, and is
discarded once that file is imported. A changed file (another hash) starts afresh.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from creditdesk import atomic_files
from creditdesk.services.backups import file_sha256
from creditdesk.services.errors import UserError
from creditdesk.services.plan_import import NameDecision

DRAFTS_DIR = "drafts"
"""Folder of the workspace that holds review drafts (plan-review-<sha256>.json)."""


@dataclass(frozen=True)
class ReviewDraft:
    """What the clerk decided on review so far."""

    decisions: dict[str, NameDecision] = field(default_factory=dict)
    starts_on: dt.date | None = None
    frequencies: dict[str, str] = field(default_factory=dict)
    """Task label → rhythm set on review (for tasks the plan gave none)."""


def plan_file_key(path: Path) -> str:
    """The SHA-256 of a plan file: the key of its draft."""
    return file_sha256(path)


def _path(workspace_dir: Path, key: str) -> Path:
    if len(key) != 64 or any(c not in "0123456789abcdef" for c in key):
        raise ValueError(f"not a SHA-256: {key!r}")
    return workspace_dir / DRAFTS_DIR / f"plan-review-{key}.json"


def save_review_draft(workspace_dir: Path, key: str, draft: ReviewDraft) -> None:
    """Keep the draft (replacing an older one) through a temporary file and a rename.

    Raises:
        UserError: the workspace folder cannot be written.
    """
    target = _path(workspace_dir, key)
    data: dict[str, Any] = {
        "decisions": {
            name: {"action": d.action, "target_id": d.target_id, "category": d.category}
            for name, d in draft.decisions.items()
        },
        "starts_on": None if draft.starts_on is None else draft.starts_on.isoformat(),
        "frequencies": draft.frequencies,
    }
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_files.write_text(target, json.dumps(data, ensure_ascii=False, indent=1))
    except OSError as error:
        raise UserError(f"无法保存导入核对草稿：{error.strerror or error}") from error


def load_review_draft(workspace_dir: Path, key: str) -> ReviewDraft | None:
    """The draft kept for this plan file, or None (none kept, or unreadable: start afresh)."""
    try:
        data = json.loads(_path(workspace_dir, key).read_text(encoding="utf-8"))
        decisions = {
            name: NameDecision(d["action"], d.get("target_id"), d.get("category", ""))
            for name, d in data.get("decisions", {}).items()
        }
        starts = data.get("starts_on")
        return ReviewDraft(
            decisions,
            None if starts is None else dt.date.fromisoformat(starts),
            dict(data.get("frequencies", {})),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def discard_review_draft(workspace_dir: Path, key: str) -> None:
    """Forget the draft once its plan is imported (nothing to do when there is none)."""
    # a leftover draft is harmless: the next review of that file offers it again
    with contextlib.suppress(OSError):
        _path(workspace_dir, key).unlink(missing_ok=True)
