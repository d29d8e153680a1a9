"""HTML: article text without boilerplate or scripts, metadata, fallback, hostile markup."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from ingestfixtures import ARTICLE, html_page

from factfinder.errors import IngestError
from factfinder.ingest import RawInput, parse_document
from factfinder.model import PublishedBasis


def raw(html: str | bytes, name: str = "page.html", charset: str | None = None) -> RawInput:
    data = html.encode("utf-8") if isinstance(html, str) else html
    return RawInput(
        data=data, origin=name, fetched_at=datetime.now(UTC), filename=name, charset=charset
    )


def test_article_text_and_metadata() -> None:
    html = html_page("Soldiers raid Velmora market", ARTICLE, date="2023-04-18")
    html = html.replace("<head>", '<head><meta name="author" content="Ana Reyes">')
    [document] = parse_document(raw(html))
    assert document.media_type == "text/html"
    assert "fourteen bodies near the grain warehouse" in document.text
    assert "Advertisement" not in document.text
    assert "TRACKER-SECRET" not in document.text
    assert "Copyright Example Daily" not in document.text
    assert document.title == "Soldiers raid Velmora market"
    assert document.author == "Ana Reyes"
    assert document.published == date(2023, 4, 18)
    assert document.published_basis == PublishedBasis.STATED
    assert document.language == "en"
    assert document.original == html.encode("utf-8")


def test_date_in_body_text_is_not_taken_as_publication_date() -> None:
    [document] = parse_document(
        raw(html_page("Raid", "On 3 March 2019 the soldiers came.\n" + ARTICLE))
    )
    assert document.published is None
    assert document.published_basis == PublishedBasis.UNKNOWN


@pytest.mark.parametrize(
    "hostile",
    [
        "<script>alert(1)</script>",
        '<img src="x" onerror="alert(1)">',
        "<svg><script>alert(1)</script></svg>",
        '<iframe src="javascript:alert(1)"></iframe>',
        "<noscript>alert(1)</noscript>",
    ],
    ids=["script", "onerror", "svg-script", "iframe", "noscript"],
)
@pytest.mark.parametrize("short", [False, True], ids=["article", "fallback"])
def test_hostile_html_keeps_no_script_content(hostile: str, short: bool) -> None:
    body = "Two men were detained." if short else ARTICLE
    html = f"<html><body><p>{body}</p>{hostile}<p>They were released.</p></body></html>"
    [document] = parse_document(raw(html))
    assert "alert" not in document.text
    assert body.split("\n")[0] in document.text
    assert "They were released." in document.text


def test_short_page_falls_back_to_visible_text() -> None:
    html = (
        "<html><head><title>Notice</title><style>b{}</style></head><body>"
        "<div>Two men were detained.</div><div>Their families were not told.</div></body></html>"
    )
    [document] = parse_document(raw(html))
    assert "Two men were detained." in document.text
    assert "b{}" not in document.text
    assert document.title == "Notice"


def test_page_without_text_is_refused() -> None:
    html = (
        "<html><head><title>x</title><script>var a = 1;</script></head>"
        "<body><img src='a.png'></body></html>"
    )
    with pytest.raises(IngestError, match="no readable text"):
        parse_document(raw(html))


@pytest.mark.parametrize(
    ("encoding", "declare"),
    [("cp1256", "meta"), ("cp1256", "header"), ("utf-8", None)],
)
def test_html_charset_from_meta_or_header(encoding: str, declare: str | None) -> None:
    arabic = "اعتقلت قوات الأمن عشرات المتظاهرين في المدينة خلال الأسبوع الماضي وفق منظمة حقوقية."
    meta = f'<meta charset="{encoding}">' if declare == "meta" else ""
    body = f"<body><p>{arabic}</p><p>{arabic}</p></body>"
    html = f"<html><head>{meta}<title>t</title></head>{body}</html>"
    header = encoding if declare == "header" else None
    [document] = parse_document(raw(html.encode(encoding), charset=header))
    assert arabic in document.text
    assert document.language == "ar"
