"""Incident acts as rows (incident_acts): filtering by act becomes an index look-up.

Revision ID: 0004_incident_acts
Revises: 0003_confidential
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_incident_acts"
down_revision = "0003_confidential"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if "incident_acts" not in sa.inspect(bind).get_table_names():
        op.create_table(
            "incident_acts",
            sa.Column(
                "incident_id", sa.String(40), sa.ForeignKey("incidents.id"), primary_key=True
            ),
            sa.Column("act", sa.String(32), primary_key=True),
        )
        op.create_index("ix_incident_acts_act", "incident_acts", ["act", "incident_id"])
    incidents = sa.table("incidents", sa.column("id", sa.String), sa.column("acts", sa.JSON))
    acts = sa.table(
        "incident_acts", sa.column("incident_id", sa.String), sa.column("act", sa.String)
    )
    have = {r[0] for r in bind.execute(sa.select(acts.c.incident_id).distinct())}
    rows = [
        {"incident_id": r.id, "act": act}
        for r in bind.execute(sa.select(incidents.c.id, incidents.c.acts))
        if r.id not in have
        for act in sorted(set(r.acts or []))
    ]
    if rows:
        op.bulk_insert(acts, rows)


def downgrade() -> None:
    op.drop_index("ix_incident_acts_act", table_name="incident_acts")
    op.drop_table("incident_acts")
