"""Ingestion into the store, end to end through the library, on SQLite and on PostgreSQL.

Every input kind (text in several encodings, HTML, PDF, WARC, URL) round-trips: the stored text,
metadata and original bytes are what went in. Every kind of bad input fails on its own line, names
the input and the reason, and leaves the rest of the batch stored and the store consistent.
"""

# ruff: noqa: E501  (invented report prose)

from __future__ import annotations

import hashlib
import http.server
import io
import json
import os
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from fpdf import FPDF
from sqlalchemy import func, select
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from factfinder.ingest.batch import (
    DUPLICATE,
    FAILED,
    NEAR_DUPLICATE,
    STORED,
    IngestOptions,
    IngestSummary,
    ingest,
)
from factfinder.ingest.manifest import load_manifest
from factfinder.model import PublishedBasis
from factfinder.store import Store
from factfinder.store.schema import audit_log, sources
from factfinder.store.sources import get_source, verify_store

pytestmark = pytest.mark.store

# Invented reports about fictional places; nothing here comes from the seed corpus.
REPORT = (
    "Residents of Korvath said that militia fighters entered the northern quarter at dawn.\n"
    "Witnesses counted nineteen men taken from their homes and driven toward the old quarry.\n"
    "A nurse at the district clinic said seven wounded people arrived before noon.\n"
    "The provincial governor denied the account and called the operation a weapons search.\n"
)
FRENCH = (
    "Des habitants de Sélvany ont déclaré que des soldats ont encerclé le marché à l'aube.\n"
    "Selon trois témoins, douze commerçants ont été arrêtés et emmenés vers la caserne.\n"
    "« Nous n'avons reçu aucune nouvelle depuis mardi », a déclaré une sœur d'un détenu.\n"
    "Le ministère de l'Intérieur n'a pas répondu à nos questions écrites sur l'opération.\n"
)
RUSSIAN = (
    "Жители посёлка Верхний Брод сообщили, что ночью военные окружили рынок.\n"
    "По словам трёх свидетелей, двенадцать торговцев были задержаны и увезены в казармы.\n"
    "Родственники задержанных собрались у здания полиции и требовали информации.\n"
    "Министерство внутренних дел не ответило на письменные вопросы журналистов.\n"
)
ARTICLE_PARAGRAPHS = [
    "Security forces opened fire on a funeral procession in the hill town of Dravmoor on Sunday, killing at least six mourners, according to relatives and two local doctors.",
    "The procession was carrying the body of a schoolteacher who had died in custody the previous week, and hundreds of people had joined it on the road to the cemetery.",
    "A shopkeeper who watched from his doorway said soldiers on the rooftops fired without warning when the crowd began to chant the teacher's name.",
    "The regional hospital said it treated thirty-one people for gunshot wounds and that four of them remained in critical condition on Monday evening.",
    "The interior ministry said in a statement that officers had responded to armed men hidden among the mourners, a claim the families of the dead reject.",
    "Human rights lawyers in the capital called for an independent inquiry and for the bodies to be returned to the families without conditions.",
]


def article_html(site: str, *, published: str | None = "2022-03-14", scripts: bool = False) -> str:
    """An article page: site header and navigation, body, share buttons and footer."""
    body = "\n".join(f"<p>{p}</p>" for p in ARTICLE_PARAGRAPHS)
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    script = (
        "<script>var trackingSecret = 'SCRIPT-PAYLOAD-"
        + site
        + "'; document.write(trackingSecret);</script>"
        '<script type="text/javascript">window.adsQueue = ["SCRIPT-PAYLOAD-ADS"];</script>'
        '<noscript>SCRIPT-PAYLOAD-NOSCRIPT</noscript><style>.x{content:"SCRIPT-PAYLOAD-CSS"}</style>'
        if scripts
        else ""
    )
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">{meta}'
        f"<title>Mourners shot in Dravmoor | {site}</title>{script}</head><body>"
        f'<header><a href="/">{site} home</a><nav><a href="/world">World</a> <a href="/politics">Politics</a>'
        f' <a href="/subscribe">Subscribe to {site}</a></nav></header>{script}'
        f"<article><h1>Mourners shot in Dravmoor</h1>{body}</article>"
        '<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>'
        f"<footer>Copyright 2022 {site}. All rights reserved. Contact the {site} newsroom.</footer>"
        f"{script}</body></html>"
    )


