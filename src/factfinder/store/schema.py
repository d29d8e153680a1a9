"""The relational schema, one definition for SQLite and PostgreSQL (SQLAlchemy Core).

Designed once for the whole system: sources, mentions and claims (extraction), incidents and the
manual link constraints (linking), persons, victim lists and their records (registry), users and
API tokens (web), manual changes (undoable operations) and the hash-chained audit log.
Full-text search objects (FTS5 table or tsvector column) are made by the dialect module.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING)

sources = Table(
    "sources",
    metadata,
    # seq is the stable integer row id the full-text index refers to.
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("id", String(64), nullable=False, unique=True),  # SHA-256 of the original bytes
    Column("title", Text),
    Column("publisher", Text),
    Column("url", Text),
    Column("author", Text),
    Column("published", Date),
    Column("published_basis", String(16), nullable=False, default="unknown"),
    Column("captured_at", DateTime(timezone=True)),
    Column("language", String(16)),
    Column("media_type", String(64), nullable=False),
    Column("filename", Text),
    Column("origin", Text),
    Column("size", BigInteger, nullable=False),
    Column("near_duplicate_of", String(64), ForeignKey("sources.id")),
    Column("reliability", String(32)),
    Column("added_at", DateTime(timezone=True), nullable=False),
    Column("added_by", String(128)),
    Column("simhash", BigInteger),
    Column("band0", Integer),
    Column("band1", Integer),
    Column("band2", Integer),
    Column("band3", Integer),
    Column("parent_id", String(64)),
    Column("notes", JSON, nullable=False, default=list),
    Column("text", Text, nullable=False),
    Column("extracted_with", String(64)),  # pipeline version of the last extraction
    Index("ix_sources_published", "published"),
    Index("ix_sources_publisher", "publisher"),
    Index("ix_sources_language", "language"),
    Index("ix_sources_band0", "band0"),
    Index("ix_sources_band1", "band1"),
    Index("ix_sources_band2", "band2"),
    Index("ix_sources_band3", "band3"),
)

incidents = Table(
    "incidents",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("title", Text),
    Column("acts", JSON, nullable=False, default=list),
    Column("date", String(10)),
    Column("date_end", String(10)),
    Column("date_precision", String(8), nullable=False, default="unknown"),
    Column("date_sort", Date),  # first day the date can be, for filtering and sorting
    Column("place", Text),
    Column("country", String(2)),
    Column("lat", Float),
    Column("lon", Float),
    Column("perpetrators", JSON, nullable=False, default=list),
    Column("grade", String(16), nullable=False, default="single source"),
    Column("analyst_grade", String(16)),
    Column("aggregate", Boolean, nullable=False, default=False),
    Column("killed_low", Integer),
    Column("killed_high", Integer),
    Column("n_mentions", Integer, nullable=False, default=0),
    Column("n_sources", Integer, nullable=False, default=0),
    Column("figures", JSON, nullable=False, default=dict),  # reconciled figures, per rule
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Index("ix_incidents_country_date", "country", "date_sort"),
    Index("ix_incidents_date_sort", "date_sort"),
    Index("ix_incidents_grade", "grade"),
)

incident_acts = Table(
    "incident_acts",
    metadata,
    # one row per act of an incident: filtering by act is an index look-up, not a JSON scan
    Column("incident_id", String(40), ForeignKey("incidents.id"), primary_key=True),
    Column("act", String(32), primary_key=True),
    # copies of the incident's filter columns (written with it), so that a list filtered by act,
    # country and dates is one range of ix_incident_acts_filter, already in date order
    Column("country", String(2)),
    Column("aggregate", Boolean, nullable=False, default=False),
    Column("date_sort", Date),
    Index("ix_incident_acts_act", "act", "incident_id"),
    Index("ix_incident_acts_filter", "act", "country", "aggregate", "date_sort", "incident_id"),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("source_id", String(64), ForeignKey("sources.id"), nullable=False),
    Column("doc", Text, nullable=False),
    Column("doc_key", String(128)),  # the extractor's within-document incident key
    Column("incident_id", String(40), ForeignKey("incidents.id")),
    Column("acts", JSON, nullable=False, default=list),
    Column("date", String(10)),
    Column("date_end", String(10)),
    Column("date_precision", String(8), nullable=False, default="unknown"),
    Column("place", Text),
    Column("country", String(2)),
    Column("counts", JSON, nullable=False, default=dict),
    Column("perpetrators", JSON, nullable=False, default=list),
    Column("victims", Text),
    Column("named_victims", JSON, nullable=False, default=list),
    Column("attributed_to", Text),
    Column("evidence", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("aggregate", Boolean, nullable=False, default=False),
    Column("pipeline", String(64)),
    Column("manual", Boolean, nullable=False, default=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Index("ix_mentions_source_id", "source_id"),
    Index("ix_mentions_incident_id", "incident_id"),
    Index("ix_mentions_country_date", "country", "date"),
)

mention_keys = Table(
    "mention_keys",
    metadata,
    # blocking keys (link.block_keys) under which a mention is found as a linking candidate
    Column("key", String(160), nullable=False),
    Column("mention_id", String(40), ForeignKey("mentions.id"), nullable=False),
    Index("ix_mention_keys_key", "key"),
    Index("ix_mention_keys_mention_id", "mention_id"),
)

claims = Table(
    "claims",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("mention_id", String(40), ForeignKey("mentions.id")),
    Column("source_id", String(64), ForeignKey("sources.id"), nullable=False),
    Column("field", String(64), nullable=False),
    Column("value", JSON),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("quote", Text, nullable=False),
    Column("attributed_to", Text),
    Column("method", String(128), nullable=False),
    Column("confidence", Float, nullable=False, default=1.0),
    Column("review", String(16), nullable=False, default="pending"),
    Column("reviewer", String(128)),
    Column("reviewed_at", DateTime(timezone=True)),
    Column("supersedes", String(40), ForeignKey("claims.id")),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Index("ix_claims_mention_id", "mention_id"),
    Index("ix_claims_source_id", "source_id"),
    Index("ix_claims_review_confidence", "review", "confidence"),
)

link_constraints = Table(
    "link_constraints",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "kind", String(8), nullable=False
    ),  # "pin" (mention → incident) or "apart" (mention ≠ mention)
    Column("mention_id", String(40), nullable=False),
    Column("other", String(40), nullable=False),
    Column("change_id", Integer),
    Column("active", Boolean, nullable=False, default=True),
    Index("ix_link_constraints_mention_id", "mention_id"),
)

changes = Table(
    "changes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(32), nullable=False),  # merge, split, move, correct, review, grade
    Column("payload", JSON, nullable=False),  # what is needed to undo it
    Column("actor", String(128), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("undone_at", DateTime(timezone=True)),
    Column("undone_by", String(128)),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("actor", String(128), nullable=False),
    Column("kind", String(64), nullable=False),
    Column("subject", Text),
    Column("payload", JSON, nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False, unique=True),
)

persons = Table(
    "persons",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("name", Text, nullable=False),
    Column("variants", JSON, nullable=False, default=list),
    Column("role", String(16), nullable=False, default="victim"),
    Column("sex", String(8)),
    Column("age", Integer),
    Column("birth_year", Integer),
    Column("affiliation", Text),
    Column("place", Text),
    Column("harm", String(32)),
    Column("harm_date", String(10)),
    Column("confidential", Boolean, nullable=False, default=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

person_mentions = Table(
    "person_mentions",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("person_id", String(40), ForeignKey("persons.id")),
    Column("mention_id", String(40), ForeignKey("mentions.id")),
    Column("source_id", String(64), ForeignKey("sources.id"), nullable=False),
    Column("name", Text, nullable=False),  # as written
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("role", String(16), nullable=False, default="victim"),
    Column("age", Integer),
    Column("relation", Text),
    # added by 0002_persons: the values the source states about this person, with evidence
    Column("claim_id", String(40)),  # the extraction claim ("named_victim") naming the person
    Column("sex", String(8)),
    Column("affiliation", Text),
    Column("place", Text),
    Column("harm", String(32)),
    Column("harm_date", String(10)),
    Column("fields", JSON),  # {field: {value, start, end, quote, method}}
    Index("ix_person_mentions_person_id", "person_id"),
)

victim_lists = Table(
    "victim_lists",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("name", Text, nullable=False, unique=True),
    Column("filename", Text),
    Column("sha256", String(64)),
    Column("mapping", JSON, nullable=False, default=dict),
    Column("imported_at", DateTime(timezone=True), nullable=False),
    Column("n_records", Integer),  # added by 0002_persons
    Column("rejected", JSON),  # added by 0002_persons: [{row, reason}] of rows not imported
)

person_pairs = Table(
    # added by 0002_persons: scored candidate pairs of person records (list records or person
    # mentions) and the analyst's decisions on them, which later matching runs respect
    "person_pairs",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("left_id", String(40), nullable=False),
    Column("right_id", String(40), nullable=False),
    Column("probability", Float),
    Column("model", String(64)),
    Column("decision", String(16)),  # null (undecided), "same" or "different"
    Column("decided_by", String(128)),
    Column("decided_at", DateTime(timezone=True)),
    Column("change_id", Integer),
    Index("ix_person_pairs_decision_probability", "decision", "probability"),
    Index("ix_person_pairs_left_id", "left_id"),
    Index("ix_person_pairs_right_id", "right_id"),
)

list_records = Table(
    "list_records",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("list_id", String(40), ForeignKey("victim_lists.id"), nullable=False),
    Column("record", Text, nullable=False),
    Column("row", Integer),
    Column("name", Text, nullable=False),
    Column("fields", JSON, nullable=False, default=dict),
    Column("person_id", String(40), ForeignKey("persons.id")),
    UniqueConstraint("list_id", "record"),
    Index("ix_list_records_person_id", "person_id"),
)

confidential_marks = Table(
    # added by 0003_confidential: what must never leave through public views or exports. A mark
    # names an object (person, source or claim) and one of its fields, or "*" for all of it.
    "confidential_marks",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(16), nullable=False),
    Column("object_id", String(64), nullable=False),
    Column("field", String(64), nullable=False, default="*"),
    Column("marked_by", String(128), nullable=False),
    Column("marked_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("kind", "object_id", "field"),
)

users = Table(
    "users",
    metadata,
    Column("name", String(128), primary_key=True),
    Column("role", String(16), nullable=False),  # admin, editor, viewer
    Column("password_hash", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("active", Boolean, nullable=False, default=True),
)

api_tokens = Table(
    "api_tokens",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("user", String(128), ForeignKey("users.name"), nullable=False),
    Column("label", Text),
    Column("created_at", DateTime(timezone=True), nullable=False),
)
