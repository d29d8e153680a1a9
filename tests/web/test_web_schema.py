"""Generated requests against the OpenAPI spec (in-process ASGI): no answer is a server error."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from webfixtures import token_for

from factfinder.settings import Settings
from factfinder.store import Store
from factfinder.web import create_app

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is not installed")
from hypothesis import HealthCheck, given, settings  # noqa: E402

TOKENS: dict[str, str] = {}


@pytest.fixture(scope="module")
def web_schema(built_home: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    home = tmp_path_factory.mktemp("schema") / "store"
    shutil.copytree(built_home, home)
    store = Store.open(Settings(home=home, user="schema"))
    TOKENS["editor"] = token_for(store, "editor")
    yield schemathesis.openapi.from_asgi("/openapi.json", create_app(store=store))
    store.close()


def test_no_server_errors(web_schema: Any) -> None:
    headers = {"Authorization": f"Bearer {TOKENS['editor']}"}
    failures: list[str] = []
    operations = [result.ok() for result in web_schema.get_all_operations()]
    assert len(operations) >= 15

    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=12, deadline=None, suppress_health_check=list(HealthCheck), database=None
        )
        def run(case: Any) -> None:
            response = case.call(headers=headers)
            if response.status_code >= 500:
                failures.append(f"{case.method} {case.formatted_path}: {response.text[:200]}")

        run()
    assert not failures, failures
