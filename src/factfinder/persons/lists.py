"""Import victim lists (CSV or XLSX): a column mapping, row checks, Persian-calendar dates.

The original file is kept byte-for-byte in the blob store and its SHA-256 written on the
``victim_lists`` row; each good row becomes a ``list_records`` row whose ``fields`` hold the
normalised values and the row as written (``raw``). Bad rows are reported with their row number
(the spreadsheet's: the header is row 1) and the rest imported.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import jdatetime
from sqlalchemy import select

from factfinder.errors import FactfinderError
from factfinder.model import stable_id
from factfinder.persons.names import normalise_latin, normalise_script
from factfinder.store import Store
from factfinder.store.schema import list_records, victim_lists

FIELDS = (
    "record",
    "name",
    "given",
    "family",
    "sex",
    "age",
    "birth_year",
    "birth_date",
    "date",
    "place",
    "harm",
    "affiliation",
)
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "record": ("id", "record", "record id", "no", "number", "ref", "ردیف", "شماره", "کد"),
    "name": (
        "name",
        "full name",
        "fullname",
        "victim",
        "victim name",
        "نام",
        "نام و نام خانوادگی",
        "نام کامل",
        "الاسم",
    ),
    "given": ("first name", "given name", "forename", "first", "نام کوچک"),
    "family": ("last name", "surname", "family name", "family", "نام خانوادگی", "شهرت"),
    "sex": ("sex", "gender", "جنسیت", "جنس"),
    "age": ("age", "age at death", "سن"),
    "birth_year": ("birth year", "year of birth", "yob", "سال تولد"),
    "birth_date": ("birth date", "date of birth", "dob", "تاریخ تولد"),
    "date": (
        "date",
        "date of death",
        "date of execution",
        "death date",
        "date of incident",
        "date of arrest",
        "تاریخ",
        "تاریخ اعدام",
        "تاریخ فوت",
        "تاریخ بازداشت",
    ),
    "place": (
        "place",
        "location",
        "city",
        "province",
        "prison",
        "place of death",
        "مکان",
        "محل",
        "شهر",
        "زندان",
    ),
    "harm": ("harm", "violation", "fate", "status", "type", "act", "نوع", "سرنوشت"),
    "affiliation": ("affiliation", "organisation", "organization", "group", "party", "وابستگی"),
}
_SEX = {
    "m": "m",
    "male": "m",
    "man": "m",
    "مرد": "m",
    "مذکر": "m",
    "f": "f",
    "female": "f",
    "woman": "f",
    "زن": "f",
    "مونث": "f",
    "مؤنث": "f",
}
_DATE = re.compile(r"^(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})$")
_YEAR_MONTH = re.compile(r"^(\d{4})[-/.](\d{1,2})$")


class ListImportError(FactfinderError):
    """A victim list cannot be read or imported as asked."""


@dataclass(slots=True)
class BadRow:
    row: int
    reason: str


@dataclass(slots=True)
class ImportResult:
    list_id: str
    name: str
    sha256: str
    imported: int
    mapping: dict[str, str]
    rejected: list[BadRow] = field(default_factory=list)


def read_table(path: Path) -> tuple[bytes, list[str], list[list[str]]]:
    """The file's bytes, its header and its rows as strings (CSV or XLSX)."""
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ListImportError(str(path), f"cannot read the file ({e.strerror})") from e
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        rows = _xlsx_rows(path, data)
    else:
        rows = _csv_rows(path, data)
    rows = [r for r in rows if any(c.strip() for c in r)]
    if not rows:
        raise ListImportError(str(path), "no rows: give a CSV or XLSX file with a header row")
    header = [h.strip() for h in rows[0]]
    return data, header, rows[1:]


