"""The units and groups (成员单位 / 分组) a clerk may name as a task's target, for pickers.

The task dialog and the plan import review both offer the roster to choose from; both read it
here, so the list (active units in roster order with their other spellings, then the groups)
is the same wherever a target is chosen, and the command line and tests can read it too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from creditdesk.services.context import ServiceContext
from creditdesk.services.roster import list_units
from creditdesk.services.roster_groups import list_groups

TargetKind = Literal["unit", "group"]


@dataclass(frozen=True)
class TargetEntry:
    """A unit or group the clerk can choose.

    Attributes:
        kind: "unit" or "group".
        id: its id in the roster.
        name: its full name.
        also: other spellings (short name, aliases) a search should find.
    """

    kind: TargetKind
    id: int
    name: str
    also: tuple[str, ...] = ()

    @property
    def key(self) -> tuple[TargetKind, int]:
        """What identifies the entry across reloads: its kind and id."""
        return (self.kind, self.id)


def _other_spellings(short_name: str, aliases: list[str]) -> tuple[str, ...]:
    return tuple([short_name, *aliases] if short_name else aliases)


def target_entries(ctx: ServiceContext) -> list[TargetEntry]:
    """Every active unit (roster order), then every group (by name)."""
    units = [
        TargetEntry(
            "unit", u.id, u.name, tuple([u.short_name, *u.aliases] if u.short_name else u.aliases)
        )
        for u in list_units(ctx)
    ]
    groups = [
        TargetEntry("group", g.id, g.name, tuple(a.name for a in g.aliases))
        for g in list_groups(ctx)
    ]
    return units + groups
