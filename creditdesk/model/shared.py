"""Shared mode (共享模式): the clerks who sign in, and attachment contents kept in the database."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from creditdesk.model.base import Base, Versioned


class AppUser(Versioned, Base):
    """A clerk or leader who signs in to a shared database.

    ``password_hash`` is ``scrypt$n$r$p$salt$hash`` (hex): a salted hash from the standard
    scrypt KDF, never the password itself.
    """

    __tablename__ = "app_user"
    __table_args__ = (CheckConstraint("role IN ('admin', 'clerk', 'readonly')", name="role_known"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(60), unique=True)
    display_name: Mapped[str] = mapped_column(String(60), default="")
    role: Mapped[str] = mapped_column(String(12))
    password_hash: Mapped[str] = mapped_column(String(300))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[dt.datetime]


class AttachmentBlob(Base):
    """The content of an attached file in shared mode, keyed by its SHA-256."""

    __tablename__ = "attachment_blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int]
    content: Mapped[bytes] = mapped_column(LargeBinary)
