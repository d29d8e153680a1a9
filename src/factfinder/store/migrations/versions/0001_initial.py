"""Initial schema, frozen as it stood at version 0.1: every table of the system and the
full-text index.

Revision ID: 0001_initial
Revises:

Written out table by table (generated once from ``schema.py`` by Alembic's autogenerate and
never edited since): later schema changes are later migrations, never edits here. Migrations
0002-0004 date from before this freeze; they check what exists, so they do nothing on a store
this baseline created.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from factfinder.store.dialects import dialect_for

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None

TABLES = (
    "audit_log",
    "changes",
    "confidential_marks",
    "incidents",
    "link_constraints",
    "person_pairs",
    "persons",
    "sources",
    "users",
    "victim_lists",
    "api_tokens",
    "incident_acts",
    "list_records",
    "mentions",
    "claims",
    "mention_keys",
    "person_mentions",
)


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=128), nullable=False),
        sa.Column("kind", sa.String(length=64), nullable=False),
        sa.Column("subject", sa.Text(), nullable=True),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_log")),
        sa.UniqueConstraint("hash", name=op.f("uq_audit_log_hash")),
    )
    op.create_table(
        "changes",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("actor", sa.String(length=128), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("undone_by", sa.String(length=128), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_changes")),
    )
    op.create_table(
        "confidential_marks",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("object_id", sa.String(length=64), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("marked_by", sa.String(length=128), nullable=False),
        sa.Column("marked_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_confidential_marks")),
        sa.UniqueConstraint(
            "kind", "object_id", "field", name=op.f("uq_confidential_marks_kind_object_id_field")
        ),
    )
    op.create_table(
        "incidents",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("acts", sa.JSON(), nullable=False),
        sa.Column("date", sa.String(length=10), nullable=True),
        sa.Column("date_end", sa.String(length=10), nullable=True),
        sa.Column("date_precision", sa.String(length=8), nullable=False),
        sa.Column("date_sort", sa.Date(), nullable=True),
        sa.Column("place", sa.Text(), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("perpetrators", sa.JSON(), nullable=False),
        sa.Column("grade", sa.String(length=16), nullable=False),
        sa.Column("analyst_grade", sa.String(length=16), nullable=True),
        sa.Column("aggregate", sa.Boolean(), nullable=False),
        sa.Column("killed_low", sa.Integer(), nullable=True),
        sa.Column("killed_high", sa.Integer(), nullable=True),
        sa.Column("n_mentions", sa.Integer(), nullable=False),
        sa.Column("n_sources", sa.Integer(), nullable=False),
        sa.Column("figures", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incidents")),
    )
    op.create_index(
        "ix_incidents_country_date", "incidents", ["country", "date_sort"], unique=False
    )
    op.create_index("ix_incidents_date_sort", "incidents", ["date_sort"], unique=False)
    op.create_index("ix_incidents_grade", "incidents", ["grade"], unique=False)
    op.create_table(
        "link_constraints",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("mention_id", sa.String(length=40), nullable=False),
        sa.Column("other", sa.String(length=40), nullable=False),
        sa.Column("change_id", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_link_constraints")),
    )
    op.create_index(
        "ix_link_constraints_mention_id", "link_constraints", ["mention_id"], unique=False
    )
    op.create_table(
        "person_pairs",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("left_id", sa.String(length=40), nullable=False),
        sa.Column("right_id", sa.String(length=40), nullable=False),
        sa.Column("probability", sa.Float(), nullable=True),
        sa.Column("model", sa.String(length=64), nullable=True),
        sa.Column("decision", sa.String(length=16), nullable=True),
        sa.Column("decided_by", sa.String(length=128), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("change_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_pairs")),
    )
    op.create_index(
        "ix_person_pairs_decision_probability",
        "person_pairs",
        ["decision", "probability"],
        unique=False,
    )
    op.create_index("ix_person_pairs_left_id", "person_pairs", ["left_id"], unique=False)
    op.create_index("ix_person_pairs_right_id", "person_pairs", ["right_id"], unique=False)
    op.create_table(
        "persons",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("variants", sa.JSON(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("sex", sa.String(length=8), nullable=True),
        sa.Column("age", sa.Integer(), nullable=True),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("affiliation", sa.Text(), nullable=True),
        sa.Column("place", sa.Text(), nullable=True),
        sa.Column("harm", sa.String(length=32), nullable=True),
        sa.Column("harm_date", sa.String(length=10), nullable=True),
        sa.Column("confidential", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_persons")),
    )
    op.create_table(
        "sources",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("publisher", sa.Text(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("author", sa.Text(), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("published_basis", sa.String(length=16), nullable=False),
        sa.Column("captured_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("language", sa.String(length=16), nullable=True),
        sa.Column("media_type", sa.String(length=64), nullable=False),
        sa.Column("filename", sa.Text(), nullable=True),
        sa.Column("origin", sa.Text(), nullable=True),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("near_duplicate_of", sa.String(length=64), nullable=True),
        sa.Column("reliability", sa.String(length=32), nullable=True),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("added_by", sa.String(length=128), nullable=True),
        sa.Column("simhash", sa.BigInteger(), nullable=True),
        sa.Column("band0", sa.Integer(), nullable=True),
        sa.Column("band1", sa.Integer(), nullable=True),
        sa.Column("band2", sa.Integer(), nullable=True),
        sa.Column("band3", sa.Integer(), nullable=True),
        sa.Column("parent_id", sa.String(length=64), nullable=True),
        sa.Column("notes", sa.JSON(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("extracted_with", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["near_duplicate_of"], ["sources.id"], name=op.f("fk_sources_near_duplicate_of_sources")
        ),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sources")),
        sa.UniqueConstraint("id", name=op.f("uq_sources_id")),
    )
    op.create_index("ix_sources_band0", "sources", ["band0"], unique=False)
    op.create_index("ix_sources_band1", "sources", ["band1"], unique=False)
    op.create_index("ix_sources_band2", "sources", ["band2"], unique=False)
    op.create_index("ix_sources_band3", "sources", ["band3"], unique=False)
    op.create_index("ix_sources_language", "sources", ["language"], unique=False)
    op.create_index("ix_sources_published", "sources", ["published"], unique=False)
    op.create_index("ix_sources_publisher", "sources", ["publisher"], unique=False)
    op.create_table(
        "users",
        sa.Column("name", sa.String(length=128), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("password_hash", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_users")),
    )
    op.create_table(
        "victim_lists",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("filename", sa.Text(), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=True),
        sa.Column("mapping", sa.JSON(), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("n_records", sa.Integer(), nullable=True),
        sa.Column("rejected", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_victim_lists")),
        sa.UniqueConstraint("name", name=op.f("uq_victim_lists_name")),
    )
    op.create_table(
        "api_tokens",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("user", sa.String(length=128), nullable=False),
        sa.Column("label", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["user"], ["users.name"], name=op.f("fk_api_tokens_user_users")),
        sa.PrimaryKeyConstraint("token_hash", name=op.f("pk_api_tokens")),
    )
    op.create_table(
        "incident_acts",
        sa.Column("incident_id", sa.String(length=40), nullable=False),
        sa.Column("act", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"], ["incidents.id"], name=op.f("fk_incident_acts_incident_id_incidents")
        ),
        sa.PrimaryKeyConstraint("incident_id", "act", name=op.f("pk_incident_acts")),
    )
    op.create_index("ix_incident_acts_act", "incident_acts", ["act", "incident_id"], unique=False)
    op.create_table(
        "list_records",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("list_id", sa.String(length=40), nullable=False),
        sa.Column("record", sa.Text(), nullable=False),
        sa.Column("row", sa.Integer(), nullable=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("person_id", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(
            ["list_id"], ["victim_lists.id"], name=op.f("fk_list_records_list_id_victim_lists")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.id"], name=op.f("fk_list_records_person_id_persons")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_list_records")),
        sa.UniqueConstraint("list_id", "record", name=op.f("uq_list_records_list_id_record")),
    )
    op.create_index("ix_list_records_person_id", "list_records", ["person_id"], unique=False)
    op.create_table(
        "mentions",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("source_id", sa.String(length=64), nullable=False),
        sa.Column("doc", sa.Text(), nullable=False),
        sa.Column("doc_key", sa.String(length=128), nullable=True),
        sa.Column("incident_id", sa.String(length=40), nullable=True),
        sa.Column("acts", sa.JSON(), nullable=False),
        sa.Column("date", sa.String(length=10), nullable=True),
        sa.Column("date_end", sa.String(length=10), nullable=True),
        sa.Column("date_precision", sa.String(length=8), nullable=False),
        sa.Column("place", sa.Text(), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("perpetrators", sa.JSON(), nullable=False),
        sa.Column("victims", sa.Text(), nullable=True),
        sa.Column("named_victims", sa.JSON(), nullable=False),
        sa.Column("attributed_to", sa.Text(), nullable=True),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("aggregate", sa.Boolean(), nullable=False),
        sa.Column("pipeline", sa.String(length=64), nullable=True),
        sa.Column("manual", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"], ["incidents.id"], name=op.f("fk_mentions_incident_id_incidents")
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("fk_mentions_source_id_sources")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentions")),
    )
    op.create_index("ix_mentions_country_date", "mentions", ["country", "date"], unique=False)
    op.create_index("ix_mentions_incident_id", "mentions", ["incident_id"], unique=False)
    op.create_index("ix_mentions_source_id", "mentions", ["source_id"], unique=False)
    op.create_table(
        "claims",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("mention_id", sa.String(length=40), nullable=True),
        sa.Column("source_id", sa.String(length=64), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("value", sa.JSON(), nullable=True),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("attributed_to", sa.Text(), nullable=True),
        sa.Column("method", sa.String(length=128), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("review", sa.String(length=16), nullable=False),
        sa.Column("reviewer", sa.String(length=128), nullable=True),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("supersedes", sa.String(length=40), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["mention_id"], ["mentions.id"], name=op.f("fk_claims_mention_id_mentions")
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("fk_claims_source_id_sources")
        ),
        sa.ForeignKeyConstraint(
            ["supersedes"], ["claims.id"], name=op.f("fk_claims_supersedes_claims")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claims")),
    )
    op.create_index("ix_claims_mention_id", "claims", ["mention_id"], unique=False)
    op.create_index("ix_claims_review_confidence", "claims", ["review", "confidence"], unique=False)
    op.create_index("ix_claims_source_id", "claims", ["source_id"], unique=False)
    op.create_table(
        "mention_keys",
        sa.Column("key", sa.String(length=160), nullable=False),
        sa.Column("mention_id", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["mention_id"], ["mentions.id"], name=op.f("fk_mention_keys_mention_id_mentions")
        ),
    )
    op.create_index("ix_mention_keys_key", "mention_keys", ["key"], unique=False)
    op.create_index("ix_mention_keys_mention_id", "mention_keys", ["mention_id"], unique=False)
    op.create_table(
        "person_mentions",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("person_id", sa.String(length=40), nullable=True),
        sa.Column("mention_id", sa.String(length=40), nullable=True),
        sa.Column("source_id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("age", sa.Integer(), nullable=True),
        sa.Column("relation", sa.Text(), nullable=True),
        sa.Column("claim_id", sa.String(length=40), nullable=True),
        sa.Column("sex", sa.String(length=8), nullable=True),
        sa.Column("affiliation", sa.Text(), nullable=True),
        sa.Column("place", sa.Text(), nullable=True),
        sa.Column("harm", sa.String(length=32), nullable=True),
        sa.Column("harm_date", sa.String(length=10), nullable=True),
        sa.Column("fields", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["mention_id"], ["mentions.id"], name=op.f("fk_person_mentions_mention_id_mentions")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.id"], name=op.f("fk_person_mentions_person_id_persons")
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("fk_person_mentions_source_id_sources")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_mentions")),
    )
    op.create_index("ix_person_mentions_person_id", "person_mentions", ["person_id"], unique=False)
    bind = op.get_bind()
    dialect_for(bind.dialect).create_search_index(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS sources_fts")
    existing = set(sa.inspect(bind).get_table_names())
    for table in reversed(TABLES):
        if table in existing:  # later migrations' downgrades may have dropped it already
            op.drop_table(table)
