"""Fact sheets: one incident on one or two printable pages, every figure with its claims and
footnoted sources, the grade, a small locator map, and where the sheet comes from.

HTML from a Jinja2 template (autoescaped); PDF from that same HTML with WeasyPrint (imported
only when a PDF is asked for). ``public=True`` passes the data through the redactor first.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from sqlalchemy import Connection, select

from factfinder import __version__
from factfinder.confidential import build_redactor
from factfinder.errors import FactfinderError
from factfinder.records import count_text, incident_detail
from factfinder.store import Store
from factfinder.store.incidents import get_incident_row
from factfinder.store.schema import audit_log, sources

TEMPLATES = Path(__file__).parent / "templates"
WORLD = Path(__file__).parent / "web" / "static" / "vendor" / "world-atlas" / "countries-110m.json"
MAP_W, MAP_H = 320.0, 200.0


class FactsheetError(FactfinderError):
    """A fact sheet cannot be made as asked."""


@dataclass(slots=True)
class Citations:
    """Footnote numbers of sources, in order of first citation."""

    numbers: dict[str, int]

    def of(self, source_id: str | None) -> int | None:
        if not source_id:
            return None
        return self.numbers.setdefault(source_id, len(self.numbers) + 1)


# ------------------------------------------------------------------------------------- data


def _identity(conn: Connection) -> dict[str, str | None]:
    first = conn.execute(select(audit_log.c.hash).order_by(audit_log.c.seq).limit(1)).scalar()
    head = conn.execute(select(audit_log.c.hash).order_by(audit_log.c.seq.desc()).limit(1)).scalar()
    return {"store": first[:16] if first else None, "audit_head": head[:16] if head else None}


def _sources(conn: Connection, ids: list[str]) -> dict[str, dict[str, Any]]:
    stmt = select(
        sources.c.id,
        sources.c.title,
        sources.c.publisher,
        sources.c.published,
        sources.c.url,
        sources.c.filename,
        sources.c.author,
    ).where(sources.c.id.in_(ids))
    return {r.id: dict(r._mapping) for r in conn.execute(stmt)}


def factsheet_data(
    store: Store, ref: str, *, rule: str = "conservative", public: bool = False
) -> dict[str, Any]:
    """Everything a fact sheet shows, as plain data (already redacted when ``public``)."""
    with store.read() as conn:
        row = get_incident_row(conn, ref)
        detail = incident_detail(conn, row["id"], rule)
        ids = sorted({m["source"]["id"] for m in detail["mention_list"] if m["source"].get("id")})
        metas = _sources(conn, ids)
        identity = _identity(conn)
        red = build_redactor(conn) if public else None
    cites = Citations({})
    figures = []
    for category, fig in detail["counts"].items():
        claims = [
            {**c, "text": count_text(c["value"]), "note": cites.of(c.get("source_id"))}
            for c in fig["claims"]
        ]
        figures.append({**fig, "category": category, "claims": claims})
    facts = [
        {
            "label": label,
            "value": vc.get("value"),
            "voices": vc.get("voices", []),
            "notes": sorted({n for s in vc.get("source_ids", []) if (n := cites.of(s))}),
        }
        for label, key in (
            ("Date", "dates"),
            ("Place", "places"),
            ("Perpetrator", "perpetrator_claims"),
        )
        for vc in detail.get(key, [])
    ]
    for sid in ids:
        cites.of(sid)
    notes = [{"n": n, **metas.get(sid, {"id": sid})} for sid, n in cites.numbers.items()]
    data = {
        "incident": {k: v for k, v in detail.items() if k not in ("mention_list", "history")},
        "lat": row["lat"],
        "lon": row["lon"],
        "figures": figures,
        "facts": facts,
        "notes": sorted(notes, key=lambda x: x["n"]),
        "rule": rule,
        "public": public,
        "generated": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "version": __version__,
        **identity,
    }
    return red.value(data) if red is not None else data


# -------------------------------------------------------------------------------------- map


@lru_cache(maxsize=1)
def _world() -> list[tuple[str, list[list[tuple[float, float]]]]]:
    """(name, rings) of every country in the vendored Natural Earth 1:110m TopoJSON."""
    topo = json.loads(WORLD.read_text(encoding="utf-8"))
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs: list[list[tuple[float, float]]] = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)

    def ring(indices: list[int]) -> list[tuple[float, float]]:
        out: list[tuple[float, float]] = []
        for i in indices:
            pts = arcs[i] if i >= 0 else arcs[~i][::-1]
            out.extend(pts if not out else pts[1:])
        return out

    countries = []
    for geom in topo["objects"]["countries"]["geometries"]:
        polys = geom.get("arcs", [])
        polys = [polys] if geom["type"] == "Polygon" else polys
        rings = [ring(r) for poly in polys for r in poly]
        countries.append((geom.get("properties", {}).get("name", ""), rings))
    return countries


def locator_svg(lat: float | None, lon: float | None, *, span: float = 14.0) -> str | None:
    """A small SVG map: country outlines around the point, the point marked. None without one."""
    if lat is None or lon is None:
        return None
    if not WORLD.is_file():
        return _box_svg(lat, lon)
    k = math.cos(math.radians(lat))
    half_w, half_h = span, span * MAP_H / MAP_W / max(k, 0.2)
    x0, y0 = lon - half_w, lat + half_h

    def xy(p: tuple[float, float]) -> str:
        return f"{(p[0] - x0) / (2 * half_w) * MAP_W:.1f},{(y0 - p[1]) / (2 * half_h) * MAP_H:.1f}"

    paths = []
    for _name, rings in _world():
        for r in rings:
            xs, ys = [p[0] for p in r], [p[1] for p in r]
            if max(xs) < lon - 2 * half_w or min(xs) > lon + 2 * half_w:
                continue
            if max(ys) < lat - 2 * half_h or min(ys) > lat + 2 * half_h:
                continue
            paths.append("M" + "L".join(xy(p) for p in r) + "Z")
    cx, cy = MAP_W / 2, MAP_H / 2
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {MAP_W:.0f} {MAP_H:.0f}" '
        f'class="map" role="img" aria-label="Location {lat:.3f}, {lon:.3f}">'
        f'<rect width="100%" height="100%" fill="#eef3f7"/>'
        f'<path d="{" ".join(paths)}" fill="#fbfaf7" stroke="#8a96a3" stroke-width="0.6"/>'
        f'<circle cx="{cx}" cy="{cy}" r="9" fill="none" stroke="#b3261e" stroke-width="1.5"/>'
        f'<circle cx="{cx}" cy="{cy}" r="3" fill="#b3261e"/></svg>'
    )


def _box_svg(lat: float, lon: float) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {MAP_W:.0f} {MAP_H:.0f}" '
        f'class="map"><rect x="1" y="1" width="{MAP_W - 2:.0f}" height="{MAP_H - 2:.0f}" '
        f'fill="#eef3f7" stroke="#8a96a3"/><circle cx="{MAP_W / 2}" cy="{MAP_H / 2}" r="4" '
        f'fill="#b3261e"/><text x="8" y="{MAP_H - 8:.0f}" font-size="11">{lat:.4f}, {lon:.4f}'
        f"</text></svg>"
    )


# ----------------------------------------------------------------------------------- output


@lru_cache(maxsize=1)
def _env() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True, undefined=jinja2.StrictUndefined
    )


def render_html(data: dict[str, Any]) -> str:
    svg = locator_svg(data["lat"], data["lon"])
    return (
        _env()
        .get_template("factsheet.html")
        .render(d=data, inc=data["incident"], map_svg=jinja2.filters.Markup(svg) if svg else None)
    )


def render_pdf(html: str) -> bytes:
    """The same HTML as a PDF (WeasyPrint)."""
    try:
        from weasyprint import HTML
    except ImportError as e:  # pragma: no cover - depends on the install
        raise FactsheetError("--pdf", "WeasyPrint is not installed: pip install weasyprint") from e
    pdf = HTML(string=html, base_url=str(TEMPLATES)).write_pdf()
    if pdf is None:  # pragma: no cover
        raise FactsheetError("--pdf", "WeasyPrint made no PDF")
    return bytes(pdf)


def factsheet(store: Store, ref: str, *, rule: str = "conservative", public: bool = False) -> str:
    """The fact sheet of incident ``ref`` as HTML."""
    return render_html(factsheet_data(store, ref, rule=rule, public=public))
