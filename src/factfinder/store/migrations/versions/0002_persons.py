"""Persons registry: evidence columns on person_mentions, list import counts, person_pairs.

Revision ID: 0002_persons
Revises: 0001_initial

The baseline migration creates its tables from the current ``schema.py``, so a store made
after these columns were added already has them: each step checks before it adds.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0002_persons"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

_MENTION_COLUMNS: tuple[tuple[str, Any], ...] = (
    ("claim_id", sa.String(40)),
    ("sex", sa.String(8)),
    ("affiliation", sa.Text()),
    ("place", sa.Text()),
    ("harm", sa.String(32)),
    ("harm_date", sa.String(10)),
    ("fields", sa.JSON()),
)
_LIST_COLUMNS: tuple[tuple[str, Any], ...] = (("n_records", sa.Integer()), ("rejected", sa.JSON()))


def _columns(table: str) -> set[str]:
    return {c["name"] for c in sa.inspect(op.get_bind()).get_columns(table)}


def upgrade() -> None:
    have = _columns("person_mentions")
    for name, type_ in _MENTION_COLUMNS:
        if name not in have:
            op.add_column("person_mentions", sa.Column(name, type_))
    have = _columns("victim_lists")
    for name, type_ in _LIST_COLUMNS:
        if name not in have:
            op.add_column("victim_lists", sa.Column(name, type_))
    if "person_pairs" in sa.inspect(op.get_bind()).get_table_names():
        return
    op.create_table(
        "person_pairs",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("left_id", sa.String(40), nullable=False),
        sa.Column("right_id", sa.String(40), nullable=False),
        sa.Column("probability", sa.Float()),
        sa.Column("model", sa.String(64)),
        sa.Column("decision", sa.String(16)),
        sa.Column("decided_by", sa.String(128)),
        sa.Column("decided_at", sa.DateTime(timezone=True)),
        sa.Column("change_id", sa.Integer()),
    )
    op.create_index(
        "ix_person_pairs_decision_probability", "person_pairs", ["decision", "probability"]
    )
    op.create_index("ix_person_pairs_left_id", "person_pairs", ["left_id"])
    op.create_index("ix_person_pairs_right_id", "person_pairs", ["right_id"])


def downgrade() -> None:
    op.drop_table("person_pairs")
    with op.batch_alter_table("victim_lists") as batch:
        for name, _ in _LIST_COLUMNS:
            batch.drop_column(name)
    with op.batch_alter_table("person_mentions") as batch:
        for name, _ in _MENTION_COLUMNS:
            batch.drop_column(name)
