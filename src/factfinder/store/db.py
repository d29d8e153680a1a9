"""The Store: the one object that owns the database and the folder of originals."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, func, insert, select, text
from sqlalchemy.exc import DBAPIError, OperationalError

from factfinder import audit, crypto
from factfinder.errors import QueryError, StoreError
from factfinder.settings import Settings
from factfinder.store.blobs import BlobStore
from factfinder.store.dialects import SearchFilters, dialect_for
from factfinder.store.query import parse_query
from factfinder.store.schema import sources

MIGRATIONS = Path(__file__).parent / "migrations"


@dataclass(slots=True)
class SearchHit:
    source_id: str
    title: str | None
    publisher: str | None
    published: Any
    language: str | None
    snippet: str
    rank: float


def _alembic_config(conn: Connection) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = conn
    return cfg


class Store:
    """Database + originals. Writes are short transactions; a crash never leaves a half source."""

    def __init__(self, engine: Engine, blobs: BlobStore, settings: Settings) -> None:
        self.engine = engine
        self.blobs = blobs
        self.settings = settings
        self.dialect = dialect_for(engine.dialect)

    @classmethod
    def open(cls, settings: Settings | None = None, *, create: bool = True) -> Store:
        """Open (and create or migrate, unless ``create`` is false) the store the settings name."""
        settings = settings or Settings()
        url = settings.db_url
        if url.startswith("sqlite:///"):
            path = Path(url.removeprefix("sqlite:///"))
            if not path.exists() and not create:
                raise StoreError(str(path), "no store here: run `factfinder init` first")
            path.parent.mkdir(parents=True, exist_ok=True)
        key = settings.key.get_secret_value() if settings.key else None
        engine = _make_engine(url, key)
        store = cls(engine, BlobStore(settings.originals_dir), settings)
        store.dialect.configure(engine)
        store.migrate()
        return store

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def migrate(self) -> None:
        """Bring the schema to the newest migration (each migration is one transaction)."""
        try:
            with self.engine.begin() as conn:
                if self.current_revision(conn) != self.head_revision():
                    command.upgrade(_alembic_config(conn), "head")
        except (OperationalError, DBAPIError) as e:
            raise StoreError(
                self.describe(), f"cannot open or migrate the database ({e.orig})"
            ) from e

    @staticmethod
    def head_revision() -> str | None:
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        return ScriptDirectory.from_config(cfg).get_current_head()

    @staticmethod
    def current_revision(conn: Connection) -> str | None:
        return MigrationContext.configure(conn).get_current_revision()

    def describe(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A write transaction (on SQLite, BEGIN IMMEDIATE: writers queue instead of failing)."""
        with self.engine.connect() as conn:
            conn = conn.execution_options(ff_immediate=True)
            with conn.begin():
                yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn

    def record(self, conn: Connection, kind: str, subject: str | None, **payload: Any) -> str:
        """Append an audit event in the caller's transaction."""
        return audit.append(conn, audit.Event(kind, subject, payload, self.settings.user))

    def search(
        self,
        query_text: str,
        filters: SearchFilters | None = None,
        *,
        limit: int = 20,
        offset: int = 0,
    ) -> list[SearchHit]:
        """Ranked full-text search over sources; QueryError on a malformed query."""
        query = parse_query(query_text)
        sql, params = self.dialect.search_sql(query, filters or SearchFilters(), limit, offset)
        try:
            with self.read() as conn:
                rows = conn.execute(text(sql), params).all()
        except OperationalError as e:
            raise QueryError(f"search query {query_text!r}", f"not understood ({e.orig})") from e
        return [SearchHit(*row) for row in rows]

    def count_sources(self) -> int:
        with self.read() as conn:
            return int(conn.execute(select(func.count()).select_from(sources)).scalar_one())

    def now(self) -> datetime:
        return datetime.now(UTC)

    def insert_row(self, conn: Connection, table: Any, **values: Any) -> None:
        conn.execute(insert(table).values(**values))


def _make_engine(url: str, key: str | None = None) -> Engine:
    make = crypto.creator(url, key)  # SQLCipher connections when the store is encrypted
    if url.startswith("sqlite"):
        extra: dict[str, Any] = {"creator": make} if make else {}
        engine = create_engine(url, connect_args={"timeout": 30}, **extra)

        @event.listens_for(engine, "connect")
        def _no_implicit_begin(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None  # we emit BEGIN ourselves (see below)

        @event.listens_for(engine, "begin")
        def _begin(conn: Connection) -> None:
            immediate = conn.get_execution_options().get("ff_immediate", False)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

        return engine
    if url.startswith("postgresql"):
        # text in UTF-8 whatever the server's encoding: a cluster made without a locale is
        # SQL_ASCII, and the driver would hand back bytes
        return create_engine(url, pool_pre_ping=True, connect_args={"client_encoding": "utf8"})
    raise StoreError(url, "unsupported database URL: use sqlite:///path or postgresql://...")
