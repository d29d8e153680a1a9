"""Fixtures for the persons tests: small lists on disk and sources naming people."""

from __future__ import annotations

import csv
from pathlib import Path

from tests.factories import add_text_source

from factfinder.model import Claim, DatePrecision, Mention
from factfinder.store import Store
from factfinder.store.mentions import save_extraction


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def add_report(store: Store, text: str, names: list[str], *, name: str = "report.txt") -> str:
    """A stored source whose one mention names ``names`` (claims with their spans)."""
    sid = add_text_source(store, name, text, publisher=None)
    m = Mention(
        doc=name,
        acts=["execution"],
        evidence=text,
        date="1988-07-30",
        date_precision=DatePrecision.DAY,
        place="Evin Prison",
        country="IR",
        named_victims=list(names),
        start=0,
        end=len(text),
        incident="k1",
    )
    for n in names:
        start = text.index(n)
        m.claims.append(Claim("named_victim", n, start, start + len(n), n, "persons@0.1.0", 0.6))
    place = text.find("Evin")
    if place >= 0:
        m.claims.append(Claim("place", "Evin Prison", place, place + 4, "Evin", "places@test", 0.8))
    save_extraction(store, sid, [m], "test@1")
    return sid
