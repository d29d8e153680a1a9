"""Exports in the formats the field uses: CSV and JSON of incidents, claims and persons; GeoJSON;
an ACLED-style CSV. Each has a public flavour that leaves out everything confidential
(through :mod:`factfinder.confidential`, the one place that redacts).

Everything is streamed row by row, so an export of a million incidents runs in flat memory.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

from sqlalchemy import select

from factfinder.confidential import Redactor, redactor
from factfinder.errors import FactfinderError
from factfinder.model import CountCategory
from factfinder.records import count_text, incident_record
from factfinder.store import Store
from factfinder.store.schema import claims, incidents, persons, sources

FORMATS = ("csv", "json", "geojson", "acled")
TABLES = ("incidents", "claims", "persons")

# taxonomy.md: act → ACLED event type / sub-event type
ACLED_TYPES = {
    "killing": ("Violence against civilians", "Attack"),
    "execution": ("Strategic developments", "Other"),
    "abduction": ("Violence against civilians", "Abduction/forced disappearance"),
    "arrest": ("Strategic developments", "Arrests"),
    "attack": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "protest": ("Protests", "Peaceful protest"),
    "crackdown": ("Protests", "Excessive force against protesters"),
    "destruction": ("Strategic developments", "Looting/property destruction"),
}
ACT_PRIORITY = [
    "killing",
    "execution",
    "crackdown",
    "abduction",
    "attack",
    "destruction",
    "arrest",
    "protest",
]
ACLED_COLUMNS = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "actor2",
    "country",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
]


class ExportError(FactfinderError):
    """An export cannot be made as asked."""


@dataclass(slots=True)
class ExportOptions:
    fmt: str = "json"
    table: str = "incidents"
    public: bool = False
    rule: str = "conservative"


def _rows(store: Store, stmt: Any) -> Iterator[dict[str, Any]]:
    with store.read() as conn:
        for row in conn.execution_options(yield_per=2000).execute(stmt):
            yield dict(row._mapping)


def _redactor(store: Store, opts: ExportOptions) -> Redactor | None:
    return redactor(store) if opts.public else None


def incident_rows(store: Store, opts: ExportOptions) -> Iterator[dict[str, Any]]:
    stmt = select(incidents).order_by(incidents.c.date_sort, incidents.c.id)
    red = _redactor(store, opts)
    for row in _rows(store, stmt):
        record = incident_record(row, opts.rule)
        record["lat"], record["lon"] = row["lat"], row["lon"]
        yield red.value(record) if red else record


def claim_rows(store: Store, opts: ExportOptions) -> Iterator[dict[str, Any]]:
    stmt = (
        select(claims, sources.c.title.label("source_title"), sources.c.url.label("source_url"))
        .join(sources, sources.c.id == claims.c.source_id)
        .order_by(claims.c.source_id, claims.c.start, claims.c.id)
    )
    red = _redactor(store, opts)
    for row in _rows(store, stmt):
        if red is None:
            yield row
        elif row["field"] != "named_victim":  # names of victims stay in the persons registry
            yield red.value(row)


def person_rows(store: Store, opts: ExportOptions) -> Iterator[dict[str, Any]]:
    stmt = select(persons).order_by(persons.c.id)
    red = _redactor(store, opts)
    for row in _rows(store, stmt):
        if red is None:
            yield row
        elif not red.dropped({**row, "person_id": row["id"]}):
            yield red.value(row)


def _jsonable(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def write_json(rows: Iterator[dict[str, Any]], out: IO[str]) -> int:
    out.write("[\n")
    n = 0
    for row in rows:
        out.write((",\n" if n else "") + json.dumps(row, ensure_ascii=False, default=_jsonable))
        n += 1
    out.write("\n]\n")
    return n


def _flat(row: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in row.items():
        if key == "counts" and isinstance(value, dict):
            for category, fig in value.items():
                out[f"{category}_low"], out[f"{category}_high"] = fig["low"], fig["high"]
                out[f"{category}_best"], out[f"{category}_contested"] = (
                    fig["best"],
                    fig["contested"],
                )
                out[f"{category}_claims"] = "; ".join(
                    f"{count_text(c['value'])} ({c['voice']})" for c in fig["claims"]
                )
        elif isinstance(value, list | dict):
            out[key] = json.dumps(value, ensure_ascii=False, default=_jsonable)
        else:
            out[key] = _jsonable(value)
    return out


def write_csv(rows: Iterator[dict[str, Any]], out: IO[str], columns: list[str]) -> int:
    """CSV with a fixed header; nested values as JSON, count figures as flat columns."""
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow(_flat(row))
        n += 1
    return n


INCIDENT_COLUMNS = [
    "id",
    "title",
    "acts",
    "date",
    "date_end",
    "date_precision",
    "date_contested",
    "place",
    "country",
    "lat",
    "lon",
    "perpetrators",
    "grade",
    "analyst_grade",
    "aggregate",
    "mentions",
    "sources",
    "voices",
] + [
    f"{c.value}_{k}" for c in CountCategory for k in ("low", "high", "best", "contested", "claims")
]
CLAIM_COLUMNS = [c.name for c in claims.c] + ["source_title", "source_url"]
PERSON_COLUMNS = [c.name for c in persons.c]


def write_geojson(store: Store, opts: ExportOptions, out: IO[str]) -> int:
    """Incidents with coordinates as GeoJSON points (properties: the incident record)."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for record in incident_rows(store, opts):
        lat, lon = record.pop("lat"), record.pop("lon")
        if lat is None or lon is None:
            continue
        feature = {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": record,
        }
        out.write((",\n" if n else "") + json.dumps(feature, ensure_ascii=False, default=_jsonable))
        n += 1
    out.write("\n]}\n")
    return n


