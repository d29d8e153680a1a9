#!/usr/bin/env python3
"""Generate the PDF example report of ``make demo`` (an NGO press statement) with fpdf2.

    python scripts/make_examples.py          # writes examples/ngo-statement-ashraf.pdf
    python scripts/make_examples.py --check  # exit 1 if the committed PDF differs

The output is deterministic: fixed creation date, fixed metadata, core fonts only (latin-1 text,
ASCII quotes), so running the script twice gives byte-identical files and the committed PDF can be
checked against the script. The other example reports (HTML, plain text) are committed as they are.
All text is written for the factfinder demo; the NGO is fictional, the incidents are documented ones
told as the claims of the organisation.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "factfinder" / "examples" / "ngo-statement-ashraf.pdf"
CREATED = datetime(2014, 9, 1, 9, 0, 0, tzinfo=UTC)

ORG = "Committee for Justice for Camp Residents"
TITLE = "One year after the Camp Ashraf massacre: no one has been held to account"
DATELINE = "Press statement - Paris, 1 September 2014"

PARAGRAPHS = [
    "One year ago today, on 1 September 2013, armed men entered Camp Ashraf in Diyala "
    "province, Iraq, and killed 52 unarmed residents, members of the People's Mojahedin "
    "Organization of Iran (PMOI/MEK). Many were shot in the head, some with their hands tied."
    " Seven residents, six of them women, were abducted during the attack. Their fate is "
    "still unknown.",
    "In its annual report on terrorism, the US State Department attributed the attack to "
    "militias backed by Iran and said it led to the deaths of 50 camp residents. Whatever the"
    " exact figure, the Iraqi authorities have not published the findings of the "
    "investigation they announced, and no one has been arrested or charged.",
    "The attack was not the first. On 28 and 29 July 2009, Iraqi security forces raided the "
    "camp with bulldozers, batons and live ammunition. Our Committee recorded 11 residents "
    "killed and 36 taken into detention, where they were beaten. Amnesty International "
    "reported that the forces killed at least nine residents and detained 36 others, who were"
    " tortured. The 36 were released only after a hunger strike of 72 days.",
    "Before the 2013 attack, the camp had been cut off from fuel and fresh food for weeks. "
    "Residents had warned the United Nations that an attack was coming.",
    "We call on the United Nations to open an independent inquiry into both attacks, to press"
    " for the release of the seven hostages, and to ensure the safety of the residents now "
    "living in Camp Liberty.",
]
CONTACT = "Press contact: press@justice-camp-residents.example - www.justice-camp-residents.example"
FOOTER = "Fictional organisation; statement written for the factfinder demo."


class Statement(FPDF):
    def header(self) -> None:
        self.set_font("Helvetica", "B", 10)
        self.set_text_color(90, 90, 90)
        self.cell(0, 8, ORG, new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", "I", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 8, f"{FOOTER}   Page {self.page_no()}", align="C")


def build() -> bytes:
    for text in [ORG, TITLE, DATELINE, CONTACT, FOOTER, *PARAGRAPHS]:
        text.encode("latin-1")  # core fonts only: fail early on a character outside latin-1
    pdf = Statement(format="A4")
    pdf.set_creation_date(CREATED)
    pdf.set_title(TITLE)
    pdf.set_author(ORG)
    pdf.set_subject("Press statement")
    pdf.set_creator("factfinder scripts/make_examples.py")
    pdf.set_producer("fpdf2")
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 6, DATELINE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 15)
    pdf.multi_cell(0, 7, TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "", 11)
    for paragraph in PARAGRAPHS:
        pdf.multi_cell(0, 5.5, paragraph, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.ln(2)
    pdf.set_font("Helvetica", "I", 9)
    pdf.multi_cell(0, 5, CONTACT, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed PDF")
    args = parser.parse_args(argv)
    data = build()
    if args.check:
        same = OUT.exists() and OUT.read_bytes() == data
        print(f"{OUT.relative_to(ROOT)}: {'up to date' if same else 'differs from a fresh build'}")
        return 0 if same else 1
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    print(f"wrote {OUT.relative_to(ROOT)} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
