"""notice templates in settings

The letter wording of the three notice levels (提醒 / 催报 / 督办), the working days a unit has
to reply, and whether the letter head is printed in red. An empty title or body means "use the
program's default wording", so existing workspaces get the defaults without copying them.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LEVELS = ("reminder", "overdue", "supervise")


def upgrade() -> None:
    with op.batch_alter_table("office_settings", schema=None) as batch_op:
        for level in LEVELS:
            batch_op.add_column(
                sa.Column(
                    f"notice_{level}_title",
                    sa.String(length=200),
                    nullable=False,
                    server_default="",
                )
            )
            batch_op.add_column(
                sa.Column(f"notice_{level}_body", sa.Text(), nullable=False, server_default="")
            )
        batch_op.add_column(
            sa.Column("notice_reply_workdays", sa.Integer(), nullable=False, server_default="5")
        )
        batch_op.add_column(
            sa.Column("notice_red_header", sa.Boolean(), nullable=False, server_default=sa.true())
        )


def downgrade() -> None:
    with op.batch_alter_table("office_settings", schema=None) as batch_op:
        batch_op.drop_column("notice_red_header")
        batch_op.drop_column("notice_reply_workdays")
        for level in reversed(LEVELS):
            batch_op.drop_column(f"notice_{level}_body")
            batch_op.drop_column(f"notice_{level}_title")
