"""Confidentiality: marks are audit events; nothing confidential leaves through a public export,
a public fact sheet, or any route of the web app for an anonymous visitor or a viewer."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from confidential_store import PUBLIC_VICTIM, WITNESS, build, leaks
from fastapi.testclient import TestClient
from sqlalchemy import select
from starlette.routing import Route
from typer.testing import CliRunner

from factfinder import auth
from factfinder.cli import app as cli_app
from factfinder.confidential import (
    WITHHELD,
    ConfidentialError,
    Redactor,
    list_marks,
    mark,
    redact_source,
    redactor,
)
from factfinder.errors import NotFoundError
from factfinder.export import ExportOptions, export
from factfinder.settings import Settings
from factfinder.store import Store
from factfinder.store.schema import audit_log, claims, incidents, persons, sources
from factfinder.store.sources import verify_store
from factfinder.web import create_app

EXPORTS = [
    ("json", "incidents"),
    ("csv", "incidents"),
    ("json", "claims"),
    ("csv", "claims"),
    ("json", "persons"),
    ("csv", "persons"),
    ("geojson", "incidents"),
    ("acled", "incidents"),
]


@pytest.fixture
def secret_store(store: Store) -> Store:
    build(store)
    with store.write() as conn:  # a map point, so the GeoJSON export has a feature
        conn.execute(incidents.update().values(lat=34.0, lon=44.8))
    return store


def _export(store: Store, fmt: str, table: str, public: bool) -> str:
    out = io.StringIO()
    export(store, ExportOptions(fmt=fmt, table=table, public=public), out)
    return out.getvalue()


@pytest.mark.parametrize(("fmt", "table"), EXPORTS)
def test_public_exports_leak_nothing(secret_store: Store, fmt: str, table: str) -> None:
    assert leaks(_export(secret_store, fmt, table, public=True)) == []


def test_full_exports_keep_everything(secret_store: Store) -> None:
    """The control: the same exports without --public do hold the secrets."""
    everything = "".join(_export(secret_store, f, t, public=False) for f, t in EXPORTS)
    assert set(leaks(everything)) >= {
        WITNESS,
        "Ghasemivand",
        "Nikrouzi",
        "Karimabadi",
        "secret-testimony.example.org",
        "Golbarg Alley",
        "+98 912 555 0199",
    }
    public = _export(secret_store, "json", "persons", public=True)
    assert PUBLIC_VICTIM in public and WITNESS not in public
    assert json.loads(public)[0]["place"] == WITHHELD


def test_marks_are_audit_events_and_undone(secret_store: Store) -> None:
    with secret_store.read() as conn:
        kinds = conn.execute(select(audit_log.c.kind, audit_log.c.subject)).all()
    marked = [s for k, s in kinds if k == "confidential_mark"]
    assert "person:p-witness" in marked and len(marked) == 5
    mark(secret_store, "person", "p-witness", on=False)
    with secret_store.read() as conn:
        flag = conn.execute(select(persons.c.confidential).where(persons.c.id == "p-witness"))
        assert flag.scalar_one() is False
        last = conn.execute(select(audit_log).order_by(audit_log.c.seq.desc()).limit(1)).one()
    assert (last.kind, last.subject, last.payload["changed"]) == (
        "confidential_unmark",
        "person:p-witness",
        True,
    )
    assert len(list_marks(secret_store)) == 4
    assert verify_store(secret_store).ok


@pytest.mark.parametrize(
    ("kind", "ref", "fld", "error"),
    [
        ("witness", "p-witness", None, ConfidentialError),
        ("person", "p-witness", "password", ConfidentialError),
        ("person", "p-nobody", None, NotFoundError),
        ("source", "abc", "title", NotFoundError),
    ],
)
def test_bad_marks_are_refused(
    secret_store: Store, kind: str, ref: str, fld: str | None, error: type[Exception]
) -> None:
    with pytest.raises(error, match=ref if error is NotFoundError else "use one of"):
        mark(secret_store, kind, ref, fld)


def test_source_text_spans_are_remapped(secret_store: Store) -> None:
    red = redactor(secret_store)
    with secret_store.read() as conn:
        sid, text = conn.execute(
            select(sources.c.id, sources.c.text).where(sources.c.filename == "witness.txt")
        ).one()
    start = text.index(PUBLIC_VICTIM)
    data = {
        "id": sid,
        "text": text,
        "mentions": [],
        "claims": [{"id": "c", "start": start, "end": start + len(PUBLIC_VICTIM)}],
    }
    out = redact_source(red, data)
    claim = out["claims"][0]
    assert out["text"][claim["start"] : claim["end"]] == PUBLIC_VICTIM
    assert leaks(out["text"]) == [] and out["text"].startswith(f"Witness {WITHHELD} told us")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zohreh  Qasemivand said", f"{WITHHELD} said"),
        ("ZOHREH\nQASEMIVAND", WITHHELD),
        ("\ue000Zohreh\ue001 Qasemivand", WITHHELD),
        ("Zohrehx", "Zohrehx"),
    ],
)
def test_names_are_found_however_written(text: str, expected: str) -> None:
    red = Redactor(strings={WITNESS})
    assert red.text(text) == expected


def test_cli_marks_lists_and_unmarks(secret_store: Store) -> None:
    settings = secret_store.settings
    env = {"FACTFINDER_HOME": str(settings.home), "FACTFINDER_USER": "analyst"}
    if settings.db:
        env["FACTFINDER_DB"] = settings.db
    runner = CliRunner()
    listed = runner.invoke(cli_app, ["confidential", "list", "--format", "json"], env=env)
    assert listed.exit_code == 0, listed.output
    assert {(m["kind"], m["field"]) for m in json.loads(listed.stdout)} >= {("person", "*")}
    done = runner.invoke(
        cli_app, ["confidential", "mark", "person", "p-victim", "--field", "age"], env=env
    )
    assert done.exit_code == 0 and "p-victim" in done.output
    bad = runner.invoke(
        cli_app, ["confidential", "mark", "person", "p-victim", "--field", "x"], env=env
    )
    assert bad.exit_code == 2 and len(bad.stderr.strip().splitlines()) == 1
    undone = runner.invoke(
        cli_app, ["confidential", "unmark", "person", "p-victim", "--field", "age"], env=env
    )
    assert undone.exit_code == 0


# ------------------------------------------------------------------------- every web route


@pytest.fixture
def web_store(tmp_path: Path) -> Iterator[Store]:
    st = Store.open(Settings(home=tmp_path / "web", user="tester"))
    build(st)
    auth._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    auth.add_user(st, "viewer", auth.Role.VIEWER, "viewer-pass-1")
    auth.add_user(st, "editor", auth.Role.EDITOR, "editor-pass-1")
    yield st
    st.close()


def _ids(store: Store) -> dict[str, list[str]]:
    with store.read() as conn:
        return {
            "incident_id": list(conn.execute(select(incidents.c.id)).scalars()),
            "source_id": list(conn.execute(select(sources.c.id)).scalars()),
            "person_id": list(conn.execute(select(persons.c.id)).scalars()),
            "claim_id": list(conn.execute(select(claims.c.id)).scalars()),
        }


def _routes(routes: list[Any]) -> Iterator[Route]:
    """Every route, looking into included routers (FastAPI ≥ 0.16x wraps them)."""
    for route in routes:
        inner = getattr(route, "original_router", None)
        if inner is not None:
            yield from _routes(inner.routes)
        elif isinstance(route, Route):
            yield route


def _paths(app: Any, ids: dict[str, list[str]]) -> Iterator[tuple[str, str, str]]:
    """(route path, method, URL) for every route of the app, every id its parameters take."""
    for route in _routes(app.routes):
        params = list(route.param_convertors)
        combos: list[dict[str, str]] = [{}]
        for p in params:
            combos = [{**c, p: v} for c in combos for v in ids.get(p, ["accept"])]
        for method in sorted(route.methods or {"GET"}):
            if method == "HEAD":
                continue
            for combo in combos:
                base = route.path.format(**combo)
                for query in ("", f"?q={WITNESS}&name=Qasemivand", "?q=Karimabadi", "?q=camp"):
                    yield route.path, method, base + query


def _client(store: Store, role: str | None) -> TestClient:
    client = TestClient(create_app(store=store, public=True), follow_redirects=False)
    if role:
        page = client.get("/login").text
        csrf = page.split('name="csrf" value="')[1].split('"')[0]
        resp = client.post(
            "/login", data={"name": role, "password": f"{role}-pass-1", "csrf": csrf}
        )
        assert resp.status_code == 303
    return client


@pytest.mark.parametrize("role", [None, "viewer"])
def test_no_route_leaks(web_store: Store, role: str | None) -> None:
    client = _client(web_store, role)
    seen: dict[str, int] = {}
    statuses: dict[int, int] = {}
    for path, method, url in _paths(client.app, _ids(web_store)):
        resp = client.request(method, url, json={} if method != "GET" else None)
        query = url.partition("?")[2].casefold()  # what the visitor typed may be echoed
        shown = [s for s in leaks(resp.text) if s.casefold() not in query]
        assert shown == [], f"{method} {url} ({resp.status_code}) leaks"
        seen[path] = seen.get(path, 0) + 1
        statuses[resp.status_code] = statuses.get(resp.status_code, 0) + 1
    assert len(seen) >= 25 and statuses[200] > 100  # the routes really answered
    for q in ("Qasemivand", "Zohreh", "Karimabadi", "Nikrouzi"):  # a hit would tell
        assert client.get("/api/search", params={"q": q}).json()["items"] == []
    witness_source = client.get("/api/sources").json()["items"]
    assert len(witness_source) == 4
    page = client.get(f"/incidents/{_ids(web_store)['incident_id'][0]}")
    assert page.status_code == 200 and PUBLIC_VICTIM in client.get("/api/persons").text


def test_editors_see_everything(web_store: Store) -> None:
    client = _client(web_store, "editor")
    ids = _ids(web_store)
    bodies = "".join(client.get(f"/api/sources/{sid}").text for sid in ids["source_id"])
    bodies += client.get("/api/persons").text
    assert {"Qasemivand", "Karimabadi", "Nikrouzi", "Golbarg Alley"} <= set(leaks(bodies))


def test_user_changes_are_audit_events(store: Store) -> None:
    """Adding, re-roling and removing web users, and making tokens, are in the audit chain."""
    auth._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    auth.add_user(store, "amina", auth.Role.VIEWER, "long-password-1")
    auth.set_role(store, "amina", auth.Role.EDITOR)
    auth.create_token(store, "amina", "nightly")
    auth.remove_user(store, "amina")
    with pytest.raises(NotFoundError, match="amina"):
        auth.set_role(store, "amina", auth.Role.ADMIN)
    with store.read() as conn:
        rows = conn.execute(select(audit_log).order_by(audit_log.c.seq)).all()
    assert [(r.kind, r.subject) for r in rows] == [
        ("user_add", "amina"),
        ("user_role", "amina"),
        ("token_add", "amina"),
        ("user_remove", "amina"),
    ]
    assert rows[1].payload == {"old": "viewer", "new": "editor"}
    assert all(r.actor == "tester" for r in rows) and verify_store(store).ok
