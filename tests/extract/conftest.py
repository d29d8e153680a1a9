from __future__ import annotations

import pytest

from factfinder.extract import Pipeline, default_pipeline


@pytest.fixture(scope="session")
def pipe() -> Pipeline:
    return default_pipeline()
