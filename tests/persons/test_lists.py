"""Importing victim lists: CSV and XLSX, mapping, bad rows, Persian dates, the original kept."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from tests.persons.conftest import write_csv

from factfinder.persons.lists import (
    ListImportError,
    guess_mapping,
    import_list,
    list_lists,
    parse_date,
    parse_mapping,
)
from factfinder.store import Store


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("1988-07-30", "1988-07-30"),
        ("30/07/1988", "1988-07-30"),
        ("1367/05/08", "1988-07-30"),  # Persian calendar
        ("۱۳۶۷/۰۵/۰۸", "1988-07-30"),  # Persian digits
        ("1367", "1988"),
        ("1988", "1988"),
        ("1988-07", "1988-07"),
        ("", None),
    ],
)
def test_parse_date(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


@pytest.mark.parametrize("text", ["1367/13/01", "31/02/1988", "next week"])
def test_parse_date_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text)


def test_guess_mapping_english_and_persian() -> None:
    assert guess_mapping(["No", "Full name", "Age", "Date of death", "City"]) == {
        "record": "No",
        "name": "Full name",
        "age": "Age",
        "date": "Date of death",
        "place": "City",
    }
    assert guess_mapping(["ردیف", "نام", "نام خانوادگی", "تاریخ اعدام"]) == {
        "record": "ردیف",
        "given": "نام",
        "family": "نام خانوادگی",
        "date": "تاریخ اعدام",
    }


def test_parse_mapping_names_unknown_columns() -> None:
    with pytest.raises(ListImportError, match="no column"):
        parse_mapping(["name=Nom"], ["Name"])
    with pytest.raises(ListImportError, match="field=column"):
        parse_mapping(["colour=Name"], ["Name"])


def test_csv_import_with_bad_rows(sqlite_store: Store, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "list.csv",
        ["ID", "Name", "Age", "Date", "Sex"],
        [
            ["1", "Ebrahim Sadeghi", "34", "1367/05/08", "m"],
            ["2", "", "20", "1988-07-30", "f"],  # no name
            ["3", "Fatemeh Mesbah", "thirteen", "", "f"],  # bad age
            ["4", "ابراهیم صادقی", "", "۱۳۶۷/۰۵/۰۸", "مرد"],
            ["1", "Ali Karimi", "", "", ""],  # repeated id
            ["6", "Maryam Hosseini", "", "1988-02-30", ""],  # no such date
        ],
    )
    result = import_list(sqlite_store, path, name="NGO A")
    assert result.imported == 2
    assert [(b.row, b.reason.split(" ")[0]) for b in result.rejected] == [
        (3, "no"),
        (4, "age"),
        (6, "record"),
        (7, "date"),
    ]
    assert result.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert sqlite_store.blobs.get(result.sha256) == path.read_bytes()
    (row,) = [r for r in list_lists(sqlite_store)]
    assert row["sha256"] == result.sha256 and row["n_records"] == 2 and len(row["rejected"]) == 4


def test_xlsx_import(sqlite_store: Store, tmp_path: Path) -> None:
    import datetime

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["نام", "نام خانوادگی", "تاریخ اعدام", "سن"])
    sheet.append(["ابراهیم", "صادقی", "1367/05/08", 34])
    sheet.append(["Ali", "Karimi", datetime.datetime(1988, 8, 1), 22])
    path = tmp_path / "list.xlsx"
    book.save(path)
    result = import_list(sqlite_store, path, name="Memorial")
    assert result.imported == 2 and not result.rejected
    assert result.mapping["given"] == "نام" and result.mapping["family"] == "نام خانوادگی"


def test_same_list_name_twice_is_refused(sqlite_store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", ["Name"], [["Ali Karimi"]])
    import_list(sqlite_store, path, name="A")
    with pytest.raises(ListImportError, match="already imported"):
        import_list(sqlite_store, path, name="A")


def test_no_name_column(sqlite_store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", ["Colour"], [["red"]])
    with pytest.raises(ListImportError, match="no name column"):
        import_list(sqlite_store, path, name="A")
