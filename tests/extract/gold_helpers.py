"""Run the default pipeline over a gold folder (manifest.json + gold.jsonl + texts)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from factfinder.evaluate import EvalReport, load_jsonl, score
from factfinder.extract import Pipeline
from factfinder.model import Mention


def score_folder(pipe: Pipeline, root: Path) -> EvalReport:
    docs = root / "docs" if (root / "docs").is_dir() else root
    predicted = []
    for entry in json.loads((root / "manifest.json").read_text(encoding="utf-8")):
        published = date.fromisoformat(entry["published"]) if entry.get("published") else None
        text = (docs / entry["file"]).read_text(encoding="utf-8")
        predicted += pipe.run(text, doc=entry["file"], published=published).mentions
    return score(load_jsonl(root / "gold.jsonl"), predicted, within_doc=True)


def voiced(ms: list[Mention], voice: str) -> Mention:
    """The first mention attributed to a voice whose name holds ``voice`` (the test fails,
    listing the voices found, when there is none)."""
    found = [m for m in ms if m.attributed_to and voice in m.attributed_to]
    assert found, [(m.attributed_to, m.counts) for m in ms]
    return found[0]


def by_voice(ms: list[Mention]) -> dict[str | None, Mention]:
    """Each voice's mention (the last one, when a voice has several)."""
    return {m.attributed_to: m for m in ms}


def killed_by(ms: list[Mention]) -> dict[str | None, int | None]:
    """Each voice's figure of the dead (its exact value, or its lower bound)."""
    return {
        m.attributed_to: m.counts["killed"].value or m.counts["killed"].min
        for m in ms
        if "killed" in m.counts
    }
