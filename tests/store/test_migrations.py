"""The migrations build exactly the schema that schema.py describes, on both backends."""

from __future__ import annotations

from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from factfinder.store import Store
from factfinder.store.schema import metadata

pytestmark = pytest.mark.store


def _ours(diff: Any) -> bool:
    """Leave out the full-text objects, which the dialect module makes outside schema.py."""
    text = repr(diff)
    return not any(name in text for name in ("sources_fts", "'tsv'", "ix_sources_tsv"))


def test_migrated_schema_matches_schema_py(store: Store) -> None:
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": False})
        diffs = [d for d in compare_metadata(context, metadata) if _ours(d)]
    assert diffs == []


def test_downgrade_to_nothing_and_up_again(store: Store) -> None:
    from alembic import command

    from factfinder.store.db import _alembic_config

    with store.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "base")
    with store.engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")
        assert store.current_revision(conn) == store.head_revision()
    assert store.count_sources() == 0
