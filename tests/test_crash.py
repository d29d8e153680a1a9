"""A batch ingest killed with SIGKILL half-way leaves a consistent store that a re-run completes.

A real ``factfinder ingest`` subprocess stores ~300 small reports; once some rows are in, it is
killed without warning. The store must reopen, every row must have its original (an original
without a row is allowed: it is reported as an orphan), verify must pass, and running the same
ingest again must store the rest and count the earlier ones as duplicates.
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from factfinder.settings import Settings
from factfinder.store import Store
from factfinder.store.sources import iter_source_ids, verify_store

pytestmark = pytest.mark.store

FACTFINDER = Path(sys.executable).with_name("factfinder")
FILES = 300
KILL_AFTER = 25  # rows stored before the kill
VOCABULARY = (
    "soldiers police militia prisoners villagers market clinic prison border river camp school "
    "arrested detained wounded killed displaced released beaten charged missing burned fled "
    "north south east west morning night Monday Friday town village district province capital "
    "witnesses relatives doctors lawyers officials reporters nurses farmers traders students"
)
WORDS = VOCABULARY.split(" ")


def write_reports(folder: Path) -> None:
    """``FILES`` small reports, each different enough never to be a near-duplicate of another."""
    rng = random.Random(7)
    folder.mkdir()
    for i in range(FILES):
        sentences = [" ".join(rng.choices(WORDS, k=12)).capitalize() + "." for _ in range(6)]
        (folder / f"report-{i:03d}.txt").write_text(f"Report {i}.\n" + "\n".join(sentences))


def command(settings: Settings, *args: str) -> list[str]:
    db = ["--db", settings.db] if settings.db else []
    return [str(FACTFINDER), "--home", str(settings.home), *db, *args]


def summary_counts(stdout: str) -> list[int]:
    """stored, near-duplicate, duplicate, failed from the ingest summary table."""
    row = re.search(r"^│([\s\d│]+)│\s*$", stdout, re.MULTILINE)
    assert row is not None, stdout
    return [int(cell) for cell in row.group(1).split("│")]


def kill_when_rows(store: Store, process: subprocess.Popen[str], rows: int) -> int:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if store.count_sources() >= rows:
            os.kill(process.pid, signal.SIGKILL)
            process.wait()
            return store.count_sources()
        assert process.poll() is None, "the ingest ended before it could be killed"
        time.sleep(0.01)
    raise AssertionError("no rows appeared in time")


def test_kill_mid_batch_then_rerun(store_settings: Settings, tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    write_reports(reports)
    env = {**os.environ, "COLUMNS": "200"}
    with Store.open(store_settings) as store:  # the store exists before the ingest starts
        process = subprocess.Popen(
            command(store_settings, "ingest", str(reports)),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        killed_at = kill_when_rows(store, process, KILL_AFTER)
    assert process.returncode == -signal.SIGKILL
    assert KILL_AFTER <= killed_at < FILES

    with Store.open(store_settings) as store:  # reopens (and migrates) without complaint
        assert store.count_sources() == killed_at
        report = verify_store(store)
        assert report.ok, report.problems
        assert report.checked == killed_at
        assert len(report.orphans) <= 1  # at most the original being written when killed
        for source_id in iter_source_ids(store):
            assert store.blobs.exists(source_id)

    rerun = subprocess.run(
        command(store_settings, "ingest", str(reports)),
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert rerun.returncode == 0, rerun.stderr
    assert "Traceback" not in rerun.stderr
    assert summary_counts(rerun.stdout) == [FILES - killed_at, 0, killed_at, 0]

    with Store.open(store_settings) as store:
        assert store.count_sources() == FILES
        report = verify_store(store)
        assert report.ok and report.orphans == [] and report.checked == FILES
