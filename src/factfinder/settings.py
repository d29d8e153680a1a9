"""Settings in one typed place, shared by the CLI, the web app and the docs.

Every setting can be given in the environment as ``FACTFINDER_<NAME>`` (e.g. ``FACTFINDER_DB``).
"""

from __future__ import annotations

import getpass
from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


def _default_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


class Settings(BaseSettings):
    """factfinder's settings; the field descriptions are the documentation."""

    model_config = SettingsConfigDict(env_prefix="FACTFINDER_", extra="ignore")

    home: Path = Field(
        default=Path("factfinder-data"),
        description="Folder of the default store: the SQLite file and the originals.",
    )
    db: str | None = Field(
        default=None,
        description="Database URL: sqlite:///path/to/file.db or postgresql://user@host/name. "
        "Default: sqlite:///<home>/factfinder.db.",
    )
    originals: Path | None = Field(
        default=None,
        description="Folder of the originals (content-addressed). Default: <home>/originals.",
    )
    max_size_mb: float = Field(
        default=100.0, description="Inputs larger than this many megabytes are refused."
    )
    fetch_timeout: float = Field(default=20.0, description="Seconds to wait for a URL.")
    key: SecretStr | None = Field(
        default=None,
        description="Key of an encrypted SQLite store (made with `factfinder init --encrypt`); "
        "on a terminal factfinder asks for it when it is not set.",
    )
    user: str = Field(
        default_factory=_default_user, description="Name recorded as the actor of changes."
    )

    @property
    def db_url(self) -> str:
        if self.db:
            url = self.db
            return (
                url.replace("postgresql://", "postgresql+psycopg://", 1)
                if url.startswith("postgresql://")
                else url
            )
        return f"sqlite:///{self.home / 'factfinder.db'}"

    @property
    def originals_dir(self) -> Path:
        return self.originals or self.home / "originals"

    @property
    def max_bytes(self) -> int:
        return int(self.max_size_mb * 1024 * 1024)
