"""Office settings (单位设置): the name, document-number prefix and contact on every letter."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from creditdesk import model
from creditdesk.services import audit
from creditdesk.services.context import ServiceContext
from creditdesk.services.errors import StaleEditError

SETTINGS_ID = 1


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
    with ctx.session_factory.begin() as session:
        row = settings_row(session)
        if row.version != new.version:
            by = audit.last_change(session, "office_settings", row.id)
            raise StaleEditError("单位设置", theirs=_to_data(row), mine=new, by=by)
        before = audit.snapshot(row)
        row.place_name = new.place_name.strip()
        row.office_name = new.office_name.strip()
        row.doc_prefix = new.doc_prefix.strip()
        row.contact_person = new.contact_person.strip()
        row.contact_phone = new.contact_phone.strip()
        row.report_criticise_overdue = max(1, new.report_criticise_overdue)
        row.report_copy_to = new.report_copy_to.strip()
        session.flush()
        audit.record(
            session, ctx, "修改单位设置", "office_settings", row.id, before, audit.snapshot(row)
        )
        return _to_data(row)


def with_version(settings: OfficeSettings, version: int) -> OfficeSettings:
    """The same values re-based on another version (undo applies old values to the newest row)."""
    return replace(settings, version=version)
