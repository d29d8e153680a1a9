"""The every-voice mode: each voice's account of an incident is kept, even without a figure."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from typer.testing import CliRunner

from factfinder.cli import app
from factfinder.extract import default_pipeline
from factfinder.ingest.batch import IngestOptions, ingest
from factfinder.process import extract_sources
from factfinder.store import Store
from factfinder.store.mentions import mentions_of_source

TEXT = (
    "Soldiers attacked the village of Dovre on 4 October 1982 and killed 23 people.\n\n"
    "The army said the dead were rebels killed in an exchange of fire.\n\n"
    "Survivors said many were shot after they had surrendered."
)


def _voices(every_voice: bool) -> set[str | None]:
    pipe = default_pipeline(every_voice=every_voice)
    result = pipe.run(TEXT, doc="t.txt", published=date(2020, 1, 1))
    return {m.attributed_to for m in result.mentions}


def test_the_default_drops_a_voices_account_without_a_figure() -> None:
    assert "Survivors" not in _voices(every_voice=False)


def test_every_voice_keeps_each_voices_account() -> None:
    voices = _voices(every_voice=True)
    assert {"Survivors", "army"} <= voices
    assert None in voices  # the report's own toll stays


def test_the_mode_is_named_in_the_version_each_mention_records() -> None:
    every, plain = default_pipeline(every_voice=True), default_pipeline()
    assert every.version == plain.version + "+every-voice"
    published = date(2020, 1, 1)
    assert {m.pipeline for m in every.run(TEXT, doc="t.txt", published=published).mentions} == {
        every.version
    }
    assert {m.pipeline for m in plain.run(TEXT, doc="t.txt", published=published).mentions} == {
        plain.version
    }


def test_extract_jsonl_every_voice(tmp_path: Path) -> None:
    report = tmp_path / "dovre.txt"
    report.write_text(TEXT, encoding="utf-8")
    runner = CliRunner()
    plain = runner.invoke(app, ["extract", "--format", "jsonl", "--published", "2020-01-01",
                                str(report)])  # fmt: skip
    every = runner.invoke(app, ["extract", "--format", "jsonl", "--published", "2020-01-01",
                                "--every-voice", str(report)])  # fmt: skip
    assert plain.exit_code == 0 and every.exit_code == 0, every.output
    told = [json.loads(line)["attributed_to"] for line in every.stdout.splitlines()]
    assert "Survivors" in told
    assert len(told) > len(plain.stdout.splitlines())


def test_a_store_switches_modes_by_re_extracting(store: Store, tmp_path: Path) -> None:
    report = tmp_path / "dovre.txt"
    report.write_text(TEXT, encoding="utf-8")
    summary = ingest(store, [str(report)], IngestOptions(published=date(2020, 1, 1)))
    (source_id,) = summary.source_ids

    def count() -> int:
        with store.read() as conn:
            return len(mentions_of_source(conn, source_id))

    plain = extract_sources(store, [source_id])
    assert (plain.sources, plain.skipped) == (1, 0)
    before = count()
    again = extract_sources(store, [source_id])  # the same version: skipped
    assert (again.sources, again.skipped) == (0, 1)
    every = extract_sources(store, [source_id], pipeline=default_pipeline(every_voice=True))
    assert every.sources == 1  # another version: extracted anew, replacing the machine's output
    assert count() > before
    extract_sources(store, [source_id])
    assert count() == before
