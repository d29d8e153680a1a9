"""Fact sheets: HTML and a real PDF (rendered by WeasyPrint, rasterised by pdftoppm, its text read
back by pypdf) hold the figures, the contested marker and every citation; public ones withhold."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from confidential_store import build, leaks
from pypdf import PdfReader
from sqlalchemy import select, update
from typer.testing import CliRunner

from factfinder.cli import app as cli_app
from factfinder.factsheet import factsheet, factsheet_data, locator_svg, render_pdf
from factfinder.store import Store
from factfinder.store.schema import incidents, sources

OUT = Path(__file__).resolve().parents[2] / "benchmarks" / "out"


def _ashraf_2013(store: Store) -> str:
    with store.write() as conn:
        conn.execute(
            update(incidents).values(lat=33.7175, lon=44.6169, title="Attack on Camp Ashraf")
        )
        conn.execute(update(sources).values(url="https://example.org/report", title="Camp report"))
        return str(
            conn.execute(
                select(incidents.c.id).where(incidents.c.date == "2013-09-01")
            ).scalar_one()
        )


def test_factsheet_data_figures_and_citations(linked: Store) -> None:
    data = factsheet_data(linked, _ashraf_2013(linked))
    killed = next(f for f in data["figures"] if f["category"] == "killed")
    assert (killed["low"], killed["high"], killed["contested"]) == (50, 52, True)
    assert sorted(c["text"] for c in killed["claims"]) == ["50", "52", "52"]
    assert {c["voice"] for c in killed["claims"]} >= {"US State Department"}
    assert [n["n"] for n in data["notes"]] == list(range(1, len(data["notes"]) + 1)) == [1, 2, 3]
    assert all(c["note"] in {1, 2, 3} for c in killed["claims"])
    assert data["store"] and data["audit_head"]


@pytest.mark.parametrize(("lat", "lon"), [(33.7, 44.6), (-33.9, 18.4), (64.1, -21.9)])
def test_locator_map_has_outlines_and_the_point(lat: float, lon: float) -> None:
    svg = locator_svg(lat, lon)
    assert svg is not None and svg.count("<circle") == 2 and len(svg) > 500
    assert 'cx="160.0" cy="100.0"' in svg
    assert locator_svg(None, lon) is None


def test_pdf_renders_and_reads_back(linked: Store, tmp_path: Path) -> None:
    html = factsheet(linked, _ashraf_2013(linked))
    assert "Contested" in html and "<script" not in html
    pdf = render_pdf(html)
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    for expected in (
        "Attack on Camp Ashraf",
        "Killed",
        "Contested",
        "52",
        "50",
        "US State Department",
        "conservative",
        "Camp report",
        "https://example.org/report",
        "computed",
        "Generated",
    ):
        assert expected.casefold() in text.casefold(), expected
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        pytest.skip("pdftoppm not installed (apt-get install poppler-utils)")
    (tmp_path / "sheet.pdf").write_bytes(pdf)
    subprocess.run(
        [pdftoppm, "-png", "-r", "60", str(tmp_path / "sheet.pdf"), str(tmp_path / "page")],
        check=True,
    )
    pages = sorted(tmp_path.glob("page*.png"))
    assert pages and all(p.stat().st_size > 10_000 for p in pages)
    OUT.mkdir(parents=True, exist_ok=True)
    shutil.copy(pages[0], OUT / "factsheet-page1.png")


def test_public_factsheet_withholds(store: Store, tmp_path: Path) -> None:
    build(store)
    with store.read() as conn:
        inc = str(conn.execute(select(incidents.c.id)).scalars().first())
    assert leaks(factsheet(store, inc)) != []  # the control
    public = factsheet(store, inc, public=True)
    assert leaks(public) == [] and "Public edition" in public
    pdf = render_pdf(public)
    assert leaks("".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)) == []


def test_cli_writes_pdf_and_html(linked: Store, tmp_path: Path) -> None:
    inc = _ashraf_2013(linked)
    env = {"FACTFINDER_HOME": str(linked.settings.home)}
    if linked.settings.db:
        env["FACTFINDER_DB"] = linked.settings.db
    out = CliRunner().invoke(
        cli_app,
        [
            "factsheet",
            inc[:8],
            "--pdf",
            str(tmp_path / "f.pdf"),
            "--html",
            str(tmp_path / "f.html"),
            "--public",
        ],
        env=env,
    )
    assert out.exit_code == 0, out.output
    assert (tmp_path / "f.pdf").read_bytes().startswith(b"%PDF")
    missing = CliRunner().invoke(cli_app, ["factsheet", "nope-nope"], env=env)
    assert missing.exit_code == 1 and "nope-nope" in missing.stderr
