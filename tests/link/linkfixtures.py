"""Fixtures for linking tests: hand-made mentions and the seed gold mentions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from factfinder.model import Count, DatePrecision, Mention

GOLD = Path("/work/shared/corpus/seeds/gold.jsonl")


def make(mention_id: str, doc: str, **fields: Any) -> Mention:
    """A mention with sensible defaults: a killing at Camp Ashraf on 1 Sep 2013."""
    counts = {
        k: v if isinstance(v, Count) else Count(value=v)
        for k, v in fields.pop("counts", {"killed": 52}).items()
    }
    base: dict[str, Any] = {
        "acts": ["killing"],
        "evidence": "killed people at the camp",
        "date": "2013-09-01",
        "date_precision": DatePrecision.DAY,
        "place": "Camp Ashraf",
        "country": "IQ",
    }
    base.update(fields)
    return Mention(doc=doc, source_id=doc, id=mention_id, counts=counts, **base)


def load_gold() -> list[Mention]:
    """The seed gold lines as mentions: id ``g00``…, source = doc, within-doc key = gold key."""
    if not GOLD.exists():
        pytest.skip("seed gold corpus not present")
    mentions = []
    for number, line in enumerate(GOLD.read_text(encoding="utf-8").splitlines()):
        mention = Mention.from_gold(json.loads(line))
        mention.id = f"g{number:02d}"
        mention.source_id = mention.doc
        mentions.append(mention)
    return mentions
