"""Incident acts carry the incident's country, aggregate flag and date_sort, indexed together:
a list filtered by act and country is one index range, in date order, and its count is cheap.

Revision ID: 0005_incident_acts_filter
Revises: 0004_incident_acts
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_incident_acts_filter"
down_revision = "0004_incident_acts"
branch_labels = None
depends_on = None

COLUMNS = (
    ("country", sa.String(2), None),
    ("aggregate", sa.Boolean(), sa.false()),
    ("date_sort", sa.Date(), None),
)
INDEX = "ix_incident_acts_filter"


def upgrade() -> None:
    bind = op.get_bind()
    inspector = sa.inspect(bind)
    have = {c["name"] for c in inspector.get_columns("incident_acts")}
    for name, kind, default in COLUMNS:
        if name not in have:
            nullable = default is None
            op.add_column(
                "incident_acts",
                sa.Column(name, kind, nullable=nullable, server_default=default),
            )
    op.execute(
        "UPDATE incident_acts SET "
        "country = (SELECT i.country FROM incidents i WHERE i.id = incident_acts.incident_id), "
        "aggregate = (SELECT i.aggregate FROM incidents i WHERE i.id = incident_acts.incident_id), "
        "date_sort = (SELECT i.date_sort FROM incidents i WHERE i.id = incident_acts.incident_id)"
    )
    if INDEX not in {i["name"] for i in inspector.get_indexes("incident_acts")}:
        op.create_index(
            INDEX, "incident_acts", ["act", "country", "aggregate", "date_sort", "incident_id"]
        )


def downgrade() -> None:
    op.drop_index(INDEX, table_name="incident_acts")
    with op.batch_alter_table("incident_acts") as batch:
        for name, _, _ in reversed(COLUMNS):
            batch.drop_column(name)
