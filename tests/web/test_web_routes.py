"""Every page and API route, per role: reading, acting, CSRF, public mode, tokens."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select
from tests.web.conftest import ClientFor, csrf_of
from webfixtures import ashraf_2013, token_for

from factfinder.store import Store
from factfinder.store.schema import changes, claims

PAGES = [
    "/",
    "/incidents",
    "/incidents?act=killing&sort=-killed",
    "/map",
    "/search?q=Ashraf",
    "/sources",
    "/persons",
    "/incidents/{inc}",
    "/api/incidents",
    "/api/incidents/{inc}",
    "/api/overview",
    "/api/map?zoom=3",
    "/api/search?q=ashraf",
    "/api/sources",
    "/api/persons",
    "/api/me",
]


def _pending_claim(store: Store) -> str:
    with store.read() as conn:
        stmt = select(claims.c.id).where(claims.c.review == "pending").order_by(claims.c.confidence)
        return str(conn.execute(stmt).scalars().first())


@pytest.mark.parametrize("path", PAGES)
@pytest.mark.parametrize("role", ["viewer", "editor", "admin"])
def test_every_role_reads_every_page(
    client_for: ClientFor, store: Store, role: str, path: str
) -> None:
    client = client_for(role)
    resp = client.get(path.format(inc=ashraf_2013(store)))
    assert resp.status_code == 200, resp.text[:300]
    assert "Content-Security-Policy" in resp.headers


@pytest.mark.parametrize("path", [p for p in PAGES if not p.startswith("/api/")] + ["/review"])
def test_anonymous_is_sent_to_login(client_for: ClientFor, store: Store, path: str) -> None:
    resp = client_for().get(path.format(inc=ashraf_2013(store)))
    assert resp.status_code == 303
    assert resp.headers["location"].startswith("/login?next=")


@pytest.mark.parametrize("path", [p for p in PAGES if p.startswith("/api/")] + ["/api/review"])
def test_anonymous_api_is_401(client_for: ClientFor, store: Store, path: str) -> None:
    assert client_for().get(path.format(inc=ashraf_2013(store))).status_code == 401


def test_health_needs_no_login(client_for: ClientFor) -> None:
    assert client_for().get("/api/health").json() == {"status": "ok"}


def test_wrong_password_is_refused(client_for: ClientFor) -> None:
    client = client_for()
    page = client.get("/login")
    resp = client.post(
        "/login", data={"name": "editor", "password": "nope-nope", "csrf": csrf_of(page.text)}
    )
    assert resp.status_code == 401
    assert "Wrong name or password" in resp.text
    assert client.get("/incidents").status_code == 303


def test_login_redirect_stays_on_site(client_for: ClientFor) -> None:
    client = client_for()
    page = client.get("/login")
    resp = client.post(
        "/login",
        data={
            "name": "viewer",
            "password": "viewer-pass-1",
            "csrf": csrf_of(page.text),
            "next": "//evil.example/",
        },
    )
    assert resp.headers["location"] == "/"


def test_viewer_cannot_review(client_for: ClientFor, store: Store) -> None:
    client = client_for("viewer")
    claim = _pending_claim(store)
    token = csrf_of(client.get("/incidents").text)
    assert client.get("/review").status_code == 403
    assert client.get("/api/review").status_code == 403
    for action in ("accept", "reject"):
        resp = client.post(f"/review/{claim}/{action}", headers={"X-CSRF-Token": token})
        assert resp.status_code == 403
    resp = client.post(f"/review/{claim}/correct", data={"value": "3", "csrf": token})
    assert resp.status_code == 403
    inc = ashraf_2013(store)
    assert (
        client.post(f"/incidents/{inc}/grade", data={"grade": "fair", "csrf": token}).status_code
        == 403
    )
    assert "Review" not in client.get("/").text.split("<main>")[0]


def test_missing_or_wrong_csrf_is_403(client_for: ClientFor, store: Store) -> None:
    client = client_for("editor")
    claim = _pending_claim(store)
    assert client.post(f"/review/{claim}/accept").status_code == 403
    assert (
        client.post(f"/review/{claim}/accept", headers={"X-CSRF-Token": "forged"}).status_code
        == 403
    )
    resp = client.post(f"/incidents/{ashraf_2013(store)}/grade", data={"grade": "fair"})
    assert resp.status_code == 403
    anonymous = client_for()
    assert (
        anonymous.post("/login", data={"name": "editor", "password": "editor-pass-1"}).status_code
        == 403
    )


def test_editor_accepts_with_htmx_and_is_recorded(client_for: ClientFor, store: Store) -> None:
    client = client_for("editor")
    page = client.get("/review")
    claim = _pending_claim(store)
    assert f'id="row-{claim}"' in page.text
    resp = client.post(
        f"/review/{claim}/accept",
        headers={"X-CSRF-Token": csrf_of(page.text), "HX-Request": "true"},
    )
    assert resp.status_code == 200
    assert resp.text.lstrip().startswith("<tr") and "accepted by editor" in resp.text
    with store.read() as conn:
        change = conn.execute(select(changes).order_by(changes.c.id.desc())).first()
        row = conn.execute(select(claims).where(claims.c.id == claim)).one()
    assert change is not None and (change.kind, change.actor) == ("review", "editor")
    assert (row.review, row.reviewer) == ("accepted", "editor")
    assert f'id="row-{claim}"' not in client.get("/review").text


def test_editor_corrects_a_count(client_for: ClientFor, store: Store) -> None:
    client = client_for("editor")
    with store.read() as conn:
        claim = (
            conn.execute(select(claims.c.id).where(claims.c.field == "count:killed"))
            .scalars()
            .first()
        )
    token = csrf_of(client.get("/review").text)
    resp = client.post(
        f"/review/{claim}/correct",
        data={"value": "40-50", "csrf": token},
        headers={"HX-Request": "true"},
    )
    assert resp.status_code == 200 and "corrected to 40-50" in resp.text
    bad = client.post(f"/review/{claim}/correct", data={"value": "lots", "csrf": token})
    assert bad.status_code == 400


def test_grade_merge_split_through_forms(client_for: ClientFor, store: Store) -> None:
    client = client_for("editor")
    inc = ashraf_2013(store)
    page = client.get(f"/incidents/{inc}")
    token = csrf_of(page.text)
    assert (
        client.post(f"/incidents/{inc}/grade", data={"grade": "fair", "csrf": token}).status_code
        == 303
    )
    mention_ids = re.findall(r'name="mention" value="([^"]+)"', page.text)
    assert len(mention_ids) == 3
    resp = client.post(f"/incidents/{inc}/split", data={"mention": mention_ids[:1], "csrf": token})
    assert resp.status_code == 303
    new_id = resp.headers["location"].rsplit("/", 1)[-1]
    resp = client.post(f"/incidents/{inc}/merge", data={"others": new_id, "csrf": token})
    assert resp.status_code == 303
    detail = client.get(f"/api/incidents/{inc}").json()
    assert [(h["kind"], h["actor"]) for h in detail["history"]] == [
        ("grade", "editor"),
        ("split", "editor"),
        ("merge", "editor"),
    ]
    assert detail["analyst_grade"] == "fair" and detail["mentions"] == 3
    assert "editor" in client.get(f"/incidents/{inc}").text


def test_public_mode_reads_without_login_and_hides_actors(
    client_for: ClientFor, store: Store
) -> None:
    editor = client_for("editor")
    inc = ashraf_2013(store)
    token = csrf_of(editor.get("/").text)
    editor.post(f"/incidents/{inc}/grade", data={"grade": "fair", "csrf": token})
    public = client_for(public=True)
    for path in [p for p in PAGES if p != "/api/me"]:
        assert public.get(path.format(inc=inc)).status_code == 200, path
    assert public.get("/review").status_code == 303
    assert public.get("/api/review").status_code == 401
    history = public.get(f"/api/incidents/{inc}").json()["history"]
    assert history and all(h["actor"] is None for h in history)
    assert public.post(f"/incidents/{inc}/grade", data={"grade": "weak"}).status_code == 403


def test_public_mode_hides_confidential_persons(client_for: ClientFor, store: Store) -> None:
    from factfinder.store.schema import persons

    with store.write() as conn:
        conn.execute(
            persons.insert(),
            [
                {"id": "p1", "name": "Open Name", "confidential": False, "updated_at": store.now()},
                {
                    "id": "p2",
                    "name": "Hidden Name",
                    "confidential": True,
                    "updated_at": store.now(),
                },
            ],
        )
    public = client_for(public=True)
    assert [p["name"] for p in public.get("/api/persons").json()["items"]] == ["Open Name"]
    assert "Hidden Name" not in public.get("/persons").text
    assert public.get("/persons/p2").status_code == 404
    viewer = client_for("viewer")  # viewers see no more than the public (issue 7)
    assert [p["name"] for p in viewer.get("/api/persons").json()["items"]] == ["Open Name"]
    assert viewer.get("/persons/p2").status_code == 404
    editor = client_for("editor")
    assert {p["name"] for p in editor.get("/api/persons").json()["items"]} == {
        "Open Name",
        "Hidden Name",
    }
    assert "Hidden Name" in editor.get("/persons/p2").text


def test_persons_empty_state(client_for: ClientFor) -> None:
    text = client_for("viewer").get("/persons").text
    assert "No persons recorded yet" in text


def test_api_tokens(client_for: ClientFor, store: Store) -> None:
    client = client_for()
    viewer_token, editor_token = token_for(store, "viewer"), token_for(store, "editor")
    ok = client.get("/api/incidents", headers={"Authorization": f"Bearer {viewer_token}"})
    assert ok.status_code == 200 and ok.json()["total"] == 4
    assert (
        client.get("/api/incidents", headers={"Authorization": "Bearer ff_wrong"}).status_code
        == 401
    )
    claim = _pending_claim(store)
    denied = client.post(
        f"/api/claims/{claim}/review",
        json={"decision": "accepted"},
        headers={"Authorization": f"Bearer {viewer_token}"},
    )
    assert denied.status_code == 403
    done = client.post(
        f"/api/claims/{claim}/review",
        json={"decision": "rejected"},
        headers={"Authorization": f"Bearer {editor_token}"},
    )
    assert done.status_code == 200 and done.json()["claim"]["review"] == "rejected"
    assert done.json()["claim"]["reviewer"] == "editor"


def test_session_api_post_needs_csrf(client_for: ClientFor, store: Store) -> None:
    client = client_for("editor")
    claim = _pending_claim(store)
    assert (
        client.post(f"/api/claims/{claim}/review", json={"decision": "accepted"}).status_code == 403
    )
    token = csrf_of(client.get("/").text)
    resp = client.post(
        f"/api/claims/{claim}/review",
        json={"decision": "accepted"},
        headers={"X-CSRF-Token": token},
    )
    assert resp.status_code == 200


def test_logout_ends_the_session(client_for: ClientFor) -> None:
    client = client_for("viewer")
    token = csrf_of(client.get("/").text)
    assert client.post("/logout", data={"csrf": token}).status_code == 303
    assert client.get("/").status_code == 303


def test_not_found_and_bad_params(client_for: ClientFor) -> None:
    client = client_for("viewer")
    assert client.get("/incidents/inc_nothing").status_code == 404
    assert client.get("/api/incidents/inc_nothing").status_code == 404
    assert client.get("/sources/abcdef0123").status_code == 404
    assert client.get("/incidents?since=notadate").status_code == 400
    assert client.get("/api/incidents?since=notadate").status_code == 422
    assert client.get("/api/incidents?per_page=100000").status_code == 422
