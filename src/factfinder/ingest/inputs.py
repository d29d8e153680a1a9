"""Naming inputs (paths, folders, URLs) and reading their bytes, with the size limit enforced."""

from __future__ import annotations

import mimetypes
import os
import stat
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

from factfinder.errors import IngestError
from factfinder.ingest.document import InputItem, RawInput
from factfinder.ingest.limits import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, check_size
from factfinder.ingest.url import fetch_url, is_url

EXTENSION_TYPES = {".warc": "application/warc", ".gz": "application/gzip"}


def iter_inputs(args: Sequence[str]) -> Iterator[InputItem]:
    """Each input named by ``args``: URLs as given, files as given, folders walked recursively.

    Folder contents come in sorted path order, skipping hidden files and folders (name starting
    with ``.``). A path that does not exist is still yielded, so reading it reports the error.
    """
    for arg in args:
        if is_url(arg):
            yield InputItem("url", arg)
        elif Path(arg).is_dir():
            yield from _walk(Path(arg))
        else:
            yield InputItem("path", arg)


def _walk(folder: Path) -> Iterator[InputItem]:
    files: list[str] = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        files.extend(os.path.join(root, n) for n in names if not n.startswith("."))
    for path in sorted(files):
        yield InputItem("path", path)


def read_input(
    item: InputItem, *, max_bytes: int = DEFAULT_MAX_BYTES, timeout: float = DEFAULT_TIMEOUT
) -> RawInput:
    """The bytes of one input: a file read whole, or a URL fetched (see :func:`fetch_url`)."""
    if item.is_url:
        return fetch_url(item.value, max_bytes=max_bytes, timeout=timeout)
    return read_path(Path(item.value), max_bytes=max_bytes)


def read_path(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> RawInput:
    """Read a regular file, refusing it (before reading) if it is over ``max_bytes``."""
    subject = str(path)
    try:
        info = path.stat()
    except FileNotFoundError as e:
        raise IngestError(subject, "no such file; check the path") from e
    except OSError as e:
        raise IngestError(subject, f"cannot be read: {e.strerror or e}") from e
    if stat.S_ISDIR(info.st_mode):
        raise IngestError(
            subject, "is a folder, not a file; name the folder as an input to walk it"
        )
    if not stat.S_ISREG(info.st_mode):
        raise IngestError(subject, "is not a regular file (device, pipe or socket)")
    check_size(subject, info.st_size, max_bytes)
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as e:
        raise IngestError(subject, f"cannot be read: {e.strerror or e}") from e
    check_size(subject, len(data), max_bytes)  # it may have grown since stat
    return RawInput(
        data=data,
        origin=subject,
        fetched_at=datetime.now(UTC),
        media_type=_extension_type(path),
        filename=path.name,
    )


def _extension_type(path: Path) -> str | None:
    suffix = path.suffix.lower()
    if suffix in EXTENSION_TYPES:
        return EXTENSION_TYPES[suffix]
    guessed, _ = mimetypes.guess_type(path.name, strict=False)
    return guessed
