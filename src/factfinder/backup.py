"""Backup and restore of a whole store: the database (consistent while the app runs) and originals.

SQLite is copied with its online backup API (a consistent snapshot even while others write);
PostgreSQL with ``pg_dump`` in custom format. Originals are copied file by file and checked
against their SHA-256 names. ``MANIFEST.json`` records what the backup holds, so a restore can
refuse an incomplete one before touching anything.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from factfinder import __version__, crypto
from factfinder.errors import StoreError
from factfinder.settings import Settings
from factfinder.store import Store
from factfinder.store.blobs import BlobStore, sha256_file

MANIFEST = "MANIFEST.json"


@dataclass(slots=True)
class BackupReport:
    path: Path
    database: str
    originals: int


def _sqlite_path(url: str) -> Path:
    return Path(url.removeprefix("sqlite:///"))


def backup(store: Store, dest: Path) -> BackupReport:
    """Write a complete backup of ``store`` into the new folder ``dest``."""
    if dest.exists() and any(dest.iterdir()):
        raise StoreError(str(dest), "backup folder is not empty: name a new folder")
    dest.mkdir(parents=True, exist_ok=True)
    url = store.settings.db_url
    if url.startswith("sqlite"):
        database = "factfinder.db"
        _sqlite_backup(_sqlite_path(url), dest / database, _key(store.settings))
    else:
        database = "factfinder.pgdump"
        _pg_dump(url, dest / database)
    count = _copy_originals(store.blobs, BlobStore(dest / "originals"))
    manifest = {
        "factfinder": __version__,
        "created_at": datetime.now(UTC).isoformat(),
        "backend": store.engine.dialect.name,
        "database": database,
        "originals": count,
        "schema": store.head_revision(),
    }
    (dest / MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    with store.write() as conn:
        store.record(conn, "backup", str(dest), originals=count, database=database)
    return BackupReport(dest, database, count)


def _key(settings: Settings) -> str | None:
    return settings.key.get_secret_value() if settings.key else None


def _sqlite_backup(source: Path, target: Path, key: str | None = None) -> None:
    """Online backup; an encrypted store's copy is encrypted with the same key."""
    src = crypto.connect(source, key) if key else sqlite3.connect(source)
    dst = crypto.connect(target, key) if key else sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def _libpq_url(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _pg_tool(args: list[str]) -> None:
    """Run pg_dump or pg_restore; its last error line becomes a one-line StoreError."""
    try:
        subprocess.run(args, check=True, capture_output=True, text=True)
    except FileNotFoundError as e:
        raise StoreError(args[0], "not found: install the PostgreSQL client tools") from e
    except subprocess.CalledProcessError as e:
        last = e.stderr.strip().splitlines()[-1] if e.stderr.strip() else "failed"
        raise StoreError(args[0], last) from e


def _pg_dump(url: str, target: Path) -> None:
    _pg_tool(["pg_dump", "--format=custom", "--no-owner", f"--file={target}", _libpq_url(url)])


def _copy_originals(src: BlobStore, dst: BlobStore) -> int:
    count = 0
    for sha in src.iter_shas():
        target = dst.path(sha)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src.path(sha), target)
        if sha256_file(target) != sha:
            raise StoreError(
                str(src.path(sha)), "original does not match its hash: run `factfinder verify`"
            )
        count += 1
    return count


def read_manifest(folder: Path) -> dict[str, object]:
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise StoreError(str(folder), f"not a factfinder backup (no readable {MANIFEST})") from e
    if not isinstance(data, dict):
        raise StoreError(str(folder), f"not a factfinder backup ({MANIFEST} is not an object)")
    return data


def restore(settings: Settings, folder: Path) -> int:
    """Restore the backup in ``folder`` into the (empty) store the settings name."""
    manifest = read_manifest(folder)
    database = folder / str(manifest["database"])
    originals = BlobStore(folder / "originals")
    if not database.is_file():
        raise StoreError(str(database), "the backup's database file is missing")
    if sum(1 for _ in originals.iter_shas()) != manifest["originals"]:
        raise StoreError(str(folder), "the backup's originals are incomplete")
    url = settings.db_url
    if url.startswith("sqlite"):
        target = _sqlite_path(url)
        if target.exists():
            raise StoreError(str(target), "a store exists here already: restore into a new --home")
        target.parent.mkdir(parents=True, exist_ok=True)
        _sqlite_backup(database, target, _key(settings))
    else:
        _pg_restore(url, database)
    return _copy_originals(originals, BlobStore(settings.originals_dir))


def _pg_restore(url: str, dump: Path) -> None:
    _pg_tool(
        ["pg_restore", "--no-owner", "--exit-on-error", f"--dbname={_libpq_url(url)}", str(dump)]
    )
