"""Ingestion, parsing half: inputs → bytes → documents with clean text and metadata.

Pure functions, no database. The batch orchestrator (``batch.py``) stores what these return.
"""

from __future__ import annotations

from factfinder.ingest.document import InputItem, ParsedDocument, ParseResult, RawInput
from factfinder.ingest.inputs import iter_inputs, read_input, read_path
from factfinder.ingest.language import detect_language
from factfinder.ingest.limits import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, format_size
from factfinder.ingest.manifest import ManifestEntry, load_manifest
from factfinder.ingest.parse import parse_document
from factfinder.ingest.simhash import (
    BAND_GUARANTEE,
    NEAR_DUPLICATE_MAX_DISTANCE,
    NEAR_DUPLICATE_MIN_CONTAINMENT,
    hamming,
    is_near_duplicate,
    near_duplicate_candidates,
    shingle_containment,
    simhash64,
    simhash_bands,
)
from factfinder.ingest.sniff import sniff_media_type
from factfinder.ingest.url import fetch_url

__all__ = [
    "BAND_GUARANTEE",
    "DEFAULT_MAX_BYTES",
    "DEFAULT_TIMEOUT",
    "NEAR_DUPLICATE_MAX_DISTANCE",
    "NEAR_DUPLICATE_MIN_CONTAINMENT",
    "InputItem",
    "ManifestEntry",
    "ParseResult",
    "ParsedDocument",
    "RawInput",
    "detect_language",
    "fetch_url",
    "format_size",
    "hamming",
    "is_near_duplicate",
    "iter_inputs",
    "load_manifest",
    "near_duplicate_candidates",
    "parse_document",
    "read_input",
    "read_path",
    "shingle_containment",
    "simhash64",
    "simhash_bands",
    "sniff_media_type",
]
