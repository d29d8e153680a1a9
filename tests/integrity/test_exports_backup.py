"""Exports, chain of custody, backup and restore on a real store."""

from __future__ import annotations

import csv
import io
import json
import os
import uuid
from pathlib import Path

import pytest
from sqlalchemy import insert
from tests.factories import add_text_source

from factfinder.backup import backup, restore
from factfinder.custody import custody
from factfinder.errors import StoreError
from factfinder.export import ACLED_COLUMNS, ExportError, ExportOptions, export
from factfinder.settings import Settings
from factfinder.store import Store
from factfinder.store.schema import persons
from factfinder.store.sources import verify_store

pytestmark = pytest.mark.store


def _export(store: Store, **kw: object) -> str:
    out = io.StringIO()
    export(store, ExportOptions(**kw), out)  # type: ignore[arg-type]
    return out.getvalue()


def test_json_export_has_figures_with_claims(linked: Store) -> None:
    data = json.loads(_export(linked, fmt="json"))
    sept = next(r for r in data if r["date"] == "2013-09-01")
    killed = sept["counts"]["killed"]
    assert (killed["low"], killed["high"], killed["contested"]) == (50, 52, True)
    assert {c["voice"] for c in killed["claims"]} >= {"US State Department"}
    assert sept["lat"] == pytest.approx(33.67)


def test_csv_exports_parse(linked: Store) -> None:
    rows = list(csv.DictReader(io.StringIO(_export(linked, fmt="csv"))))
    sept = next(r for r in rows if r["date"] == "2013-09-01")
    assert (
        sept["killed_low"] == "50"
        and sept["killed_high"] == "52"
        and sept["killed_contested"] == "True"
    )
    claims = list(csv.DictReader(io.StringIO(_export(linked, fmt="csv", table="claims"))))
    assert claims and all(r["quote"] and r["source_id"] for r in claims)


def test_acled_and_geojson(linked: Store) -> None:
    rows = list(csv.DictReader(io.StringIO(_export(linked, fmt="acled"))))
    assert list(rows[0].keys()) == ACLED_COLUMNS
    sept = next(r for r in rows if r["event_date"] == "2013-09-01")
    assert sept["event_type"] == "Violence against civilians" and sept["fatalities"] == "50"
    assert sept["tags"] == "contested" and sept["country"] == "IQ"
    geo = json.loads(_export(linked, fmt="geojson"))
    assert geo["type"] == "FeatureCollection"
    assert all(f["geometry"]["coordinates"] == [44.63, 33.67] for f in geo["features"])


def test_public_export_leaves_out_confidential_persons(linked: Store) -> None:
    with linked.write() as conn:
        conn.execute(
            insert(persons),
            [
                {
                    "id": "p1",
                    "name": "Witness Alpha",
                    "confidential": True,
                    "updated_at": linked.now(),
                    "variants": [],
                },
                {
                    "id": "p2",
                    "name": "Named Victim",
                    "confidential": False,
                    "updated_at": linked.now(),
                    "variants": [],
                },
            ],
        )
    full = json.loads(_export(linked, fmt="json", table="persons"))
    public = json.loads(_export(linked, fmt="json", table="persons", public=True))
    assert {p["name"] for p in full} == {"Witness Alpha", "Named Victim"}
    assert {p["name"] for p in public} == {"Named Victim"}
    assert "Witness Alpha" not in _export(linked, fmt="csv", table="persons", public=True)


@pytest.mark.parametrize("kw", [{"fmt": "xml"}, {"table": "secrets"}])
def test_bad_export_options(linked: Store, kw: dict[str, str]) -> None:
    with pytest.raises(ExportError):
        _export(linked, **kw)


def test_custody_record(linked: Store) -> None:
    record = custody(linked, "c.txt")
    assert record["intact"] and record["added_by"] == "tester"
    assert [e["kind"] for e in record["events"]][:2] == ["ingest", "extract"]
    assert record["derived"]["claims"] >= 1 and record["derived"]["incidents"]


def test_backup_restore_round_trip(linked: Store, tmp_path: Path) -> None:
    if linked.engine.dialect.name != "sqlite":
        pytest.skip("the PostgreSQL round trip is test_backup_restore_postgres")
    report = backup(linked, tmp_path / "bk")
    assert report.originals == 4
    target = Settings(home=tmp_path / "restored", user="tester")
    assert restore(target, tmp_path / "bk") == 4
    with Store.open(target) as restored:
        assert restored.count_sources() == 4
        assert verify_store(restored).ok
    with pytest.raises(StoreError, match="exists here already"):
        restore(target, tmp_path / "bk")


def test_backup_refuses_non_empty_folder_and_restore_refuses_junk(
    linked: Store, tmp_path: Path
) -> None:
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x").write_text("x")
    with pytest.raises(StoreError, match="not empty"):
        backup(linked, tmp_path / "full")
    with pytest.raises(StoreError, match="not a factfinder backup"):
        restore(Settings(home=tmp_path / "r"), tmp_path / "full")


@pytest.mark.skipif(not os.environ.get("FACTFINDER_TEST_PG"), reason="FACTFINDER_TEST_PG not set")
def test_backup_restore_postgres(tmp_path: Path) -> None:
    import psycopg

    base = os.environ["FACTFINDER_TEST_PG"]
    names = [f"ffbk_{uuid.uuid4().hex[:8]}" for _ in range(2)]
    with psycopg.connect(base, autocommit=True) as conn:
        for name in names:
            conn.execute(f'CREATE DATABASE "{name}"')
    try:
        root = base.rsplit("/", 1)[0]
        first = Settings(home=tmp_path / "a", db=f"{root}/{names[0]}", user="tester")
        with Store.open(first) as st:
            add_text_source(st, "one.txt", "A report stored in PostgreSQL.", "Desk")
            backup(st, tmp_path / "bk")
        second = Settings(home=tmp_path / "b", db=f"{root}/{names[1]}", user="tester")
        assert restore(second, tmp_path / "bk") == 1
        with Store.open(second) as st:
            assert st.count_sources() == 1 and verify_store(st).ok
    finally:
        with psycopg.connect(base, autocommit=True) as conn:
            for name in names:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
