"""Coverage-guided fuzzing of ingestion with atheris (run by hand, not by pytest):

    python tests/fuzz/atheris_ingest.py -atheris_runs=100000 [corpus_dir]

Every input goes through parse_document; anything other than a clean IngestError is a crash
libFuzzer reports with the input that caused it.
"""

from __future__ import annotations

import contextlib
import sys
from datetime import UTC, datetime

import atheris

with atheris.instrument_imports():
    from factfinder.errors import IngestError
    from factfinder.ingest.document import RawInput
    from factfinder.ingest.parse import parse_document

HINTS = [None, "text/html", "application/pdf", "text/plain", "application/warc"]


def one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    hint = HINTS[fdp.ConsumeIntInRange(0, len(HINTS) - 1)]
    body = fdp.ConsumeBytes(fdp.remaining_bytes())
    with contextlib.suppress(IngestError):
        parse_document(RawInput(body, "atheris", datetime.now(UTC), media_type=hint))


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
