"""Typed SQLAlchemy models of the workspace; the schema comes only from database/ migrations."""

from creditdesk.model.base import Base, Versioned
from creditdesk.model.notices import Notice, NoticeItem
from creditdesk.model.obligations import Attachment, Obligation, ObligationRule, Submission
from creditdesk.model.office import (
    AnnouncedYear,
    AuditEntry,
    CalendarOverride,
    ClerkState,
    OfficeSettings,
)
from creditdesk.model.plan import Assignment, Frequency, NodeKind, Plan, PlanNode, Role
from creditdesk.model.reports import ReportIssue
from creditdesk.model.roster import Alias, GroupMember, Unit, UnitGroup
from creditdesk.model.shared import AppUser, AttachmentBlob

__all__ = [
    "Alias",
    "AnnouncedYear",
    "AppUser",
    "Assignment",
    "Attachment",
    "AttachmentBlob",
    "AuditEntry",
    "Base",
    "CalendarOverride",
    "ClerkState",
    "Frequency",
    "GroupMember",
    "NodeKind",
    "Notice",
    "NoticeItem",
    "Obligation",
    "ObligationRule",
    "OfficeSettings",
    "Plan",
    "PlanNode",
    "ReportIssue",
    "Role",
    "Submission",
    "Unit",
    "UnitGroup",
    "Versioned",
]
