"""Member units (成员单位), their aliases (别名) and groups (单位分组)."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from creditdesk.model.base import Base, Versioned


class Unit(Versioned, Base):
    """A member unit of the leadership group; referenced units are deactivated, never deleted."""

    __tablename__ = "unit"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    short_name: Mapped[str] = mapped_column(String(60), default="")
    category: Mapped[str] = mapped_column(String(40), default="", index=True)
    liaison: Mapped[str] = mapped_column(String(60), default="")
    liaison_title: Mapped[str] = mapped_column(String(60), default="")  # 职务 of the liaison
    office_phone: Mapped[str] = mapped_column(String(60), default="")
    mobile: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(default=True)
    position: Mapped[int] = mapped_column(default=0)

    aliases: Mapped[list[Alias]] = relationship(
        back_populates="unit", cascade="all, delete-orphan", order_by="Alias.id"
    )


class UnitGroup(Versioned, Base):
    """A named set of units a plan can address at once (各成员单位, 各乡镇（街道）…)."""

    __tablename__ = "unit_group"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    all_units: Mapped[bool] = mapped_column(default=False)

    members: Mapped[list[GroupMember]] = relationship(
        back_populates="group", cascade="all, delete-orphan"
    )


class GroupMember(Base):
    """Membership of a unit in a group."""

    __tablename__ = "group_member"

    group_id: Mapped[int] = mapped_column(
        ForeignKey("unit_group.id", ondelete="CASCADE"), primary_key=True
    )
    unit_id: Mapped[int] = mapped_column(
        ForeignKey("unit.id", ondelete="CASCADE"), primary_key=True, index=True
    )

    group: Mapped[UnitGroup] = relationship(back_populates="members")
    unit: Mapped[Unit] = relationship()


class Alias(Versioned, Base):
    """Another spelling of a unit or group name, remembered from imports and merges."""

    __tablename__ = "alias"
    __table_args__ = (
        CheckConstraint("(unit_id IS NULL) <> (group_id IS NULL)", name="exactly_one_target"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    unit_id: Mapped[int | None] = mapped_column(
        ForeignKey("unit.id", ondelete="CASCADE"), index=True
    )
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("unit_group.id", ondelete="CASCADE"), index=True
    )

    unit: Mapped[Unit | None] = relationship(back_populates="aliases")
