"""Fixtures of the web tests: a built store, app clients signed in per role."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from fastapi.testclient import TestClient
from webfixtures import PASSWORDS, build_store

from factfinder import auth
from factfinder.settings import Settings
from factfinder.store import Store
from factfinder.web import create_app

CSRF_RE = re.compile(r'name="csrf" value="([^"]+)"')
# Cheap Argon2 parameters for the fixture users, so signing in costs milliseconds in tests.
auth._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@pytest.fixture(scope="session")
def built_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture store, built once; tests that change data copy it first."""
    home = tmp_path_factory.mktemp("web") / "store"
    build_store(home).close()
    return home


@pytest.fixture
def store(built_home: Path, tmp_path: Path) -> Iterator[Store]:
    home = tmp_path / "store"
    shutil.copytree(built_home, home)
    st = Store.open(Settings(home=home, user="tests"))
    yield st
    st.close()


def csrf_of(html: str) -> str:
    found = CSRF_RE.search(html)
    assert found, "no CSRF field in the page"
    return found.group(1)


def sign_in(client: TestClient, name: str, password: str | None = None) -> TestClient:
    page = client.get("/login")
    resp = client.post(
        "/login",
        data={"name": name, "password": password or PASSWORDS[name], "csrf": csrf_of(page.text)},
        follow_redirects=False,
    )
    assert resp.status_code == 303, resp.text
    return client


ClientFor = Callable[..., TestClient]


@pytest.fixture
def client_for(store: Store) -> Iterator[ClientFor]:
    """client_for(role=None, public=False): a TestClient signed in as that role (or anonymous)."""
    made: list[TestClient] = []

    def make(role: str | None = None, *, public: bool = False) -> TestClient:
        client = TestClient(create_app(store=store, public=public), follow_redirects=False)
        made.append(client)
        return sign_in(client, role) if role else client

    yield make
    for c in made:
        c.close()
