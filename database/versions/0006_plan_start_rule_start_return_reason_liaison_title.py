"""plan start, rhythm start, return reason and the liaison's position

A plan's start (plan.starts_on: nothing falls due before it), the day a changed rhythm applies
from (obligation_rule.applies_from), why a submission was returned for more material
(submission.return_reason, quoted by the next notice), and the liaison's 职务
(unit.liaison_title). Existing rows get no start (the whole plan year, as before) and empty
texts.

Revision ID: 0006
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("plan") as batch:
        batch.add_column(sa.Column("starts_on", sa.Date(), nullable=True))
    with op.batch_alter_table("obligation_rule") as batch:
        batch.add_column(sa.Column("applies_from", sa.Date(), nullable=True))
    with op.batch_alter_table("submission") as batch:
        batch.add_column(sa.Column("return_reason", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("unit") as batch:
        batch.add_column(
            sa.Column("liaison_title", sa.String(length=60), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("unit") as batch:
        batch.drop_column("liaison_title")
    with op.batch_alter_table("submission") as batch:
        batch.drop_column("return_reason")
    with op.batch_alter_table("obligation_rule") as batch:
        batch.drop_column("applies_from")
    with op.batch_alter_table("plan") as batch:
        batch.drop_column("starts_on")