def make_pdf(paragraphs: list[str], *, title: str | None = "Dravmoor funeral shooting") -> bytes:
    pdf = FPDF()
    if title:
        pdf.set_title(title)
    pdf.set_creation_date(datetime(2022, 3, 15, 9, 30, tzinfo=UTC))
    pdf.set_font("helvetica", size=11)
    for i, para in enumerate(paragraphs):
        if i % 3 == 0:
            pdf.add_page()
        pdf.multi_cell(0, 6, para)
        pdf.ln(3)
    return bytes(pdf.output())


def make_image_only_pdf() -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_fill_color(40, 40, 40)
    pdf.rect(20, 20, 120, 60, style="F")  # a "scan": drawing, no text layer
    return bytes(pdf.output())


def make_warc(pages: list[tuple[str, str]], *, gzip: bool = False) -> bytes:
    """A WARC with one HTTP response record per (url, html)."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzip)
    for url, html in pages:
        payload = html.encode("utf-8")
        http_headers = StatusAndHeaders(
            "200 OK",
            [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(payload)))],
            protocol="HTTP/1.1",
        )
        record = writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(payload),
            http_headers=http_headers,
            warc_headers_dict={"WARC-Date": "2022-03-16T08:00:00Z"},
        )
        writer.write_record(record)
    return buf.getvalue()


RUSSIAN_HTML = (
    "<html><head><meta charset='utf-8'><title>Верхний Брод</title></head><body><article>"
    + "".join(f"<p>{line}</p>" for line in RUSSIAN.splitlines())
    + "</article></body></html>"
)
WARC_PAGES = [
    ("https://news.example/dravmoor", article_html("Hill News", published=None)),
    (
        "https://monitor.example/korvath",
        "<html><head><title>Korvath detentions</title></head><body><article>"
        + "".join(f"<p>{line}</p>" for line in REPORT.splitlines())
        + "</article></body></html>",
    ),
]


# --- a real HTTP server on 127.0.0.1 -------------------------------------------------------------

ROUTES: dict[str, tuple[int, str, bytes, float]] = {
    "/report.html": (200, "text/html; charset=utf-8", article_html("Valley Herald").encode(), 0),
    "/missing.html": (404, "text/html", b"<html><body>gone</body></html>", 0),
    "/broken.html": (500, "text/html", b"<html><body>oops</body></html>", 0),
    "/slow.html": (200, "text/html", b"<html><body><p>late</p></body></html>", 3.0),
}


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        status, ctype, body, delay = ROUTES.get(self.path, (404, "text/plain", b"no route", 0))
        if delay:
            time.sleep(delay)
        try:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (the timeout case)

    def log_message(self, *args: object) -> None:
        return None


@pytest.fixture(scope="module")
def http_base() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


# --- checks shared by every test -----------------------------------------------------------------


def assert_consistent(store: Store, *, orphans_allowed: bool = False) -> int:
    """Every row has its original, one audit event per row, verify passes; returns the row count."""
    report = verify_store(store)
    assert report.ok, report.problems
    if not orphans_allowed:
        assert report.orphans == []
    with store.read() as conn:
        ids = list(conn.execute(select(sources.c.id)).scalars())
        events = conn.execute(
            select(func.count()).select_from(audit_log).where(audit_log.c.kind == "ingest")
        ).scalar_one()
        dangling = conn.execute(
            select(func.count())
            .select_from(sources)
            .where(sources.c.near_duplicate_of.is_not(None))
            .where(sources.c.near_duplicate_of.not_in(select(sources.c.id)))
        ).scalar_one()
    assert events == len(ids)
    assert dangling == 0
    for source_id in ids:
        assert hashlib.sha256(store.blobs.get(source_id)).hexdigest() == source_id
    return len(ids)


def only(summary: IngestSummary, status: str) -> list[str]:
    return [o.input for o in summary.outcomes if o.status == status]


# --- round trips ---------------------------------------------------------------------------------

TEXT_CASES = [
    ("utf-8", REPORT, "utf-8", "en"),
    ("utf-8-bom", FRENCH, "utf-8-sig", "fr"),
    ("utf-16", RUSSIAN, "utf-16", "ru"),
    ("cp1252", FRENCH, "cp1252", "fr"),
    ("cp1251", RUSSIAN, "cp1251", "ru"),
    ("crlf", REPORT.replace("\n", "\r\n"), "utf-8", "en"),
]


@pytest.mark.parametrize(
    ("label", "text", "encoding", "language"), TEXT_CASES, ids=[c[0] for c in TEXT_CASES]
)
def test_text_round_trip(
    store: Store, tmp_path: Path, label: str, text: str, encoding: str, language: str
) -> None:
    path = tmp_path / f"{label}.txt"
    data = text.encode(encoding)
    path.write_bytes(data)
    summary = ingest(store, [str(path)])
    assert [o.status for o in summary.outcomes] == [STORED]
    source = get_source(store, summary.source_ids[0])
    assert source.id == hashlib.sha256(data).hexdigest()
    assert source.text.strip() == text.replace("\r\n", "\n").strip()
    assert source.language == language
    assert source.media_type == "text/plain"
    assert source.filename == path.name and source.origin == str(path)
    assert source.size == len(data)
    assert store.blobs.get(source.id) == data
    assert assert_consistent(store) == 1


def _html_file(tmp_path: Path) -> tuple[list[str], dict[str, object]]:
    path = tmp_path / "dravmoor.html"
    path.write_text(article_html("Hill News"), encoding="utf-8")
    expect = {
        "title": "Mourners shot in Dravmoor",
        "published": date(2022, 3, 14),
        "published_basis": PublishedBasis.STATED,
        "media_type": "text/html",
        "language": "en",
    }
    return [str(path)], expect


def _pdf_file(tmp_path: Path) -> tuple[list[str], dict[str, object]]:
    path = tmp_path / "dravmoor.pdf"
    path.write_bytes(make_pdf(ARTICLE_PARAGRAPHS))
    expect = {
        "title": "Dravmoor funeral shooting",
        "published": date(2022, 3, 15),
        "media_type": "application/pdf",
        "language": "en",
    }
    return [str(path)], expect


INPUT_KINDS: dict[str, Callable[[Path], tuple[list[str], dict[str, object]]]] = {
    "html": _html_file,
    "pdf": _pdf_file,
}


@pytest.mark.parametrize("kind", list(INPUT_KINDS))
def test_document_round_trip(store: Store, tmp_path: Path, kind: str) -> None:
    inputs, expect = INPUT_KINDS[kind](tmp_path)
    original = Path(inputs[0]).read_bytes()
    summary = ingest(store, inputs)
    assert [o.status for o in summary.outcomes] == [STORED]
    source = get_source(store, summary.source_ids[0])
    for key, value in expect.items():
        assert getattr(source, key) == value, key
    for paragraph in ARTICLE_PARAGRAPHS:  # the whole body, in order, nothing else around it
        assert " ".join(paragraph.split()) in " ".join(source.text.split())
    assert "Share on Facebook" not in source.text and "All rights reserved" not in source.text
    assert store.blobs.get(source.id) == original
    assert assert_consistent(store) == 1


@pytest.mark.parametrize("gzip", [False, True], ids=["warc", "warc.gz"])
def test_warc_two_responses(store: Store, tmp_path: Path, gzip: bool) -> None:
    path = tmp_path / ("capture.warc.gz" if gzip else "capture.warc")
    path.write_bytes(make_warc(WARC_PAGES, gzip=gzip))
    summary = ingest(store, [str(path)])
    assert [o.status for o in summary.outcomes] == [STORED, STORED]
    stored = [get_source(store, i) for i in summary.source_ids]
    assert [s.url for s in stored] == [url for url, _ in WARC_PAGES]
    for source, (_, html) in zip(stored, WARC_PAGES, strict=True):
        assert store.blobs.get(source.id) == html.encode("utf-8")  # the payload, byte for byte
        assert source.parent_id == path.name
        assert source.captured_at is not None and source.captured_at.date() == date(2022, 3, 16)
        assert source.published == date(2022, 3, 16)
        assert source.published_basis == PublishedBasis.CAPTURED
    assert ARTICLE_PARAGRAPHS[0] in stored[0].text
    assert "nineteen men taken" in stored[1].text
    assert stored[1].title == "Korvath detentions"
    assert assert_consistent(store) == 2


def test_url_round_trip(store: Store, http_base: str) -> None:
    url = f"{http_base}/report.html"
    summary = ingest(store, [url])
    assert [o.status for o in summary.outcomes] == [STORED]
    source = get_source(store, summary.source_ids[0])
    assert source.url == url and source.origin == url and source.filename == "report.html"
    assert source.title == "Mourners shot in Dravmoor"
    assert source.published == date(2022, 3, 14)
    assert ARTICLE_PARAGRAPHS[-1] in source.text
    assert store.blobs.get(source.id) == ROUTES["/report.html"][2]
    assert assert_consistent(store) == 1


# --- duplicates and near-duplicates --------------------------------------------------------------


def test_identical_original_stored_once(store: Store, tmp_path: Path) -> None:
    first = tmp_path / "a" / "report.txt"
    copy = tmp_path / "b" / "renamed.txt"
    for path in (first, copy):
        path.parent.mkdir()
        path.write_text(REPORT, encoding="utf-8")
    summary = ingest(store, [str(first), str(copy)])
    again = ingest(store, [str(first)])
    assert [o.status for o in summary.outcomes] == [STORED, DUPLICATE]
    assert [o.status for o in again.outcomes] == [DUPLICATE]
    assert len({*summary.source_ids, *again.source_ids}) == 1
    assert assert_consistent(store) == 1


@pytest.mark.parametrize("kind", ["html", "text"])
def test_syndicated_copy_is_near_duplicate(store: Store, tmp_path: Path, kind: str) -> None:
    if kind == "html":
        files = {
            "hill.html": article_html("Hill News"),
            "valley.html": article_html("Valley Herald"),
        }
    else:
        body = "\n".join(ARTICLE_PARAGRAPHS)
        files = {
            "hill.txt": f"Hill News | World | Politics\n{body}\nCopyright 2022 Hill News.",
            "valley.txt": f"Valley Herald - Home - Subscribe\n{body}\nShare this story. Valley Herald.",
        }
    paths = []
    for name, content in files.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
        paths.append(str(tmp_path / name))
    summary = ingest(store, paths)
    assert [o.status for o in summary.outcomes] == [STORED, NEAR_DUPLICATE]
    first, copy = (get_source(store, i) for i in summary.source_ids)
    assert first.id != copy.id and first.near_duplicate_of is None
    assert copy.near_duplicate_of == first.id
    assert first.id[:12] in summary.outcomes[1].message
    assert assert_consistent(store) == 2


def test_different_reports_are_not_near_duplicates(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(REPORT, encoding="utf-8")
    (folder / "b.txt").write_text("\n".join(ARTICLE_PARAGRAPHS), encoding="utf-8")
    summary = ingest(store, [str(folder)])
    assert [o.status for o in summary.outcomes] == [STORED, STORED]


# --- metadata the user states --------------------------------------------------------------------


def test_manifest_metadata_applied(store: Store, tmp_path: Path) -> None:
    (tmp_path / "korvath.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "dravmoor.html").write_text(article_html("Hill News"), encoding="utf-8")
    (tmp_path / "unlisted.txt").write_text(
        "Not in the manifest, so not a report.", encoding="utf-8"
    )
    manifest = tmp_path / "manifest.json"
    manifest.write_text(
        json.dumps(
            [
                {
                    "file": "korvath.txt",
                    "title": "Korvath raid",
                    "published": "2021-05-02",
                    "published_basis": "inferred: 'on Sunday' in a dated dispatch",
                    "language": "en",
                    "publisher": "Korvath Monitor",
                    "url": "https://monitor.example/k",
                    "author": "A. Field",
                },
                {"file": "dravmoor.html", "published": "2022-03-13", "published_basis": "stated"},
            ]
        ),
        encoding="utf-8",
    )
    summary = ingest(store, [str(tmp_path)], IngestOptions(manifest=load_manifest(manifest)))
    assert sorted(Path(o.input).name for o in summary.outcomes) == ["dravmoor.html", "korvath.txt"]
    by_name = {Path(o.input).name: get_source(store, o.source_id or "") for o in summary.outcomes}
    korvath, dravmoor = by_name["korvath.txt"], by_name["dravmoor.html"]
    assert (korvath.title, korvath.published, korvath.published_basis) == (
        "Korvath raid",
        date(2021, 5, 2),
        PublishedBasis.INFERRED,
    )
    assert (korvath.publisher, korvath.url, korvath.author, korvath.language) == (
        "Korvath Monitor",
        "https://monitor.example/k",
        "A. Field",
        "en",
    )
    # the manifest gives no title for the HTML page, so the parsed one stays
    assert dravmoor.title == "Mourners shot in Dravmoor"
    assert (dravmoor.published, dravmoor.published_basis) == (
        date(2022, 3, 13),
        PublishedBasis.STATED,
    )
    assert assert_consistent(store) == 2


def test_command_line_metadata_applied(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(REPORT, encoding="utf-8")
    (folder / "b.html").write_text(article_html("Hill News"), encoding="utf-8")
    options = IngestOptions(published=date(2020, 1, 2), publisher="Field Office", language="de")
    summary = ingest(store, [str(folder)], options)
    assert [o.status for o in summary.outcomes] == [STORED, STORED]
    for source_id in summary.source_ids:
        source = get_source(store, source_id)
        assert source.published == date(2020, 1, 2)
        assert source.published_basis == PublishedBasis.GIVEN
        assert (source.publisher, source.language) == ("Field Office", "de")


# --- bad inputs: one line each, the batch goes on, nothing half-written ---------------------------


@dataclass(frozen=True)
class BadCase:
    make: Callable[[Path, str], str]  # (folder, server base) → the input as named
    reason: str  # words the one-line message must contain
    kept: int = 0  # documents of the bad input that are still stored (a truncated WARC's records)


def _write(name: str, data: bytes) -> Callable[[Path, str], str]:
    def make(folder: Path, _base: str) -> str:
        path = folder / name
        path.write_bytes(data)
        return str(path)

    return make


def _fifo(folder: Path, _base: str) -> str:
    path = folder / "pipe.txt"
    os.mkfifo(path)
    return str(path)


def _truncated_warc(folder: Path, _base: str) -> str:
    data = make_warc(WARC_PAGES)
    path = folder / "cut.warc"
    path.write_bytes(data[: len(data) - 300])  # the second record is cut short
    return str(path)


def _url(route: str) -> Callable[[Path, str], str]:
    return lambda _folder, base: base + route


BAD_CASES = {
    "empty": BadCase(_write("empty.txt", b""), "empty"),
    "binary-junk": BadCase(_write("junk.txt", bytes(range(256)) * 64), "binary"),
    "corrupt-pdf": BadCase(
        _write(
            "corrupt.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\n%%EOF garbage"
        ),
        "corrupt PDF",
    ),
    "pdf-no-text": BadCase(_write("scan.pdf", make_image_only_pdf()), "OCR is not done"),
    "too-large": BadCase(_write("big.txt", REPORT.encode() * 2000), "over the"),
    "missing": BadCase(lambda folder, _b: str(folder / "nowhere.txt"), "no such file"),
    "not-a-file": BadCase(_fifo, "not a regular file"),
    "url-timeout": BadCase(_url("/slow.html"), "timed out"),
    "url-404": BadCase(_url("/missing.html"), "HTTP 404"),
    "url-500": BadCase(_url("/broken.html"), "HTTP 500"),
    "truncated-warc": BadCase(_truncated_warc, "truncated after 1 records", kept=1),
}


@pytest.mark.parametrize("case", list(BAD_CASES))
def test_bad_input_fails_alone(store: Store, tmp_path: Path, http_base: str, case: str) -> None:
    bad = BAD_CASES[case]
    store.settings.max_size_mb = 0.5
    store.settings.fetch_timeout = 1.0
    (tmp_path / "good1.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "good2.html").write_text(RUSSIAN_HTML, encoding="utf-8")
    folder = tmp_path / "bad"
    folder.mkdir()
    named = bad.make(folder, http_base)
    inputs = [str(tmp_path / "good1.txt"), named, str(tmp_path / "good2.html")]
    summary = ingest(store, inputs)
    failed = summary.failed
    assert len(failed) == 1, [o.message for o in failed]
    message = failed[0].message
    assert "\n" not in message and message.startswith(named), message
    assert bad.reason in message, message
    assert "Traceback" not in message
    assert only(summary, STORED)[0] == inputs[0] and only(summary, STORED)[-1] == inputs[2]
    assert len(only(summary, STORED)) == 2 + bad.kept
    assert assert_consistent(store) == 2 + bad.kept


def test_scripts_never_reach_the_text(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "scripted.html"
    path.write_text(article_html("Script Daily", scripts=True), encoding="utf-8")
    summary = ingest(store, [str(path)])
    source = get_source(store, summary.source_ids[0])
    assert "SCRIPT-PAYLOAD" not in source.text and "trackingSecret" not in source.text
    assert ARTICLE_PARAGRAPHS[2] in source.text
    assert store.blobs.get(source.id) == path.read_bytes()  # the original keeps its scripts


def test_failed_batch_leaves_no_original_behind(store: Store, tmp_path: Path) -> None:
    bad = [_write(f"bad{i}.txt", data) for i, data in enumerate([b"", bytes(range(256)) * 8])]
    inputs = [make(tmp_path, "") for make in bad]
    summary = ingest(store, inputs)
    assert [o.status for o in summary.outcomes] == [FAILED, FAILED]
    assert store.count_sources() == 0
    assert list(store.blobs.iter_shas()) == []
    assert assert_consistent(store) == 0
