"""Fixtures of the linking tests."""

from __future__ import annotations

import pytest
from linkfixtures import load_gold

from factfinder.model import Mention


@pytest.fixture
def gold() -> list[Mention]:
    return load_gold()
