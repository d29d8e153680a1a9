"""Naming inputs, reading paths and fetching URLs: limits, errors, the local HTTP server."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from ingestfixtures import ARTICLE

from factfinder.errors import IngestError
from factfinder.ingest import InputItem, format_size, iter_inputs, parse_document, read_input


def read(value: str, *, max_bytes: int = 1_000_000, timeout: float = 5.0) -> bytes:
    kind = "url" if value.startswith("http") else "path"
    return read_input(InputItem(kind, value), max_bytes=max_bytes, timeout=timeout).data


def test_iter_inputs_walks_folders_sorted_and_skips_hidden(tmp_path: Path) -> None:
    for name in ["b.txt", "a/z.html", "a/y.pdf", ".hidden.txt", ".git/config", "a/.secret"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    url = "https://example.org/report"
    items = list(iter_inputs([url, str(tmp_path), str(tmp_path / "missing.txt")]))
    assert items[0] == InputItem("url", url)
    assert [Path(i.value).relative_to(tmp_path).as_posix() for i in items[1:-1]] == [
        "a/y.pdf",
        "a/z.html",
        "b.txt",
    ]
    assert items[-1] == InputItem("path", str(tmp_path / "missing.txt"))


def test_reading_a_file_keeps_its_bytes(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(ARTICLE.encode("utf-8"))
    raw = read_input(InputItem("path", str(path)), max_bytes=1_000_000, timeout=1)
    assert raw.data == ARTICLE.encode("utf-8")
    assert (raw.filename, raw.origin, raw.media_type) == ("report.txt", str(path), "text/plain")


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: p / "missing.txt", "no such file"),
        (lambda p: p, "is a folder, not a file"),
    ],
    ids=["missing", "folder"],
)
def test_unreadable_paths_are_refused(tmp_path: Path, make: object, reason: str) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    with pytest.raises(IngestError) as info:
        read(str(path))
    assert info.value.subject == str(path)
    assert reason in info.value.reason


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_file_without_permission_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("secret")
    path.chmod(0)
    with pytest.raises(IngestError, match="cannot be read"):
        read(str(path))


def test_oversize_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 3000)
    with pytest.raises(IngestError) as info:
        read(str(path), max_bytes=1024)
    assert info.value.reason == "is 2.9 KB, over the 1 KB limit; raise it with --max-size"


@pytest.mark.parametrize(
    ("size", "shown"),
    [(512, "512 bytes"), (1024, "1 KB"), (300 * 1024**2, "300 MB"), (int(1.5 * 1024**3), "1.5 GB")],
)
def test_format_size(size: int, shown: str) -> None:
    assert format_size(size) == shown


def test_url_is_fetched_and_parsed(http_server: str) -> None:
    raw = read_input(InputItem("url", f"{http_server}/report.html"), max_bytes=10**6, timeout=5)
    assert raw.url == f"{http_server}/report.html"
    assert (raw.media_type, raw.charset, raw.filename) == ("text/html", "utf-8", "report.html")
    [document] = parse_document(raw)
    assert "fourteen bodies" in document.text
    assert "TRACKER-SECRET" not in document.text


def test_url_charset_header_is_used(http_server: str) -> None:
    raw = read_input(InputItem("url", f"{http_server}/report.txt"), max_bytes=10**6, timeout=5)
    [document] = parse_document(raw)
    assert document.text.startswith("Café raid — témoins")


@pytest.mark.parametrize(
    ("path", "max_bytes", "timeout", "reason"),
    [
        ("/nowhere", 10**6, 5.0, "HTTP 404 Not Found"),
        ("/error", 10**6, 5.0, "HTTP 500 Internal Server Error"),
        ("/slow", 10**6, 0.3, "timed out after 0.3 s"),
        ("/big", 10_000, 5.0, "is 49 KB, over the 9.8 KB limit; raise it with --max-size"),
        ("/big-stream", 10_000, 5.0, "over the 9.8 KB limit"),
    ],
    ids=["404", "500", "timeout", "content-length", "streaming"],
)
def test_url_failures_name_the_url_and_status(
    http_server: str, path: str, max_bytes: int, timeout: float, reason: str
) -> None:
    url = f"{http_server}{path}"
    with pytest.raises(IngestError) as info:
        read(url, max_bytes=max_bytes, timeout=timeout)
    assert info.value.subject == url
    assert reason in info.value.reason


def test_refused_connection_is_reported() -> None:
    url = "http://127.0.0.1:9/report"
    with pytest.raises(IngestError) as info:
        read(url, timeout=2)
    assert info.value.subject == url
    assert "cannot be fetched" in info.value.reason
