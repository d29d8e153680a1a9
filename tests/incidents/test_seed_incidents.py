"""Issue 4's targets on the real seed reports, end to end: run (ingest + extract + link)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from factfinder.ingest import load_manifest
from factfinder.ingest.batch import IngestOptions
from factfinder.process import run
from factfinder.records import format_count, incident_record
from factfinder.settings import Settings
from factfinder.store import Store
from factfinder.store.incidents import IncidentFilters, list_incidents


@pytest.fixture(scope="module")
def seed_incidents(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    from tests.conftest import SEEDS

    if not (SEEDS / "manifest.json").is_file():
        pytest.skip("seed corpus ../shared/corpus/seeds not present")
    home: Path = tmp_path_factory.mktemp("seeds")
    with Store.open(Settings(home=home, user="tester")) as store:
        options = IngestOptions(manifest=load_manifest(SEEDS / "manifest.json"))
        summary = run(store, [str(SEEDS)], options)
        assert not summary.ingest.failed
        with store.read() as conn:
            rows, _ = list_incidents(conn, IncidentFilters(aggregate=None), limit=1000)
    return [incident_record(r) for r in rows]


def _at(incidents: list[dict[str, Any]], date: str) -> dict[str, Any]:
    found = [i for i in incidents if i["date"] == date and i["place"] == "Camp Ashraf"]
    assert found, f"no Camp Ashraf incident dated {date}"
    return max(found, key=lambda i: i["mentions"])


def test_the_2013_attack_is_one_contested_incident(seed_incidents: list[dict[str, Any]]) -> None:
    attack = _at(seed_incidents, "2013-09-01")
    assert attack["mentions"] >= 5
    killed = attack["counts"]["killed"]
    assert (killed["low"], killed["high"], killed["contested"]) == (50, 52, True)
    fifty = {c["voice"] for c in killed["claims"] if c["value"] == {"value": 50}}
    assert "US State Department" in fifty
    assert attack["counts"]["abducted"]["low"] == 7
    assert "contested" in format_count(killed)


def test_the_2009_attack_is_separate_and_compatible(seed_incidents: list[dict[str, Any]]) -> None:
    raid = _at(seed_incidents, "2009-07-28")
    assert raid["id"] != _at(seed_incidents, "2013-09-01")["id"]
    values = [c["value"] for c in raid["counts"]["killed"]["claims"]]
    assert {"value": 11} in values and {"min": 9} in values
    assert raid["counts"]["killed"]["contested"] is False  # 11 satisfies "at least nine"
