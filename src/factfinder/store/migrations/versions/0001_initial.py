"""Initial schema: every table of the system, and the full-text index.

Revision ID: 0001_initial
Revises:
This baseline creates the tables from ``schema.py`` as they were at version 0.1; every later
change to the schema is a new migration written with explicit ``op`` calls.
"""

from __future__ import annotations

from alembic import op

from factfinder.store.dialects import dialect_for
from factfinder.store.schema import metadata

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    metadata.create_all(bind)
    dialect_for(bind.dialect).create_search_index(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS sources_fts")
    metadata.drop_all(bind)
