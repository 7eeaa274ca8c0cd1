"""The year's work plan (工作要点) as an ordered tree, and who is assigned to each node."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from creditdesk.model.base import Base, Versioned


class NodeKind(StrEnum):
    """Levels of the plan tree."""

    SECTION = "section"  # 一、二、 部分
    TASK = "task"  # （一） / 1. 任务
    ITEM = "item"  # 子项 inside a task


class Role(StrEnum):
    """Role of a unit in a task (牵头 / 责任 / 配合)."""

    LEAD = "lead"
    RESPONSIBLE = "responsible"
    SUPPORTING = "supporting"


class Frequency(StrEnum):
    """Reporting rhythm (报送频次) as in the import-plan JSON contract."""

    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    HALF_YEARLY = "half-yearly"
    ANNUAL = "annual"
    ONCE = "once"
    EVENT = "event"
    CONTINUOUS = "continuous"


class Plan(Versioned, Base):
    """One office's plan for one year; revised imports update it in place."""

    __tablename__ = "plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(index=True)
    title: Mapped[str] = mapped_column(String(200))
    doc_number: Mapped[str] = mapped_column(String(80), default="")
    source_name: Mapped[str] = mapped_column(String(260), default="")
    imported_at: Mapped[dt.datetime | None]
    starts_on: Mapped[dt.date | None]
    """The plan's start (its issue date unless the clerk set another): nothing is due before it."""

    nodes: Mapped[list[PlanNode]] = relationship(
        back_populates="plan",
        cascade="all, delete-orphan",
        order_by="[PlanNode.position, PlanNode.id]",
    )


class PlanNode(Versioned, Base):
    """A section, task or item of a plan, ordered by ``position`` among its siblings."""

    __tablename__ = "plan_node"
    __table_args__ = (
        Index("ix_plan_node_parent", "plan_id", "parent_id", "position"),
        CheckConstraint("kind IN ('section', 'task', 'item')", name="kind_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("plan_node.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(10))
    position: Mapped[int] = mapped_column(default=0)
    label: Mapped[str] = mapped_column(String(20), default="")
    title: Mapped[str] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text, default="")
    frequency: Mapped[str | None] = mapped_column(String(20))
    deadline: Mapped[str | None] = mapped_column(String(80))
    metrics: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of target phrases

    plan: Mapped[Plan] = relationship(back_populates="nodes")
    assignments: Mapped[list[Assignment]] = relationship(
        back_populates="node", cascade="all, delete-orphan", order_by="Assignment.id"
    )


class Assignment(Versioned, Base):
    """A unit (or a whole group) given a role in a task."""

    __tablename__ = "assignment"
    __table_args__ = (
        CheckConstraint("(unit_id IS NULL) <> (group_id IS NULL)", name="unit_or_group"),
        CheckConstraint("role IN ('lead', 'responsible', 'supporting')", name="role_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    node_id: Mapped[int] = mapped_column(ForeignKey("plan_node.id", ondelete="CASCADE"), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), index=True)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("unit_group.id"), index=True)
    role: Mapped[str] = mapped_column(String(12))

    node: Mapped[PlanNode] = relationship(back_populates="assignments")
