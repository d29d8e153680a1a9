"""Everything that differs between SQLite and PostgreSQL lives here, nowhere else."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from sqlalchemy import Connection, Engine, event, text
from sqlalchemy.engine import Dialect as SADialect

from factfinder.store.query import ParsedQuery, to_fts5, to_tsquery

MARK_START = "\ue000"  # highlight markers in snippets (private-use characters never found in text)
MARK_END = "\ue001"


@dataclass(slots=True)
class SearchFilters:
    since: date | None = None
    until: date | None = None
    language: str | None = None
    publisher: str | None = None
    order: str = "rank"  # "rank" (relevance) or "published" (newest first; fast on huge archives)


SEARCH_ORDERS = ("rank", "published")


class Dialect(Protocol):
    name: str

    def configure(self, engine: Engine) -> None: ...

    def create_search_index(self, conn: Connection) -> None: ...

    def search_sql(
        self, query: ParsedQuery, filters: SearchFilters, limit: int, offset: int
    ) -> tuple[str, dict[str, Any]]: ...


def _filter_sql(filters: SearchFilters, params: dict[str, Any], ilike: str) -> str:
    clauses = []
    if filters.since:
        clauses.append("s.published >= :since")
        params["since"] = filters.since
    if filters.until:
        clauses.append("s.published <= :until")
        params["until"] = filters.until
    if filters.language:
        clauses.append("lower(s.language) = :language")
        params["language"] = filters.language.lower()
    if filters.publisher:
        clauses.append(f"s.publisher {ilike} :publisher")
        params["publisher"] = f"%{filters.publisher}%"
    return "".join(f" AND {c}" for c in clauses)


class SQLiteDialect:
    name = "sqlite"

    def configure(self, engine: Engine) -> None:
        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

    def create_search_index(self, conn: Connection) -> None:
        conn.execute(
            text(
                "CREATE VIRTUAL TABLE IF NOT EXISTS sources_fts USING fts5("
                "title, text, content='sources', content_rowid='seq', "
                "tokenize='unicode61 remove_diacritics 2')"
            )
        )
        conn.execute(
            text(
                "CREATE TRIGGER IF NOT EXISTS sources_fts_ai AFTER INSERT ON sources BEGIN "
                "INSERT INTO sources_fts(rowid, title, text) "
                "VALUES (new.seq, coalesce(new.title, ''), new.text); END"
            )
        )
        conn.execute(
            text(
                "CREATE TRIGGER IF NOT EXISTS sources_fts_ad AFTER DELETE ON sources BEGIN "
                "INSERT INTO sources_fts(sources_fts, rowid, title, text) "
                "VALUES ('delete', old.seq, coalesce(old.title, ''), old.text); END"
            )
        )
        conn.execute(
            text(
                "CREATE TRIGGER IF NOT EXISTS sources_fts_au "
                "AFTER UPDATE OF title, text ON sources "
                "BEGIN INSERT INTO sources_fts(sources_fts, rowid, title, text) "
                "VALUES ('delete', old.seq, coalesce(old.title, ''), old.text); "
                "INSERT INTO sources_fts(rowid, title, text) "
                "VALUES (new.seq, coalesce(new.title, ''), new.text); END"
            )
        )

    def search_sql(
        self, query: ParsedQuery, filters: SearchFilters, limit: int, offset: int
    ) -> tuple[str, dict[str, Any]]:
        params: dict[str, Any] = {"q": to_fts5(query), "limit": limit, "offset": offset}
        where = _filter_sql(filters, params, "LIKE")
        by_date = filters.order == "published"
        join = " JOIN sources s ON s.seq = sources_fts.rowid" if where or by_date else ""
        # Rank every match (in C) but make snippets only for the page of hits: a snippet per
        # match would cost as much as reading every matching text. Newest-first skips bm25.
        if by_date:
            rank, inner, outer = (
                "s.published",
                "rank DESC NULLS LAST, seq DESC",
                "top.rank DESC NULLS LAST, top.seq DESC",
            )
        else:
            rank, inner, outer = "bm25(sources_fts, 5.0, 1.0)", "rank, seq", "top.rank, top.seq"
        sql = (
            f"WITH top AS (SELECT sources_fts.rowid AS seq, {rank} AS rank "
            f"FROM sources_fts{join} WHERE sources_fts MATCH :q{where} "
            f"ORDER BY {inner} LIMIT :limit OFFSET :offset) "
            "SELECT s.id, s.title, s.publisher, s.published, s.language, "
            f"snippet(sources_fts, 1, '{MARK_START}', '{MARK_END}', '…', 24) AS snippet, "
            "top.rank FROM top JOIN sources_fts ON sources_fts.rowid = top.seq "
            "JOIN sources s ON s.seq = top.seq "
            f"WHERE sources_fts MATCH :q ORDER BY {outer}"
        )
        return sql, params


class PostgresDialect:
    name = "postgresql"

    def configure(self, engine: Engine) -> None:
        return None

    def create_search_index(self, conn: Connection) -> None:
        conn.execute(
            text(
                "ALTER TABLE sources ADD COLUMN IF NOT EXISTS tsv tsvector GENERATED ALWAYS AS ("
                "setweight(to_tsvector('simple', coalesce(title, '')), 'A') || "
                "setweight(to_tsvector('simple', left(text, 1000000)), 'B')) STORED"
            )
        )
        conn.execute(text("CREATE INDEX IF NOT EXISTS ix_sources_tsv ON sources USING gin (tsv)"))

    def search_sql(
        self, query: ParsedQuery, filters: SearchFilters, limit: int, offset: int
    ) -> tuple[str, dict[str, Any]]:
        params: dict[str, Any] = {"q": to_tsquery(query), "limit": limit, "offset": offset}
        where = _filter_sql(filters, params, "ILIKE")
        options = f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=30, MinWords=12"
        if filters.order == "published":
            inner = "s.published DESC NULLS LAST, s.seq DESC"
            outer = "hits.published DESC NULLS LAST, hits.seq DESC"
        else:
            inner, outer = "rank DESC, s.seq", "hits.rank DESC, hits.seq"
        # Rank first, then headline only the page of hits (ts_headline reads the whole text).
        sql = (
            "WITH q AS (SELECT to_tsquery('simple', :q) AS q), hits AS ("
            "SELECT s.seq, s.id, s.title, s.publisher, s.published, s.language, s.text, "
            "ts_rank_cd(s.tsv, q.q) AS rank FROM sources s, q WHERE s.tsv @@ q.q"
            f"{where} ORDER BY {inner} LIMIT :limit OFFSET :offset) "
            "SELECT hits.id, hits.title, hits.publisher, hits.published, hits.language, "
            f"ts_headline('simple', hits.text, q.q, '{options}') AS snippet, hits.rank "
            f"FROM hits, q ORDER BY {outer}"
        )
        return sql, params


def dialect_for(sa_dialect: SADialect) -> Dialect:
    if sa_dialect.name == "sqlite":
        return SQLiteDialect()
    if sa_dialect.name == "postgresql":
        return PostgresDialect()
    raise ValueError(f"unsupported database {sa_dialect.name}: use SQLite or PostgreSQL")
