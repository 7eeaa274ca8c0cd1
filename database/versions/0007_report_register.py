"""report register and summary settings

The quarterly summaries issued (report_issue): each with its own number (第N期 of its year),
the period and day it counts, and the 有关要求 text, so a summary can be printed again as it
was issued. Two office settings for the summary: how many overdue items bring a unit into the
通报批评 paragraph, and the 抄送 line of the 版记.

Revision ID: 0007
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("office_settings", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("report_criticise_overdue", sa.Integer(), nullable=False, server_default="3")
        )
        batch_op.add_column(
            sa.Column("report_copy_to", sa.String(length=200), nullable=False, server_default="")
        )
    op.create_table(
        "report_issue",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=60), nullable=False),
        sa.Column("period_code", sa.String(length=10), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_issue")),
        sa.UniqueConstraint("year", "seq", name=op.f("uq_report_issue_year_seq")),
    )


def downgrade() -> None:
    op.drop_table("report_issue")
    with op.batch_alter_table("office_settings", schema=None) as batch_op:
        batch_op.drop_column("report_copy_to")
        batch_op.drop_column("report_criticise_overdue")
