"""The pages in a real browser (Debian's Chromium through Playwright) against a real server."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from webfixtures import PASSWORDS, ashraf_2013

from factfinder.settings import Settings
from factfinder.store import Store
from factfinder.web import create_app

pytestmark = pytest.mark.e2e
CHROMIUM = os.environ.get("FACTFINDER_CHROMIUM", "/usr/bin/chromium")
SHOTS = Path(__file__).resolve().parents[1] / "screenshots"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
if not Path(CHROMIUM).is_file():
    pytest.skip(f"no chromium at {CHROMIUM} (set FACTFINDER_CHROMIUM)", allow_module_level=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(
    built_home: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, Store]]:
    import uvicorn

    home = tmp_path_factory.mktemp("e2e") / "store"
    shutil.copytree(built_home, home)
    store = Store.open(Settings(home=home, user="e2e"))
    port = _free_port()
    config = uvicorn.Config(
        create_app(store=store), host="127.0.0.1", port=port, log_level="warning"
    )
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/api/health", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.1)
    else:
        pytest.fail("the server did not become ready")
    yield base, store
    srv.should_exit = True
    thread.join(10)
    store.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


def _shot(page: Any, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def _login(page: Any, base: str, name: str) -> None:
    page.goto(f"{base}/")
    assert "/login" in page.url
    page.fill('input[name="name"]', name)
    page.fill('input[name="password"]', PASSWORDS[name])
    page.click('button[type="submit"]')
    page.wait_for_url(f"{base}/")


def test_editor_journey(server: tuple[str, Store], browser: Any) -> None:
    base, store = server
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(f"{base}/login")
    _shot(page, "01-login")
    _login(page, base, "editor")
    _shot(page, "02-overview")
    assert page.locator("figure.chart svg rect.bar").count() > 0

    page.click('nav a[href="/search"]')
    page.fill('input[name="q"]', "Ashraf")
    page.press('input[name="q"]', "Enter")
    page.wait_for_url("**/search?q=Ashraf*")
    assert page.locator("ol.hits mark").count() >= 3
    _shot(page, "03-search")

    page.goto(f"{base}/incidents")
    _shot(page, "04-incidents")
    page.click(f'a[href="/incidents/{ashraf_2013(store)}"]')
    figure = page.locator("#figure-killed")
    text = figure.inner_text()
    assert "52" in text and "50" in text and "US State Department" in text
    assert figure.locator(".badge.contested").is_visible()
    assert "Massacre at Camp Ashraf" in text and "US condemns Ashraf attack" in text
    page.wait_for_selector("#map path.leaflet-interactive", state="attached", timeout=10_000)
    _shot(page, "05-incident")

    page.click('#figure-killed a:has-text("US condemns Ashraf attack")')
    page.wait_for_url("**/sources/**")
    mark = page.locator("mark.span", has_text="50 people died")
    assert mark.count() == 1 and mark.is_visible()
    assert mark.evaluate("el => getComputedStyle(el).backgroundColor") != "rgba(0, 0, 0, 0)"
    _shot(page, "06-source")

    page.goto(f"{base}/review")
    rows = page.locator("tr.review-row")
    first_id = rows.first.get_attribute("data-claim")
    _shot(page, "07-review")
    page.keyboard.press("a")  # the first row is selected: one key accepts it
    page.wait_for_selector(f"#row-{first_id} .badge.review-accepted")
    rows.nth(1).locator("button.reject").click()
    page.wait_for_selector("tr.review-row:nth-child(2) .badge.review-rejected")
    _shot(page, "08-review-after")

    page.goto(f"{base}/map")
    page.wait_for_selector("#map path.leaflet-interactive", state="attached", timeout=10_000)
    page.wait_for_function(
        "document.querySelectorAll('#map path.leaflet-interactive').length > 100"
    )
    _shot(page, "09-map")
    page.goto(f"{base}/persons")
    _shot(page, "10-persons")

    page.click("#logout")
    page.wait_for_url("**/login")
    page.goto(f"{base}/review")
    assert "/login" in page.url
    assert not [e for e in errors if "Content Security Policy" in e or "Refused" in e], errors
    context.close()


def test_viewer_cannot_reach_review(server: tuple[str, Store], browser: Any) -> None:
    base, store = server
    context = browser.new_context()
    page = context.new_page()
    _login(page, base, "viewer")
    assert page.locator('nav a[href="/review"]').count() == 0
    resp = page.goto(f"{base}/review")
    assert resp is not None and resp.status == 403
    _shot(page, "11-viewer-review-403")
    page.goto(f"{base}/sources/{_fa_source(store)}")
    assert page.locator(".source-text").evaluate("el => getComputedStyle(el).direction") == "rtl"
    _shot(page, "12-source-fa")
    context.close()


def _fa_source(store: Store) -> str:
    from factfinder.store.sources import get_source

    return get_source(store, "evin-fa.txt").id
