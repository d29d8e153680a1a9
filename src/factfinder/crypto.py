"""Encryption at rest of the SQLite store with SQLCipher (AES-256, key derived with PBKDF2).

The key comes from ``FACTFINDER_KEY`` (``Settings.key``) or, on a terminal, a hidden prompt.
An encrypted store is recognised by its first bytes: a plain SQLite file starts with
``SQLite format 3``; an SQLCipher file looks like random bytes. Originals (the folder of
content-addressed files) are not encrypted by this module: keep them on an encrypted
filesystem (LUKS, FileVault, BitLocker, VeraCrypt), as docs/integrity.md says.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from factfinder.errors import StoreError

SQLITE_HEADER = b"SQLite format 3\x00"
ENV_KEY = "FACTFINDER_KEY"


class EncryptionError(StoreError):
    """An encrypted store cannot be opened (no key, wrong key, no SQLCipher)."""


def sqlite_path(url: str) -> Path | None:
    """The file of a ``sqlite:///`` URL, or None for other databases."""
    if url.startswith("sqlite") and ":///" in url:
        return Path(url.split(":///", 1)[1])
    return None


def is_encrypted(path: Path) -> bool:
    """True for an existing, non-empty file that is not plain SQLite."""
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return bool(head) and head != SQLITE_HEADER


def _module() -> Any:
    try:
        import sqlcipher3
    except ImportError as e:
        raise EncryptionError(
            "SQLCipher", "not installed: pip install sqlcipher3-binary (needed for --encrypt)"
        ) from e
    return sqlcipher3


def _quote(key: str) -> str:
    return "'" + key.replace("'", "''") + "'"


def connect(path: Path, key: str) -> Any:
    """An SQLCipher DB-API connection to ``path`` unlocked with ``key`` (checked at once)."""
    if not key:
        raise EncryptionError(str(path), f"the key is empty: set {ENV_KEY}")
    mod = _module()
    conn = mod.connect(str(path), timeout=30, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {_quote(key)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
    except mod.DatabaseError as e:
        conn.close()
        raise EncryptionError(
            str(path), f"wrong key (or not a factfinder store): set {ENV_KEY} to the store's key"
        ) from e
    return conn


def creator(url: str, key: str | None) -> Callable[[], Any] | None:
    """A connection factory for SQLAlchemy when the store is (to be) encrypted, else None.

    Refuses, with a one-line error, an encrypted file without a key and a key for a plain file.
    """
    path = sqlite_path(url)
    if path is None:
        if key:
            raise EncryptionError(
                url,
                "encryption at rest is for SQLite stores: use the "
                "database server's own encryption for PostgreSQL",
            )
        return None
    encrypted = is_encrypted(path)
    if encrypted and not key:
        raise EncryptionError(
            str(path),
            f"the store is encrypted: set {ENV_KEY} or run on a terminal to be asked for the key",
        )
    if key and path.exists() and path.stat().st_size > 0 and not encrypted:
        raise EncryptionError(
            str(path),
            f"the store is not encrypted: unset {ENV_KEY}, or "
            "back it up and restore it into a store made with init --encrypt",
        )
    if not key:
        return None
    return lambda: connect(path, key)
