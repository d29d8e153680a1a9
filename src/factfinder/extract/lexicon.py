"""Loading of the package data the extraction components use (lexicons and gazetteers)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from factfinder.errors import ExtractError


def _read(name: str) -> str:
    try:
        return resources.files("factfinder.data").joinpath(name).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError) as e:
        raise ExtractError(name, "package data file missing; reinstall factfinder") from e


def load_yaml(name: str) -> dict[str, Any]:
    """Read a YAML mapping shipped in ``factfinder/data``."""
    data = yaml.safe_load(_read(name))
    if not isinstance(data, dict):
        raise ExtractError(name, "package data file is not a YAML mapping; reinstall factfinder")
    return data


def load_csv(name: str) -> list[dict[str, str]]:
    """Read a CSV table shipped in ``factfinder/data``."""
    return list(csv.DictReader(io.StringIO(_read(name))))


@dataclass(frozen=True, slots=True)
class ActSpec:
    act: str
    count: str
    patterns: tuple[str, ...]


@cache
def act_specs() -> tuple[ActSpec, ...]:
    data = load_yaml("acts.yaml")["acts"]
    return tuple(
        ActSpec(act=act, count=str(spec["count"]), patterns=tuple(spec["patterns"]))
        for act, spec in data.items()
    )


@cache
def acts_data() -> dict[str, Any]:
    return load_yaml("acts.yaml")


@cache
def actors_data() -> dict[str, Any]:
    return load_yaml("actors.yaml")


@cache
def voices_data() -> dict[str, Any]:
    return load_yaml("voices.yaml")


@cache
def sites() -> tuple[dict[str, str], ...]:
    return tuple(load_csv("sites.csv"))


@cache
def regions() -> tuple[dict[str, str], ...]:
    return tuple(load_csv("regions.csv"))


def split_aliases(row: dict[str, str]) -> list[str]:
    return [a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()]
