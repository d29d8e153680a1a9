"""PDF: pages and offsets, metadata, no text layer, corrupt and encrypted files."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from fpdf import FPDF
from ingestfixtures import make_image_pdf, make_pdf

from factfinder.errors import IngestError
from factfinder.ingest import RawInput, parse_document
from factfinder.model import PublishedBasis

PAGE_ONE = "Witnesses said soldiers detained eleven men at the Velmora market on Tuesday morning."
PAGE_TWO = "The families of the detained men have not been told where they are being held."


def raw(data: bytes, name: str = "report.pdf") -> RawInput:
    return RawInput(data=data, origin=name, fetched_at=datetime.now(UTC), filename=name)


def test_two_page_pdf_has_pages_offsets_and_metadata() -> None:
    data = make_pdf([PAGE_ONE, PAGE_TWO], title="Velmora detentions", author="Field team")
    [document] = parse_document(raw(data))
    assert document.media_type == "application/pdf"
    assert document.pages == 2
    assert document.original == data
    assert len(document.page_offsets) == 2
    first, second = document.page_offsets
    assert first == 0
    assert document.text[first:].startswith("Witnesses said")
    assert document.text[second:].startswith("The families")
    assert "\f" in document.text[:second]
    assert document.title == "Velmora detentions"
    assert document.author == "Field team"
    assert document.published == datetime.now(UTC).date()
    assert document.published_basis == PublishedBasis.STATED
    assert document.language == "en"


def test_pdf_without_text_layer_is_refused() -> None:
    with pytest.raises(IngestError) as info:
        parse_document(raw(make_image_pdf(), "scan.pdf"))
    assert info.value.reason == ("no text layer (scanned?): OCR is not done; ingest an OCR'd copy")


def test_pdf_with_some_pages_scanned_is_kept_with_a_note() -> None:
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    pdf.add_page()
    pdf.multi_cell(0, 8, PAGE_ONE)
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")
    [document] = parse_document(raw(bytes(pdf.output())))
    assert document.pages == 2
    assert "pages without a text layer (scanned?): 2" in document.notes


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d[: len(d) // 3],
        lambda d: d[:9] + b"\x00garbage\x00" * 50,
        lambda d: b"%PDF-1.7\n" + bytes(range(256)) * 4,
    ],
    ids=["truncated", "garbage-body", "header-only"],
)
def test_corrupt_pdf_is_refused(damage: object) -> None:
    data = damage(make_pdf([PAGE_ONE, PAGE_TWO]))  # type: ignore[operator]
    with pytest.raises(IngestError) as info:
        parse_document(raw(data, "broken.pdf"))
    assert info.value.subject == "broken.pdf"
    assert "PDF" in info.value.reason or "no text layer" in info.value.reason


@pytest.mark.parametrize(
    ("user_password", "opens"), [("secret", False), ("", True)], ids=["password", "empty"]
)
def test_encrypted_pdf(user_password: str, opens: bool) -> None:
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    pdf.set_encryption(owner_password="owner", user_password=user_password)
    pdf.add_page()
    pdf.multi_cell(0, 8, PAGE_ONE)
    data = bytes(pdf.output())
    if opens:
        [document] = parse_document(raw(data))
        assert "Witnesses said" in document.text
        assert any("encrypted" in n for n in document.notes)
    else:
        with pytest.raises(IngestError, match="encrypted PDF: a password is needed"):
            parse_document(raw(data))


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "A heading\nThe attack began at dawn when soldiers entered the\nvillage and"
            " detained twelve men.\nThe rest fled into the hills over the next days.\n",
            "A heading\nThe attack began at dawn when soldiers entered the village and"
            " detained twelve men.\nThe rest fled into the hills over the next days.\n",
        ),
        ("short\nlines\nstay", "short\nlines\nstay"),
        (
            "A full line of text that runs to the page edge and then\n\nstarts a new paragraph",
            "A full line of text that runs to the page edge and then\n\nstarts a new paragraph",
        ),
        (  # list items keep their lines; a number that goes on a sentence is no item
            "Local journalists who counted the coffins spoke of more than\n"
            "200. Families said the real number was higher than that one.\n"
            "Related reports from the archive of the rights centre in Varenko\n"
            "- Explainer: how the death penalty is carried out in Varenko\n"
            "- Three years on, no one has been held to account for it\n",
            "Local journalists who counted the coffins spoke of more than"
            " 200. Families said the real number was higher than that one.\n"
            "Related reports from the archive of the rights centre in Varenko\n"
            "- Explainer: how the death penalty is carried out in Varenko\n"
            "- Three years on, no one has been held to account for it\n",
        ),
    ],
)
def test_reflow_joins_hard_wrapped_lines(page: str, expected: str) -> None:
    from factfinder.ingest.pdf import reflow

    assert reflow(page) == expected
