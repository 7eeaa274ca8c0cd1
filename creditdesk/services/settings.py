"""Office settings (单位设置): the name, document-number prefix and contact on every letter."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TypeVar

from sqlalchemy.orm import Session

from creditdesk import model
from creditdesk.services import audit
from creditdesk.services.context import ServiceContext
from creditdesk.services.errors import StaleEditError

SETTINGS_ID = 1

T = TypeVar("T")


@dataclass(frozen=True)
class OfficeSettings:
    """The office's identity; ``version`` is the row version this copy was read at."""

    place_name: str = ""
    office_name: str = ""
    doc_prefix: str = ""
    contact_person: str = ""
    contact_phone: str = ""
    version: int = 0
    report_criticise_overdue: int = 3
    """Overdue items that bring a unit into the summary's 通报批评 paragraph."""
    report_copy_to: str = ""
    """The 抄送 line of the summary's 版记 (empty: none)."""


def settings_row(session: Session) -> model.OfficeSettings:
    """The one settings row, created if someone removed it (the first migration adds it)."""
    row = session.get(model.OfficeSettings, SETTINGS_ID)
    if row is None:
        row = model.OfficeSettings(id=SETTINGS_ID)
        session.add(row)
        session.flush()
    return row


def _to_data(row: model.OfficeSettings) -> OfficeSettings:
    return OfficeSettings(
        place_name=row.place_name,
        office_name=row.office_name,
        doc_prefix=row.doc_prefix,
        contact_person=row.contact_person,
        contact_phone=row.contact_phone,
        version=row.version,
        report_criticise_overdue=row.report_criticise_overdue,
        report_copy_to=row.report_copy_to,
    )


def load_settings(ctx: ServiceContext) -> OfficeSettings:
    """The current settings."""
    with ctx.session_factory.begin() as session:
        return _to_data(settings_row(session))


def save_settings(ctx: ServiceContext, new: OfficeSettings) -> OfficeSettings:
    """Save settings edited from a copy read at ``new.version``.

    Raises:
        StaleEditError: the settings changed since that copy was read; nothing is written.
    """

    def write(row: model.OfficeSettings) -> None:
        row.place_name = new.place_name.strip()
        row.office_name = new.office_name.strip()
        row.doc_prefix = new.doc_prefix.strip()
        row.contact_person = new.contact_person.strip()
        row.contact_phone = new.contact_phone.strip()
        row.report_criticise_overdue = max(1, new.report_criticise_overdue)
        row.report_copy_to = new.report_copy_to.strip()

    return update_settings_row(
        ctx, "单位设置", "修改单位设置", new, new.version, read=_to_data, write=write
    )


def update_settings_row(
    ctx: ServiceContext,
    subject: str,
    action: str,
    mine: object,
    version: int,
    *,
    read: Callable[[model.OfficeSettings], T],
    write: Callable[[model.OfficeSettings], None],
) -> T:
    """Write part of the one settings row, edited from a copy read at ``version``; audited.

    The settings and the notice templates share the row and its version, so both saves check
    and record it the same way.

    Args:
        subject: what was edited, for the stale-save message (单位设置).
        action: the audit log's action (修改单位设置).
        mine: the clerk's values, shown beside the other clerk's in a stale save.
        read: the row's values as the caller's type (also ``theirs`` in a stale save).
        write: puts the clerk's values on the row.

    Raises:
        StaleEditError: the row changed since ``version``; nothing is written.
    """
    with ctx.session_factory.begin() as session:
        row = settings_row(session)
        if row.version != version:
            by = audit.last_change(session, "office_settings", row.id)
            raise StaleEditError(subject, theirs=read(row), mine=mine, by=by)
        before = audit.snapshot(row)
        write(row)
        session.flush()
        audit.record(session, ctx, action, "office_settings", row.id, before, audit.snapshot(row))
        return read(row)


def with_version(settings: OfficeSettings, version: int) -> OfficeSettings:
    """The same values re-based on another version (undo applies old values to the newest row)."""
    return replace(settings, version=version)
