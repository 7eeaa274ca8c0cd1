"""Declarative base, naming convention and the version column every editable row carries."""

from __future__ import annotations

from typing import Any

from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

# Stable constraint names so Alembic batch migrations can find them on SQLite and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Base of all CreditDesk tables."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Versioned:
    """An editable row: ``version`` grows on every update; a stale update fails.

    SQLAlchemy's ``version_id_col`` adds ``WHERE version = :old`` to each UPDATE, so a save
    based on an old copy raises ``StaleDataError`` instead of silently overwriting (shared mode).
    """

    version: Mapped[int] = mapped_column(nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.version}
