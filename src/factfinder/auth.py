"""Users, roles and API tokens: Argon2 password hashes, tokens stored only as SHA-256 hashes.

Roles are ordered: a *viewer* reads, an *editor* also reviews and edits, an *admin* also manages
users. Every change to users is an audit event.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import delete, select, update

from factfinder.errors import FactfinderError, NotFoundError
from factfinder.store import Store
from factfinder.store.schema import api_tokens, users

_hasher = PasswordHasher()
# Verifying an unknown user costs the same as a known one (no timing oracle on names).
_DUMMY_HASH = _hasher.hash("factfinder-no-such-user")
TOKEN_PREFIX = "ff_"
MIN_PASSWORD = 8


class Role(StrEnum):
    VIEWER = "viewer"
    EDITOR = "editor"
    ADMIN = "admin"

    @property
    def rank(self) -> int:
        return _RANK[self]

    def allows(self, needed: Role) -> bool:
        return self.rank >= needed.rank


_RANK = {Role.VIEWER: 0, Role.EDITOR: 1, Role.ADMIN: 2}


class AuthError(FactfinderError):
    """A user or token cannot be created, found or used as asked."""


@dataclass(frozen=True, slots=True)
class User:
    name: str
    role: Role
    created_at: datetime | None = None
    active: bool = True


def parse_role(text: str) -> Role:
    try:
        return Role(text.strip().lower())
    except ValueError as e:
        raise AuthError(f"role {text!r}", "unknown role: use admin, editor or viewer") from e


def _check_name(name: str) -> str:
    name = name.strip()
    if not name or len(name) > 128 or any(ch.isspace() or ord(ch) < 32 for ch in name):
        raise AuthError(f"user {name!r}", "a user name is 1–128 characters without spaces")
    return name


def add_user(store: Store, name: str, role: Role, password: str) -> User:
    """Create a user with an Argon2 hash of the password."""
    name = _check_name(name)
    if len(password) < MIN_PASSWORD:
        raise AuthError(
            f"user {name}", f"the password is too short: use at least {MIN_PASSWORD} characters"
        )
    with store.write() as conn:
        if conn.execute(select(users.c.name).where(users.c.name == name)).first():
            raise AuthError(
                f"user {name}", "already exists: remove it first or choose another name"
            )
        now = store.now()
        conn.execute(
            users.insert().values(
                name=name,
                role=str(role),
                password_hash=_hasher.hash(password),
                created_at=now,
                active=True,
            )
        )
        store.record(conn, "user_add", name, role=str(role))
    return User(name, role, now)


def remove_user(store: Store, name: str) -> None:
    """Delete a user and their API tokens."""
    with store.write() as conn:
        if not conn.execute(select(users.c.name).where(users.c.name == name)).first():
            raise NotFoundError(f"user {name}", "no such user: see `factfinder user list`")
        conn.execute(delete(api_tokens).where(api_tokens.c.user == name))
        conn.execute(delete(users).where(users.c.name == name))
        store.record(conn, "user_remove", name)


def set_role(store: Store, name: str, role: Role) -> None:
    """Change a user's role (an audit event naming the old and the new role)."""
    with store.write() as conn:
        old = conn.execute(select(users.c.role).where(users.c.name == name)).scalar_one_or_none()
        if old is None:
            raise NotFoundError(f"user {name}", "no such user: see `factfinder user list`")
        conn.execute(update(users).where(users.c.name == name).values(role=str(role)))
        store.record(conn, "user_role", name, old=old, new=str(role))


def list_users(store: Store) -> list[User]:
    with store.read() as conn:
        rows = conn.execute(select(users).order_by(users.c.name)).all()
    return [User(r.name, Role(r.role), r.created_at, bool(r.active)) for r in rows]


def get_user(store: Store, name: str) -> User | None:
    with store.read() as conn:
        r = conn.execute(
            select(users).where(users.c.name == name, users.c.active.is_(True))
        ).first()
    return User(r.name, Role(r.role), r.created_at, True) if r else None


def authenticate(store: Store, name: str, password: str) -> User | None:
    """The user if the password matches (rehashing an outdated hash), else None."""
    with store.read() as conn:
        r = conn.execute(
            select(users).where(users.c.name == name, users.c.active.is_(True))
        ).first()
    stored = r.password_hash if r else _DUMMY_HASH
    try:
        _hasher.verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return None
    if r is None:
        return None
    if _hasher.check_needs_rehash(stored):
        with store.write() as conn:
            conn.execute(
                update(users)
                .where(users.c.name == name)
                .values(password_hash=_hasher.hash(password))
            )
    return User(r.name, Role(r.role), r.created_at, True)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(store: Store, name: str, label: str | None = None) -> str:
    """A new API token for a user; only its hash is stored, so it is shown once."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with store.write() as conn:
        if not conn.execute(select(users.c.name).where(users.c.name == name)).first():
            raise NotFoundError(f"user {name}", "no such user: add it with `factfinder user add`")
        conn.execute(
            api_tokens.insert().values(
                token_hash=token_hash(token), user=name, label=label, created_at=store.now()
            )
        )
        store.record(conn, "token_add", name, label=label)
    return token


def user_for_token(store: Store, token: str) -> User | None:
    """The active user an API token belongs to, or None."""
    if not token.startswith(TOKEN_PREFIX):
        return None
    stmt = (
        select(users)
        .join(api_tokens, api_tokens.c.user == users.c.name)
        .where(api_tokens.c.token_hash == token_hash(token), users.c.active.is_(True))
    )
    with store.read() as conn:
        r = conn.execute(stmt).first()
    return User(r.name, Role(r.role), r.created_at, True) if r else None
