"""What the pages show: contested figures with their sources, hostile text as text, right-to-left
text, downloads, search errors, and the same rows in a page and its API twin."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import pytest
from tests.web.conftest import ClientFor
from webfixtures import HOSTILE, ashraf_2013

from factfinder.settings import Settings
from factfinder.store import Store
from factfinder.web.app import SECRET_FILE, secret_key


def test_incident_shows_every_claim_and_the_contest(client_for: ClientFor, store: Store) -> None:
    client = client_for("viewer")
    inc = ashraf_2013(store)
    html = client.get(f"/incidents/{inc}").text
    figure = html.split('id="figure-killed"')[1].split("</article>")[0]
    assert "contested" in figure and "range 50–52" in figure
    assert re.search(r"<strong class=\"value\">52</strong> according to", figure)
    assert re.search(
        r"<strong class=\"value\">50</strong> according to\s*<span dir=\"auto\">US State Dep",
        figure,
    )
    for title in (
        "Massacre at Camp Ashraf",
        "Ashraf killings confirmed",
        "US condemns Ashraf attack",
    ):
        assert title in figure
    record = client.get(f"/api/incidents/{inc}").json()
    killed = record["counts"]["killed"]
    assert (killed["low"], killed["high"], killed["contested"]) == (50, 52, True)
    assert sorted(c["value"]["value"] for c in killed["claims"]) == [50, 52, 52]
    assert 'data-lat="33.7"' in html


HOSTILE_BITS = [
    '<script>alert("x")</script>',
    "<img src=x onerror=alert(1)>",
    '<img src=x onerror=alert("t")>',
    "Unknown <b>blog</b>",
]


def _hostile_id(client: object, store: Store) -> str:
    from factfinder.store.sources import get_source

    return get_source(store, "hostile.html").id


@pytest.mark.parametrize("where", ["source", "search", "incidents", "sources", "review"])
def test_hostile_text_is_shown_as_text(client_for: ClientFor, store: Store, where: str) -> None:
    client = client_for("editor")
    sid = _hostile_id(client, store)
    path = {
        "source": f"/sources/{sid}",
        "search": "/search?q=evin",
        "incidents": "/incidents?country=IR",
        "sources": "/sources",
        "review": "/review?per_page=200",
    }[where]
    html = client.get(path).text
    for bit in HOSTILE_BITS:
        assert bit not in html
    assert not re.search(r"<script(?![^>]*\bsrc=)", html), "inline script in the page"
    assert not re.search(r"<img[^>]*onerror", html)
    if where == "source":
        assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html


def test_no_page_has_inline_script_or_handler(client_for: ClientFor, store: Store) -> None:
    client = client_for("editor")
    inc = ashraf_2013(store)
    for path in [
        "/",
        "/incidents",
        f"/incidents/{inc}",
        "/map",
        "/review",
        "/search?q=ashraf",
        "/persons",
        "/login",
    ]:
        resp = client.get(path)
        assert "script-src 'self'" in resp.headers["content-security-policy"]
        assert not re.search(r"<script(?![^>]*\bsrc=)", resp.text), path
        assert not re.search(r"<[a-zA-Z][^>]*\son[a-z]+=", resp.text), path
        assert " style=" not in resp.text, path


def test_original_download_is_safe(client_for: ClientFor, store: Store) -> None:
    client = client_for("viewer")
    resp = client.get(f"/sources/{_hostile_id(client, store)}/original")
    assert resp.status_code == 200 and resp.content == HOSTILE.encode()
    assert resp.headers["content-type"].startswith("text/html")
    assert resp.headers["content-disposition"].startswith('attachment; filename="hostile.html"')
    assert "sandbox" in resp.headers["content-security-policy"]
    assert resp.headers["x-content-type-options"] == "nosniff"


def test_right_to_left_source(client_for: ClientFor, store: Store) -> None:
    from factfinder.store.sources import get_source

    client = client_for("viewer")
    html = client.get(f"/sources/{get_source(store, 'evin-fa.txt').id}").text
    assert 'class="source-text" dir="auto" lang="fa"' in html
    assert re.search(r'<h1 dir="auto" lang="fa">ضرب و شتم در زندان اوین</h1>', html)
    assert '<mark class="span' in html
    listing = client.get("/incidents?country=IR").text
    assert '<td dir="auto">زندان اوین' in listing


def test_source_spans_are_highlighted_and_linked(client_for: ClientFor, store: Store) -> None:
    from factfinder.store.sources import get_source

    client = client_for("viewer")
    src = get_source(store, "wire-2013.txt")
    html = client.get(f"/sources/{src.id}").text
    marks = re.findall(
        r'<mark class="span[^"]*"(?: id="span-(\w+)")?[^>]*><a href="#claim-(\w+)">([^<]*)</a>',
        html,
    )
    assert any("50 people died" in text for *_, text in marks)
    for _, claim, _ in marks:
        assert f'id="claim-{claim}"' in html


def test_search_error_is_explained(client_for: ClientFor) -> None:
    resp = client_for("viewer").get('/search?q="camp+ashraf')
    assert resp.status_code == 400
    assert "unbalanced quote" in resp.text and 'role="alert"' in resp.text
    api = client_for("viewer").get('/api/search?q="camp')
    assert api.status_code == 400 and "unbalanced quote" in api.json()["detail"]


def test_search_highlights_matches(client_for: ClientFor) -> None:
    html = client_for("viewer").get("/search?q=Ashraf").text
    assert html.count("<mark>") >= 4
    assert "\ue000" not in html


QUERIES = [
    "",
    "act=killing",
    "country=IQ&sort=killed",
    "since=2013-01-01&until=2013-12-31",
    "grade=contested",
    "perpetrator=police",
    "q=ashraf&per_page=1&page=2",
    "place=evin",
    "per_page=2&page=2&sort=-sources",
    "act=torture&country=ir",
]


@pytest.mark.parametrize("qs", QUERIES)
def test_page_and_api_list_the_same_incidents(client_for: ClientFor, qs: str) -> None:
    client = client_for("viewer")
    api = client.get(f"/api/incidents?{qs}").json()
    html = client.get(f"/incidents?{qs}").text
    table = html.split('id="incidents"')[1].split("</table>")[0]
    page_ids = re.findall(r'<a href="/incidents/([\w-]+)"', table)
    assert page_ids == [item["id"] for item in api["items"]]
    assert f'<span class="count">{api["total"]:,}</span>' in html


def test_secret_key_is_kept_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FACTFINDER_SECRET", raising=False)
    settings = Settings(home=tmp_path / "h")
    first = secret_key(settings)
    assert first == secret_key(settings) and len(first) > 40
    assert stat.S_IMODE(os.stat(tmp_path / "h" / SECRET_FILE).st_mode) == 0o600
    monkeypatch.setenv("FACTFINDER_SECRET", "from-the-environment")
    assert secret_key(settings) == "from-the-environment"


def test_empty_form_fields_mean_not_given(client_for: ClientFor) -> None:
    client = client_for("viewer")
    empty = "q=&act=&country=&place=&since=&until=&grade=&perpetrator="
    assert client.get(f"/incidents?{empty}").status_code == 200
    assert client.get(f"/api/incidents?{empty}").json()["total"] == 4
    assert client.get("/search?q=Ashraf&since=&until=&language=&publisher=").status_code == 200
