"""A PostgreSQL cluster made without a locale (initdb on a bare machine with no LANG) has the
SQL_ASCII encoding, where the driver hands back bytes unless the store asks for UTF-8."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from tests.conftest import PG_URL
from tests.factories import add_text_source

from factfinder.settings import Settings
from factfinder.store import Store
from factfinder.store.sources import get_source, verify_store

pytestmark = [
    pytest.mark.store,
    pytest.mark.skipif(not PG_URL, reason="FACTFINDER_TEST_PG not set"),
]


@pytest.fixture
def ascii_url() -> Iterator[str]:
    import psycopg

    assert PG_URL
    name = "ff_ascii_" + uuid.uuid4().hex[:10]
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        try:
            conn.execute(
                f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'SQL_ASCII' "
                "LC_COLLATE 'C' LC_CTYPE 'C'"
            )
        except psycopg.errors.InsufficientPrivilege:
            pytest.skip("the test server's user may not create databases")
    url = urlsplit(PG_URL)._replace(path=f"/{name}").geturl()  # the same server, that database
    try:
        yield url
    finally:
        with psycopg.connect(PG_URL, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def test_a_sql_ascii_cluster_returns_text_not_bytes(ascii_url: str, tmp_path: Path) -> None:
    store = Store.open(Settings(home=tmp_path / "store", db=ascii_url, user="tester"))
    try:
        text = "Soldiers shot eleven people in Nyarubuye; «Timișoara» and Arāk were named too."
        sid = add_text_source(store, "ascii.txt", text, "Camp Monitor")
        source = get_source(store, sid)
        assert isinstance(source.text, str) and source.text == text
        assert verify_store(store).ok
    finally:
        store.close()
