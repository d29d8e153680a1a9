"""The five real seed reports with their manifest: stored, found by search, verified.

Once as a user would do it (the ``factfinder`` command in a subprocess), once through the library on
each backend. Skipped when the seed corpus is not present.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

from factfinder.ingest.batch import STORED, IngestOptions, ingest
from factfinder.ingest.manifest import load_manifest
from factfinder.settings import Settings
from factfinder.store import Store
from factfinder.store.sources import list_sources, verify_store

FACTFINDER = Path(sys.executable).with_name("factfinder")  # the installed console script
HIT_LINE = re.compile(r"^([0-9a-f]{12}) ", re.MULTILINE)


def factfinder(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "250", "FACTFINDER_USER": "tester"}
    env.pop("FACTFINDER_DB", None)
    command = [str(FACTFINDER), "--home", str(home), *args]
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert "Traceback" not in done.stderr, done.stderr
    return done


def manifest_rows(seeds: Path) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = json.loads((seeds / "manifest.json").read_text("utf-8"))
    return rows


def test_seeds_through_the_command_line(seeds: Path, tmp_path: Path) -> None:
    home = tmp_path / "casefile"
    done = factfinder(home, "ingest", str(seeds), "--manifest", str(seeds / "manifest.json"))
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""

    with Store.open(Settings(home=home), create=False) as store:  # what the CLI wrote
        stored = {s.filename: s for s in list_sources(store)}
    expected = manifest_rows(seeds)
    assert sorted(stored) == sorted(row["file"] for row in expected)
    for row in expected:
        source = stored[row["file"]]
        assert str(source.published) == row["published"]
        assert source.published_basis == row["published_basis"].split(":")[0]
        assert (source.title, source.language) == (row["title"], row["language"])

    found = factfinder(home, "search", '"Camp Ashraf"')
    assert found.returncode == 0
    assert sorted(HIT_LINE.findall(found.stdout)) == sorted(s.id[:12] for s in stored.values())

    assert factfinder(home, "verify").returncode == 0
    victim = stored[expected[2]["file"]]
    blob = home / "originals" / victim.id[:2] / victim.id[2:4] / victim.id
    blob.write_bytes(blob.read_bytes().replace(b"Ashraf", b"Ashraq", 1))
    broken = factfinder(home, "verify")
    assert broken.returncode == 1
    assert victim.id[:12] in broken.stderr and str(victim.filename) in broken.stderr
    assert "altered" in broken.stderr
    problems = [line for line in broken.stderr.splitlines() if "altered" in line]
    assert len(problems) == 1


def test_seeds_through_the_library(seeds: Path, store: Store) -> None:
    manifest = load_manifest(seeds / "manifest.json")
    summary = ingest(store, [str(seeds)], IngestOptions(manifest=manifest))
    assert [o.status for o in summary.outcomes] == [STORED] * 5
    by_file = {s.filename: s for s in list_sources(store)}
    for name, entry in manifest.items():
        source = by_file[name]
        assert isinstance(source.published, date)
        assert (source.published, source.published_basis) == (
            entry.published,
            entry.published_basis,
        )
        assert source.title == entry.title
        original = (seeds / name).read_bytes()
        assert store.blobs.get(source.id) == original

    hits = store.search('"Camp Ashraf"')
    assert {h.source_id for h in hits} == {s.id for s in by_file.values()}
    assert all("ashraf" in h.snippet.lower() for h in hits)
    assert verify_store(store).ok

    victim = by_file[sorted(by_file)[0]]
    store.blobs.path(victim.id).write_bytes(b"tampered")
    report = verify_store(store)
    assert not report.ok
    assert len(report.problems) == 1
    assert victim.id[:12] in report.problems[0] and str(victim.filename) in report.problems[0]
