"""Typed exceptions. Each carries the input it concerns and a one-line message saying what to do."""

from __future__ import annotations


class FactfinderError(Exception):
    """Base of every error factfinder raises on purpose."""

    def __init__(self, subject: str, reason: str) -> None:
        super().__init__(f"{subject}: {reason}")
        self.subject = subject
        self.reason = reason

    def one_line(self) -> str:
        return " ".join(f"{self.subject}: {self.reason}".split())


class IngestError(FactfinderError):
    """An input could not be ingested (unreadable, empty, corrupt, too large, ...)."""


class StoreError(FactfinderError):
    """The store cannot be opened, migrated or written."""


class NotFoundError(FactfinderError):
    """A source, mention, incident or person id does not exist (or is ambiguous)."""


class QueryError(FactfinderError):
    """A user query (search syntax, filter value) is malformed."""


class ExtractError(FactfinderError):
    """A text could not be processed by the extraction pipeline."""


class UsageError(FactfinderError):
    """A command-line option has a value the command does not take."""


class ManifestError(FactfinderError):
    """A manifest file is malformed."""
