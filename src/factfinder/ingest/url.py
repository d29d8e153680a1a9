"""Fetching a URL with httpx: a total deadline, the size limit enforced while streaming."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from urllib.parse import unquote, urlsplit

import httpx

from factfinder import __version__
from factfinder.errors import IngestError
from factfinder.ingest.document import RawInput, brief_error
from factfinder.ingest.limits import check_size
from factfinder.ingest.sniff import split_content_type

USER_AGENT = f"factfinder/{__version__} (+https://github.com/factfinder)"


def is_url(value: str) -> bool:
    """True for ``http://`` and ``https://`` addresses."""
    return value.lower().startswith(("http://", "https://"))


def fetch_url(url: str, *, max_bytes: int, timeout: float) -> RawInput:
    """GET ``url`` and return its body, or raise :class:`IngestError` naming the URL.

    ``timeout`` bounds connecting, each read and the whole download. A body over ``max_bytes``
    (by Content-Length, or counted while streaming) is refused without reading the rest.
    HTTP errors (4xx, 5xx), timeouts and refused connections are reported with their status.
    """
    deadline = time.monotonic() + timeout
    headers = {"User-Agent": USER_AGENT}
    try:
        with (
            httpx.Client(timeout=timeout, follow_redirects=True, headers=headers) as client,
            client.stream("GET", url) as response,
        ):
            _check_status(url, response)
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit():
                check_size(url, int(declared), max_bytes)
            data = _read_body(url, response, max_bytes, deadline)
            final_url = str(response.url)
            content_type = response.headers.get("Content-Type")
    except httpx.TimeoutException as e:
        raise IngestError(
            url, f"timed out after {timeout:g} s; try again or raise the timeout"
        ) from e
    except httpx.HTTPError as e:
        raise IngestError(url, f"cannot be fetched: {brief_error(e)}") from e
    media_type, charset = split_content_type(content_type)
    return RawInput(
        data=data,
        origin=url,
        fetched_at=datetime.now(UTC),
        media_type=media_type,
        charset=charset,
        filename=_filename(final_url),
        url=final_url,
    )


def _check_status(url: str, response: httpx.Response) -> None:
    if response.status_code >= 400:
        phrase = response.reason_phrase or ""
        raise IngestError(url, f"HTTP {response.status_code} {phrase}".strip())


def _read_body(url: str, response: httpx.Response, max_bytes: int, deadline: float) -> bytes:
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        check_size(url, size, max_bytes, at_least=True)
        chunks.append(chunk)
        if time.monotonic() > deadline:
            raise httpx.ReadTimeout("total download time exceeded", request=response.request)
    return b"".join(chunks)


def _filename(url: str) -> str | None:
    name = unquote(urlsplit(url).path.rsplit("/", 1)[-1])
    return name or None
