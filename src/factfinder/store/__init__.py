"""The store: schema, migrations, originals, repositories and full-text search."""

from factfinder.store.db import SearchHit, Store
from factfinder.store.dialects import SearchFilters

__all__ = ["SearchFilters", "SearchHit", "Store"]
