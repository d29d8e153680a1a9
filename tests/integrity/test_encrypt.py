"""Encryption at rest: `init --encrypt` makes an SQLCipher store; later commands need the key;
a missing or wrong key is one clear line; backup and restore keep the store encrypted."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import SecretStr
from typer.testing import CliRunner

from factfinder.backup import backup, restore
from factfinder.cli import app
from factfinder.crypto import EncryptionError, is_encrypted
from factfinder.settings import Settings
from factfinder.store import Store
from factfinder.store.sources import verify_store

pytest.importorskip("sqlcipher3")
KEY = "correct horse battery staple"


def _run(home: Path, args: list[str], key: str | None = KEY) -> object:
    env = {"FACTFINDER_HOME": str(home), "FACTFINDER_KEY": key}
    return CliRunner().invoke(app, args, env={k: v for k, v in env.items() if v is not None})


def test_init_encrypt_then_commands_need_the_key(tmp_path: Path, seeds: Path) -> None:
    home = tmp_path / "case"
    made = _run(home, ["init", "--encrypt"])
    assert made.exit_code == 0, made.output  # type: ignore[attr-defined]
    db = home / "factfinder.db"
    assert is_encrypted(db)
    text = next(p for p in sorted(seeds.iterdir()) if p.suffix == ".txt")
    ingested = _run(home, ["ingest", str(text), "--published", "2020-01-01"])
    assert ingested.exit_code == 0, ingested.output  # type: ignore[attr-defined]
    raw = db.read_bytes()
    assert b"SQLite format 3" not in raw and text.read_bytes()[:40] not in raw
    listed = _run(home, ["sources", "--format", "json"])
    assert listed.exit_code == 0 and text.name in listed.stdout  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("key", "message"),
    [(None, "the store is encrypted: set FACTFINDER_KEY"), ("wrong key", "wrong key")],
)
def test_missing_or_wrong_key_is_one_line(tmp_path: Path, key: str | None, message: str) -> None:
    home = tmp_path / "case"
    assert _run(home, ["init", "--encrypt"]).exit_code == 0  # type: ignore[attr-defined]
    out = _run(home, ["sources"], key=key)
    assert out.exit_code == 1  # type: ignore[attr-defined]
    lines = out.stderr.strip().splitlines()  # type: ignore[attr-defined]
    assert len(lines) == 1 and message in lines[0] and str(home) in lines[0]


def test_plain_store_refuses_a_key(tmp_path: Path) -> None:
    home = tmp_path / "plain"
    assert _run(home, ["init"], key=None).exit_code == 0  # type: ignore[attr-defined]
    with pytest.raises(EncryptionError, match="not encrypted"):
        Store.open(Settings(home=home, key=SecretStr(KEY)))


def test_backup_and_restore_stay_encrypted(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path / "case", key=SecretStr(KEY), user="tester")
    with Store.open(settings) as store:
        backup(store, tmp_path / "bk")
    assert is_encrypted(tmp_path / "bk" / "factfinder.db")
    target = Settings(home=tmp_path / "restored", key=SecretStr(KEY), user="tester")
    restore(target, tmp_path / "bk")
    assert is_encrypted(tmp_path / "restored" / "factfinder.db")
    with Store.open(target, create=False) as again:
        report = verify_store(again)
    assert report.ok, report.problems
