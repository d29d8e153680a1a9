"""Field-level confidentiality: the confidential_marks table.

Revision ID: 0003_confidential
Revises: 0002_persons

The baseline migration creates its tables from the current ``schema.py``, so a store made
after this table was added already has it: the step checks before it creates.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_confidential"
down_revision = "0002_persons"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if "confidential_marks" in sa.inspect(op.get_bind()).get_table_names():
        return
    op.create_table(
        "confidential_marks",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("object_id", sa.String(64), nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("marked_by", sa.String(128), nullable=False),
        sa.Column("marked_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint(
            "kind", "object_id", "field", name="uq_confidential_marks_kind_object_id_field"
        ),
    )


def downgrade() -> None:
    op.drop_table("confidential_marks")