def acled_row(record: dict[str, Any]) -> dict[str, Any] | None:
    """One ACLED-style row, or None for acts ACLED has no event type for (e.g. hunger strikes)."""
    act = next((a for a in ACT_PRIORITY if a in record["acts"]), None)
    if act is None:
        return None
    event_type, sub_event = ACLED_TYPES[act]
    killed = record["counts"].get("killed") or record["counts"].get("executed") or {}
    precision = {"day": 1, "range": 2, "month": 2, "year": 3}.get(record["date_precision"], 3)
    perpetrators = record["perpetrators"]
    return {
        "event_id_cnty": f"{record['country'] or 'XX'}{record['id'][4:12]}",
        "event_date": record["date"],
        "year": (record["date"] or "")[:4],
        "time_precision": precision,
        "event_type": event_type,
        "sub_event_type": sub_event,
        "actor1": perpetrators[0] if perpetrators else "Unidentified",
        "assoc_actor_1": "; ".join(perpetrators[1:]),
        "actor2": "Civilians",
        "country": record["country"],
        "location": record["place"],
        "latitude": record.get("lat"),
        "longitude": record.get("lon"),
        "geo_precision": 1 if record.get("lat") is not None else 3,
        "source": "; ".join(record["voices"]),
        "source_scale": "Other",
        "notes": f"{', '.join(record['acts'])}; grade {record['grade']}",
        "fatalities": killed.get("best")
        if killed.get("best") is not None
        else killed.get("low") or 0,
        "tags": "contested" if killed.get("contested") else "",
        "timestamp": "",
    }


def export(store: Store, opts: ExportOptions, out: IO[str]) -> int:
    """Write the export to ``out``; return how many records it holds."""
    if opts.fmt not in FORMATS:
        raise ExportError(
            f"--format {opts.fmt}", f"unknown format: use one of {', '.join(FORMATS)}"
        )
    if opts.table not in TABLES:
        raise ExportError(f"--table {opts.table}", f"unknown table: use one of {', '.join(TABLES)}")
    if opts.fmt == "geojson":
        return write_geojson(store, opts, out)
    if opts.fmt == "acled":
        acled = (r for rec in incident_rows(store, opts) if (r := acled_row(rec)) is not None)
        return write_csv(acled, out, ACLED_COLUMNS)
    producer = {"incidents": incident_rows, "claims": claim_rows, "persons": person_rows}[
        opts.table
    ]
    rows = producer(store, opts)
    if opts.fmt == "json":
        return write_json(rows, out)
    columns = {"incidents": INCIDENT_COLUMNS, "claims": CLAIM_COLUMNS, "persons": PERSON_COLUMNS}
    return write_csv(rows, out, columns[opts.table])