def _csv_rows(path: Path, data: bytes) -> list[list[str]]:
    for encoding in ("utf-8-sig", "cp1256"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ListImportError(str(path), "not UTF-8 or Windows-1256 text: save it as UTF-8 CSV")
    if "\x00" in text:
        raise ListImportError(str(path), "binary content, not a CSV file: give CSV or XLSX")
    try:
        dialect: Any = csv.Sniffer().sniff(text[:4096], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    try:
        return [list(r) for r in csv.reader(io.StringIO(text, newline=""), dialect)]
    except csv.Error as e:
        raise ListImportError(str(path), f"not a readable CSV file ({e}): save it as CSV") from e


def _xlsx_rows(path: Path, data: bytes) -> list[list[str]]:
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as e:  # openpyxl raises many kinds on a broken file
        raise ListImportError(
            str(path), f"not a readable XLSX workbook ({type(e).__name__})"
        ) from e
    sheet = book.worksheets[0]
    rows = [[_cell(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    book.close()
    return rows


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _header_key(text: str) -> str:
    return normalise_script(normalise_latin(text) if text.isascii() else text).casefold()


def guess_mapping(header: list[str]) -> dict[str, str]:
    """Field → column, from the header's words (English and Persian)."""
    mapping: dict[str, str] = {}
    keys = {_header_key(h): h for h in header}
    for fld in FIELDS:
        for synonym in _SYNONYMS[fld]:
            column = keys.get(_header_key(synonym))
            if column is not None and column not in mapping.values():
                mapping[fld] = column
                break
    if "family" in mapping and "name" in mapping and "given" not in mapping:
        mapping["given"] = mapping.pop("name")  # "Name" beside "Family name" is the given name
    return mapping


def parse_mapping(items: list[str], header: list[str]) -> dict[str, str]:
    """``field=column`` options → mapping; the columns must exist in the header."""
    mapping: dict[str, str] = {}
    for item in items:
        fld, sep, column = item.partition("=")
        fld, column = fld.strip(), column.strip()
        if not sep or fld not in FIELDS:
            raise ListImportError(
                f"--map {item}", f"write field=column with field one of {', '.join(FIELDS)}"
            )
        if column not in header:
            raise ListImportError(
                f"--map {item}", f"no column {column!r}: columns are {', '.join(header)}"
            )
        mapping[fld] = column
    return mapping


def check_mapping(mapping: dict[str, str], source: str) -> None:
    if "name" not in mapping and not {"given", "family"} & mapping.keys():
        raise ListImportError(source, "no name column found: give --map name=COLUMN")


def parse_date(text: str) -> str | None:
    """Gregorian or Persian-calendar date → ISO (YYYY-MM-DD, YYYY-MM or YYYY); None if empty.

    Years 1250–1450 are read as Persian (Solar Hijri) years. A Persian year alone becomes the
    Gregorian year in which it starts (1367 → 1988; it runs to March 1989).
    """
    t = normalise_script(text).strip()
    if not t:
        return None
    if t.isdigit() and len(t) == 4:
        year = int(t)
        return str(year + 621) if 1250 <= year <= 1450 else _year(year, text)
    if m := _YEAR_MONTH.match(t):
        year, month = int(m[1]), int(m[2])
        if 1250 <= year <= 1450:
            return _jalali(year, month, 1, text)[:7]
        return f"{_year(year, text)}-{_month(month, text):02d}"
    m = _DATE.match(t)
    if not m:
        raise ValueError(f"date {text!r} not understood: use YYYY-MM-DD (Gregorian or Persian)")
    a, b, c = (int(x) for x in m.groups())
    year, month, day = (a, b, c) if len(m[1]) == 4 else (c, b, a)
    if 1250 <= year <= 1450:
        return _jalali(year, month, day, text)
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        raise ValueError(f"date {text!r} does not exist") from None


def _jalali(year: int, month: int, day: int, text: str) -> str:
    try:
        return str(jdatetime.date(year, month, day).togregorian().isoformat())
    except ValueError:
        raise ValueError(f"Persian date {text!r} does not exist") from None


def _year(year: int, text: str) -> str:
    if not 1800 <= year <= date.today().year:
        raise ValueError(f"year in {text!r} out of range")
    return str(year)


def _month(month: int, text: str) -> int:
    if not 1 <= month <= 12:
        raise ValueError(f"month in {text!r} out of range")
    return month


def normalise_row(values: dict[str, str]) -> dict[str, Any]:
    """A row's mapped values, checked and normalised; ValueError names what is wrong."""
    out: dict[str, Any] = {}
    name = values.get("name", "").strip()
    if not name:
        name = " ".join(
            v for v in (values.get("given", "").strip(), values.get("family", "").strip()) if v
        )
    if not name:
        raise ValueError("no name")
    out["name"] = " ".join(name.split())
    for fld in ("given", "family", "place", "harm", "affiliation"):
        if v := values.get(fld, "").strip():
            out[fld] = v
    if sex := values.get("sex", "").strip():
        if sex.casefold() not in _SEX:
            raise ValueError(f"sex {sex!r} not understood: use m/f, male/female or مرد/زن")
        out["sex"] = _SEX[sex.casefold()]
    if age := normalise_script(values.get("age", "")).strip():
        if not age.isdigit() or not 0 <= int(age) <= 120:
            raise ValueError(f"age {age!r} is not a whole number of years (0–120)")
        out["age"] = int(age)
    for fld in ("date", "birth_date"):
        if (iso := parse_date(values.get(fld, ""))) is not None:
            out[fld] = iso
    born = normalise_script(values.get("birth_year", "")).strip()
    if born:
        year = parse_date(born) if born.isdigit() else None
        if year is None or len(year) != 4:
            raise ValueError(f"birth year {born!r} is not a year")
        out["birth_year"] = int(year)
    elif "birth_date" in out:
        out["birth_year"] = int(out["birth_date"][:4])
    return out


def import_list(
    store: Store, path: Path, *, name: str, mapping: dict[str, str] | None = None
) -> ImportResult:
    """Import a CSV/XLSX victim list under ``name`` (mapping guessed from the header if None)."""
    data, header, rows = read_table(path)
    mapping = dict(mapping) if mapping else guess_mapping(header)
    check_mapping(mapping, str(path))
    index = {fld: header.index(col) for fld, col in mapping.items()}
    list_id = stable_id(name, prefix="L")
    good: list[dict[str, Any]] = []
    bad: list[BadRow] = []
    seen: set[str] = set()
    for number, row in enumerate(rows, start=2):
        values = {fld: (row[i] if i < len(row) else "") for fld, i in index.items()}
        record = values.pop("record", "").strip() or str(number)
        try:
            fields = normalise_row(values)
            if record in seen:
                raise ValueError(f"record id {record!r} repeats an earlier row")
        except ValueError as e:
            bad.append(BadRow(number, str(e)))
            continue
        seen.add(record)
        fields["raw"] = {col: (row[i] if i < len(row) else "") for i, col in enumerate(header)}
        good.append(
            {
                "id": stable_id(list_id, record, prefix="r"),
                "list_id": list_id,
                "record": record,
                "row": number,
                "name": fields["name"],
                "fields": fields,
            }
        )
    sha = store.blobs.put(data)
    _save(store, list_id, name, path, sha, mapping, good, bad)
    return ImportResult(list_id, name, sha, len(good), mapping, bad)


def _save(
    store: Store,
    list_id: str,
    name: str,
    path: Path,
    sha: str,
    mapping: dict[str, str],
    good: list[dict[str, Any]],
    bad: list[BadRow],
) -> None:
    with store.write() as conn:
        if conn.execute(select(victim_lists.c.id).where(victim_lists.c.name == name)).first():
            raise ListImportError(
                name, "a list of this name is already imported: choose another --name"
            )
        conn.execute(
            victim_lists.insert().values(
                id=list_id,
                name=name,
                filename=path.name,
                sha256=sha,
                mapping=mapping,
                imported_at=store.now(),
                n_records=len(good),
                rejected=[{"row": b.row, "reason": b.reason} for b in bad],
            )
        )
        for start in range(0, len(good), 5000):
            conn.execute(list_records.insert(), good[start : start + 5000])
        store.record(
            conn,
            "list-import",
            list_id,
            name=name,
            sha256=sha,
            records=len(good),
            rejected=len(bad),
        )


def list_lists(store: Store) -> list[dict[str, Any]]:
    """Every imported list: id, name, file, SHA-256, records, rejected rows, when."""
    with store.read() as conn:
        rows = conn.execute(select(victim_lists).order_by(victim_lists.c.name)).mappings().all()
    return [dict(r) for r in rows]
