"""Shared fixtures: a real store on SQLite, and the same store on PostgreSQL when
FACTFINDER_TEST_PG names a server (CI starts one); paths to the seed corpus."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.factories import add_text_source, ashraf_mention

from factfinder.linking import link_store
from factfinder.model import Count
from factfinder.settings import Settings
from factfinder.store import Store
from factfinder.store.mentions import save_extraction

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
PG_URL = os.environ.get("FACTFINDER_TEST_PG")
BACKENDS = [
    "sqlite",
    pytest.param(
        "postgresql", marks=pytest.mark.skipif(not PG_URL, reason="FACTFINDER_TEST_PG not set")
    ),
]


@pytest.fixture
def seeds() -> Path:
    if not (SEEDS / "manifest.json").is_file():
        pytest.skip("seed corpus ../shared/corpus/seeds not present")
    return SEEDS


def _pg_schema_url(name: str) -> str:
    import psycopg

    assert PG_URL
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{name}"')
    sep = "&" if "?" in PG_URL else "?"
    return f"{PG_URL}{sep}options=-csearch_path%3D{name}"


def _pg_drop(name: str) -> None:
    import psycopg

    assert PG_URL
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')


@pytest.fixture(params=BACKENDS)
def store_settings(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Settings]:
    """Settings of a fresh, empty store on each backend."""
    if request.param == "sqlite":
        yield Settings(home=tmp_path / "store", user="tester")
        return
    schema = "t_" + uuid.uuid4().hex[:12]
    url = _pg_schema_url(schema)
    try:
        yield Settings(home=tmp_path / "store", db=url, user="tester")
    finally:
        _pg_drop(schema)


@pytest.fixture
def store(store_settings: Settings) -> Iterator[Store]:
    st = Store.open(store_settings)
    try:
        yield st
    finally:
        st.close()


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    st = Store.open(Settings(home=tmp_path / "store", user="tester"))
    try:
        yield st
    finally:
        st.close()


@pytest.fixture
def linked(store: Store) -> Store:
    texts = {
        "a.txt": ("Fifty-two residents of the camp were killed on 1 September 2013.", "Camp News"),
        "b.txt": ("The 1 September 2013 raid on the camp killed 52 people.", "Rights Watchers"),
        "c.txt": (
            "The State Department said 50 were killed at the camp on 1 September 2013.",
            "Daily Wire",
        ),
        "d.txt": (
            "In July 2009 a raid on the camp killed 11; Amnesty said at least nine.",
            "Camp News",
        ),
    }
    ids = {name: add_text_source(store, name, text, pub) for name, (text, pub) in texts.items()}
    save_extraction(
        store,
        ids["a.txt"],
        [ashraf_mention("a.txt", "a#1", Count(value=52), texts["a.txt"][0])],
        "test@1",
    )
    save_extraction(
        store,
        ids["b.txt"],
        [ashraf_mention("b.txt", "b#1", Count(value=52), texts["b.txt"][0])],
        "test@1",
    )
    save_extraction(
        store,
        ids["c.txt"],
        [
            ashraf_mention(
                "c.txt", "c#1", Count(value=50), texts["c.txt"][0], voice="US State Department"
            )
        ],
        "test@1",
    )
    save_extraction(
        store,
        ids["d.txt"],
        [
            ashraf_mention(
                "d.txt", "d#1", Count(value=11), texts["d.txt"][0], date="2009-07-28", abducted=36
            ),
            ashraf_mention(
                "d.txt",
                "d#1",
                Count(min=9),
                texts["d.txt"][0],
                voice="Amnesty International",
                date="2009-07-28",
                abducted=None,
            ),
        ],
        "test@1",
    )
    stats = link_store(store)
    assert stats.linked == 5
    return store
